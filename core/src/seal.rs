//! Sealed responses: answers encrypted on arrival to every organiser key
//! with HPKE (RFC 9180, base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
//! ChaCha20-Poly1305).
//!
//! Each recipient gets a separate single-shot HPKE ciphertext of the same
//! plaintext: no home-made multi-recipient scheme. The plaintext is padded
//! to a multiple of 256 bytes so a ciphertext's size says little about
//! which options were picked. The campaign id is the AAD, so a ciphertext
//! cannot be moved into another campaign's ballot box.
//!
//! Layout (byte for byte in docs/protocol.md):
//! `"CSR1" | n:u8 | n × (fingerprint:8 | enc:32 | len:u32be | ciphertext:len)`.

use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::{Deserializable, OpModeR, OpModeS, Serializable};
use rand::{CryptoRng, RngCore};

use crate::encoding::sha256;
use crate::id::CampaignId;
use crate::keys::{Kem, OrganiserKey, OrganiserPublicKey};
use crate::survey::Answers;

mod personal;
pub use personal::{SealedPersonal, MAX_SEALED_PERSONAL};

const MAGIC: &[u8; 4] = b"CSR1";
const INFO: &[u8] = b"caucus sealed response v1";
const PAD_TO: usize = 256;
/// Largest sealed response the server makes and stores. The server
/// refuses larger answers before spending the invite. The bound also keeps
/// every sled node (at most 17 responses) below a quarter of the server's
/// 4 MiB log segment, the size sled would move into a separate file that
/// it never fsyncs: 17 × 56 KiB is 952 KiB.
pub const MAX_SEALED: usize = 56 * 1024;
/// Largest sealed response the CLI opens: the bound before 56 KiB, so
/// responses stored by earlier servers still open.
pub const MAX_OPENED: usize = 64 * 1024;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealError {
    #[error("no organiser key to seal to")]
    NoRecipients,
    #[error("too many organiser keys (at most 255)")]
    TooManyRecipients,
    #[error("too large to seal")]
    TooLarge,
    #[error("encryption failed")]
    Encrypt,
    #[error("not a sealed response")]
    Malformed,
    #[error("this response was not sealed to this organiser key")]
    NotForThisKey,
    #[error("the sealed response failed to open (damaged, or moved from another campaign)")]
    Open,
}

/// The bytes stored for one response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedResponse(pub Vec<u8>);

#[derive(serde::Serialize, serde::Deserialize)]
struct Plaintext {
    v: u8,
    answers: Answers,
}

/// The byte layout both sealed kinds share: a magic, then one HPKE
/// ciphertext of the same plaintext per recipient. `info` separates the
/// kinds, so a ciphertext of one never opens as the other.
struct Envelope {
    magic: &'static [u8; 4],
    info: &'static [u8],
    /// Largest it seals.
    max: usize,
    /// Largest it opens.
    max_open: usize,
}

const RESPONSE: Envelope = Envelope {
    magic: MAGIC,
    info: INFO,
    max: MAX_SEALED,
    max_open: MAX_OPENED,
};

/// Largest sealed release opened or stored. A release body is at most
/// 2 MiB (the server's admin body limit) and is sealed once per organiser,
/// so this leaves room for 15 organisers; sled stores such an item in a
/// blob file, which the commit thread fsyncs.
pub const MAX_SEALED_RELEASE: usize = 32 * 1024 * 1024;

const RELEASE: Envelope = Envelope {
    magic: b"CSX1",
    info: b"caucus sealed release v1",
    max: MAX_SEALED_RELEASE,
    max_open: MAX_SEALED_RELEASE,
};

/// A secret a server backup holds (a campaign key, the server key), sealed
/// to the organisers so a stolen backup opens nothing without their key.
const BACKUP_SECRET: Envelope = Envelope {
    magic: b"CSB1",
    info: b"caucus sealed backup secret v1",
    max: 64 * 1024,
    max_open: 64 * 1024,
};

impl Envelope {
    /// `aad` binds the ciphertext to what it belongs to (a campaign id, or
    /// a file's name in a backup), so it cannot be moved to another.
    fn seal<R: RngCore + CryptoRng>(
        &self,
        plaintext: &[u8],
        aad: &[u8],
        recipients: &[OrganiserPublicKey],
        rng: &mut R,
    ) -> Result<Vec<u8>, SealError> {
        if recipients.is_empty() {
            return Err(SealError::NoRecipients);
        }
        let count = u8::try_from(recipients.len()).map_err(|_| SealError::TooManyRecipients)?;
        let mut out = Vec::with_capacity(5 + recipients.len() * (60 + plaintext.len()));
        out.extend_from_slice(self.magic);
        out.push(count);
        for recipient in recipients {
            let public = recipient.hpke_public().map_err(|_| SealError::Encrypt)?;
            let (encapped, ciphertext) = hpke::single_shot_seal::<
                ChaCha20Poly1305,
                HkdfSha256,
                Kem,
                _,
            >(
                &OpModeS::Base, &public, self.info, plaintext, aad, rng
            )
            .map_err(|_| SealError::Encrypt)?;
            let length = u32::try_from(ciphertext.len()).map_err(|_| SealError::Encrypt)?;
            out.extend_from_slice(&recipient.fingerprint());
            out.extend_from_slice(&encapped.to_bytes());
            out.extend_from_slice(&length.to_be_bytes());
            out.extend_from_slice(&ciphertext);
        }
        if out.len() > self.max {
            return Err(SealError::TooLarge);
        }
        Ok(out)
    }

