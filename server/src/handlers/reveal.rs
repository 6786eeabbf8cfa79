//! The reveal of a statement's names. Once enough invite-backed signatures
//! are in (`reveal_at`), an organiser fetches the sealed texts, opens them
//! on their own machine and posts the openings; the server checks each
//! against the commitment in its log entry and publishes all of them in
//! one durable step. Before the threshold no route gives the sealed texts
//! to anyone, organisers included: the threshold is a promise of safety in
//! numbers, and it must not rest on the organisers' restraint alone.

use actix_web::{get, web, HttpRequest, HttpResponse};
use caucus_core::encoding::{b64url, fixed_b64url};
use caucus_core::log::audit::{check_personal, RevealedPersonal};
use caucus_core::log::entry::Entry;
use caucus_core::CampaignId;
use serde::Deserialize;
use serde_json::json;

use crate::error::AppError;
use crate::handlers::statements::statement;
use crate::http::auth::SignedAdmin;
use crate::state::AppState;
use crate::store::statements::{StatementRecord, StoredPersonal};
use crate::writes::commit::statement::Opened;
use crate::writes::commit::{Outcome, Write};
use crate::writes::submit::commit_error;

/// Sealed texts per page: each is about 1.1 KiB per organiser.
const PAGE: usize = 500;
/// Log entries read from sled at a time while looking for sealed texts.
const SCAN: u64 = 1024;
/// Largest reveal body: the openings of every name at once, since a
/// reveal publishes all or none. 16 MiB holds some 14,000 names with the
/// longest comments, many more without; other admin requests keep 2 MiB.
pub const REVEAL_BODY_LIMIT: usize = 16 * 1024 * 1024;

fn due(record: &StatementRecord) -> Result<(), AppError> {
    if record.reveal_due() {
        return Ok(());
    }
    let c = &record.counts;
    Err(AppError::RevealNotDue {
        signed: c.named + c.anonymous,
        needed: record.statement.reveal_at,
    })
}

/// Entries whose text is still sealed, with their commitments, and where
/// the next page starts.
struct SealedPage {
    entries: Vec<(u64, String)>,
    next: Option<u64>,
}

/// Up to `limit` entries of `start..end` whose text is still sealed.
fn sealed_entries(
    state: &AppState,
    id: &CampaignId,
    start: u64,
    end: u64,
    limit: usize,
) -> Result<SealedPage, AppError> {
    let mut found = Vec::new();
    let mut at = start.max(1);
    while at < end {
        let upto = end.min(at + SCAN);
        for (index, entry) in (at..upto).zip(state.store.log_entries(id, at, upto)?) {
            let Ok(Entry::Signature {
                commitment: Some(commitment),
                ..
            }) = Entry::parse(&entry, index)
            else {
                continue;
            };
            if found.len() == limit {
                return Ok(SealedPage {
                    entries: found,
                    next: Some(index),
                });
            }
            if state.store.personal_files.exists(id, &commitment, true)? {
                found.push((index, commitment));
            }
        }
        at = upto;
    }
    Ok(SealedPage {
        entries: found,
        next: None,
    })
}

fn query_number(value: &str, name: &str) -> Result<u64, AppError> {
    value
        .parse()
        .map_err(|_| AppError::BadRequest(format!("{name}: expected a log index")))
}

