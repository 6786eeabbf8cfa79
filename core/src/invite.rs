//! Invites: organiser-signed one-time codes, made offline by the CLI.
//!
//! A code is base64url of a 16-byte nonce (a 2-byte hint naming the
//! signing key, then 14 random bytes) and an ed25519 signature over
//! `caucus-invite-v1\0 || campaign id || nonce`. The server can check
//! one but never make one, and a code signed for one campaign is worthless
//! for another. What the server stores when an invite is spent is its
//! *spend tag*, a hash that names the invite without containing the code.

use ed25519_dalek::Signature;
use rand::{CryptoRng, RngCore};

use crate::encoding::{b64url, from_b64url, sha256};
use crate::id::CampaignId;
use crate::keys::{OrganiserKey, OrganiserPublicKey};

const DOMAIN: &[u8] = b"caucus-invite-v1\0";
const SPEND_DOMAIN: &[u8] = b"caucus-spend-v1\0";
/// The most invite signatures [`Invite::verify_batch`] checks in one
/// equation: the saving per signature hardly grows beyond 64, and a batch
/// that fails (one forged code) is checked again one by one.
pub const BATCH_MAX: usize = 64;
/// Length of a code in characters: base64url of 80 bytes.
pub const CODE_LEN: usize = 107;

#[derive(Clone, PartialEq, Eq)]
pub struct Invite {
    nonce: [u8; 16],
    signature: [u8; 64],
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InviteError {
    #[error("no invite code was given")]
    Missing,
    #[error("this is not an invite code (it may be cut short or mistyped)")]
    Malformed,
    #[error("this invite was not issued for this campaign by its organisers")]
    Forged,
}

/// Bytes of a nonce that name the organiser who signed the code (see
/// [`key_hint`]); the other 14 are random.
const HINT_LEN: usize = 2;

/// The first bytes of an organiser key's fingerprint, put at the start of
/// every nonce that key signs, so that a server with several organisers
/// can tell whose key to check a code with, and check codes of one key in
/// a batch, without trying every key. It says nothing the code does not
/// already tell anyone who checks it against the (public) keys.
fn key_hint(key: &OrganiserPublicKey) -> [u8; HINT_LEN] {
    let fingerprint = key.fingerprint();
    [fingerprint[0], fingerprint[1]]
}

fn signed_message(campaign: &CampaignId, nonce: &[u8; 16]) -> Vec<u8> {
    let mut message = Vec::with_capacity(DOMAIN.len() + 32);
    message.extend_from_slice(DOMAIN);
    message.extend_from_slice(campaign.as_bytes());
    message.extend_from_slice(nonce);
    message
}

impl Invite {
    pub fn issue<R: RngCore + CryptoRng>(
        key: &OrganiserKey,
        campaign: &CampaignId,
        rng: &mut R,
    ) -> Self {
        let mut nonce = [0u8; 16];
        nonce[..HINT_LEN].copy_from_slice(&key_hint(key.public()));
        rng.fill_bytes(&mut nonce[HINT_LEN..]);
        let signature = key.sign(&signed_message(campaign, &nonce));
        Self { nonce, signature }
    }

    /// Parse a code as typed or pasted; surrounding spaces are forgiven.
    pub fn parse(code: &str) -> Result<Self, InviteError> {
        let code = code.trim();
        if code.is_empty() {
            return Err(InviteError::Missing);
        }
        if code.len() != CODE_LEN {
            return Err(InviteError::Malformed);
        }
        let bytes = from_b64url(code).ok_or(InviteError::Malformed)?;
        if bytes.len() != 80 {
            return Err(InviteError::Malformed);
        }
        let mut nonce = [0u8; 16];
        nonce.copy_from_slice(&bytes[..16]);
        let mut signature = [0u8; 64];
        signature.copy_from_slice(&bytes[16..]);
        Ok(Self { nonce, signature })
    }

    pub fn code(&self) -> String {
        let mut bytes = Vec::with_capacity(80);
        bytes.extend_from_slice(&self.nonce);
        bytes.extend_from_slice(&self.signature);
        b64url(&bytes)
    }

    /// Accept the invite if any of the organisers signed it for `campaign`.
    pub fn verify(
        &self,
        campaign: &CampaignId,
        organisers: &[OrganiserPublicKey],
    ) -> Result<(), InviteError> {
        let message = signed_message(campaign, &self.nonce);
        // The key the hint names first: the one that signed a code made by
        // `issue`. Any order gives the same verdict, only slower.
        let (named, others): (Vec<&OrganiserPublicKey>, Vec<_>) = organisers
            .iter()
            .partition(|key| key_hint(key) == self.nonce[..HINT_LEN]);
        if named
            .into_iter()
            .chain(others)
            .any(|key| key.verify(&message, &self.signature))
        {
            Ok(())
        } else {
            Err(InviteError::Forged)
        }
    }

