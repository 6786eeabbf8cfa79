//! Blind-ticket issuance (RFC 9578), for any Privacy Pass client: the
//! issuer directory, and the one issuance endpoint it names.
//!
//! A client sends a `TokenRequest` with its invite in a `Caucus-Invite`
//! header. The invite is burned and the response answered in one durable
//! step; the request's digest is kept with the burn, so the same request,
//! retried after a lost response, is answered again, and nothing ties the
//! burn to the ticket later redeemed (the request is blinded).
//!
//! Every campaign has its own issuer key. The request names its key by one
//! byte, and the invite names its campaign only through its signature or
//! registered hash, so the campaign is found by trying the invite on each
//! live campaign whose key ends in that byte.

use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use caucus_core::encoding::{b64url_padded, sha256};
use caucus_core::short_code::ShortCode;
use caucus_core::ticket::{TokenChallenge, TokenRequest};
use caucus_core::{CampaignId, Invite, InviteError};
use serde_json::{json, Value};

use crate::error::AppError;
use crate::http::{page_script, privacy_pass};
use crate::state::AppState;
use crate::store::today;
use crate::writes::commit::{Outcome, Write};
use crate::writes::submit::{commit_error, verify_invite};

const REQUEST_TYPE: &str = "application/private-token-request";
const RESPONSE_TYPE: &str = "application/private-token-response";
const DIRECTORY_TYPE: &str = "application/private-token-issuer-directory";
/// Where the invite rides along with a stock client's request.
const INVITE_HEADER: &str = "caucus-invite";
const ISSUE_PATH: &str = "/api/v1/tickets";

/// A campaign's ticket issuer key and the fingerprint people compare
/// (null once retention destroyed it).
pub fn ticket_key(state: &AppState, id: &CampaignId) -> Result<Value, AppError> {
    if !state.store.keys.exists(id) {
        return Ok(Value::Null);
    }
    let issuer = state.store.keys.issuer(id)?;
    let key = issuer.public();
    Ok(json!({"token_type": 1, "token_key": key.encode(), "fingerprint": key.fingerprint()}))
}

/// What a page needs to offer "Get an anonymous ticket" for `invite`
/// (see `http::page_script`): the campaign's key and challenge at this
/// host, and where to use the ticket later. `page` is `s` or `st`.
pub fn offer(
    state: &AppState,
    id: &CampaignId,
    host: &str,
    page: &str,
    invite: &str,
) -> Result<Value, AppError> {
    if !state.store.keys.exists(id) {
        return Ok(Value::Null);
    }
    let issuer = state.store.keys.issuer(id)?;
    let challenge = TokenChallenge::for_campaign(host, id);
    Ok(json!({
        "key": issuer.public().encode(),
        "fingerprint": issuer.public().fingerprint(),
        "challenge": b64url_padded(&challenge.to_bytes()),
        "invite": invite,
        "later": format!("/{page}/{id}?with=ticket"),
        "integrity": page_script::integrity(),
    }))
}

/// RFC 9578 section 4: the keys of every campaign that takes answers or
/// signatures now, and where to ask for tickets. It shows how many such
/// campaigns there are, and nothing else about them.
#[get("/.well-known/private-token-issuer-directory")]
pub async fn directory(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let mut keys = Vec::new();
    for (id, open) in state.store.live_campaigns()? {
        if open {
            let issuer = state.store.keys.issuer(&id)?;
            keys.push(json!({"token-type": 1, "token-key": issuer.public().encode()}));
        }
    }
    let uri = format!("{}{ISSUE_PATH}", privacy_pass::origin(&req));
    let body = json!({"issuer-request-uri": uri, "token-keys": keys});
    Ok(HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, DIRECTORY_TYPE))
        // New campaigns add keys; a campaign's key never changes.
        .insert_header((CACHE_CONTROL, "max-age=300"))
        .body(body.to_string()))
}

/// RFC 9578 section 5.2: burn the invite, answer the `TokenResponse`.
#[post("/api/v1/tickets")]
pub async fn issue(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let content_type = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !content_type.eq_ignore_ascii_case(REQUEST_TYPE) {
        return Err(AppError::UnsupportedMedia(REQUEST_TYPE));
    }
    let request = TokenRequest::parse(&body)?;
    let invite = req
        .headers()
        .get(INVITE_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .ok_or(AppError::Invite(InviteError::Missing))?;
    let (id, tag) = campaign_of(&state, &request, invite).await?;
    let write = Write::Issue {
        id,
        tag,
        request: sha256(&[&body]),
        today: today(),
    };
    match state.committer.commit(write).await.map_err(commit_error)? {
        Outcome::Done | Outcome::Reissued => {
            let issuer = state.store.keys.issuer(&id)?;
            let response = issuer.issue(&request, &mut rand::rngs::OsRng)?;
            Ok(HttpResponse::Ok()
                .insert_header((CONTENT_TYPE, RESPONSE_TYPE))
                .insert_header((CACHE_CONTROL, "no-store"))
                .body(response))
        }
        Outcome::Spent => Err(state.flood.refuse(&id, AppError::Spent)),
        Outcome::Closed => Err(AppError::Closed),
        Outcome::Shredded(day) => Err(AppError::Shredded(day)),
        _ => Err(AppError::NotFound),
    }
}

/// The campaign this invite belongs to, among those whose key the request
/// names, and the invite's spend tag there. A failure counts against the
/// flood budget of every campaign the request could have meant.
async fn campaign_of(
    state: &AppState,
    request: &TokenRequest,
    invite: &str,
) -> Result<(CampaignId, [u8; 32]), AppError> {
    let mut candidates = Vec::new();
    for (id, open) in state.store.live_campaigns()? {
        if state.store.keys.issuer(&id)?.public().key_id()[31] == request.truncated_key_id {
            candidates.push((id, open));
        }
    }
    if ShortCode::parse(invite).is_none() {
        Invite::parse(invite)?;
    }
    let mut refusal = AppError::Invite(InviteError::Forged);
    for (id, open) in &candidates {
        match verify_invite(state, id, invite).await {
            Ok(_) if !open => return Err(AppError::Closed),
            Ok(tag) => return Ok((*id, tag)),
            Err(AppError::Internal(e)) => return Err(AppError::Internal(e)),
            Err(_) => {}
        }
    }
    for (id, _) in &candidates {
        refusal = state.flood.refuse(id, refusal);
    }
    Err(refusal)
}
