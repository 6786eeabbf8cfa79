//! Signed admin requests, after RFC 9421 (HTTP Message Signatures) with an
//! RFC 9530 `Content-Digest`.
//!
//! The server stores no passwords: every admin request carries an ed25519
//! signature by an organiser key over the method, path, query and body
//! digest, with a creation time and a nonce. The server refuses a stale
//! time (outside [`MAX_SKEW`]) and remembers nonces for longer than that
//! window, so a captured request cannot be replayed.
//!
//! The `tag` parameter (RFC 9421 section 2.3) names the server the request
//! is meant for, by its public key, so a request captured on one server
//! cannot be replayed on another that trusts the same organiser.
//!
//! One fixed profile is accepted, which keeps the parser small:
//!
//! ```text
//! Content-Digest: sha-256=:<base64 sha256(body)>:
//! Signature-Input: sig1=("@method" "@path" "@query" "content-digest");created=<unix>;nonce="<16-64 of A-Za-z0-9_->";keyid="<caucus-org1:...>";alg="ed25519";tag="<caucus-srv1:...>"
//! Signature: sig1=:<base64 signature>:
//! ```

use crate::encoding::{b64std, from_b64std, sha256};
use crate::keys::{OrganiserKey, OrganiserPublicKey};

/// How far a request's `created` may be from the server's clock, in seconds.
pub const MAX_SKEW: u64 = 300;
const COMPONENTS: &str = r#"("@method" "@path" "@query" "content-digest")"#;

/// What the signature covers.
pub struct RequestParts<'a> {
    pub method: &'a str,
    pub path: &'a str,
    /// The query string without the leading `?`; empty when there is none.
    pub query: &'a str,
    pub body: &'a [u8],
}

/// The three headers a signed request carries.
#[derive(Debug, Clone)]
pub struct SignatureHeaders {
    pub content_digest: String,
    pub signature_input: String,
    pub signature: String,
}

/// A request whose signature checked out; the caller must still refuse a
/// nonce it has seen before.
#[derive(Debug)]
pub struct VerifiedRequest {
    pub organiser: OrganiserPublicKey,
    pub nonce: String,
    pub created: u64,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AuthError {
    #[error(
        "admin requests must be signed (Signature, Signature-Input and Content-Digest headers)"
    )]
    Missing,
    #[error("malformed signature headers: {0}")]
    Malformed(&'static str),
    #[error("the request's creation time is more than {MAX_SKEW} seconds from the server's clock")]
    Stale,
    #[error("Content-Digest does not match the body")]
    BadDigest,
    #[error("this request was signed for another server")]
    WrongServer,
    #[error("the signing key is not one of this server's organiser keys")]
    UnknownKey,
    #[error("the signature does not verify")]
    BadSignature,
}

pub fn content_digest(body: &[u8]) -> String {
    format!("sha-256=:{}:", b64std(&sha256(&[body])))
}

fn signature_base(parts: &RequestParts<'_>, digest: &str, params: &str) -> String {
    format!(
        "\"@method\": {}\n\"@path\": {}\n\"@query\": ?{}\n\"content-digest\": {}\n\"@signature-params\": {}",
        parts.method.to_ascii_uppercase(),
        parts.path,
        parts.query,
        digest,
        params
    )
}

fn valid_nonce(nonce: &str) -> bool {
    (16..=64).contains(&nonce.len())
        && nonce
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Sign a request as the CLI sends it, for the server whose public key
/// is `server` (as `GET /api/v1/server` gives it).
pub fn sign(
    key: &OrganiserKey,
    parts: &RequestParts<'_>,
    created: u64,
    nonce: &str,
    server: &str,
) -> SignatureHeaders {
    let digest = content_digest(parts.body);
    let params = format!(
        "{COMPONENTS};created={created};nonce=\"{nonce}\";keyid=\"{}\";alg=\"ed25519\";tag=\"{server}\"",
        key.public()
    );
    let signature = key.sign(signature_base(parts, &digest, &params).as_bytes());
    SignatureHeaders {
        content_digest: digest,
        signature_input: format!("sig1={params}"),
        signature: format!("sig1=:{}:", b64std(&signature)),
    }
}

struct Params<'a> {
    created: u64,
    nonce: &'a str,
    keyid: &'a str,
    tag: &'a str,
}

fn quoted(value: &str) -> Option<&str> {
    let inner = value.strip_prefix('"')?.strip_suffix('"')?;
    (!inner.contains(['"', '\\'])).then_some(inner)
}

