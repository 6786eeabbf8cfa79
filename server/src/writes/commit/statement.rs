//! The statement half of a commit batch: signatures and withdrawals are
//! decided in order against the log as it stands plus what this batch has
//! already appended, then written, with a freshly signed checkpoint for
//! every statement touched, in the same atomic sled batch.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use anyhow::Context;
use caucus_core::log::checkpoint::{origin, sign_checkpoint, Checkpoint};
use caucus_core::log::entry::{withdrawal_hash, Entry, SignatureKind};
use caucus_core::log::merkle::leaf_hash;
use caucus_core::{CampaignId, ServerKey};

use super::Outcome;
use crate::store::cosigned::{log_signature_only, Cosigned};
use crate::store::published::{witness_byte, Publication, PublishedStatement};
use crate::store::spends::{self, SpendTag};
use crate::store::statements::{
    key, StatementRecord, CHECKPOINT, COSIGNED, INVITE, RECORD, RUN, STRUCK,
};
use crate::store::withdrawals::{self, WithdrawalHash};
use crate::store::{framed, Store};

/// Entries in one log record at most: sled rewrites a leaf of up to 16
/// records whole, so records of a whole saturated batch (30 or more
/// entries) made leaves of 60 KB and more (docs/performance.md).
const RUN_MAX: usize = 8;

/// One signature to append.
pub struct Signing {
    pub kind: SignatureKind,
    /// The spend tag of the invite behind it (none for unverified).
    pub tag: Option<[u8; 32]>,
    pub entry: Vec<u8>,
    /// The personal text (named and unverified only).
    pub personal: Option<PersonalWrite>,
    /// The withdrawal hash the entry names, decoded by the handler.
    pub withdrawal: WithdrawalHash,
}

/// A signer's text in the forms it may be kept in: which one is written is
/// decided here, by whether the statement's names are revealed by then.
pub struct PersonalWrite {
    pub commitment: String,
    /// Sealed to the organisers ([`caucus_core::SealedPersonal`]). `None`
    /// only if the names were revealed when the signature came in: a
    /// reveal is for good.
    pub sealed: Option<Vec<u8>>,
    /// Opened (JSON [`crate::store::statements::StoredPersonal`]).
    pub opened: Vec<u8>,
}

/// One opened text posted by the organisers to reveal it, checked against
/// its entry's commitment by the handler.
pub struct Opened {
    pub index: u64,
    pub commitment: String,
    /// JSON [`crate::store::statements::StoredPersonal`].
    pub bytes: Vec<u8>,
}

/// A personal-text file to write or erase, in the order decided. They are
/// carried out after the whole batch is decided and before it is applied,
/// so deciding touches nothing on disk.
enum FileChange {
    Write {
        id: CampaignId,
        commitment: String,
        sealed: bool,
        bytes: Vec<u8>,
    },
    Erase {
        id: CampaignId,
        commitment: String,
    },
    /// A reveal's opened texts (commitment, JSON): written together, with
    /// one fsync of their directory.
    Open {
        id: CampaignId,
        texts: Vec<(String, Vec<u8>)>,
    },
}

/// What a decided statement batch writes: files first, then sled.
pub struct StatementWrites {
    files: Vec<FileChange>,
    batch: sled::Batch,
    /// Sealed texts to erase once the batch is durable: those of a reveal.
    pub sealed_to_erase: Vec<(CampaignId, String)>,
}

impl StatementWrites {
    pub fn write(self, store: &Store) -> anyhow::Result<()> {
        for change in self.files {
            match change {
                FileChange::Write {
                    id,
                    commitment,
                    sealed,
                    bytes,
                } => store
                    .personal_files
                    .write(&id, &commitment, sealed, &bytes)?,
                FileChange::Erase { id, commitment } => {
                    store.personal_files.erase(&id, &commitment)?
                }
                FileChange::Open { id, texts } => store.personal_files.write_opened(&id, &texts)?,
            }
        }
        store.statement_data.apply_batch(self.batch)?;
        Ok(())
    }
}

