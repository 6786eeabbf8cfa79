//! The differentially private version of a report: every count of every
//! table gets discrete Laplace noise (see [`crate::noise`]), and everything
//! shown is computed from the noisy counts only.
//!
//! Each question is one table (groups × answer columns, "no answer"
//! included), and so are the group sizes when there is a breakdown. The
//! total epsilon is split evenly across those tables (sequential
//! composition). One person moves one cell of a single-choice, Likert,
//! scale or text table by one (sensitivity 1); in a multi-choice table
//! they move "answered or not" and up to every option (sensitivity: the
//! number of options plus one). Overall counts are sums of noisy group
//! counts, and answered counts sums of noisy value counts: post-processing,
//! which spends no budget. Noisy counts of 1 to k-1 are still hidden, and
//! no count is negative.
//!
//! The number of responses is not noised: every report states it, and the
//! release registry needs it exact to refuse releases too close together.

use rand::{CryptoRng, RngCore};

use super::{value_names, Counts, Group, Tally};
use crate::noise::{split, DiscreteLaplace, NoiseError};
use crate::report::{GroupReport, Noise, OptionCount, QuestionReport, Report};
use crate::survey::QuestionKind;

pub const MECHANISM: &str = "discrete Laplace (Canonne, Kamath and Steinke 2020)";

/// One table's noisy counts: per group (or once, overall), per column.
struct NoisyTable {
    /// `[group][column]`; columns are the values (or, for multi, the
    /// options), then "answered", then "no answer".
    cells: Vec<Vec<u64>>,
    noise: DiscreteLaplace,
}

impl Tally {
    /// The report with noise instead of suppression by exact counts.
    pub fn noisy_report<R: RngCore + CryptoRng>(
        &self,
        survey_id: &str,
        epsilon: f64,
        rng: &mut R,
    ) -> Result<Report, NoiseError> {
        let k = u64::from(self.survey.min_group);
        let n = self.overall.responses;
        let grouped = !self.by.is_empty();
        let tables = self.survey.questions.len() + usize::from(grouped);
        let share = split(epsilon, tables)?;
        let groups: Vec<&Group> = if grouped {
            self.groups.iter().collect()
        } else {
            vec![&self.overall]
        };
        let whole_suppressed = n < k;
        let shown = |count: u64| (!whole_suppressed && !(1..k).contains(&count)).then_some(count);
        let size_noise = DiscreteLaplace::for_epsilon(share, 1)?;
        let sizes: Vec<u64> = if grouped {
            groups
                .iter()
                .map(|g| size_noise.noisy_count(g.responses, rng))
                .collect()
        } else {
            Vec::new()
        };
        let noise = Noise {
            mechanism: MECHANISM.to_string(),
            epsilon: share * tables as f64,
            tables,
        };
        let mut report = self.report_shell(survey_id, whole_suppressed, Some(noise));
        let mut group_reports: Vec<GroupReport> = Vec::new();
        if grouped {
            for (g, &size) in sizes.iter().enumerate() {
                let skipped = self.group_values(g).iter().any(|v| v.option.is_none());
                if !(skipped && size == 0) {
                    group_reports.push(self.group_report(g, shown(size)));
                }
            }
        }
        for (qi, question) in self.survey.questions.iter().enumerate() {
            let table = self.noisy_table(qi, &groups, share, rng)?;
            let error = table.noise.expected_abs_error();
            let overall: Vec<u64> = (0..table.cells.first().map_or(0, Vec::len))
                .map(|c| table.cells.iter().map(|row| row[c]).sum())
                .collect();
            // A sum of g independent noises: its spread grows with sqrt(g).
            let overall_error = error * (groups.len() as f64).sqrt();
            let mut q = noisy_question(question, &overall, &shown, overall_error);
            if whole_suppressed {
                q.expected_error = None;
            }
            report.questions.push(q);
            if grouped {
                let mut row = 0;
                for (g, &size) in sizes.iter().enumerate() {
                    let skipped = self.group_values(g).iter().any(|v| v.option.is_none());
                    if skipped && size == 0 {
                        continue;
                    }
                    let group = &mut group_reports[row];
                    row += 1;
                    let mut gq = noisy_question(question, &table.cells[g], &shown, error);
                    if group.suppressed {
                        gq = hidden_question(gq);
                    }
                    group.questions.push(gq);
                }
            }
        }
        if grouped {
            report.groups = Some(group_reports);
        }
        Ok(report)
    }

    fn noisy_table<R: RngCore + CryptoRng>(
        &self,
        qi: usize,
        groups: &[&Group],
        share: f64,
        rng: &mut R,
    ) -> Result<NoisyTable, NoiseError> {
        let question = &self.survey.questions[qi];
        let (sensitivity, per_value) = match &question.kind {
            QuestionKind::Multi { options } => {
                (u32::try_from(options.len() + 1).unwrap_or(u32::MAX), false)
            }
            QuestionKind::Text => (1, false),
            _ => (1, true),
        };
        let noise = DiscreteLaplace::for_epsilon(share, sensitivity)?;
        let cells = groups
            .iter()
            .map(|g| {
                let counts: &Counts = &g.questions[qi];
                let mut row: Vec<u64> = counts
                    .values
                    .iter()
                    .map(|&v| noise.noisy_count(v, rng))
                    .collect();
                let answered = if per_value {
                    row.iter().sum()
                } else {
                    noise.noisy_count(counts.answered, rng)
                };
                row.push(answered);
                row.push(noise.noisy_count(g.responses - counts.answered, rng));
                row
            })
            .collect();
        Ok(NoisyTable { cells, noise })
    }
}

/// One question from noisy columns (values, answered, no answer).
fn noisy_question(
    question: &crate::survey::Question,
    columns: &[u64],
    shown: &dyn Fn(u64) -> Option<u64>,
    error: f64,
) -> QuestionReport {
    let values = &columns[..columns.len().saturating_sub(2)];
    let answered = columns
        .get(columns.len().saturating_sub(2))
        .copied()
        .unwrap_or(0);
    let options: Vec<OptionCount> = value_names(question)
        .into_iter()
        .zip(values)
        .map(|((value, label), &count)| OptionCount {
            value,
            label,
            count: shown(count),
            suppressed: shown(count).is_none(),
        })
        .collect();
    let complete = options.iter().all(|o| o.count.is_some());
    let total: u64 = values.iter().sum();
    let (mean, median) = match (&question.kind, complete && total > 0) {
        (QuestionKind::Likert, true) => super::stats(values, 1, total),
        (QuestionKind::Scale { min, .. }, true) => super::stats(values, *min, total),
        _ => (None, None),
    };
    QuestionReport {
        id: question.id.clone(),
        kind: question.kind.name().to_string(),
        prompt: question.prompt.clone(),
        answered: shown(answered),
        options,
        mean,
        median,
        comments: None,
        comments_withheld: false,
        expected_error: Some((error * 100.0).round() / 100.0),
    }
}

fn hidden_question(mut q: QuestionReport) -> QuestionReport {
    q.answered = None;
    q.mean = None;
    q.median = None;
    for o in &mut q.options {
        o.count = None;
        o.suppressed = true;
    }
    q
}
