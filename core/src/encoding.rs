//! Text encodings used on the wire: unpadded base64url for binary values,
//! lowercase hex for digests people compare by eye, and SHA-256.

use base64::engine::general_purpose::{STANDARD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;
use sha2::{Digest, Sha256};

/// Unpadded base64url, the encoding of every binary value in a URL or a file.
pub fn b64url(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Strict unpadded base64url decoding; `None` on any stray character.
pub fn from_b64url(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text.as_bytes()).ok()
}

/// Padded base64url, as RFC 9577 writes values in HTTP authentication
/// headers (a padded value is read by strict and lenient parsers alike).
pub fn b64url_padded(bytes: &[u8]) -> String {
    URL_SAFE.encode(bytes)
}

/// base64url with or without padding, as RFC 9577 asks a reader to take.
pub fn from_b64url_lenient(text: &str) -> Option<Vec<u8>> {
    from_b64url(text.trim_end_matches('='))
}

/// Padded standard base64, as RFC 9421 and RFC 9530 use inside `:...:`.
pub fn b64std(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// Strict padded standard base64.
pub fn from_b64std(text: &str) -> Option<Vec<u8>> {
    STANDARD.decode(text.as_bytes()).ok()
}

/// SHA-256 of the concatenation of `parts`.
pub fn sha256(parts: &[&[u8]]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    hasher.finalize().into()
}

/// Lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Strict lowercase hex; `None` on anything else.
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2)
        || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// True for a SHA-256 digest written as 64 lowercase hex characters.
pub fn is_hex_digest(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Decode exactly `N` bytes of base64url.
pub fn fixed_b64url<const N: usize>(text: &str) -> Option<[u8; N]> {
    from_b64url(text)?.try_into().ok()
}
