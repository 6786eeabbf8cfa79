//! The pages' one script, `static/ticket.js` ("Get an anonymous ticket"),
//! and the Content-Security-Policy of the pages that load it.
//!
//! Every other page runs no script at all (see `security`). The script is
//! built from locked npm packages by `web/build.mjs` and committed; the
//! pages that offer a ticket load it with its SRI hash, and their policy
//! allows that hash and nothing else (CSP Level 3, hash-source matching an
//! external script with an `integrity` attribute), with `connect-src
//! 'self'` so it may ask this server, and no other, for a ticket. A
//! browser that does not run it shows the same page, which works as it
//! does with JavaScript off.

use std::sync::OnceLock;

use actix_web::http::header::{HeaderValue, CONTENT_SECURITY_POLICY};
use actix_web::HttpResponse;
use sha2::{Digest, Sha384};

pub const SCRIPT: &[u8] = include_bytes!("../../static/ticket.js");

/// `sha384-<base64>`, the script's SRI value and CSP hash-source.
pub fn integrity() -> &'static str {
    static VALUE: OnceLock<String> = OnceLock::new();
    VALUE.get_or_init(|| {
        format!(
            "sha384-{}",
            caucus_core::encoding::b64std(&Sha384::digest(SCRIPT))
        )
    })
}

/// The policy of a page that loads the script: the default one (see
/// `security`) plus this one script, and requests to this server only.
pub fn policy() -> String {
    format!(
        "default-src 'none'; script-src '{}'; connect-src 'self'; style-src 'self'; \
         img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        integrity()
    )
}

/// Give a rendered page that loads the script the policy that allows it.
pub fn allow(mut response: HttpResponse) -> HttpResponse {
    if let Ok(value) = HeaderValue::from_str(&policy()) {
        response
            .headers_mut()
            .insert(CONTENT_SECURITY_POLICY, value);
    }
    response
}