fn parse_params(list: &str) -> Result<Params<'_>, AuthError> {
    let rest = list.strip_prefix(COMPONENTS).ok_or(AuthError::Malformed(
        "covered components must be @method @path @query content-digest",
    ))?;
    let (mut created, mut nonce, mut keyid, mut alg, mut tag) = (None, None, None, None, None);
    for param in rest.split(';').skip(1) {
        let (name, value) = param
            .split_once('=')
            .ok_or(AuthError::Malformed("parameter without a value"))?;
        let slot = match name {
            "created" => {
                if created.is_some() {
                    return Err(AuthError::Malformed("repeated signature parameter"));
                }
                created = Some(
                    value
                        .parse::<u64>()
                        .map_err(|_| AuthError::Malformed("created"))?,
                );
                continue;
            }
            "nonce" => &mut nonce,
            "keyid" => &mut keyid,
            "alg" => &mut alg,
            "tag" => &mut tag,
            _ => return Err(AuthError::Malformed("unknown signature parameter")),
        };
        if slot.is_some() {
            return Err(AuthError::Malformed("repeated signature parameter"));
        }
        *slot =
            Some(quoted(value).ok_or(AuthError::Malformed("parameter must be a quoted string"))?);
    }
    if !rest.is_empty() && !rest.starts_with(';') {
        return Err(AuthError::Malformed("signature parameters"));
    }
    if alg != Some("ed25519") {
        return Err(AuthError::Malformed("alg must be \"ed25519\""));
    }
    let nonce = nonce
        .filter(|n| valid_nonce(n))
        .ok_or(AuthError::Malformed("nonce"))?;
    Ok(Params {
        created: created.ok_or(AuthError::Malformed("created is required"))?,
        nonce,
        keyid: keyid.ok_or(AuthError::Malformed("keyid is required"))?,
        tag: tag.ok_or(AuthError::Malformed("tag (the server's key) is required"))?,
    })
}

/// Check a received request. Headers are passed as received (`None` when absent).
pub fn verify(
    parts: &RequestParts<'_>,
    content_digest_header: Option<&str>,
    signature_input: Option<&str>,
    signature: Option<&str>,
    now: u64,
    organisers: &[OrganiserPublicKey],
    server: &str,
) -> Result<VerifiedRequest, AuthError> {
    let verified = verify_head(
        parts,
        content_digest_header,
        signature_input,
        signature,
        now,
        organisers,
        server,
    )?;
    if content_digest_header != Some(content_digest(parts.body).as_str()) {
        return Err(AuthError::BadDigest);
    }
    Ok(verified)
}

