//! Counting opened answers and turning the counts into a report that
//! obeys the campaign's disclosure threshold.
//!
//! [`Tally`] holds counts only (never a response), so opening a million
//! sealed responses streams through it in constant memory; the one
//! exception is free text, kept per question (never per person) and only
//! when asked for. [`Tally::report`] applies [`crate::suppression`] to every
//! table behind the report (see [`protect`]):
//!
//! * group sizes (with a breakdown by one or two questions, one group per
//!   combination of their answers), protected once and then locked in every
//!   other table, so no question can reveal a hidden group;
//! * per question, groups by values *plus a "no answer" column*, so that
//!   `responses - answered` is itself a protected cell;
//! * per multi-choice option, {picked, not picked} by group, since "all but
//!   two" singles people out as well as "two".
//!
//! Means and medians are shown only for rows with nothing hidden, since a
//! mean is one more equation on hidden cells.

mod merge;
mod noisy;
mod protect;

use std::collections::BTreeSet;

use rand::seq::SliceRandom;
use rand::RngCore;

use crate::report::Noise;
pub use crate::report::{
    Comment, GroupReport, GroupValue, OptionCount, QuestionReport, Report, MIN_TEXT_ANSWERS,
    NO_ANSWER,
};
use crate::survey::{Answer, Answers, Question, QuestionKind, Survey, LIKERT_LABELS};
pub use noisy::MECHANISM;
use protect::{group_size_mask, protect_question, Shown};

/// At most this many breakdown questions: every extra one multiplies the
/// groups and shrinks them below any useful threshold.
pub const MAX_BREAKDOWNS: usize = 2;

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

/// Running counts for one survey, optionally split by breakdown questions.
pub struct Tally {
    survey: Survey,
    /// Indices of the breakdown questions.
    by: Vec<usize>,
    overall: Group,
    /// One per combination of breakdown answers (each question's options,
    /// then "no answer"), first breakdown most significant.
    groups: Vec<Group>,
    /// Free-text answers per question index, when collected.
    texts: Option<Vec<Vec<String>>>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TallyError {
    #[error("`{0}` is not a question of this survey")]
    UnknownQuestion(String),
    #[error(
        "`{0}` cannot split a tally: only single-choice questions marked `breakdown = true` can"
    )]
    NotABreakdown(String),
    #[error("`{0}` is given twice as a breakdown")]
    RepeatedBreakdown(String),
    #[error("at most {MAX_BREAKDOWNS} breakdown questions at once: more make every group too small to show")]
    TooManyBreakdowns,
    #[error("cannot merge these tallies: {0}")]
    CannotMerge(&'static str),
}

pub(crate) fn value_count(kind: &QuestionKind) -> usize {
    match kind {
        QuestionKind::Single { options, .. } | QuestionKind::Multi { options } => options.len(),
        QuestionKind::Likert => 5,
        QuestionKind::Scale { min, max } => usize::try_from(max - min + 1).unwrap_or(0),
        QuestionKind::Text => 0,
    }
}

