//! Invites: organiser-signed one-time codes, made offline by the CLI.
//!
//! A code is base64url of a 16-byte random nonce and an ed25519 signature
//! over `caucus-invite-v1\0 || campaign id || nonce`. The server can check
//! one but never make one, and a code signed for one campaign is worthless
//! for another. What the server stores when an invite is spent is its
//! *spend tag*, a hash that names the invite without containing the code.

use rand::{CryptoRng, RngCore};

use crate::encoding::{b64url, from_b64url, sha256};
use crate::id::CampaignId;
use crate::keys::{OrganiserKey, OrganiserPublicKey};

const DOMAIN: &[u8] = b"caucus-invite-v1\0";
const SPEND_DOMAIN: &[u8] = b"caucus-spend-v1\0";
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
        rng.fill_bytes(&mut nonce);
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
        if organisers
            .iter()
            .any(|key| key.verify(&message, &self.signature))
        {
            Ok(())
        } else {
            Err(InviteError::Forged)
        }
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
