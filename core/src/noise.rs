//! Optional differential-privacy noise for published counts: an exact
//! discrete Laplace sampler, the epsilon budget it spends, and the error
//! figures the CLI prints beside a noisy table.
//!
//! Why our own sampler: OpenDP 0.16 with default features off still pulls in
//! 67 crates (41 new to this workspace, among them a second `rand`, `statrs`
//! and `nalgebra`), needs Rust 1.88, and without its `use-openssl` feature
//! (a C dependency) draws from `rand::thread_rng`, which it documents as not
//! secure and which we could not replace by our own generator. So, as the
//! issue allows, we implement the exact sampler of Canonne, Kamath & Steinke,
//! "The Discrete Gaussian for Differential Privacy", NeurIPS 2020,
//! arXiv:2004.00010: Algorithm 2 (discrete Laplace) on top of Algorithm 1
//! (Bernoulli(exp(-gamma))). The sampling path uses only integer arithmetic
//! on a rational scale, so no floating-point artefact can leak the true
//! count (Mironov 2012); floats appear only in the error figures.
//!
//! Epsilon is handled in whole thousandths, always rounded down, so the noise
//! is never smaller than the epsilon a person typed implies (see [`Budget`]).
//! Counts are released through [`shown`], which clamps at zero; see there
//! for why that is safe and what it costs.

use rand::{CryptoRng, Rng, RngCore};

/// The smallest epsilon accepted: below this, counts of a workplace survey
/// drown in noise (expected error above 100 per count).
pub const MIN_EPSILON: f64 = 0.01;
/// The largest epsilon accepted: above this the "privacy" is nominal
/// (e^100 likelihood ratio), so a larger value is almost surely a typo.
pub const MAX_EPSILON: f64 = 100.0;

/// The most epsilon one count may receive, over all noisy releases of a
/// survey: ln(1 + √2) ≈ 0.881. At a sensitivity-1 count's epsilon e the
/// discrete Laplace error is E|X| = 2q / (1 - q²) with q = e^-e, which is
/// exactly 1 at q = √2 - 1. Above it a count is expected to be off by less
/// than one person: the noise then hides nothing, a subtraction against an
/// exact release gives back the counts suppression hid, and the release
/// would be exact in all but name without the protections exact releases
/// get. So a release whose share per table exceeds this is refused, and so
/// is one that would take a survey's running total per table past it
/// (sequential composition: releases of the same table add up).
pub const MAX_EPSILON_PER_COUNT: f64 = 0.881;

/// Epsilon is kept in these units so that splitting and rounding are exact.
const PER_UNIT: u32 = 1000;

/// Why a noise setting was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum NoiseError {
    #[error("epsilon must be a finite number, got {0}")]
    NotFinite(f64),
    #[error("epsilon must be greater than 0 (smaller means more privacy and more noise), got {0}")]
    NotPositive(f64),
    #[error("epsilon must be between {min} and {max}, got {0}", min = MIN_EPSILON, max = MAX_EPSILON)]
    OutOfRange(f64),
    #[error("a privacy budget cannot be split over zero tables")]
    NoTables,
    #[error(
        "epsilon {total} split over {tables} tables leaves less than {min} per table; \
         raise epsilon or publish fewer tables",
        min = MIN_EPSILON
    )]
    BudgetTooSmall { total: f64, tables: usize },
    #[error(
        "epsilon {total} over {tables} tables gives each count epsilon {share}, an expected \
         error of ±{error:.2}: under one person, so the noise would hide nothing. Use at most \
         epsilon {most} for {tables} tables, or publish exact counts (without --epsilon), \
         which are suppressed and checked against earlier releases",
        most = (MAX_EPSILON_PER_COUNT * *tables as f64 * 1000.0).floor() / 1000.0
    )]
    TooLittleNoise {
        total: f64,
        tables: usize,
        share: f64,
        error: f64,
    },
    #[error(
        "this survey's noisy releases have spent epsilon {spent:.3} per count, and this one \
         would add {adding:.3}: past the limit of {max} per count, where a count's combined \
         expected error falls under one person. Publish exact counts instead (suppressed and \
         checked against every earlier release)",
        max = MAX_EPSILON_PER_COUNT
    )]
    SurveyBudgetSpent { spent: f64, adding: f64 },
    #[error("sensitivity must be at least 1")]
    ZeroSensitivity,
    #[error("a noise scale must be a positive fraction, got {num}/{den}")]
    BadScale { num: u64, den: u64 },
}

/// The epsilon each count of a release with this `noise` received.
pub fn per_count(noise: &crate::report::Noise) -> f64 {
    noise.epsilon / noise.tables.max(1) as f64
}

