//! The commit thread itself: gather a batch (waiting for company when
//! writes arrive close together, see [`super::linger`]), have it decided,
//! write it, make it durable (flush, then fsync of sled's data file and
//! any blob), publish it, and only then answer.
//!
//! Two kinds of failure, kept apart on purpose. A write that cannot be
//! decided or built is one request's doing: nothing of the batch was
//! written yet, so the batch is committed again one write at a time and
//! only that write is refused (no request may stop the service for
//! everyone). A failure of the disk leaves what is stored unknown, so the
//! thread fails stop: every later request is refused until a restart.

use std::collections::HashSet;
use std::fs::File;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Instant;

use anyhow::Context;
use caucus_core::ServerKey;

use super::cycle::{CycleClock, Phase};
use super::linger::Arrivals;
use super::{decide, CommitError, Decided, Job, Outcome, Write, MAX_BATCH};
use crate::store::response_files::{Appender, SwapUnsynced};
use crate::store::Store;

pub(super) fn run(
    store: Store,
    server_key: ServerKey,
    file: File,
    jobs: Receiver<Job>,
    durable: bool,
) {
    let mut writer = Writer::new(store, server_key, file, durable);
    // A backup or a rewrite's swap is taken alone, after everything
    // queued before it.
    let mut carried: Option<Job> = None;
    let mut arrivals = Arrivals::default();
    while let Some(first) = carried.take().or_else(|| jobs.recv().ok()) {
        if let Some(cause) = &writer.failed {
            let _ = first.reply.send(Err(CommitError::Storage(cause.clone())));
            continue;
        }
        if alone(&first.write) {
            writer.alone(first);
            continue;
        }
        arrivals.saw(first.queued);
        let started = writer.clock.start();
        let mut batch = vec![first];
        // Whether every write taken so far was already waiting.
        let mut backlog = true;
        let gather = arrivals.gather();
        // Whether a write came only because the batch waited past `gather`.
        let mut waited = false;
        while batch.len() < MAX_BATCH {
            let linger = arrivals.linger(batch.len());
            let wait_until = started + gather.max(linger);
            let next = match jobs.try_recv() {
                Ok(job) => {
                    if backlog {
                        writer.clock.queued();
                    }
                    Ok(job)
                }
                Err(_) => {
                    backlog = false;
                    jobs.recv_timeout(wait_until.saturating_duration_since(Instant::now()))
                }
            };
            match next {
                Ok(job) if alone(&job.write) => {
                    carried = Some(job);
                    break;
                }
                Ok(job) => {
                    waited |= linger > gather && Instant::now() > started + gather;
                    arrivals.saw(job.queued);
                    batch.push(job);
                }
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => break,
            }
        }
        arrivals.committed(batch.len(), waited);
        writer.clock.end(Phase::Gather);
        let writes = batch.len();
        writer.commit(batch);
        writer.clock.end(Phase::Answer);
        writer.clock.done(writes);
    }
}

/// Writes that need no batch running: they read or replace whole files.
fn alone(write: &Write) -> bool {
    matches!(write, Write::Backup { .. } | Write::Reshuffle(_))
}

/// The commit thread's state.
pub(super) struct Writer {
    pub(super) store: Store,
    pub(super) server_key: ServerKey,
    pub(super) file: File,
    pub(super) durable: bool,
    pub(super) synced_blobs: HashSet<std::ffi::OsString>,
    /// After a failed write we no longer know what is on disk, so the
    /// thread fails stop: every later request is refused until a restart.
    pub(super) failed: Option<String>,
    /// The response files this thread appends to.
    pub(super) appender: Appender,
    /// Where the cycle's time goes (logged at debug level).
    clock: CycleClock,
}

/// Why a batch was not committed.
enum Failure {
    /// Deciding or building some write of it failed, before anything was
    /// written: one request's doing, which must never stop the others.
    Undecided(anyhow::Error),
    /// Writing, flushing or syncing failed: what is on disk is unknown.
    Storage(anyhow::Error),
}

/// Whether an error came from the disk (sled or the file system) rather
/// than from one request's content.
pub(super) fn from_storage(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|cause| cause.is::<sled::Error>() || cause.is::<std::io::Error>())
}

impl Writer {
    pub(super) fn new(store: Store, server_key: ServerKey, file: File, durable: bool) -> Self {
        let appender = Appender::new(store.responses.clone());
        Self {
            store,
            server_key,
            file,
            durable,
            synced_blobs: HashSet::new(),
            failed: None,
            appender,
            clock: CycleClock::default(),
        }
    }

