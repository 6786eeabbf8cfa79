//! How long a batch waits for company: fewer, fuller fsync cycles when
//! writes arrive close together from several clients, never a wait for a
//! lone one. A short [`GATHER`] once writers overlap; longer, up to
//! [`LINGER_MAX`], when arrivals are close enough to fill a batch.
//!
//! Every batch costs one durable cycle (sled's flush, then an fsync), and
//! on a real disk that cycle rewrites the same partly filled pages and the
//! file's metadata whatever the batch holds: about 13 KB of device writes
//! for a kilobyte of log on the machine docs/performance.md describes. At
//! 1000 responses/s a cycle took about a millisecond, so a batch held 1.3
//! writes and each response cost 16 KB of writes, twice what a sealed
//! response needs. Waiting briefly for writes that are about to arrive
//! shares one cycle among several.
//!
//! The wait is taken only when the recent spacing of arrivals says more
//! writes are due within [`LINGER_MAX`], and only after a batch that held
//! more than one write and either fewer than [`FULL_ENOUGH`] or that many
//! only by waiting. So at a trickle (one response every few seconds) no
//! write ever waits; nor does a lone client that sends its next write only
//! once the last is answered, however quickly (it would wait for company
//! that cannot come, on every write); under saturation batches fill by
//! themselves, and waiting would only lengthen the cycle every client is
//! waiting on; and no write waits longer than [`LINGER_MAX`].

use std::time::{Duration, Instant};

/// How long a batch waits for more writes once writers are seen to
/// overlap (the last batch held more than one), whatever the spacing of
/// arrivals. A batch's sled flush and fsync took 0.6-2 ms here whatever its
/// size, with CPU the request handlers need, and under load batches held
/// only 2-6 writes; a few hundred microseconds of waiting makes fewer,
/// larger batches. docs/performance.md has the measurements.
pub(super) const GATHER: Duration = Duration::from_micros(400);
/// A batch this full is worth a cycle of its own: the cycle's fixed
/// 13 KB then costs under 2 KB per write.
pub(super) const FULL_ENOUGH: usize = 8;
/// The longest a batch waits for more writes: small next to the time a
/// person takes to submit a form, and inside the 10 ms p99 budget at half
/// load. With [`FULL_ENOUGH`], what brought 1000 responses/s from 13-16 KB
/// to 6-10 KB of device writes each (docs/performance.md); waiting up to
/// 3 ms for 4 writes left 9-10.5 KB.
pub(super) const LINGER_MAX: Duration = Duration::from_millis(4);

/// The recent spacing of arrivals, from the time each write was queued.
#[derive(Default)]
pub(super) struct Arrivals {
    last: Option<Instant>,
    /// Moving average of the time between two writes.
    gap: Option<Duration>,
    /// How many writes the last batch held.
    last_batch: usize,
    /// Whether it waited for company past the usual gather.
    last_waited: bool,
}

impl Arrivals {
    /// A write queued at `queued` has been taken.
    pub(super) fn saw(&mut self, queued: Instant) {
        if let Some(last) = self.last {
            // Writers on several threads may queue a hair out of order.
            let gap = queued.saturating_duration_since(last);
            // Weight 1/8: a few arrivals after a pause are enough to stop
            // waiting, and one quick pair does not start it.
            self.gap = Some(match self.gap {
                None => gap,
                Some(average) => average.mul_f64(7.0 / 8.0) + gap.mul_f64(1.0 / 8.0),
            });
        }
        self.last = Some(self.last.map_or(queued, |last| last.max(queued)));
    }

    /// A batch of `size` writes has been committed; `waited` says whether
    /// its gathering went on past the usual gather to find company. A
    /// batch that filled only by waiting says the wait is still needed
    /// (without it the next would be small again), one that filled by
    /// itself that it is not.
    pub(super) fn committed(&mut self, size: usize, waited: bool) {
        self.last_batch = size;
        self.last_waited = waited;
    }

    /// How long every batch waits for more writes: [`GATHER`] once the
    /// last batch was shared, nothing for a lone writer.
    pub(super) fn gather(&self) -> Duration {
        if self.last_batch > 1 {
            GATHER
        } else {
            Duration::ZERO
        }
    }