/// The published value names of a question, with labels where they help.
pub(crate) fn value_names(question: &Question) -> Vec<(String, Option<String>)> {
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
            // Opened answers are counted as they are: a number far out of
            // range must be skipped like any other misfit, not overflow.
            let slot = |n: i64, first: i64| {
                n.checked_sub(first)
                    .and_then(|s| usize::try_from(s).ok())
                    .map(|s| vec![s])
            };
            let slots: Option<Vec<usize>> = match (&question.kind, answer) {
                (QuestionKind::Single { .. }, Answer::Number(i)) => slot(*i, 0),
                (QuestionKind::Multi { .. }, Answer::Choices(list)) => {
                    // An option named twice would count one person twice.
                    let picked: BTreeSet<usize> = list.iter().map(|&i| usize::from(i)).collect();
                    (picked.len() == list.len()).then(|| picked.into_iter().collect())
                }
                (QuestionKind::Likert, Answer::Number(n)) => slot(*n, 1),
                (QuestionKind::Scale { min, .. }, Answer::Number(n)) => slot(*n, *min),
                (QuestionKind::Text, Answer::Text(_)) => Some(vec![]),
                _ => continue,
            };
            let Some(slots) = slots else {
                continue;
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
    pub fn new(survey: &Survey, by: &[&str]) -> Result<Self, TallyError> {
        if by.len() > MAX_BREAKDOWNS {
            return Err(TallyError::TooManyBreakdowns);
        }
        let mut indices = Vec::with_capacity(by.len());
        for id in by {
            let index = survey
                .questions
                .iter()
                .position(|q| q.id == *id)
                .ok_or_else(|| TallyError::UnknownQuestion(id.to_string()))?;
            if !matches!(
                survey.questions[index].kind,
                QuestionKind::Single {
                    breakdown: true,
                    ..
                }
            ) {
                return Err(TallyError::NotABreakdown(id.to_string()));
            }
            if indices.contains(&index) {
                return Err(TallyError::RepeatedBreakdown(id.to_string()));
            }
            indices.push(index);
        }
        let group_count = if indices.is_empty() {
            0
        } else {
            indices
                .iter()
                .map(|&i| value_count(&survey.questions[i].kind) + 1)
                .product()
        };
        Ok(Self {
            overall: Group::new(survey),
            groups: vec![Group::new(survey); group_count],
            survey: survey.clone(),
            by: indices,
            texts: None,
        })
    }

    /// Also keep free-text answers, for [`Tally::report`] to publish where
    /// enough people answered.
    pub fn with_text(mut self) -> Self {
        self.texts = Some(vec![Vec::new(); self.survey.questions.len()]);
        self
    }

    /// How many options (plus "no answer") breakdown `b` has.
    fn radix(&self, b: usize) -> usize {
        value_count(&self.survey.questions[self.by[b]].kind) + 1
    }

    /// The breakdown answers of group `g`: per breakdown, an option index,
    /// or the radix minus one for "no answer".
    fn digits(&self, mut g: usize) -> Vec<usize> {
        let mut digits = vec![0; self.by.len()];
        for b in (0..self.by.len()).rev() {
            digits[b] = g % self.radix(b);
            g /= self.radix(b);
        }
        digits
    }

    /// Count one respondent's answers. Answers that do not fit the survey
    /// (which validation on arrival prevents) are skipped per question.
    pub fn add(&mut self, answers: &Answers) {
        self.overall.add(&self.survey, answers);
        if !self.by.is_empty() {
            let mut group = 0;
            for b in 0..self.by.len() {
                let radix = self.radix(b);
                let question = &self.survey.questions[self.by[b]];
                let digit = match answers.0.get(&question.id) {
                    Some(Answer::Number(i)) if (*i as usize) < radix - 1 => *i as usize,
                    _ => radix - 1,
                };
                group = group * radix + digit;
            }
            self.groups[group].add(&self.survey, answers);
        }
        if let Some(texts) = &mut self.texts {
            for (question, kept) in self.survey.questions.iter().zip(texts.iter_mut()) {
                if let (QuestionKind::Text, Some(Answer::Text(text))) =
                    (&question.kind, answers.0.get(&question.id))
                {
                    kept.push(text.clone());
                }
            }
        }
    }

    pub fn responses(&self) -> u64 {
        self.overall.responses
    }

    /// The report, with every disclosure rule applied. Comments, if kept,
    /// are in a fixed order; see [`shuffle_comments`].
    pub fn report(&self, survey_id: &str) -> Report {
        let k = u64::from(self.survey.min_group);
        let n = self.overall.responses;
        let whole_suppressed = n < k;
        // The rows of every table: the whole survey, or one per group. A
        // group with a "no answer" part is listed only if someone is in it.
        let listed: Vec<bool> = (0..self.groups.len())
            .map(|g| {
                let skipped = self
                    .digits(g)
                    .iter()
                    .enumerate()
                    .any(|(b, &d)| d == self.radix(b) - 1);
                // When everything is hidden, even leaving out an empty
                // group would say something.
                !skipped || self.groups[g].responses > 0 || whole_suppressed
            })
            .collect();
        let groups: Vec<usize> = (0..self.groups.len()).filter(|&g| listed[g]).collect();
        let rows: Vec<&Group> = if self.by.is_empty() {
            vec![&self.overall]
        } else {
            groups.iter().map(|&g| &self.groups[g]).collect()
        };
        let sizes = if self.by.is_empty() || whole_suppressed {
            None
        } else {
            let all: Vec<u64> = self.groups.iter().map(|g| g.responses).collect();
            let radices: Vec<usize> = (0..self.by.len()).map(|b| self.radix(b)).collect();
            Some(group_size_mask(&all, &radices, &listed, n, k))
        };
        let row_hidden: Vec<bool> = match &sizes {
            None if self.by.is_empty() => vec![whole_suppressed],
            None => vec![true; rows.len()],
            Some(mask) => groups.iter().map(|&g| mask.groups[g]).collect(),
        };
        let mut report = self.report_shell(survey_id, whole_suppressed, None);
        let mut group_reports: Vec<GroupReport> = groups
            .iter()
            .zip(&row_hidden)
            .map(|(&g, &hidden)| {
                self.group_report(g, (!hidden).then_some(self.groups[g].responses))
            })
            .collect();
        for (qi, question) in self.survey.questions.iter().enumerate() {
            if let Some(b) = self.by.iter().position(|&i| i == qi) {
                // A breakdown question's counts are group sizes, protected
                // once above; its own table would only repeat them.
                let margins = sizes.as_ref().map(|m| m.margins[b].as_slice());
                report
                    .questions
                    .push(self.breakdown_overall(qi, b, margins.unwrap_or(&[])));
                for (row, group) in group_reports.iter_mut().enumerate() {
                    group.questions.push(self.breakdown_in_group(
                        qi,
                        b,
                        groups[row],
                        row_hidden[row],
                    ));
                }
                continue;
            }
            let published = protect_question(question, qi, &rows, &row_hidden, &self.overall, k);
            let overall = if self.by.is_empty() {
                &published.rows[0]
            } else {
                &published.overall
            };
            let mut overall_report =
                question_report(question, &self.overall.questions[qi], overall);
            self.attach_comments(qi, &mut overall_report, k);
            report.questions.push(overall_report);
            for (row, group) in group_reports.iter_mut().enumerate() {
                group.questions.push(question_report(
                    question,
                    &rows[row].questions[qi],
                    &published.rows[row],
                ));
            }
        }
        if !self.by.is_empty() {
            report.groups = Some(group_reports);
        }
        report
    }

    /// A breakdown question overall: its counts are the margins of the
    /// group sizes (hidden everywhere if `margins` is empty: too few
    /// responses in all).
    fn breakdown_overall(&self, qi: usize, b: usize, margins: &[bool]) -> QuestionReport {
        let question = &self.survey.questions[qi];
        let counts = &self.overall.questions[qi];
        let no_answer = self.radix(b) - 1;
        let hidden = |d: usize| margins.get(d).copied().unwrap_or(true);
        let shown = Shown {
            options: (0..no_answer).map(|d| !hidden(d)).collect(),
            answered: !hidden(no_answer),
            complete: false,
        };
        question_report(question, counts, &shown)
    }

    /// A breakdown question inside one of its own groups: everyone there
    /// gave the group's answer, so it shows the group size or nothing.
    fn breakdown_in_group(&self, qi: usize, b: usize, g: usize, hidden: bool) -> QuestionReport {
        let question = &self.survey.questions[qi];
        let counts = &self.groups[g].questions[qi];
        let shown = Shown {
            options: vec![!hidden; self.radix(b) - 1],
            answered: !hidden,
            complete: false,
        };
        question_report(question, counts, &shown)
    }

    /// Comments go with the overall figures only, never with a group, and
    /// only when the number of answers they would reveal is itself shown.
    fn attach_comments(&self, qi: usize, question: &mut QuestionReport, k: u64) {
        let Some(texts) = &self.texts else {
            return;
        };
        if !matches!(self.survey.questions[qi].kind, QuestionKind::Text) {
            return;
        }
        let needed = MIN_TEXT_ANSWERS.max(k);
        match question.answered {
            Some(answered) if answered >= needed => {
                let mut comments: Vec<Comment> = texts[qi]
                    .iter()
                    .map(|t| Comment::new(&question.id, t))
                    .collect();
                comments.sort_by(|a, b| a.id.cmp(&b.id));
                question.comments = Some(comments);
            }
            _ => question.comments_withheld = true,
        }
    }

    /// A report with its headline filled in and no figures yet.
    fn report_shell(&self, survey_id: &str, suppressed: bool, noise: Option<Noise>) -> Report {
        Report {
            survey: survey_id.to_string(),
            title: self.survey.title.clone(),
            responses: self.overall.responses,
            min_group: self.survey.min_group,
            suppressed,
            by: self
                .by
                .iter()
                .map(|&i| self.survey.questions[i].id.clone())
                .collect(),
            questions: Vec::new(),
            groups: None,
            noise,
            redacted: None,
        }
    }

    /// Group `g` with its size (`None`: hidden) and no questions yet.
    fn group_report(&self, g: usize, responses: Option<u64>) -> GroupReport {
        let breakdown = self.group_values(g);
        GroupReport {
            value: breakdown
                .iter()
                .map(|v| v.value.as_str())
                .collect::<Vec<_>>()
                .join(" · "),
            breakdown,
            responses,
            suppressed: responses.is_none(),
            questions: Vec::new(),
        }
    }

    fn group_values(&self, g: usize) -> Vec<GroupValue> {
        self.digits(g)
            .iter()
            .zip(&self.by)
            .map(|(&d, &qi)| {
                let question = &self.survey.questions[qi];
                let option = match &question.kind {
                    QuestionKind::Single { options, .. } => options.get(d),
                    _ => None,
                };
                GroupValue {
                    question: question.id.clone(),
                    value: option.cloned().unwrap_or_else(|| NO_ANSWER.to_string()),
                    option: option.and(u32::try_from(d).ok()),
                }
            })
            .collect()
    }
}

/// Put every question's comments in a fresh random order, so not even the
/// order of a list says anything about who wrote what.
pub fn shuffle_comments<R: RngCore>(report: &mut Report, rng: &mut R) {
    for question in &mut report.questions {
        if let Some(comments) = &mut question.comments {
            comments.shuffle(rng);
        }
    }
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
        comments: None,
        comments_withheld: false,
        expected_error: None,
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
