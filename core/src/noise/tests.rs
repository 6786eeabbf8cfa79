use std::sync::OnceLock;

use rand::rngs::StdRng;
use rand::SeedableRng;

use super::*;

/// Scales t = num/den checked statistically: below, at and above 1 (where
/// the sampler's branches differ) and a large one, as for epsilon = 0.1.
const SCALES: [(u64, u64); 4] = [(1, 2), (1, 1), (2, 1), (10, 1)];
const DRAWS: usize = 200_000;

/// Draws shared by the statistical tests, so the sampler runs once per
/// scale however many properties are checked. Seeded: the tests are
/// deterministic, and the bounds below make them pass for almost any seed.
fn samples() -> &'static [(DiscreteLaplace, Vec<i64>)] {
    static SAMPLES: OnceLock<Vec<(DiscreteLaplace, Vec<i64>)>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        SCALES
            .iter()
            .enumerate()
            .map(|(i, &(num, den))| {
                let noise = DiscreteLaplace::with_scale(num, den).unwrap();
                let mut rng = StdRng::seed_from_u64(0xCA0C05 + i as u64);
                let draws = (0..DRAWS).map(|_| noise.sample(&mut rng)).collect();
                (noise, draws)
            })
            .collect()
    })
}

/// The discrete Laplace pmf, from the definition (not from the code under test).
fn pmf(t: f64, x: i64) -> f64 {
    let q = (-1.0 / t).exp();
    (1.0 - q) / (1.0 + q) * q.powi(x.abs() as i32)
}

/// E[X^k] by summing the pmf far into the tails (the terms beyond are below
/// e^-60 of the largest).
fn moment(t: f64, k: i32) -> f64 {
    let reach = (60.0 * t) as i64 + 60;
    (-reach..=reach)
        .map(|x| pmf(t, x) * (x as f64).powi(k))
        .sum()
}

#[test]
fn closed_forms_match_the_pmf() {
    for (num, den) in SCALES {
        let noise = DiscreteLaplace::with_scale(num, den).unwrap();
        let t = noise.scale();
        assert!((moment(t, 0) - 1.0).abs() < 1e-12);
        let variance = moment(t, 2);
        assert!(
            (noise.variance() - variance).abs() < 1e-9 * variance,
            "t={t}"
        );
        let reach = (60.0 * t) as i64 + 60;
        let abs: f64 = (-reach..=reach).map(|x| pmf(t, x) * x.abs() as f64).sum();
        assert!(
            (noise.expected_abs_error() - abs).abs() < 1e-9 * abs,
            "t={t}"
        );
    }
}

#[test]
fn mean_and_variance_match() {
    for (noise, draws) in samples() {
        let n = draws.len() as f64;
        let variance = noise.variance();
        // The mean of n draws has standard error sqrt(var/n); 5 of them
        // leaves a correct sampler failing with probability about 1e-6.
        let mean = draws.iter().map(|&x| x as f64).sum::<f64>() / n;
        let mean_bound = 5.0 * (variance / n).sqrt();
        assert!(mean.abs() < mean_bound, "t={} mean {mean}", noise.scale());
        // The true mean is 0, so mean(X^2) estimates the variance, with
        // standard error exactly sqrt((E[X^4] - var^2) / n). At 5 of them a
        // scale off by 3% already fails (the variance moves by about 6%,
        // more than 5 * sqrt(5/n) = 2.5% even at the heavy-tailed t = 10).
        let second = draws.iter().map(|&x| (x as f64).powi(2)).sum::<f64>() / n;
        let fourth = moment(noise.scale(), 4);
        let bound = 5.0 * ((fourth - variance * variance) / n).sqrt();
        assert!(
            (second - variance).abs() < bound,
            "t={} variance {second}, expected {variance} +- {bound}",
            noise.scale()
        );
    }
}

/// Upper 0.1% points of the chi-square distribution, by degrees of freedom
/// 1..=12 (standard tables).
const CHI_SQUARE_999: [f64; 12] = [
    10.828, 13.816, 16.266, 18.467, 20.515, 22.458, 24.322, 26.124, 27.877, 29.588, 31.264, 32.909,
];

