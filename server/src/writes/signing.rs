//! Signing and withdrawing, the same for the statement page and the JSON
//! API. Every refusal happens before anything is written; the append is
//! one durable step in the commit thread, which re-checks "spent" and
//! "closed" as the authority.

use std::sync::Arc;

use caucus_core::encoding::{b64url, from_hex, hex, is_hex_digest};
use caucus_core::log::audit::{RevealedPersonal, StatementReceipt};
use caucus_core::log::checkpoint::Checkpoint;
use caucus_core::log::entry::{withdrawal_hash, Entry, PersonalText, SignatureKind};
use caucus_core::log::note::Note;
use caucus_core::{CampaignId, SealedPersonal};
use rand::rngs::OsRng;
use rand::RngCore;
use serde::Deserialize;

use crate::error::AppError;
use crate::state::AppState;
use crate::store::statements::{StatementRecord, StoredPersonal};
use crate::store::{today, withdrawals};
use crate::writes::commit::statement::{PersonalWrite, Signing};
use crate::writes::commit::{Outcome, Write};
use crate::writes::credential::{challenge, spend_tag, Credential};
use crate::writes::submit::commit_error;

pub const MAX_NAME: usize = 100;
pub const MAX_ROLE: usize = 100;
pub const MAX_COMMENT: usize = 1000;

/// What a signer sends: a name (with optional role and comment), or
/// `anonymous: true`; and an invite where one is needed.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureRequest {
    pub name: Option<String>,
    pub role: Option<String>,
    pub comment: Option<String>,
    #[serde(default)]
    pub anonymous: bool,
    pub invite: Option<String>,
    /// A ticket instead of an invite (or in an `Authorization` header).
    pub ticket: Option<String>,
    /// The SHA-256 (hex) of a withdrawal secret the signer made and keeps,
    /// so the server never sees it; without it the server makes one.
    pub withdrawal_sha256: Option<String>,
}

pub fn open_statement(state: &AppState, id: &CampaignId) -> Result<Arc<StatementRecord>, AppError> {
    let record = state.store.statement(id)?.ok_or(AppError::NotFound)?;
    if signing_closed(&record) {
        return Err(AppError::Closed);
    }
    Ok(record)
}

/// Whether the statement's last day to sign (UTC) has passed.
pub fn signing_closed(record: &StatementRecord) -> bool {
    record
        .statement
        .closes
        .as_deref()
        .is_some_and(|last| today().as_str() > last)
}

/// One signer's text field. NUL and every other control character are
/// refused by name (never stored, never stripped silently); only a comment
/// may span lines or hold tabs, as a survey's written answers may.
fn field(
    name: &str,
    value: Option<&str>,
    max: usize,
    required: bool,
    multiline: bool,
) -> Result<Option<String>, AppError> {
    // Browsers send form line breaks as CRLF.
    let normalised = value.map(|v| v.replace("\r\n", "\n"));
    let value = normalised
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty());
    let invalid = |key: &'static str, message: String| {
        AppError::Answers(vec![caucus_core::AnswerError::new(
            Some(name),
            key,
            message,
        )
        .with_number("max", i64::try_from(max).unwrap_or(i64::MAX))])
    };
    let allowed = |c: char| multiline && (c == '\n' || c == '\t');
    let (control_key, control_message) = if multiline {
        ("sign-error-control", "must not contain control characters")
    } else {
        (
            "sign-error-one-line",
            "must be one line, without control characters",
        )
    };
    match value {
        None if required => Err(invalid("sign-error-required", "is required".into())),
        None => Ok(None),
        Some(v) if v.chars().count() > max => Err(invalid(
            "sign-error-too-long",
            format!("must be at most {max} characters"),
        )),
        Some(v) if v.chars().any(|c| c.is_control() && !allowed(c)) => {
            Err(invalid(control_key, control_message.into()))
        }
        Some(v) => Ok(Some(v.to_string())),
    }
}