/// The running total per count of a survey's noisy releases, with `new`
/// added; refused past [`MAX_EPSILON_PER_COUNT`].
pub fn survey_budget(
    earlier: &[&crate::report::Noise],
    new: &crate::report::Noise,
) -> Result<f64, NoiseError> {
    let spent: f64 = earlier.iter().map(|n| per_count(n)).sum();
    let adding = per_count(new);
    // Shares are whole thousandths, rounded down: no float slack needed
    // beyond the sum's own rounding.
    if spent + adding > MAX_EPSILON_PER_COUNT + 1e-9 {
        return Err(NoiseError::SurveyBudgetSpent { spent, adding });
    }
    Ok(spent + adding)
}

/// A privacy budget, epsilon, held exactly in thousandths.
///
/// Release of several tables spends the sum of their epsilons (sequential
/// composition), so a total is split evenly and each share is rounded down:
/// the realised total never exceeds the one requested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Budget {
    milli: u32,
}

impl Budget {
    /// Validates `epsilon` and reads it to 1/1000, rounding down.
    ///
    /// The digits read are those of the shortest decimal naming this `f64`,
    /// that is what the person typed: "0.3" stays 0.300, although the `f64`
    /// itself is 0.29999999999999998... (a difference of one part in 10^16,
    /// far below anything that matters for privacy).
    pub fn new(epsilon: f64) -> Result<Self, NoiseError> {
        if !epsilon.is_finite() {
            return Err(NoiseError::NotFinite(epsilon));
        }
        if epsilon <= 0.0 {
            return Err(NoiseError::NotPositive(epsilon));
        }
        if !(MIN_EPSILON..=MAX_EPSILON).contains(&epsilon) {
            return Err(NoiseError::OutOfRange(epsilon));
        }
        let milli = floor_thousandths(epsilon).ok_or(NoiseError::OutOfRange(epsilon))?;
        Ok(Budget { milli })
    }

    /// Epsilon as a number, exact to the thousandth.
    pub fn epsilon(self) -> f64 {
        f64::from(self.milli) / f64::from(PER_UNIT)
    }

    /// The share of each of `tables` releases; shares times `tables` never
    /// exceed this budget.
    pub fn split(self, tables: usize) -> Result<Budget, NoiseError> {
        if tables == 0 {
            return Err(NoiseError::NoTables);
        }
        let too_small = NoiseError::BudgetTooSmall {
            total: self.epsilon(),
            tables,
        };
        let tables = u32::try_from(tables).map_err(|_| too_small.clone())?;
        let milli = self.milli / tables;
        if f64::from(milli) < MIN_EPSILON * f64::from(PER_UNIT) {
            return Err(too_small);
        }
        Ok(Budget { milli })
    }
}

/// Reads the decimal digits of `epsilon` (Rust prints an `f64` as the
/// shortest decimal that parses back to it, never in exponent form) and
/// truncates after the third fractional digit. Decimal truncation rather than
/// `(epsilon * 1000.0).floor()` so that 0.3 does not become 0.299.
fn floor_thousandths(epsilon: f64) -> Option<u32> {
    let text = epsilon.to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let mut milli = whole.parse::<u32>().ok()?.checked_mul(PER_UNIT)?;
    let mut weight = PER_UNIT / 10;
    for digit in fraction.bytes().take(3) {
        if !digit.is_ascii_digit() {
            return None;
        }
        milli = milli.checked_add(u32::from(digit - b'0') * weight)?;
        weight /= 10;
    }
    Some(milli)
}

/// The discrete Laplace distribution with scale t > 0:
/// P(X = x) = (1 - e^(-1/t)) / (1 + e^(-1/t)) * e^(-|x|/t) for every integer x.
///
/// Adding it to a count whose value one person can change by at most
/// `sensitivity` gives epsilon-differential privacy for t = sensitivity/epsilon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiscreteLaplace {
    /// The scale t = num/den, in lowest terms.
    num: u64,
    den: u64,
}

impl DiscreteLaplace {
    /// Noise for one count of the given `sensitivity` (1 for a count where
    /// each person appears once) at privacy level `epsilon`.
    ///
    /// Epsilon is first rounded down to 1/1000 (see [`Budget::new`]), so the
    /// scale is rounded up: never less noise than requested.
    pub fn for_epsilon(epsilon: f64, sensitivity: u32) -> Result<Self, NoiseError> {
        let budget = Budget::new(epsilon)?;
        if sensitivity == 0 {
            return Err(NoiseError::ZeroSensitivity);
        }
        Self::with_scale(
            u64::from(sensitivity) * u64::from(PER_UNIT),
            u64::from(budget.milli),
        )
    }

