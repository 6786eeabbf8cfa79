//! Signed admin requests: verify exactly when they should.

use crate::request_sig::{self, AuthError, RequestParts, MAX_SKEW};

use super::fixtures::*;
use super::{Outcome, Violation};

fn valid_nonce(nonce: &str) -> bool {
    (16..=64).contains(&nonce.len())
        && nonce
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Signed admin requests. The first byte picks the mode: even, the rest
/// is `method\npath\nquery\nbody\ncontent-digest\nsignature-input\nsignature`
/// as received; odd, `method\npath\nquery\nbody\nnonce\ncreated` is signed
/// with the fixed key and must verify exactly when the nonce is valid.
pub fn request_signature(data: &[u8]) -> Outcome {
    let Some((&mode, rest)) = data.split_first() else {
        return Ok(());
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return Ok(());
    };
    let field: Vec<&str> = text.splitn(7, '\n').collect();
    let get = |i: usize| field.get(i).copied().unwrap_or_default();
    let parts = RequestParts {
        method: get(0),
        path: get(1),
        query: get(2),
        body: get(3).as_bytes(),
    };
    let f = fixtures()?;
    let organisers = [f.organiser.public().clone()];
    let server = server_tag();
    if mode % 2 == 0 {
        let result = request_sig::verify(
            &parts,
            Some(get(4)),
            Some(get(5)),
            Some(get(6)),
            NOW,
            &organisers,
            &server,
        );
        if let Ok(verified) = result {
            let again = request_sig::sign(
                &f.organiser,
                &parts,
                verified.created,
                &verified.nonce,
                &server,
            );
            ensure!(
                again.content_digest == get(4)
                    && again.signature_input == get(5)
                    && again.signature == get(6),
                "a request verified that its signer would have spelt otherwise"
            );
        }
        return Ok(());
    }
    let nonce = get(4);
    let created = get(5).parse::<u64>().unwrap_or(NOW);
    let headers = request_sig::sign(&f.organiser, &parts, created, nonce, &server);
    let check = |parts: &RequestParts<'_>, now: u64, server: &str| {
        request_sig::verify(
            parts,
            Some(&headers.content_digest),
            Some(&headers.signature_input),
            Some(&headers.signature),
            now,
            &organisers,
            server,
        )
    };
    match check(&parts, created, &server) {
        Ok(verified) => {
            ensure!(valid_nonce(nonce), "verified with a bad nonce {nonce:?}");
            ensure!(
                verified.nonce == nonce && verified.created == created,
                "verified different parameters"
            );
        }
        Err(e) => {
            ensure!(!valid_nonce(nonce), "own signed request refused: {e}");
            return Ok(());
        }
    }
    let mut body = parts.body.to_vec();
    body.push(b'!');
    let tampered = RequestParts {
        body: &body,
        ..parts
    };
    ensure!(
        check(&tampered, created, &server).err() == Some(AuthError::BadDigest),
        "a changed body must fail the digest"
    );
    ensure!(
        check(&parts, created, "caucus-srv1:elsewhere").err() == Some(AuthError::WrongServer),
        "a request for another server must be refused"
    );
    if let Some(late) = created.checked_add(MAX_SKEW + 1) {
        ensure!(
            check(&parts, late, &server).err() == Some(AuthError::Stale),
            "a stale request must be refused"
        );
    }
    Ok(())
}
