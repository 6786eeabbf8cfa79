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
use crate::noise::{shown, Budget, DiscreteLaplace, NoiseError, MAX_EPSILON_PER_COUNT};
use crate::report::{GroupReport, Noise, OptionCount, QuestionReport, Report};
use crate::survey::QuestionKind;

pub const MECHANISM: &str = "discrete Laplace (Canonne, Kamath and Steinke 2020)";

/// One table's noisy counts, before clamping: per group (or once,
/// overall), per column. Sums (overall counts) are taken of these, so the
/// clamping at 0 does not pile up into a bias.
struct NoisyTable {
    /// `[group][column]`; columns are the values (or, for multi, the
    /// options), then "answered", then "no answer".
    cells: Vec<Vec<i64>>,
    noise: DiscreteLaplace,
}

fn sum_columns(rows: &[&Vec<i64>]) -> Vec<u64> {
    (0..rows.first().map_or(0, |r| r.len()))
        .map(|c| shown(rows.iter().map(|row| row[c]).sum()))
        .collect()
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
        // Breakdown questions are read from the group sizes, not noised twice.
        let tables = self.survey.questions.len() - self.by.len() + usize::from(grouped);
        let budget = Budget::new(epsilon)?.split(tables)?;
        let share = budget.epsilon();
        // Refused when the noise would hide nothing (see the bound).
        let error = DiscreteLaplace::for_epsilon(share, 1)?.expected_abs_error();
        if share > MAX_EPSILON_PER_COUNT {
            return Err(NoiseError::TooLittleNoise {
                total: epsilon,
                tables,
                share,
                error,
            });
        }
        let whole_suppressed = n < k;
        let visible = |count: u64| (!whole_suppressed && !(1..k).contains(&count)).then_some(count);
        // Groups that validation keeps empty (no answer to a required
        // breakdown question) are known to be 0: not noised, not listed.
        let possible: Vec<usize> = (0..self.groups.len())
            .filter(|&g| {
                !self.digits(g).iter().enumerate().any(|(b, &d)| {
                    d == self.radix(b) - 1 && self.survey.questions[self.by[b]].required
                })
            })
            .collect();
        let size_noise = DiscreteLaplace::for_epsilon(share, 1)?;
        let raw_sizes: Vec<i64> = possible
            .iter()
            .map(|&g| size_noise.noisy_raw(self.groups[g].responses, rng))
            .collect();
        let noise = Noise {
            mechanism: MECHANISM.to_string(),
            epsilon: (budget.epsilon() * tables as f64 * 1000.0).round() / 1000.0,
            tables,
        };
        let mut report = self.report_shell(survey_id, whole_suppressed, Some(noise));
        // Listed groups: index into `possible`.
        let listed: Vec<usize> = (0..possible.len())
            .filter(|&i| {
                let skipped = self
                    .group_values(possible[i])
                    .iter()
                    .any(|v| v.option.is_none());
                !skipped || shown(raw_sizes[i]) > 0
            })
            .collect();
        let mut group_reports: Vec<GroupReport> = listed
            .iter()
            .map(|&i| self.group_report(possible[i], visible(shown(raw_sizes[i]))))
            .collect();
        let groups: Vec<&Group> = if grouped {
            possible.iter().map(|&g| &self.groups[g]).collect()
        } else {
            vec![&self.overall]
        };
        for (qi, question) in self.survey.questions.iter().enumerate() {
            if let Some(b) = self.by.iter().position(|&i| i == qi) {
                let radix = self.radix(b);
                let digit_of = |i: usize| self.digits(possible[i])[b];
                // Each answer's count is a sum of noisy group sizes.
                let mut raw = vec![0i64; radix];
                let mut terms = vec![0usize; radix];
                for (i, &size) in raw_sizes.iter().enumerate() {
                    raw[digit_of(i)] += size;
                    terms[digit_of(i)] += 1;
                }
                let mut columns: Vec<u64> = raw[..radix - 1].iter().map(|&x| shown(x)).collect();
                columns.push(shown(raw[..radix - 1].iter().sum()));
                columns.push(shown(raw[radix - 1]));
                let terms = terms.into_iter().max().unwrap_or(1);
                let error = size_noise.expected_abs_error() * (terms.max(1) as f64).sqrt();
                report
                    .questions
                    .push(noisy_question(question, &columns, &visible, error));
                for (row, &i) in listed.iter().enumerate() {
                    let size = shown(raw_sizes[i]);
                    let d = digit_of(i);
                    let mut columns = vec![0u64; radix + 1];
                    if d < radix - 1 {
                        columns[d] = size;
                        columns[radix - 1] = size;
                    } else {
                        columns[radix] = size;
                    }
                    let mut gq = noisy_question(
                        question,
                        &columns,
                        &visible,
                        size_noise.expected_abs_error(),
                    );
                    if group_reports[row].suppressed {
                        gq = hidden_question(gq);
                    }
                    group_reports[row].questions.push(gq);
                }
                continue;
            }
            let table = self.noisy_table(qi, &groups, share, rng)?;
            let error = table.noise.expected_abs_error();
            let all: Vec<&Vec<i64>> = table.cells.iter().collect();
            // A sum of g independent noises: its spread grows with sqrt(g).
            let overall_error = error * (groups.len() as f64).sqrt();
            let mut q = noisy_question(question, &sum_columns(&all), &visible, overall_error);
            if whole_suppressed {
                q.expected_error = None;
            }
            report.questions.push(q);
            if grouped {
                for (row, &i) in listed.iter().enumerate() {
                    let cells: Vec<u64> = table.cells[i].iter().map(|&x| shown(x)).collect();
                    let mut gq = noisy_question(question, &cells, &visible, error);
                    if group_reports[row].suppressed {
                        gq = hidden_question(gq);
                    }
                    group_reports[row].questions.push(gq);
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
                let mut row: Vec<i64> = counts
                    .values
                    .iter()
                    .map(|&v| noise.noisy_raw(v, rng))
                    .collect();
                let answered = if per_value {
                    row.iter().sum()
                } else {
                    noise.noisy_raw(counts.answered, rng)
                };
                row.push(answered);
                row.push(noise.noisy_raw(g.responses - counts.answered, rng));
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
    visible: &dyn Fn(u64) -> Option<u64>,
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
            count: visible(count),
            suppressed: visible(count).is_none(),
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
        answered: visible(answered),
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
