//! Counting opened answers and turning the counts into a report that
//! obeys the campaign's disclosure threshold.
//!
//! [`Tally`] holds counts only (never a response), so opening a million
//! sealed responses streams through it in constant memory. [`Tally::report`]
//! applies [`crate::suppression`] to every table behind the report:
//!
//! * group sizes (with a breakdown), protected once and then locked in every
//!   other table, so no question can reveal a hidden group;
//! * per question, groups by values *plus a "no answer" column*, so that
//!   `responses - answered` is itself a protected cell;
//! * per multi-choice option, {picked, not picked} by group, since "all but
//!   two" singles people out as well as "two".
//!
//! Means and medians are shown only for rows with nothing hidden, since a
//! mean is one more equation on hidden cells.

use serde::{Deserialize, Serialize};

use crate::suppression::{Mask, Table};
use crate::survey::{Answer, Answers, Question, QuestionKind, Survey, LIKERT_LABELS};

#[derive(Clone, Debug, Default)]
struct Counts {
    answered: u64,
    values: Vec<u64>,
}

#[derive(Clone, Debug)]
struct Group {
    responses: u64,
    questions: Vec<Counts>,
}

/// Running counts for one survey, optionally split by a breakdown question.
pub struct Tally {
    survey: Survey,
    by: Option<usize>,
    overall: Group,
    /// One per breakdown option, then one for "no answer".
    groups: Vec<Group>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TallyError {
    #[error("`{0}` is not a question of this survey")]
    UnknownQuestion(String),
    #[error(
        "`{0}` cannot split a tally: only single-choice questions marked `breakdown = true` can"
    )]
    NotABreakdown(String),
}