pub struct StatementBatch<'a> {
    store: &'a Store,
    batch: sled::Batch,
    records: HashMap<CampaignId, Option<StatementRecord>>,
    appended: HashMap<CampaignId, Vec<Vec<u8>>>,
    written: HashMap<Vec<u8>, Option<Vec<u8>>>,
    files: Vec<FileChange>,
    sealed_to_erase: Vec<(CampaignId, String)>,
    /// Signatures this batch appended, by withdrawal hash, and those it
    /// withdrew: the store's index holds durable entries only
    /// ([`crate::store::withdrawals`]).
    signed_now: HashMap<CampaignId, HashMap<WithdrawalHash, u64>>,
    withdrawn_now: HashMap<CampaignId, HashSet<u64>>,
    /// Invites and tickets this batch spent, by statement, written into
    /// the pool in `finish` ([`crate::store::spends`]); invites it spent
    /// in records of their own (a ticket's issuance); and statements
    /// whose spend records retention removed.
    spent_now: HashMap<CampaignId, HashSet<SpendTag>>,
    issued_now: HashMap<CampaignId, HashSet<SpendTag>>,
    forgotten: HashSet<CampaignId>,
    /// Cosignatures kept in this batch, by statement: (witness, cosignature).
    cosigned: HashMap<CampaignId, Vec<(usize, Cosigned)>>,
    /// A record changed with nothing else written (a shred of a statement
    /// that never spent an invite, short invites registered).
    record_only: bool,
}

impl<'a> StatementBatch<'a> {
    pub fn new(store: &'a Store) -> Self {
        Self {
            store,
            batch: sled::Batch::default(),
            records: HashMap::new(),
            appended: HashMap::new(),
            written: HashMap::new(),
            signed_now: HashMap::new(),
            withdrawn_now: HashMap::new(),
            spent_now: HashMap::new(),
            issued_now: HashMap::new(),
            forgotten: HashSet::new(),
            cosigned: HashMap::new(),
            files: Vec::new(),
            sealed_to_erase: Vec::new(),
            record_only: false,
        }
    }

    fn record(&mut self, id: &CampaignId) -> anyhow::Result<Option<&mut StatementRecord>> {
        if !self.records.contains_key(id) {
            let stored = self.store.stored_statement(id)?;
            self.records.insert(*id, stored);
        }
        Ok(self.records.get_mut(id).and_then(Option::as_mut))
    }

    /// Read through this batch's own writes first.
    fn get(&self, key: &[u8]) -> anyhow::Result<Option<Vec<u8>>> {
        match self.written.get(key) {
            Some(value) => Ok(value.clone()),
            None => Ok(self.store.statement_data.get(key)?.map(|v| v.to_vec())),
        }
    }

    fn put(&mut self, key: Vec<u8>, value: Option<Vec<u8>>) {
        match &value {
            Some(v) => self.batch.insert(key.clone(), v.clone()),
            None => self.batch.remove(key.clone()),
        }
        self.written.insert(key, value);
    }

    /// Written by [`StatementBatch::finish`], [`RUN_MAX`] entries to a
    /// record, rather than one record an entry.
    fn append(&mut self, id: &CampaignId, entry: Vec<u8>) -> anyhow::Result<u64> {
        let record = self.record(id)?.context("statement vanished")?;
        let index = record.counts.tree_size;
        record.counts.tree_size += 1;
        self.appended.entry(*id).or_default().push(entry);
        Ok(index)
    }

    /// How many entries of statement `id`'s log are durable: those before
    /// this batch's.
    fn durable_size(&mut self, id: &CampaignId) -> anyhow::Result<u64> {
        let pending = self.appended.get(id).map_or(0, Vec::len) as u64;
        let record = self.record(id)?.context("statement vanished")?;
        Ok(record.counts.tree_size - pending)
    }

