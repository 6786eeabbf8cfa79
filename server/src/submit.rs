//! Taking one response: the same steps for the HTML form and the JSON API.
//!
//! Every refusal happens before anything is written; the one write (burn
//! the invite and store the sealed answers) is a single durable step in the
//! commit thread, which re-checks "spent" and "closed" as the authority.

use caucus_core::seal::SealError;
use caucus_core::{CampaignId, Invite, Receipt, SealedResponse};
use serde_json::Value;

use crate::commit::{CommitError, Outcome, Write};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{SurveyRecord, SurveyState};

pub fn commit_error(err: CommitError) -> AppError {
    match err {
        CommitError::Busy => AppError::Busy,
        CommitError::Storage(cause) => AppError::Internal(anyhow::anyhow!(cause)),
    }
}

/// The survey, if it exists and is open.
pub fn open_survey(state: &AppState, id: &CampaignId) -> Result<SurveyRecord, AppError> {
    let record = state.store.survey(id)?.ok_or(AppError::NotFound)?;
    if record.state == SurveyState::Closed {
        return Err(AppError::Closed);
    }
    Ok(record)
}

/// Parse and check an invite for this survey, without spending it.
pub fn check_invite(state: &AppState, id: &CampaignId, code: &str) -> Result<Invite, AppError> {
    let invite = Invite::parse(code)?;
    invite.verify(id, &state.organisers)?;
    if !state.store.keys.exists(id) {
        // Destroyed under retention: the campaign is over for good.
        return Err(AppError::Closed);
    }
    if state
        .store
        .is_spent(id, &state.store.keys.spend_tag(id, &invite)?)?
    {
        return Err(AppError::Spent);
    }
    Ok(invite)
}

pub async fn submit(
    state: &AppState,
    id: &CampaignId,
    code: &str,
    answers: &Value,
) -> Result<Receipt, AppError> {
    let record = open_survey(state, id)?;
    // Failures count against the survey's flood budget (see `flood`); a
    // valid invite never meets the limiter, so its answers are not refused.
    let invite = check_invite(state, id, code).map_err(|e| state.flood.refuse(id, e))?;
    let answers = record
        .survey
        .validate_answers(answers)
        .map_err(|e| state.flood.count(id, AppError::Answers(e)))?;
    let sealed = SealedResponse::seal(&answers, id, &state.organisers, &mut rand::rngs::OsRng)
        .map_err(|e| match e {
            SealError::TooLarge => AppError::AnswersTooLong,
            e => AppError::Internal(anyhow::anyhow!("sealing: {e}")),
        })?;
    let digest = sealed.digest();
    let write = Write::Submit {
        id: *id,
        tag: state.store.keys.spend_tag(id, &invite)?,
        sealed: state.store.keys.wrap(id, &sealed.0)?,
    };
    match state.committer.commit(write).await.map_err(commit_error)? {
        Outcome::Done => Ok(Receipt::issue(&state.server_key, id, &digest)),
        Outcome::Spent => Err(state.flood.refuse(id, AppError::Spent)),
        Outcome::Closed => Err(AppError::Closed),
        _ => Err(AppError::NotFound),
    }
}

/// A campaign id from a path segment; anything else is simply not found.
pub fn parse_id(text: &str) -> Result<CampaignId, AppError> {
    text.parse().map_err(|_| AppError::NotFound)
}
