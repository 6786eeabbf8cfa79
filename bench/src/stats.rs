//! Latency percentiles from every measured request (no sampling, no
//! histogram buckets): at these counts sorting them all is cheap, and the
//! p99 is then exactly the 99th percentile of what was seen.

use std::time::Duration;

#[derive(Clone, Copy, Debug)]
pub struct Latency {
    pub p50: Duration,
    pub p99: Duration,
}

/// Nearest-rank percentiles of `samples` (microseconds); `None` when
/// nothing was measured, so no figure is ever printed for an empty run.
pub fn latency(mut samples: Vec<u64>) -> Option<Latency> {
    if samples.is_empty() {
        return None;
    }
    samples.sort_unstable();
    let rank = |p: f64| {
        let index = ((p * samples.len() as f64).ceil() as usize).clamp(1, samples.len()) - 1;
        Duration::from_micros(samples[index])
    };
    Some(Latency {
        p50: rank(0.50),
        p99: rank(0.99),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank() {
        let l = latency((1..=100).collect()).unwrap();
        assert_eq!(l.p50, Duration::from_micros(50));
        assert_eq!(l.p99, Duration::from_micros(99));
        // Ranks round up: the p99 of ten samples is the largest.
        let ten = latency((1..=10).rev().collect()).unwrap();
        assert_eq!(ten.p50, Duration::from_micros(5));
        assert_eq!(ten.p99, Duration::from_micros(10));
        let one = latency(vec![7]).unwrap();
        assert_eq!(one.p99, Duration::from_micros(7));
        assert!(latency(Vec::new()).is_none());
    }
}
