//! The public JSON API of statements: the public view, signing and
//! withdrawing, and the log (checkpoint, entries, proofs) that lets anyone
//! recompute the count.
//!
//! Below the reveal threshold, no name, role or comment leaves the server
//! by any route: entries carry only commitments until names are revealed.

use std::sync::Arc;

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use caucus_core::encoding::b64url;
use caucus_core::CampaignId;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::{About, AppError};
use crate::handlers::tickets;
use crate::http::privacy_pass;
use crate::state::AppState;
use crate::store::statements::StatementRecord;
use crate::writes::signing::{sign, withdraw, SignatureRequest};
use crate::writes::submit::parse_id;

const PAGE_MAX: u64 = 1000;

pub fn statement(
    state: &AppState,
    id: &str,
) -> Result<(CampaignId, Arc<StatementRecord>), AppError> {
    let id = parse_id(id)?;
    let record = state.store.statement(&id)?.ok_or(AppError::NotFound)?;
    Ok((id, record))
}

/// Personal text of entry `index`, only once names are revealed.
fn revealed_personal(
    state: &AppState,
    id: &CampaignId,
    record: &StatementRecord,
    index: u64,
) -> Result<Value, AppError> {
    if !record.revealed {
        return Ok(Value::Null);
    }
    Ok(
        match state.store.personal(id, index, record.revealed_below)? {
            Some(p) => {
                json!({"salt": b64url(&p.salt), "name": p.text.name, "role": p.text.role, "comment": p.text.comment})
            }
            None => Value::Null,
        },
    )
}

/// The named signatures, once revealed (never before).
pub fn named_signatures(
    state: &AppState,
    id: &CampaignId,
    record: &StatementRecord,
) -> Result<Vec<Value>, AppError> {
    let mut out = Vec::new();
    if !record.revealed {
        return Ok(out);
    }
    for index in 1..record.counts.tree_size {
        let personal = revealed_personal(state, id, record, index)?;
        if !personal.is_null() {
            out.push(json!({"index": index, "name": personal["name"], "role": personal["role"], "comment": personal["comment"]}));
        }
    }
    Ok(out)
}

#[get("/api/v1/statements/{id}")]
pub async fn view(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (id, record) = statement(&state, &id)?;
    let s = &record.statement;
    Ok(HttpResponse::Ok().json(json!({
        "id": id.to_string(),
        "title": s.title,
        "body": s.body,
        "text_sha256": s.text_hash(),
        "lang": s.lang,
        "translations": s.translations,
        "named": s.named,
        "anonymous": s.anonymous,
        "invite_required_for_named": s.invite_required_for_named,
        "reveal_at": s.reveal_at,
        "closes": s.closes,
        "revealed": record.revealed,
        "threshold_reached": record.reveal_due(),
        "short_invites": record.short_invites,
        "ticket_key": tickets::ticket_key(&state, &id)?,
        "counts": record.counts,
        "signatures": named_signatures(&state, &id, &record)?,
    })))
}

