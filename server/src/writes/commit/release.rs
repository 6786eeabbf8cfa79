//! Registering releases inside the single writer, so the checks that need
//! the current state (is the survey closed? how many responses are in the
//! box? which releases came before?) cannot race a reopen or a submission.
//!
//! The server cannot open answers, but it can count them: a release whose
//! response count differs from an earlier one's by 1 to k-1 is refused
//! here, whatever the CLI did. The CLI's own check (`caucus_core::release`)
//! catches the subtler leaks between the counts themselves.

use std::collections::HashMap;

use caucus_core::CampaignId;

use super::Outcome;
use crate::store::releases::{release_key, ReleaseRecord};
use crate::store::Store;

#[derive(Default)]
pub struct ReleaseBatch {
    /// Releases registered earlier in this batch, per survey.
    pending: HashMap<CampaignId, Vec<ReleaseRecord>>,
    rewritten: bool,
    batch: sled::Batch,
}

impl ReleaseBatch {
    /// Register `release` if its count is `now` (the responses the survey
    /// holds, this batch's included) and no earlier release differs from
    /// it by fewer than `k`.
    pub fn register(
        &mut self,
        store: &Store,
        id: &CampaignId,
        release: &ReleaseRecord,
        k: u32,
        now: u64,
    ) -> anyhow::Result<Outcome> {
        if release.responses != now {
            return Ok(Outcome::StaleRelease(now));
        }
        let mut earlier = store.releases(id)?;
        earlier.extend(self.pending.get(id).into_iter().flatten().cloned());
        let too_close = earlier.iter().find(|e| {
            let difference = e.responses.abs_diff(now);
            difference > 0 && difference < u64::from(k)
        });
        if let Some(e) = too_close {
            return Ok(Outcome::Differencing {
                seq: e.seq,
                responses: e.responses,
            });
        }
        let seq = earlier.last().map_or(1, |e| e.seq + 1);
        let mut record = release.clone();
        record.seq = seq;
        self.batch
            .insert(release_key(id, seq), serde_json::to_vec(&record)?);
        self.pending.entry(*id).or_default().push(record);
        Ok(Outcome::Registered(seq))
    }

    /// Under retention: keep each export's record (its count still bars a
    /// differencing release) but drop its sealed report, also of an export
    /// registered earlier in this same batch.
    pub fn drop_export_bodies(&mut self, store: &Store, id: &CampaignId) -> anyhow::Result<()> {
        let mut stripped = Vec::new();
        for mut record in store.releases(id)? {
            if record.sealed.take().is_some() {
                stripped.push(record);
            }
        }
        for record in self.pending.get_mut(id).into_iter().flatten() {
            if record.sealed.take().is_some() {
                stripped.push(record.clone());
            }
        }
        for record in stripped {
            // Replaces a pending record's own insert in this batch.
            self.batch
                .insert(release_key(id, record.seq), serde_json::to_vec(&record)?);
            self.rewritten = true;
        }
        Ok(())
    }

    /// The batch to apply, if anything was registered or rewritten. An
    /// empty batch is not applied: sled writes even an empty one to its log.
    pub fn finish(self) -> Option<sled::Batch> {
        (self.rewritten || !self.pending.is_empty()).then_some(self.batch)
    }
}
