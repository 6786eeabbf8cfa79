//! The ticket page a survey or statement page links to ("Trade it for an
//! anonymous ticket first"): the one page that loads the pages' script
//! (see `http::page_script`), which trades the invite for a blind ticket
//! in the browser. Kept apart so that the pages people answer on stay
//! light and script-free; with JavaScript off this page says how to get a
//! ticket from a terminal, or to go back and use the invite as it is.
//! Its "answer now" form posts the ticket here, and the survey form or the
//! statement's signing forms come back carrying it.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use caucus_core::{CampaignId, InviteError};
use minijinja::{context, Value};

use crate::error::AppError;
use crate::handlers::html::{campaign_language, form_pairs, form_value, page, render_in};
use crate::handlers::signing_form::Typed;
use crate::handlers::statement_pages::{statement_page, Shown};
use crate::handlers::survey_pages::{survey_form, Filled, FormCredential};
use crate::handlers::tickets::offer;
use crate::http::{page_script, privacy_pass};
use crate::state::AppState;
use crate::store::statements::StatementRecord;
use crate::store::SurveyRecord;
use crate::writes::signing::open_statement;
use crate::writes::submit::{open_survey, parse_id, verify_invite};

/// The open campaign a ticket page is for: `page` is `s` (a survey) or
/// `st` (a statement), as in its address.
enum Campaign {
    Survey(Arc<SurveyRecord>),
    Statement(Arc<StatementRecord>),
}

impl Campaign {
    fn open(state: &AppState, page: &str, id: &CampaignId) -> Result<Self, AppError> {
        Ok(match page {
            "s" => Self::Survey(open_survey(state, id)?),
            _ => Self::Statement(open_statement(state, id)?),
        })
    }

    /// The campaign's languages, its file's own first.
    fn languages(&self) -> Vec<&str> {
        match self {
            Self::Survey(record) => record.survey.languages(),
            Self::Statement(record) => record.statement.languages(),
        }
    }

    fn title(&self, lang: &str) -> String {
        match self {
            Self::Survey(record) => record.survey.title_in(lang).text,
            Self::Statement(record) => record.statement.title_in(lang).text,
        }
    }
}

async fn ticket_page(
    state: &AppState,
    req: &HttpRequest,
    page: &str,
    id: &str,
) -> Result<HttpResponse, AppError> {
    let id = parse_id(id)?;
    let campaign = Campaign::open(state, page, &id)?;
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
    let invite = form_value(&pairs, "invite").ok_or(AppError::Invite(InviteError::Missing))?;
    // As on the survey page: whether it was used is not said here.
    verify_invite(state, &id, &invite)
        .await
        .map_err(|e| state.flood.refuse(&id, e))?;
    let host = privacy_pass::host(req);
    let offer = offer(state, &id, &host, page, &invite)?;
    if offer.is_null() {
        return Err(AppError::Closed);
    }
    let link = format!("{}/{page}/{id}?invite={invite}", privacy_pass::origin(req));
    let language = campaign_language(&campaign.languages());
    let html = render_in(
        state,
        StatusCode::OK,
        "ticket.html",
        context! {
            id => id.to_string(), title => campaign.title(&language.content), page, link,
            offer => Value::from_serialize(&offer),
        },
        &language,
    );
    Ok(page_script::allow(html))
}

#[get("/s/{id}/ticket")]
pub async fn survey_ticket(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
) -> HttpResponse {
    page(&state, &req, ticket_page(&state, &req, "s", &id).await)
}

#[get("/st/{id}/ticket")]
pub async fn statement_ticket(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
) -> HttpResponse {
    page(&state, &req, ticket_page(&state, &req, "st", &id).await)
}

/// "Answer now" or "Sign now": the survey form, or the statement's
/// signing forms, carrying the ticket the form posts.
fn with_ticket(
    state: &AppState,
    req: &HttpRequest,
    body: &[u8],
    page: &str,
    id: &str,
) -> Result<HttpResponse, AppError> {
    let id = parse_id(id)?;
    let campaign = Campaign::open(state, page, &id)?;
    let ticket = form_value(&form_pairs(req, body)?, "ticket")
        .ok_or_else(|| AppError::BadRequest("the form carries no ticket".into()))?;
    Ok(match campaign {
        Campaign::Survey(record) => {
            let ticket = FormCredential::Ticket(ticket);
            survey_form(
                state,
                StatusCode::OK,
                &id,
                &record,
                &ticket,
                &Filled::default(),
            )
        }
        Campaign::Statement(record) => statement_page(
            state,
            req,
            StatusCode::OK,
            &id,
            &record,
            &Shown::Ticket(ticket),
            &Typed::default(),
        ),
    })
}

#[post("/s/{id}/ticket")]
pub async fn survey_with_ticket(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    body: web::Bytes,
) -> HttpResponse {
    page(&state, &req, with_ticket(&state, &req, &body, "s", &id))
}

#[post("/st/{id}/ticket")]
pub async fn statement_with_ticket(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    body: web::Bytes,
) -> HttpResponse {
    page(&state, &req, with_ticket(&state, &req, &body, "st", &id))
}
