//! Statement storage: records, the append-only log, spent invites, and
//! the latest signed checkpoint. Personal text lives outside sled, in
//! [`super::personal`], so that erasing it erases it from the disk.
//!
//! All of it lives in one tree, `statement_data`, so that one atomic sled
//! batch can spend an invite, append an entry, store its personal text and
//! move the checkpoint: a crash keeps all of it or none. Keys are a prefix
//! byte, the 16-byte statement id, then as noted:
//! * `S`: → JSON [`StatementRecord`]
//! * `B` | index (u64 big-endian): → up to eight entries one commit batch
//!   appended, from that index on, each a u32 big-endian length and its
//!   bytes (never rewritten). A few records a batch rather than one an
//!   entry: each record is a sled insert the commit thread pays for, and
//!   entries are read in runs anyway (docs/performance.md).
//! * `L` | index (u64 big-endian): → entry bytes, one record an entry, as
//!   servers before runs wrote them; still read, always a prefix of the
//!   log
//! * `W` | hex SHA-256 of the withdrawal secret: → index (u64 big-endian)
//!   then one byte, 1 once withdrawn; written by servers before the
//!   withdrawal index ([`super::withdrawals`]), which reads the same from
//!   the log, and removed when the store opens
//! * `C`: → the latest checkpoint note, with the log's own signature only
//!   (servers before named witnesses also kept cosignature lines here;
//!   they are dropped when it is read)
//! * `I` | spend tag: an invite spent on this statement
//! * `V` | witness (one byte, its place in the header's list): → JSON
//!   [`Cosigned`], that named witness's latest cosignature
//! * `K` | index (u64 big-endian): → empty; that named signature was
//!   struck by the organisers (its strike is an entry of the log)
//! * `X`: written by servers before named witnesses (anyone's
//!   cosignatures); no longer read

use std::sync::Arc;

use anyhow::Context;
use caucus_core::log::entry::{Entry, LogCounts, PersonalText};
use caucus_core::log::merkle::{leaf_hash, LogTree};
use caucus_core::statement::Statement;
use caucus_core::CampaignId;
use serde::{Deserialize, Serialize};

use super::cosigned::Cosigned;
use super::Store;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StatementRecord {
    pub statement: Statement,
    pub created_on: String,
    /// Entries in the log, header included, and what they add up to.
    pub counts: LogCounts,
    /// The organisers opened the sealed names and published them: shown
    /// for good from then on, and names signed later are kept opened.
    pub revealed: bool,
    /// Enough invite-backed signatures were made (`reveal_at`): from then
    /// on, for good, the organisers may fetch the sealed names to reveal
    /// them. Before, nobody gets them.
    #[serde(default)]
    pub threshold_reached: bool,
    /// Every entry below this had its text opened by a reveal that is
    /// durable. A text signed while a reveal ran stays sealed and is
    /// opened by a later round; until that round is durable, its opened
    /// file (written first) is not served (see [`Store::personal`]).
    #[serde(default)]
    pub revealed_below: u64,
    /// The day its spent-invite records and key were destroyed under its
    /// retention period; the log and revealed names remain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shredded_on: Option<String>,
    /// Short invite codes registered for it (see
    /// [`super::short_invites`]).
    #[serde(default)]
    pub short_invites: u64,
}

/// The Merkle tree of each statement log, filled from sled on first use
/// (see [`Store::with_log_tree`]). Shared by every clone of the store.
#[derive(Clone, Default)]
pub struct LogTrees(
    pub(crate) std::sync::Arc<std::sync::Mutex<std::collections::HashMap<CampaignId, LogTree>>>,
);

impl StatementRecord {
    /// Whether the organisers may fetch the sealed names and reveal them
    /// (a record from before sealing that was revealed reached it too).
    pub fn reveal_due(&self) -> bool {
        self.threshold_reached || self.revealed
    }

    /// Whether a signer's text is kept opened and shown at once: after the
    /// reveal, or with no threshold at all (`reveal_at = 0`).
    pub fn names_public(&self) -> bool {
        self.revealed || self.statement.reveal_at == 0
    }

    /// The threshold is reached and names are waiting for the organisers.
    pub fn awaiting_reveal(&self) -> bool {
        self.threshold_reached && !self.revealed
    }

