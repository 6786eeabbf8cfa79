//! The published shape of a survey's results: what `caucus tally` exports,
//! what the release registry stores and what `/s/{id}/results` shows.
//!
//! A [`Report`] holds aggregates only. A hidden count is `null` (with
//! `suppressed: true`), never a number; free-text comments appear only for
//! a question with enough answers, shuffled, and never inside a group, so
//! nothing ties a comment to its author's other answers.

use serde::{Deserialize, Serialize};

use crate::encoding::{hex, sha256};
use crate::survey::Survey;

/// Label used for respondents who skipped an optional breakdown question.
pub const NO_ANSWER: &str = "(no answer)";

/// Free text is shown only for a question with at least this many answers
/// (or the survey's `min_group`, if larger): a comment's wording can point
/// at its author where a count cannot.
pub const MIN_TEXT_ANSWERS: u64 = 10;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Report {
    pub survey: String,
    pub title: String,
    pub responses: u64,
    pub min_group: u32,
    /// True when the whole survey has fewer than `min_group` responses.
    pub suppressed: bool,
    /// The breakdown questions, in order; empty for an overall report.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by: Vec<String>,
    pub questions: Vec<QuestionReport>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<GroupReport>>,
    /// Present when counts carry differential-privacy noise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noise: Option<Noise>,
    /// Present when organisers edited or removed comments before release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redacted: Option<Redacted>,
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
    /// Free-text answers, shuffled (only with `--include-text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<Comment>>,
    /// Comments were asked for but too few people answered to show them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub comments_withheld: bool,
    /// Expected absolute error of each count, when noise was added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_error: Option<f64>,
}

impl QuestionReport {
    /// Mean and median in words, for a likert or scale question: the
    /// figures, or why they are missing. Nothing is said of a question
    /// nobody answered (there is nothing to hide), and "hidden" only when
    /// some count really is.
    pub fn stats_text(&self) -> Option<String> {
        if !matches!(self.kind.as_str(), "likert" | "scale") || self.answered == Some(0) {
            return None;
        }
        match (self.mean, self.median) {
            (Some(mean), Some(median)) => Some(format!("mean {mean}, median {median}")),
            _ if self.options.iter().any(|o| o.count.is_none()) => {
                Some("mean and median hidden (some counts are hidden)".to_string())
            }
            _ => None,
        }
    }
}

/// Whether a group's section says only that nobody is in it: a group
/// shown with 0 responses would otherwise print every question's zeros.
pub fn group_is_empty(group: &GroupReport) -> bool {
    !group.suppressed && group.responses == Some(0)
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
    /// The group's name for people: its breakdown values joined by " · ".
    pub value: String,
    /// The breakdown values that define the group, one per `Report::by`.
    #[serde(default)]
    pub breakdown: Vec<GroupValue>,
    pub responses: Option<u64>,
    pub suppressed: bool,
    pub questions: Vec<QuestionReport>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq, Hash)]
pub struct GroupValue {
    pub question: String,
    pub value: String,
    /// Index of the option; `None` for people who skipped the question.
    pub option: Option<u32>,
}

/// One free-text answer as published.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Comment {
    /// Stable across tallies (a hash of question and text), so a file of
    /// redactions made on a draft still applies to a later run, whose
    /// shuffle differs.
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub edited: bool,
}

impl Comment {
    pub fn new(question: &str, text: &str) -> Self {
        Self {
            id: comment_id(question, text),
            text: text.to_string(),
            edited: false,
        }
    }
}

/// The first 12 hex digits of SHA-256 over `question \n text`.
pub fn comment_id(question: &str, text: &str) -> String {
    hex(&sha256(&[question.as_bytes(), b"\n", text.as_bytes()]))[..12].to_string()
}

/// How the counts were perturbed: enough for a reader to judge them.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Noise {
    pub mechanism: String,
    /// Total privacy budget of this release, over all its tables.
    pub epsilon: f64,
    /// Number of tables the budget was split across.
    pub tables: usize,
}

/// What redaction did, published so readers know comments were curated.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Redacted {
    pub removed: usize,
    pub edited: usize,
}

impl Report {
    /// The same report with the survey's words in language `code` where
    /// it has them: title, prompts, option names and group names. Counts
    /// are by option index, so only words change. An option is found by
    /// the name the report was tallied with (the survey's own), so a
    /// report made before a translation existed translates too.
    pub fn in_language(&self, survey: &Survey, code: &str) -> Report {
        if survey.content_language(code) == survey.lang {
            return self.clone();
        }
        let mut out = self.clone();
        out.title = survey.title_in(code).text;
        let option_name = |question: &str, value: &str| -> Option<String> {
            let q = survey.question(question)?;
            let index = q.kind.options()?.iter().position(|o| o == value)?;
            let (names, _) = survey.options_in(q, code)?;
            names.get(index).cloned()
        };
        let translate = |q: &mut QuestionReport| {
            let Some(question) = survey.question(&q.id) else {
                return;
            };
            q.prompt = survey.prompt_in(question, code).text;
            for option in &mut q.options {
                if let Some(name) = option_name(&q.id, &option.value) {
                    option.value = name;
                }
            }
        };
        out.questions.iter_mut().for_each(translate);
        for group in out.groups.iter_mut().flatten() {
            group.questions.iter_mut().for_each(translate);
            for part in &mut group.breakdown {
                if let Some(name) = option_name(&part.question, &part.value) {
                    part.value = name;
                }
            }
            if !group.breakdown.is_empty() {
                group.value = group
                    .breakdown
                    .iter()
                    .map(|v| v.value.as_str())
                    .collect::<Vec<_>>()
                    .join(" · ");
            }
        }
        out
    }

    /// Every question report, overall first, then group by group.
    pub fn all_questions(&self) -> impl Iterator<Item = &QuestionReport> {
        self.questions.iter().chain(
            self.groups
                .iter()
                .flatten()
                .flat_map(|g| g.questions.iter()),
        )
    }
}
