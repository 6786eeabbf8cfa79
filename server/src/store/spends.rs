//! Which invites (and tickets) a statement's signatures spent: a batch
//! writes its spend tags into one *pool* record a statement, from which
//! groups of [`GROUP`] tags chosen at random go to records of their own;
//! the commit thread decides from a set in memory.
//!
//! Why not one record a signature, as before: spend tags are random, so
//! each signature's record landed in a leaf of sled's tree of its own, and
//! that insert was the largest cost left in a signature's commit
//! (docs/performance.md). A batch now writes the pool (one record at a
//! fixed key) and, every few batches, a group, however many signatures it
//! held; the set is read from the records on a statement's first write
//! after a start.
//!
//! Why a pool, and groups drawn from it at random: a record that held one
//! batch's tags would say which invites were spent together, and which
//! batch was the newest; on a quiet statement a batch is one signature, so
//! that would tie an invite to an entry of the log. The newest batch's
//! tags always join the pool, which keeps at least [`POOL_MIN`] tags once
//! the statement has spent that many, and a group leaving it is drawn from
//! the whole pool at random. So no record sets the newest invites apart
//! from [`POOL_MIN`] others (the tests below check it). A group still
//! dates its tags roughly: each draw takes half the pool, so on a quiet
//! statement about half a group's tags were spent in the [`POOL_MIN`]
//! batches before it was drawn. A backup therefore regroups the tags by
//! value ([`regrouped_by_value`]); docs/threat-model.md says what the live
//! records, and the superseded copies sled's files keep, still show.
//!
//! Records of one invite each (`I | id | tag`) are still read, into the
//! same set: servers before the pool wrote them, and a ticket's issuance
//! burns its invite with one, beside the digest of the request it
//! answered. Groups of any size are read too.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, TryLockError};

use anyhow::Context;
use caucus_core::CampaignId;
use rand::seq::SliceRandom;

use super::sharded::Sharded;
use super::statements::{key, INVITE};
use super::Store;

/// `G | id | 16 random bytes` → sorted spend tags drawn from the pool.
pub const GROUPED: u8 = b'G';
/// `P | id` → the pool's spend tags, sorted.
pub const POOL: u8 = b'P';

/// A spend tag: HMAC of the invite or ticket under the statement's key.
pub type SpendTag = [u8; 32];

/// The fewest tags the pool keeps once the statement has spent as many:
/// the crowd the newest invites hide in.
const POOL_MIN: usize = 128;
/// Tags in a group that leaves the pool: 4 KiB, so that records stay
/// small (sled rewrites a leaf of up to 16 records whole). The pool holds
/// fewer than [`POOL_MIN`] + [`GROUP`] tags, under 8 KiB.
const GROUP: usize = 128;

/// The spend index of every statement written to since the start. Shared
/// by every clone of the store; the commit thread keeps it, and handlers
/// may look in for an early refusal.
#[derive(Clone, Default)]
pub struct SpendIndexes(Arc<Mutex<HashMap<CampaignId, SpendIndex>>>);

/// One statement's durable spend records, in memory.
#[derive(Default)]
struct SpendIndex {
    /// Every tag spent: in the pool, a group or a record of its own.
    tags: Sharded<SpendTag, ()>,
    /// The pool's tags, sorted.
    pool: Vec<SpendTag>,
}

/// What a durable batch did to one statement's spend records.
pub struct Update {
    pub id: CampaignId,
    /// The tags it spent: into the pool, or records of their own.
    pub tags: Vec<SpendTag>,
    /// The pool as it wrote it, if it wrote it.
    pub pool: Option<Vec<SpendTag>>,
    /// Every spend record was removed (retention).
    pub forget: bool,
}

impl Update {
    /// Every spend record of statement `id` was removed.
    pub fn forget(id: CampaignId) -> Self {
        Self {
            id,
            tags: Vec::new(),
            pool: None,
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
            if let Some(pool) = update.pool {
                index.pool = pool;
            }
        }
        Ok(())
    }
}

impl SpendIndex {
    /// Read statement `id`'s spend records from sled.
    fn read(store: &Store, id: &CampaignId) -> anyhow::Result<Self> {
        let mut index = Self::default();
        for group in store
            .statement_data
            .scan_prefix(key(GROUPED, id, &[]))
            .values()
        {
            index.take(&split(&group?)?);
        }
        if let Some(pool) = store.statement_data.get(key(POOL, id, &[]))? {
            let pool = split(&pool)?;
            index.take(&pool);
            index.pool = pool;
        }
        let own = key(INVITE, id, &[]);
        for single in store.statement_data.scan_prefix(&own).keys() {
            let single = single?;
            let tag = single.get(own.len()..).context("spend record key")?;
            index.take(&[SpendTag::try_from(tag).context("spend tag")?]);
        }
        Ok(index)
    }

