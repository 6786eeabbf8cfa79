//! C2SP checkpoints (c2sp.org/tlog-checkpoint) and cosignatures
//! (c2sp.org/tlog-cosignature).
//!
//! A checkpoint's text is the log's origin, its size in decimal, and its
//! root hash in base64, one per line. The log signs it as a note; a
//! witness that has checked it is consistent with everything it saw before
//! adds a cosignature: a timestamped Ed25519 signature over
//! `cosignature/v1\ntime <t>\n` followed by the checkpoint text.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ed25519_dalek::{Signature as Ed25519Signature, Signer, SigningKey, VerifyingKey};

use super::merkle::Hash;
use super::note::{key_id, valid_name, Note, NoteError, NoteSignature, COSIGNATURE_V1};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub root: Hash,
    /// Optional extra lines after the root; caucus writes none.
    pub extensions: Vec<String>,
}

impl Checkpoint {
    pub fn to_text(&self) -> String {
        let mut text = format!(
            "{}\n{}\n{}\n",
            self.origin,
            self.size,
            STANDARD.encode(self.root)
        );
        for line in &self.extensions {
            text.push_str(line);
            text.push('\n');
        }
        text
    }

    pub fn parse(text: &str) -> Result<Self, NoteError> {
        let body = text.strip_suffix('\n').ok_or(NoteError::BadText)?;
        let mut lines = body.split('\n');
        let origin = lines
            .next()
            .filter(|o| !o.is_empty())
            .ok_or(NoteError::Malformed("checkpoint without an origin"))?;
        let size_text = lines
            .next()
            .ok_or(NoteError::Malformed("checkpoint without a size"))?;
        let canonical = size_text == "0" || (!size_text.starts_with('0') && !size_text.is_empty());
        let size = size_text
            .parse::<u64>()
            .ok()
            .filter(|_| canonical && size_text.bytes().all(|b| b.is_ascii_digit()))
            .ok_or(NoteError::Malformed(
                "checkpoint size must be a decimal number without leading zeros",
            ))?;
        let root_text = lines
            .next()
            .ok_or(NoteError::Malformed("checkpoint without a root hash"))?;
        let root: Hash = STANDARD
            .decode(root_text)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or(NoteError::Malformed(
                "checkpoint root must be 32 bytes of base64",
            ))?;
        let extensions: Vec<String> = lines.map(str::to_string).collect();
        if extensions.iter().any(String::is_empty) {
            return Err(NoteError::Malformed("blank line inside a checkpoint"));
        }
        Ok(Self {
            origin: origin.to_string(),
            size,
            root,
            extensions,
        })
    }
}

/// The log's own origin line and key name for a statement.
pub fn origin(statement: &crate::id::CampaignId) -> String {
    format!("caucus-statement/{statement}")
}

/// A checkpoint signed by the server's key, under its origin as key name.
pub fn sign_checkpoint(
    checkpoint: &Checkpoint,
    key: &crate::keys::ServerKey,
) -> Result<Note, NoteError> {
    Note::sign(&checkpoint.to_text(), &checkpoint.origin, key.ed25519())
}

fn cosigned_message(text: &str, timestamp: u64) -> String {
    format!("cosignature/v1\ntime {timestamp}\n{text}")
}

/// A witness's cosignature over `note`'s text at `timestamp`.
pub fn cosign(
    note: &Note,
    name: &str,
    key: &SigningKey,
    timestamp: u64,
) -> Result<NoteSignature, NoteError> {
    if !valid_name(name) {
        return Err(NoteError::BadName);
    }
    let signature = key.sign(cosigned_message(&note.text, timestamp).as_bytes());
    let mut bytes = timestamp.to_be_bytes().to_vec();
    bytes.extend_from_slice(&signature.to_bytes());
    Ok(NoteSignature {
        name: name.to_string(),
        key_id: key_id(name, COSIGNATURE_V1, key.verifying_key().as_bytes()),
        bytes,
    })
}

/// The timestamp of a valid cosignature by (`name`, `key`) on `note`.
pub fn verify_cosignature(note: &Note, name: &str, key: &VerifyingKey) -> Option<u64> {
    let id = key_id(name, COSIGNATURE_V1, key.as_bytes());
    let signature = note.signatures_by(name, id).next()?;
    if signature.bytes.len() != 72 {
        return None;
    }
    let (time, sig) = signature.bytes.split_at(8);
    let timestamp = u64::from_be_bytes(time.try_into().ok()?);
    if timestamp > i64::MAX as u64 {
        return None;
    }
    let sig: [u8; 64] = sig.try_into().ok()?;
    key.verify_strict(
        cosigned_message(&note.text, timestamp).as_bytes(),
        &Ed25519Signature::from_bytes(&sig),
    )
    .ok()
    .map(|()| timestamp)
}

#[cfg(test)]
mod tests;
