//! The admin API: every handler takes a [`SignedAdmin`], so none runs
//! for a request an organiser key did not sign.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use caucus_core::encoding::{b64url, fixed_b64url};
use caucus_core::log::entry::{Entry, Header};
use caucus_core::statement::Statement;
use caucus_core::{CampaignId, Survey};
use serde_json::json;

use crate::auth::SignedAdmin;
use crate::commit::{Outcome, Write};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::statements::StatementRecord;
use crate::store::{today, SurveyRecord, SurveyState};
use crate::submit::{commit_error, find_survey, parse_id};

const PAGE_DEFAULT: usize = 500;
const PAGE_MAX: usize = 2000;

#[post("/api/v1/admin/surveys")]
async fn create(state: web::Data<AppState>, signed: SignedAdmin) -> Result<HttpResponse, AppError> {
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
async fn close(
    state: web::Data<AppState>,
    id: web::Path<String>,
    _signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    set_state(&state, &id, SurveyState::Closed).await
}

/// Take answers again after a close. Earlier releases stay registered, and
/// the next one must be at least k responses away from each of them.
#[post("/api/v1/admin/surveys/{id}/reopen")]
async fn reopen(
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
async fn status(
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
        "shredded_on": record.shredded_on,
        "survey": record.survey,
    })))
}

/// The sealed ballot box, a page at a time. Only for a closed survey: while
/// answers still arrive, two downloads could be compared to isolate one.
#[get("/api/v1/admin/surveys/{id}/sealed")]
async fn sealed(
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
        .sealed_page(&id, cursor.as_ref().map(|c| c.as_slice()), limit)?;
    Ok(HttpResponse::Ok().json(json!({
        "sealed": page.sealed.iter().map(|s| b64url(s)).collect::<Vec<_>>(),
        "next": page.next.map(|n| b64url(&n)),
    })))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct NewStatement {
    /// The statement file (TOML).
    statement: String,
    /// Leaf 0 of its log, made and signed by the organiser's CLI.
    header: String,
}

/// A new statement. The CLI picks the id and signs the header (the server
/// holds no organiser key); the server checks the header says exactly what
/// the file says and is signed by an organiser.
#[post("/api/v1/admin/statements")]
async fn create_statement(
    state: web::Data<AppState>,
    signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    let request: NewStatement = serde_json::from_slice(&signed.body).map_err(|e| {
        AppError::BadRequest(format!(
            "expected {{\"statement\": ..., \"header\": ...}}: {e}"
        ))
    })?;
    let statement = Statement::from_toml(&request.statement)?;
    let parsed = Entry::parse(request.header.as_bytes(), 0)
        .map_err(|e| AppError::BadRequest(format!("header: {e}")))?;
    let Entry::Header(header) = parsed else {
        return Err(AppError::BadRequest(
            "header: not a statement header".into(),
        ));
    };
    if !state.organisers.contains(&header.organiser) {
        return Err(AppError::BadRequest(
            "header: not signed by an organiser key of this server".into(),
        ));
    }
    if *header != Header::new(header.statement, &statement, &header.organiser) {
        return Err(AppError::BadRequest(
            "header: does not match the statement file".into(),
        ));
    }
    let id = header.statement;
    let record = StatementRecord::new(statement);
    let write = Write::CreateStatement {
        id,
        record,
        header: request.header.into_bytes(),
    };
    match state.committer.commit(write).await.map_err(commit_error)? {
        Outcome::Done => Ok(HttpResponse::Created().json(json!({"id": id.to_string()}))),
        _ => Err(AppError::BadRequest(
            "a statement with this id exists already".into(),
        )),
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct NewStrike {
    /// The strike entry, made and signed by the organiser's CLI.
    strike: String,
}

/// Strike a named signature shown to be false. The entry is signed by the
/// organiser key of the statement's header (the request's own signature
/// says only that some organiser of this server sent it), so every
/// verifier can check who struck whom.
#[post("/api/v1/admin/statements/{id}/strikes")]
async fn strike(
    state: web::Data<AppState>,
    id: web::Path<String>,
    signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    let id = parse_id(&id)?;
    state.store.statement(&id)?.ok_or(AppError::NotFound)?;
    let request: NewStrike = serde_json::from_slice(&signed.body)
        .map_err(|e| AppError::BadRequest(format!("expected {{\"strike\": ...}}: {e}")))?;
    let Ok(Entry::Strike(strike)) = Entry::parse(request.strike.as_bytes(), 1) else {
        return Err(AppError::BadRequest(
            "strike: not a strike entry signed by the organiser key it names".into(),
        ));
    };
    if strike.statement != id {
        return Err(AppError::BadRequest(
            "strike: made for another statement".into(),
        ));
    }
    let header = state.store.log_entries(&id, 0, 1)?;
    let organiser = match header.first().map(|h| Entry::parse(h, 0)) {
        Some(Ok(Entry::Header(header))) => header.organiser,
        _ => {
            return Err(AppError::Internal(anyhow::anyhow!(
                "statement header unreadable"
            )))
        }
    };
    if strike.organiser != organiser {
        return Err(AppError::NotHeaderOrganiser);
    }
    let write = Write::Strike {
        id,
        target: strike.entry,
        entry: request.strike.into_bytes(),
    };
    match state.committer.commit(write).await.map_err(commit_error)? {
        Outcome::Appended(index) => {
            log::info!("a named signature was struck");
            Ok(HttpResponse::Created().json(json!({"struck": strike.entry, "entry": index})))
        }
        Outcome::Spent => Err(AppError::AlreadyStruck),
        Outcome::NotNamed => Err(AppError::BadRequest(
            "strike: the entry is not a named signature (an anonymous one has no name)".into(),
        )),
        _ => Err(AppError::NotFound),
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(create)
        .service(close)
        .service(reopen)
        .service(status)
        .service(sealed)
        .service(create_statement)
        .service(strike);
}
