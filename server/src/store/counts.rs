//! How many sealed responses each survey holds, kept as a number beside
//! them rather than counted on demand.
//!
//! Counting meant reading every response key: a status request or a release
//! check on a survey of a million responses read a million keys, and pulled
//! the whole box through sled's page cache, which then held the server's
//! memory at twice its size after the fill (docs/performance.md). The number
//! lives in the ballot box under `n | id` (u64 big-endian), so the commit
//! thread writes it in the same atomic batch as the responses it counts: a
//! crash cannot leave the two apart. A data directory written before the
//! number existed is counted once, when the store opens.

use std::collections::HashMap;

use anyhow::Context;
use caucus_core::CampaignId;

use super::Store;

pub const COUNT: u8 = b'n';

pub fn count_key(id: &CampaignId) -> Vec<u8> {
    let mut key = Vec::with_capacity(17);
    key.push(COUNT);
    key.extend_from_slice(id.as_bytes());
    key
}

fn decode(bytes: &[u8]) -> anyhow::Result<u64> {
    super::be_u64(bytes).context("a response count that is not 8 bytes")
}

/// A survey whose stored number disagrees with the responses it holds.
#[derive(Debug, PartialEq, Eq)]
pub struct Miscount {
    pub id: CampaignId,
    pub counted: u64,
    pub stored: u64,
}

impl Store {
    /// How many responses the survey holds (zero for one never answered).
    pub fn response_count(&self, id: &CampaignId) -> anyhow::Result<u64> {
        match self.ballots.get(count_key(id))? {
            Some(bytes) => decode(&bytes),
            None => Ok(0),
        }
    }

    /// The slow way, reading every record: for the once-only count at
    /// open and for audits.
    fn responses_on_disk(&self, id: &CampaignId) -> anyhow::Result<u64> {
        self.responses.count(id, self.response_length(id)?)
    }

    /// Give every survey without a stored number one (a data directory
    /// from before the number existed). Runs once the published records
    /// are loaded and before the commit thread starts, so nothing else
    /// writes meanwhile; if the process dies before sled persists it, the
    /// next open counts again.
    pub(super) fn count_uncounted(&self) -> anyhow::Result<()> {
        for id in self.survey_ids()? {
            if !self.ballots.contains_key(count_key(&id))? {
                let n = self.responses_on_disk(&id)?;
                self.ballots.insert(count_key(&id), &n.to_be_bytes())?;
            }
        }
        Ok(())
    }

    /// Every survey whose number differs from its responses on disk: for
    /// audits and the crash tests, which expect none.
    pub fn miscounted_surveys(&self) -> anyhow::Result<Vec<Miscount>> {
        let mut out = Vec::new();
        for id in self.survey_ids()? {
            let counted = self.response_count(&id)?;
            let stored = self.responses_on_disk(&id)?;
            if counted != stored {
                out.push(Miscount {
                    id,
                    counted,
                    stored,
                });
            }
        }
        Ok(out)
    }
}

/// The numbers one commit batch changes: read from the store the first
/// time the batch touches a survey, written into the batch's ballot writes.
#[derive(Default)]
pub struct BatchCounts(HashMap<CampaignId, u64>);

impl BatchCounts {
    /// The survey's count as of this point in the batch.
    pub fn of(&mut self, store: &Store, id: &CampaignId) -> anyhow::Result<&mut u64> {
        if !self.0.contains_key(id) {
            self.0.insert(*id, store.response_count(id)?);
        }
        self.0
            .get_mut(id)
            .context("a response count missing from the batch")
    }

    pub fn write(self, ballots: &mut crate::writes::commit::BallotBatch) {
        for (id, n) in self.0 {
            ballots.insert(count_key(&id), &n.to_be_bytes());
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use caucus_core::Survey;
    use rand::RngCore;

    use super::*;
    use crate::operator::demo::DEMO_SURVEY;
    use crate::store::response_files::from_sled::old_slot_prefix;
    use crate::store::SurveyRecord;

    /// A data directory from before the number existed: a survey and
    /// responses, kept in sled as they then were, and no count; the store
    /// is still open.
    pub(crate) fn uncounted(dir: &std::path::Path, responses: u64) -> (Store, CampaignId) {
        let store = Store::open(dir).expect("store");
        let id = CampaignId::random(&mut rand::rngs::OsRng);
        let record = SurveyRecord::open_now(Survey::from_toml(DEMO_SURVEY).expect("survey"));
        store
            .surveys
            .insert(id.as_bytes(), serde_json::to_vec(&record).expect("json"))
            .expect("insert");
        for _ in 0..responses {
            let mut slot = old_slot_prefix(&id);
            let mut random = [0u8; 16];
            rand::rngs::OsRng.fill_bytes(&mut random);
            slot.extend_from_slice(&random);
            store.ballots.insert(slot, &b"sealed"[..]).expect("insert");
        }
        assert!(!store.ballots.contains_key(count_key(&id)).expect("get"));
        store.db.flush().expect("flush");
        (store, id)
    }

    /// [`uncounted`], closed and opened again: the open counts it, and
    /// knows the survey written behind the first store's back.
    fn reopened(dir: &std::path::Path, responses: u64) -> (Store, CampaignId) {
        let (store, id) = uncounted(dir, responses);
        drop(store);
        (Store::open(dir).expect("reopen"), id)
    }

    #[test]
    fn a_store_from_before_the_count_is_counted_when_it_opens() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (store, id) = reopened(dir.path(), 37);
        assert_eq!(store.response_count(&id).expect("count"), 37);
        assert_eq!(store.miscounted_surveys().expect("audit"), vec![]);
    }

    #[test]
    fn the_audit_reports_a_count_that_disagrees_with_the_box() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (store, id) = reopened(dir.path(), 3);
        store
            .ballots
            .insert(count_key(&id), &5u64.to_be_bytes())
            .expect("insert");
        assert_eq!(
            store.miscounted_surveys().expect("audit"),
            vec![Miscount {
                id,
                counted: 5,
                stored: 3
            }]
        );
    }

    #[test]
    fn a_count_of_the_wrong_length_is_an_error_not_a_number() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (store, id) = uncounted(dir.path(), 1);
        store
            .ballots
            .insert(count_key(&id), &[1u8, 2, 3][..])
            .expect("insert");
        assert!(store.response_count(&id).is_err());
    }
}
