//! Reading request bodies: every body is read here, before routing, with a
//! size cap and a deadline, so no handler ever waits on a client.
//!
//! actix-web bounds only the request head (`client_request_timeout`) and
//! idle keep-alive; nothing bounds the body. A client that announces a
//! Content-Length and then sends a byte a minute (or nothing) would hold
//! its connection and a buffer forever. Here the whole body must arrive
//! within [`BODY_DEADLINE`] or the answer is 408 and the connection is
//! closed; a body over the route's cap is refused with 413 as soon as it is
//! announced or exceeded. Both answers use the one error shape (JSON on
//! `/api`, the error page elsewhere).

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use actix_web::body::{to_bytes_limited, BodySize, BodyStream, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::CONTENT_LENGTH;
use actix_web::middleware::Next;
use actix_web::web::Bytes;
use actix_web::{web, HttpMessage, HttpResponse, ResponseError};

use crate::error::AppError;
use crate::state::AppState;

/// The time a whole request body has to arrive, from the end of its head.
/// The largest public body (64 KiB) needs only 6.4 KiB/s to make it; an
/// organiser uploading a 2 MiB release over a slow Tor circuit gets the
/// admin deadline.
pub const BODY_DEADLINE: Duration = Duration::from_secs(10);
/// The deadline for signed admin requests, whose bodies may be 32 times
/// larger.
pub const ADMIN_BODY_DEADLINE: Duration = Duration::from_secs(60);
/// The deadline for a statement's reveal, whose body holds every name at
/// once (up to 16 MiB: about 100 KiB/s, a slow Tor circuit).
pub const REVEAL_BODY_DEADLINE: Duration = Duration::from_secs(180);

const ADMIN_PREFIX: &str = "/api/v1/admin/";

/// Signed organiser requests get the admin cap and deadline; everything
/// else, including an unsigned request to an admin path, the public ones,
/// so nobody can make the server hold 2 MiB for a minute without a
/// signature header (the signature itself is checked after the body). A
/// reveal, whose body may be 8 times larger again, gets its cap only once
/// the signature over its head checks out.
fn limits(req: &ServiceRequest) -> (usize, Duration) {
    let signed =
        req.path().starts_with(ADMIN_PREFIX) && req.headers().contains_key("signature-input");
    let reveal =
        req.path().starts_with("/api/v1/admin/statements/") && req.path().ends_with("/reveal");
    if signed && reveal && signed_by_organiser(req) {
        (
            crate::handlers::reveal::REVEAL_BODY_LIMIT,
            REVEAL_BODY_DEADLINE,
        )
    } else if signed {
        (crate::http::auth::ADMIN_BODY_LIMIT, ADMIN_BODY_DEADLINE)
    } else {
        (
            crate::JSON_LIMIT.max(caucus_core::form::FORM_LIMIT),
            BODY_DEADLINE,
        )
    }
}

/// Whether an organiser key signed this request's head (its method, path,
/// query and `Content-Digest`), fresh and for this server: checked before
/// a body larger than any other is read, so only an organiser can make
/// the server hold one. The body, the digest and the nonce are checked
/// afterwards as for every admin request (`SignedAdmin`).
fn signed_by_organiser(req: &ServiceRequest) -> bool {
    let Some(state) = req.app_data::<web::Data<AppState>>() else {
        return false;
    };
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    let parts = caucus_core::request_sig::RequestParts {
        method: req.method().as_str(),
        path: req.path(),
        query: req.query_string(),
        body: &[],
    };
    caucus_core::request_sig::verify_head(
        &parts,
        header("content-digest"),
        header("signature-input"),
        header("signature"),
        crate::state::unix_now(),
        &state.organisers,
        &state.server_key.public().to_string(),
    )
    .is_ok()
}

/// Middleware: read the body within its deadline and cap, then hand the
/// buffered bytes on to the handler's extractors.
pub async fn read_in_time(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse, actix_web::Error> {
    let (cap, deadline) = limits(&req);
    let announced = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > cap as u64) {
        let payload = req.take_payload();
        return Ok(refuse(req, payload, AppError::TooLarge));
    }
    let mut payload = req.take_payload();
    let read = to_bytes_limited(BodyStream::new(&mut payload), cap);
    let body = match actix_web::rt::time::timeout(deadline, read).await {
        Err(_elapsed) => return Ok(refuse(req, payload, AppError::BodyTimeout)),
        Ok(Err(_over_cap)) => return Ok(refuse(req, payload, AppError::TooLarge)),
        Ok(Ok(Err(_broken))) => {
            let err = AppError::BadRequest("the request body could not be read".into());
            return Ok(refuse(req, payload, err));
        }
        Ok(Ok(Ok(body))) => body,
    };
    req.set_payload(body.into());
    Ok(next.call(req).await?.map_into_boxed_body())
}

fn refuse(req: ServiceRequest, unread: Payload, err: AppError) -> ServiceResponse {
    let (req, _) = req.into_parts();
    let response = if req.path().starts_with("/api/") {
        err.error_response()
    } else {
        match req.app_data::<web::Data<AppState>>() {
            Some(state) => crate::handlers::html::error_page(state, req.path(), &err),
            None => err.error_response(),
        }
    };
    ServiceResponse::new(req, close(response, unread))
}

/// The unread rest of the body must not be parsed as a next request: the
/// connection closes after the answer. actix closes it only if the request
/// payload is still held when the answer is sent; a dropped chunked
/// payload would instead be drained for as long as the client sends.
fn close(mut response: HttpResponse, unread: Payload) -> HttpResponse {
    response
        .head_mut()
        .set_connection_type(actix_web::http::ConnectionType::Close);
    let (response, body) = response.into_parts();
    match body.try_into_bytes() {
        Ok(bytes) => response
            .set_body(Holding {
                len: bytes.len() as u64,
                bytes: Some(bytes),
                _unread: unread,
            })
            .map_into_boxed_body(),
        Err(body) => response.set_body(body),
    }
}

/// A refusal's body that holds the unread request payload until it has
/// been sent (see [`close`]).
struct Holding {
    len: u64,
    bytes: Option<Bytes>,
    _unread: Payload,
}

impl MessageBody for Holding {
    type Error = std::convert::Infallible;

    fn size(&self) -> BodySize {
        BodySize::Sized(self.len)
    }

    fn poll_next(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, Self::Error>>> {
        Poll::Ready(self.get_mut().bytes.take().map(Ok))
    }
}
