//! Which signature each withdrawal hash points at, and which signatures
//! were withdrawn: read from the durable log and kept in memory, instead
//! of a sled record a signature.
//!
//! Why not a record: withdrawal hashes are random, so each signature's
//! record (and the read that keeps two signatures from sharing one hash)
//! landed in a leaf of sled's tree of its own. That record cost the commit
//! thread about half of its deciding and applying, and signatures about a
//! fifth of their rate (docs/performance.md). Nothing in it is not in the
//! log: a signature entry names its withdrawal hash, a withdrawal entry the
//! signature it ends. So the index is the log's, read from it on a
//! statement's first write after a start. After that each batch's own
//! decisions are taken in once the batch is durable ([`Update`], published
//! with it), so the commit thread need not read back what it just wrote;
//! and the index never holds an entry that is not durable, so a batch that
//! failed leaves nothing in it to undo.
//!
//! Memory: a hash table from the hash's first eight bytes to the entry's
//! index, 17 bytes a slot and 20 to 40 bytes a signature (31 at a
//! million, docs/performance.md), beside the Merkle tree's 64
//! ([`super::statements::LogTrees`]). A match on those eight bytes is
//! confirmed against the entry itself: a signer may bring their own hash,
//! so anyone can make one that shares its first eight bytes with another.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use anyhow::Context;
use caucus_core::encoding::from_hex;
use caucus_core::log::entry::Entry;
use caucus_core::CampaignId;

use super::sharded::Sharded;
use super::statements::WITHDRAWAL;
use super::Store;

/// Entries read from sled at a time while an index is filled: a log of a
/// million entries is not held in memory whole on top of its index.
const FILL_CHUNK: u64 = 4096;

/// Old withdrawal records removed per sled batch as the store opens.
const DROP_CHUNK: usize = 8192;

/// A withdrawal hash, decoded: SHA-256 of the signer's secret.
pub type WithdrawalHash = [u8; 32];

/// Decode a withdrawal hash as entries and requests spell it (64 lowercase
/// hex digits).
pub fn decode(hex: &str) -> anyhow::Result<WithdrawalHash> {
    from_hex(hex)
        .and_then(|bytes| WithdrawalHash::try_from(bytes).ok())
        .context("a withdrawal hash that is not 64 hex digits")
}

/// The index of every statement written to since the start. Shared by every
/// clone of the store; only the commit thread uses it.
#[derive(Clone, Default)]
pub struct WithdrawalIndexes(Arc<Mutex<HashMap<CampaignId, WithdrawalIndex>>>);

/// What a durable batch added to one statement's log, as far as the index
/// is concerned: entries `from..to`, among them these signatures (with
/// their hashes) and withdrawals (of these signatures).
pub struct Update {
    pub id: CampaignId,
    pub from: u64,
    pub to: u64,
    pub signed: HashMap<WithdrawalHash, u64>,
    pub withdrawn: HashSet<u64>,
}

impl WithdrawalIndexes {
    /// Take in what a durable batch added. An index not read yet reads it
    /// from the log when first used; one that is not at `from` (which
    /// only a bug could cause) is dropped, to be read again.
    pub fn take_in(&self, updates: Vec<Update>) -> anyhow::Result<()> {
        let mut indexes = self
            .0
            .lock()
            .map_err(|_| anyhow::anyhow!("withdrawal index poisoned"))?;
        for update in updates {
            let Some(index) = indexes.get_mut(&update.id) else {
                continue;
            };
            if index.seen != update.from {
                indexes.remove(&update.id);
                continue;
            }
            for (hash, at) in update.signed {
                index.insert(hash, at);
            }
            index.withdrawn.extend(update.withdrawn);
            index.seen = update.to;
        }
        Ok(())
    }
}

/// One statement's index over the first `seen` entries of its log.
#[derive(Default)]
struct WithdrawalIndex {
    seen: u64,
    /// The first eight bytes of a signature's withdrawal hash → its index,
    /// for the first signature with those eight bytes.
    by_prefix: Sharded<[u8; 8], u64>,
    /// Every later signature whose hash shares its first eight bytes with
    /// one in `by_prefix`: rare unless made on purpose, so kept whole.
    collided: HashMap<WithdrawalHash, u64>,
    /// Signatures a withdrawal entry ended.
    withdrawn: HashSet<u64>,
}

