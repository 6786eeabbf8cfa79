//! RFC 9577 on the wire: where a ticket arrives (an `Authorization:
//! PrivateToken` header, or a `ticket` field), and the address a
//! campaign's challenge names. The challenge names the host the person
//! uses, so a ticket obtained at one address (say, the onion service) is
//! redeemed at the same one.

use actix_web::http::header::AUTHORIZATION;
use actix_web::HttpRequest;

use crate::error::AppError;
use crate::writes::credential::Credential;

/// The host this request was addressed to, as a challenge names it.
pub fn host(req: &HttpRequest) -> String {
    req.connection_info().host().to_string()
}

/// This server as the person reached it (`https://host`), for commands a
/// page prints for them to run against it.
pub fn origin(req: &HttpRequest) -> String {
    let info = req.connection_info();
    format!("{}://{}", info.scheme(), info.host())
}

/// The credential a request shows, from its `Authorization` header or its
/// `ticket` and `invite` fields (see [`Credential::choose`]).
pub fn credential(
    req: &HttpRequest,
    ticket: Option<&str>,
    invite: Option<&str>,
) -> Result<Option<Credential>, AppError> {
    Credential::choose(authorization(req), ticket, invite)
}

/// The `Authorization` header, where a ticket may arrive.
pub fn authorization(req: &HttpRequest) -> Option<&str> {
    req.headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
}
