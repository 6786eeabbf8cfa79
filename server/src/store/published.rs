//! Campaign records and statement checkpoints as the commit thread last
//! made them durable, held in memory for requests to read.
//!
//! Two reasons not to read them from sled on the request path:
//! - sled shows a batch to readers as soon as it is applied, before the
//!   commit thread's flush and fsync. A receipt or a witness could then be
//!   handed a checkpoint that a crash erases; the log, grown again with
//!   other entries, would look forked. Only what is durable is published.
//! - sled's `apply_batch` shuts readers out while it runs, and a reader on
//!   an actix worker stalls every connection of that worker.
//!
//! Everything is loaded when the store opens, so no request ever falls back
//! to sled for these; afterwards only the commit thread changes them,
//! after each durable batch and before anyone is answered.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use anyhow::Context;
use caucus_core::CampaignId;

use super::cosigned::{log_signature_only, with_cosignatures, witnessed, Cosigned};
use super::statements::{key, StatementRecord, CHECKPOINT, COSIGNED, RECORD};
use super::{Store, SurveyRecord};

/// A statement's record and the latest checkpoints of its log.
#[derive(Clone, Debug)]
pub struct PublishedStatement {
    pub record: Arc<StatementRecord>,
    /// The latest checkpoint note as the log signed it, without
    /// cosignatures: what a witness cosigns.
    pub log_checkpoint: Option<Arc<str>>,
    /// Each named witness's latest cosignature, in the header's order.
    pub cosigned: Arc<Vec<Option<Cosigned>>>,
    /// The latest checkpoint as served: the log's signature and the named
    /// witnesses' cosignatures over it.
    pub checkpoint: Option<Arc<str>>,
    /// The largest checkpoint a named witness cosigned, with every named
    /// witness's cosignature over it.
    pub witnessed: Option<Arc<str>>,
}

impl PublishedStatement {
    /// Put the served notes together from their stored pieces.
    pub fn new(
        record: Arc<StatementRecord>,
        log_checkpoint: Option<Arc<str>>,
        cosigned: Arc<Vec<Option<Cosigned>>>,
    ) -> Self {
        let checkpoint = log_checkpoint
            .as_deref()
            .map(|note| Arc::from(with_cosignatures(note, &cosigned)));
        let witnessed = witnessed(&cosigned).map(Arc::from);
        Self {
            record,
            log_checkpoint,
            cosigned,
            checkpoint,
            witnessed,
        }
    }
}

/// What one durable batch changed.
#[derive(Default)]
pub struct Publication {
    pub surveys: Vec<(CampaignId, SurveyRecord)>,
    pub statements: Vec<(CampaignId, PublishedStatement)>,
    /// What the withdrawal index takes in (see [`super::withdrawals`]).
    pub withdrawals: Vec<super::withdrawals::Update>,
    /// What the spend index takes in (see [`super::spends`]).
    pub spends: Vec<super::spends::Update>,
}

#[derive(Clone, Default)]
pub struct Published {
    surveys: Arc<RwLock<HashMap<CampaignId, Arc<SurveyRecord>>>>,
    statements: Arc<RwLock<HashMap<CampaignId, PublishedStatement>>>,
}

impl Store {
    /// A durable batch's changes: made visible to readers, and what it
    /// appended and spent taken into the indexes, in one place.
    pub fn publish(&self, mut changes: Publication) -> anyhow::Result<()> {
        let withdrawals = std::mem::take(&mut changes.withdrawals);
        let spends = std::mem::take(&mut changes.spends);
        self.published.publish(changes)?;
        self.withdrawals.take_in(withdrawals)?;
        self.spends.take_in(spends)
    }
}

impl Published {
    /// Everything stored, read once as the store opens (before any write).
    pub(super) fn load(store: &Store) -> anyhow::Result<Self> {
        let published = Self::default();
        let mut changes = Publication::default();
        for entry in store.surveys.iter() {
            let (id, bytes) = entry?;
            let Ok(id) = <[u8; 16]>::try_from(id.as_ref()) else {
                continue;
            };
            let record = serde_json::from_slice(&bytes).context("survey record")?;
            changes.surveys.push((CampaignId::from_bytes(id), record));
        }
        for (id, record) in store.stored_statements()? {
            let statement = store.stored_statement_state(&id, record)?;
            changes.statements.push((id, statement));
        }
        published.publish(changes)?;
        Ok(published)
    }

