//! The statement pages: read, sign by name or anonymously, save the
//! receipt and withdrawal secret, withdraw. Plain forms, no script.

use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use caucus_core::CampaignId;
use minijinja::{context, Value};

use crate::error::AppError;
use crate::pages::{error_page, form_pairs, render};
use crate::render::markdown;
use crate::signing::{check_statement_invite, sign, withdraw, SignatureRequest};
use crate::state::AppState;
use crate::statement_api::named_signatures;
use crate::store::statements::StatementRecord;
use crate::submit::parse_id;

fn value(pairs: &[(String, String)], name: &str) -> Option<String> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .filter(|v| !v.trim().is_empty())
}

fn statement_page(
    state: &AppState,
    status: StatusCode,
    id: &CampaignId,
    record: &StatementRecord,
    invite: Option<&str>,
    error: Option<String>,
) -> HttpResponse {
    let s = &record.statement;
    let signatures = match named_signatures(state, id, record) {
        Ok(list) => list,
        Err(err) => return error_page(state, &err),
    };
    let c = &record.counts;
    render(
        state,
        status,
        "statement.html",
        context! {
            id => id.to_string(),
            title => &s.title,
            body => Value::from_safe_string(markdown(&s.body)),
            text_sha256 => s.text_hash(),
            named => s.named,
            anonymous => s.anonymous,
            invite_required_for_named => s.invite_required_for_named,
            reveal_at => s.reveal_at,
            closes => &s.closes,
            revealed => record.revealed,
            total => c.named + c.anonymous + c.unverified,
            counts => Value::from_serialize(c),
            signatures => Value::from_serialize(&signatures),
            invite,
            error,
        },
    )
}

#[get("/st/{id}")]
async fn show(state: web::Data<AppState>, id: web::Path<String>, req: HttpRequest) -> HttpResponse {
    let result = (|| {
        let id = parse_id(&id)?;
        let record = state.store.statement(&id)?.ok_or(AppError::NotFound)?;
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
        let invite = value(&pairs, "invite");
        if let Some(code) = &invite {
            check_statement_invite(&state, &id, code)?;
        }
        Ok::<_, AppError>((id, record, invite))
    })();
    match result {
        Ok((id, record, invite)) => statement_page(
            &state,
            StatusCode::OK,
            &id,
            &record,
            invite.as_deref(),
            None,
        ),
        Err(err) => error_page(&state, &err),
    }
}

#[post("/st/{id}")]
async fn sign_form(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    body: web::Bytes,
) -> HttpResponse {
    let id = match parse_id(&id) {
        Ok(id) => id,
        Err(err) => return error_page(&state, &err),
    };
    let pairs = match form_pairs(&req, &body) {
        Ok(pairs) => pairs,
        Err(err) => return error_page(&state, &err),
    };
    let request = SignatureRequest {
        anonymous: value(&pairs, "kind").as_deref() == Some("anonymous"),
        name: value(&pairs, "name"),
        role: value(&pairs, "role"),
        comment: value(&pairs, "comment"),
        invite: value(&pairs, "invite"),
    };
    match sign(&state, &id, &request).await {
        Ok((receipt, secret)) => {
            let title = state
                .store
                .statement(&id)
                .ok()
                .flatten()
                .map(|r| r.statement.title)
                .unwrap_or_default();
            let receipt_json = serde_json::to_string_pretty(&receipt).unwrap_or_default();
            render(
                &state,
                StatusCode::CREATED,
                "statement_signed.html",
                context! { id => id.to_string(), title, index => receipt.index, receipt_json, withdrawal_secret => secret },
            )
        }
        Err(AppError::Answers(errors)) => match state.store.statement(&id) {
            Ok(Some(record)) => {
                let message = errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ");
                let invite = request.invite.as_deref();
                statement_page(
                    &state,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    &id,
                    &record,
                    invite,
                    Some(message),
                )
            }
            _ => error_page(&state, &AppError::NotFound),
        },
        Err(err) => error_page(&state, &err),
    }
}

#[get("/st/{id}/withdraw")]
async fn withdraw_page(state: web::Data<AppState>, id: web::Path<String>) -> HttpResponse {
    match parse_id(&id)
        .and_then(|id| Ok((id, state.store.statement(&id)?.ok_or(AppError::NotFound)?)))
    {
        Ok((id, record)) => render(
            &state,
            StatusCode::OK,
            "statement_withdraw.html",
            context! { id => id.to_string(), title => record.statement.title, done => false },
        ),
        Err(err) => error_page(&state, &err),
    }
}

#[post("/st/{id}/withdraw")]
async fn withdraw_form(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    body: web::Bytes,
) -> HttpResponse {
    let result = async {
        let id = parse_id(&id)?;
        let pairs = form_pairs(&req, &body)?;
        let secret = value(&pairs, "withdrawal_secret").unwrap_or_default();
        withdraw(&state, &id, &secret).await?;
        let record = state.store.statement(&id)?.ok_or(AppError::NotFound)?;
        Ok::<_, AppError>((id, record))
    }
    .await;
    match result {
        Ok((id, record)) => render(
            &state,
            StatusCode::OK,
            "statement_withdraw.html",
            context! { id => id.to_string(), title => record.statement.title, done => true },
        ),
        Err(err) => error_page(&state, &err),
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(show)
        .service(sign_form)
        .service(withdraw_page)
        .service(withdraw_form);
}