    /// A write taken alone (see [`alone`]). A failure here changes no
    /// response (a swap renames one complete file over another that holds
    /// the same), so it is reported without stopping the writer; unless a
    /// rename could not be made durable, which leaves unknown which file a
    /// crash would bring back.
    fn alone(&mut self, job: Job) {
        let outcome = match job.write {
            Write::Backup { dir, organisers } => {
                crate::operator::backup::snapshot(&self.store, &dir, &organisers)
                    .map(|manifest| Outcome::BackedUp(Box::new(manifest)))
            }
            Write::Reshuffle(staged) => {
                super::reshuffle::swap(&self.store, &mut self.appender, staged)
            }
            _ => Err(anyhow::anyhow!("not a write to take alone")),
        };
        if let Err(err) = &outcome {
            if err.chain().any(|cause| cause.is::<SwapUnsynced>()) {
                log::error!("storage failed, refusing all writes until restart: {err:#}");
                self.failed = Some(format!(
                    "storage failed earlier ({err:#}); restart the server"
                ));
            }
        }
        let _ = job
            .reply
            .send(outcome.map_err(|e| CommitError::Storage(format!("{e:#}"))));
    }

    pub(super) fn commit(&mut self, batch: Vec<Job>) {
        // Also when committing one by one: once the disk has failed,
        // nothing more is written or acknowledged.
        if let Some(cause) = &self.failed {
            for job in batch {
                let _ = job.reply.send(Err(CommitError::Storage(cause.clone())));
            }
            return;
        }
        let writes: Vec<&Write> = batch.iter().map(|j| &j.write).collect();
        match self.write(&writes) {
            Ok(outcomes) => {
                for (job, outcome) in batch.into_iter().zip(outcomes) {
                    let _ = job.reply.send(Ok(outcome));
                }
            }
            // Nothing was written. Find the write that cannot be built by
            // committing each alone; only that one is refused.
            Err(Failure::Undecided(err)) if batch.len() > 1 => {
                log::warn!(
                    "a batch could not be built ({err:#}); committing its writes one by one"
                );
                for job in batch {
                    self.commit(vec![job]);
                }
            }
            Err(Failure::Undecided(err)) => {
                log::warn!("a write was refused, nothing of it written: {err:#}");
                for job in batch {
                    let _ = job.reply.send(Err(CommitError::Refused));
                }
            }
            Err(Failure::Storage(err)) => {
                log::error!("storage failed, refusing all writes until restart: {err:#}");
                let cause = format!("storage failed earlier ({err:#}); restart the server");
                for job in batch {
                    let _ = job.reply.send(Err(CommitError::Storage(cause.clone())));
                }
                self.failed = Some(cause);
            }
        }
    }

    /// Decide a batch, write it, make it durable, then publish it.
    fn write(&mut self, writes: &[&Write]) -> Result<Vec<Outcome>, Failure> {
        let writes_built = decide(&self.store, &self.server_key, writes).map_err(|err| {
            if from_storage(&err) {
                Failure::Storage(err)
            } else {
                Failure::Undecided(err)
            }
        })?;
        self.clock.end(Phase::Decide);
        let Decided {
            outcomes, changes, ..
        } = writes_built
            .write(&self.store, &mut self.appender, self.durable)
            .and_then(|decided| {
                self.clock.end(Phase::Apply);
                if self.durable {
                    self.store.db.flush()?;
                    self.clock.end(Phase::Flush);
                    self.file.sync_data().context("fsync of sled's data file")?;
                    sync_blobs(&self.store, &mut self.synced_blobs)?;
                    self.clock.end(Phase::Fsync);
                }
                destroy_shredded(&self.store, &mut self.appender, writes, &decided.outcomes)?;
                // A reveal is durable: its sealed texts are no longer needed.
                self.store
                    .personal_files
                    .erase_sealed(&decided.sealed_to_erase)?;
                Ok(decided)
            })
            .map_err(Failure::Storage)?;
        // Durable now: readers may see it, and only now.
        self.store.publish(changes).map_err(Failure::Storage)?;
        Ok(outcomes)
    }
}

/// A shred is durable now, so its response file and campaign key can go:
/// here, in the one writer, so a backup never copies a key half erased.
fn destroy_shredded(
    store: &Store,
    appender: &mut Appender,
    writes: &[&Write],
    outcomes: &[Outcome],
) -> anyhow::Result<()> {
    for (write, outcome) in writes.iter().zip(outcomes) {
        if let Write::Shred { id, .. } = write {
            if matches!(outcome, Outcome::Done | Outcome::Unchanged) {
                appender.forget(id);
                store.responses.remove(id)?;
                store.keys.destroy(id)?;
            }
        }
    }
    Ok(())
}

/// sled writes an item larger than a quarter segment to its own file under
/// `blobs/` and never fsyncs it. Sealed responses are capped so that this
/// should not happen (see `store`), but if it does, sync the new files and
/// their directory before acknowledging.
fn sync_blobs(store: &Store, synced: &mut HashSet<std::ffi::OsString>) -> anyhow::Result<()> {
    let dir = store.blob_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(());
    };
    let mut any = false;
    for entry in entries {
        let entry = entry?;
        if synced.insert(entry.file_name()) {
            File::open(entry.path())?
                .sync_all()
                .context("fsync of a sled blob")?;
            any = true;
        }
    }
    if any {
        File::open(&dir)?
            .sync_all()
            .context("fsync of sled's blob directory")?;
    }
    Ok(())
}
