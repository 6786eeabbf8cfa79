//! The server's own account of its commit cycles over a run: the
//! "commit cycles:" lines it logs at debug level once a second
//! (`server/src/writes/commit/cycle.rs`), read back from its log and
//! averaged over the batches of the run.
//!
//! Every write waits for a whole cycle, so this says why a rate is what it
//! is: whether the thread waits (gathering, flushing, fsyncing) or works
//! (deciding, applying), and whether writes queue up before a batch
//! starts, which at half load means the thread has no time to spare.

use std::path::Path;

use serde_json::{json, Value};

/// The phases, in the order the server logs them.
const PHASES: [&str; 6] = ["gather", "decide", "apply", "flush", "fsync", "answer"];

/// Averages over every batch of the lines read.
#[derive(Debug, Default, PartialEq)]
pub struct Cycles {
    pub batches: u64,
    pub writes_per_batch: f64,
    pub queued_at_start: f64,
    /// Mean microseconds per batch, in the order of [`PHASES`].
    pub phases_us: [f64; 6],
    /// The longest cycle of any line (ms).
    pub longest_ms: f64,
    /// The longest any batch spent in each phase (µs), over every line.
    pub worst_us: [f64; 6],
}

/// How long the server's log is now: where the lines of a run start.
pub fn log_len(log: &Path) -> u64 {
    std::fs::metadata(log).map(|m| m.len()).unwrap_or(0)
}

/// The cycles the server logged after byte `from` of its log, if any.
pub fn since(log: &Path, from: u64) -> Option<Cycles> {
    let text = std::fs::read(log).ok()?;
    let start = usize::try_from(from).ok()?.min(text.len());
    let mut total = Cycles::default();
    for line in String::from_utf8_lossy(&text[start..]).lines() {
        if let Some(one) = parse(line) {
            total.add(&one);
        }
    }
    (total.batches > 0).then_some(total)
}

impl Cycles {
    /// Fold in another line, weighted by its batches.
    fn add(&mut self, other: &Self) {
        let (a, b) = (self.batches as f64, other.batches as f64);
        let mean = |x: f64, y: f64| (x * a + y * b) / (a + b);
        self.writes_per_batch = mean(self.writes_per_batch, other.writes_per_batch);
        self.queued_at_start = mean(self.queued_at_start, other.queued_at_start);
        for (mine, theirs) in self.phases_us.iter_mut().zip(other.phases_us) {
            *mine = mean(*mine, theirs);
        }
        self.longest_ms = self.longest_ms.max(other.longest_ms);
        for (mine, theirs) in self.worst_us.iter_mut().zip(other.worst_us) {
            *mine = mine.max(theirs);
        }
        self.batches += other.batches;
    }

    pub fn to_json(&self) -> Value {
        let by_phase = |values: [f64; 6]| {
            PHASES
                .iter()
                .zip(values)
                .map(|(name, us)| (format!("{name}_us"), json!(us.round())))
                .collect::<serde_json::Map<_, _>>()
        };
        json!({
            "batches": self.batches,
            "writes_per_batch": (self.writes_per_batch * 10.0).round() / 10.0,
            "queued_at_start": (self.queued_at_start * 10.0).round() / 10.0,
            "mean_per_batch": by_phase(self.phases_us),
            "longest_ms": (self.longest_ms * 100.0).round() / 100.0,
            "longest_per_phase": by_phase(self.worst_us),
        })
    }
}

/// One "commit cycles:" line, as `CycleClock::summary` writes it.
fn parse(line: &str) -> Option<Cycles> {
    let rest = &line[line.find("commit cycles: ")? + "commit cycles: ".len()..];
    let number_before = |text: &str, word: &str| -> Option<f64> {
        let end = text.find(word)?;
        text[..end]
            .rsplit([' ', ',', ';'])
            .find(|s| !s.is_empty())?
            .parse()
            .ok()
    };
    let (means, worst) = rest.split_once("longest µs per phase: ")?;
    let phases = |text: &str| -> Option<[f64; 6]> {
        let mut values = [0.0; 6];
        for (slot, name) in values.iter_mut().zip(PHASES) {
            let after = &text[text.find(&format!("{name} "))? + name.len() + 1..];
            *slot = after.split([',', ';']).next()?.trim().parse().ok()?;
        }
        Some(values)
    };
    let (phases_us, worst_us) = (phases(means)?, phases(worst)?);
    let rest = means;
    Some(Cycles {
        batches: number_before(rest, " batches")? as u64,
        writes_per_batch: number_before(rest, " writes each")?,
        queued_at_start: number_before(rest, " queued at start")?,
        phases_us,
        longest_ms: number_before(rest, " ms")?,
        worst_us,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = "[2026-12-05T22:00:00Z DEBUG caucus_server::writes::commit::cycle] \
        commit cycles: 200 batches, 32.5 writes each, 21.0 queued at start; mean µs per \
        batch: gather 530, decide 350, apply 380, flush 470, fsync 130, answer 40; longest 6.20 ms; \
        longest µs per phase: gather 900, decide 1200, apply 1500, flush 4100, fsync 800, answer 90";

    #[test]
    fn a_line_is_read_back_whole() {
        let cycles = parse(LINE).expect("parsed");
        assert_eq!(cycles.batches, 200);
        assert_eq!(cycles.writes_per_batch, 32.5);
        assert_eq!(cycles.queued_at_start, 21.0);
        assert_eq!(cycles.phases_us, [530.0, 350.0, 380.0, 470.0, 130.0, 40.0]);
        assert_eq!(cycles.longest_ms, 6.2);
        assert_eq!(
            cycles.worst_us,
            [900.0, 1200.0, 1500.0, 4100.0, 800.0, 90.0]
        );
        assert_eq!(parse("some other log line"), None);
    }

    #[test]
    fn lines_are_averaged_by_their_batches() {
        let dir = tempfile::tempdir().expect("tempdir");
        let log = dir.path().join("server.log");
        let other = LINE
            .replace("200 batches", "600 batches")
            .replace("gather 530", "gather 130")
            .replace("6.20 ms", "2.00 ms")
            .replace("flush 4100", "flush 9000");
        std::fs::write(&log, "before\n").expect("write");
        let from = log_len(&log);
        std::fs::write(&log, format!("before\n{LINE}\nnoise\n{other}\n")).expect("write");
        let cycles = since(&log, from).expect("cycles");
        assert_eq!(cycles.batches, 800);
        assert!((cycles.phases_us[0] - 230.0).abs() < 1e-9, "{cycles:?}");
        assert_eq!(cycles.longest_ms, 6.2);
        assert_eq!(
            cycles.worst_us[3], 9000.0,
            "the longest flush of either line"
        );
        assert_eq!(since(&log, log_len(&log)), None, "nothing after the end");
    }
}
