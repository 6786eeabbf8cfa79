//! A named signer's personal text (name, role, comment, and the salt of
//! their commitment), sealed on arrival to the organiser keys, so that
//! until the reveal neither the host nor a copy of its disk can read who
//! signed: the reveal threshold is a promise about safety in numbers, and
//! it must hold against the one who keeps the data too.
//!
//! The same envelope as a sealed response, under its own magic and HPKE
//! info. The associated data is the statement id and the commitment of the
//! signature entry, so a sealed text cannot be moved to another signature
//! or statement. The plaintext is padded to a multiple of 1 KiB: every
//! name and role fits in the first block, so the size says nothing about
//! them.

use rand::{CryptoRng, RngCore};

use super::{Envelope, SealError};
use crate::id::CampaignId;
use crate::keys::{OrganiserKey, OrganiserPublicKey};
use crate::log::audit::RevealedPersonal;

const PAD_TO: usize = 1024;

/// Largest sealed text: 5 KiB of plaintext at most (100 + 100 + 1000
/// characters of up to 4 bytes each, with the salt and JSON around them)
/// for each of up to 40 organisers.
pub const MAX_SEALED_PERSONAL: usize = 256 * 1024;

const PERSONAL: Envelope = Envelope {
    magic: b"CSP1",
    info: b"caucus sealed personal text v1",
    max: MAX_SEALED_PERSONAL,
    max_open: MAX_SEALED_PERSONAL,
};

/// The bytes stored for one signer's text until the reveal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedPersonal(pub Vec<u8>);

fn aad(statement: &CampaignId, commitment: &str) -> Vec<u8> {
    [statement.as_bytes().as_slice(), commitment.as_bytes()].concat()
}

impl SealedPersonal {
    /// Seal `opening`, whose commitment is `commitment`, for statement
    /// `statement`.
    pub fn seal<R: RngCore + CryptoRng>(
        opening: &RevealedPersonal,
        statement: &CampaignId,
        commitment: &str,
        recipients: &[OrganiserPublicKey],
        rng: &mut R,
    ) -> Result<Self, SealError> {
        let mut plaintext = serde_json::to_vec(opening).map_err(|_| SealError::Encrypt)?;
        // JSON allows trailing white space, so padding needs no length field.
        plaintext.resize(plaintext.len().div_ceil(PAD_TO) * PAD_TO, b' ');
        PERSONAL
            .seal(&plaintext, &aad(statement, commitment), recipients, rng)
            .map(Self)
    }

    /// Open with an organiser key, on the organiser's machine. Whether the
    /// opening matches its commitment is checked by whoever relies on it.
    pub fn open(
        &self,
        statement: &CampaignId,
        commitment: &str,
        key: &OrganiserKey,
    ) -> Result<RevealedPersonal, SealError> {
        let plaintext = PERSONAL.open(&self.0, &aad(statement, commitment), key)?;
        serde_json::from_slice(&plaintext).map_err(|_| SealError::Malformed)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

    use super::*;
    use crate::log::entry::PersonalText;

    fn opening(name: &str, comment: Option<&str>) -> (RevealedPersonal, String) {
        let text = PersonalText {
            name: name.into(),
            role: Some("Night shift".into()),
            comment: comment.map(str::to_string),
        };
        let salt = [7u8; 16];
        (RevealedPersonal::new(&salt, &text), text.commitment(&salt))
    }

    #[test]
    fn organisers_open_it_and_it_stays_with_its_signature() {
        let mut rng = rand::thread_rng();
        let a = OrganiserKey::generate(&mut rng);
        let b = OrganiserKey::generate(&mut rng);
        let outsider = OrganiserKey::generate(&mut rng);
        let statement = CampaignId::random(&mut rng);
        let recipients = [a.public().clone(), b.public().clone()];
        let (open, commitment) = opening("Ada Zebrafinch", None);
        let sealed = SealedPersonal::seal(&open, &statement, &commitment, &recipients, &mut rng)
            .expect("seals");
        assert!(!sealed.0.windows(5).any(|w| w == b"Zebra"));
        assert!(!sealed.0.windows(5).any(|w| w == b"Night"));
        assert_eq!(sealed.open(&statement, &commitment, &a), Ok(open.clone()));
        assert_eq!(sealed.open(&statement, &commitment, &b), Ok(open.clone()));
        assert_eq!(open.commitment(), Some(commitment.clone()));
        assert_eq!(
            sealed.open(&statement, &commitment, &outsider),
            Err(SealError::NotForThisKey)
        );
        // Moved to another signature, or another statement: it does not open.
        let (_, other_commitment) = opening("Grace Quokka", None);
        assert_eq!(
            sealed.open(&statement, &other_commitment, &a),
            Err(SealError::Open)
        );
        let elsewhere = CampaignId::random(&mut rng);
        assert_eq!(
            sealed.open(&elsewhere, &commitment, &a),
            Err(SealError::Open)
        );
    }

    #[test]
    fn its_size_says_nothing_about_the_name_or_role() {
        let mut rng = rand::thread_rng();
        let key = OrganiserKey::generate(&mut rng);
        let statement = CampaignId::random(&mut rng);
        let recipients = [key.public().clone()];
        let mut size = |name: &str, comment: Option<&str>| {
            let (open, commitment) = opening(name, comment);
            SealedPersonal::seal(&open, &statement, &commitment, &recipients, &mut rng)
                .expect("seals")
                .0
                .len()
        };
        assert_eq!(size("Al", None), size(&"W".repeat(100), None));
        assert!(size("Al", Some(&"long ".repeat(200))) > size("Al", None));
    }
}
