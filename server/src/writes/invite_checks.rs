//! Invite signatures checked a batch at a time, across requests.
//!
//! Under load, dozens of answers and signatures arrive within one turn of
//! a worker's event loop, each with an invite whose ed25519 signature must
//! be checked before anything else is done for it. Checked together they
//! cost about half as much as one by one (`Invite::verify_batch`;
//! docs/performance.md has the figures). So the first invite to arrive on
//! a worker schedules a check for just after that worker has given every
//! other ready request its turn (one yield of its event loop: no timer, so
//! a request that comes alone waits for nothing), and every invite that
//! arrives on it meanwhile joins that check.
//!
//! Each worker keeps its own batch. One batch shared by both workers was
//! tried and measured slower: the worker that ran the check did all the
//! checking while the other waited for its verdicts, and every verdict
//! crossed threads.
//!
//! What a request learns is the same as before: its own invite's verdict,
//! nothing about the others in its batch (a forged code in a batch makes
//! the batch be checked again one by one, see `verify_batch`).

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use caucus_core::{CampaignId, Invite, InviteError, OrganiserPublicKey};
use tokio::sync::oneshot;

use crate::error::AppError;

/// The organisers whose invites this server accepts.
pub struct InviteChecks {
    organisers: Vec<OrganiserPublicKey>,
}

struct Waiting {
    checks: Arc<InviteChecks>,
    id: CampaignId,
    invite: Invite,
    verdict: oneshot::Sender<bool>,
}

thread_local! {
    /// The invites waiting for this worker's next check.
    static WAITING: RefCell<Vec<Waiting>> = const { RefCell::new(Vec::new()) };
    /// Whether that check is scheduled.
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
    /// Whether the last check on this worker met a forged code. A batch
    /// holding one is paid twice (the failed equation, then each code on
    /// its own), so while forged codes keep coming, as in a flood, codes
    /// are checked one by one, at the cost of before batching; the first
    /// check that meets none goes back to batches.
    static FORGED_LATELY: Cell<bool> = const { Cell::new(false) };
}

impl InviteChecks {
    pub fn new(organisers: Vec<OrganiserPublicKey>) -> Arc<Self> {
        Arc::new(Self { organisers })
    }

    /// Whether one of the organisers signed `invite` for campaign `id`.
    /// Must be called on an actix worker (it schedules the check there).
    pub async fn verify(self: &Arc<Self>, id: &CampaignId, invite: Invite) -> Result<(), AppError> {
        let (verdict, answer) = oneshot::channel();
        WAITING.with_borrow_mut(|waiting| {
            waiting.push(Waiting {
                checks: Arc::clone(self),
                id: *id,
                invite,
                verdict,
            })
        });
        if !SCHEDULED.replace(true) {
            tokio::task::spawn_local(async {
                tokio::task::yield_now().await;
                check_waiting();
            });
        }
        match answer.await {
            Ok(true) => Ok(()),
            Ok(false) => Err(AppError::Invite(InviteError::Forged)),
            Err(_) => Err(AppError::Internal(anyhow::anyhow!(
                "the invite check was dropped before it answered"
            ))),
        }
    }
}

/// Check every invite waiting on this worker and tell each its verdict.
fn check_waiting() {
    SCHEDULED.set(false);
    let mut waiting = WAITING.take();
    // One server's workers see one set of organisers; several servers in
    // one process (tests) never share a worker, but are kept apart anyway.
    while let Some(first) = waiting.first().map(|w| Arc::clone(&w.checks)) {
        let (batch, rest): (Vec<Waiting>, Vec<Waiting>) = waiting
            .into_iter()
            .partition(|w| Arc::ptr_eq(&w.checks, &first));
        waiting = rest;
        let pairs: Vec<(&CampaignId, &Invite)> = batch.iter().map(|w| (&w.id, &w.invite)).collect();
        let verdicts = if FORGED_LATELY.get() {
            pairs
                .iter()
                .map(|(id, invite)| invite.verify(id, &first.organisers).is_ok())
                .collect()
        } else {
            Invite::verify_batch(&pairs, &first.organisers)
        };
        FORGED_LATELY.set(verdicts.contains(&false));
        for (waiting, valid) in batch.into_iter().zip(verdicts) {
            // A request that went away no longer listens; nothing to do.
            let _ = waiting.verdict.send(valid);
        }
    }
}
