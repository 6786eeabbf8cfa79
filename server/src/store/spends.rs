//! Which invites (and tickets) a statement's signatures spent: written as
//! one sled record a batch, a *spend group*, and kept in memory to decide.
//!
//! Why not one record a signature, as before: spend tags are random, so
//! each signature's record landed in a leaf of sled's tree of its own, and
//! that insert was the largest cost left in a signature's commit
//! (docs/performance.md). A group is one insert however many signatures
//! the batch held, and the commit thread decides from a set in memory,
//! read from the groups on a statement's first write after a start.
//!
//! Why groups are merged: a group says which invites were spent in the
//! same batch. Once sled has compacted its log, that is all it says (its
//! key is random, so where it sits tells nothing), but it is more than one
//! record a signature said. So a group of fewer than [`SMALL`] tags is
//! merged with the other small ones once there are [`FAN`] of them: every
//! record but the newest few then holds the invites of at least eight
//! batches, or of [`SMALL`] signatures, sorted, so none pairs an invite
//! with a batch. Tags are written two or three times over for it.
//!
//! Records of one invite each (`I | id | tag`) are still read: servers
//! before groups wrote them, and a ticket's issuance burns its invite with
//! one, beside the digest of the request it answered.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, TryLockError};

use anyhow::Context;
use caucus_core::CampaignId;

use super::sharded::Sharded;
use super::statements::{key, INVITE};
use super::Store;

/// `G | id | random key` → the sorted spend tags of one or more batches.
pub const GROUP: u8 = b'G';

/// A spend tag: HMAC of the invite or ticket under the statement's key.
pub type SpendTag = [u8; 32];
/// A group's record key after the statement id: random.
pub type GroupKey = [u8; 16];

/// Small groups merged at once.
const FAN: usize = 8;
/// A group of fewer tags is merged again; a batch this large or larger
/// pairs each invite with too many signatures to tell them apart.
const SMALL: usize = 128;
/// Tags in one record at most: 32 KiB, so that a leaf of 17 records stays
/// under the quarter segment sled moves to an unsynced blob file
/// ([`super::SEGMENT_SIZE`]).
const GROUP_MAX: usize = 1024;

/// The spend index of every statement written to since the start. Shared
/// by every clone of the store; the commit thread keeps it, and handlers
/// may look in for an early refusal.
#[derive(Clone, Default)]
pub struct SpendIndexes(Arc<Mutex<HashMap<CampaignId, SpendIndex>>>);

/// One statement's durable spend records, in memory.
#[derive(Default)]
struct SpendIndex {
    /// Every tag in a group.
    tags: Sharded<SpendTag, ()>,
    /// Groups of fewer than [`SMALL`] tags, to be merged: key, tag count.
    small: Vec<(GroupKey, usize)>,
    /// Whether any record of one invite each exists.
    single: bool,
}

/// What a durable batch did to one statement's spend records.
pub struct Update {
    pub id: CampaignId,
    pub tags: Vec<SpendTag>,
    /// Small groups merged away.
    pub merged: Vec<GroupKey>,
    /// The groups written, with their tag counts.
    pub written: Vec<(GroupKey, usize)>,
    /// A record of one invite was written (a ticket's issuance).
    pub single: bool,
    /// Every spend record was removed (retention).
    pub forget: bool,
}

impl Update {
    /// Every spend record of statement `id` was removed.
    pub fn forget(id: CampaignId) -> Self {
        Self {
            id,
            tags: Vec::new(),
            merged: Vec::new(),
            written: Vec::new(),
            single: false,
            forget: true,
        }
    }
}

/// The sled writes that store a batch's tags, and the update to take in
/// once they are durable.
pub struct Grouping {
    pub writes: Vec<(Vec<u8>, Option<Vec<u8>>)>,
    pub update: Update,
}

impl SpendIndexes {
    fn lock(&self) -> anyhow::Result<std::sync::MutexGuard<'_, HashMap<CampaignId, SpendIndex>>> {
        self.0
            .lock()
            .map_err(|_| anyhow::anyhow!("spend index poisoned"))
    }

    /// Take in what a durable batch wrote. An index not read yet reads it
    /// all from sled when first used.
    pub fn take_in(&self, updates: Vec<Update>) -> anyhow::Result<()> {
        let mut indexes = self.lock()?;
        for update in updates {
            if update.forget {
                indexes.remove(&update.id);
                continue;
            }
            let Some(index) = indexes.get_mut(&update.id) else {
                continue;
            };
            for tag in update.tags {
                index.tags.insert_new(tag, ());
            }
            index.small.retain(|(key, _)| !update.merged.contains(key));
            index.small.extend(
                update
                    .written
                    .into_iter()
                    .filter(|(_, count)| *count < SMALL),
            );
            index.single |= update.single;
        }
        Ok(())
    }
}

