//! Taking one response: the same steps for the HTML form and the JSON API.
//!
//! Every refusal happens before anything is written; the one write (burn
//! the invite and store the sealed answers) is a single durable step in the
//! commit thread, which re-checks "spent" and "closed" as the authority.

use std::sync::Arc;

use caucus_core::seal::SealError;
use caucus_core::short_code::ShortCode;
use caucus_core::{CampaignId, Invite, InviteError, Receipt, SealedResponse};
use serde_json::Value;

use crate::error::AppError;
use crate::state::AppState;
use crate::store::{SurveyRecord, SurveyState};
use crate::writes::commit::{CommitError, Outcome, Write};
use crate::writes::credential::{spend_tag, Credential};

pub fn commit_error(err: CommitError) -> AppError {
    match err {
        CommitError::Busy => AppError::Busy,
        CommitError::Refused => AppError::NotProcessed,
        CommitError::Storage(cause) => AppError::Internal(anyhow::anyhow!(cause)),
    }
}

/// The survey, if it exists.
pub fn find_survey(state: &AppState, id: &CampaignId) -> Result<Arc<SurveyRecord>, AppError> {
    state.store.survey(id)?.ok_or(AppError::NotFound)
}

/// The survey, if it exists and is open.
pub fn open_survey(state: &AppState, id: &CampaignId) -> Result<Arc<SurveyRecord>, AppError> {
    let record = find_survey(state, id)?;
    if record.state == SurveyState::Closed {
        return Err(AppError::Closed);
    }
    Ok(record)
}

/// Parse an invite and check its organiser signature, for this campaign;
/// returns its spend tag (see `store::campaign_keys`), which a submission
/// burns. Whether it was spent is not looked at: only a submission may
/// tell that, or a page view would let anyone holding a code poll for when
/// its holder answered.
pub async fn verify_invite(
    state: &AppState,
    id: &CampaignId,
    code: &str,
) -> Result<[u8; 32], AppError> {
    // A short code (16 characters) is valid when an organiser registered
    // its hash for this campaign; a long one carries its own signature.
    let short = ShortCode::parse(code).map(|short| short.hash(id));
    let names = match short {
        Some(hash) => hash,
        None => {
            let invite = Invite::parse(code)?;
            let tag = invite.spend_tag(id);
            state.invite_checks.verify(id, invite).await?;
            tag
        }
    };
    if !state.store.keys.exists(id) {
        // Destroyed under retention: the campaign is over for good.
        return Err(AppError::Closed);
    }
    if short.is_some() && !state.store.short_invite_registered(id, &names)? {
        return Err(AppError::Invite(InviteError::Forged));
    }
    Ok(state.store.keys.spend_record(id, &names)?)
}

/// Take one response shown with `credential` (an invite or a ticket),
/// asked at `host` (a ticket answers that address's challenge).
pub async fn submit(
    state: &AppState,
    id: &CampaignId,
    credential: &Credential,
    host: &str,
    answers: &Value,
) -> Result<Receipt, AppError> {
    let record = open_survey(state, id)?;
    // Failures count against the survey's flood budget (see `flood`); a
    // valid invite never meets the limiter, so its answers are not refused.
    let tag = spend_tag(state, id, credential, host)
        .await
        .map_err(|e| state.flood.refuse(id, e))?;
    let answers = record
        .survey
        .validate_answers(answers)
        .map_err(|e| state.flood.count(id, AppError::Answers(e)))?;
    // Only answers that would be stored learn that the invite was spent:
    // a probe with empty answers gets the same 422 either way, and a
    // probe with valid answers spends an unspent code for good. Looked up
    // here (the commit thread decides for good) to spare the sealing.
    if state.store.is_spent(id, &tag)? {
        return Err(state.flood.refuse(id, credential.spent()));
    }
    let sealed = SealedResponse::seal(&answers, id, &state.organisers, &mut rand::rngs::OsRng)
        .map_err(|e| match e {
            SealError::TooLarge => AppError::AnswersTooLong,
            e => AppError::Internal(anyhow::anyhow!("sealing: {e}")),
        })?;
    let digest = sealed.digest();
    let write = Write::Submit {
        id: *id,
        tag,
        sealed: sealed.0,
    };
    match state.committer.commit(write).await.map_err(commit_error)? {
        Outcome::Done => Ok(Receipt::issue(&state.server_key, id, &digest)),
        Outcome::Spent => Err(state.flood.refuse(id, credential.spent())),
        Outcome::Closed => Err(AppError::Closed),
        _ => Err(AppError::NotFound),
    }
}

/// A campaign id from a path segment; anything else is simply not found.
pub fn parse_id(text: &str) -> Result<CampaignId, AppError> {
    text.parse().map_err(|_| AppError::NotFound)
}
