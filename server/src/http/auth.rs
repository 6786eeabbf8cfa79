//! `SignedAdmin`: an extractor that admits a request only if an organiser
//! key signed it (see `caucus_core::request_sig`) and its nonce is new.
//!
//! The nonce is recorded through the commit thread, durably, so a replay is
//! refused even after a restart; nothing else is written before the
//! signature has checked out.

use std::future::Future;
use std::pin::Pin;

use actix_web::{web, FromRequest, HttpRequest};
use caucus_core::request_sig::{self, RequestParts, MAX_SKEW};
use caucus_core::OrganiserPublicKey;

use crate::error::AppError;
use crate::state::{unix_now, AppState};
use crate::writes::commit::{Outcome, Write};

/// Largest admin body: a survey file, or a release (a report with its
/// comments).
pub const ADMIN_BODY_LIMIT: usize = 2 * 1024 * 1024;

const DAY: u64 = 86_400;

pub struct SignedAdmin {
    pub body: web::Bytes,
    pub organiser: OrganiserPublicKey,
}

impl FromRequest for SignedAdmin {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let req = req.clone();
        let body = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let body = body.await.map_err(|_| AppError::TooLarge)?;
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| AppError::Internal(anyhow::anyhow!("no app state")))?;
            let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
            let now = unix_now();
            let server = state.server_key.public().to_string();
            let verified = request_sig::verify(
                &RequestParts {
                    method: req.method().as_str(),
                    path: req.path(),
                    query: req.query_string(),
                    body: &body,
                },
                header("content-digest"),
                header("signature-input"),
                header("signature"),
                now,
                &state.organisers,
                &server,
            )?;
            let nonce = Write::Nonce {
                nonce: verified.nonce,
                // Kept to the end of the day the window closes in, so the
                // disk never holds a time finer than a day, even of an
                // organiser's request.
                expires: (verified.created + MAX_SKEW + 1).div_ceil(DAY) * DAY,
                now,
            };
            match state.committer.commit(nonce).await {
                Ok(Outcome::Done) => Ok(Self {
                    body,
                    organiser: verified.organiser,
                }),
                Ok(_) => Err(AppError::Replayed),
                Err(e) => Err(crate::writes::submit::commit_error(e)),
            }
        })
    }
}
