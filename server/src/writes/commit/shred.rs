//! Retention inside the single writer: a survey's spent-invite records and
//! its response file's length leave the ballot box in one atomic batch,
//! made durable like any other write; the writer removes the file and
//! destroys the campaign key only after that (a file left by a crash in
//! between is removed when the store opens), so a crash in between leaves a key that a restart's sweep
//! destroys, never a key-less box that still claims to hold responses.
//! Whether retention is over is decided here again, against the state the
//! writer holds: a reopen and close since the sweep looked restarts the
//! clock.

use caucus_core::CampaignId;

use super::ballots::BallotBatch;
use super::release::ReleaseBatch;
use super::Outcome;
use crate::store::response_files::length_key;
use crate::store::{Store, SurveyRecord, SurveyState, SPENT};
use crate::writes::retention::passed;

/// Delete what retention says must go, if the survey is closed.
pub fn survey(
    store: &Store,
    ballots: &mut BallotBatch,
    releases: &mut ReleaseBatch,
    id: &CampaignId,
    record: &mut SurveyRecord,
    today: &str,
) -> anyhow::Result<Outcome> {
    if record.shredded_on.is_some() {
        return Ok(Outcome::Unchanged);
    }
    let over = record.state == SurveyState::Closed
        && record
            .closed_on
            .as_deref()
            .is_some_and(|closed| passed(closed, record.survey.retention_days, today));
    if !over {
        return Ok(Outcome::IsOpen);
    }
    let mut spent_prefix = vec![SPENT];
    spent_prefix.extend_from_slice(id.as_bytes());
    for key in store.ballots.scan_prefix(spent_prefix).keys() {
        ballots.remove(key?);
    }
    // The file itself goes once this is durable (see `writer`).
    ballots.remove(length_key(id));
    releases.drop_export_bodies(store, id)?;
    record.shredded_on = Some(today.to_string());
    Ok(Outcome::Done)
}