    /// The signature whose withdrawal hash is `hash`, in the log as it
    /// stands in this batch.
    fn withdrawal_target(
        &mut self,
        id: &CampaignId,
        hash: &WithdrawalHash,
    ) -> anyhow::Result<Option<u64>> {
        if let Some(index) = self.signed_now.get(id).and_then(|s| s.get(hash)) {
            return Ok(Some(*index));
        }
        let size = self.durable_size(id)?;
        self.store.withdrawal_target(id, size, hash)
    }

    /// Whether `tag` was spent on statement `id`, in this batch or before.
    fn spent(&mut self, id: &CampaignId, tag: &SpendTag) -> anyhow::Result<bool> {
        let now = |spent: &HashMap<CampaignId, HashSet<SpendTag>>| {
            spent.get(id).is_some_and(|tags| tags.contains(tag))
        };
        if now(&self.spent_now) || now(&self.issued_now) {
            return Ok(true);
        }
        self.store.spent_on_statement(id, tag)
    }

    /// Whether signature `index` was withdrawn, in this batch or before.
    fn withdrawn(&mut self, id: &CampaignId, index: u64) -> anyhow::Result<bool> {
        if self
            .withdrawn_now
            .get(id)
            .is_some_and(|w| w.contains(&index))
        {
            return Ok(true);
        }
        let size = self.durable_size(id)?;
        self.store.withdrawn(id, size, index)
    }

    /// Entry `index` of the log as it stands in this batch.
    fn entry(&mut self, id: &CampaignId, index: u64) -> anyhow::Result<Option<Vec<u8>>> {
        let Some(record) = self.record(id)? else {
            return Ok(None);
        };
        let size = record.counts.tree_size;
        let pending = self.appended.get(id).map_or(&[][..], Vec::as_slice);
        let first_pending = size - pending.len() as u64;
        if index >= size {
            Ok(None)
        } else if index >= first_pending {
            let at = usize::try_from(index - first_pending)?;
            Ok(pending.get(at).cloned())
        } else {
            self.store.log_entry(id, index)
        }
    }

    pub fn create(
        &mut self,
        id: &CampaignId,
        record: StatementRecord,
        header: Vec<u8>,
        ticket_key: Vec<u8>,
    ) -> anyhow::Result<Outcome> {
        if self.record(id)?.is_some() {
            return Ok(Outcome::Exists);
        }
        let mut record = record;
        record.counts.tree_size = 0;
        self.records.insert(*id, Some(record));
        self.append(id, header)?;
        self.append(id, ticket_key)?;
        Ok(Outcome::Done)
    }

    pub fn sign(
        &mut self,
        id: &CampaignId,
        signing: &Signing,
        today: &str,
    ) -> anyhow::Result<Outcome> {
        let Some(record) = self.record(id)? else {
            return Ok(Outcome::NotFound);
        };
        if record
            .statement
            .closes
            .as_deref()
            .is_some_and(|last| today > last)
        {
            return Ok(Outcome::Closed);
        }
        // Opened only if the names were public before this batch (the
        // published record is the durable one): a reveal earlier in this
        // batch is not durable yet, so a text signed after it stays
        // sealed, and the reveal's next round opens it.
        let revealed = self
            .store
            .published
            .statement(id)?
            .is_some_and(|p| p.record.names_public());
        // A signer may bring their own withdrawal hash: one already in
        // use would point two signatures at one secret.
        if self.withdrawal_target(id, &signing.withdrawal)?.is_some() {
            return Ok(Outcome::Exists);
        }
        if let Some(tag) = &signing.tag {
            if self.spent(id, tag)? {
                return Ok(Outcome::Spent);
            }
            self.spent_now.entry(*id).or_default().insert(*tag);
        }
        // On disk before the entry that points at it is committed; sealed
        // until the names are revealed.
        if let Some(personal) = &signing.personal {
            let bytes = match (revealed, &personal.sealed) {
                (true, _) => personal.opened.clone(),
                (false, Some(sealed)) => sealed.clone(),
                (false, None) => anyhow::bail!("a text to keep sealed came unsealed"),
            };
            self.files.push(FileChange::Write {
                id: *id,
                commitment: personal.commitment.clone(),
                sealed: !revealed,
                bytes,
            });
        }
        let index = self.append(id, signing.entry.clone())?;
        self.signed_now
            .entry(*id)
            .or_default()
            .insert(signing.withdrawal, index);
        let record = self.record(id)?.context("statement vanished")?;
        *record.counts.of_kind(signing.kind) += 1;
        let c = &record.counts;
        // Only invite-backed signatures count toward the threshold: anyone
        // could add unverified names to force an early reveal.
        if c.named + c.anonymous >= record.statement.reveal_at {
            record.threshold_reached = true;
        }
        // A record made before `new` set it: no threshold, nothing sealed.
        record.revealed |= record.statement.reveal_at == 0;
        Ok(Outcome::Appended(index))
    }

