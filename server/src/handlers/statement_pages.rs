//! The statement pages: read, sign by name or anonymously, save the
//! receipt and withdrawal secret, withdraw. Plain forms, no script.

use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpRequest, HttpResponse, ResponseError};
use caucus_core::CampaignId;
use minijinja::{context, Value};

use crate::error::AppError;
use crate::handlers::html::{
    campaign_language, error_page, form_pairs, form_value, page, render_in,
};
use crate::handlers::signing_form::{comes_back, Typed};
use crate::handlers::statements::named_signatures;
use crate::http::privacy_pass;
use crate::http::render::markdown;
use crate::state::AppState;
use crate::store::statements::StatementRecord;
use crate::writes::signing::{sign, signing_closed, withdraw, SignatureRequest};
use crate::writes::submit::{parse_id, verify_invite};

/// What the signing forms already carry: the invite the link opened, or a
/// ticket pasted (kept when the form comes back), or neither yet.
pub(crate) enum Shown {
    Nothing,
    Invite(String),
    Ticket(String),
}

pub(crate) fn statement_page(
    state: &AppState,
    req: &HttpRequest,
    status: StatusCode,
    id: &CampaignId,
    record: &StatementRecord,
    credential: &Shown,
    typed: &Typed,
) -> HttpResponse {
    let (invite, ticket) = match credential {
        Shown::Nothing => (None, None),
        Shown::Invite(code) => (Some(code.as_str()), None),
        Shown::Ticket(text) => (None, Some(text.as_str())),
    };
    let s = &record.statement;
    let signatures = match named_signatures(state, id, record) {
        Ok(list) => list,
        Err(err) => return error_page(state, req.path(), &err),
    };
    // None once retention destroyed the key.
    let ticket_key_id = state
        .store
        .keys
        .exists(id)
        .then(|| {
            state
                .store
                .keys
                .issuer(id)
                .map(|i| i.public().fingerprint())
        })
        .transpose();
    let ticket_key_id = match ticket_key_id {
        Ok(key) => key,
        Err(err) => return error_page(state, req.path(), &AppError::Internal(err)),
    };
    let c = &record.counts;
    let page = campaign_language(&s.languages());
    let body = s.body_in(&page.content);
    // The hash of the text shown: the header's `text-sha256`, or the
    // `translation` line of the language shown.
    let text_sha256 = s
        .translation_hashes()
        .remove(&page.content)
        .unwrap_or_else(|| s.text_hash());
    render_in(
        state,
        status,
        "statement.html",
        context! {
            id => id.to_string(),
            title => s.title_in(&page.content),
            body => Value::from_safe_string(markdown(&body.text)),
            body_lang => body.lang,
            text_sha256,
            named => s.named,
            anonymous => s.anonymous,
            invite_required_for_named => s.invite_required_for_named,
            reveal_at => s.reveal_at,
            closes => &s.closes,
            closed => signing_closed(record),
            revealed => record.revealed,
            awaiting_reveal => record.awaiting_reveal(),
            total => c.named + c.anonymous + c.unverified,
            counts => Value::from_serialize(c),
            signatures => Value::from_serialize(&signatures),
            invite,
            ticket,
            ticket_key_id,
            origin => privacy_pass::origin(req),
            sent => typed.form,
            typed => &typed.values,
            invalid => Value::from_serialize(typed.invalid()),
            errors => Value::from_serialize(&typed.errors),
        },
        &page,
    )
}

#[get("/st/{id}")]
pub async fn show(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
) -> HttpResponse {
    let result: Result<HttpResponse, AppError> = async {
        let id = parse_id(&id)?;
        let record = state.store.statement(&id)?.ok_or(AppError::NotFound)?;
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
        let invite = form_value(&pairs, "invite");
        // Whether it was used is not said here (see `verify_invite`); a
        // statement whose signing has closed does not look at it at all.
        let shown = match invite {
            Some(code) if !signing_closed(&record) => {
                verify_invite(&state, &id, &code)
                    .await
                    .map_err(|e| state.flood.refuse(&id, e))?;
                Shown::Invite(code)
            }
            _ if form_value(&pairs, "with").as_deref() == Some("ticket") => {
                Shown::Ticket(String::new())
            }
            _ => Shown::Nothing,
        };
        Ok(statement_page(
            &state,
            &req,
            StatusCode::OK,
            &id,
            &record,
            &shown,
            &Typed::default(),
        ))
    }
    .await;
    page(&state, &req, result)
}

