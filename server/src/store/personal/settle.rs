//! Bringing signers' texts in line with the durable records at start,
//! before any write, so that a crash never leaves a reveal half done:
//!
//! * a text kept in both forms belongs to a reveal round that a crash cut
//!   short. If the durable record says that round completed (the entry is
//!   below `revealed_below` of a revealed statement), the sealed form is
//!   erased; otherwise the opened one is, and the round never happened;
//! * an opened text of a statement whose names are not revealed was left
//!   by a server from before sealing: it is sealed now, to the organisers;
//! * a temporary file is a write that never completed: erased.
//!
//! Anything else in the directory is left alone, with a warning: a stray
//! file must not keep the server from starting.

use std::collections::{BTreeSet, HashMap};

use anyhow::Context;
use caucus_core::encoding::is_hex_digest;
use caucus_core::log::audit::RevealedPersonal;
use caucus_core::{CampaignId, OrganiserPublicKey, SealedPersonal};

use super::{erase, PersonalFiles, SEALED};
use crate::store::statements::StoredPersonal;

/// What [`PersonalFiles::settle`] did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Settled {
    /// Opened texts of a reveal round that did not complete, erased.
    pub undone: usize,
    /// Sealed texts of a reveal round that completed, erased.
    pub finished: usize,
    /// Texts an earlier server kept in the clear, sealed.
    pub sealed: usize,
    /// Temporary files of writes that never completed, erased.
    pub temporary: usize,
}

/// A statement as its durable record has it, for [`PersonalFiles::settle`].
pub struct Revealed {
    /// Its names are published.
    pub revealed: bool,
    /// Every entry below this was opened by a completed reveal round.
    pub below: u64,
}

impl PersonalFiles {
    /// See the module documentation. `record` gives a statement's durable
    /// reveal state (`None`: no such statement); `indexes` its log's
    /// commitments with their entry indexes, asked only when a reveal
    /// round was cut short.
    pub fn settle(
        &self,
        organisers: &[OrganiserPublicKey],
        record: impl Fn(&CampaignId) -> anyhow::Result<Option<Revealed>>,
        indexes: impl Fn(&CampaignId) -> anyhow::Result<HashMap<String, u64>>,
    ) -> anyhow::Result<Settled> {
        let mut settled = Settled::default();
        let Ok(statements) = std::fs::read_dir(&self.dir) else {
            return Ok(settled);
        };
        for statement in statements {
            let statement = statement?;
            let (mut opened, mut sealed) = (BTreeSet::new(), BTreeSet::new());
            for file in std::fs::read_dir(statement.path())? {
                let path = file?.path();
                let name = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default();
                if name.ends_with(".tmp") {
                    erase(&path)?;
                    settled.temporary += 1;
                } else if let Some(c) = name.strip_suffix(SEALED).filter(|c| is_hex_digest(c)) {
                    sealed.insert(c.to_string());
                } else if is_hex_digest(name) {
                    opened.insert(name.to_string());
                } else {
                    log::warn!(
                        "an unexpected file among signers' texts: {}",
                        path.display()
                    );
                }
            }
            let Some(id) = statement.file_name().to_str().and_then(|n| n.parse().ok()) else {
                continue;
            };
            let Some(state) = record(&id)? else {
                continue;
            };
            let cut_short: Vec<&String> = opened.intersection(&sealed).collect();
            if !cut_short.is_empty() {
                let indexes = if state.revealed {
                    indexes(&id)?
                } else {
                    HashMap::new()
                };
                for commitment in cut_short {
                    let done = indexes.get(commitment).is_some_and(|&i| i < state.below);
                    // Done: the sealed form goes; not done: the opened one.
                    erase(&self.path(&id, commitment, done)?)?;
                    match done {
                        true => settled.finished += 1,
                        false => settled.undone += 1,
                    }
                }
            }
            if !state.revealed {
                for commitment in opened.difference(&sealed) {
                    if organisers.is_empty() {
                        log::warn!("a signer's text is kept in the clear: no organiser key is configured to seal it to");
                        continue;
                    }
                    self.seal_in_place(&id, commitment, organisers)?;
                    settled.sealed += 1;
                }
            }
        }
        Ok(settled)
    }

    /// Seal a text an earlier server kept in the clear, then erase the
    /// clear one.
    fn seal_in_place(
        &self,
        id: &CampaignId,
        commitment: &str,
        organisers: &[OrganiserPublicKey],
    ) -> anyhow::Result<()> {
        let opened = self.path(id, commitment, false)?;
        let stored: StoredPersonal =
            serde_json::from_slice(&std::fs::read(&opened)?).context("personal text")?;
        let opening = RevealedPersonal::new(&stored.salt, &stored.text);
        let sealed =
            SealedPersonal::seal(&opening, id, commitment, organisers, &mut rand::rngs::OsRng)
                .map_err(|e| anyhow::anyhow!("sealing a signer's text: {e}"))?;
        self.write(id, commitment, true, &sealed.0)?;
        erase(&opened)
    }
}