    /// Publish the names of entries below `size`: every live signature
    /// there whose text is still sealed must be among `opened` (already
    /// checked against their commitments), or nothing is done. The opened
    /// texts are written before the record that shows them, and the
    /// sealed ones erased once that is durable, so a crash publishes all
    /// of them or none (see `PersonalFiles::settle`).
    pub fn reveal(
        &mut self,
        id: &CampaignId,
        size: u64,
        opened: &[Opened],
    ) -> anyhow::Result<Outcome> {
        let Some(record) = self.record(id)? else {
            return Ok(Outcome::NotFound);
        };
        if !record.reveal_due() {
            return Ok(Outcome::IsOpen);
        }
        anyhow::ensure!(
            size <= record.counts.tree_size,
            "a reveal beyond the end of the log"
        );
        let by_index: HashMap<u64, &Opened> = opened.iter().map(|o| (o.index, o)).collect();
        let mut missing = Vec::new();
        let mut published = Vec::new();
        let entries = self.store.log_entries(id, 1, size)?;
        for (index, entry) in (1..size).zip(&entries) {
            let Ok(Entry::Signature {
                commitment: Some(commitment),
                ..
            }) = Entry::parse(entry, index)
            else {
                continue;
            };
            // Withdrawn or struck (perhaps earlier in this batch, its
            // erasure not yet carried out), or left nameless by a crash.
            let withdrawn = self.withdrawn(id, index)?;
            let struck = self.get(&key(STRUCK, id, &index.to_be_bytes()))?.is_some();
            if withdrawn || struck || !self.store.personal_files.exists(id, &commitment, true)? {
                continue;
            }
            match by_index.get(&index) {
                Some(o) if o.commitment == commitment => published.push(*o),
                Some(_) => anyhow::bail!("an opening checked against another entry"),
                None => missing.push(index),
            }
        }
        if !missing.is_empty() {
            return Ok(Outcome::Unopened(missing));
        }
        let record = self.record(id)?.context("statement vanished")?;
        if record.revealed && published.is_empty() {
            return Ok(Outcome::Unchanged);
        }
        record.revealed = true;
        record.revealed_below = record.revealed_below.max(size);
        self.files.push(FileChange::Open {
            id: *id,
            texts: published
                .iter()
                .map(|o| (o.commitment.clone(), o.bytes.clone()))
                .collect(),
        });
        for o in &published {
            self.sealed_to_erase.push((*id, o.commitment.clone()));
        }
        self.record_only = true;
        Ok(Outcome::Revealed(published.len() as u64))
    }

