//! Striking a named signature: the organisers' answer to a false name.
//!
//! A name is not checked against anyone's identity: whoever holds an invite
//! can sign with a colleague's name. When a name is shown to be false, the
//! organiser who signed the statement's header strikes it. The strike is
//! an entry of the log like any other, signed by that organiser key, so
//! every verifier sees it, checks who made it, and counts the struck
//! signature apart; the server cannot strike anyone on its own, and the
//! organisers cannot strike quietly. The struck name's text is erased.

use crate::encoding::{b64url, fixed_b64url};
use crate::id::CampaignId;
use crate::keys::{OrganiserKey, OrganiserPublicKey};

pub(super) const STRIKE: &str = "caucus-strike/v1";

/// A strike of signature entry `entry` of `statement`, by `organiser`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Strike {
    pub statement: CampaignId,
    pub entry: u64,
    pub organiser: OrganiserPublicKey,
}

impl Strike {
    fn unsigned_text(&self) -> String {
        format!(
            "{STRIKE}\nstatement {}\nentry {}\norganiser {}\n",
            self.statement, self.entry, self.organiser
        )
    }

    /// The strike entry, signed by `key` (which must be the organiser it
    /// names to verify).
    pub fn signed_bytes(&self, key: &OrganiserKey) -> Vec<u8> {
        let text = self.unsigned_text();
        let signature = key.sign(text.as_bytes());
        format!("{text}signature {}\n", b64url(&signature)).into_bytes()
    }

    /// Read the fields after the type line (`statement`, `entry`,
    /// `organiser`, `signature`) of the entry `text`, and check its
    /// organiser signature and canonical spelling.
    pub(super) fn parse(values: &[&str], text: &str) -> Result<Self, String> {
        let [statement, entry, organiser, signature] = values else {
            return Err("expected the fields statement, entry, organiser, signature".into());
        };
        let canonical =
            entry.bytes().all(|b| b.is_ascii_digit()) && (!entry.starts_with('0') || *entry == "0");
        let strike = Self {
            statement: statement
                .parse()
                .map_err(|_| "bad statement id".to_string())?,
            entry: entry
                .parse()
                .ok()
                .filter(|_| canonical)
                .ok_or("bad entry number")?,
            organiser: organiser
                .parse()
                .map_err(|_| "bad organiser key".to_string())?,
        };
        let bytes: [u8; 64] = fixed_b64url(signature).ok_or("bad strike signature")?;
        if format!("{}signature {signature}\n", strike.unsigned_text()) != text
            || !strike
                .organiser
                .verify(strike.unsigned_text().as_bytes(), &bytes)
        {
            return Err("the strike's organiser signature does not verify".into());
        }
        Ok(strike)
    }
}