    /// A new statement, created today, with an empty log.
    pub fn new(statement: Statement) -> Self {
        let no_threshold = statement.reveal_at == 0;
        Self {
            statement,
            created_on: super::today(),
            counts: LogCounts {
                tree_size: 0,
                named: 0,
                anonymous: 0,
                unverified: 0,
                withdrawn: 0,
                struck: 0,
            },
            revealed: no_threshold,
            threshold_reached: no_threshold,
            revealed_below: 0,
            shredded_on: None,
            short_invites: 0,
        }
    }
}

/// Personal text of a named signature, with the salt of its commitment.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StoredPersonal {
    pub salt: [u8; 16],
    pub text: PersonalText,
}

pub const RECORD: u8 = b'S';
pub const LOG: u8 = b'L';
pub const RUN: u8 = b'B';
pub const WITHDRAWAL: u8 = b'W';
pub const CHECKPOINT: u8 = b'C';
pub const INVITE: u8 = b'I';
pub const COSIGNED: u8 = b'V';
pub const STRUCK: u8 = b'K';

/// `prefix | id | suffix`.
pub fn key(prefix: u8, id: &CampaignId, suffix: &[u8]) -> Vec<u8> {
    let mut key = Vec::with_capacity(17 + suffix.len());
    key.push(prefix);
    key.extend_from_slice(id.as_bytes());
    key.extend_from_slice(suffix);
    key
}

impl Store {
    /// Every statement, with its record as last made durable.
    pub fn statements(&self) -> anyhow::Result<Vec<(CampaignId, Arc<StatementRecord>)>> {
        self.published.statements()
    }

    /// A statement's record as last made durable (see [`super::published`]).
    pub fn statement(&self, id: &CampaignId) -> anyhow::Result<Option<Arc<StatementRecord>>> {
        Ok(self.published.statement(id)?.map(|s| s.record))
    }

    /// A statement's record as sled holds it: for the commit thread only.
    pub(crate) fn stored_statement(
        &self,
        id: &CampaignId,
    ) -> anyhow::Result<Option<StatementRecord>> {
        match self.statement_data.get(key(RECORD, id, &[]))? {
            None => Ok(None),
            Some(bytes) => Ok(Some(
                serde_json::from_slice(&bytes).context("statement record")?,
            )),
        }
    }

    /// Entries `start..end` of a statement's log (fewer if it is shorter).
    pub fn log_entries(
        &self,
        id: &CampaignId,
        start: u64,
        end: u64,
    ) -> anyhow::Result<Vec<Vec<u8>>> {
        let mut out = Vec::new();
        if start >= end {
            return Ok(out);
        }
        // One record an entry, from before runs: always the log's start.
        let range = key(LOG, id, &start.to_be_bytes())..key(LOG, id, &end.to_be_bytes());
        for entry in self.statement_data.range(range) {
            out.push(entry?.1.to_vec());
        }
        let mut next = start + out.len() as u64;
        if next == end {
            return Ok(out);
        }
        // The run holding `next`, and those after it up to `end`.
        let from = match self
            .statement_data
            .range(key(RUN, id, &[])..=key(RUN, id, &next.to_be_bytes()))
            .next_back()
        {
            Some(item) => item?.0.to_vec(),
            None => key(RUN, id, &next.to_be_bytes()),
        };
        for item in self
            .statement_data
            .range(from..key(RUN, id, &end.to_be_bytes()))
        {
            let (run_key, run) = item?;
            let first = run_key
                .get(17..)
                .and_then(super::be_u64)
                .context("a log run's key")?;
            anyhow::ensure!(first <= next, "a gap in the log before entry {first}");
            for (index, entry) in (first..).zip(super::unframed(&run).context("a log run")?) {
                if index == end {
                    break;
                }
                if index == next {
                    out.push(entry.to_vec());
                    next += 1;
                }
            }
        }
        Ok(out)
    }

    /// One entry of a statement's log.
    pub fn log_entry(&self, id: &CampaignId, index: u64) -> anyhow::Result<Option<Vec<u8>>> {
        Ok(self.log_entries(id, index, index + 1)?.pop())
    }

    /// Run `f` on the Merkle tree of statement `id`, holding at least its
    /// first `size` entries.
    ///
    /// Entries never change once written, so the tree is kept in memory
    /// and only entries it has not seen are read and hashed. Callers ask
    /// only for committed entries (at most the stored checkpoint's size);
    /// the commit thread alone appends, under this lock.
    pub fn with_log_tree<R>(
        &self,
        id: &CampaignId,
        size: u64,
        f: impl FnOnce(&mut LogTree) -> R,
    ) -> anyhow::Result<R> {
        let mut trees = self
            .log_trees
            .0
            .lock()
            .map_err(|_| anyhow::anyhow!("log tree cache poisoned"))?;
        let tree = trees.entry(*id).or_default();
        let have = tree.len() as u64;
        if have < size {
            let entries = self.log_entries(id, have, size)?;
            anyhow::ensure!(
                have + entries.len() as u64 == size,
                "log shorter than its checkpoint"
            );
            for entry in &entries {
                tree.push(leaf_hash(entry));
            }
        }
        Ok(f(tree))
    }

