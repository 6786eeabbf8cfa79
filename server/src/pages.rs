//! The HTML pages respondents see. Plain forms, no script, no cookie.
//!
//! Errors on these routes render the error page (same status codes as the
//! API); a form with invalid answers comes back filled in, with every
//! problem named next to its question.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use caucus_core::form::FormError;
use caucus_core::survey::{Question, QuestionKind, LIKERT_LABELS};
use caucus_core::{AnswerError, CampaignId, Receipt};
use minijinja::{context, Value};
use serde::Serialize;

use crate::error::AppError;
use crate::render::markdown;
use crate::state::AppState;
use crate::store::SurveyRecord;
use crate::submit::{open_survey, parse_id, submit, verify_invite};

pub use caucus_core::form::FORM_LIMIT;

fn html(status: StatusCode, body: String) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body)
}

pub fn render(state: &AppState, status: StatusCode, name: &str, ctx: Value) -> HttpResponse {
    match state.templates.render(name, ctx) {
        Ok(body) => html(status, body),
        Err(err) => {
            log::error!("rendering {name}: {err:#}");
            HttpResponse::InternalServerError()
                .content_type("text/plain; charset=utf-8")
                .body("internal error")
        }
    }
}

/// The error page for an error on an HTML route.
pub fn error_page(state: &AppState, err: &AppError) -> HttpResponse {
    use actix_web::ResponseError;
    if let AppError::Internal(cause) = err {
        log::error!("internal error: {cause:#}");
    }
    let (title, advice) = match err.code() {
        "not_found" | "no_route" => (
            "Not found",
            "Check the link you were given; it may have been cut short.",
        ),
        "invite_invalid" => (
            "This invite code does not work",
            "Copy the whole link or code again, or ask an organiser for a new one.",
        ),
        "invite_forged" => (
            "This invite is not for this survey",
            "Invites belong to one survey. Ask an organiser, in person, for the right one.",
        ),
        "invite_spent" => (
            "This invite has already been used",
            "Each invite counts once. If you did not use it yourself, tell an organiser in person.",
        ),
        "closed" => (
            "This is closed",
            "Answers and signatures are no longer taken. Results are shared by the organisers.",
        ),
        _ => ("Something went wrong", "Please try again in a moment."),
    };
    let mut response = render(
        state,
        err.status_code(),
        "error.html",
        context! { title, message => err.message(), advice, status => err.status_code().as_u16() },
    );
    err.add_headers(&mut response);
    response
}

/// An HTML route's answer: its page, or the error page for what went wrong.
pub fn page(state: &AppState, result: Result<HttpResponse, AppError>) -> HttpResponse {
    result.unwrap_or_else(|err| error_page(state, &err))
}

/// A non-blank form or query field, trimmed.
pub fn form_value(pairs: &[(String, String)], name: &str) -> Option<String> {
    caucus_core::form::value(pairs, name)
}

/// The fields of an HTML form post, after checking its type and size.
pub fn form_pairs(req: &HttpRequest, body: &[u8]) -> Result<Vec<(String, String)>, AppError> {
    let form_type = req
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !form_type {
        return Err(AppError::UnsupportedMedia(
            "an HTML form (application/x-www-form-urlencoded)",
        ));
    }
    caucus_core::form::pairs(body).map_err(|e| match e {
        FormError::TooLarge => AppError::TooLarge,
        e @ (FormError::NotUtf8 | FormError::Unreadable) => AppError::BadRequest(e.to_string()),
    })
}

#[get("/")]
async fn index(state: web::Data<AppState>) -> HttpResponse {
    render(&state, StatusCode::OK, "index.html", context! {})
}

#[get("/privacy")]
async fn privacy(state: web::Data<AppState>) -> HttpResponse {
    render(&state, StatusCode::OK, "privacy.html", context! {})
}

#[get("/static/style.css")]
async fn stylesheet(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(state.templates.stylesheet())
}

#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
    checked: bool,
}

#[derive(Serialize)]
struct QuestionView<'a> {
    id: &'a str,
    prompt: &'a str,
    required: bool,
    /// radio, checkbox, number or textarea
    input: &'static str,
    choices: Vec<Choice>,
    min: Option<i64>,
    max: Option<i64>,
    value: String,
    error: Option<String>,
}