    fn open(&self, bytes: &[u8], aad: &[u8], key: &OrganiserKey) -> Result<Vec<u8>, SealError> {
        if bytes.len() > self.max_open || bytes.len() < 5 || &bytes[..4] != self.magic {
            return Err(SealError::Malformed);
        }
        let wanted = key.public().fingerprint();
        let mut rest = &bytes[5..];
        for _ in 0..bytes[4] {
            if rest.len() < 44 {
                return Err(SealError::Malformed);
            }
            let (fingerprint, tail) = rest.split_at(8);
            let (encapped, tail) = tail.split_at(32);
            let (length, tail) = tail.split_at(4);
            let length = u32::from_be_bytes([length[0], length[1], length[2], length[3]]) as usize;
            if tail.len() < length {
                return Err(SealError::Malformed);
            }
            let (ciphertext, tail) = tail.split_at(length);
            rest = tail;
            if fingerprint != wanted {
                continue;
            }
            let encapped = <Kem as hpke::Kem>::EncappedKey::from_bytes(encapped)
                .map_err(|_| SealError::Malformed)?;
            return hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kem>(
                &OpModeR::Base,
                key.hpke_secret(),
                &encapped,
                self.info,
                ciphertext,
                aad,
            )
            .map_err(|_| SealError::Open);
        }
        Err(SealError::NotForThisKey)
    }
}

impl SealedResponse {
    pub fn seal<R: RngCore + CryptoRng>(
        answers: &Answers,
        campaign: &CampaignId,
        recipients: &[OrganiserPublicKey],
        rng: &mut R,
    ) -> Result<Self, SealError> {
        let plaintext = padded_plaintext(answers)?;
        RESPONSE
            .seal(&plaintext, campaign.as_bytes(), recipients, rng)
            .map(Self)
    }

    /// Open with an organiser key. Only the CLI holds one.
    pub fn open(&self, campaign: &CampaignId, key: &OrganiserKey) -> Result<Answers, SealError> {
        answers_from_plaintext(&RESPONSE.open(&self.0, campaign.as_bytes(), key)?)
    }

    /// SHA-256 of the stored bytes: what a receipt names.
    pub fn digest(&self) -> [u8; 32] {
        sha256(&[&self.0])
    }

    /// How long the plaintext sealed for `answers` is, before and after its
    /// padding: what a response's disk goes to, for measuring it.
    pub fn plaintext_len(answers: &Answers) -> Result<(usize, usize), SealError> {
        let padded = padded_plaintext(answers)?;
        let unpadded = padded.trim_ascii_end().len();
        Ok((unpadded, padded.len()))
    }
}

/// An exported (unpublished) report, sealed to the organisers like the
/// answers it came from: the registry must keep it to check later releases
/// against, but a copy of the server's disk should not show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedRelease(pub Vec<u8>);

impl SealedRelease {
    pub fn seal<R: RngCore + CryptoRng>(
        report_json: &[u8],
        campaign: &CampaignId,
        recipients: &[OrganiserPublicKey],
        rng: &mut R,
    ) -> Result<Self, SealError> {
        RELEASE
            .seal(report_json, campaign.as_bytes(), recipients, rng)
            .map(Self)
    }

    pub fn open(&self, campaign: &CampaignId, key: &OrganiserKey) -> Result<Vec<u8>, SealError> {
        RELEASE.open(&self.0, campaign.as_bytes(), key)
    }
}

/// A secret file of a server backup, sealed to the organisers under its
/// name in the backup (see the server's `backup` module).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedBackupSecret(pub Vec<u8>);

impl SealedBackupSecret {
    pub fn seal<R: RngCore + CryptoRng>(
        secret: &[u8],
        name: &str,
        recipients: &[OrganiserPublicKey],
        rng: &mut R,
    ) -> Result<Self, SealError> {
        BACKUP_SECRET
            .seal(secret, name.as_bytes(), recipients, rng)
            .map(Self)
    }

    pub fn open(&self, name: &str, key: &OrganiserKey) -> Result<Vec<u8>, SealError> {
        BACKUP_SECRET.open(&self.0, name.as_bytes(), key)
    }
}

/// The answers in an opened response's plaintext (padded JSON).
pub(crate) fn answers_from_plaintext(plaintext: &[u8]) -> Result<Answers, SealError> {
    let parsed: Plaintext = serde_json::from_slice(plaintext).map_err(|_| SealError::Malformed)?;
    Ok(parsed.answers)
}

