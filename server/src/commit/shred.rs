//! Retention inside the single writer: a survey's sealed responses and
//! spent-invite records leave the ballot box in one atomic batch, made
//! durable like any other write. The campaign key is destroyed only after
//! that (see [`crate::retention`]), so a crash in between leaves data that
//! a restart's sweep finishes deleting, never a key-less box that still
//! claims to hold responses.

use caucus_core::CampaignId;

use super::release::ReleaseBatch;
use super::Outcome;
use crate::store::{response_prefix, Store, SurveyRecord, SurveyState, SPENT};

/// Delete what retention says must go, if the survey is closed.
pub fn survey(
    store: &Store,
    ballots: &mut sled::Batch,
    releases: &mut ReleaseBatch,
    id: &CampaignId,
    record: &mut SurveyRecord,
    today: &str,
) -> anyhow::Result<Outcome> {
    if record.shredded_on.is_some() {
        return Ok(Outcome::Unchanged);
    }
    if record.state == SurveyState::Open {
        return Ok(Outcome::IsOpen);
    }
    let mut spent_prefix = vec![SPENT];
    spent_prefix.extend_from_slice(id.as_bytes());
    for prefix in [response_prefix(id), spent_prefix] {
        for key in store.ballots.scan_prefix(prefix).keys() {
            ballots.remove(key?);
        }
    }
    releases.drop_export_bodies(store, id)?;
    record.shredded_on = Some(today.to_string());
    Ok(Outcome::Done)
}
