//! Group commit: the single writer, and the reason a 2xx means "on disk".
//!
//! sled's `flush()` issues `sync_file_range`, which is no fsync, and its
//! `flush_async` deadlocks under concurrent callers (sled issue 1308). So
//! one thread owns every write: it takes whatever requests have queued up,
//! decides each in order against the current state (is the invite spent?
//! is the survey open?), applies the ballots of the whole batch as one
//! atomic sled batch, flushes, then fsyncs sled's data file, and only then
//! answers the waiting handlers. Being the only writer also makes the
//! spend-once check race-free without a transaction: two submissions of one
//! invite are decided one after the other, even inside one batch.

use std::collections::{HashMap, HashSet};
use std::sync::mpsc::{sync_channel, SyncSender, TrySendError};
use std::time::Instant;

use anyhow::Context;
use caucus_core::log::entry::Entry;
use caucus_core::{CampaignId, ServerKey};
use tokio::sync::oneshot;

use crate::store::campaign_keys::CampaignKeys;
use crate::store::counts::BatchCounts;
use crate::store::published::Publication;
use crate::store::response_files::Appender;
use crate::store::statements::StatementRecord;
use crate::store::{spent_key, Store, SurveyRecord, SurveyState};

mod ballots;
mod cycle;
mod invites;
mod linger;
mod release;
pub mod reshuffle;
mod shred;
pub mod statement;
mod writer;

pub use ballots::{BallotBatch, NewResponses};
use invites::InviteBatch;
use release::ReleaseBatch;
use statement::{Signing, StatementBatch, StatementWrites};

const MAX_BATCH: usize = 512;

const QUEUE: usize = 8192;

/// One durable change.
pub enum Write {
    CreateSurvey {
        id: CampaignId,
        record: SurveyRecord,
    },
    /// Close a survey (on this day) or reopen it. Releases made before a
    /// reopen stay in the registry, and later ones are checked against them.
    SetSurveyState {
        id: CampaignId,
        to: SurveyState,
        on: String,
    },
    /// Register an export or publication of a closed survey's results.
    Release {
        id: CampaignId,
        release: Box<crate::store::releases::ReleaseRecord>,
    },
    Submit {
        id: CampaignId,
        tag: [u8; 32],
        /// The sealed response, wrapped under the campaign key when stored.
        sealed: Vec<u8>,
    },
    /// Burn an invite (its spend tag) for a blind ticket, remembering the
    /// digest of the token request, so that the same request, retried
    /// after a lost response, is answered again and any other is refused.
    Issue {
        id: CampaignId,
        tag: [u8; 32],
        request: [u8; 32],
        today: String,
    },
    /// Put a rewrite of a survey's responses in random order in place of
    /// its file (see `crate::writes::reshuffle`). Taken alone, like a
    /// backup: no batch appends to the file meanwhile.
    Reshuffle(reshuffle::Staged),
    /// Remember an admin request nonce until `expires` (unix seconds).
    Nonce {
        nonce: String,
        expires: u64,
        now: u64,
    },
    /// A new statement, its log started with the organiser-signed header.
    CreateStatement {
        id: CampaignId,
        record: StatementRecord,
        header: Vec<u8>,
    },
    Sign {
        id: CampaignId,
        signing: Signing,
        today: String,
    },
    Withdraw {
        id: CampaignId,
        secret: [u8; 32],
    },
    /// Publish the names of a statement's entries below `size`, opened by
    /// the organisers (see `statement::StatementBatch::reveal`).
    Reveal {
        id: CampaignId,
        size: u64,
        opened: Vec<statement::Opened>,
    },
    /// Strike named signature `target` with this organiser-signed entry.
    Strike {
        id: CampaignId,
        target: u64,
        entry: Vec<u8>,
    },
    /// Register the hashes of short invite codes for a survey or statement
    /// (from an organiser-signed request).
    AddInvites {
        id: CampaignId,
        hashes: Vec<[u8; 32]>,
        today: String,
    },
    /// Retention is over: delete a closed campaign's responses (or, for a
    /// statement, its spent-invite records), and once that is durable,
    /// destroy the campaign key.
    Shred {
        id: CampaignId,
        today: String,
    },
    /// A consistent snapshot of the data directory into this (new or
    /// empty) directory, taken between two batches: see [`crate::operator::backup`].
    Backup {
        dir: std::path::PathBuf,
        /// Whom its secrets are sealed to.
        organisers: Vec<caucus_core::OrganiserPublicKey>,
    },
    /// A named witness's cosignature (its place in the header's list),
    /// already verified against the checkpoint it carries.
    Cosign {
        id: CampaignId,
        witness: usize,
        cosigned: crate::store::cosigned::Cosigned,
    },
}