impl SpendIndex {
    /// Read statement `id`'s spend records from sled.
    fn read(store: &Store, id: &CampaignId) -> anyhow::Result<Self> {
        let mut index = Self::default();
        for item in store.statement_data.scan_prefix(key(GROUP, id, &[])) {
            let (k, tags) = item?;
            let group = group_key(&k)?;
            let count = index.take(&tags)?;
            if count < SMALL {
                index.small.push((group, count));
            }
        }
        index.single = store
            .statement_data
            .scan_prefix(key(INVITE, id, &[]))
            .next()
            .transpose()?
            .is_some();
        Ok(index)
    }

    /// Take in a group's tags; returns how many.
    fn take(&mut self, tags: &[u8]) -> anyhow::Result<usize> {
        let tags = split(tags)?;
        let count = tags.len();
        for tag in tags {
            self.tags.insert_new(tag, ());
        }
        Ok(count)
    }
}

fn group_key(record_key: &[u8]) -> anyhow::Result<GroupKey> {
    record_key
        .get(17..)
        .and_then(|k| GroupKey::try_from(k).ok())
        .context("a spend group's key of the wrong length")
}

/// A group's value, as tags.
fn split(value: &[u8]) -> anyhow::Result<Vec<SpendTag>> {
    anyhow::ensure!(
        value.chunks_exact(32).remainder().is_empty(),
        "a spend group of uneven length"
    );
    value
        .chunks_exact(32)
        .map(|tag| SpendTag::try_from(tag).context("spend tag"))
        .collect()
}

impl Store {
    /// Run `f` on statement `id`'s spend index, read from sled first if
    /// this is its first use since the start.
    fn with_spends<R>(
        &self,
        id: &CampaignId,
        f: impl FnOnce(&SpendIndex) -> anyhow::Result<R>,
    ) -> anyhow::Result<R> {
        let mut indexes = self.spends.lock()?;
        if !indexes.contains_key(id) {
            let index = SpendIndex::read(self, id)?;
            indexes.insert(*id, index);
        }
        f(indexes.get(id).context("spend index vanished")?)
    }

    /// Whether `tag` was spent on statement `id` by a durable batch: for
    /// the commit thread, which reads the index in if it must.
    pub(crate) fn spent_on_statement(
        &self,
        id: &CampaignId,
        tag: &SpendTag,
    ) -> anyhow::Result<bool> {
        self.with_spends(id, |index| {
            Ok(index.tags.contains_key(tag)
                || (index.single && self.statement_data.contains_key(key(INVITE, id, tag))?))
        })
    }

    /// Whether `tag` is known spent on statement `id`, for a handler's
    /// early refusal. It never waits: not for an index to be read in (a
    /// large one takes a while), nor for the commit thread while it holds
    /// the index, since a worker that waits holds up all its connections.
    /// So `false` may still be refused by the commit thread, which decides.
    pub fn statement_invite_spent(&self, id: &CampaignId, tag: &SpendTag) -> anyhow::Result<bool> {
        let in_groups = match self.spends.0.try_lock() {
            Ok(indexes) => indexes
                .get(id)
                .is_some_and(|index| index.tags.contains_key(tag)),
            Err(TryLockError::WouldBlock) => false,
            Err(TryLockError::Poisoned(_)) => anyhow::bail!("spend index poisoned"),
        };
        Ok(in_groups || self.statement_data.contains_key(key(INVITE, id, tag))?)
    }

    /// How many invites and tickets were spent on a statement.
    pub fn statement_invites_spent(&self, id: &CampaignId) -> anyhow::Result<u64> {
        let mut n = 0;
        for single in self.statement_data.scan_prefix(key(INVITE, id, &[])).keys() {
            single?;
            n += 1;
        }
        for group in self
            .statement_data
            .scan_prefix(key(GROUP, id, &[]))
            .values()
        {
            n += split(&group?)?.len() as u64;
        }
        Ok(n)
    }

    /// The records that store `tags`, spent on statement `id` by one
    /// batch: a new group, merged with the small ones if there are enough.
    pub(crate) fn group_spends(
        &self,
        id: &CampaignId,
        mut tags: Vec<SpendTag>,
        single: bool,
    ) -> anyhow::Result<Grouping> {
        let fresh = tags.clone();
        let small = self.with_spends(id, |index| Ok(index.small.clone()))?;
        let mut writes = Vec::new();
        let mut merged = Vec::new();
        if !tags.is_empty() && small.len() + 1 >= FAN {
            for (group, _) in small {
                let record = key(GROUP, id, &group);
                let value = self
                    .statement_data
                    .get(&record)?
                    .context("a small spend group missing from sled")?;
                tags.extend(split(&value)?);
                writes.push((record, None));
                merged.push(group);
            }
        }
        tags.sort_unstable();
        let mut written = Vec::new();
        for chunk in tags.chunks(GROUP_MAX) {
            let group: GroupKey = rand::random();
            writes.push((key(GROUP, id, &group), Some(chunk.concat())));
            written.push((group, chunk.len()));
        }
        Ok(Grouping {
            writes,
            update: Update {
                id: *id,
                tags: fresh,
                merged,
                written,
                single,
                forget: false,
            },
        })
    }

