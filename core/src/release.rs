//! Checking a new release of a survey's results against every earlier one,
//! so that no combination of published reports exposes a small group.
//!
//! One report on its own is made safe by [`crate::tally`]. Two reports can
//! still leak together: publish at 50 responses and again at 51, and the
//! difference is one person's answers; publish by department and then by
//! department and site, and a hidden cell of one may be the difference of
//! shown cells of the other. Statistical agencies call these differencing
//! and linked-table disclosure.
//!
//! The check models every exact release as linear equations over *atoms*:
//! per question, the number of people in each combination of breakdown
//! answers and each answer column, separately for each *cohort* (the
//! responses that arrived between two releases' response counts; answers
//! are never removed, so a release at n covers the first cohorts up to n).
//! Every published count is the sum of some atoms. A count is then exposed
//! exactly when it lies in the span of the published equations (Gaussian
//! elimination), and its value follows from the published numbers. A
//! release is refused when anything so determined is a group of 1 to k-1
//! people (in any cohort range, for any combination of breakdown answers).
//! The counts of breakdown questions are group sizes, and a report that
//! leaves out an empty "no answer" group says its size is 0: both become
//! equations in every question's system. Noisy (differentially private)
//! releases publish no exact equation and are left out; their budget adds
//! up instead.
//!
//! Counts are never negative, and elimination alone never uses that: a
//! shown 0 over several unknowns (an empty group a report leaves out, an
//! option nobody in a group picked) says each unknown is 0, and a total
//! that equals the sum of its parts' upper bounds says each part is at its
//! bound. Two releases accepted one by one exposed a group of one that
//! way. So before looking for determined groups, every unknown's bounds
//! are tightened from every equation to a fixed point, and each unknown
//! they pin becomes an equation too (see `QuestionSystem::use_non_negativity`).

mod system;

use crate::report::{QuestionReport, Report};
use crate::survey::{QuestionKind, Survey};
use crate::tally::{value_count, value_names};
use system::{Cell, Columns, QuestionSystem};

/// An earlier release, as the registry holds it.
pub struct Earlier<'a> {
    /// The registry's number for it, to name it in a refusal.
    pub seq: u32,
    pub report: &'a Report,
}

/// Why a release is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what}{during}{with}")]
pub struct Disclosure {
    pub question: String,
    pub what: String,
    during: String,
    with: String,
    /// The earlier releases involved.
    pub earlier: Vec<u32>,
}

/// Most atoms per question that the check will handle; more breakdowns
/// than this across releases make it too slow to be sure, so it refuses.
const MAX_ATOMS: usize = 20_000;

/// Refuse `new` if, together with `earlier`, it determines a group smaller
/// than the survey's k or a count that some release hid.
pub fn check(survey: &Survey, earlier: &[Earlier], new: &Report) -> Result<(), Disclosure> {
    if new.noise.is_some() {
        return Ok(());
    }
    let exact: Vec<(Option<u32>, &Report)> = earlier
        .iter()
        .filter(|e| e.report.noise.is_none())
        .map(|e| (Some(e.seq), e.report))
        .chain(std::iter::once((None, new)))
        .collect();
    let mut breakdowns: Vec<usize> = Vec::new();
    for (_, report) in &exact {
        for id in &report.by {
            let index = survey
                .questions
                .iter()
                .position(|q| &q.id == id)
                .ok_or_else(|| refusal(id, format!("breakdown `{id}` is not in this survey")))?;
            if !breakdowns.contains(&index) {
                breakdowns.push(index);
            }
        }
    }
    let mut cohorts: Vec<u64> = exact.iter().map(|(_, r)| r.responses).collect();
    cohorts.sort_unstable();
    cohorts.dedup();
    let k = u64::from(survey.min_group);
    for (qi, question) in survey.questions.iter().enumerate() {
        let systems: Vec<Columns> = match &question.kind {
            QuestionKind::Multi { options } => {
                (0..options.len()).map(Columns::MultiOption).collect()
            }
            QuestionKind::Text => vec![Columns::Text],
            kind => vec![Columns::Values(value_count(kind))],
        };
        for columns in systems {
            let mut system = QuestionSystem::new(survey, qi, columns, &breakdowns, &cohorts);
            if system.atom_count() > MAX_ATOMS {
                return Err(refusal(
                    &question.id,
                    "too many different breakdowns across releases to check them together; \
                     publish fewer combinations"
                        .into(),
                ));
            }
            for (source, (_, report)) in exact.iter().enumerate() {
                system.publish(source, report);
            }
            system.use_non_negativity();
            if let Some(found) = system.exposure(k) {
                let earlier: Vec<u32> = found
                    .sources
                    .iter()
                    .filter_map(|&s| exact.get(s).and_then(|(seq, _)| *seq))
                    .collect();
                return Err(describe(
                    survey,
                    qi,
                    &found.cell,
                    &found.range,
                    &cohorts,
                    earlier,
                ));
            }
        }
    }
    Ok(())
}

fn refusal(question: &str, what: String) -> Disclosure {
    Disclosure {
        question: question.to_string(),
        what,
        during: String::new(),
        with: String::new(),
        earlier: Vec::new(),
    }
}

/// Words for the exposed count, without its value.
fn describe(
    survey: &Survey,
    qi: usize,
    cell: &Cell,
    range: &(usize, usize),
    cohorts: &[u64],
    earlier: Vec<u32>,
) -> Disclosure {
    let question = &survey.questions[qi];
    let mut who: Vec<String> = cell
        .constraint
        .iter()
        .map(|(b, digit)| {
            let q = &survey.questions[*b];
            match value_names(q).get(*digit).map(|(value, _)| value) {
                Some(option) => format!("answered `{}` with \"{option}\"", q.id),
                None => format!("skipped `{}`", q.id),
            }
        })
        .collect();
    who.push(cell.column_words(question));
    let during = if range.0 == 0 {
        String::new()
    } else {
        format!(
            ", among the {} response(s) that arrived between the releases at {} and {} responses",
            cohorts[range.1] - cohorts[range.0 - 1],
            cohorts[range.0 - 1],
            cohorts[range.1]
        )
    };
    let with = if earlier.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = earlier.iter().map(|s| format!("#{s}")).collect();
        format!(
            ", when read together with earlier release {}",
            list.join(", ")
        )
    };
    Disclosure {
        question: question.id.clone(),
        what: format!(
            "this release would expose a group of fewer than {} people: those who {}",
            survey.min_group,
            who.join(" and ")
        ),
        during,
        with,
        earlier,
    }
}

/// The counts a report publishes (or hides) for one question system, with
/// the group each belongs to.
pub(crate) fn question_of<'a>(report: &'a Report, id: &str) -> Option<&'a QuestionReport> {
    report.questions.iter().find(|q| q.id == id)
}

#[cfg(test)]
mod exact_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod zero_sum_tests;
