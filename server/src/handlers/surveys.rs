//! The public JSON API: a survey's definition and taking a response.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use std::collections::BTreeMap;

use caucus_core::survey::{Question, SurveyTranslation};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::AppError;
use crate::http::privacy_pass;
use crate::state::AppState;
use crate::store::SurveyState;
use crate::writes::credential::challenge;
use crate::writes::submit::{find_survey, open_survey, parse_id, submit};

#[derive(Serialize)]
struct PublicSurvey<'a> {
    id: String,
    title: &'a str,
    description: &'a str,
    min_group: u32,
    state: SurveyState,
    /// Short invite codes registered: the same number for everyone.
    short_invites: u64,
    /// The campaign's Privacy Pass issuer key (null once destroyed).
    ticket_key: Value,
    questions: &'a [Question],
    /// The language the survey is written in, and its text in others.
    lang: &'a str,
    translations: &'a BTreeMap<String, SurveyTranslation>,
}

#[get("/api/v1/surveys/{id}")]
pub async fn survey(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = parse_id(&id)?;
    let record = find_survey(&state, &id)?;
    Ok(HttpResponse::Ok().json(PublicSurvey {
        id: id.to_string(),
        title: &record.survey.title,
        description: &record.survey.description,
        min_group: record.survey.min_group,
        state: record.state,
        short_invites: record.short_invites,
        ticket_key: crate::handlers::tickets::ticket_key(&state, &id)?,
        questions: &record.survey.questions,
        lang: &record.survey.lang,
        translations: &record.survey.translations,
    }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResponseBody {
    /// An invite code, or instead a ticket here or in an RFC 9577
    /// `Authorization: PrivateToken` header.
    invite: Option<String>,
    ticket: Option<String>,
    answers: Value,
}

#[post("/api/v1/surveys/{id}/responses")]
pub async fn respond(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    body: web::Json<ResponseBody>,
) -> Result<HttpResponse, AppError> {
    let id = parse_id(&id)?;
    let host = privacy_pass::host(&req);
    let credential =
        match privacy_pass::credential(&req, body.ticket.as_deref(), body.invite.as_deref())
            .map_err(|e| state.flood.refuse(&id, e))?
        {
            Some(credential) => credential,
            // Asking for the challenge is how a stock client starts: not a
            // failure. A closed or unknown survey says so instead.
            None => {
                open_survey(&state, &id)?;
                return Err(challenge(&state, &id, &host));
            }
        };
    let receipt = submit(&state, &id, &credential, &host, &body.answers).await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "receipt": receipt })))
}

/// The key that signs receipts, so anyone can check one.
#[get("/api/v1/server")]
pub async fn server_info(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({
        "server_key": state.server_key.public().to_string(),
        "version": env!("CARGO_PKG_VERSION"),
    }))
}

#[get("/healthz")]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("ok\n")
}