fn personal_text(request: &SignatureRequest) -> Result<PersonalText, AppError> {
    Ok(PersonalText {
        name: field("name", request.name.as_deref(), MAX_NAME, true, false)?.unwrap_or_default(),
        role: field("role", request.role.as_deref(), MAX_ROLE, false, false)?,
        comment: field(
            "comment",
            request.comment.as_deref(),
            MAX_COMMENT,
            false,
            true,
        )?,
    })
}

/// Check an invite or ticket for a statement and whether it was spent,
/// without spending it: for signing only, which then spends it (see
/// [`crate::writes::submit::verify_invite`] for why a page view must not ask).
async fn check_statement_credential(
    state: &AppState,
    id: &CampaignId,
    credential: &Credential,
    host: &str,
) -> Result<[u8; 32], AppError> {
    let tag = spend_tag(state, id, credential, host).await?;
    if state.store.statement_invite_spent(id, &tag)? {
        return Err(credential.spent());
    }
    Ok(tag)
}

/// Sign, with an invite or ticket from `request` or an `Authorization`
/// header (RFC 9577), asked at `host`; returns the receipt and the
/// withdrawal secret (hex) the server made, if the signer sent no hash of
/// their own.
pub async fn sign(
    state: &AppState,
    id: &CampaignId,
    request: &SignatureRequest,
    authorization: Option<&str>,
    host: &str,
) -> Result<(StatementReceipt, Option<String>), AppError> {
    let record = open_statement(state, id)?;
    let settings = &record.statement;
    let credential = Credential::choose(
        authorization,
        request.ticket.as_deref(),
        request.invite.as_deref(),
    )
    .map_err(|e| state.flood.refuse(id, e))?;
    let (kind, personal) = if request.anonymous {
        if !settings.anonymous {
            return Err(AppError::BadRequest(
                "this statement takes named signatures only".into(),
            ));
        }
        if request.name.is_some() || request.role.is_some() || request.comment.is_some() {
            return Err(AppError::BadRequest(
                "an anonymous signature carries no name, role or comment".into(),
            ));
        }
        (SignatureKind::Anonymous, None)
    } else {
        if !settings.named {
            return Err(AppError::BadRequest(
                "this statement takes anonymous signatures only".into(),
            ));
        }
        let text = personal_text(request).map_err(|e| state.flood.count(id, e))?;
        let kind = if credential.is_some() || settings.invite_required_for_named {
            SignatureKind::Named
        } else {
            SignatureKind::Unverified
        };
        (kind, Some(text))
    };
    let tag = match (kind, &credential) {
        (SignatureKind::Unverified, _) => None,
        // Asking for the challenge is how a stock client starts.
        (_, None) => return Err(challenge(state, id, host)),
        // Invite and ticket failures count against the statement's flood
        // budget and are refused with 429 once it is spent (see `flood`).
        (_, Some(credential)) => Some(
            check_statement_credential(state, id, credential, host)
                .await
                .map_err(|e| state.flood.refuse(id, e))?,
        ),
    };
    let mut rng = OsRng;
    let (withdrawal_sha256, secret) = match request.withdrawal_sha256.as_deref().map(str::trim) {
        Some(hash) if is_hex_digest(hash) => (hash.to_string(), None),
        Some(_) => {
            return Err(AppError::BadRequest(
                "withdrawal_sha256: expected 64 lowercase hex digits, the SHA-256 of a 32-byte secret you keep".into(),
            ))
        }
        None => {
            let mut secret = [0u8; 32];
            rng.fill_bytes(&mut secret);
            (withdrawal_hash(&secret), Some(hex(&secret)))
        }
    };
    let mut salt = [0u8; 16];
    rng.fill_bytes(&mut salt);
    let entry = Entry::Signature {
        kind,
        commitment: personal.as_ref().map(|p| p.commitment(&salt)),
        withdrawal_sha256: withdrawal_sha256.clone(),
    }
    .to_bytes()
    .ok_or_else(|| AppError::Internal(anyhow::anyhow!("signature entry")))?;
    let personal = personal
        .map(|text| personal_write(state, id, &record, salt, text))
        .transpose()?;
    let signing = Signing {
        kind,
        tag,
        entry: entry.clone(),
        personal,
        // Decoded here, off the commit thread every write waits on.
        withdrawal: withdrawals::decode(&withdrawal_sha256).map_err(AppError::Internal)?,
    };
    let write = Write::Sign {
        id: *id,
        signing,
        today: today(),
    };
    match state.committer.commit(write).await.map_err(commit_error)? {
        Outcome::Appended(index) => Ok((receipt(state, id, index, &entry)?, secret)),
        Outcome::Exists => Err(AppError::WithdrawalHashTaken),
        Outcome::Spent => Err(state
            .flood
            .refuse(id, credential.map_or(AppError::Spent, |c| c.spent()))),
        Outcome::Closed => Err(AppError::Closed),
        _ => Err(AppError::NotFound),
    }
}

