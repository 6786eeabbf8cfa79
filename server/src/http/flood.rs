//! Flood limits for the public write routes: one budget of failures per
//! campaign, never per client.
//!
//! Why no per-IP limit: behind an onion service every client is 127.0.0.1,
//! and on the open web many respondents share one Tor exit or one office
//! NAT. A per-address limit would lock them out together, and keeping
//! addresses (even in memory, even hashed) is what promise 1 forbids.
//!
//! So the unit is the campaign. Each has a token bucket that only
//! *failed* attempts drain: a malformed, forged or spent invite, answers
//! that do not fit, a withdrawal secret that matches nothing. Once the
//! bucket is empty, a request that would fail gets 429 with Retry-After
//! instead of its own answer. A request carrying a valid, unspent invite is
//! checked first (an ed25519 verification and one lookup) and never meets
//! the limiter, so no flood of junk can lock real respondents out; and one
//! campaign's flood does not touch any other campaign's budget.
//!
//! The buckets live in memory only: nothing here is persisted, and nothing
//! about a client (address, user agent, time of a request) is kept at all.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use caucus_core::CampaignId;

use crate::error::AppError;

/// Failures a campaign absorbs at once before the limiter answers 429.
pub const BURST: f64 = 200.0;
/// Failures per second the budget regains.
pub const REFILL_PER_SECOND: f64 = 20.0;
/// Above this many tracked campaigns, buckets that have refilled are
/// dropped (a full bucket is the same as none).
const TRACKED: usize = 10_000;

#[derive(Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Bucket {
    fn refilled(self, now: Instant) -> f64 {
        let elapsed = now.saturating_duration_since(self.at).as_secs_f64();
        (self.tokens + elapsed * REFILL_PER_SECOND).min(BURST)
    }
}

/// Per-campaign budgets of failed attempts.
#[derive(Default)]
pub struct Flood {
    buckets: Mutex<HashMap<CampaignId, Bucket>>,
}

impl Flood {
    pub fn new() -> Self {
        Self::default()
    }

    /// A refusal on a public write route of campaign `id`: spends one unit
    /// of its budget and passes `err` on, or, with the budget spent,
    /// answers [`AppError::Flooded`] instead.
    pub fn refuse(&self, id: &CampaignId, err: AppError) -> AppError {
        // The server's own trouble is no client's failure.
        if matches!(err, AppError::Internal(_) | AppError::Busy) {
            return err;
        }
        match self.spend(id) {
            Ok(()) => err,
            Err(retry_after) => AppError::Flooded { retry_after },
        }
    }

    /// A failure that counts against the budget but is still answered as
    /// itself: invalid answers sent with a valid invite, which the
    /// respondent must see to correct the form.
    pub fn count(&self, id: &CampaignId, err: AppError) -> AppError {
        let _ = self.spend(id);
        err
    }

    /// Take one token; with none left, the whole seconds until one is back.
    fn spend(&self, id: &CampaignId) -> Result<(), u64> {
        let now = Instant::now();
        let Ok(mut buckets) = self.buckets.lock() else {
            // A poisoned lock means a panic elsewhere; limiting is not worth
            // refusing honest requests over.
            return Ok(());
        };
        if buckets.len() > TRACKED {
            buckets.retain(|_, b| b.refilled(now) < BURST);
        }
        let bucket = buckets.entry(*id).or_insert(Bucket {
            tokens: BURST,
            at: now,
        });
        let tokens = bucket.refilled(now);
        if tokens >= 1.0 {
            *bucket = Bucket {
                tokens: tokens - 1.0,
                at: now,
            };
            Ok(())
        } else {
            *bucket = Bucket { tokens, at: now };
            Err(((1.0 - tokens) / REFILL_PER_SECOND).ceil().max(1.0) as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> CampaignId {
        CampaignId::random(&mut rand::rngs::OsRng)
    }

    #[test]
    fn a_burst_of_failures_then_429_per_campaign_only() {
        let flood = Flood::new();
        let (a, b) = (id(), id());
        for _ in 0..BURST as usize {
            assert!(matches!(flood.refuse(&a, AppError::Spent), AppError::Spent));
        }
        // Tokens come back at 20/s, so of 50 calls this close together
        // only a stalled machine lets more than a few through.
        let flooded = (0..50)
            .filter(|_| {
                matches!(
                    flood.refuse(&a, AppError::Spent),
                    AppError::Flooded { retry_after: 1 }
                )
            })
            .count();
        assert!(flooded >= 45, "only {flooded} of 50 refused");
        assert!(matches!(flood.refuse(&b, AppError::Spent), AppError::Spent));
    }
}