/// Every check but the body's digest: the signature covers the
/// `Content-Digest` header, not the body, so a server can tell who signed
/// a request before it reads a large body. `parts.body` is not looked at;
/// the body must still be checked against the digest ([`verify`] does).
pub fn verify_head(
    parts: &RequestParts<'_>,
    content_digest_header: Option<&str>,
    signature_input: Option<&str>,
    signature: Option<&str>,
    now: u64,
    organisers: &[OrganiserPublicKey],
    server: &str,
) -> Result<VerifiedRequest, AuthError> {
    let (Some(digest), Some(input), Some(signature)) =
        (content_digest_header, signature_input, signature)
    else {
        return Err(AuthError::Missing);
    };
    let list = input.strip_prefix("sig1=").ok_or(AuthError::Malformed(
        "Signature-Input must hold one signature labelled sig1",
    ))?;
    let params = parse_params(list)?;
    if params.tag != server {
        return Err(AuthError::WrongServer);
    }
    if params.created.abs_diff(now) > MAX_SKEW {
        return Err(AuthError::Stale);
    }
    let organiser = organisers
        .iter()
        .find(|k| k.to_string() == params.keyid)
        .ok_or(AuthError::UnknownKey)?;
    let signature_bytes: [u8; 64] = signature
        .strip_prefix("sig1=:")
        .and_then(|s| s.strip_suffix(':'))
        .and_then(from_b64std)
        .and_then(|b| b.try_into().ok())
        .ok_or(AuthError::Malformed("Signature must be sig1=:<base64>:"))?;
    if !organiser.verify(
        signature_base(parts, digest, list).as_bytes(),
        &signature_bytes,
    ) {
        return Err(AuthError::BadSignature);
    }
    Ok(VerifiedRequest {
        organiser: organiser.clone(),
        nonce: params.nonce.to_string(),
        created: params.created,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONCE: &str = "abcdefghijklmnop";
    const SERVER: &str = "caucus-srv1:this-server";

    fn parts(body: &[u8]) -> RequestParts<'_> {
        RequestParts {
            method: "POST",
            path: "/api/v1/admin/surveys",
            query: "",
            body,
        }
    }

    fn check(
        headers: &SignatureHeaders,
        body: &[u8],
        now: u64,
        keys: &[OrganiserPublicKey],
    ) -> Result<VerifiedRequest, AuthError> {
        verify(
            &parts(body),
            Some(&headers.content_digest),
            Some(&headers.signature_input),
            Some(&headers.signature),
            now,
            keys,
            SERVER,
        )
    }

    #[test]
    fn signed_requests_verify_and_tampering_fails() {
        let mut rng = rand::thread_rng();
        let key = OrganiserKey::generate(&mut rng);
        let other = OrganiserKey::generate(&mut rng);
        let keys = [key.public().clone()];
        let headers = sign(&key, &parts(b"body"), 1_000, NONCE, SERVER);
        let ok = check(&headers, b"body", 1_100, &keys).expect("verifies");
        assert_eq!(ok.nonce, NONCE);
        assert_eq!(
            check(&headers, b"bodY", 1_100, &keys).err(),
            Some(AuthError::BadDigest)
        );
        assert_eq!(
            check(&headers, b"body", 2_000, &keys).err(),
            Some(AuthError::Stale)
        );
        assert_eq!(
            check(&headers, b"body", 1_000, &[other.public().clone()]).err(),
            Some(AuthError::UnknownKey)
        );
        let mut forged = headers.clone();
        forged.signature_input = forged
            .signature_input
            .replace("created=1000", "created=1001");
        assert_eq!(
            check(&forged, b"body", 1_000, &keys).err(),
            Some(AuthError::BadSignature)
        );
        let wrong_path = verify(
            &RequestParts {
                path: "/api/v1/admin/surveys/x/close",
                ..parts(b"body")
            },
            Some(&headers.content_digest),
            Some(&headers.signature_input),
            Some(&headers.signature),
            1_000,
            &keys,
            SERVER,
        );
        assert_eq!(wrong_path.err(), Some(AuthError::BadSignature));
        let elsewhere = verify(
            &parts(b"body"),
            Some(&headers.content_digest),
            Some(&headers.signature_input),
            Some(&headers.signature),
            1_000,
            &keys,
            "caucus-srv1:another-server",
        );
        assert_eq!(elsewhere.err(), Some(AuthError::WrongServer));
        assert_eq!(
            verify(&parts(b""), None, None, None, 0, &keys, SERVER).err(),
            Some(AuthError::Missing)
        );
    }

    #[test]
    fn odd_signature_inputs_are_refused() {
        let key = OrganiserKey::generate(&mut rand::thread_rng());
        let keys = [key.public().clone()];
        let headers = sign(&key, &parts(b""), 10, NONCE, SERVER);
        for input in [
            "sig2=(\"@method\")",
            "sig1=(\"@method\" \"@path\" \"@query\" \"content-digest\");created=10",
            &headers.signature_input.replace("ed25519", "rsa"),
            &headers.signature_input.replace(NONCE, "short"),
            &format!("{};created=11", headers.signature_input),
            &headers
                .signature_input
                .replace(";tag=\"caucus-srv1:this-server\"", ""),
        ] {
            let result = verify(
                &parts(b""),
                Some(&headers.content_digest),
                Some(input),
                Some(&headers.signature),
                10,
                &keys,
                SERVER,
            );
            assert!(
                matches!(result, Err(AuthError::Malformed(_))),
                "{input}: {result:?}"
            );
        }
    }

    /// The worked example of docs/protocol.md, section 6.
    #[test]
    fn protocol_document_example() {
        use crate::encoding::b64url;
        let organiser_seed: Vec<u8> = (0u8..64).collect();
        let key = OrganiserKey::from_file_text(&format!(
            "caucus-organiser-secret1:{}",
            b64url(&organiser_seed)
        ))
        .expect("test key");
        let server_seed: Vec<u8> = (0x40u8..0x60).collect();
        let server = crate::keys::ServerKey::from_file_text(&format!(
            "caucus-server-secret1:{}",
            b64url(&server_seed)
        ))
        .expect("server key")
        .public()
        .to_string();
        let parts = RequestParts {
            method: "GET",
            path: "/api/v1/admin/surveys/mkwfDns9KohW4cD_M6e5Eg/sealed",
            query: "limit=500",
            body: b"",
        };
        let headers = sign(&key, &parts, 1_767_225_600, "Zq3v9XbL0pWmT7yR", &server);
        assert_eq!(server, EXAMPLE_SERVER);
        assert_eq!(headers.signature, EXAMPLE_SIGNATURE);
    }

    const EXAMPLE_SERVER: &str = "caucus-srv1:JUO5L_EJVRFHatyDadtt3JM2ZaEZeN2hQE7hBmypVZ0";
    const EXAMPLE_SIGNATURE: &str =
        "sig1=:K3V/F5VLtioKIFkz8J5W9ltBYx76QIMgOkhUduM3YeFrzMwr4zdP1N3aoWhsp78+PeIiD5q4RFrLWic8s0YCBw==:";
}