    /// Make a durable batch's changes visible.
    pub fn publish(&self, changes: Publication) -> anyhow::Result<()> {
        if !changes.surveys.is_empty() {
            let mut surveys = self.surveys.write().map_err(|_| poisoned())?;
            for (id, record) in changes.surveys {
                surveys.insert(id, Arc::new(record));
            }
        }
        if !changes.statements.is_empty() {
            let mut statements = self.statements.write().map_err(|_| poisoned())?;
            statements.extend(changes.statements);
        }
        Ok(())
    }

    pub fn survey(&self, id: &CampaignId) -> anyhow::Result<Option<Arc<SurveyRecord>>> {
        let surveys = self.surveys.read().map_err(|_| poisoned())?;
        Ok(surveys.get(id).cloned())
    }

    pub fn statement(&self, id: &CampaignId) -> anyhow::Result<Option<PublishedStatement>> {
        let statements = self.statements.read().map_err(|_| poisoned())?;
        Ok(statements.get(id).cloned())
    }

    /// Every statement, in id order.
    pub fn statements(&self) -> anyhow::Result<Vec<(CampaignId, Arc<StatementRecord>)>> {
        let statements = self.statements.read().map_err(|_| poisoned())?;
        let mut all: Vec<_> = statements
            .iter()
            .map(|(id, s)| (*id, s.record.clone()))
            .collect();
        all.sort_by_key(|(id, _)| *id.as_bytes());
        Ok(all)
    }

    /// Every survey id, in id order.
    pub fn survey_ids(&self) -> anyhow::Result<Vec<CampaignId>> {
        let surveys = self.surveys.read().map_err(|_| poisoned())?;
        let mut ids: Vec<CampaignId> = surveys.keys().copied().collect();
        ids.sort_by_key(|id| *id.as_bytes());
        Ok(ids)
    }
}

/// A named witness's position in the header, as its key suffix.
pub fn witness_byte(witness: usize) -> anyhow::Result<u8> {
    u8::try_from(witness).context("witness index")
}

fn poisoned() -> anyhow::Error {
    anyhow::anyhow!("published records poisoned")
}

impl Store {
    /// A statement's record and checkpoints as stored in sled: for loading
    /// and for the commit thread, which alone may see its own batch.
    pub(crate) fn stored_statement_state(
        &self,
        id: &CampaignId,
        record: StatementRecord,
    ) -> anyhow::Result<PublishedStatement> {
        let log_checkpoint = match self.statement_data.get(key(CHECKPOINT, id, &[]))? {
            None => None,
            Some(bytes) => Some(Arc::from(log_signature_only(
                std::str::from_utf8(&bytes).context("checkpoint text")?,
            ))),
        };
        let mut cosigned = Vec::with_capacity(record.statement.witnesses.len());
        for witness in 0..record.statement.witnesses.len() {
            let stored = self
                .statement_data
                .get(key(COSIGNED, id, &[witness_byte(witness)?]))?;
            cosigned.push(match stored {
                None => None,
                Some(bytes) => Some(serde_json::from_slice(&bytes).context("cosignature")?),
            });
        }
        Ok(PublishedStatement::new(
            Arc::new(record),
            log_checkpoint,
            Arc::new(cosigned),
        ))
    }

    /// Every statement record in sled.
    pub(crate) fn stored_statements(&self) -> anyhow::Result<Vec<(CampaignId, StatementRecord)>> {
        let mut all = Vec::new();
        for entry in self.statement_data.scan_prefix([RECORD]) {
            let (key, value) = entry?;
            if let Ok(bytes) = <[u8; 16]>::try_from(&key[1..]) {
                let record = serde_json::from_slice(&value).context("statement record")?;
                all.push((CampaignId::from_bytes(bytes), record));
            }
        }
        Ok(all)
    }
}