fn prefix(hash: &WithdrawalHash) -> [u8; 8] {
    let mut out = [0; 8];
    out.copy_from_slice(&hash[..8]);
    out
}

impl WithdrawalIndex {
    fn insert(&mut self, hash: WithdrawalHash, index: u64) {
        if !self.by_prefix.insert_new(prefix(&hash), index) {
            self.collided.insert(hash, index);
        }
    }

    /// Take in entry `index` of the log (the next one).
    fn add(&mut self, index: u64, entry: &[u8]) -> anyhow::Result<()> {
        match Entry::parse(entry, index).map_err(|e| anyhow::anyhow!("{e}"))? {
            Entry::Signature {
                withdrawal_sha256, ..
            } => self.insert(decode(&withdrawal_sha256)?, index),
            Entry::Withdrawal { entry, .. } => {
                self.withdrawn.insert(entry);
            }
            Entry::Header(_) | Entry::Strike(_) | Entry::TicketKey(_) => {}
        }
        self.seen = index + 1;
        Ok(())
    }

    /// The signature whose hash is `hash`, if one has it. `read` reads a
    /// durable entry of the log, to confirm a match on the first eight
    /// bytes.
    fn find(
        &self,
        hash: &WithdrawalHash,
        read: impl FnOnce(u64) -> anyhow::Result<Option<Vec<u8>>>,
    ) -> anyhow::Result<Option<u64>> {
        if let Some(index) = self.collided.get(hash) {
            return Ok(Some(*index));
        }
        let Some(&index) = self.by_prefix.get(&prefix(hash)) else {
            return Ok(None);
        };
        let entry = read(index)?.context("an indexed signature missing from the log")?;
        match Entry::parse(&entry, index).map_err(|e| anyhow::anyhow!("{e}"))? {
            Entry::Signature {
                withdrawal_sha256, ..
            } if decode(&withdrawal_sha256)? == *hash => Ok(Some(index)),
            Entry::Signature { .. } => Ok(None),
            _ => anyhow::bail!("the withdrawal index points at entry {index}, not a signature"),
        }
    }
}

impl Store {
    /// Run `f` on statement `id`'s index, caught up with the first `size`
    /// entries of its log, all of them durable.
    fn with_withdrawals<R>(
        &self,
        id: &CampaignId,
        size: u64,
        f: impl FnOnce(&WithdrawalIndex) -> anyhow::Result<R>,
    ) -> anyhow::Result<R> {
        let mut indexes = self
            .withdrawals
            .0
            .lock()
            .map_err(|_| anyhow::anyhow!("withdrawal index poisoned"))?;
        let index = indexes.entry(*id).or_default();
        // Only durable entries are ever taken in, so the log cannot have
        // become shorter; should it have, start again rather than answer
        // from entries it no longer has.
        if index.seen > size {
            *index = WithdrawalIndex::default();
        }
        while index.seen < size {
            let start = index.seen;
            let end = size.min(start + FILL_CHUNK);
            let entries = self.log_entries(id, start, end)?;
            anyhow::ensure!(
                entries.len() as u64 == end - start,
                "log shorter than its record"
            );
            for (at, entry) in (start..).zip(&entries) {
                index.add(at, entry)?;
            }
        }
        f(index)
    }

    /// The signature of statement `id` whose withdrawal hash is `hash`,
    /// among the first `size` entries of its log (all durable).
    pub(crate) fn withdrawal_target(
        &self,
        id: &CampaignId,
        size: u64,
        hash: &WithdrawalHash,
    ) -> anyhow::Result<Option<u64>> {
        self.with_withdrawals(id, size, |index| {
            index.find(hash, |at| self.log_entry(id, at))
        })
    }

    /// Whether a withdrawal among the first `size` entries of statement
    /// `id`'s log (all durable) ended signature `signature`.
    pub(crate) fn withdrawn(
        &self,
        id: &CampaignId,
        size: u64,
        signature: u64,
    ) -> anyhow::Result<bool> {
        self.with_withdrawals(id, size, |index| Ok(index.withdrawn.contains(&signature)))
    }