fn padded_plaintext(answers: &Answers) -> Result<Vec<u8>, SealError> {
    let mut plaintext = serde_json::to_vec(&Plaintext {
        v: 1,
        answers: answers.clone(),
    })
    .map_err(|_| SealError::Encrypt)?;
    // JSON allows trailing white space, so padding needs no length field.
    let padded = plaintext.len().div_ceil(PAD_TO) * PAD_TO;
    plaintext.resize(padded, b' ');
    Ok(plaintext)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::survey::Answer;

    fn answers(note: &str) -> Answers {
        let mut map = BTreeMap::new();
        map.insert("area".to_string(), Answer::Number(2));
        map.insert("note".to_string(), Answer::Text(note.to_string()));
        Answers(map)
    }

    /// One organiser, a campaign, and the organiser as the only recipient.
    fn one_organiser() -> (OrganiserKey, CampaignId, [OrganiserPublicKey; 1]) {
        let mut rng = rand::thread_rng();
        let key = OrganiserKey::generate(&mut rng);
        let recipients = [key.public().clone()];
        (key, CampaignId::random(&mut rng), recipients)
    }

    #[test]
    fn every_organiser_opens_and_nothing_else_does() {
        let mut rng = rand::thread_rng();
        let a = OrganiserKey::generate(&mut rng);
        let b = OrganiserKey::generate(&mut rng);
        let outsider = OrganiserKey::generate(&mut rng);
        let campaign = CampaignId::random(&mut rng);
        let other = CampaignId::random(&mut rng);
        let recipients = [a.public().clone(), b.public().clone()];
        let sealed =
            SealedResponse::seal(&answers("secret words"), &campaign, &recipients, &mut rng)
                .expect("seals");
        assert!(!sealed.0.windows(6).any(|w| w == b"secret"));
        assert_eq!(sealed.open(&campaign, &a), Ok(answers("secret words")));
        assert_eq!(sealed.open(&campaign, &b), Ok(answers("secret words")));
        assert_eq!(
            sealed.open(&campaign, &outsider),
            Err(SealError::NotForThisKey)
        );
        assert_eq!(sealed.open(&other, &a), Err(SealError::Open));
        let mut damaged = sealed.clone();
        // The first recipient's ciphertext starts after the header, the
        // fingerprint, the encapsulated key and the length.
        damaged.0[5 + 8 + 32 + 4] ^= 1;
        assert_eq!(damaged.open(&campaign, &a), Err(SealError::Open));
        let mut cut = sealed;
        cut.0.truncate(40);
        assert_eq!(cut.open(&campaign, &a), Err(SealError::Malformed));
    }

    #[test]
    fn responses_over_the_sealing_bound_are_refused_but_earlier_ones_still_open() {
        let mut rng = rand::thread_rng();
        let (key, campaign, recipients) = one_organiser();
        // 60 KiB of answers: over the 56 KiB this version seals, under the
        // 64 KiB an earlier one did.
        let long = answers(&"x".repeat(60 * 1024));
        assert_eq!(
            SealedResponse::seal(&long, &campaign, &recipients, &mut rng),
            Err(SealError::TooLarge)
        );
        let earlier = Envelope {
            max: MAX_OPENED,
            ..RESPONSE
        };
        let plaintext = padded_plaintext(&long).expect("plaintext");
        let sealed = SealedResponse(
            earlier
                .seal(&plaintext, campaign.as_bytes(), &recipients, &mut rng)
                .expect("seal as an earlier server did"),
        );
        assert!(sealed.0.len() > MAX_SEALED && sealed.0.len() <= MAX_OPENED);
        assert_eq!(sealed.open(&campaign, &key), Ok(long));
        let mut oversize = sealed;
        oversize.0.resize(MAX_OPENED + 1, 0);
        assert_eq!(oversize.open(&campaign, &key), Err(SealError::Malformed));
    }

    #[test]
    fn plaintext_len_is_the_json_and_its_padding() {
        let note = answers("a note");
        let json = serde_json::to_vec(&Plaintext {
            v: 1,
            answers: note.clone(),
        })
        .expect("json");
        let (unpadded, padded) = SealedResponse::plaintext_len(&note).expect("lengths");
        assert_eq!(unpadded, json.len());
        assert_eq!(padded, padded_plaintext(&note).expect("plaintext").len());
        assert!(padded % PAD_TO == 0 && padded >= unpadded && padded - unpadded < PAD_TO);
    }

    #[test]
    fn sizes_do_not_track_short_answers() {
        let mut rng = rand::thread_rng();
        let (_, campaign, recipients) = one_organiser();
        let short =
            SealedResponse::seal(&answers("a"), &campaign, &recipients, &mut rng).expect("seal");
        let longer =
            SealedResponse::seal(&answers("a longer note"), &campaign, &recipients, &mut rng)
                .expect("seal");
        assert_eq!(short.0.len(), longer.0.len());
        assert!(SealedResponse::seal(&answers("a"), &campaign, &[], &mut rng).is_err());
    }
}