#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// Appended to a statement's log at this index.
    Appended(u64),
    Exists,
    NotFound,
    Closed,
    /// Already in the state asked for.
    Unchanged,
    /// Still open: no results yet.
    IsOpen,
    /// Registered under this number.
    Registered(u32),
    /// The box holds this many responses, not the release's count.
    StaleRelease(u64),
    /// Too few responses apart from this earlier release.
    Differencing {
        seq: u32,
        responses: u64,
    },
    Spent,
    /// The same token request as the one this invite was burned for.
    Reissued,
    Replayed,
    /// The log's checkpoint is no longer the one cosigned.
    Moved,
    /// Not a named (or unverified) signature: nothing to strike.
    NotNamed,
    /// A reveal left these entries' sealed texts unopened, so it
    /// published nothing.
    Unopened(Vec<u64>),
    /// A reveal published this many names.
    Revealed(u64),
    /// This many responses were stored again.
    Reshuffled(u64),
    /// The file changed under a staged rewrite (another rewrite, or a
    /// shred): stage it again.
    Restage,
    /// This many short invite codes were new; the campaign now has `total`.
    Added {
        added: u64,
        total: u64,
    },
    /// Its retention period is over and its responses are gone.
    Shredded(String),
    /// A snapshot was written.
    BackedUp(Box<crate::operator::backup::Manifest>),
}

pub(super) struct Job {
    write: Write,
    reply: oneshot::Sender<Result<Outcome, CommitError>>,
    /// When it was queued: how close together writes arrive decides how
    /// long a batch waits for more (see [`linger`]).
    queued: Instant,
}

type Answer = oneshot::Receiver<Result<Outcome, CommitError>>;

impl Job {
    /// A job for `write`, queued now, and where its outcome will come.
    fn new(write: Write) -> (Self, Answer) {
        let (reply, answer) = oneshot::channel();
        let job = Self {
            write,
            reply,
            queued: Instant::now(),
        };
        (job, answer)
    }
}

#[derive(Clone)]
pub struct Committer {
    queue: SyncSender<Job>,
}

#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    #[error("the write queue is full")]
    Busy,
    #[error("storage failed: {0}")]
    Storage(String),
    /// This write alone could not be decided or built (its cause is
    /// logged); nothing of it was written, and other writes go on.
    #[error("this request could not be carried out, and changed nothing")]
    Refused,
}

impl Committer {
    /// Start the writer thread. `durable = false` skips flush and fsync:
    /// only for the crash harness's negative control.
    pub fn start(store: Store, server_key: ServerKey, durable: bool) -> anyhow::Result<Self> {
        let file = store.data_file()?;
        let (queue, jobs) = sync_channel(QUEUE);
        std::thread::Builder::new()
            .name("caucus-commit".into())
            .spawn(move || writer::run(store, server_key, file, jobs, durable))
            .context("starting the commit thread")?;
        Ok(Self { queue })
    }

    /// The same, from a thread outside the async runtime.
    pub fn commit_blocking(&self, write: Write) -> Result<Outcome, CommitError> {
        let (job, answer) = Job::new(write);
        self.queue
            .send(job)
            .map_err(|_| CommitError::Storage("commit thread stopped".into()))?;
        match answer.blocking_recv() {
            Ok(result) => result,
            Err(_) => Err(CommitError::Storage("commit thread stopped".into())),
        }
    }

