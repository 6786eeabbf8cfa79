//! C2SP signed notes (c2sp.org/signed-note): text, a blank line, and one
//! signature line per signer, `— <key name> base64(key ID || signature)`.
//!
//! A verifier ignores signatures from keys it does not know, so a note can
//! carry the log's signature and any number of witness cosignatures.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ed25519_dalek::{Signature as Ed25519Signature, Signer, SigningKey, VerifyingKey};

use crate::encoding::sha256;

/// Signature type of a plain Ed25519 note signature.
pub const ED25519: u8 = 0x01;
/// Signature type of a C2SP tlog-cosignature/v1 (timestamped Ed25519).
pub const COSIGNATURE_V1: u8 = 0x04;
const EM_DASH: &str = "\u{2014} ";
const MAX_NOTE: usize = 1 << 20;
const MAX_SIGNATURES: usize = 100;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum NoteError {
    #[error("note text must be non-empty UTF-8 lines, each ending in a newline, with no blank line or control character")]
    BadText,
    #[error("a key name must be non-empty, without spaces or `+`")]
    BadName,
    #[error("malformed signed note: {0}")]
    Malformed(&'static str),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteSignature {
    pub name: String,
    pub key_id: [u8; 4],
    pub bytes: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// The signed text, ending with a newline.
    pub text: String,
    pub signatures: Vec<NoteSignature>,
}

/// SHA-256(name || "\n" || type || public key)[:4].
pub fn key_id(name: &str, signature_type: u8, public: &[u8; 32]) -> [u8; 4] {
    let digest = sha256(&[name.as_bytes(), b"\n", &[signature_type], public]);
    [digest[0], digest[1], digest[2], digest[3]]
}

pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && !name
            .chars()
            .any(|c| c.is_whitespace() || c == '+' || c.is_control())
}

fn valid_text(text: &str) -> bool {
    !text.is_empty()
        && text.ends_with('\n')
        && !text.contains("\n\n")
        && !text.starts_with('\n')
        && !text.chars().any(|c| c.is_control() && c != '\n')
}

impl Note {
    /// A note signed by one Ed25519 key under `name`.
    pub fn sign(text: &str, name: &str, key: &SigningKey) -> Result<Self, NoteError> {
        if !valid_text(text) {
            return Err(NoteError::BadText);
        }
        if !valid_name(name) {
            return Err(NoteError::BadName);
        }
        let signature = NoteSignature {
            name: name.to_string(),
            key_id: key_id(name, ED25519, key.verifying_key().as_bytes()),
            bytes: key.sign(text.as_bytes()).to_bytes().to_vec(),
        };
        Ok(Self {
            text: text.to_string(),
            signatures: vec![signature],
        })
    }

    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n", self.text);
        for s in &self.signatures {
            let mut blob = s.key_id.to_vec();
            blob.extend_from_slice(&s.bytes);
            out.push_str(&format!("{EM_DASH}{} {}\n", s.name, STANDARD.encode(blob)));
        }
        out
    }

    pub fn parse(input: &str) -> Result<Self, NoteError> {
        if input.len() > MAX_NOTE {
            return Err(NoteError::Malformed("too large"));
        }
        let split = input
            .rfind("\n\n")
            .ok_or(NoteError::Malformed("no blank line before the signatures"))?;
        let text = &input[..split + 1];
        let block = &input[split + 2..];
        if !valid_text(text) {
            return Err(NoteError::BadText);
        }
        if block.is_empty() || !block.ends_with('\n') {
            return Err(NoteError::Malformed(
                "signature lines must end with a newline",
            ));
        }
        let mut signatures = Vec::new();
        for line in block[..block.len() - 1].split('\n') {
            let rest = line
                .strip_prefix(EM_DASH)
                .ok_or(NoteError::Malformed("signature line without an em dash"))?;
            let (name, blob) = rest
                .split_once(' ')
                .ok_or(NoteError::Malformed("signature line without a signature"))?;
            if !valid_name(name) {
                return Err(NoteError::BadName);
            }
            let blob = STANDARD
                .decode(blob)
                .map_err(|_| NoteError::Malformed("signature is not base64"))?;
            if blob.len() < 5 {
                return Err(NoteError::Malformed("signature too short"));
            }
            signatures.push(NoteSignature {
                name: name.to_string(),
                key_id: [blob[0], blob[1], blob[2], blob[3]],
                bytes: blob[4..].to_vec(),
            });
            if signatures.len() > MAX_SIGNATURES {
                return Err(NoteError::Malformed("too many signatures"));
            }
        }
        Ok(Self {
            text: text.to_string(),
            signatures,
        })
    }

    /// The signatures claiming to be by (`name`, key ID); a verifier looks
    /// only at these and ignores the rest.
    pub fn signatures_by<'a>(
        &'a self,
        name: &'a str,
        id: [u8; 4],
    ) -> impl Iterator<Item = &'a NoteSignature> + 'a {
        self.signatures
            .iter()
            .filter(move |s| s.name == name && s.key_id == id)
    }

    /// True if `key`, under `name`, signed this text (strict Ed25519).
    pub fn verify(&self, name: &str, key: &VerifyingKey) -> bool {
        let id = key_id(name, ED25519, key.as_bytes());
        let mut found = self.signatures_by(name, id).peekable();
        found.peek().is_some()
            && found.all(|s| {
                <[u8; 64]>::try_from(s.bytes.as_slice())
                    .map(|b| {
                        key.verify_strict(self.text.as_bytes(), &Ed25519Signature::from_bytes(&b))
                            .is_ok()
                    })
                    .unwrap_or(false)
            })
    }
}

/// A verifier key as C2SP writes it: `<name>+<hex key ID>+<base64(type || key)>`.
pub fn verifier_key(name: &str, signature_type: u8, key: &VerifyingKey) -> String {
    let id = key_id(name, signature_type, key.as_bytes());
    let mut blob = vec![signature_type];
    blob.extend_from_slice(key.as_bytes());
    format!(
        "{name}+{}+{}",
        crate::encoding::hex(&id),
        STANDARD.encode(blob)
    )
}

/// Parse a verifier key: (name, signature type, key). The key ID must match.
pub fn parse_verifier_key(text: &str) -> Result<(String, u8, VerifyingKey), NoteError> {
    let mut parts = text.trim().splitn(3, '+');
    let (Some(name), Some(id), Some(blob)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(NoteError::Malformed("a verifier key is name+keyid+key"));
    };
    if !valid_name(name) {
        return Err(NoteError::BadName);
    }
    // Said apart from a wrong ID: an upper-case spelling of the right ID
    // is a typing matter, not a different key.
    if id.len() != 8
        || !id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err(NoteError::Malformed(
            "the key ID must be 8 lower-case hex digits",
        ));
    }
    let blob = STANDARD
        .decode(blob)
        .map_err(|_| NoteError::Malformed("verifier key is not base64"))?;
    let (&kind, public) = blob
        .split_first()
        .ok_or(NoteError::Malformed("empty verifier key"))?;
    let public: [u8; 32] = public
        .try_into()
        .map_err(|_| NoteError::Malformed("not an Ed25519 key"))?;
    let key = VerifyingKey::from_bytes(&public)
        .map_err(|_| NoteError::Malformed("not an Ed25519 key"))?;
    if crate::encoding::hex(&key_id(name, kind, &public)) != id {
        return Err(NoteError::Malformed("key ID does not match the key"));
    }
    Ok((name.to_string(), kind, key))
}
