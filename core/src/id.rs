//! Campaign identifiers: 128 random bits, written as 22 base64url characters.
//!
//! Random rather than sequential so an id reveals neither how many campaigns
//! a server hosts nor when one was made.

use std::fmt;
use std::str::FromStr;

use rand::{CryptoRng, RngCore};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::encoding::{b64url, fixed_b64url};

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct CampaignId([u8; 16]);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not a campaign id: expected 22 characters of A-Z a-z 0-9 - _")]
pub struct BadCampaignId;

impl CampaignId {
    pub fn random<R: RngCore + CryptoRng>(rng: &mut R) -> Self {
        let mut bytes = [0u8; 16];
        rng.fill_bytes(&mut bytes);
        Self(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }

    pub fn from_bytes(bytes: [u8; 16]) -> Self {
        Self(bytes)
    }
}

impl fmt::Display for CampaignId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&b64url(&self.0))
    }
}

impl FromStr for CampaignId {
    type Err = BadCampaignId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // Length first: a path segment of any size reaches this parser.
        if s.len() != 22 {
            return Err(BadCampaignId);
        }
        let bytes: [u8; 16] = fixed_b64url(s).ok_or(BadCampaignId)?;
        // Reject non-canonical encodings (stray low bits) so one id has one spelling.
        if b64url(&bytes) != s {
            return Err(BadCampaignId);
        }
        Ok(Self(bytes))
    }
}

impl Serialize for CampaignId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CampaignId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_noncanonical() {
        let id = CampaignId::random(&mut rand::thread_rng());
        let text = id.to_string();
        assert_eq!(text.len(), 22);
        assert_eq!(text.parse::<CampaignId>(), Ok(id));
        assert!("../../etc/passwd".parse::<CampaignId>().is_err());
        assert!("AAAAAAAAAAAAAAAAAAAAAB".parse::<CampaignId>().is_err());
        assert!("AAAAAAAAAAAAAAAAAAAAAA".parse::<CampaignId>().is_ok());
    }
}
