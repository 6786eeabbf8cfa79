//! The HTML pages respondents see. Plain forms, no script, no cookie.
//!
//! Errors on these routes render the error page (same status codes as the
//! API); a form with invalid answers comes back filled in, with every
//! problem named next to its question.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use caucus_core::survey::{
    LocalText, Question, QuestionKind, Survey, LIKERT_LABELS, PREFER_NOT_TO_SAY,
};
use caucus_core::{AnswerArg, AnswerError, CampaignId, InviteError, Receipt};
use minijinja::{context, Value};
use serde::Serialize;

use crate::error::AppError;
use crate::handlers::html::{campaign_language, form_pairs, form_value, page, render_in};
use crate::http::message::Message;
use crate::http::privacy_pass;
use crate::http::render::markdown;
use crate::state::AppState;
use crate::store::SurveyRecord;
use crate::writes::submit::{open_survey, parse_id, submit, verify_invite};

#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
    /// The catalogue message for a label the interface supplies (a Likert
    /// point, "Prefer not to say"), shown in the page's language; an
    /// organiser's own option text is shown as written.
    label_key: Option<String>,
    checked: bool,
}

#[derive(Serialize)]
struct QuestionView<'a> {
    id: &'a str,
    /// In the page's language where the survey has it (with the language
    /// it is in, for `lang_attr`).
    prompt: LocalText,
    options_lang: Option<String>,
    required: bool,
    /// The prompt itself says whether it is optional: the form does not
    /// say it a second time.
    marked: bool,
    /// radio, checkbox, number or textarea
    input: &'static str,
    choices: Vec<Choice>,
    min: Option<i64>,
    max: Option<i64>,
    value: String,
    /// The problem with the answer given, for the page to say in its
    /// language.
    error: Option<Message>,
}

/// An answer's problem as a catalogue message (`answer-*`).
fn error_message(error: &AnswerError) -> Message {
    let mut message = Message::new(error.key);
    for (name, value) in &error.args {
        message = match value {
            AnswerArg::Number(n) => message.number(name, *n),
            AnswerArg::Text(t) => message.text(name, t.clone()),
        };
    }
    message
}

fn question_view<'a>(
    survey: &Survey,
    q: &'a Question,
    lang: &str,
    values: &HashMap<String, Vec<String>>,
    errors: &[AnswerError],
) -> QuestionView<'a> {
    // The value sent is the option as the file wrote it, so an answer
    // means the same whatever language the form was read in.
    let (labels, options_lang) = survey.options_in(q, lang).unzip();
    let given = values.get(&q.id).cloned().unwrap_or_default();
    let choice = |value: String, label: String, label_key: Option<String>| Choice {
        checked: given.contains(&value),
        value,
        label,
        label_key,
    };
    let breakdown = matches!(
        q.kind,
        QuestionKind::Single {
            breakdown: true,
            ..
        }
    );
    let (input, choices, min, max) = match &q.kind {
        QuestionKind::Single { options, .. } | QuestionKind::Multi { options } => (
            if matches!(q.kind, QuestionKind::Multi { .. }) {
                "checkbox"
            } else {
                "radio"
            },
            options
                .iter()
                .zip(labels.unwrap_or_default())
                .map(|(o, label)| {
                    let key = (breakdown && o == PREFER_NOT_TO_SAY)
                        .then(|| "option-prefer-not-to-say".to_string());
                    choice(o.clone(), label, key)
                })
                .collect(),
            None,
            None,
        ),
        QuestionKind::Likert => (
            "radio",
            (1..=5)
                .zip(LIKERT_LABELS)
                .map(|(n, l)| choice(n.to_string(), l.to_string(), Some(format!("likert-{n}"))))
                .collect(),
            None,
            None,
        ),
        QuestionKind::Scale { min, max } if max - min <= 10 => (
            "radio",
            (*min..=*max)
                .map(|n| choice(n.to_string(), n.to_string(), None))
                .collect(),
            Some(*min),
            Some(*max),
        ),
        QuestionKind::Scale { min, max } => ("number", Vec::new(), Some(*min), Some(*max)),
        QuestionKind::Text => ("textarea", Vec::new(), None, None),
    };
    let prompt = survey.prompt_in(q, lang);
    QuestionView {
        id: &q.id,
        required: q.required,
        marked: {
            let prompt = prompt.text.to_lowercase();
            prompt.contains("optional") || prompt.contains("required")
        },
        prompt,
        options_lang,
        input,
        choices,
        min,
        max,
        value: given.first().cloned().unwrap_or_default(),
        error: errors
            .iter()
            .find(|e| e.question.as_deref() == Some(q.id.as_str()))
            .map(error_message),
    }
}