    /// Remove the withdrawal records servers before this index kept in
    /// sled (`W` | id | hex hash), in chunks: the log holds all they said,
    /// and nothing reads them. A crash part way leaves some for the next
    /// open. Returns how many there were.
    pub(super) fn drop_withdrawal_records(&self) -> anyhow::Result<usize> {
        let mut removed = 0;
        loop {
            let mut batch = sled::Batch::default();
            let mut n = 0;
            for item in self
                .statement_data
                .scan_prefix([WITHDRAWAL])
                .keys()
                .take(DROP_CHUNK)
            {
                batch.remove(item?);
                n += 1;
            }
            if n == 0 {
                return Ok(removed);
            }
            self.statement_data.apply_batch(batch)?;
            removed += n;
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code asserts by panicking

    use caucus_core::encoding::hex;
    use caucus_core::log::entry::{withdrawal_hash, SignatureKind};

    use super::*;
    use crate::store::statements::key;

    fn signature(hash: &str) -> Vec<u8> {
        Entry::Signature {
            kind: SignatureKind::Anonymous,
            commitment: None,
            withdrawal_sha256: hash.to_string(),
        }
        .to_bytes()
        .unwrap()
    }

    /// `hash` with everything after its first eight bytes replaced.
    fn same_prefix(hash: &str, fill: char) -> String {
        let forged: String = hash[..16]
            .chars()
            .chain(std::iter::repeat(fill))
            .take(64)
            .collect();
        assert_ne!(forged, hash);
        forged
    }

    /// Hashes that share their first eight bytes (anyone may send one)
    /// each find their own signature, in whichever order they came, and a
    /// hash nobody used finds none.
    #[test]
    fn hashes_sharing_a_prefix_find_their_own_signature() {
        let real = withdrawal_hash(&[7; 32]);
        let hashes = [
            real.clone(),
            same_prefix(&real, '0'),
            same_prefix(&real, 'f'),
        ];
        let log: Vec<Vec<u8>> = hashes.iter().map(|h| signature(h)).collect();
        let mut index = WithdrawalIndex::default();
        for (at, entry) in (0..).zip(&log) {
            index.add(at, entry).unwrap();
        }
        let read = |at: u64| Ok(log.get(at as usize).cloned());
        for (at, hash) in (0..).zip(&hashes) {
            assert_eq!(index.find(&decode(hash).unwrap(), read).unwrap(), Some(at));
        }
        for unused in [same_prefix(&real, '1'), withdrawal_hash(&[8; 32])] {
            assert_eq!(index.find(&decode(&unused).unwrap(), read).unwrap(), None);
        }
        // A withdrawal entry marks the signature it names.
        let withdrawal = Entry::Withdrawal {
            entry: 1,
            secret: [0; 32],
        }
        .to_bytes()
        .unwrap();
        index.add(3, &withdrawal).unwrap();
        assert!(index.withdrawn.contains(&1));
        assert!(!index.withdrawn.contains(&0));
        assert_eq!(index.seen, 4);
    }

    /// Records an earlier version kept in sled are gone once the store
    /// opens, and only those.
    #[test]
    fn withdrawal_records_of_an_earlier_version_are_removed_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let id = CampaignId::random(&mut rand::rngs::OsRng);
        let store = Store::open(dir.path()).unwrap();
        for i in 0..(DROP_CHUNK as u32 + 10) {
            let hash = hex(&caucus_core::encoding::sha256(&[&i.to_be_bytes()]));
            store
                .statement_data
                .insert(key(WITHDRAWAL, &id, hash.as_bytes()), vec![0; 9])
                .unwrap();
        }
        let kept = key(super::super::statements::STRUCK, &id, &5u64.to_be_bytes());
        store.statement_data.insert(&kept, vec![]).unwrap();
        store.db.flush().unwrap();
        drop(store);
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.statement_data.scan_prefix([WITHDRAWAL]).count(), 0);
        assert!(store.statement_data.contains_key(&kept).unwrap());
    }
}