    /// Burn an invite for a blind ticket (see `Write::Issue`).
    pub fn issue(
        &mut self,
        id: &CampaignId,
        tag: &[u8; 32],
        request: &[u8; 32],
        today: &str,
    ) -> anyhow::Result<Outcome> {
        if let Some(refused) = self.invitable(id, today)? {
            return Ok(refused);
        }
        // Its own record, beside the request it answered, so that the
        // same request is answered again (a lost reply) and no other.
        let single = key(INVITE, id, tag);
        Ok(match self.get(&single)? {
            Some(earlier) if earlier == request => Outcome::Reissued,
            Some(_) => Outcome::Spent,
            None if self.spent(id, tag)? => Outcome::Spent,
            None => {
                self.put(single, Some(request.to_vec()));
                self.issued_now.entry(*id).or_default().insert(*tag);
                Outcome::Done
            }
        })
    }

    /// Withdraw the signature whose withdrawal secret this is.
    pub fn withdraw(&mut self, id: &CampaignId, secret: &[u8; 32]) -> anyhow::Result<Outcome> {
        if self.record(id)?.is_none() {
            return Ok(Outcome::NotFound);
        }
        let hash = withdrawals::decode(&withdrawal_hash(secret))?;
        let Some(index) = self.withdrawal_target(id, &hash)? else {
            return Ok(Outcome::NotFound);
        };
        if self.withdrawn(id, index)? {
            return Ok(Outcome::Spent);
        }
        let signed = self
            .entry(id, index)?
            .context("withdrawal target missing from the log")?;
        let Entry::Signature {
            kind, commitment, ..
        } = Entry::parse(&signed, index).map_err(|e| anyhow::anyhow!("{e}"))?
        else {
            anyhow::bail!("a withdrawal hash points at a non-signature entry");
        };
        // Erased before the withdrawal is committed: a crash in between
        // leaves the signature counted but nameless, and the secret still
        // works for a retry. The log keeps only the commitment.
        self.erase_personal(id, commitment);
        let entry = Entry::Withdrawal {
            entry: index,
            secret: *secret,
        }
        .to_bytes()
        .context("withdrawal entry")?;
        let at = self.append(id, entry)?;
        self.withdrawn_now.entry(*id).or_default().insert(index);
        // A struck signature was counted apart already.
        let struck = self.get(&key(STRUCK, id, &index.to_be_bytes()))?.is_some();
        let record = self.record(id)?.context("statement vanished")?;
        if struck {
            record.counts.struck -= 1;
        } else {
            *record.counts.of_kind(kind) -= 1;
        }
        record.counts.withdrawn += 1;
        Ok(Outcome::Appended(at))
    }

    /// Erase a signer's text (if it had any) before the entry that ends
    /// its display is committed: a crash in between leaves the signature
    /// counted but nameless. The log keeps only the commitment.
    fn erase_personal(&mut self, id: &CampaignId, commitment: Option<String>) {
        if let Some(commitment) = commitment {
            self.files.push(FileChange::Erase {
                id: *id,
                commitment,
            });
        }
    }

    /// Strike named signature `target` with the organiser-signed `entry`
    /// (checked by the handler): its text is erased, the strike appended,
    /// and the signature counted apart. A withdrawn or struck signature
    /// cannot be struck.
    pub fn strike(
        &mut self,
        id: &CampaignId,
        target: u64,
        entry: &[u8],
    ) -> anyhow::Result<Outcome> {
        if self.record(id)?.is_none() {
            return Ok(Outcome::NotFound);
        }
        let Some(signed) = self.entry(id, target)? else {
            return Ok(Outcome::NotNamed);
        };
        let Ok(Entry::Signature {
            kind, commitment, ..
        }) = Entry::parse(&signed, target)
        else {
            return Ok(Outcome::NotNamed);
        };
        if kind == SignatureKind::Anonymous {
            return Ok(Outcome::NotNamed);
        }
        let withdrawn = self.withdrawn(id, target)?;
        let struck = key(STRUCK, id, &target.to_be_bytes());
        if withdrawn || self.get(&struck)?.is_some() {
            return Ok(Outcome::Spent);
        }
        self.erase_personal(id, commitment);
        let at = self.append(id, entry.to_vec())?;
        self.put(struck, Some(Vec::new()));
        let record = self.record(id)?.context("statement vanished")?;
        *record.counts.of_kind(kind) -= 1;
        record.counts.struck += 1;
        Ok(Outcome::Appended(at))
    }