    /// Check many invites at once, with the same answers as [`Invite::verify`]
    /// one by one: `result[i]` says whether `invites[i].1` was signed for
    /// campaign `invites[i].0` by one of the organisers.
    ///
    /// The codes are grouped by the organiser that signed them (the key
    /// hint in each nonce says which; with one organiser, every code is
    /// theirs), and up to [`BATCH_MAX`] signatures of one group are checked
    /// in one randomised equation (ed25519-dalek's `verify_batch`), which
    /// costs about half as much as checking them one by one. If the
    /// equation fails, some code in the batch is bad (or its hint lied),
    /// and each is checked on its own with `verify_strict` under every key,
    /// so a forged code costs its batch the saving and never lets it pass
    /// or fail anyone else. A code whose hint names no organiser (one made
    /// elsewhere with a wholly random nonce) is checked on its own.
    ///
    /// The batch equation is cofactorless and, unlike `verify_strict`, does
    /// not refuse a signature whose `R` carries a small-order component.
    /// Only the holder of the organiser's secret key can make such a
    /// signature (organiser keys with a small-order component are refused
    /// when they are read, see `OrganiserPublicKey`), and it would be an
    /// invite that organiser issued anyway; the spend tag comes from the
    /// nonce alone, so a second valid signature over the same nonce spends
    /// the same invite. docs/protocol.md ("Invites") says this in full.
    pub fn verify_batch(
        invites: &[(&CampaignId, &Invite)],
        organisers: &[OrganiserPublicKey],
    ) -> Vec<bool> {
        let mut result = vec![false; invites.len()];
        let mut groups: Vec<Vec<usize>> = vec![Vec::new(); organisers.len()];
        let hints: Vec<[u8; HINT_LEN]> = organisers.iter().map(key_hint).collect();
        for (i, (id, invite)) in invites.iter().enumerate() {
            let signer = match organisers {
                [_] => Some(0),
                _ => hints
                    .iter()
                    .position(|hint| *hint == invite.nonce[..HINT_LEN]),
            };
            match signer {
                Some(k) => groups[k].push(i),
                None => result[i] = invite.verify(id, organisers).is_ok(),
            }
        }
        for (key, group) in organisers.iter().zip(&groups) {
            for chunk in group.chunks(BATCH_MAX) {
                let messages: Vec<Vec<u8>> = chunk
                    .iter()
                    .map(|&i| signed_message(invites[i].0, &invites[i].1.nonce))
                    .collect();
                let messages: Vec<&[u8]> = messages.iter().map(Vec::as_slice).collect();
                let signatures: Vec<Signature> = chunk
                    .iter()
                    .map(|&i| Signature::from_bytes(&invites[i].1.signature))
                    .collect();
                let keys = vec![*key.ed25519(); chunk.len()];
                let all_good = chunk.len() > 1
                    && ed25519_dalek::verify_batch(&messages, &signatures, &keys).is_ok();
                for &i in chunk {
                    let (id, invite) = invites[i];
                    result[i] = all_good || invite.verify(id, organisers).is_ok();
                }
            }
        }
        result
    }

