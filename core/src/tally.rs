//! Counting opened answers and turning the counts into a report that
//! obeys the campaign's disclosure threshold.
//!
//! [`Tally`] holds counts only (never a response), so opening a million
//! sealed responses streams through it in constant memory. [`Tally::report`]
//! applies [`crate::suppression`] to every table it publishes: each
//! question's distribution, and with a breakdown the groups-by-options
//! cross-tab with its margins. Means and medians are shown only for rows
//! with nothing hidden, since a mean is one more equation on hidden cells.

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
        let whole_suppressed = self.overall.responses < k;
        let mut report = Report {
            survey: survey_id.to_string(),
            title: self.survey.title.clone(),
            responses: self.overall.responses,
            min_group: self.survey.min_group,
            suppressed: whole_suppressed,
            by: self.by.map(|i| self.survey.questions[i].id.clone()),
            questions: Vec::new(),
            groups: None,
        };
        let Some(by) = self.by else {
            report.questions = self
                .survey
                .questions
                .iter()
                .zip(&self.overall.questions)
                .map(|(q, counts)| {
                    if whole_suppressed {
                        return question_report(q, counts, None, None);
                    }
                    let table = one_row_table(q, counts);
                    let mask = table.protect(k, &table.clear_mask());
                    question_report(q, counts, Some(&mask.cells), Some(mask.row_totals[0]))
                })
                .collect();
            return report;
        };
        // Which groups may be shown at all: the group sizes form one line
        // whose total (all responses) is published.
        let mut groups: Vec<usize> = (0..self.groups.len()).collect();
        let no_answer = self.groups.len() - 1;
        if self.groups[no_answer].responses == 0 {
            groups.pop();
        }
        let sizes: Vec<u64> = groups.iter().map(|&g| self.groups[g].responses).collect();
        let size_table = Table {
            rows: 1,
            cols: sizes.len(),
            col_totals: sizes.clone(),
            cells: sizes,
            row_totals: vec![self.overall.responses],
            grand: self.overall.responses,
            rows_additive: true,
            cols_additive: false,
        };
        let size_mask = if whole_suppressed {
            Mask {
                cells: vec![true; groups.len()],
                ..size_table.clear_mask()
            }
        } else {
            size_table.protect(k, &size_table.clear_mask())
        };
        let mut group_reports: Vec<GroupReport> = groups
            .iter()
            .enumerate()
            .map(|(row, &g)| GroupReport {
                value: self.group_label(by, g),
                responses: (!size_mask.cells[row]).then_some(self.groups[g].responses),
                suppressed: size_mask.cells[row],
                questions: Vec::new(),
            })
            .collect();
        for (qi, question) in self.survey.questions.iter().enumerate() {
            let table = self.cross_table(qi, question, &groups);
            let mut extra = table.clear_mask();
            for (row, hidden) in size_mask.cells.iter().enumerate() {
                if *hidden || whole_suppressed {
                    extra.row_totals[row] = true;
                    for c in 0..table.cols {
                        extra.cells[row * table.cols + c] = true;
                    }
                }
            }
            if whole_suppressed {
                extra.col_totals.iter_mut().for_each(|h| *h = true);
                extra.grand = true;
            }
            let mask = table.protect(k, &extra);
            report.questions.push(question_report(
                question,
                &self.overall.questions[qi],
                Some(&mask.col_totals),
                Some(mask.grand),
            ));
            for (row, &g) in groups.iter().enumerate() {
                let cells = &mask.cells[row * table.cols..(row + 1) * table.cols];
                group_reports[row].questions.push(question_report(
                    question,
                    &self.groups[g].questions[qi],
                    Some(cells),
                    Some(mask.row_totals[row]),
                ));
            }
        }
        report.groups = Some(group_reports);
        report
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

    fn cross_table(&self, qi: usize, question: &Question, groups: &[usize]) -> Table {
        let cols = value_count(&question.kind);
        let overall = &self.overall.questions[qi];
        Table {
            rows: groups.len(),
            cols,
            cells: groups
                .iter()
                .flat_map(|&g| self.groups[g].questions[qi].values.iter().copied())
                .collect(),
            row_totals: groups
                .iter()
                .map(|&g| self.groups[g].questions[qi].answered)
                .collect(),
            col_totals: overall.values.clone(),
            grand: overall.answered,
            rows_additive: !matches!(question.kind, QuestionKind::Multi { .. }),
            cols_additive: true,
        }
    }
}

fn one_row_table(question: &Question, counts: &Counts) -> Table {
    Table {
        rows: 1,
        cols: counts.values.len(),
        cells: counts.values.clone(),
        row_totals: vec![counts.answered],
        col_totals: counts.values.clone(),
        grand: counts.answered,
        rows_additive: !matches!(question.kind, QuestionKind::Multi { .. }),
        cols_additive: false,
    }
}

/// Build one question's published view. `hidden == None` hides everything.
fn question_report(
    question: &Question,
    counts: &Counts,
    hidden: Option<&[bool]>,
    answered_hidden: Option<bool>,
) -> QuestionReport {
    let all_hidden = hidden.is_none();
    let options: Vec<OptionCount> = value_names(question)
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let suppressed = hidden.is_none_or(|h| h.get(i).copied().unwrap_or(true));
            OptionCount {
                value,
                label,
                count: (!suppressed).then(|| counts.values[i]),
                suppressed,
            }
        })
        .collect();
    let answered_hidden = all_hidden || answered_hidden.unwrap_or(true);
    let nothing_hidden = !answered_hidden && options.iter().all(|o| !o.suppressed);
    let (mean, median) = match (&question.kind, nothing_hidden && counts.answered > 0) {
        (QuestionKind::Likert, true) => stats(&counts.values, 1, counts.answered),
        (QuestionKind::Scale { min, .. }, true) => stats(&counts.values, *min, counts.answered),
        _ => (None, None),
    };
    QuestionReport {
        id: question.id.clone(),
        kind: question.kind.name().to_string(),
        prompt: question.prompt.clone(),
        answered: (!answered_hidden).then_some(counts.answered),
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