    /// The opened personal text of signature entry `index` of a revealed
    /// statement, while it exists: not while a reveal round that opens it
    /// is under way (its sealed form is still there, and `index` is not
    /// below `revealed_below` of the durable record).
    pub fn personal(
        &self,
        id: &CampaignId,
        index: u64,
        revealed_below: u64,
    ) -> anyhow::Result<Option<StoredPersonal>> {
        let Some(entry) = self.log_entries(id, index, index + 1)?.pop() else {
            return Ok(None);
        };
        let Ok(Entry::Signature {
            commitment: Some(commitment),
            ..
        }) = Entry::parse(&entry, index)
        else {
            return Ok(None);
        };
        if index >= revealed_below && self.personal_files.exists(id, &commitment, true)? {
            return Ok(None);
        }
        match self.personal_files.read(id, &commitment, false)? {
            None => Ok(None),
            Some(bytes) => Ok(Some(
                serde_json::from_slice(&bytes).context("personal text")?,
            )),
        }
    }

    /// The latest durable signed checkpoint, as served: note text with the
    /// named witnesses' cosignatures over it.
    pub fn checkpoint(&self, id: &CampaignId) -> anyhow::Result<Option<Arc<str>>> {
        Ok(self.published.statement(id)?.and_then(|s| s.checkpoint))
    }

    /// The latest durable checkpoint as the log signed it, without
    /// cosignatures: what witnesses cosign.
    pub fn log_checkpoint(&self, id: &CampaignId) -> anyhow::Result<Option<Arc<str>>> {
        Ok(self.published.statement(id)?.and_then(|s| s.log_checkpoint))
    }

    /// The largest durable checkpoint a named witness cosigned, as note text.
    pub fn witnessed(&self, id: &CampaignId) -> anyhow::Result<Option<Arc<str>>> {
        Ok(self.published.statement(id)?.and_then(|s| s.witnessed))
    }

    /// Each named witness's latest durable cosignature, in header order.
    pub fn cosigned(&self, id: &CampaignId) -> anyhow::Result<Arc<Vec<Option<Cosigned>>>> {
        Ok(self
            .published
            .statement(id)?
            .map(|s| s.cosigned)
            .unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // test code asserts by panicking

    use super::*;

    fn entry(i: u64) -> Vec<u8> {
        format!("entry {i}").into_bytes()
    }

    /// A log begun by an earlier server (one record an entry) and carried
    /// on in runs reads back whole, and from anywhere in it.
    #[test]
    fn a_log_of_single_entries_then_runs_reads_back_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let id = CampaignId::random(&mut rand::rngs::OsRng);
        for i in 0..3u64 {
            store
                .statement_data
                .insert(key(LOG, &id, &i.to_be_bytes()), entry(i))
                .unwrap();
        }
        for (first, last) in [(3u64, 6u64), (6, 7), (7, 10)] {
            let run: Vec<Vec<u8>> = (first..last).map(entry).collect();
            store
                .statement_data
                .insert(
                    key(RUN, &id, &first.to_be_bytes()),
                    crate::store::framed(&run).unwrap(),
                )
                .unwrap();
        }
        let all: Vec<Vec<u8>> = (0..10).map(entry).collect();
        for start in 0..10 {
            for end in start..12 {
                let want = &all[start as usize..(end as usize).min(10)];
                assert_eq!(store.log_entries(&id, start, end).unwrap(), want);
            }
        }
        assert_eq!(store.log_entry(&id, 4).unwrap(), Some(entry(4)));
        assert_eq!(store.log_entry(&id, 10).unwrap(), None);
        // Another statement's log is not read into this one.
        let other = CampaignId::random(&mut rand::rngs::OsRng);
        assert!(store.log_entries(&other, 0, 5).unwrap().is_empty());
        // A missing run is an error, not a shorter log.
        store
            .statement_data
            .remove(key(RUN, &id, &6u64.to_be_bytes()))
            .unwrap();
        assert!(store.log_entries(&id, 5, 9).is_err());
    }
}
