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

/// The median of `runs` measurements of `measure` (a ceiling taken once
/// can be a lucky or unlucky window on a shared machine), with every
/// sample, in the order taken.
pub fn median_of(
    runs: usize,
    mut measure: impl FnMut() -> anyhow::Result<f64>,
) -> anyhow::Result<(f64, Vec<f64>)> {
    let samples = (0..runs.max(1))
        .map(|_| measure())
        .collect::<anyhow::Result<Vec<f64>>>()?;
    let mut sorted = samples.clone();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    let median = if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    };
    Ok((median, samples))
}

/// Where throughput stops rising in a sweep of (connections, per second),
/// in rising order of connections: the first count after which more
/// connections gain less than 5%.
pub fn knee(sweep: &[(usize, f64)]) -> Option<usize> {
    sweep
        .windows(2)
        .find(|w| w[1].1 < w[0].1 * 1.05)
        .map(|w| w[0].0)
        .or_else(|| sweep.last().map(|(c, _)| *c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_knees() {
        let mut values = [3.0, 1.0, 2.0].into_iter();
        let (median, samples) = median_of(3, || Ok(values.next().unwrap())).unwrap();
        assert_eq!((median, samples), (2.0, vec![3.0, 1.0, 2.0]));
        let mut values = [4.0, 1.0].into_iter();
        assert_eq!(median_of(2, || Ok(values.next().unwrap())).unwrap().0, 2.5);
        assert_eq!(knee(&[(64, 100.0), (128, 150.0), (256, 152.0)]), Some(128));
        assert_eq!(knee(&[(64, 100.0), (128, 90.0)]), Some(64));
        assert_eq!(knee(&[(64, 100.0), (128, 150.0)]), Some(128));
        assert_eq!(knee(&[]), None);
    }

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