    /// Keep a named witness's cosignature, already verified by the
    /// handler, as that witness's latest, if it is over the log's current
    /// checkpoint. Nothing is parsed or rebuilt from stored notes here: the
    /// served notes are put together from such pieces when published.
    pub fn cosign(
        &mut self,
        id: &CampaignId,
        witness: usize,
        cosigned: &Cosigned,
    ) -> anyhow::Result<Outcome> {
        let Some(record) = self.record(id)? else {
            return Ok(Outcome::NotFound);
        };
        if witness >= record.statement.witnesses.len() {
            return Ok(Outcome::NotFound);
        }
        // This batch already appended: its checkpoint is signed anew in
        // `finish`, so the one cosigned is no longer the current one.
        if self.appended.contains_key(id) {
            return Ok(Outcome::Moved);
        }
        let current = self.get(&key(CHECKPOINT, id, &[]))?.unwrap_or_default();
        if log_signature_only(&String::from_utf8_lossy(&current)) != cosigned.checkpoint {
            return Ok(Outcome::Moved);
        }
        self.put(
            key(COSIGNED, id, &[witness_byte(witness)?]),
            Some(serde_json::to_vec(cosigned)?),
        );
        self.cosigned
            .entry(*id)
            .or_default()
            .push((witness, cosigned.clone()));
        Ok(Outcome::Done)
    }

    /// Whether short invites may be registered for statement `id`: `None`
    /// if so, else the outcome that refuses them.
    pub fn invitable(&mut self, id: &CampaignId, today: &str) -> anyhow::Result<Option<Outcome>> {
        let Some(record) = self.record(id)? else {
            return Ok(Some(Outcome::NotFound));
        };
        if let Some(day) = &record.shredded_on {
            return Ok(Some(Outcome::Shredded(day.clone())));
        }
        let closed = record
            .statement
            .closes
            .as_deref()
            .is_some_and(|last| today > last);
        Ok(closed.then_some(Outcome::Closed))
    }

    /// Count `added` new short invites in the record; returns the total.
    pub fn count_invites(&mut self, id: &CampaignId, added: u64) -> anyhow::Result<u64> {
        self.record_only = true;
        let record = self.record(id)?.context("statement vanished")?;
        record.short_invites += added;
        Ok(record.short_invites)
    }

    /// Under retention, once it is over: forget which invites were spent. The log and revealed names stay.
    pub fn shred(&mut self, id: &CampaignId, today: &str) -> anyhow::Result<Outcome> {
        let Some(record) = self.record(id)? else {
            return Ok(Outcome::NotFound);
        };
        if record.shredded_on.is_some() {
            return Ok(Outcome::Unchanged);
        }
        // Signing is allowed through the `closes` day itself.
        let days = record.statement.retention_days + 1;
        let over = record
            .statement
            .closes
            .as_deref()
            .is_some_and(|closes| crate::writes::retention::passed(closes, days, today));
        if !over {
            return Ok(Outcome::IsOpen);
        }
        record.shredded_on = Some(today.to_string());
        for spent in self.store.spend_records(id)? {
            self.put(spent, None);
        }
        self.forgotten.insert(*id);
        self.record_only = true;
        Ok(Outcome::Done)
    }

