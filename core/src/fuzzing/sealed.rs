//! Sealed answers and releases as the CLI opens and counts them, comment
//! edits, and the cross-release check.

use rand::rngs::StdRng;
use rand::SeedableRng;

use crate::redact::Redactions;
use crate::release::{self, Earlier};
use crate::report::{comment_id, Report};
use crate::seal::{answers_from_plaintext, SealedRelease, SealedResponse};
use crate::survey::{Answers, Survey};
use crate::tally::Tally;

use super::fixtures::*;
use super::{Outcome, Violation};

/// Sealed responses and releases as the CLI opens them, and what an opened
/// response holds (padded JSON answers) as the CLI counts it. The first
/// byte picks: even, the rest is a sealed envelope opened with the fixed
/// key; odd, the rest is a plaintext, counted with the example survey and
/// sealed and opened again.
pub fn sealed(data: &[u8]) -> Outcome {
    let Some((&mode, rest)) = data.split_first() else {
        return Ok(());
    };
    let f = fixtures()?;
    if mode % 2 == 0 {
        if let Ok(answers) = SealedResponse(rest.to_vec()).open(&f.campaign, &f.organiser) {
            count(&f.survey, &answers)?;
        }
        let _ = SealedRelease(rest.to_vec()).open(&f.campaign, &f.organiser);
        return Ok(());
    }
    let Ok(answers) = answers_from_plaintext(rest) else {
        return Ok(());
    };
    count(&f.survey, &answers)?;
    let mut rng = StdRng::seed_from_u64(u64::from(mode));
    let recipients = [f.organiser.public().clone()];
    if let Ok(sealed) = SealedResponse::seal(&answers, &f.campaign, &recipients, &mut rng) {
        ensure!(
            sealed.open(&f.campaign, &f.organiser).as_ref() == Ok(&answers),
            "sealed answers open differently"
        );
    }
    let release = SealedRelease::seal(rest, &f.campaign, &recipients, &mut rng)
        .map_err(|e| Violation(format!("cannot seal a release: {e}")))?;
    ensure!(
        release.open(&f.campaign, &f.organiser).as_deref() == Ok(rest),
        "a sealed release opens differently"
    );
    Ok(())
}

/// Count opened answers as `caucus tally` does: whatever they hold.
fn count(survey: &Survey, answers: &Answers) -> Outcome {
    let mut tally = Tally::new(survey, &["area"])
        .map_err(|e| Violation(e.to_string()))?
        .with_text();
    for _ in 0..survey.min_group {
        tally.add(answers);
    }
    let report = tally.report("fuzz");
    ensure!(
        report.responses == u64::from(survey.min_group),
        "every response is counted"
    );
    Ok(())
}

/// Comment edits (`caucus tally --edits`, `caucus redact`) applied to a
/// fixed report: all or nothing, and edited comments get fresh ids.
pub fn redactions(data: &[u8]) -> Outcome {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(());
    };
    let Ok(edits) = Redactions::from_toml(text) else {
        return Ok(());
    };
    let original = &fixtures()?.report;
    let mut report = original.clone();
    let comments = |r: &Report| -> usize {
        r.questions
            .iter()
            .filter_map(|q| q.comments.as_ref())
            .map(Vec::len)
            .sum()
    };
    match edits.apply(&mut report) {
        Err(_) => ensure!(report == *original, "a refused edit changed the report"),
        Ok(done) => {
            ensure!(
                comments(&report) + done.removed == comments(original),
                "removed comments are counted"
            );
            for q in &report.questions {
                for c in q.comments.iter().flatten() {
                    ensure!(
                        c.id == comment_id(&q.id, &c.text),
                        "a comment id is its hash"
                    );
                }
            }
        }
    }
    Ok(())
}

/// Earlier releases as the CLI reads them back from the server (JSON
/// reports), checked together with the fixed report and on their own.
/// A refusal may only name releases that were given.
pub fn release_check(data: &[u8]) -> Outcome {
    let Ok(report) = serde_json::from_slice::<Report>(data) else {
        return Ok(());
    };
    let f = fixtures()?;
    let earlier = [Earlier {
        seq: 1,
        report: &report,
    }];
    for (given, new) in [(&earlier[..], &f.report), (&[][..], &report)] {
        if let Err(refusal) = release::check(&f.survey, given, new) {
            ensure!(
                refusal
                    .earlier
                    .iter()
                    .all(|s| given.iter().any(|e| e.seq == *s)),
                "a refusal names release {:?} that was never given",
                refusal.earlier
            );
        }
    }
    Ok(())
}