    pub async fn commit(&self, write: Write) -> Result<Outcome, CommitError> {
        let (job, answer) = Job::new(write);
        self.queue.try_send(job).map_err(|e| match e {
            TrySendError::Full(_) => CommitError::Busy,
            TrySendError::Disconnected(_) => CommitError::Storage("commit thread stopped".into()),
        })?;
        match answer.await {
            Ok(result) => result,
            Err(_) => Err(CommitError::Storage("commit thread stopped".into())),
        }
    }
}

/// A decided batch: what it answers, what it writes, what it publishes.
pub(super) struct Decided {
    outcomes: Vec<Outcome>,
    changes: Publication,
    /// Sealed texts a reveal opened: erased once the batch is durable.
    sealed_to_erase: Vec<(CampaignId, String)>,
}

/// The writes of a decided batch, in the order they go to disk.
struct Writes {
    decided: Decided,
    /// Keys of new campaigns: first, so a crash leaves an unused key file,
    /// never a campaign without one.
    new_keys: Vec<(CampaignId, [u8; 32])>,
    surveys: Vec<(CampaignId, Vec<u8>)>,
    nonces: Vec<(String, u64)>,
    ballots: BallotBatch,
    responses: NewResponses,
    releases: Option<sled::Batch>,
    statements: Option<StatementWrites>,
    invites: Option<sled::Batch>,
}

impl Writes {
    /// `durable` false only for the crash harness's negative control.
    fn write(
        mut self,
        store: &Store,
        appender: &mut Appender,
        durable: bool,
    ) -> anyhow::Result<Decided> {
        for (id, key) in self.new_keys {
            store.keys.create_with(&id, key)?;
        }
        // Before anything reaches sled, which could write its buffer out
        // at any moment: a length sled holds is always in the file.
        self.responses
            .append(store, appender, &mut self.ballots, durable)?;
        for (id, record) in self.surveys {
            store.surveys.insert(id.as_bytes(), record)?;
        }
        for (nonce, expires) in self.nonces {
            store
                .nonces
                .insert(nonce.as_bytes(), &expires.to_be_bytes())?;
        }
        self.ballots.apply(&store.ballots)?;
        if let Some(batch) = self.releases {
            store.releases.apply_batch(batch)?;
        }
        if let Some(batch) = self.invites {
            store.short_invites.apply_batch(batch)?;
        }
        if let Some(mut statements) = self.statements {
            self.decided.sealed_to_erase = std::mem::take(&mut statements.sealed_to_erase);
            statements.write(store)?;
        }
        Ok(self.decided)
    }
}