    /// Noise with the exact scale t = `num`/`den`.
    pub fn with_scale(num: u64, den: u64) -> Result<Self, NoiseError> {
        if num == 0 || den == 0 {
            return Err(NoiseError::BadScale { num, den });
        }
        // Lowest terms keep the uniform draws in the sampler small.
        let divisor = gcd(num, den);
        Ok(DiscreteLaplace {
            num: num / divisor,
            den: den / divisor,
        })
    }

    /// The scale t, for display.
    pub fn scale(&self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// The variance of the noise, 2q / (1 - q)^2 with q = e^(-1/t).
    pub fn variance(&self) -> f64 {
        let q = (-1.0 / self.scale()).exp();
        // 1 - q through exp_m1 keeps precision for large t, where q is near 1.
        let one_minus_q = -(-1.0 / self.scale()).exp_m1();
        2.0 * q / (one_minus_q * one_minus_q)
    }

    /// The expected absolute error E|X| = 2q / (1 - q^2), q = e^(-1/t): what
    /// a reader should expect a published count to be off by, before clamping.
    pub fn expected_abs_error(&self) -> f64 {
        let q = (-1.0 / self.scale()).exp();
        let one_minus_q_squared = -(-2.0 / self.scale()).exp_m1();
        2.0 * q / one_minus_q_squared
    }

    /// One draw: CKS20 Algorithm 2 with their t = `num` and s = `den`.
    pub fn sample<R: RngCore + CryptoRng>(&self, rng: &mut R) -> i64 {
        loop {
            // X = U + num*V is geometric on the naturals with ratio
            // e^(-1/num): U is its remainder mod num, accepted with weight
            // e^(-U/num), and V its quotient, geometric with ratio e^(-1).
            let u = rng.gen_range(0..self.num);
            if !bernoulli_exp_neg(u, self.num, rng) {
                continue;
            }
            let mut v: u64 = 0;
            while bernoulli_exp_neg(1, 1, rng) {
                // Saturation is unreachable in practice: v reaching 2^63
                // has probability e^(-2^63).
                v = v.saturating_add(1);
            }
            let x = u.saturating_add(self.num.saturating_mul(v));
            // floor(X/den) is geometric with ratio e^(-den/num) = e^(-1/t).
            let magnitude = i64::try_from(x / self.den).unwrap_or(i64::MAX);
            let negative: bool = rng.gen();
            // Rejecting "negative zero" gives 0 its single share of mass.
            if negative && magnitude == 0 {
                continue;
            }
            return if negative { -magnitude } else { magnitude };
        }
    }

    /// `true_count` plus noise, not yet clamped: sums of noisy counts are
    /// taken of these, so clamping does not pile up into a bias.
    pub fn noisy_raw<R: RngCore + CryptoRng>(&self, true_count: u64, rng: &mut R) -> i64 {
        i64::try_from(true_count)
            .unwrap_or(i64::MAX)
            .saturating_add(self.sample(rng))
    }
}

/// A noisy count as shown: 0 if it is negative.
///
/// Clamping is post-processing of the noisy value, which cannot weaken
/// differential privacy; it is why a negative count is never shown. It
/// biases small counts upward: by symmetry a true 0 is shown, on average,
/// as exactly half of [`DiscreteLaplace::expected_abs_error`].
pub fn shown(raw: i64) -> u64 {
    u64::try_from(raw).unwrap_or(0)
}

/// A Bernoulli draw with success probability exp(-n/d), exactly
/// (CKS20 Algorithm 1). `d` must be positive.
fn bernoulli_exp_neg<R: RngCore + CryptoRng>(n: u64, d: u64, rng: &mut R) -> bool {
    // exp(-gamma) = exp(-1)^floor(gamma) * exp(-(gamma - floor(gamma))), and
    // the series below only converges to the right thing for gamma <= 1.
    for _ in 0..n / d {
        if !bernoulli_exp_neg_at_most_one(1, 1, rng) {
            return false;
        }
    }
    bernoulli_exp_neg_at_most_one(n % d, d, rng)
}

/// exp(-gamma) for gamma = n/d in [0, 1]: draw A_k ~ Bernoulli(gamma/k) for
/// k = 1, 2, ... until one fails; the first failing k is odd with
/// probability exp(-gamma).
fn bernoulli_exp_neg_at_most_one<R: RngCore + CryptoRng>(n: u64, d: u64, rng: &mut R) -> bool {
    let mut k: u64 = 1;
    loop {
        // P(uniform below d*k is below n) = n/(d*k), with unbiased sampling.
        let fails = match u128::from(d).checked_mul(u128::from(k)) {
            Some(range) if range > 0 => rng.gen_range(0..range) >= u128::from(n),
            // d*k beyond u128 makes gamma/k zero to any precision.
            _ => true,
        };
        if fails {
            return k % 2 == 1;
        }
        k = k.saturating_add(1);
    }
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[cfg(test)]
mod tests;
