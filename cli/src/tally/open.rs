//! Opening the sealed ballot box on every core while it downloads.
//!
//! The thread that fetches pages hands them, in chunks, to one worker per
//! core through a bounded channel, so memory holds a few chunks however
//! large the box. Each worker opens and counts into its own [`Tally`]:
//! opened answers never leave the thread that opened them, and nothing
//! per-respondent is collected anywhere shared. The workers' tallies are
//! merged at the end.
//!
//! Stopping: a worker that fails raises `stop`, so the others and the
//! download give up; a failed download raises it too. Workers also end
//! when the channel closes, and the download's `send` fails once every
//! worker has gone (they own the receiving end), so no side can wait on
//! the other forever.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};

use anyhow::{anyhow, bail};
use caucus_core::seal::SealError;
use caucus_core::tally::Tally;
use caucus_core::{CampaignId, OrganiserKey, SealedResponse};
use indicatif::ProgressBar;

use crate::client::decode_sealed;

/// Responses per chunk handed to a worker: enough that the hand-over costs
/// nothing next to opening them, few enough that the workers finish
/// together.
const CHUNK: usize = 128;

/// Chunks waiting per worker, at most: the download keeps this far ahead
/// of opening and no further.
const QUEUED_PER_WORKER: usize = 2;

/// How many workers: one per core the system lets us use.
pub fn workers() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Counts, and how many responses could not be opened.
pub struct Opened {
    pub tally: Tally,
    /// Responses that failed to open (damaged, or sealed to other keys).
    pub unreadable: u64,
}

/// One worker's share.
struct Part {
    tally: Tally,
    unreadable: u64,
    not_for_key: u64,
}

/// What opens a response: the survey it was sealed for and the key.
#[derive(Clone, Copy)]
pub struct Opener<'a> {
    pub id: &'a CampaignId,
    pub key: &'a OrganiserKey,
}

/// Open and count every response the download hands over, one worker per
/// tally in `tallies` (all empty, all of the same survey and breakdowns).
/// `download` is called once, on this thread, with the function to give
/// each page to; an error from that function means the workers have
/// stopped and the download should stop too.
pub fn open_all<D>(
    opener: Opener<'_>,
    tallies: Vec<Tally>,
    bar: &ProgressBar,
    download: D,
) -> anyhow::Result<Opened>
where
    D: FnOnce(&mut dyn FnMut(Vec<String>) -> anyhow::Result<()>) -> anyhow::Result<()>,
{
    if tallies.is_empty() {
        bail!("no tally to count into");
    }
    let stop = AtomicBool::new(false);
    let (chunks, receiver) = sync_channel::<Vec<String>>(QUEUED_PER_WORKER * tallies.len());
    let receiver = Arc::new(Mutex::new(receiver));
    let (downloaded, parts) = std::thread::scope(|scope| {
        let workers: Vec<_> = tallies
            .into_iter()
            .map(|tally| {
                let receiver = Arc::clone(&receiver);
                let stop = &stop;
                scope.spawn(move || {
                    let part = work(&receiver, tally, opener, stop, bar);
                    if part.is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                    part
                })
            })
            .collect();
        // From here only the workers hold the receiving end: when the last
        // one ends, a `send` below fails instead of waiting forever.
        drop(receiver);
        let downloaded = download(&mut |page| {
            let mut items = page.into_iter();
            loop {
                let chunk: Vec<String> = items.by_ref().take(CHUNK).collect();
                if chunk.is_empty() {
                    return Ok(());
                }
                if stop.load(Ordering::Relaxed) {
                    bail!("opening stopped");
                }
                chunks.send(chunk).map_err(|_| anyhow!("opening stopped"))?;
            }
        });
        if downloaded.is_err() {
            stop.store(true, Ordering::Relaxed);
        }
        // Closing the channel is what ends the workers that are waiting.
        drop(chunks);
        let parts: Vec<anyhow::Result<Part>> = workers
            .into_iter()
            .map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|_| Err(anyhow!("a thread opening responses failed")))
            })
            .collect();
        (downloaded, parts)
    });
    // A worker's failure is the cause of the download's "stopped", so it
    // is the one to report; otherwise the download's own failure.
    let mut done = Vec::with_capacity(parts.len());
    for part in parts {
        done.push(part?);
    }
    downloaded?;
    let mut done = done.into_iter();
    let mut total = done
        .next()
        .ok_or_else(|| anyhow!("no tally to count into"))?;
    for part in done {
        total.tally.merge(part.tally)?;
        total.unreadable += part.unreadable;
        total.not_for_key += part.not_for_key;
    }
    if total.not_for_key > 0 && total.tally.responses() == 0 {
        bail!(
            "this key opens none of the {} responses: it is not one of the organiser keys the server sealed them to",
            total.not_for_key
        );
    }
    Ok(Opened {
        tally: total.tally,
        unreadable: total.unreadable + total.not_for_key,
    })
}

/// One worker: take chunks until the channel closes or `stop` is raised.
fn work(
    chunks: &Mutex<Receiver<Vec<String>>>,
    tally: Tally,
    opener: Opener<'_>,
    stop: &AtomicBool,
    bar: &ProgressBar,
) -> anyhow::Result<Part> {
    let mut part = Part {
        tally,
        unreadable: 0,
        not_for_key: 0,
    };
    while !stop.load(Ordering::Relaxed) {
        // The lock is held only while waiting for the next chunk.
        let next = chunks
            .lock()
            .map_err(|_| anyhow!("a thread opening responses failed"))?
            .recv();
        let Ok(chunk) = next else {
            break;
        };
        for text in &chunk {
            match SealedResponse(decode_sealed(text)?).open(opener.id, opener.key) {
                Ok(answers) => part.tally.add(&answers),
                Err(SealError::NotForThisKey) => part.not_for_key += 1,
                Err(_) => part.unreadable += 1,
            }
            bar.inc(1);
        }
    }
    Ok(part)
}

#[cfg(test)]
mod tests;