#[test]
fn frequencies_fit_the_pmf() {
    for (noise, draws) in samples() {
        let t = noise.scale();
        // Bins: below -5, each of -5..=5, above 5.
        let bin = |x: i64| (x.clamp(-6, 6) + 6) as usize;
        let mut observed = [0.0f64; 13];
        for &x in draws {
            observed[bin(x)] += 1.0;
        }
        let n = draws.len() as f64;
        let mut expected: Vec<f64> = (-5..=5).map(|x| n * pmf(t, x)).collect();
        let tail = n * (1.0 - (-5..=5).map(|x| pmf(t, x)).sum::<f64>()) / 2.0;
        expected.insert(0, tail);
        expected.push(tail);
        let mut observed = observed.to_vec();
        // The test is only valid with at least 5 expected per bin: fold
        // thin outer bins inward (symmetrically, the pmf being symmetric).
        while expected[0] < 5.0 {
            for v in [&mut expected, &mut observed] {
                let outer = v.remove(0);
                v[0] += outer;
                let outer = v.pop().unwrap();
                *v.last_mut().unwrap() += outer;
            }
        }
        let statistic: f64 = observed
            .iter()
            .zip(&expected)
            .map(|(o, e)| (o - e).powi(2) / e)
            .sum();
        let threshold = CHI_SQUARE_999[expected.len() - 2];
        assert!(
            statistic < threshold,
            "t={t}: chi-square {statistic} over {} bins, threshold {threshold}",
            expected.len()
        );
    }
}

#[test]
fn signs_are_symmetric() {
    for (noise, draws) in samples() {
        let positive = draws.iter().filter(|&&x| x > 0).count() as f64;
        let negative = draws.iter().filter(|&&x| x < 0).count() as f64;
        // Given the nonzero draws, the positives are Binomial(m, 1/2).
        let m = positive + negative;
        let bound = 5.0 * (m / 4.0).sqrt();
        assert!(
            (positive - m / 2.0).abs() < bound,
            "t={}: {positive} positive, {negative} negative",
            noise.scale()
        );
    }
}

#[test]
fn bernoulli_exp_neg_frequency_matches() {
    let mut rng = StdRng::seed_from_u64(7);
    let n = 100_000;
    // gamma = 0, 1/3, 1, 3/2, 7/3: both branches and their join.
    for (num, den) in [(0, 1), (1, 3), (1, 1), (3, 2), (7, 3)] {
        let p = (-(num as f64) / den as f64).exp();
        let hits = (0..n)
            .filter(|_| bernoulli_exp_neg(num, den, &mut rng))
            .count() as f64;
        let bound = 5.0 * (p * (1.0 - p) / n as f64).sqrt();
        let frequency = hits / n as f64;
        assert!(
            (frequency - p).abs() <= bound,
            "gamma={num}/{den}: {frequency}, expected {p}"
        );
    }
}

/// One noisy count as a reader sees it.
fn noisy_count(noise: &DiscreteLaplace, true_count: u64, rng: &mut StdRng) -> u64 {
    shown(noise.noisy_raw(true_count, rng))
}

#[test]
fn noisy_count_is_sample_clamped_at_zero() {
    let noise = DiscreteLaplace::for_epsilon(0.1, 1).unwrap();
    for true_count in [0u64, 1] {
        let mut rng = StdRng::seed_from_u64(true_count);
        let mut replay = rng.clone();
        let mut zeros = 0;
        for _ in 0..20_000 {
            let shown = noisy_count(&noise, true_count, &mut rng);
            let raw = true_count as i64 + noise.sample(&mut replay);
            assert_eq!(shown, raw.max(0) as u64);
            zeros += usize::from(shown == 0);
        }
        // Clamping really happened: about half the draws were at or below zero.
        assert!(zeros > 8_000, "only {zeros} zeros for count {true_count}");
    }
    let mut rng = StdRng::seed_from_u64(1);
    for _ in 0..1_000 {
        assert!(noisy_count(&noise, u64::MAX, &mut rng) >= i64::MAX as u64 - 10_000);
    }
}

