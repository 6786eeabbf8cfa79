//! Witnesses of a statement's log: the named witnesses' cosignatures
//! (C2SP tlog-cosignature/v1), the largest witnessed checkpoint, and each
//! named witness with its latest cosigned checkpoint.
//!
//! Only the witnesses the organisers named in the signed header are kept
//! (see `caucus_core::log::witnesses` for why).

use actix_web::{get, post, web, HttpResponse};
use caucus_core::log::checkpoint::{verify_cosignature, Checkpoint};
use caucus_core::log::note::Note;
use caucus_core::log::witnesses::Witness;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::AppError;
use crate::handlers::statements::statement;
use crate::state::AppState;
use crate::store::cosigned::Cosigned;
use crate::writes::commit::{Outcome, Write};
use crate::writes::submit::commit_error;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CosignatureRequest {
    /// The witness's verifier key (C2SP vkey, signature type 0x04).
    witness: String,
    /// One signature line, `— <name> <base64>`.
    cosignature: String,
}

/// A named witness's cosignature of the current checkpoint. Only the
/// witnesses the organisers named in the signed header may cosign (403 for
/// any other key, or a named key under another name); the cosignature must
/// verify under that key, over the checkpoint as it stands now.
#[post("/api/v1/statements/{id}/cosignatures")]
pub async fn add_cosignature(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<CosignatureRequest>,
) -> Result<HttpResponse, AppError> {
    let (id, record) = statement(&state, &id)?;
    let witness =
        Witness::parse(&body.witness).map_err(|e| AppError::BadRequest(format!("witness: {e}")))?;
    let place = record
        .statement
        .witnesses
        .iter()
        .position(|named| Witness::parse(named).is_ok_and(|named| named == witness))
        .ok_or(AppError::UnknownWitness)?;
    let line = body
        .cosignature
        .strip_suffix('\n')
        .unwrap_or(&body.cosignature);
    if line.is_empty() || line.contains(['\n', '\r']) {
        return Err(AppError::BadRequest(
            "cosignature: expected one signature line".into(),
        ));
    }
    let current = state.store.log_checkpoint(&id)?.ok_or(AppError::NotFound)?;
    let base = Note::parse(&current)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("stored checkpoint: {e}")))?;
    let size = Checkpoint::parse(&base.text)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("stored checkpoint: {e}")))?
        .size;
    let with_line = Note::parse(&format!("{}\n{line}\n", base.text))
        .map_err(|e| AppError::BadRequest(format!("cosignature: {e}")))?;
    if with_line.signatures.first().map(|s| s.name.as_str()) != Some(witness.name.as_str()) {
        return Err(AppError::BadRequest(format!(
            "cosignature: the line must be signed as `{}`",
            witness.name
        )));
    }
    if verify_cosignature(&with_line, &witness.name, &witness.key).is_none() {
        return Err(AppError::CheckpointMoved);
    }
    let write = Write::Cosign {
        id,
        witness: place,
        cosigned: Cosigned {
            checkpoint: current.to_string(),
            size,
            line: line.to_string(),
        },
    };
    match state.committer.commit(write).await.map_err(commit_error)? {
        Outcome::Done => {
            Ok(HttpResponse::Ok().json(json!({"cosigned": true, "witness": witness.name})))
        }
        Outcome::Moved => Err(AppError::CheckpointMoved),
        _ => Err(AppError::NotFound),
    }
}

/// The largest checkpoint a named witness cosigned, with every named
/// witness's cosignature over it.
#[get("/api/v1/statements/{id}/witnessed")]
pub async fn witnessed(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (id, _) = statement(&state, &id)?;
    let text = state.store.witnessed(&id)?.ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(text.to_string()))
}

/// The named witnesses, each with its latest cosigned checkpoint (the
/// log's signature and that witness's cosignature), so a verifier can
/// check witnesses that cosigned different sizes.
#[get("/api/v1/statements/{id}/witnesses")]
pub async fn witnesses(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (id, record) = statement(&state, &id)?;
    let cosigned = state.store.cosigned(&id)?;
    let list: Vec<Value> = record
        .statement
        .witnesses
        .iter()
        .enumerate()
        .map(|(place, vkey)| {
            let latest = cosigned.get(place).and_then(Option::as_ref);
            let name = vkey.split('+').next().unwrap_or_default();
            json!({
                "name": name,
                "vkey": vkey,
                "size": latest.map(|c| c.size),
                "checkpoint": latest.map(Cosigned::note),
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({"witnesses": list})))
}