fn question_view<'a>(
    q: &'a Question,
    values: &HashMap<String, Vec<String>>,
    errors: &[AnswerError],
) -> QuestionView<'a> {
    let given = values.get(&q.id).cloned().unwrap_or_default();
    let choice = |value: String, label: String| Choice {
        checked: given.contains(&value),
        value,
        label,
    };
    let (input, choices, min, max) = match &q.kind {
        QuestionKind::Single { options, .. } | QuestionKind::Multi { options } => (
            if matches!(q.kind, QuestionKind::Multi { .. }) {
                "checkbox"
            } else {
                "radio"
            },
            options
                .iter()
                .map(|o| choice(o.clone(), o.clone()))
                .collect(),
            None,
            None,
        ),
        QuestionKind::Likert => (
            "radio",
            (1..=5)
                .zip(LIKERT_LABELS)
                .map(|(n, l)| choice(n.to_string(), l.to_string()))
                .collect(),
            None,
            None,
        ),
        QuestionKind::Scale { min, max } if max - min <= 10 => (
            "radio",
            (*min..=*max)
                .map(|n| choice(n.to_string(), n.to_string()))
                .collect(),
            Some(*min),
            Some(*max),
        ),
        QuestionKind::Scale { min, max } => ("number", Vec::new(), Some(*min), Some(*max)),
        QuestionKind::Text => ("textarea", Vec::new(), None, None),
    };
    QuestionView {
        id: &q.id,
        prompt: &q.prompt,
        required: q.required,
        input,
        choices,
        min,
        max,
        value: given.first().cloned().unwrap_or_default(),
        error: errors
            .iter()
            .find(|e| e.question.as_deref() == Some(q.id.as_str()))
            .map(|e| e.message.clone()),
    }
}

fn survey_form(
    state: &AppState,
    status: StatusCode,
    id: &CampaignId,
    record: &SurveyRecord,
    invite: &str,
    values: &HashMap<String, Vec<String>>,
    errors: &[AnswerError],
) -> HttpResponse {
    let questions: Vec<QuestionView> = record
        .survey
        .questions
        .iter()
        .map(|q| question_view(q, values, errors))
        .collect();
    let general: Vec<String> = errors
        .iter()
        .filter(|e| e.question.is_none())
        .map(|e| e.message.clone())
        .collect();
    render(
        state,
        status,
        "survey.html",
        context! {
            id => id.to_string(),
            title => &record.survey.title,
            description => Value::from_safe_string(markdown(&record.survey.description)),
            min_group => record.survey.min_group,
            invite,
            questions,
            error_count => errors.len(),
            general_errors => general,
        },
    )
}

fn query_pairs(text: &str) -> Vec<(String, String)> {
    serde_urlencoded::from_str(text).unwrap_or_default()
}

#[get("/s/{id}")]
async fn survey_page(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
) -> HttpResponse {
    let result = (|| {
        let id = parse_id(&id)?;
        let record = open_survey(&state, &id)?;
        let Some(code) = form_value(&query_pairs(req.query_string()), "invite") else {
            return Ok(render(
                &state,
                StatusCode::OK,
                "survey_code.html",
                context! { id => id.to_string(), title => &record.survey.title },
            ));
        };
        // Whether it was used is not said here (see `verify_invite`);
        // a code that is no invite at all draws from the flood budget.
        verify_invite(&state, &id, &code).map_err(|e| state.flood.refuse(&id, e))?;
        Ok(survey_form(
            &state,
            StatusCode::OK,
            &id,
            &record,
            &code,
            &HashMap::new(),
            &[],
        ))
    })();
    page(&state, result)
}

#[post("/s/{id}")]
async fn survey_submit(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    body: web::Bytes,
) -> HttpResponse {
    let result = async {
        let pairs = form_pairs(&req, &body)?;
        let id = parse_id(&id)?;
        let record = open_survey(&state, &id)?;
        let code = form_value(&pairs, "invite").unwrap_or_default();
        let answers = record.survey.answers_from_form(&pairs);
        match submit(&state, &id, &code, &answers).await {
            Ok(receipt) => Ok(thanks(&state, &record, &receipt)),
            // The form comes back filled in, each problem at its question.
            Err(AppError::Answers(errors)) => {
                let mut values: HashMap<String, Vec<String>> = HashMap::new();
                for (name, value) in &pairs {
                    if let Some(qid) = name.strip_prefix("q_") {
                        values
                            .entry(qid.to_string())
                            .or_default()
                            .push(value.clone());
                    }
                }
                let status = StatusCode::UNPROCESSABLE_ENTITY;
                Ok(survey_form(
                    &state, status, &id, &record, &code, &values, &errors,
                ))
            }
            Err(err) => Err(err),
        }
    }
    .await;
    page(&state, result)
}

fn thanks(state: &AppState, record: &SurveyRecord, receipt: &Receipt) -> HttpResponse {
    let receipt_json = serde_json::to_string_pretty(receipt).unwrap_or_default();
    render(
        state,
        StatusCode::CREATED,
        "thanks.html",
        context! { title => &record.survey.title, receipt, receipt_json },
    )
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(index)
        .service(privacy)
        .service(stylesheet)
        .service(survey_page)
        .service(survey_submit);
}
