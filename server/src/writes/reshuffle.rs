//! Storage order carries no submission order, at rest: a survey's
//! responses are stored again in random order, wrapped under a new key,
//! and the old key destroyed (see `store::campaign_keys::rewrap` for why).
//!
//! It runs when a survey is closed, before the close is answered, so a
//! copy of the disk taken after a close pairs spend records with responses
//! no better than chance; every day for an open survey that took answers
//! since its last rewrite; and at start for a rewrite a crash cut short,
//! or a closed survey whose responses were never rewritten. A copy taken
//! while a survey is open can still pair the answers of the day so far
//! (docs/threat-model.md).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use anyhow::bail;
use caucus_core::CampaignId;

use crate::store::{Store, SurveyState};
use crate::writes::commit::{self, Committer, Outcome, Write};

/// How often an open survey's new responses are rewritten.
pub const EVERY: Duration = Duration::from_secs(24 * 60 * 60);

/// Stagings tried before giving up, should other rewrites keep replacing
/// the file first.
const ATTEMPTS: usize = 3;

/// Rewrite survey `id`'s responses; how many were stored again.
pub async fn survey(store: &Store, committer: &Committer, id: &CampaignId) -> anyhow::Result<u64> {
    let _alone = store.responses.rewrite_lock(id).await?;
    store.keys.begin_rewrap(id)?;
    for _ in 0..ATTEMPTS {
        // Copied off the commit thread: writes go on meanwhile.
        let staged = {
            let (store, id) = (store.clone(), *id);
            actix_web::web::block(move || commit::reshuffle::stage(&store, &id)).await??
        };
        match committer.commit(Write::Reshuffle(staged)).await? {
            Outcome::Reshuffled(moved) => {
                // Every response is under the new key, durably: the old
                // wrapping key may go.
                store.keys.end_rewrap(id)?;
                return Ok(moved);
            }
            Outcome::Restage => continue,
            other => bail!("reshuffle of survey {id}: {other:?}"),
        }
    }
    bail!("reshuffle of survey {id}: its file kept changing under the rewrite")
}

/// What the daily pass remembers of each survey: its response count at
/// its last rewrite (or at start), and when that was.
#[derive(Default)]
pub struct Schedule {
    last: HashMap<CampaignId, (u64, Instant)>,
}

impl Schedule {
    /// Rewrite every survey that is due, once the schedule knows it; a
    /// survey seen for the first time is due only if a rewrite is pending.
    pub async fn run(&mut self, store: &Store, committer: &Committer) -> anyhow::Result<usize> {
        let mut done = 0;
        for id in store.survey_ids()? {
            let Some(record) = store.survey(&id)? else {
                continue;
            };
            if !store.keys.exists(&id) {
                continue;
            }
            let count = store.response_count(&id)?;
            let due = match self.last.get(&id) {
                _ if store.keys.rewrap_pending(&id)? => {
                    count > 0 || record.state == SurveyState::Closed
                }
                None => false,
                Some((then, at)) => {
                    record.state == SurveyState::Open && *then != count && at.elapsed() >= EVERY
                }
            };
            if due {
                // One survey's failure must not hold up the others'.
                match survey(store, committer, &id).await {
                    Ok(moved) => {
                        log::info!("survey {id}: {moved} responses stored again in random order");
                        done += 1;
                    }
                    Err(err) => log::error!("survey {id}: rewrite failed: {err:#}"),
                }
            }
            self.last.insert(id, (count, Instant::now()));
        }
        Ok(done)
    }
}