    /// This batch's spends into the batch: each statement's pool, and any
    /// groups drawn from it.
    fn group_spends(&mut self, changes: &mut Publication) -> anyhow::Result<()> {
        let mut ids: HashSet<CampaignId> = self.spent_now.keys().copied().collect();
        ids.extend(self.issued_now.keys().copied());
        for id in ids {
            if self.forgotten.contains(&id) {
                continue;
            }
            let take = |spent: &mut HashMap<CampaignId, HashSet<SpendTag>>| -> Vec<SpendTag> {
                spent
                    .remove(&id)
                    .map(|tags| tags.into_iter().collect())
                    .unwrap_or_default()
            };
            let (pooled, own) = (take(&mut self.spent_now), take(&mut self.issued_now));
            let grouping = self.store.group_spends(&id, pooled, own)?;
            for (record, value) in grouping.writes {
                self.put(record, value);
            }
            changes.spends.push(grouping.update);
        }
        for id in self.forgotten.drain() {
            changes.spends.push(spends::Update::forget(id));
        }
        Ok(())
    }

    /// Records and new checkpoints into the batch; the caller writes it,
    /// and publishes `changes` once it is durable. `None` when this batch
    /// changed no statement, so nothing is written.
    pub fn finish(
        mut self,
        server_key: &ServerKey,
        changes: &mut Publication,
    ) -> anyhow::Result<Option<StatementWrites>> {
        if self.written.is_empty() && self.appended.is_empty() && !self.record_only {
            return Ok(None);
        }
        self.group_spends(changes)?;
        let appended = std::mem::take(&mut self.appended);
        for (id, appended) in appended {
            let size = self
                .record(&id)?
                .context("statement vanished")?
                .counts
                .tree_size;
            let old_size = size - appended.len() as u64;
            for (first, run) in (old_size..).step_by(RUN_MAX).zip(appended.chunks(RUN_MAX)) {
                self.put(key(RUN, &id, &first.to_be_bytes()), Some(framed(run)?));
            }
            changes.withdrawals.push(withdrawals::Update {
                id,
                from: old_size,
                to: size,
                signed: self.signed_now.remove(&id).unwrap_or_default(),
                withdrawn: self.withdrawn_now.remove(&id).unwrap_or_default(),
            });
            let end = usize::try_from(size).context("log too large")?;
            // Leaves beyond the committed size can only be left by a batch
            // that failed (the writer then stops), but drop them anyway.
            let root = self.store.with_log_tree(&id, old_size, |tree| {
                tree.truncate(end - appended.len());
                for entry in &appended {
                    tree.push(leaf_hash(entry));
                }
                tree.root(end)
            })?;
            let checkpoint = Checkpoint {
                origin: origin(&id),
                size,
                root: root.context("log tree shorter than the log")?,
                extensions: Vec::new(),
            };
            let note =
                sign_checkpoint(&checkpoint, server_key).map_err(|e| anyhow::anyhow!("{e}"))?;
            self.put(key(CHECKPOINT, &id, &[]), Some(note.to_text().into_bytes()));
        }
        for (id, record) in std::mem::take(&mut self.records) {
            let Some(record) = record else {
                continue;
            };
            self.batch
                .insert(key(RECORD, &id, &[]), serde_json::to_vec(&record)?);
            // What this batch did not write is what is published already
            // (every earlier batch was), so sled need not be read again.
            let before = self.store.published.statement(&id)?;
            let log_checkpoint = match self.written.get(&key(CHECKPOINT, &id, &[])) {
                Some(Some(bytes)) => Some(Arc::from(
                    std::str::from_utf8(bytes).context("checkpoint text")?,
                )),
                Some(None) => None,
                None => before.as_ref().and_then(|b| b.log_checkpoint.clone()),
            };
            let mut cosigned = before.map(|b| (*b.cosigned).clone()).unwrap_or_default();
            cosigned.resize(record.statement.witnesses.len(), None);
            for (witness, c) in self.cosigned.remove(&id).unwrap_or_default() {
                if let Some(slot) = cosigned.get_mut(witness) {
                    *slot = Some(c);
                }
            }
            let published =
                PublishedStatement::new(Arc::new(record), log_checkpoint, Arc::new(cosigned));
            changes.statements.push((id, published));
        }
        Ok(Some(StatementWrites {
            files: self.files,
            batch: self.batch,
            sealed_to_erase: self.sealed_to_erase,
        }))
    }
}