    /// The value stored once this invite is spent. It depends only on the
    /// nonce, so a re-encoded signature cannot spend the same invite twice.
    pub fn spend_tag(&self, campaign: &CampaignId) -> [u8; 32] {
        sha256(&[SPEND_DOMAIN, campaign.as_bytes(), &self.nonce])
    }
}

impl std::fmt::Debug for Invite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print a usable code by accident.
        f.write_str("Invite(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_gives_the_answers_of_one_by_one() {
        let mut rng = rand::thread_rng();
        let key = OrganiserKey::generate(&mut rng);
        let outsider = OrganiserKey::generate(&mut rng);
        let a = CampaignId::random(&mut rng);
        let b = CampaignId::random(&mut rng);
        // 150 codes: over two full batches and a short one; forged ones
        // (another key, another campaign, a flipped bit) in some of them.
        let mut invites: Vec<(CampaignId, Invite)> = (0..150)
            .map(|_| (a, Invite::issue(&key, &a, &mut rng)))
            .collect();
        invites[3].1 = Invite::issue(&outsider, &a, &mut rng);
        invites[70].1 = Invite::issue(&key, &b, &mut rng);
        invites[149].1.signature[40] ^= 1;
        invites[100].0 = b;
        invites[100].1 = Invite::issue(&key, &b, &mut rng);
        let pairs: Vec<(&CampaignId, &Invite)> = invites.iter().map(|(id, i)| (id, i)).collect();
        for organisers in [
            vec![key.public().clone()],
            vec![outsider.public().clone(), key.public().clone()],
        ] {
            let batch = Invite::verify_batch(&pairs, &organisers);
            let one_by_one: Vec<bool> = pairs
                .iter()
                .map(|(id, invite)| invite.verify(id, &organisers).is_ok())
                .collect();
            assert_eq!(batch, one_by_one);
            let refused: Vec<usize> = (0..150).filter(|&i| !batch[i]).collect();
            if organisers.len() == 1 {
                assert_eq!(refused, [3, 70, 149]);
            } else {
                assert_eq!(refused, [70, 149]);
            }
        }
        // Three organisers, their codes mixed: each batch goes under the
        // key its hints name. Codes from elsewhere with wholly random
        // nonces (no hint), and one whose hint names another organiser than
        // the one that signed it, get the same verdicts.
        let third = OrganiserKey::generate(&mut rng);
        let organisers = [
            key.public().clone(),
            outsider.public().clone(),
            third.public().clone(),
        ];
        let signers = [&key, &outsider, &third];
        let mut mixed: Vec<Invite> = (0..120)
            .map(|i| Invite::issue(signers[i % 3], &a, &mut rng))
            .collect();
        let unhinted = |signer: &OrganiserKey, rng: &mut rand::rngs::ThreadRng| {
            let mut nonce = [0u8; 16];
            rng.fill_bytes(&mut nonce);
            let signature = signer.sign(&signed_message(&a, &nonce));
            Invite { nonce, signature }
        };
        mixed[7] = unhinted(&third, &mut rng);
        mixed[8] = unhinted(&OrganiserKey::generate(&mut rng), &mut rng);
        let mut lying = unhinted(&outsider, &mut rng);
        lying.nonce[..HINT_LEN].copy_from_slice(&key_hint(key.public()));
        lying.signature = outsider.sign(&signed_message(&a, &lying.nonce));
        mixed[9] = lying;
        mixed[10].signature[3] ^= 1;
        let mixed_pairs: Vec<(&CampaignId, &Invite)> = mixed.iter().map(|i| (&a, i)).collect();
        let batch = Invite::verify_batch(&mixed_pairs, &organisers);
        let refused: Vec<usize> = (0..mixed.len()).filter(|&i| !batch[i]).collect();
        assert_eq!(refused, [8, 10]);
        for (i, (id, invite)) in mixed_pairs.iter().enumerate() {
            assert_eq!(batch[i], invite.verify(id, &organisers).is_ok(), "code {i}");
        }

        // A batch wholly good, a batch of one, and none at all.
        let good = &pairs[4..70];
        assert!(Invite::verify_batch(good, &[key.public().clone()])
            .iter()
            .all(|ok| *ok));
        assert_eq!(
            Invite::verify_batch(&pairs[3..4], &[key.public().clone()]),
            [false]
        );
        assert!(Invite::verify_batch(&[], &[key.public().clone()]).is_empty());
    }

    #[test]
    fn a_code_names_the_key_that_signed_it_and_is_otherwise_random() {
        let mut rng = rand::thread_rng();
        let key = OrganiserKey::generate(&mut rng);
        let id = CampaignId::random(&mut rng);
        let codes: Vec<Invite> = (0..64)
            .map(|_| Invite::issue(&key, &id, &mut rng))
            .collect();
        let fingerprint = key.public().fingerprint();
        for code in &codes {
            assert_eq!(code.nonce[..HINT_LEN], fingerprint[..HINT_LEN]);
        }
        // The other 14 bytes are random: no two codes share them, and no
        // byte position is stuck.
        let rests: std::collections::HashSet<&[u8]> =
            codes.iter().map(|c| &c.nonce[HINT_LEN..]).collect();
        assert_eq!(rests.len(), codes.len());
        for at in HINT_LEN..16 {
            let values: std::collections::HashSet<u8> = codes.iter().map(|c| c.nonce[at]).collect();
            assert!(values.len() > 1, "byte {at} never changes");
        }
    }

    #[test]
    fn issued_invites_verify_only_for_their_campaign() {
        let mut rng = rand::thread_rng();
        let key = OrganiserKey::generate(&mut rng);
        let other = OrganiserKey::generate(&mut rng);
        let a = CampaignId::random(&mut rng);
        let b = CampaignId::random(&mut rng);
        let invite = Invite::issue(&key, &a, &mut rng);
        let code = invite.code();
        assert_eq!(code.len(), CODE_LEN);
        let parsed = Invite::parse(&format!("  {code}\n")).expect("parses");
        let organisers = [key.public().clone()];
        assert_eq!(parsed.verify(&a, &organisers), Ok(()));
        assert_eq!(parsed.verify(&b, &organisers), Err(InviteError::Forged));
        assert_eq!(
            parsed.verify(&a, &[other.public().clone()]),
            Err(InviteError::Forged)
        );
        assert_eq!(parsed.spend_tag(&a), invite.spend_tag(&a));
        assert_ne!(parsed.spend_tag(&a), invite.spend_tag(&b));
    }

    #[test]
    fn malformed_codes_are_told_apart_from_forged_ones() {
        assert_eq!(Invite::parse(""), Err(InviteError::Missing));
        assert_eq!(Invite::parse("abc"), Err(InviteError::Malformed));
        let bad = "!".repeat(CODE_LEN);
        assert_eq!(Invite::parse(&bad), Err(InviteError::Malformed));
    }
}
