//! Short invite codes: 80 random bits a person can type from paper,
//! `K7QM-4XPD-93FT-WQ2B`.
//!
//! A signed invite (see [`crate::invite`]) is 107 characters: safe to scan,
//! impossible to type. A short code carries no signature, so the server
//! could not tell a real one from a guess on its own. Instead the
//! organiser's CLI uploads, in a request signed by an organiser key, the
//! hashes of the codes it made; a code is valid when its hash is in such a
//! batch for that campaign. The server still cannot mint a code: it never
//! sees one before it is used, and 80 bits cannot be guessed.
//!
//! Crockford's base32 (digits and 22 letters, no I, L, O or U) keeps the
//! characters apart on paper; reading is forgiving: any case, I and L as 1,
//! O as 0, and hyphens or spaces anywhere.

use rand::{CryptoRng, RngCore};

use crate::encoding::sha256;
use crate::id::CampaignId;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const HASH_DOMAIN: &[u8] = b"caucus-short-invite-v1\0";
/// Characters in a code, without its hyphens.
pub const CHARACTERS: usize = 16;

/// A short invite code: 10 random bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ShortCode([u8; 10]);

impl ShortCode {
    pub fn generate<R: RngCore + CryptoRng>(rng: &mut R) -> Self {
        let mut bytes = [0u8; 10];
        rng.fill_bytes(&mut bytes);
        Self(bytes)
    }

    /// Read a code as a person typed it; `None` if it is not one.
    pub fn parse(text: &str) -> Option<Self> {
        let mut value: u128 = 0;
        let mut count = 0;
        for c in text.chars().filter(|c| *c != '-' && !c.is_whitespace()) {
            let c = match c.to_ascii_uppercase() {
                'I' | 'L' => '1',
                'O' => '0',
                other => other,
            };
            let digit = ALPHABET.iter().position(|&a| char::from(a) == c)?;
            count += 1;
            if count > CHARACTERS {
                return None;
            }
            value = (value << 5) | digit as u128;
        }
        if count != CHARACTERS {
            return None;
        }
        let bytes = value.to_be_bytes();
        let mut code = [0u8; 10];
        code.copy_from_slice(&bytes[6..]);
        Some(Self(code))
    }

    /// The code in groups of four, as printed: `K7QM-4XPD-93FT-WQ2B`.
    pub fn code(&self) -> String {
        let mut wide = [0u8; 16];
        wide[6..].copy_from_slice(&self.0);
        let value = u128::from_be_bytes(wide);
        let mut out = String::with_capacity(CHARACTERS + 3);
        for i in 0..CHARACTERS {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            let shift = 5 * (CHARACTERS - 1 - i);
            out.push(char::from(ALPHABET[((value >> shift) & 31) as usize]));
        }
        out
    }

    /// What the server stores for this code before it is used:
    /// SHA-256(domain || campaign id || the 10 bytes). Salted by the
    /// campaign, so one table of hashes serves no other campaign.
    pub fn hash(&self, campaign: &CampaignId) -> [u8; 32] {
        sha256(&[HASH_DOMAIN, campaign.as_bytes(), &self.0])
    }
}

impl std::fmt::Debug for ShortCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print a usable code by accident.
        f.write_str("ShortCode(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_back_as_typed_in_any_case_and_with_look_alikes() {
        let code = ShortCode([0x9a, 0x3f, 0x00, 0xff, 0x10, 0x42, 0x77, 0x01, 0xab, 0xcd]);
        let text = code.code();
        assert_eq!(text.len(), 19);
        assert_eq!(text.matches('-').count(), 3);
        assert!(!text.contains(['I', 'L', 'O', 'U']), "{text}");
        assert_eq!(ShortCode::parse(&text), Some(code));
        assert_eq!(ShortCode::parse(&text.to_lowercase()), Some(code));
        assert_eq!(ShortCode::parse(&text.replace('-', " ")), Some(code));
        let typed = text.replace('1', "l").replace('0', "O");
        assert_eq!(ShortCode::parse(&typed), Some(code), "{typed}");
    }

    #[test]
    fn the_alphabet_and_length_are_checked() {
        assert_eq!(ShortCode::parse("K7QM-4XPD-93FT-WQ2"), None, "15");
        assert_eq!(ShortCode::parse("K7QM-4XPD-93FT-WQ2BX"), None, "17");
        assert_eq!(ShortCode::parse("K7QM-4XPD-93FT-WQ2U"), None, "U");
        assert_eq!(ShortCode::parse("K7QM-4XPD-93FT-WQ2!"), None);
        assert_eq!(ShortCode::parse(""), None);
        assert!(ShortCode::parse("K7QM-4XPD-93FT-WQ2B").is_some());
        // The highest value still fits: 16 × 5 bits are exactly 80.
        assert_eq!(
            ShortCode::parse("ZZZZ-ZZZZ-ZZZZ-ZZZZ"),
            Some(ShortCode([0xff; 10]))
        );
    }

    #[test]
    fn hashes_are_per_campaign() {
        let code = ShortCode([7; 10]);
        let a = CampaignId::from_bytes([1; 16]);
        let b = CampaignId::from_bytes([2; 16]);
        assert_ne!(code.hash(&a), code.hash(&b));
        assert_eq!(code.hash(&a), ShortCode([7; 10]).hash(&a));
    }
}