/// A signer's text as the commit thread may keep it: sealed to the
/// organisers until the names are revealed, opened after. Sealed here, off
/// the commit thread, unless the names were revealed already (for good).
fn personal_write(
    state: &AppState,
    id: &CampaignId,
    record: &StatementRecord,
    salt: [u8; 16],
    text: PersonalText,
) -> Result<PersonalWrite, AppError> {
    let commitment = text.commitment(&salt);
    let sealed = if record.names_public() {
        None
    } else {
        let opening = RevealedPersonal::new(&salt, &text);
        let sealed = SealedPersonal::seal(&opening, id, &commitment, &state.organisers, &mut OsRng)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("sealing a signer's text: {e}")))?;
        Some(sealed.0)
    };
    let opened = serde_json::to_vec(&StoredPersonal { salt, text })
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(PersonalWrite {
        commitment,
        sealed,
        opened,
    })
}

/// Inclusion proof of `entry`, appended at `index`, against the latest
/// durable checkpoint.
fn receipt(
    state: &AppState,
    id: &CampaignId,
    index: u64,
    entry: &[u8],
) -> Result<StatementReceipt, AppError> {
    let text = state.store.checkpoint(id)?.ok_or(AppError::NotFound)?;
    let note = Note::parse(&text)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("stored checkpoint: {e}")))?;
    let size = Checkpoint::parse(&note.text)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("stored checkpoint: {e}")))?
        .size;
    let proof = state
        .store
        .with_log_tree(id, size, |tree| {
            tree.inclusion_proof(usize::try_from(index).ok()?, usize::try_from(size).ok()?)
        })?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("entry beyond the checkpoint")))?;
    Ok(StatementReceipt {
        statement: id.to_string(),
        index,
        entry: b64url(entry),
        checkpoint: text.to_string(),
        inclusion_proof: proof.iter().map(|h| b64url(h)).collect(),
    })
}

/// Withdraw with a secret; returns the index of the withdrawal entry.
pub async fn withdraw(
    state: &AppState,
    id: &CampaignId,
    secret_hex: &str,
) -> Result<u64, AppError> {
    state.store.statement(id)?.ok_or(AppError::NotFound)?;
    // A secret that does not work counts against the statement's flood
    // budget (see `flood`); the right one is never refused.
    let secret: [u8; 32] = from_hex(secret_hex.trim())
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| {
            state.flood.refuse(
                id,
                AppError::BadRequest(
                    "withdrawal_secret: expected the 64 hex characters given when signing".into(),
                ),
            )
        })?;
    match state
        .committer
        .commit(Write::Withdraw { id: *id, secret })
        .await
        .map_err(commit_error)?
    {
        Outcome::Appended(index) => Ok(index),
        Outcome::Spent => Err(state.flood.refuse(id, AppError::Withdrawn)),
        _ => Err(state.flood.refuse(id, AppError::UnknownSecret)),
    }
}