    fn take(&mut self, tags: &[SpendTag]) {
        for tag in tags {
            self.tags.insert_new(*tag, ());
        }
    }
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

/// The statement and tags of a pool or group record, or `None` for any
/// other record: what a backup regroups (see [`regrouped_by_value`]).
pub(crate) fn pooled_tags(
    key: &[u8],
    value: &[u8],
) -> anyhow::Result<Option<(CampaignId, Vec<SpendTag>)>> {
    let (Some(&prefix), Some(id)) = (key.first(), key.get(1..17)) else {
        return Ok(None);
    };
    if prefix != POOL && prefix != GROUPED {
        return Ok(None);
    }
    let id = CampaignId::from_bytes(<[u8; 16]>::try_from(id).context("statement id")?);
    Ok(Some((id, split(value)?)))
}

/// Statement `id`'s spent tags as a backup stores them: grouped by value
/// alone, not as drawn.
///
/// Why: each draw takes half the pool, so a tag rarely stays long, and a
/// live group holds mostly tags spent in the few hundred batches before
/// it was drawn. Whoever can compute the tags (an organiser with the
/// invite list) could date an invite roughly by its group. A group cut
/// from the sorted tags says nothing of when any was spent, and the pool
/// keeps [`POOL_MIN`] tags drawn at random, so the invites spent after a
/// restore hide among as many as they do live.
pub(crate) fn regrouped_by_value(
    id: &CampaignId,
    mut tags: Vec<SpendTag>,
) -> Vec<(Vec<u8>, Vec<u8>)> {
    tags.sort_unstable();
    tags.dedup();
    let mut pool = if tags.len() < POOL_MIN + GROUP {
        std::mem::take(&mut tags)
    } else {
        tags.shuffle(&mut rand::thread_rng());
        let drawn = tags.split_off(tags.len() - POOL_MIN);
        tags.sort_unstable();
        drawn
    };
    pool.sort_unstable();
    let mut records: Vec<(Vec<u8>, Vec<u8>)> = tags
        .chunks(GROUP)
        .map(|group| {
            let name: [u8; 16] = rand::random();
            (key(GROUPED, id, &name), group.concat())
        })
        .collect();
    if !pool.is_empty() {
        records.push((key(POOL, id, &[]), pool.concat()));
    }
    records
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
        self.with_spends(id, |index| Ok(index.tags.contains_key(tag)))
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
            .scan_prefix(key(GROUPED, id, &[]))
            .values()
        {
            n += split(&group?)?.len() as u64;
        }
        if let Some(pool) = self.statement_data.get(key(POOL, id, &[]))? {
            n += split(&pool)?.len() as u64;
        }
        Ok(n)
    }

    /// The records that store `tags`, spent on statement `id` by one
    /// batch: the pool with them in it, and any groups drawn from it; and
    /// the update for them and for `own`, spent by the same batch in
    /// records of their own (tickets' issuance), which the batch writes.
    pub(crate) fn group_spends(
        &self,
        id: &CampaignId,
        tags: Vec<SpendTag>,
        own: Vec<SpendTag>,
    ) -> anyhow::Result<Grouping> {
        let mut writes = Vec::new();
        let mut pool = None;
        if !tags.is_empty() {
            let mut mixed = self.with_spends(id, |index| Ok(index.pool.clone()))?;
            mixed.extend_from_slice(&tags);
            if mixed.len() >= POOL_MIN + GROUP {
                mixed.shuffle(&mut rand::thread_rng());
            }
            while mixed.len() >= POOL_MIN + GROUP {
                let mut group = mixed.split_off(mixed.len() - GROUP);
                group.sort_unstable();
                let name: [u8; 16] = rand::random();
                writes.push((key(GROUPED, id, &name), Some(group.concat())));
            }
            mixed.sort_unstable();
            writes.push((key(POOL, id, &[]), Some(mixed.concat())));
            pool = Some(mixed);
        }
        Ok(Grouping {
            writes,
            update: Update {
                id: *id,
                tags: [tags, own].concat(),
                pool,
                forget: false,
            },
        })
    }

