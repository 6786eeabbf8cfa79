//! Detached signatures on exported reports, in minisign's format.
//!
//! An export is only worth publishing if a reader can tell it came from the
//! organisers and was not edited on the way. We write the signature in the
//! documented minisign format (<https://jedisct1.github.io/minisign/>) rather
//! than one of our own, so a journalist or union local can check a file with
//! the stock `minisign` tool and never install caucus.
//!
//! Layout of a signature file (`<export>.minisig`), one item per line:
//!
//! ```text
//! untrusted comment: signature from caucus organiser key <KEY ID>
//! base64( "ED" || key_id (8 bytes) || ed25519(BLAKE2b-512(file)) (64 bytes) )
//! trusted comment: caucus export sha256:<hex of file> file:<base name>
//! base64( ed25519(signature (64 bytes) || trusted comment bytes) )
//! ```
//!
//! Only the prehashed algorithm `ED` is written or accepted: minisign has
//! signed with it by default since 0.10, other verifiers (minisign-verify
//! unless told `allow_legacy`) refuse the legacy `Ed` form, and caucus never
//! wrote one, so accepting it would only widen what we have to trust.
//!
//! minisign key ids are random; ours is derived instead, the first 8 bytes of
//! SHA-256 of the 32-byte ed25519 public key, so that an organiser's
//! `caucus-org1:` string alone is enough to check a signature. Both the
//! signature and the minisign public key carry those bytes as they are; like
//! minisign we show them to people as a little-endian 64-bit number in
//! upper-case hex.

use std::path::{Path, PathBuf};

use anyhow::bail;
use blake2::{Blake2b512, Digest};
use caucus_core::encoding::{b64std, from_b64std, hex, sha256};
use caucus_core::{OrganiserKey, OrganiserPublicKey};
use ed25519_dalek::{Signature, VerifyingKey};

/// minisign's tag for a signature over BLAKE2b-512 of the file.
const PREHASHED: [u8; 2] = *b"ED";
/// minisign's tag for an Ed25519 public key (the same for both signature forms).
const PUBLIC_KEY_ALGORITHM: [u8; 2] = *b"Ed";
const UNTRUSTED: &str = "untrusted comment: ";
const TRUSTED: &str = "trusted comment: ";
const ORGANISER_PREFIX: &str = "caucus-org1:";

type KeyId = [u8; 8];

/// What a good signature tells the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The signed comment, e.g. `caucus export sha256:… file:…`.
    pub trusted_comment: String,
    /// The signing key's id, as the bytes stored in the signature.
    pub key_id: [u8; 8],
}

impl Verified {
    /// The key id as minisign prints it.
    pub fn key_id_hex(&self) -> String {
        key_id_text(&self.key_id)
    }
}

/// Why an export's signature was refused. Each says what to suspect.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExportSignatureError {
    #[error("malformed signature file: {0}")]
    MalformedSignature(&'static str),
    #[error(
        "unsupported signature algorithm {0:?}: only minisign's prehashed `ED` signatures are accepted"
    )]
    UnknownAlgorithm(String),
    #[error("not a public key: expected a `caucus-org1:` organiser key or a minisign public key")]
    MalformedPublicKey,
    #[error("signed by another key (signature key id {signed_by}, public key id {expected})")]
    KeyIdMismatch { signed_by: String, expected: String },
    #[error("signature mismatch: the file was changed or the signature is not for it")]
    SignatureMismatch,
    #[error("comment signature mismatch: the trusted comment was changed")]
    GlobalSignatureMismatch,
}