#[post("/api/v1/statements/{id}/signatures")]
pub async fn add_signature(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    body: web::Json<SignatureRequest>,
) -> HttpResponse {
    let result = async {
        let id = parse_id(&id)?;
        let (authorization, host) = (privacy_pass::authorization(&req), privacy_pass::host(&req));
        sign(&state, &id, &body, authorization, &host).await
    };
    match result.await {
        Ok((receipt, secret)) => {
            HttpResponse::Created().json(json!({"receipt": receipt, "withdrawal_secret": secret}))
        }
        // Signers read of "this statement", not "this survey or statement".
        Err(err) => err.json_about(About::Statement),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WithdrawalRequest {
    withdrawal_secret: String,
}

#[post("/api/v1/statements/{id}/withdrawals")]
pub async fn add_withdrawal(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<WithdrawalRequest>,
) -> HttpResponse {
    let result = async {
        let id = parse_id(&id)?;
        withdraw(&state, &id, &body.withdrawal_secret).await
    };
    match result.await {
        Ok(index) => HttpResponse::Ok().json(json!({"withdrawn": true, "entry": index})),
        Err(err) => err.json_about(About::Statement),
    }
}

/// The latest checkpoint, with any witness cosignatures, as a C2SP note.
#[get("/api/v1/statements/{id}/checkpoint")]
pub async fn checkpoint(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(checkpoint_note(&state, &id)?))
}

/// The latest checkpoint of statement `id` as a C2SP note, with any
/// witness cosignatures: what both this API and the log's tiles serve.
pub(crate) fn checkpoint_note(state: &AppState, id: &str) -> Result<String, AppError> {
    let (id, _) = statement(state, id)?;
    let text = state.store.checkpoint(&id)?.ok_or(AppError::NotFound)?;
    Ok(text.to_string())
}

fn numbers(req: &HttpRequest, names: &[&str]) -> Result<Vec<u64>, AppError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(req.query_string())
        .map_err(|_| AppError::BadRequest("malformed query string".into()))?;
    if let Some((other, _)) = pairs.iter().find(|(k, _)| !names.contains(&k.as_str())) {
        return Err(AppError::BadRequest(format!(
            "unknown query parameter `{other}`"
        )));
    }
    names
        .iter()
        .map(|name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .and_then(|(_, v)| v.parse::<u64>().ok())
                .ok_or_else(|| AppError::BadRequest(format!("`{name}` must be a whole number")))
        })
        .collect()
}

/// Entries `start .. start + limit`, with personal text once revealed.
#[get("/api/v1/statements/{id}/entries")]
pub async fn entries(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (id, record) = statement(&state, &id)?;
    let n = numbers(&req, &["start", "limit"])?;
    let (start, limit) = (n[0], n[1]);
    if !(1..=PAGE_MAX).contains(&limit) {
        return Err(AppError::BadRequest(format!(
            "limit: must be 1 to {PAGE_MAX}"
        )));
    }
    let end = start.saturating_add(limit).min(record.counts.tree_size);
    let mut list = Vec::new();
    for (offset, entry) in state.store.log_entries(&id, start, end)?.iter().enumerate() {
        let index = start + offset as u64;
        list.push(json!({
            "index": index,
            "entry": b64url(entry),
            "personal": revealed_personal(&state, &id, &record, index)?,
        }));
    }
    Ok(HttpResponse::Ok().json(json!({"entries": list, "tree_size": record.counts.tree_size})))
}

fn tree_size(record: &StatementRecord, size: u64) -> Result<usize, AppError> {
    if size == 0 || size > record.counts.tree_size {
        return Err(AppError::BadRequest(format!(
            "size must be from 1 to {}",
            record.counts.tree_size
        )));
    }
    usize::try_from(size).map_err(|_| AppError::BadRequest("size too large".into()))
}

#[get("/api/v1/statements/{id}/proof/inclusion")]
pub async fn inclusion(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (id, record) = statement(&state, &id)?;
    let n = numbers(&req, &["index", "size"])?;
    let size = tree_size(&record, n[1])?;
    let proof = state
        .store
        .with_log_tree(&id, size as u64, |tree| {
            tree.inclusion_proof(usize::try_from(n[0]).ok()?, size)
        })?
        .ok_or_else(|| AppError::BadRequest("index must be below size".into()))?;
    let proof: Vec<String> = proof.iter().map(|h| b64url(h)).collect();
    Ok(HttpResponse::Ok().json(json!({"index": n[0], "size": n[1], "proof": proof})))
}

#[get("/api/v1/statements/{id}/proof/consistency")]
pub async fn consistency(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (id, record) = statement(&state, &id)?;
    let n = numbers(&req, &["old", "new"])?;
    let new = tree_size(&record, n[1])?;
    let proof = state
        .store
        .with_log_tree(&id, new as u64, |tree| {
            tree.consistency_proof(usize::try_from(n[0]).ok()?, new)
        })?
        .ok_or_else(|| AppError::BadRequest("old must not exceed new".into()))?;
    let proof: Vec<String> = proof.iter().map(|h| b64url(h)).collect();
    Ok(HttpResponse::Ok().json(json!({"old": n[0], "new": n[1], "proof": proof})))
}