    /// Every spend record of statement `id`, to remove under retention.
    pub(crate) fn spend_records(&self, id: &CampaignId) -> anyhow::Result<Vec<Vec<u8>>> {
        let mut keys = Vec::new();
        for prefix in [INVITE, GROUPED] {
            for k in self.statement_data.scan_prefix(key(prefix, id, &[])).keys() {
                keys.push(k?.to_vec());
            }
        }
        let pool = key(POOL, id, &[]);
        if self.statement_data.contains_key(&pool)? {
            keys.push(pool);
        }
        Ok(keys)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code asserts by panicking

    use super::*;

    /// What the commit thread does with a batch's tags: store them, make
    /// that durable, take it in.
    pub(crate) fn commit(store: &Store, id: &CampaignId, tags: Vec<SpendTag>) {
        let grouping = store.group_spends(id, tags, Vec::new()).unwrap();
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

    /// The groups' tags, and the pool's.
    pub(crate) fn stored(store: &Store, id: &CampaignId) -> (Vec<Vec<SpendTag>>, Vec<SpendTag>) {
        let groups = store
            .statement_data
            .scan_prefix(key(GROUPED, id, &[]))
            .values()
            .map(|v| split(&v.unwrap()).unwrap())
            .collect();
        let pool = store
            .statement_data
            .get(key(POOL, id, &[]))
            .unwrap()
            .map(|v| split(&v).unwrap())
            .unwrap_or_default();
        (groups, pool)
    }

    /// A new store, and a statement id for it.
    fn fresh() -> (tempfile::TempDir, Store, CampaignId) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        (dir, store, CampaignId::random(&mut rand::rngs::OsRng))
    }

    pub(crate) fn tag(n: u32) -> SpendTag {
        caucus_core::encoding::sha256(&[&n.to_be_bytes()])
    }

    /// One signature a batch, as on a quiet statement: the newest tag is
    /// always in a record with at least `POOL_MIN` others (once there are
    /// that many), every group holds `GROUP` tags, spanning hundreds of
    /// batches (though most were spent shortly before the draw: see the
    /// module's docs), and every tag stays spent, also as read back after
    /// a restart.
    #[test]
    fn the_newest_invites_hide_in_the_pool_and_every_tag_stays_spent() {
        let (dir, store, id) = fresh();
        let total = 1000u32;
        for n in 0..total {
            commit(&store, &id, vec![tag(n)]);
            let (groups, pool) = stored(&store, &id);
            let grouped: usize = groups.iter().map(Vec::len).sum();
            assert_eq!(grouped + pool.len(), n as usize + 1);
            assert!(groups.iter().all(|g| g.len() == GROUP));
            // The newest tag is among at least POOL_MIN others (or all
            // there are): in the pool, or in a group just drawn from it.
            let holder = groups
                .iter()
                .chain([&pool])
                .find(|record| record.contains(&tag(n)))
                .expect("the newest tag stored");
            assert!(holder.len() >= POOL_MIN.min(n as usize + 1), "after {n}");
            assert!(pool.len() >= POOL_MIN.min(n as usize + 1), "after {n}");
            assert!(pool.len() < POOL_MIN + GROUP);
            assert!(pool.windows(2).all(|w| w[0] < w[1]), "sorted");
        }
        // When each group's tags were spent: spread over the run.
        let (groups, _) = stored(&store, &id);
        assert!(groups.len() >= 5);
        let order: HashMap<SpendTag, u32> = (0..total).map(|n| (tag(n), n)).collect();
        for group in &groups {
            let when: Vec<u32> = group.iter().map(|t| order[t]).collect();
            let span = when.iter().max().unwrap() - when.iter().min().unwrap();
            assert!(span >= 200, "a group spent within {span} batches");
        }
        assert_eq!(
            store.statement_invites_spent(&id).unwrap(),
            u64::from(total)
        );
        let pool_before = stored(&store, &id).1;
        drop(store);
        let store = Store::open(dir.path()).unwrap();
        for n in 0..total {
            assert!(store.spent_on_statement(&id, &tag(n)).unwrap());
        }
        assert!(!store.spent_on_statement(&id, &tag(total)).unwrap());
        assert_eq!(store.spends.lock().unwrap()[&id].pool, pool_before);
        // The handler's early look finds them once the index is read.
        assert!(store.statement_invite_spent(&id, &tag(7)).unwrap());
    }

    /// An invite burned by a ticket's issuance, in a record of its own
    /// that the batch writes, is spent as the pool's are: taken in from
    /// the batch, read back after a restart, and counted once.
    #[test]
    fn invites_in_records_of_their_own_are_spent_too() {
        let (dir, store, id) = fresh();
        commit(&store, &id, vec![tag(1)]);
        let issued = store.group_spends(&id, Vec::new(), vec![tag(2)]).unwrap();
        assert!(issued.writes.is_empty(), "the batch writes its own record");
        store
            .statement_data
            .insert(key(INVITE, &id, &tag(2)), b"request".to_vec())
            .unwrap();
        store.spends.take_in(vec![issued.update]).unwrap();
        assert!(store.spent_on_statement(&id, &tag(2)).unwrap());
        drop(store);
        let store = Store::open(dir.path()).unwrap();
        for n in [1, 2] {
            assert!(store.spent_on_statement(&id, &tag(n)).unwrap(), "{n}");
        }
        assert!(!store.spent_on_statement(&id, &tag(3)).unwrap());
        assert_eq!(store.statement_invites_spent(&id).unwrap(), 2);
    }

    /// A batch larger than the pool leaves groups of `GROUP` tags, and
    /// the pool under `POOL_MIN + GROUP`.
    #[test]
    fn a_large_batch_leaves_groups_of_the_usual_size() {
        let (_dir, store, id) = fresh();
        commit(&store, &id, (0..1029).map(tag).collect());
        let (groups, pool) = stored(&store, &id);
        assert_eq!(
            groups.iter().map(Vec::len).collect::<Vec<_>>(),
            vec![GROUP; 7]
        );
        assert_eq!(pool.len(), 1029 - 7 * GROUP);
        assert_eq!(store.statement_invites_spent(&id).unwrap(), 1029);
    }

    /// Retention removes the pool, the groups and records of one invite
    /// alike, and the index forgets them.
    #[test]
    fn forgetting_removes_every_spend_record() {
        let (_dir, store, id) = fresh();
        commit(&store, &id, (0..300).map(tag).collect());
        store
            .statement_data
            .insert(key(INVITE, &id, &tag(1000)), vec![])
            .unwrap();
        assert!(store.spent_on_statement(&id, &tag(1)).unwrap());
        let mut batch = sled::Batch::default();
        for k in store.spend_records(&id).unwrap() {
            batch.remove(k);
        }
        store.statement_data.apply_batch(batch).unwrap();
        store.spends.take_in(vec![Update::forget(id)]).unwrap();
        assert_eq!(store.statement_invites_spent(&id).unwrap(), 0);
        for n in [1, 299, 1000] {
            assert!(!store.spent_on_statement(&id, &tag(n)).unwrap());
        }
    }

    /// A backup's records hold every tag once; apart from a pool of
    /// `POOL_MIN` drawn at random, each group is a run of the sorted
    /// tags, so its tags were chosen by value alone; and a statement with
    /// fewer than `POOL_MIN + GROUP` tags keeps them all in its pool.
    #[test]
    fn regrouped_by_value_cuts_the_sorted_tags_into_runs() {
        let id = CampaignId::random(&mut rand::rngs::OsRng);
        let tags: Vec<SpendTag> = (0..1000).map(tag).collect();
        let records = regrouped_by_value(&id, [tags.clone(), tags[..10].to_vec()].concat());
        let pool_key = key(POOL, &id, &[]);
        let pool = split(&records.iter().find(|(k, _)| *k == pool_key).unwrap().1).unwrap();
        assert_eq!(pool.len(), POOL_MIN);
        let mut rest: Vec<SpendTag> = tags.iter().filter(|t| !pool.contains(t)).copied().collect();
        rest.sort_unstable();
        let mut groups: Vec<Vec<SpendTag>> = records
            .iter()
            .filter(|(k, _)| *k != pool_key)
            .map(|(k, v)| {
                assert!(k.starts_with(&key(GROUPED, &id, &[])));
                split(v).unwrap()
            })
            .collect();
        groups.sort();
        assert_eq!(groups.concat(), rest, "runs of the sorted tags, each once");
        assert!(groups.iter().all(|g| g.len() <= GROUP));

        let few = regrouped_by_value(&id, tags[..200].to_vec());
        assert_eq!(few.len(), 1);
        assert_eq!(few[0].0, pool_key);
        assert_eq!(split(&few[0].1).unwrap().len(), 200);
    }
}