/// Sign an export: the text of its detached `.minisig` file.
///
/// `file_name` names the export in the trusted comment; only its last path
/// component is used, so no local directory leaks into a published file.
/// Fails on a name that cannot sit on one comment line.
pub fn sign(key: &OrganiserKey, file_name: &str, contents: &[u8]) -> anyhow::Result<String> {
    let base = Path::new(file_name)
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or(file_name);
    if base.is_empty() || base.chars().any(char::is_control) {
        bail!("cannot sign under the name {file_name:?}: it must be a non-empty single line");
    }
    let verifying = key.ed25519().verifying_key();
    let id = key_id(&verifying);
    let trusted_comment = format!(
        "caucus export sha256:{} file:{base}",
        hex(&sha256(&[contents]))
    );

    let signature = key.sign(&Blake2b512::digest(contents));
    let mut signature_line = Vec::with_capacity(74);
    signature_line.extend_from_slice(&PREHASHED);
    signature_line.extend_from_slice(&id);
    signature_line.extend_from_slice(&signature);
    let global = key.sign(&global_message(&signature, &trusted_comment));

    Ok(format!(
        "{UNTRUSTED}signature from caucus organiser key {}\n{}\n{TRUSTED}{trusted_comment}\n{}\n",
        key_id_text(&id),
        b64std(&signature_line),
        b64std(&global)
    ))
}

/// The organiser key as a minisign public key, the string `minisign -P`
/// takes: base64 of `"Ed" || key_id || ed25519 public key`.
pub fn minisign_public_key(public: &OrganiserPublicKey) -> String {
    let verifying = public.ed25519();
    let mut bytes = Vec::with_capacity(42);
    bytes.extend_from_slice(&PUBLIC_KEY_ALGORITHM);
    bytes.extend_from_slice(&key_id(verifying));
    bytes.extend_from_slice(verifying.as_bytes());
    b64std(&bytes)
}

/// The same key as a minisign `.pub` file, for `minisign -p FILE`.
pub fn minisign_public_key_file(public: &OrganiserPublicKey) -> String {
    format!(
        "{UNTRUSTED}minisign public key {}\n{}\n",
        key_id_text(&key_id(public.ed25519())),
        minisign_public_key(public)
    )
}

/// Where an export's signature goes: `<export>.minisig`, minisign's default,
/// so `minisign -Vm <export>` finds it without `-x`.
pub fn signature_path(export: &Path) -> PathBuf {
    let mut path = export.as_os_str().to_owned();
    path.push(".minisig");
    PathBuf::from(path)
}

/// Check an export against its signature file's text.
///
/// `pubkey` is an organiser's `caucus-org1:` key, a minisign public key
/// (its base64 line), or the text of a minisign `.pub` file. The key id in
/// the signature must match the key's, then the signature over the file and
/// finally the signature over the trusted comment must hold.
pub fn verify(
    contents: &[u8],
    signature_text: &str,
    pubkey: &str,
) -> Result<Verified, ExportSignatureError> {
    let (expected_id, verifying) = parse_public_key(pubkey)?;
    let parsed = parse_signature(signature_text)?;
    if parsed.key_id != expected_id {
        return Err(ExportSignatureError::KeyIdMismatch {
            signed_by: key_id_text(&parsed.key_id),
            expected: key_id_text(&expected_id),
        });
    }
    let signature = Signature::from_bytes(&parsed.signature);
    verifying
        .verify_strict(&Blake2b512::digest(contents), &signature)
        .map_err(|_| ExportSignatureError::SignatureMismatch)?;
    let global = Signature::from_bytes(&parsed.global_signature);
    verifying
        .verify_strict(
            &global_message(&parsed.signature, parsed.trusted_comment),
            &global,
        )
        .map_err(|_| ExportSignatureError::GlobalSignatureMismatch)?;
    Ok(Verified {
        trusted_comment: parsed.trusted_comment.to_owned(),
        key_id: parsed.key_id,
    })
}

/// Whether `pubkey` is a key [`verify`] accepts, before any file is read.
pub fn check_public_key(pubkey: &str) -> Result<(), ExportSignatureError> {
    parse_public_key(pubkey).map(|_| ())
}

struct ParsedSignature<'a> {
    key_id: KeyId,
    signature: [u8; 64],
    trusted_comment: &'a str,
    global_signature: [u8; 64],
}

