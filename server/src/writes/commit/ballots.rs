//! The ballot box's part of a batch: sled's batch, and whether anything
//! went into it, and the sealed responses for the surveys' files.
//!
//! A batch of statement signatures alone touches no ballot, and sled 0.34
//! still flushes its buffer and writes a batch marker for an empty
//! `apply_batch`, waking its I/O threads once more per commit cycle
//! (measured in issue 18's profile as 10 to 15% of signature throughput).

use std::collections::HashMap;

use caucus_core::CampaignId;
use rand::seq::SliceRandom;
use sled::IVec;

use crate::store::response_files::{length_key, Appender};
use crate::store::Store;

#[derive(Default)]
pub struct BallotBatch {
    batch: sled::Batch,
    touched: bool,
}

impl BallotBatch {
    pub fn insert(&mut self, key: impl Into<IVec>, value: impl Into<IVec>) {
        self.touched = true;
        self.batch.insert(key, value);
    }

    pub fn remove(&mut self, key: impl Into<IVec>) {
        self.touched = true;
        self.batch.remove(key);
    }

    /// Apply to `tree`, or nothing at all if the batch holds nothing.
    pub fn apply(self, tree: &sled::Tree) -> sled::Result<()> {
        if self.touched {
            tree.apply_batch(self.batch)
        } else {
            Ok(())
        }
    }
}

/// The sealed responses a batch stores, by survey.
#[derive(Default)]
pub struct NewResponses(HashMap<CampaignId, Vec<Vec<u8>>>);

impl NewResponses {
    pub fn add(&mut self, id: &CampaignId, wrapped: Vec<u8>) {
        self.0.entry(*id).or_default().push(wrapped);
    }

    /// A shred later in the batch deletes them before they are stored.
    pub fn drop_survey(&mut self, id: &CampaignId) {
        self.0.remove(id);
    }

    /// Write them to their surveys' files, fsynced if `durable`, and put
    /// each file's new length into `ballots`: before sled's batch, so sled
    /// never records a length the file does not hold. Within a batch they
    /// go in random order, which costs nothing and keeps the order of
    /// answers that came together.
    pub fn append(
        self,
        store: &Store,
        appender: &mut Appender,
        ballots: &mut BallotBatch,
        durable: bool,
    ) -> anyhow::Result<()> {
        for (id, mut records) in self.0 {
            records.shuffle(&mut rand::rngs::OsRng);
            let records: Vec<&[u8]> = records.iter().map(Vec::as_slice).collect();
            let at = store.response_length(&id)?;
            let end = appender.append(&id, at, &records, durable)?;
            ballots.insert(length_key(&id), &end.to_be_bytes());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code asserts by panicking

    use super::*;

    /// sled writes an empty batch's marker to its log, so the log grows
    /// (the cost skipped here); an untouched `BallotBatch` leaves it as it
    /// was, and a touched one is applied as before.
    #[test]
    fn an_empty_batch_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let db = sled::open(dir.path()).unwrap();
        let tree = db.open_tree("ballots").unwrap();
        db.flush().unwrap();
        let size = |db: &sled::Db| {
            db.flush().unwrap();
            db.size_on_disk().unwrap()
        };
        let before = size(&db);
        tree.apply_batch(sled::Batch::default()).unwrap();
        let after_raw = size(&db);
        BallotBatch::default().apply(&tree).unwrap();
        let after_ours = size(&db);
        assert!(
            after_raw > before,
            "sled's empty batch wrote nothing here: {before} -> {after_raw}"
        );
        assert_eq!(after_ours, after_raw, "an empty BallotBatch wrote");
        let mut batch = BallotBatch::default();
        batch.insert(b"k".to_vec(), b"v".to_vec());
        batch.apply(&tree).unwrap();
        assert_eq!(tree.get(b"k").unwrap().as_deref(), Some(&b"v"[..]));
    }
}
