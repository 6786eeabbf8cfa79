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

use super::statements::{key, StatementRecord, CHECKPOINT, RECORD, WITNESSED};
use super::{Store, SurveyRecord};

/// A statement's record and the latest checkpoints of its log.
#[derive(Clone, Debug)]
pub struct PublishedStatement {
    pub record: Arc<StatementRecord>,
    /// The latest signed checkpoint note, cosignatures included.
    pub checkpoint: Option<Arc<str>>,
    /// The latest checkpoint a witness cosigned.
    pub witnessed: Option<Arc<str>>,
}

/// What one durable batch changed.
#[derive(Default)]
pub struct Publication {
    pub surveys: Vec<(CampaignId, SurveyRecord)>,
    pub statements: Vec<(CampaignId, PublishedStatement)>,
}

#[derive(Clone, Default)]
pub struct Published {
    surveys: Arc<RwLock<HashMap<CampaignId, Arc<SurveyRecord>>>>,
    statements: Arc<RwLock<HashMap<CampaignId, PublishedStatement>>>,
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
        let text = |prefix| -> anyhow::Result<Option<Arc<str>>> {
            match self.statement_data.get(key(prefix, id, &[]))? {
                None => Ok(None),
                Some(bytes) => Ok(Some(Arc::from(
                    std::str::from_utf8(&bytes).context("checkpoint text")?,
                ))),
            }
        };
        Ok(PublishedStatement {
            record: Arc::new(record),
            checkpoint: text(CHECKPOINT)?,
            witnessed: text(WITNESSED)?,
        })
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