#[test]
fn epsilon_is_validated() {
    for (epsilon, expected) in [
        (0.0, NoiseError::NotPositive(0.0)),
        (-1.0, NoiseError::NotPositive(-1.0)),
        (f64::INFINITY, NoiseError::NotFinite(f64::INFINITY)),
        (f64::NEG_INFINITY, NoiseError::NotFinite(f64::NEG_INFINITY)),
        (0.009, NoiseError::OutOfRange(0.009)),
        (100.5, NoiseError::OutOfRange(100.5)),
    ] {
        assert_eq!(DiscreteLaplace::for_epsilon(epsilon, 1), Err(expected));
    }
    let nan = DiscreteLaplace::for_epsilon(f64::NAN, 1).unwrap_err();
    assert!(matches!(nan, NoiseError::NotFinite(e) if e.is_nan()));
    assert_eq!(nan.to_string(), "epsilon must be a finite number, got NaN");
    assert_eq!(
        NoiseError::OutOfRange(200.0).to_string(),
        "epsilon must be between 0.01 and 100, got 200"
    );
    assert_eq!(
        DiscreteLaplace::for_epsilon(1.0, 0),
        Err(NoiseError::ZeroSensitivity)
    );
    assert!(DiscreteLaplace::with_scale(0, 1).is_err());
    assert!(DiscreteLaplace::with_scale(1, 0).is_err());
}

#[test]
fn scale_is_rounded_up_never_down() {
    for epsilon in [
        0.01,
        0.1,
        0.3,
        1.0 / 3.0,
        0.5,
        1.0,
        std::f64::consts::E,
        10.0,
        99.9999,
    ] {
        for sensitivity in [1, 2, 7] {
            let noise = DiscreteLaplace::for_epsilon(epsilon, sensitivity).unwrap();
            let exact = f64::from(sensitivity) / epsilon;
            // Up to float rounding of the two divisions, and by at most
            // what rounding epsilon down to 1/1000 implies.
            assert!(noise.scale() >= exact * (1.0 - 1e-12), "{epsilon}");
            let coarse = f64::from(sensitivity) / (epsilon - 0.001);
            assert!(noise.scale() <= coarse, "{epsilon}");
        }
    }
    assert_eq!(
        DiscreteLaplace::for_epsilon(0.3, 1).unwrap().scale(),
        10.0 / 3.0
    );
}

/// A total split over `tables`, as the tally does it.
fn split(total: f64, tables: usize) -> Result<f64, NoiseError> {
    Ok(Budget::new(total)?.split(tables)?.epsilon())
}

#[test]
fn budget_splits_without_overspending() {
    assert_eq!(split(1.0, 4), Ok(0.25));
    assert_eq!(split(1.0, 3), Ok(0.333));
    assert_eq!(split(0.3, 3), Ok(0.1));
    assert_eq!(split(1.0, 0), Err(NoiseError::NoTables));
    let too_small = split(0.05, 10).unwrap_err();
    assert_eq!(
        too_small.to_string(),
        "epsilon 0.05 split over 10 tables leaves less than 0.01 per table; \
         raise epsilon or publish fewer tables"
    );
    assert!(split(1.0, usize::MAX).is_err());
    for tables in 1..=100 {
        let share = Budget::new(2.5).unwrap().split(tables).unwrap();
        assert!(share.milli * tables as u32 <= 2_500);
    }
}

#[test]
fn thousandths_round_trip_through_f64() {
    // A per-table epsilon from `split` goes back through `for_epsilon` as an
    // f64; no share may lose a thousandth on the way.
    for milli in 10..=100_000 {
        let budget = Budget { milli };
        assert_eq!(Budget::new(budget.epsilon()), Ok(budget));
    }
    assert_eq!(Budget::new(0.0109).map(Budget::epsilon), Ok(0.01));
    assert_eq!(Budget::new(1.0 / 3.0).map(Budget::epsilon), Ok(0.333));
}
