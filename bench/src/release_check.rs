//! The release check (`caucus_core::release::check`) on a large survey,
//! timed in-process: every `caucus tally` and `caucus publish` runs it
//! against all earlier releases before anything is written, so its cost
//! is paid on each one, and it grows with breakdowns and with releases.
//!
//! The case is a realistic worst one: the example survey with a second
//! breakdown question, so that a cross-tab of two breakdowns is possible;
//! 100k varied responses; ten earlier releases at growing response
//! counts (each a cohort of its own), overall, by one breakdown, by the
//! other, and by both in turn; and a new release by both. All reports are
//! made by `Tally::report`, as the CLI makes them, so their suppression
//! is the real one. The check must pass: a refusal stops early and would
//! time less than the full check an organiser waits for.

use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context};
use caucus_core::release::{check, Earlier};
use caucus_core::report::Report;
use caucus_core::tally::Tally;
use caucus_core::Survey;
use rand::rngs::StdRng;
use rand::SeedableRng;

use crate::answers::random_answers;
use crate::ceilings::SURVEY;

/// A second breakdown question, added to the example survey.
const SITE: &str = r#"
[[question]]
id = "site"
kind = "single"
prompt = "Where do you mostly work?"
options = ["Head office", "Regional office", "Warehouse", "Remote"]
breakdown = true
"#;

/// Earlier releases, at evenly growing response counts.
pub const EARLIER: usize = 10;

/// The breakdowns of the earlier releases, in turn.
const BY: [&[&str]; 4] = [&[], &["area"], &["site"], &["area", "site"]];

/// What was timed.
pub struct Measured {
    pub took: Duration,
    pub responses: u64,
    pub earlier: usize,
}

/// Build the releases for `responses` answers and time one check of the
/// newest against the earlier ones.
pub fn measure(responses: u64) -> anyhow::Result<Measured> {
    let survey =
        Survey::from_toml(&format!("{SURVEY}{SITE}")).context("the two-breakdown survey")?;
    // A fixed seed: the same answers every run, so runs compare.
    let mut rng = StdRng::seed_from_u64(6);
    let mut tallies = BY
        .iter()
        .map(|by| Tally::new(&survey, by))
        .collect::<Result<Vec<_>, _>>()?;
    let step = responses / (EARLIER as u64 + 1);
    if step == 0 {
        bail!("{responses} responses are too few for {EARLIER} earlier releases");
    }
    let mut earlier: Vec<Report> = Vec::with_capacity(EARLIER);
    for n in 1..=responses {
        let value = random_answers(&survey, &mut rng);
        let answers = survey
            .validate_answers(&value)
            .map_err(|errors| anyhow!("generated answers refused: {errors:?}"))?;
        for tally in &mut tallies {
            tally.add(&answers);
        }
        if n % step == 0 && earlier.len() < EARLIER {
            let by = earlier.len() % BY.len();
            earlier.push(tallies[by].report("bench"));
        }
    }
    let newest = tallies
        .last()
        .ok_or_else(|| anyhow!("no tally by both breakdowns"))?
        .report("bench");
    let views: Vec<Earlier> = earlier
        .iter()
        .enumerate()
        .map(|(i, report)| Earlier {
            seq: i as u32 + 1,
            report,
        })
        .collect();
    let started = Instant::now();
    let checked = check(&survey, &views, &newest);
    let took = started.elapsed();
    checked.map_err(|refused| {
        anyhow!(
            "the release check refused the benchmark's release ({}: {refused}); \
             a refusal stops early, so its time would not be the full check's",
            refused.question
        )
    })?;
    Ok(Measured {
        took,
        responses,
        earlier: views.len(),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

    use super::*;

    #[test]
    fn a_refused_release_fails_the_measurement() {
        // Cohorts of 100 spread over 30 groups and up to 11 answers leave
        // groups of fewer than 5 between releases: the check must refuse,
        // and the bench must say so rather than print a short time.
        let error = measure(1_100).err().expect("small cohorts are refused");
        assert!(error.to_string().contains("refused"), "{error:#}");
        assert!(measure(5).is_err(), "too few responses for ten releases");
    }
}