fn parse_signature(text: &str) -> Result<ParsedSignature<'_>, ExportSignatureError> {
    use ExportSignatureError::MalformedSignature as Malformed;
    // `lines` also takes "\r\n", so a file that went through a Windows
    // editor or mail client still verifies; its bytes are what is signed.
    let mut lines = text.lines();
    let mut next = |what| lines.next().ok_or(Malformed(what));
    next("missing the untrusted comment line")?
        .strip_prefix(UNTRUSTED)
        .ok_or(Malformed(
            "the first line must start with `untrusted comment: `",
        ))?;
    let signature_line = from_b64std(next("missing the signature line")?)
        .ok_or(Malformed("the signature line is not base64"))?;
    let trusted_comment = next("missing the trusted comment line")?
        .strip_prefix(TRUSTED)
        .ok_or(Malformed(
            "the third line must start with `trusted comment: `",
        ))?;
    let global_signature: [u8; 64] = from_b64std(next("missing the comment signature line")?)
        .ok_or(Malformed("the comment signature line is not base64"))?
        .try_into()
        .map_err(|_| Malformed("the comment signature is not 64 bytes"))?;
    if lines.any(|line| !line.trim().is_empty()) {
        return Err(Malformed("unexpected text after the fourth line"));
    }

    if signature_line.len() != 74 {
        return Err(Malformed("the signature line is not 74 bytes"));
    }
    let (algorithm, rest) = signature_line.split_at(2);
    if algorithm != PREHASHED {
        return Err(ExportSignatureError::UnknownAlgorithm(
            String::from_utf8_lossy(algorithm).into_owned(),
        ));
    }
    let (id, signature) = rest.split_at(8);
    Ok(ParsedSignature {
        key_id: id
            .try_into()
            .map_err(|_| Malformed("the key id is not 8 bytes"))?,
        signature: signature
            .try_into()
            .map_err(|_| Malformed("the signature is not 64 bytes"))?,
        trusted_comment,
        global_signature,
    })
}

fn parse_public_key(text: &str) -> Result<(KeyId, VerifyingKey), ExportSignatureError> {
    let text = text.trim();
    if text.starts_with(ORGANISER_PREFIX) {
        let public: OrganiserPublicKey = text
            .parse()
            .map_err(|_| ExportSignatureError::MalformedPublicKey)?;
        let verifying = *public.ed25519();
        return Ok((key_id(&verifying), verifying));
    }
    // A `.pub` file is an untrusted comment line, then the key line.
    let mut lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
    let first = lines
        .next()
        .ok_or(ExportSignatureError::MalformedPublicKey)?;
    let line = if first.starts_with(UNTRUSTED) {
        lines
            .next()
            .ok_or(ExportSignatureError::MalformedPublicKey)?
    } else {
        first
    };
    if lines.next().is_some() {
        return Err(ExportSignatureError::MalformedPublicKey);
    }
    let bytes = from_b64std(line).ok_or(ExportSignatureError::MalformedPublicKey)?;
    if bytes.len() != 42 || bytes[..2] != PUBLIC_KEY_ALGORITHM {
        return Err(ExportSignatureError::MalformedPublicKey);
    }
    let id: KeyId = bytes[2..10]
        .try_into()
        .map_err(|_| ExportSignatureError::MalformedPublicKey)?;
    let key: [u8; 32] = bytes[10..]
        .try_into()
        .map_err(|_| ExportSignatureError::MalformedPublicKey)?;
    let verifying =
        VerifyingKey::from_bytes(&key).map_err(|_| ExportSignatureError::MalformedPublicKey)?;
    if verifying.is_weak() {
        return Err(ExportSignatureError::MalformedPublicKey);
    }
    Ok((id, verifying))
}

/// Derived rather than random (as minisign's are) so the organiser's public
/// key alone determines it.
fn key_id(verifying: &VerifyingKey) -> KeyId {
    let digest = sha256(&[verifying.as_bytes()]);
    let mut id = [0u8; 8];
    id.copy_from_slice(&digest[..8]);
    id
}

/// minisign reads the 8 bytes as a little-endian number and prints it.
fn key_id_text(id: &KeyId) -> String {
    format!("{:016X}", u64::from_le_bytes(*id))
}

