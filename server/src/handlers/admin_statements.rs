//! Organisers' statement requests, each signed ([`SignedAdmin`]): create a
//! statement from its file and organiser-signed header, and strike a named
//! signature shown to be false.

use actix_web::{post, web, HttpResponse};
use caucus_core::log::entry::{Entry, Header};
use caucus_core::log::tiles::MAX_ENTRY;
use caucus_core::statement::Statement;
use serde_json::json;

use crate::error::AppError;
use crate::http::auth::SignedAdmin;
use crate::state::AppState;
use crate::store::statements::StatementRecord;
use crate::writes::commit::{Outcome, Write};
use crate::writes::submit::{commit_error, parse_id};

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
pub async fn create_statement(
    state: web::Data<AppState>,
    signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    let request: NewStatement = serde_json::from_slice(&signed.body).map_err(|e| {
        AppError::BadRequest(format!(
            "expected {{\"statement\": ..., \"header\": ...}}: {e}"
        ))
    })?;
    let statement = Statement::from_toml(&request.statement)?;
    // Every entry must fit a C2SP entry bundle (a uint16 length); only a
    // header with very long witness names could be longer.
    if request.header.len() > MAX_ENTRY {
        return Err(AppError::BadRequest(format!(
            "header: longer than {MAX_ENTRY} bytes, the most a log entry may be; use shorter witness names"
        )));
    }
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
    let mut expected = Header::new(header.statement, &statement, &header.organiser);
    expected.server_key = header.server_key.clone();
    if *header != expected {
        return Err(AppError::BadRequest(
            "header: does not match the statement file".into(),
        ));
    }
    // A header made before servers were named in it has none.
    if header
        .server_key
        .as_ref()
        .is_some_and(|key| *key != state.server_key.public())
    {
        return Err(AppError::BadRequest(
            "header: names another server's key, not this server's".into(),
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
pub async fn strike(
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