/// Decide every write of a batch in order, against the store as it is plus
/// what the batch decided before it, and build everything it writes. Only
/// reads: an error here leaves the disk as it was.
fn decide(store: &Store, server_key: &ServerKey, writes: &[&Write]) -> anyhow::Result<Writes> {
    let mut ballots = BallotBatch::default();
    let mut responses = NewResponses::default();
    let mut counts = BatchCounts::default();
    let mut statements = StatementBatch::new(store);
    let mut releases = ReleaseBatch::default();
    let mut invites = InviteBatch::default();
    let mut states: HashMap<CampaignId, Option<SurveyRecord>> = HashMap::new();
    let mut changed_surveys: Vec<CampaignId> = Vec::new();
    // Spend records this batch writes, with their value: empty for an
    // answer, the token request's digest for a ticket.
    let mut spent_now: HashMap<Vec<u8>, Vec<u8>> = HashMap::new();
    let mut nonces_now: HashSet<&str> = HashSet::new();
    let mut nonce_writes = Vec::new();
    let mut new_keys = Vec::new();
    let mut outcomes = Vec::with_capacity(writes.len());
    for write in writes {
        let outcome = match write {
            Write::CreateSurvey { id, record } => {
                if taken(store, &mut states, id)? {
                    Outcome::Exists
                } else {
                    new_keys.push((*id, CampaignKeys::fresh()));
                    states.insert(*id, Some(record.clone()));
                    changed_surveys.push(*id);
                    Outcome::Done
                }
            }
            Write::SetSurveyState { id, to, on } => match current(store, &mut states, id)? {
                None => Outcome::NotFound,
                Some(SurveyRecord {
                    shredded_on: Some(day),
                    ..
                }) => Outcome::Shredded(day.clone()),
                Some(record) if record.state == *to => Outcome::Unchanged,
                Some(record) => {
                    record.state = *to;
                    record.closed_on = (*to == SurveyState::Closed).then(|| on.clone());
                    changed_surveys.push(*id);
                    Outcome::Done
                }
            },
            Write::Release { id, release } => match current(store, &mut states, id)? {
                None => Outcome::NotFound,
                Some(SurveyRecord {
                    shredded_on: Some(day),
                    ..
                }) => Outcome::Shredded(day.clone()),
                Some(record) if record.state == SurveyState::Open => Outcome::IsOpen,
                Some(record) => {
                    let k = record.survey.min_group;
                    // Includes responses stored earlier in this batch.
                    let now = *counts.of(store, id)?;
                    releases.register(store, id, release, k, now)?
                }
            },
            Write::Submit { id, tag, sealed } => match current(store, &mut states, id)? {
                None => Outcome::NotFound,
                Some(record) if record.state == SurveyState::Closed => Outcome::Closed,
                Some(_) => {
                    let key = spent_key(id, tag);
                    if spent_now.contains_key(&key) || store.ballots.contains_key(&key)? {
                        Outcome::Spent
                    } else {
                        ballots.insert(key.clone(), Vec::new());
                        // Wrapped here, not by the handler: the commit
                        // thread is the one that swaps in a rewrite, so
                        // nothing it stores is under a key being retired.
                        responses.add(id, store.keys.wrap(id, sealed)?);
                        spent_now.insert(key, Vec::new());
                        *counts.of(store, id)? += 1;
                        Outcome::Done
                    }
                }
            },
            Write::Issue {
                id,
                tag,
                request,
                today,
            } => match current(store, &mut states, id)? {
                Some(SurveyRecord {
                    shredded_on: Some(day),
                    ..
                }) => Outcome::Shredded(day.clone()),
                Some(record) if record.state == SurveyState::Closed => Outcome::Closed,
                Some(_) => {
                    let key = spent_key(id, tag);
                    let burned_for = match spent_now.get(&key) {
                        Some(earlier) => Some(earlier.clone()),
                        None => store.ballots.get(&key)?.map(|v| v.to_vec()),
                    };
                    match burned_for {
                        Some(earlier) if earlier == request => Outcome::Reissued,
                        Some(_) => Outcome::Spent,
                        None => {
                            ballots.insert(key.clone(), request.to_vec());
                            spent_now.insert(key, request.to_vec());
                            Outcome::Done
                        }
                    }
                }
                None => statements.issue(id, tag, request, today)?,
            },
            Write::Shred { id, today } => match current(store, &mut states, id)? {
                None => {
                    let outcome = statements.shred(id, today)?;
                    if outcome == Outcome::Done {
                        invites.forget(store, id)?;
                    }
                    outcome
                }
                Some(record) => {
                    let outcome =
                        shred::survey(store, &mut ballots, &mut releases, id, record, today)?;
                    if outcome == Outcome::Done {
                        changed_surveys.push(*id);
                        responses.drop_survey(id);
                        *counts.of(store, id)? = 0;
                        invites.forget(store, id)?;
                    }
                    outcome
                }
            },
            Write::AddInvites { id, hashes, today } => match current(store, &mut states, id)? {
                Some(SurveyRecord {
                    shredded_on: Some(day),
                    ..
                }) => Outcome::Shredded(day.clone()),
                Some(record) if record.state == SurveyState::Closed => Outcome::Closed,
                Some(record) => {
                    let added = invites.add(store, id, hashes)?;
                    record.short_invites += added;
                    changed_surveys.push(*id);
                    Outcome::Added {
                        added,
                        total: record.short_invites,
                    }
                }
                None => match statements.invitable(id, today)? {
                    Some(refused) => refused,
                    None => {
                        let added = invites.add(store, id, hashes)?;
                        let total = statements.count_invites(id, added)?;
                        Outcome::Added { added, total }
                    }
                },
            },
            // The organiser's CLI picks a statement's id: a retried or
            // hostile create must never replace a live campaign's key.
            Write::CreateStatement { id, record, header } => {
                if taken(store, &mut states, id)?
                    || new_keys.iter().any(|(new, _)| new == id)
                    || store.stored_statement(id)?.is_some()
                {
                    Outcome::Exists
                } else {
                    let key = CampaignKeys::fresh();
                    let issuer = CampaignKeys::issuer_of(&key, id)?;
                    new_keys.push((*id, key));
                    let ticket_key = Entry::TicketKey(*issuer.public())
                        .to_bytes()
                        .context("ticket key entry")?;
                    statements.create(id, record.clone(), header.clone(), ticket_key)?
                }
            }
            Write::Sign { id, signing, today } => statements.sign(id, signing, today)?,
            Write::Withdraw { id, secret } => statements.withdraw(id, secret)?,
            Write::Strike { id, target, entry } => statements.strike(id, *target, entry)?,
            Write::Reveal { id, size, opened } => statements.reveal(id, *size, opened)?,
            Write::Cosign {
                id,
                witness,
                cosigned,
            } => statements.cosign(id, *witness, cosigned)?,
            // Never batched: `run` takes them alone.
            Write::Backup { .. } | Write::Reshuffle(_) => {
                anyhow::bail!("a write to take alone inside a batch")
            }
            Write::Nonce {
                nonce,
                expires,
                now,
            } => {
                let seen = match store.nonces.get(nonce.as_bytes())? {
                    Some(expiry) => expiry_of(&expiry) > *now,
                    None => false,
                };
                if seen || !nonces_now.insert(nonce.as_str()) {
                    Outcome::Replayed
                } else {
                    nonce_writes.push((nonce.clone(), *expires));
                    Outcome::Done
                }
            }
        };
        outcomes.push(outcome);
    }
    let mut changes = Publication::default();
    let mut surveys = Vec::new();
    for id in changed_surveys {
        if let Some(Some(record)) = states.remove(&id) {
            surveys.push((id, serde_json::to_vec(&record)?));
            changes.surveys.push((id, record));
        }
    }
    counts.write(&mut ballots);
    let statements = statements.finish(server_key, &mut changes)?;
    Ok(Writes {
        decided: Decided {
            outcomes,
            changes,
            sealed_to_erase: Vec::new(),
        },
        new_keys,
        surveys,
        nonces: nonce_writes,
        ballots,
        responses,
        releases: releases.finish(),
        statements,
        invites: invites.finish(),
    })
}

