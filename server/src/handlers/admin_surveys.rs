//! The admin API: every handler takes a [`SignedAdmin`], so none runs
//! for a request an organiser key did not sign.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use caucus_core::encoding::{b64url, fixed_b64url};
use caucus_core::{CampaignId, Survey};
use serde_json::json;

use crate::error::AppError;
use crate::http::auth::SignedAdmin;
use crate::state::AppState;
use crate::store::response_files::Rewritten;
use crate::store::{today, SurveyRecord, SurveyState};
use crate::writes::commit::{Outcome, Write};
use crate::writes::reshuffle;
use crate::writes::submit::{commit_error, find_survey, parse_id};

const PAGE_DEFAULT: usize = 500;
const PAGE_MAX: usize = 2000;

#[post("/api/v1/admin/surveys")]
pub async fn create(
    state: web::Data<AppState>,
    signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    let text = std::str::from_utf8(&signed.body)
        .map_err(|_| AppError::BadRequest("the survey file must be UTF-8 text".into()))?;
    let survey = Survey::from_toml(text)?;
    let id = CampaignId::random(&mut rand::rngs::OsRng);
    let record = SurveyRecord::open_now(survey);
    let title = record.survey.title.clone();
    let outcome = state
        .committer
        .commit(Write::CreateSurvey { id, record })
        .await
        .map_err(commit_error)?;
    if outcome != Outcome::Done {
        // 128 random bits: never in practice, but never a silent overwrite.
        return Err(AppError::Internal(anyhow::anyhow!(
            "a new survey id was already taken"
        )));
    }
    log::info!("survey created");
    Ok(HttpResponse::Created().json(json!({"id": id.to_string(), "title": title})))
}

#[post("/api/v1/admin/surveys/{id}/close")]
pub async fn close(
    state: web::Data<AppState>,
    id: web::Path<String>,
    _signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    set_state(&state, &id, SurveyState::Closed).await
}

/// Take answers again after a close. Earlier releases stay registered, and
/// the next one must be at least k responses away from each of them.
#[post("/api/v1/admin/surveys/{id}/reopen")]
pub async fn reopen(
    state: web::Data<AppState>,
    id: web::Path<String>,
    _signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    set_state(&state, &id, SurveyState::Open).await
}

async fn set_state(state: &AppState, id: &str, to: SurveyState) -> Result<HttpResponse, AppError> {
    let id = parse_id(id)?;
    let write = Write::SetSurveyState {
        id,
        to,
        on: today(),
    };
    let mut body = json!({"id": id.to_string(), "state": to});
    match state.committer.commit(write).await.map_err(commit_error)? {
        // Closed: before answering, the responses are stored again in
        // random order, so a copy of the disk from now on pairs none of
        // them with its invite (see `writes::reshuffle`).
        Outcome::Done if to == SurveyState::Closed => {
            let moved = reshuffle::survey(&state.store, &state.committer, &id).await?;
            log::info!("survey closed; {moved} responses stored again in random order");
        }
        Outcome::Done => {}
        Outcome::Unchanged => {
            body["message"] = json!(format!(
                "it was already {}",
                body["state"].as_str().unwrap_or("")
            ))
        }
        Outcome::Shredded(day) => return Err(AppError::Shredded(day)),
        _ => return Err(AppError::NotFound),
    }
    Ok(HttpResponse::Ok().json(body))
}

#[get("/api/v1/admin/surveys/{id}")]
pub async fn status(
    state: web::Data<AppState>,
    id: web::Path<String>,
    _signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    let id = parse_id(&id)?;
    let record = find_survey(&state, &id)?;
    Ok(HttpResponse::Ok().json(json!({
        "id": id.to_string(),
        "title": record.survey.title,
        "state": record.state,
        "responses": state.store.response_count(&id)?,
        "created_on": record.created_on,
        "closed_on": record.closed_on,
        "short_invites": record.short_invites,
        "ticket_key": crate::handlers::tickets::ticket_key(&state, &id)?,
        "shredded_on": record.shredded_on,
        "survey": record.survey,
    })))
}

/// The sealed ballot box, a page at a time. Only for a closed survey: while
/// answers still arrive, two downloads could be compared to isolate one.
#[get("/api/v1/admin/surveys/{id}/sealed")]
pub async fn sealed(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    _signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    let id = parse_id(&id)?;
    let record = find_survey(&state, &id)?;
    if record.state == SurveyState::Open {
        return Err(AppError::StillOpen);
    }
    if let Some(day) = &record.shredded_on {
        return Err(AppError::Shredded(day.clone()));
    }
    // A rewrite under way (a crash cut a close's rewrite short, until the
    // sweep at start ends it) replaces the file a download pages through.
    if state.store.keys.rewrap_under_way(&id)? {
        return Err(AppError::Busy);
    }
    let query: Vec<(String, String)> = serde_urlencoded::from_str(req.query_string())
        .map_err(|_| AppError::BadRequest("malformed query string".into()))?;
    let mut cursor = None;
    let mut limit = PAGE_DEFAULT;
    for (name, value) in &query {
        match name.as_str() {
            "cursor" => {
                let bytes: [u8; 16] = fixed_b64url(value).ok_or_else(|| {
                    AppError::BadRequest("cursor: not a cursor from an earlier page".into())
                })?;
                cursor = Some(bytes);
            }
            "limit" => {
                limit = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=PAGE_MAX).contains(n))
                    .ok_or_else(|| {
                        AppError::BadRequest(format!("limit: must be 1 to {PAGE_MAX}"))
                    })?;
            }
            other => {
                return Err(AppError::BadRequest(format!(
                    "unknown query parameter `{other}`"
                )))
            }
        }
    }
    let page = state
        .store
        .sealed_page(&id, cursor.as_ref(), limit)
        .map_err(|err| match err.downcast::<Rewritten>() {
            Ok(rewritten) => AppError::StaleCursor(rewritten),
            Err(other) => AppError::Internal(other),
        })?;
    Ok(HttpResponse::Ok().json(json!({
        "sealed": page.sealed.iter().map(|s| b64url(s)).collect::<Vec<_>>(),
        "next": page.next.map(|n| b64url(&n)),
    })))
}