pub(crate) fn survey_form(
    state: &AppState,
    status: StatusCode,
    id: &CampaignId,
    record: &SurveyRecord,
    credential: &FormCredential,
    filled: &Filled,
) -> HttpResponse {
    let (values, errors) = (&filled.values, filled.errors.as_slice());
    let (invite, ticket) = match credential {
        FormCredential::Invite(code) => (code.as_str(), None),
        FormCredential::Ticket(text) => ("", Some(text.as_str())),
    };
    let survey = &record.survey;
    let page = campaign_language(&survey.languages());
    let lang = page.content.as_str();
    let questions: Vec<QuestionView> = survey
        .questions
        .iter()
        .map(|q| question_view(survey, q, lang, values, errors))
        .collect();
    let general: Vec<Message> = errors
        .iter()
        .filter(|e| e.question.is_none())
        .map(error_message)
        .collect();
    let description = survey.description_in(lang);
    render_in(
        state,
        status,
        "survey.html",
        context! {
            id => id.to_string(),
            title => survey.title_in(lang),
            description => Value::from_safe_string(markdown(&description.text)),
            description_lang => description.lang,
            min_group => record.survey.min_group,
            required_count => record.survey.questions.iter().filter(|q| q.required).count(),
            invite,
            ticket,
            questions,
            error_count => errors.len(),
            general_errors => general,
        },
        &page,
    )
}

/// What a form that comes back holds: the answers given, by question id,
/// and the problems found with them.
#[derive(Default)]
pub(crate) struct Filled {
    values: HashMap<String, Vec<String>>,
    errors: Vec<AnswerError>,
}

/// What the form carries to count once: the invite its link opened, or a
/// ticket pasted into it (kept when the form comes back).
pub(crate) enum FormCredential {
    Invite(String),
    Ticket(String),
}

fn query_pairs(text: &str) -> Vec<(String, String)> {
    serde_urlencoded::from_str(text).unwrap_or_default()
}

#[get("/s/{id}")]
pub async fn survey_page(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
) -> HttpResponse {
    let result: Result<HttpResponse, AppError> = async {
        let id = parse_id(&id)?;
        let record = open_survey(&state, &id)?;
        let query = query_pairs(req.query_string());
        if form_value(&query, "with").as_deref() == Some("ticket") {
            let ticket = FormCredential::Ticket(String::new());
            let form = survey_form(
                &state,
                StatusCode::OK,
                &id,
                &record,
                &ticket,
                &Filled::default(),
            );
            return Ok(form);
        }
        let Some(code) = form_value(&query, "invite") else {
            let key_id = state.store.keys.issuer(&id)?.public().fingerprint();
            let page = campaign_language(&record.survey.languages());
            let title = record.survey.title_in(&page.content);
            return Ok(render_in(
                &state,
                StatusCode::OK,
                "survey_code.html",
                context! { id => id.to_string(), title, ticket_key_id => key_id },
                &page,
            ));
        };
        // Whether it was used is not said here (see `verify_invite`);
        // a code that is no invite at all draws from the flood budget.
        verify_invite(&state, &id, &code)
            .await
            .map_err(|e| state.flood.refuse(&id, e))?;
        Ok(survey_form(
            &state,
            StatusCode::OK,
            &id,
            &record,
            &FormCredential::Invite(code),
            &Filled::default(),
        ))
    }
    .await;
    page(&state, &req, result)
}

#[post("/s/{id}")]
pub async fn survey_submit(
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
        let ticket = form_value(&pairs, "ticket");
        let answers = record.survey.answers_from_form(&pairs);
        let host = privacy_pass::host(&req);
        let credential = privacy_pass::credential(&req, ticket.as_deref(), Some(&code))
            .map_err(|e| state.flood.refuse(&id, e))?
            .ok_or(AppError::Invite(InviteError::Missing))?;
        match submit(&state, &id, &credential, &host, &answers).await {
            Ok(receipt) => Ok(thanks(
                &state,
                &record,
                &receipt,
                &privacy_pass::origin(&req),
            )),
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
                let shown = match ticket {
                    Some(text) => FormCredential::Ticket(text),
                    None => FormCredential::Invite(code),
                };
                let filled = Filled { values, errors };
                Ok(survey_form(&state, status, &id, &record, &shown, &filled))
            }
            Err(err) => Err(err),
        }
    }
    .await;
    page(&state, &req, result)
}

/// `origin` is this server's address, for the command that checks the
/// receipt.
fn thanks(
    state: &AppState,
    record: &SurveyRecord,
    receipt: &Receipt,
    origin: &str,
) -> HttpResponse {
    let receipt_json = serde_json::to_string_pretty(receipt).unwrap_or_default();
    let page = campaign_language(&record.survey.languages());
    let title = record.survey.title_in(&page.content);
    render_in(
        state,
        StatusCode::CREATED,
        "thanks.html",
        context! { title, receipt, receipt_json, origin },
        &page,
    )
}