#[post("/st/{id}")]
pub async fn sign_form(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    body: web::Bytes,
) -> HttpResponse {
    let result = async {
        let id = parse_id(&id)?;
        let pairs = form_pairs(&req, &body)?;
        let request = SignatureRequest {
            anonymous: form_value(&pairs, "kind").as_deref() == Some("anonymous"),
            name: form_value(&pairs, "name"),
            role: form_value(&pairs, "role"),
            comment: form_value(&pairs, "comment"),
            invite: form_value(&pairs, "invite"),
            ticket: form_value(&pairs, "ticket"),
            // The form's signers get a secret the server makes.
            withdrawal_sha256: None,
        };
        let host = privacy_pass::host(&req);
        match sign(&state, &id, &request, None, &host).await {
            Ok((receipt, secret)) => {
                let record = state.store.statement(&id)?.ok_or(AppError::NotFound)?;
                let receipt_json = serde_json::to_string_pretty(&receipt).unwrap_or_default();
                let page = campaign_language(&record.statement.languages());
                let title = record.statement.title_in(&page.content).text;
                Ok(render_in(
                    &state,
                    StatusCode::CREATED,
                    "statement_signed.html",
                    context! {
                        id => id.to_string(), title, index => receipt.index,
                        receipt_json, withdrawal_secret => secret,
                        origin => privacy_pass::origin(&req),
                    },
                    &page,
                ))
            }
            // The forms come back as they were sent, each problem named
            // at its field; a refusal nothing typed can mend gets the
            // error page.
            Err(err) if comes_back(&err) => {
                let from_link = form_value(&pairs, "invite_from").as_deref() == Some("link");
                let mut errors = vec![err];
                // Signing stops at the first problem: a wrong invite is
                // named with a missing name, not after it is mended.
                if let (AppError::Answers(_), None, Some(code)) =
                    (&errors[0], &request.ticket, &request.invite)
                {
                    if let Err(e) = verify_invite(&state, &id, code).await {
                        let e = state.flood.refuse(&id, e);
                        if comes_back(&e) {
                            errors.push(e);
                        }
                    }
                }
                let typed = Typed::refused(&request, from_link, &errors);
                let shown = match (&request.ticket, &request.invite) {
                    (Some(ticket), _) => Shown::Ticket(ticket.clone()),
                    (None, Some(code)) if typed.invite_from_link => Shown::Invite(code.clone()),
                    _ => Shown::Nothing,
                };
                let record = state.store.statement(&id)?.ok_or(AppError::NotFound)?;
                let status = errors[0].status_code();
                let mut response =
                    statement_page(&state, &req, status, &id, &record, &shown, &typed);
                errors[0].add_headers(&mut response);
                Ok(response)
            }
            Err(err) => Err(err),
        }
    }
    .await;
    page(&state, &req, result)
}

fn withdraw_view(state: &AppState, id: &CampaignId, done: bool) -> Result<HttpResponse, AppError> {
    let record = state.store.statement(id)?.ok_or(AppError::NotFound)?;
    let page = campaign_language(&record.statement.languages());
    let title = record.statement.title_in(&page.content).text;
    Ok(render_in(
        state,
        StatusCode::OK,
        "statement_withdraw.html",
        context! { id => id.to_string(), title, done },
        &page,
    ))
}

#[get("/st/{id}/withdraw")]
pub async fn withdraw_page(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
) -> HttpResponse {
    let result = parse_id(&id).and_then(|id| withdraw_view(&state, &id, false));
    page(&state, &req, result)
}

#[post("/st/{id}/withdraw")]
pub async fn withdraw_form(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    body: web::Bytes,
) -> HttpResponse {
    let result = async {
        let id = parse_id(&id)?;
        let pairs = form_pairs(&req, &body)?;
        let secret = form_value(&pairs, "withdrawal_secret").unwrap_or_default();
        withdraw(&state, &id, &secret).await?;
        withdraw_view(&state, &id, true)
    }
    .await;
    page(&state, &req, result)
}