    /// Every spend record of statement `id`, to remove under retention.
    pub(crate) fn spend_records(&self, id: &CampaignId) -> anyhow::Result<Vec<Vec<u8>>> {
        let mut keys = Vec::new();
        for prefix in [INVITE, GROUP] {
            for k in self.statement_data.scan_prefix(key(prefix, id, &[])).keys() {
                keys.push(k?.to_vec());
            }
        }
        Ok(keys)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code asserts by panicking

    use super::*;

    /// What the commit thread does with a batch's tags: group them, write
    /// the group durably, take it in.
    fn commit(store: &Store, id: &CampaignId, tags: Vec<SpendTag>) {
        let grouping = store.group_spends(id, tags, false).unwrap();
        let mut batch = sled::Batch::default();
        for (k, v) in grouping.writes {
            match v {
                Some(v) => batch.insert(k, v),
                None => batch.remove(k),
            }
        }
        store.statement_data.apply_batch(batch).unwrap();
        store.db.flush().unwrap();
        store.spends.take_in(vec![grouping.update]).unwrap();
    }

    fn groups(store: &Store, id: &CampaignId) -> Vec<usize> {
        store
            .statement_data
            .scan_prefix(key(GROUP, id, &[]))
            .values()
            .map(|v| split(&v.unwrap()).unwrap().len())
            .collect()
    }

    fn tag(n: u32) -> SpendTag {
        caucus_core::encoding::sha256(&[&n.to_be_bytes()])
    }

    /// One signature a batch, as on a quiet statement: the groups are
    /// merged as they come, so that no record but the newest few pairs an
    /// invite with fewer than eight batches; every tag stays spent, also
    /// as read back after a restart.
    #[test]
    fn small_groups_are_merged_and_every_tag_stays_spent() {
        let dir = tempfile::tempdir().unwrap();
        let id = CampaignId::random(&mut rand::rngs::OsRng);
        let store = Store::open(dir.path()).unwrap();
        for n in 0..300 {
            commit(&store, &id, vec![tag(n)]);
            let sizes = groups(&store, &id);
            assert_eq!(sizes.iter().sum::<usize>(), n as usize + 1);
            // At most FAN - 1 groups wait to be merged, and only the
            // batches since the last merge are alone in a record.
            let small = sizes.iter().filter(|&&s| s < SMALL).count();
            let alone = sizes.iter().filter(|&&s| s == 1).count();
            assert!(small < FAN && alone < FAN, "after {n}: {sizes:?}");
        }
        assert_eq!(store.statement_invites_spent(&id).unwrap(), 300);
        let small_before = store.spends.lock().unwrap()[&id].small.len();
        drop(store);
        let store = Store::open(dir.path()).unwrap();
        for n in 0..300 {
            assert!(store.spent_on_statement(&id, &tag(n)).unwrap());
        }
        assert!(!store.spent_on_statement(&id, &tag(300)).unwrap());
        assert_eq!(store.spends.lock().unwrap()[&id].small.len(), small_before);
        // The handler's early look finds them once the index is read.
        assert!(store.statement_invite_spent(&id, &tag(7)).unwrap());
    }

    /// A batch of more tags than a record holds is split; large groups are
    /// not merged again.
    #[test]
    fn large_batches_are_split_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let id = CampaignId::random(&mut rand::rngs::OsRng);
        let store = Store::open(dir.path()).unwrap();
        commit(
            &store,
            &id,
            (0..GROUP_MAX as u32 + 5)
                .collect::<Vec<_>>()
                .into_iter()
                .map(tag)
                .collect(),
        );
        let mut sizes = groups(&store, &id);
        sizes.sort_unstable();
        assert_eq!(sizes, vec![5, GROUP_MAX]);
        for n in 0..20 {
            commit(
                &store,
                &id,
                (0..SMALL as u32)
                    .map(|i| tag(10_000 + n * 1000 + i))
                    .collect(),
            );
        }
        assert_eq!(groups(&store, &id).len(), 22);
        assert_eq!(
            store.statement_invites_spent(&id).unwrap(),
            GROUP_MAX as u64 + 5 + 20 * SMALL as u64
        );
    }

    /// Retention removes groups and records of one invite alike, and the
    /// index forgets them.
    #[test]
    fn forgetting_removes_every_spend_record() {
        let dir = tempfile::tempdir().unwrap();
        let id = CampaignId::random(&mut rand::rngs::OsRng);
        let store = Store::open(dir.path()).unwrap();
        commit(&store, &id, vec![tag(1), tag(2)]);
        store
            .statement_data
            .insert(key(INVITE, &id, &tag(3)), vec![])
            .unwrap();
        assert!(store.spent_on_statement(&id, &tag(1)).unwrap());
        let mut batch = sled::Batch::default();
        for k in store.spend_records(&id).unwrap() {
            batch.remove(k);
        }
        store.statement_data.apply_batch(batch).unwrap();
        store.spends.take_in(vec![Update::forget(id)]).unwrap();
        assert_eq!(store.statement_invites_spent(&id).unwrap(), 0);
        for n in 1..=3 {
            assert!(!store.spent_on_statement(&id, &tag(n)).unwrap());
        }
    }
}