    /// How long, from the start of gathering, a batch holding `held`
    /// writes should wait for more, past [`GATHER`] when arrivals are
    /// close together.
    pub(super) fn linger(&self, held: usize) -> Duration {
        let Some(gap) = self.gap else {
            return Duration::ZERO;
        };
        let company_helps =
            self.last_batch >= 2 && (self.last_batch < FULL_ENOUGH || self.last_waited);
        if !company_helps || held >= FULL_ENOUGH || gap > LINGER_MAX {
            return Duration::ZERO;
        }
        let missing = u32::try_from(FULL_ENOUGH - held).unwrap_or(u32::MAX);
        gap.saturating_mul(missing).min(LINGER_MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `every` apart from many clients, committed in pairs.
    fn steady(every: Duration, count: u32) -> Arrivals {
        let start = Instant::now();
        let mut arrivals = Arrivals::default();
        for i in 0..count {
            arrivals.saw(start + every * i);
            if i % 2 == 1 {
                arrivals.committed(2, false);
            }
        }
        arrivals
    }

    #[test]
    fn only_batches_after_a_shared_one_gather() {
        let mut arrivals = Arrivals::default();
        assert_eq!(arrivals.gather(), Duration::ZERO, "the first batch");
        arrivals.committed(1, false);
        assert_eq!(arrivals.gather(), Duration::ZERO, "a lone writer");
        arrivals.committed(2, false);
        assert_eq!(arrivals.gather(), GATHER);
    }

    #[test]
    fn a_trickle_never_waits() {
        // Three responses a second, the rate of a real survey.
        let arrivals = steady(Duration::from_millis(333), 50);
        assert_eq!(arrivals.linger(1), Duration::ZERO);
        // Nor does the very first write.
        assert_eq!(Arrivals::default().linger(1), Duration::ZERO);
    }

    #[test]
    fn close_arrivals_wait_for_company_and_no_longer_than_the_cap() {
        // 1000 responses a second: seven more are due within 7 ms, so the
        // cap decides.
        let arrivals = steady(Duration::from_millis(1), 50);
        assert_eq!(arrivals.linger(1), LINGER_MAX);
        // 4000 a second: one more is due within 250 µs.
        let busy = steady(Duration::from_micros(250), 50);
        let waited = busy.linger(FULL_ENOUGH - 1);
        assert!(
            waited > Duration::from_micros(240) && waited < Duration::from_micros(260),
            "{waited:?}"
        );
        assert!(busy.linger(FULL_ENOUGH - 1) < busy.linger(1));
        assert_eq!(busy.linger(FULL_ENOUGH), Duration::ZERO);
        // Arrivals further apart than the cap: waiting would buy nothing.
        let sparse = steady(Duration::from_millis(5), 50);
        assert_eq!(sparse.linger(1), Duration::ZERO);
    }

    #[test]
    fn a_lone_client_waiting_for_each_answer_never_waits() {
        // One write every millisecond, each alone in its batch: close
        // enough to wait for, but no one else is writing.
        let start = Instant::now();
        let mut arrivals = Arrivals::default();
        for i in 0..50 {
            arrivals.saw(start + Duration::from_millis(1) * i);
            arrivals.committed(1, false);
        }
        assert_eq!(arrivals.linger(1), Duration::ZERO);
        // Once a batch is shared, waiting pays and starts.
        arrivals.committed(2, false);
        assert_eq!(arrivals.linger(1), LINGER_MAX);
    }

    #[test]
    fn batches_that_fill_by_themselves_do_not_wait() {
        // Saturation: 11,000 writes a second, batches of 28.
        let start = Instant::now();
        let mut arrivals = Arrivals::default();
        for i in 0..280 {
            arrivals.saw(start + Duration::from_micros(90) * i);
            if i % 28 == 27 {
                arrivals.committed(28, false);
            }
        }
        assert_eq!(arrivals.linger(1), Duration::ZERO);
        // A small shared batch brings the waiting back, and a full one
        // that needed the wait keeps it.
        arrivals.committed(3, false);
        assert!(arrivals.linger(1) > Duration::ZERO);
        arrivals.committed(FULL_ENOUGH, true);
        assert!(arrivals.linger(1) > Duration::ZERO);
        arrivals.committed(FULL_ENOUGH, false);
        assert_eq!(arrivals.linger(1), Duration::ZERO);
    }

    #[test]
    fn a_pause_after_a_burst_stops_the_waiting_within_a_few_arrivals() {
        let mut arrivals = steady(Duration::from_micros(200), 100);
        assert!(arrivals.linger(1) > Duration::ZERO);
        let after = Instant::now() + Duration::from_secs(1);
        arrivals.saw(after);
        assert_eq!(arrivals.linger(1), Duration::ZERO, "one long gap is enough");
    }

    #[test]
    fn arrivals_queued_out_of_order_do_not_panic_or_shorten_the_clock() {
        let start = Instant::now();
        let mut arrivals = Arrivals::default();
        arrivals.saw(start + Duration::from_millis(5));
        arrivals.saw(start);
        arrivals.saw(start + Duration::from_millis(6));
        assert!(arrivals.linger(1) <= LINGER_MAX);
    }
}
