//! Receipts: the server's signed word that a sealed response was stored.
//!
//! A receipt names the SHA-256 of the stored ciphertext, never the invite or
//! the answers, so holding one proves "my sealed answer is in the box" and
//! nothing about what it says. The signed message is the ASCII text
//! `caucus-receipt-v1\n<campaign id>\n<hex digest>`.

use serde::{Deserialize, Serialize};

use crate::encoding::{b64url, fixed_b64url, hex};
use crate::id::CampaignId;
use crate::keys::{ServerKey, ServerPublicKey};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub campaign: CampaignId,
    /// Lowercase hex SHA-256 of the stored sealed response.
    pub sealed_sha256: String,
    pub server_key: String,
    /// base64url ed25519 signature.
    pub signature: String,
}

fn message(campaign: &CampaignId, digest_hex: &str) -> String {
    format!("caucus-receipt-v1\n{campaign}\n{digest_hex}")
}

impl Receipt {
    pub fn issue(key: &ServerKey, campaign: &CampaignId, digest: &[u8; 32]) -> Self {
        let digest_hex = hex(digest);
        let signature = key.sign(message(campaign, &digest_hex).as_bytes());
        Self {
            campaign: *campaign,
            sealed_sha256: digest_hex,
            server_key: key.public().to_string(),
            signature: b64url(&signature),
        }
    }

    /// Check the signature against the server key it names, and that key
    /// against `expected` when the holder knows which server to trust.
    pub fn verify(&self, expected: Option<&ServerPublicKey>) -> bool {
        let Ok(key) = self.server_key.parse::<ServerPublicKey>() else {
            return false;
        };
        if expected.is_some_and(|e| e != &key) {
            return false;
        }
        let Some(signature) = fixed_b64url::<64>(&self.signature) else {
            return false;
        };
        key.verify(
            message(&self.campaign, &self.sealed_sha256).as_bytes(),
            &signature,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipts_verify_and_resist_edits() {
        let mut rng = rand::thread_rng();
        let key = ServerKey::generate(&mut rng);
        let campaign = CampaignId::random(&mut rng);
        let receipt = Receipt::issue(&key, &campaign, &[7u8; 32]);
        assert!(receipt.verify(Some(&key.public())));
        let mut edited = receipt.clone();
        edited.sealed_sha256 = hex(&[8u8; 32]);
        assert!(!edited.verify(None));
        let other = ServerKey::generate(&mut rng);
        assert!(!receipt.verify(Some(&other.public())));
    }
}
