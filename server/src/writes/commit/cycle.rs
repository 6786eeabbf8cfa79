//! Where the commit thread's time goes, phase by phase, logged at debug
//! level (`--log debug`) as one line every [`REPORT_EVERY`].
//!
//! Every write waits for a whole commit cycle, so the cycle is what sets
//! both how many writes a second the server takes and how long each one
//! waits. Its phases behave differently: gathering and the sled flush and
//! fsync are waiting (on arrivals, on the disk), deciding and applying are
//! work that grows with the batch. Which one dominates decides what helps,
//! and it could only be seen with a temporary build; an operator asking
//! why writes are slow, and the bench (which reads these lines), now see
//! it from the running server. The line holds counts and durations only:
//! nothing about who wrote what.

use std::time::{Duration, Instant};

/// How often a summary is logged: long enough to average over hundreds
/// of batches at load, short enough to tell a bench's phases apart.
const REPORT_EVERY: Duration = Duration::from_secs(1);

/// The phases of one cycle, in order.
#[derive(Clone, Copy)]
pub(super) enum Phase {
    /// Waiting for more writes to share the cycle (see `linger`).
    Gather,
    /// Deciding the batch against the store and building its writes.
    Decide,
    /// Writing it: response files (with their fsync) and sled.
    Apply,
    /// sled's flush: its buffer written and `sync_file_range`.
    Flush,
    /// The fdatasync of sled's data file, and of any blob.
    Fsync,
    /// What waits for durability (a shred's files, a reveal's sealed
    /// texts), publishing the batch, and answering its writers.
    Answer,
}

const PHASES: usize = 6;
const NAMES: [&str; PHASES] = ["gather", "decide", "apply", "flush", "fsync", "answer"];

/// Sums since the last report.
pub(super) struct CycleClock {
    since: Instant,
    batches: u64,
    writes: u64,
    /// Writes besides the first already waiting when a batch started
    /// gathering: how far the thread is behind its arrivals.
    queued: u64,
    spent: [Duration; PHASES],
    /// The longest time any one batch spent in each phase: a slow cycle
    /// holds up every write behind it, so which phase stalls matters as
    /// much as the means.
    worst: [Duration; PHASES],
    longest: Duration,
    /// When the current phase began.
    mark: Instant,
    started: Instant,
}

impl Default for CycleClock {
    fn default() -> Self {
        let now = Instant::now();
        Self {
            since: now,
            batches: 0,
            writes: 0,
            queued: 0,
            spent: [Duration::ZERO; PHASES],
            worst: [Duration::ZERO; PHASES],
            longest: Duration::ZERO,
            mark: now,
            started: now,
        }
    }
}

impl CycleClock {
    /// A batch starts gathering, with its first write: now, returned.
    pub(super) fn start(&mut self) -> Instant {
        self.started = Instant::now();
        self.mark = self.started;
        self.started
    }

    /// A write besides the first was already waiting when the batch began.
    pub(super) fn queued(&mut self) {
        self.queued += 1;
    }

    /// `phase` ends now.
    pub(super) fn end(&mut self, phase: Phase) {
        let now = Instant::now();
        let took = now.saturating_duration_since(self.mark);
        self.spent[phase as usize] += took;
        let worst = &mut self.worst[phase as usize];
        *worst = (*worst).max(took);
        self.mark = now;
    }

    /// A batch of `writes` is done; log a summary if one is due.
    pub(super) fn done(&mut self, writes: usize) {
        self.batches += 1;
        self.writes += writes as u64;
        self.longest = self.longest.max(self.started.elapsed());
        if self.since.elapsed() >= REPORT_EVERY {
            // Put together only when debug is on.
            log::debug!("{}", self.summary());
            *self = Self::default();
        }
    }

    /// One line: batches, their size, the mean of each phase, and the
    /// longest cycle and phases.
    fn summary(&self) -> String {
        let batches = self.batches.max(1) as f64;
        let phases = |times: [Duration; PHASES], per: f64| {
            NAMES
                .iter()
                .zip(times)
                .map(|(name, time)| format!("{name} {:.0}", time.as_secs_f64() * 1e6 / per))
                .collect::<Vec<_>>()
                .join(", ")
        };
        format!(
            "commit cycles: {} batches, {:.1} writes each, {:.1} queued at start; \
             mean µs per batch: {}; longest {:.2} ms; longest µs per phase: {}",
            self.batches,
            self.writes as f64 / batches,
            self.queued as f64 / batches,
            phases(self.spent, batches),
            self.longest.as_secs_f64() * 1e3,
            phases(self.worst, 1.0),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_averages_each_phase_over_the_batches() {
        let mut clock = CycleClock::default();
        for _ in 0..4 {
            clock.start();
            clock.queued();
            std::thread::sleep(Duration::from_millis(2));
            clock.end(Phase::Gather);
            clock.end(Phase::Decide);
            clock.done(3);
        }
        let line = clock.summary();
        assert!(
            line.starts_with("commit cycles: 4 batches, 3.0 writes each, 1.0 queued at start;"),
            "{line}"
        );
        let gather: f64 = line
            .split("gather ")
            .nth(1)
            .and_then(|rest| rest.split(',').next())
            .and_then(|n| n.parse().ok())
            .expect("gather figure");
        // At least the 2 ms slept; a loaded machine may oversleep.
        assert!((2000.0..200_000.0).contains(&gather), "{line}");
        let worst = line.split("longest µs per phase: ").nth(1).expect("worst");
        assert!(worst.starts_with("gather "), "{line}");
        assert!(line.contains("decide "), "{line}");
    }
}