/// Published report: counts only, with suppressed cells as `null`.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Report {
    pub survey: String,
    pub title: String,
    pub responses: u64,
    pub min_group: u32,
    /// True when the whole survey has fewer than `min_group` responses.
    pub suppressed: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    pub questions: Vec<QuestionReport>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<GroupReport>>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct QuestionReport {
    pub id: String,
    pub kind: String,
    pub prompt: String,
    pub answered: Option<u64>,
    pub options: Vec<OptionCount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mean: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median: Option<f64>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct OptionCount {
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub count: Option<u64>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suppressed: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct GroupReport {
    pub value: String,
    pub responses: Option<u64>,
    pub suppressed: bool,
    pub questions: Vec<QuestionReport>,
}

/// Label used for respondents who skipped an optional breakdown question.
pub const NO_ANSWER: &str = "(no answer)";

fn value_count(kind: &QuestionKind) -> usize {
    match kind {
        QuestionKind::Single { options, .. } | QuestionKind::Multi { options } => options.len(),
        QuestionKind::Likert => 5,
        QuestionKind::Scale { min, max } => usize::try_from(max - min + 1).unwrap_or(0),
        QuestionKind::Text => 0,
    }
}

/// The published value names of a question, with labels where they help.
fn value_names(question: &Question) -> Vec<(String, Option<String>)> {
    match &question.kind {
        QuestionKind::Single { options, .. } | QuestionKind::Multi { options } => {
            options.iter().map(|o| (o.clone(), None)).collect()
        }
        QuestionKind::Likert => (1..=5)
            .zip(LIKERT_LABELS)
            .map(|(n, l)| (n.to_string(), Some(l.to_string())))
            .collect(),
        QuestionKind::Scale { min, max } => (*min..=*max).map(|n| (n.to_string(), None)).collect(),
        QuestionKind::Text => Vec::new(),
    }
}

impl Group {
    fn new(survey: &Survey) -> Self {
        Self {
            responses: 0,
            questions: survey
                .questions
                .iter()
                .map(|q| Counts {
                    answered: 0,
                    values: vec![0; value_count(&q.kind)],
                })
                .collect(),
        }
    }

    fn add(&mut self, survey: &Survey, answers: &Answers) {
        self.responses += 1;
        for (question, counts) in survey.questions.iter().zip(self.questions.iter_mut()) {
            let Some(answer) = answers.0.get(&question.id) else {
                continue;
            };
            let slots: Vec<usize> = match (&question.kind, answer) {
                (QuestionKind::Single { .. }, Answer::Number(i)) => vec![*i as usize],
                (QuestionKind::Multi { .. }, Answer::Choices(list)) => {
                    list.iter().map(|&i| usize::from(i)).collect()
                }
                (QuestionKind::Likert, Answer::Number(n)) => vec![(*n - 1) as usize],
                (QuestionKind::Scale { min, .. }, Answer::Number(n)) => vec![(*n - *min) as usize],
                (QuestionKind::Text, Answer::Text(_)) => vec![],
                _ => continue,
            };
            if slots.iter().any(|&s| s >= counts.values.len()) {
                continue;
            }
            counts.answered += 1;
            for slot in slots {
                counts.values[slot] += 1;
            }
        }
    }
}

impl Tally {
    pub fn new(survey: &Survey, by: Option<&str>) -> Result<Self, TallyError> {
        let by = match by {
            None => None,
            Some(id) => {
                let index = survey
                    .questions
                    .iter()
                    .position(|q| q.id == id)
                    .ok_or_else(|| TallyError::UnknownQuestion(id.to_string()))?;
                match &survey.questions[index].kind {
                    QuestionKind::Single {
                        breakdown: true, ..
                    } => Some(index),
                    _ => return Err(TallyError::NotABreakdown(id.to_string())),
                }
            }
        };
        let group_count = by.map_or(0, |i| value_count(&survey.questions[i].kind) + 1);
        Ok(Self {
            overall: Group::new(survey),
            groups: vec![Group::new(survey); group_count],
            survey: survey.clone(),
            by,
        })
    }

    /// Count one respondent's answers. Answers that do not fit the survey
    /// (which validation on arrival prevents) are skipped per question.
    pub fn add(&mut self, answers: &Answers) {
        self.overall.add(&self.survey, answers);
        if let Some(index) = self.by {
            let question = &self.survey.questions[index];
            let group = match answers.0.get(&question.id) {
                Some(Answer::Number(i)) if (*i as usize) < self.groups.len() - 1 => *i as usize,
                _ => self.groups.len() - 1,
            };
            self.groups[group].add(&self.survey, answers);
        }
    }

    pub fn responses(&self) -> u64 {
        self.overall.responses
    }

    /// The report, with every disclosure rule applied.
    pub fn report(&self, survey_id: &str) -> Report {
        let k = u64::from(self.survey.min_group);
        let n = self.overall.responses;
        let whole_suppressed = n < k;
        let by = self.by;
        // The rows of every table: the whole survey, or one per group.
        let groups: Vec<usize> = match by {
            None => Vec::new(),
            Some(_) => {
                let no_answer = self.groups.len() - 1;
                (0..self.groups.len())
                    .filter(|&g| g != no_answer || self.groups[g].responses > 0)
                    .collect()
            }
        };
        let rows: Vec<&Group> = match by {
            None => vec![&self.overall],
            Some(_) => groups.iter().map(|&g| &self.groups[g]).collect(),
        };
        let row_hidden = if whole_suppressed {
            vec![true; rows.len()]
        } else {
            self.group_size_mask(&rows, k)
        };
        let mut report = Report {
            survey: survey_id.to_string(),
            title: self.survey.title.clone(),
            responses: n,
            min_group: self.survey.min_group,
            suppressed: whole_suppressed,
            by: by.map(|i| self.survey.questions[i].id.clone()),
            questions: Vec::new(),
            groups: None,
        };
        let mut group_reports: Vec<GroupReport> = groups
            .iter()
            .zip(&row_hidden)
            .map(|(&g, &hidden)| GroupReport {
                value: by.map(|b| self.group_label(b, g)).unwrap_or_default(),
                responses: (!hidden).then_some(self.groups[g].responses),
                suppressed: hidden,
                questions: Vec::new(),
            })
            .collect();
        for (qi, question) in self.survey.questions.iter().enumerate() {
            let published = protect_question(question, qi, &rows, &row_hidden, &self.overall, k);
            let overall = match by {
                None => &published.rows[0],
                Some(_) => &published.overall,
            };
            report.questions.push(question_report(
                question,
                &self.overall.questions[qi],
                overall,
            ));
            for (row, group) in group_reports.iter_mut().enumerate() {
                group.questions.push(question_report(
                    question,
                    &rows[row].questions[qi],
                    &published.rows[row],
                ));
            }
        }
        if by.is_some() {
            report.groups = Some(group_reports);
        }
        report
    }

    /// Which groups may be shown at all: their sizes form one line whose
    /// total (all responses) is published.
    fn group_size_mask(&self, rows: &[&Group], k: u64) -> Vec<bool> {
        if rows.len() == 1 {
            return vec![false];
        }
        let sizes: Vec<u64> = rows.iter().map(|g| g.responses).collect();
        let table = Table {
            rows: 1,
            cols: sizes.len(),
            col_totals: sizes.clone(),
            cells: sizes,
            row_totals: vec![self.overall.responses],
            grand: self.overall.responses,
            rows_additive: true,
            cols_additive: false,
        };
        let mut locked = table.clear_mask();
        locked.row_totals[0] = true;
        locked.grand = true;
        table.protect(k, &table.clear_mask(), &locked).cells
    }

    fn group_label(&self, by: usize, group: usize) -> String {
        match &self.survey.questions[by].kind {
            QuestionKind::Single { options, .. } => options
                .get(group)
                .cloned()
                .unwrap_or_else(|| NO_ANSWER.to_string()),
            _ => NO_ANSWER.to_string(),
        }
    }
}

/// What may be shown of one question in one row (group, or the whole).
#[derive(Clone, Debug, Default)]
struct Shown {
    /// Per published value (option, Likert point, scale step).
    options: Vec<bool>,
    answered: bool,
    /// Nothing in the row is hidden, so a mean and median are safe.
    complete: bool,
}

struct QuestionMasks {
    rows: Vec<Shown>,
    overall: Shown,
}

/// Protect one question across all rows.
///
/// Every row of the base table adds up to its group's size: the value
/// columns (or, for multi-choice and text, an "answered" column) plus a
/// "no answer" column. Group sizes and the grand total are locked: they
/// were decided once, for all questions. Multi-choice then gets one more
/// table per option, {picked, not picked} adding up to "answered", since
/// "all but two people picked this" is as telling as "two people did".
fn protect_question(
    question: &Question,
    qi: usize,
    rows: &[&Group],
    row_hidden: &[bool],
    overall: &Group,
    k: u64,
) -> QuestionMasks {
    let per_value = matches!(
        question.kind,
        QuestionKind::Single { .. } | QuestionKind::Likert | QuestionKind::Scale { .. }
    );
    let columns = |g: &Group| -> Vec<u64> {
        let counts = &g.questions[qi];
        let mut cells = if per_value {
            counts.values.clone()
        } else {
            vec![counts.answered]
        };
        cells.push(g.responses - counts.answered);
        cells
    };
    let base = cross_table(
        rows.iter().map(|g| columns(g)).collect(),
        columns(overall),
        overall.responses,
    );
    let mask = base.protect(
        k,
        &start_mask(&base, row_hidden, row_hidden, false),
        &locked_totals(&base),
    );
    let cols = base.cols;
    let no_answer_col = cols - 1;
    // Per value: answered = size - no answer. Otherwise column 0 is "answered".
    let answered_col = if per_value { no_answer_col } else { 0 };
    let row_shown = |r: usize| -> Shown {
        let cells = &mask.cells[r * cols..(r + 1) * cols];
        let answered = !cells[answered_col];
        Shown {
            options: if per_value {
                cells[..cols - 1].iter().map(|h| !h).collect()
            } else {
                Vec::new()
            },
            answered,
            complete: cells.iter().all(|h| !h) && !mask.row_totals[r],
        }
    };
    let mut rows_shown: Vec<Shown> = (0..rows.len()).map(row_shown).collect();
    let mut overall_shown = Shown {
        options: if per_value {
            mask.col_totals[..cols - 1].iter().map(|h| !h).collect()
        } else {
            Vec::new()
        },
        answered: !mask.col_totals[answered_col],
        complete: mask.col_totals.iter().all(|h| !h),
    };
    if let QuestionKind::Multi { options } = &question.kind {
        // "answered" is column 0 of the base table: its state is locked here.
        let answered_hidden: Vec<bool> = (0..rows.len()).map(|r| mask.cells[r * cols]).collect();
        let overall_answered_hidden = if rows.len() == 1 {
            answered_hidden[0]
        } else {
            mask.col_totals[0]
        };
        for o in 0..options.len() {
            let split = |g: &Group| {
                let picked = g.questions[qi].values[o];
                vec![picked, g.questions[qi].answered - picked]
            };
            let table = cross_table(
                rows.iter().map(|g| split(g)).collect(),
                split(overall),
                overall.questions[qi].answered,
            );
            let start = start_mask(
                &table,
                row_hidden,
                &answered_hidden,
                overall_answered_hidden,
            );
            let option_mask = table.protect(k, &start, &locked_totals(&table));
            for (r, shown) in rows_shown.iter_mut().enumerate() {
                shown.options.push(!option_mask.cells[r * 2]);
            }
            let overall_hidden = if rows.len() == 1 {
                option_mask.cells[0]
            } else {
                option_mask.col_totals[0]
            };
            overall_shown.options.push(!overall_hidden);
        }
    }
    QuestionMasks {
        rows: rows_shown,
        overall: overall_shown,
    }
}

/// A table from per-row cells, with the overall row as column totals.
/// A table whose rows add up, with the overall row as column totals. With
/// one row the column totals repeat the cells and are not a separate line.
fn cross_table(rows: Vec<Vec<u64>>, overall: Vec<u64>, grand: u64) -> Table {
    let row_totals = rows.iter().map(|r| r.iter().sum()).collect();
    Table {
        rows: rows.len(),
        cols: overall.len(),
        cols_additive: rows.len() > 1,
        cells: rows.into_iter().flatten().collect(),
        row_totals,
        col_totals: overall,
        grand,
        rows_additive: true,
    }
}

/// Row totals and the grand total were decided by another table.
fn locked_totals(table: &Table) -> Mask {
    let mut locked = table.clear_mask();
    locked.row_totals.iter_mut().for_each(|l| *l = true);
    locked.grand = true;
    locked
}

/// The starting point: every cell of a hidden group hidden, and the locked
/// totals in the state their own table gave them.
fn start_mask(
    table: &Table,
    group_hidden: &[bool],
    totals_hidden: &[bool],
    grand_hidden: bool,
) -> Mask {
    let mut extra = table.clear_mask();
    for (r, &hidden) in group_hidden.iter().enumerate() {
        if hidden {
            for c in 0..table.cols {
                extra.cells[r * table.cols + c] = true;
            }
        }
    }
    extra.row_totals.copy_from_slice(totals_hidden);
    extra.grand = grand_hidden;
    extra
}

/// One question's published view.
fn question_report(question: &Question, counts: &Counts, shown: &Shown) -> QuestionReport {
    let options: Vec<OptionCount> = value_names(question)
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let visible = shown.options.get(i).copied().unwrap_or(false);
            OptionCount {
                value,
                label,
                count: visible.then(|| counts.values[i]),
                suppressed: !visible,
            }
        })
        .collect();
    let (mean, median) = match (&question.kind, shown.complete && counts.answered > 0) {
        (QuestionKind::Likert, true) => stats(&counts.values, 1, counts.answered),
        (QuestionKind::Scale { min, .. }, true) => stats(&counts.values, *min, counts.answered),
        _ => (None, None),
    };
    QuestionReport {
        id: question.id.clone(),
        kind: question.kind.name().to_string(),
        prompt: question.prompt.clone(),
        answered: shown.answered.then_some(counts.answered),
        options,
        mean,
        median,
    }
}

/// Mean and median of a histogram whose first bucket holds value `first`.
fn stats(histogram: &[u64], first: i64, n: u64) -> (Option<f64>, Option<f64>) {
    let sum: f64 = histogram
        .iter()
        .enumerate()
        .map(|(i, &c)| (first + i as i64) as f64 * c as f64)
        .sum();
    let nth = |rank: u64| -> f64 {
        let mut seen = 0;
        for (i, &c) in histogram.iter().enumerate() {
            seen += c;
            if seen > rank {
                return (first + i as i64) as f64;
            }
        }
        (first + histogram.len() as i64 - 1) as f64
    };
    let median = if n % 2 == 1 {
        nth(n / 2)
    } else {
        (nth(n / 2 - 1) + nth(n / 2)) / 2.0
    };
    let mean = (sum / n as f64 * 100.0).round() / 100.0;
    (Some(mean), Some(median))
}

#[cfg(test)]
mod tests;