/// What the global signature covers: the file signature, then the comment,
/// so the comment cannot be moved onto another signature.
fn global_message(signature: &[u8; 64], trusted_comment: &str) -> Vec<u8> {
    let mut message = Vec::with_capacity(64 + trusted_comment.len());
    message.extend_from_slice(signature);
    message.extend_from_slice(trusted_comment.as_bytes());
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPORT: &[u8] = b"question,answer,count\nq1,yes,12\nq1,no,7\n";

    fn organiser(seed: u64) -> OrganiserKey {
        use rand::SeedableRng;
        OrganiserKey::generate(&mut rand::rngs::StdRng::seed_from_u64(seed))
    }

    fn signed() -> (OrganiserKey, String) {
        let key = organiser(1);
        let text = sign(&key, "out/tally.csv", EXPORT).expect("signs");
        (key, text)
    }

    /// Every variant of `text` with one byte changed that is still a string.
    fn flips(text: &str, range: std::ops::Range<usize>) -> Vec<String> {
        let mut out = Vec::new();
        for i in range {
            for mask in [0x01u8, 0x20, 0x40] {
                let mut bytes = text.as_bytes().to_vec();
                bytes[i] ^= mask;
                if let Ok(changed) = String::from_utf8(bytes) {
                    out.push(changed);
                }
            }
        }
        out
    }

    fn line_range(text: &str, index: usize) -> std::ops::Range<usize> {
        let start: usize = text.split_inclusive('\n').take(index).map(str::len).sum();
        let line = text.split_inclusive('\n').nth(index).expect("line");
        start..start + line.trim_end_matches('\n').len()
    }

    #[test]
    fn round_trips_with_both_public_key_forms() {
        let (key, text) = signed();
        let public = key.public();
        let expected = format!(
            "caucus export sha256:{} file:tally.csv",
            hex(&sha256(&[EXPORT]))
        );
        let by_org = verify(EXPORT, &text, &public.to_string()).expect("caucus key");
        assert_eq!(by_org.trusted_comment, expected);
        assert_eq!(by_org.key_id, key_id(public.ed25519()));
        let line = minisign_public_key(public);
        assert_eq!(verify(EXPORT, &text, &line), Ok(by_org.clone()));
        let file = minisign_public_key_file(public);
        assert!(file.starts_with(&format!(
            "untrusted comment: minisign public key {}\n",
            by_org.key_id_hex()
        )));
        assert_eq!(verify(EXPORT, &text, &file), Ok(by_org));
        assert_eq!(text.lines().count(), 4);
        assert!(text.ends_with('\n'));
    }

    #[test]
    fn crlf_line_endings_still_verify() {
        let (key, text) = signed();
        let crlf = text.replace('\n', "\r\n");
        assert!(verify(EXPORT, &crlf, &key.public().to_string()).is_ok());
    }

    #[test]
    fn every_byte_of_the_file_matters() {
        let (key, text) = signed();
        let public = key.public().to_string();
        for i in 0..EXPORT.len() {
            let mut changed = EXPORT.to_vec();
            changed[i] ^= 0x01;
            assert_eq!(
                verify(&changed, &text, &public),
                Err(ExportSignatureError::SignatureMismatch),
                "byte {i}"
            );
        }
        let mut longer = EXPORT.to_vec();
        longer.push(b'\n');
        assert!(verify(&longer, &text, &public).is_err());
        assert!(verify(&EXPORT[..EXPORT.len() - 1], &text, &public).is_err());
    }

    #[test]
    fn every_byte_of_the_signature_lines_matters() {
        let (key, text) = signed();
        let public = key.public().to_string();
        for line in [1, 3] {
            let variants = flips(&text, line_range(&text, line));
            assert!(variants.len() > 200);
            for changed in variants {
                assert!(verify(EXPORT, &changed, &public).is_err(), "{changed}");
            }
        }
    }

    #[test]
    fn every_byte_of_the_trusted_comment_matters() {
        let (key, text) = signed();
        let public = key.public().to_string();
        let line = line_range(&text, 2);
        let value = line.start + TRUSTED.len()..line.end;
        for changed in flips(&text, value) {
            assert_eq!(
                verify(EXPORT, &changed, &public),
                Err(ExportSignatureError::GlobalSignatureMismatch),
                "{changed}"
            );
        }
        for changed in flips(&text, line) {
            assert!(verify(EXPORT, &changed, &public).is_err(), "{changed}");
        }
        let edited = text.replace("file:tally.csv", "file:tally-final.csv");
        assert_eq!(
            verify(EXPORT, &edited, &public),
            Err(ExportSignatureError::GlobalSignatureMismatch)
        );
    }

    #[test]
    fn the_untrusted_comment_is_not_signed() {
        let (key, text) = signed();
        let edited = text.replacen("signature from", "anything at all", 1);
        assert!(verify(EXPORT, &edited, &key.public().to_string()).is_ok());
    }

    #[test]
    fn another_key_is_refused() {
        let (_, text) = signed();
        let other = organiser(2);
        assert!(matches!(
            verify(EXPORT, &text, &other.public().to_string()),
            Err(ExportSignatureError::KeyIdMismatch { .. })
        ));
        assert!(matches!(
            verify(EXPORT, &text, &minisign_public_key(other.public())),
            Err(ExportSignatureError::KeyIdMismatch { .. })
        ));
        // A key that claims the signer's id still cannot pass for it.
        let signer_id = key_id(organiser(1).public().ed25519());
        let mut forged = PUBLIC_KEY_ALGORITHM.to_vec();
        forged.extend_from_slice(&signer_id);
        forged.extend_from_slice(other.public().ed25519().as_bytes());
        assert_eq!(
            verify(EXPORT, &text, &b64std(&forged)),
            Err(ExportSignatureError::SignatureMismatch)
        );
    }

    #[test]
    fn legacy_and_garbage_are_refused() {
        let (key, text) = signed();
        let public = key.public().to_string();
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        let mut raw = from_b64std(&lines[1]).expect("base64");
        raw[..2].copy_from_slice(b"Ed");
        lines[1] = b64std(&raw);
        assert_eq!(
            verify(EXPORT, &(lines.join("\n") + "\n"), &public),
            Err(ExportSignatureError::UnknownAlgorithm("Ed".into()))
        );
        for bad in [
            "",
            "hello\n",
            &text[..text.len() / 2],
            &(text.clone() + "x\n"),
        ] {
            assert!(matches!(
                verify(EXPORT, bad, &public),
                Err(ExportSignatureError::MalformedSignature(_))
            ));
        }
        for bad in ["", "caucus-org1:abc", "RWQ", &public[1..], "a\nb\nc"] {
            assert_eq!(
                verify(EXPORT, &text, bad),
                Err(ExportSignatureError::MalformedPublicKey),
                "{bad}"
            );
        }
    }

    #[test]
    fn names_are_reduced_to_one_safe_line() {
        let key = organiser(3);
        let text = sign(&key, "/home/someone/exports/q3.csv", EXPORT).expect("signs");
        assert!(text.contains(" file:q3.csv\n"));
        assert!(!text.contains("someone"));
        assert!(sign(&key, "a\nb.csv", EXPORT).is_err());
        assert!(sign(&key, "", EXPORT).is_err());
    }

    #[test]
    fn signature_goes_next_to_the_export() {
        assert_eq!(
            signature_path(Path::new("out/tally.csv")),
            PathBuf::from("out/tally.csv.minisig")
        );
    }

    #[test]
    fn minisign_verify_accepts_our_signatures() {
        let (key, text) = signed();
        let signature = minisign_verify::Signature::decode(&text).expect("decodes");
        let from_line = minisign_verify::PublicKey::from_base64(&minisign_public_key(key.public()))
            .expect("key line");
        let from_file = minisign_verify::PublicKey::decode(&minisign_public_key_file(key.public()))
            .expect("key file");
        for public in [&from_line, &from_file] {
            public.verify(EXPORT, &signature, false).expect("verifies");
        }
        assert!(signature
            .trusted_comment()
            .starts_with("caucus export sha256:"));

        let mut tampered = EXPORT.to_vec();
        tampered[0] ^= 0x01;
        assert!(from_line.verify(&tampered, &signature, false).is_err());
        let edited = text.replace("file:tally.csv", "file:other.csv");
        let edited = minisign_verify::Signature::decode(&edited).expect("decodes");
        assert!(from_line.verify(EXPORT, &edited, false).is_err());
        let other =
            minisign_verify::PublicKey::from_base64(&minisign_public_key(organiser(2).public()))
                .expect("key line");
        assert!(other.verify(EXPORT, &signature, false).is_err());
    }
}
