//! Security headers on every response.
//!
//! Each header says what it protects and where it is specified.

use actix_web::middleware::DefaultHeaders;

/// Added to every response unless a handler set the header itself.
pub fn headers() -> DefaultHeaders {
    DefaultHeaders::new()
        // CSP Level 3 (W3C): no script at all, styles and images only from
        // us (data: images are inline, no fetch: the empty favicon that
        // stops browsers asking for /favicon.ico), forms post only to us, no
        // framing (clickjacking), no <base>.
        .add((
            "Content-Security-Policy",
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
             frame-ancestors 'none'; base-uri 'none'",
        ))
        // Referrer Policy (W3C): an invite link must never leak in a Referer.
        .add(("Referrer-Policy", "no-referrer"))
        // Fetch standard: no MIME sniffing of our responses.
        .add(("X-Content-Type-Options", "nosniff"))
        // RFC 7034: framing refused, for browsers without CSP frame-ancestors.
        .add(("X-Frame-Options", "DENY"))
        // HTML standard: a page we link to cannot reach back into ours.
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        // Fetch standard: other origins cannot embed our responses.
        .add(("Cross-Origin-Resource-Policy", "same-origin"))
        // Permissions Policy (W3C): no powerful features for any page.
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ))
        // RFC 9111: pages carry invites and receipts; never keep them in a
        // shared or on-disk cache. The stylesheet sets its own policy.
        .add(("Cache-Control", "no-store"))
}
