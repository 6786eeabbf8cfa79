//! Organisers register short invite codes (signed, [`SignedAdmin`]): the
//! hashes of the codes one run of `caucus invites` made, for a survey or a
//! statement. The server never sees a code before it is used, so it still
//! cannot mint one; the signed batches are what make a code valid.

use actix_web::{post, web, HttpResponse};
use caucus_core::encoding::fixed_b64url;
use caucus_core::CampaignId;
use serde::Deserialize;
use serde_json::json;

use crate::error::AppError;
use crate::http::auth::SignedAdmin;
use crate::state::AppState;
use crate::store::today;
use crate::writes::commit::{Outcome, Write};
use crate::writes::submit::{commit_error, parse_id};

/// Most hashes in one request: 20,000 base64url hashes are about 900 KiB
/// of JSON, under the admin body limit; the CLI sends larger runs in
/// several batches.
pub const MAX_HASHES: usize = 20_000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewInvites {
    /// base64url of SHA-256 hashes of short codes (see protocol.md).
    hashes: Vec<String>,
}

#[post("/api/v1/admin/surveys/{id}/invites")]
pub async fn survey_invites(
    state: web::Data<AppState>,
    id: web::Path<String>,
    signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    let id = parse_id(&id)?;
    state.store.survey(&id)?.ok_or(AppError::NotFound)?;
    register(&state, id, &signed.body).await
}

#[post("/api/v1/admin/statements/{id}/invites")]
pub async fn statement_invites(
    state: web::Data<AppState>,
    id: web::Path<String>,
    signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    let id = parse_id(&id)?;
    state.store.statement(&id)?.ok_or(AppError::NotFound)?;
    register(&state, id, &signed.body).await
}

async fn register(state: &AppState, id: CampaignId, body: &[u8]) -> Result<HttpResponse, AppError> {
    let request: NewInvites = serde_json::from_slice(body)
        .map_err(|e| AppError::BadRequest(format!("expected {{\"hashes\": [...]}}: {e}")))?;
    if request.hashes.is_empty() || request.hashes.len() > MAX_HASHES {
        return Err(AppError::BadRequest(format!(
            "hashes: 1 to {MAX_HASHES} per request (send more in several)"
        )));
    }
    let hashes = request
        .hashes
        .iter()
        .enumerate()
        .map(|(i, h)| {
            fixed_b64url::<32>(h).ok_or_else(|| {
                AppError::BadRequest(format!("hashes[{i}]: not base64url of 32 bytes"))
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let write = Write::AddInvites {
        id,
        hashes,
        today: today(),
    };
    match state.committer.commit(write).await.map_err(commit_error)? {
        Outcome::Added { added, total } => {
            log::info!("short invites registered");
            Ok(HttpResponse::Created().json(json!({"added": added, "short_invites": total})))
        }
        Outcome::Closed => Err(AppError::Closed),
        Outcome::Shredded(day) => Err(AppError::Shredded(day)),
        _ => Err(AppError::NotFound),
    }
}