/// Whether a new campaign may not use `id`: a survey has it, or a key
/// file (a campaign, or one whose key was destroyed under retention).
fn taken(
    store: &Store,
    states: &mut HashMap<CampaignId, Option<SurveyRecord>>,
    id: &CampaignId,
) -> anyhow::Result<bool> {
    Ok(current(store, states, id)?.is_some() || store.keys.exists(id))
}

fn current<'a>(
    store: &Store,
    states: &'a mut HashMap<CampaignId, Option<SurveyRecord>>,
    id: &CampaignId,
) -> anyhow::Result<&'a mut Option<SurveyRecord>> {
    if !states.contains_key(id) {
        states.insert(*id, store.stored_survey(id)?);
    }
    states
        .get_mut(id)
        .context("survey state missing from the batch cache")
}

fn expiry_of(bytes: &[u8]) -> u64 {
    crate::store::be_u64(bytes).unwrap_or(0)
}

/// Drop nonces whose window has passed; run now and then, off the hot path.
pub fn prune_nonces(store: &Store, now: u64) -> anyhow::Result<usize> {
    let mut removed = 0;
    for entry in store.nonces.iter() {
        let (key, value) = entry?;
        if expiry_of(&value) <= now {
            store.nonces.remove(key)?;
            removed += 1;
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests;