/// The sealed texts, a page at a time, once the threshold is reached.
/// `end` (the log size the reveal will name) is fixed by the first page.
#[get("/api/v1/admin/statements/{id}/sealed-names")]
pub async fn sealed_names(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    _signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    let (id, record) = statement(&state, &id)?;
    due(&record)?;
    let size = record.counts.tree_size;
    let query: Vec<(String, String)> = serde_urlencoded::from_str(req.query_string())
        .map_err(|_| AppError::BadRequest("malformed query string".into()))?;
    let (mut start, mut end) = (1, size);
    for (name, value) in &query {
        match name.as_str() {
            "start" => start = query_number(value, "start")?,
            "end" => end = query_number(value, "end")?,
            other => {
                return Err(AppError::BadRequest(format!(
                    "unknown query parameter `{other}`"
                )))
            }
        }
    }
    if end > size || start > end {
        return Err(AppError::BadRequest(format!(
            "start and end: the log has {size} entries"
        )));
    }
    let page = sealed_entries(&state, &id, start, end, PAGE)?;
    let mut sealed = Vec::with_capacity(page.entries.len());
    for (index, commitment) in page.entries {
        // Withdrawn since it was listed: its text is gone, as it should be.
        let Some(bytes) = state.store.personal_files.read(&id, &commitment, true)? else {
            continue;
        };
        sealed.push(json!({"index": index, "commitment": commitment, "sealed": b64url(&bytes)}));
    }
    Ok(HttpResponse::Ok().json(json!({"size": end, "sealed": sealed, "next": page.next})))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RevealRequest {
    /// The log size the sealed texts were fetched at: every sealed text
    /// of an entry below it must be opened.
    size: u64,
    openings: Vec<Opening>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Opening {
    index: u64,
    salt: String,
    name: String,
    role: Option<String>,
    comment: Option<String>,
}

/// Publish the names: every opening must match its entry's commitment,
/// and every sealed text below `size` must be opened, or nothing is
/// published. Registered in `router` with its own body limit.
pub async fn reveal(
    state: web::Data<AppState>,
    id: web::Path<String>,
    signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    let (id, record) = statement(&state, &id)?;
    due(&record)?;
    let request: RevealRequest = serde_json::from_slice(&signed.body).map_err(|e| {
        AppError::BadRequest(format!(
            "expected {{\"size\": ..., \"openings\": [...]}}: {e}"
        ))
    })?;
    let size = request.size;
    if size == 0 || size > record.counts.tree_size {
        return Err(AppError::BadRequest(format!(
            "size: the log has {} entries",
            record.counts.tree_size
        )));
    }
    let entries = state.store.log_entries(&id, 0, size)?;
    let mut opened: Vec<Opened> = Vec::with_capacity(request.openings.len());
    for opening in request.openings {
        let index = opening.index;
        let entry = usize::try_from(index)
            .ok()
            .filter(|&i| i > 0)
            .and_then(|i| entries.get(i))
            .ok_or_else(|| {
                AppError::BadRequest(format!("openings: entry {index} is not below size {size}"))
            })?;
        if opened.iter().any(|o| o.index == index) {
            return Err(AppError::BadRequest(format!(
                "openings: entry {index} is opened twice"
            )));
        }
        let personal = RevealedPersonal {
            salt: opening.salt,
            name: opening.name,
            role: opening.role,
            comment: opening.comment,
        };
        check_personal(index, entry, &personal).map_err(|_| AppError::BadOpening(index))?;
        let (Some(commitment), Some(salt)) =
            (personal.commitment(), fixed_b64url::<16>(&personal.salt))
        else {
            return Err(AppError::BadOpening(index));
        };
        let bytes = serde_json::to_vec(&StoredPersonal {
            salt,
            text: personal.text(),
        })
        .map_err(|e| AppError::Internal(e.into()))?;
        opened.push(Opened {
            index,
            commitment,
            bytes,
        });
    }
    let write = Write::Reveal { id, size, opened };
    let published = match state.committer.commit(write).await.map_err(commit_error)? {
        Outcome::Revealed(n) => n,
        Outcome::Unchanged => 0,
        Outcome::Unopened(missing) => return Err(AppError::Unopened(missing)),
        Outcome::NotFound => return Err(AppError::NotFound),
        _ => return Err(AppError::NotProcessed),
    };
    if published > 0 {
        log::info!("a statement's names were revealed");
    }
    let now = state.store.statement(&id)?.ok_or(AppError::NotFound)?;
    let left = sealed_entries(&state, &id, 1, now.counts.tree_size, usize::MAX)?.entries;
    Ok(HttpResponse::Ok().json(json!({
        "published": published,
        "revealed": now.revealed,
        "sealed_left": left.len(),
    })))
}
