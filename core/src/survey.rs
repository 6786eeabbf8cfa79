//! Survey definitions (the organiser's TOML file) and the answers they accept.
//!
//! A definition is validated once, here, and both sides use the validated
//! form: the server to check a submission, the CLI to count. Answers are
//! stored (sealed) in a canonical form that names options by index, so the
//! sealed plaintext of every choice has the same shape and size.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::translation::{self, QuestionTranslation, Source, SourceField, SourceQuestion};

pub const MAX_TITLE: usize = 200;
pub const MAX_DESCRIPTION: usize = 20_000;
pub const MAX_QUESTIONS: usize = 100;
pub const MAX_PROMPT: usize = 1_000;
pub const MAX_OPTIONS: usize = 50;
pub const MAX_OPTION: usize = 200;
pub const MAX_TEXT_ANSWER: usize = 2_000;
pub const DEFAULT_MIN_GROUP: u32 = 5;
/// Scale ends lie within ±this, so arithmetic on them cannot overflow.
pub const SCALE_LIMIT: i64 = 1_000_000;
pub const LOWEST_MIN_GROUP: u32 = 3;
/// The five points of every Likert question, 1 first.
pub const LIKERT_LABELS: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
];

/// The option every breakdown question gets unless its file says
/// `prefer_not_to_say = false`: without it, someone in a small team would
/// have to name their group to answer at all. It is counted like any other
/// option, as a group of its own.
pub const PREFER_NOT_TO_SAY: &str = "Prefer not to say";

/// A validated survey.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Survey {
    pub title: String,
    pub description: String,
    pub min_group: u32,
    pub questions: Vec<Question>,
    /// Days after the survey closes until the server destroys its sealed
    /// responses, spent invites and key; published results stay.
    #[serde(default = "default_retention")]
    pub retention_days: u32,
    /// The language the file is written in (BCP 47; `en` unless it says).
    #[serde(
        default = "translation::default_language",
        skip_serializing_if = "translation::is_default_language"
    )]
    pub lang: String,
    /// Its text in other languages, by language tag (see [`translation`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, SurveyTranslation>,
}

/// A survey's title, description, prompts and options in another
/// language; what is absent is shown in the file's own.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct SurveyTranslation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// By question id. Options are aligned with the question's, so a
    /// "Prefer not to say" the survey added is added here too.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub questions: BTreeMap<String, QuestionTranslation>,
}

pub const DEFAULT_RETENTION_DAYS: u32 = 90;
pub const MAX_RETENTION_DAYS: u32 = 3650;

fn default_retention() -> u32 {
    DEFAULT_RETENTION_DAYS
}

/// Check a campaign file's `retention_days`: 1 day (time to tally) to ten
/// years; 90 days if unset.
pub fn retention_days(value: Option<i64>) -> Result<u32, SurveyError> {
    match value {
        None => Ok(DEFAULT_RETENTION_DAYS),
        Some(n) if (1..=i64::from(MAX_RETENTION_DAYS)).contains(&n) => Ok(n as u32),
        Some(n) => Err(SurveyError {
            line: None,
            field: "retention_days".into(),
            rule: format!("must be from 1 to {MAX_RETENTION_DAYS} (got {n})"),
        }),
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Question {
    pub id: String,
    pub prompt: String,
    pub required: bool,
    #[serde(flatten)]
    pub kind: QuestionKind,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum QuestionKind {
    Single {
        options: Vec<String>,
        breakdown: bool,
    },
    Multi {
        options: Vec<String>,
    },
    Likert,
    Scale {
        min: i64,
        max: i64,
    },
    Text,
}

impl QuestionKind {
    /// The options of a single or multi question.
    pub fn options(&self) -> Option<&[String]> {
        match self {
            Self::Single { options, .. } | Self::Multi { options } => Some(options),
            _ => None,
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            Self::Single { .. } => "single",
            Self::Multi { .. } => "multi",
            Self::Likert => "likert",
            Self::Scale { .. } => "scale",
            Self::Text => "text",
        }
    }
}

/// What is wrong with a survey file: where, which field, which rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{field}: {rule}", line.map(|l| format!("line {l}: ")).unwrap_or_default())]
pub struct SurveyError {
    pub line: Option<usize>,
    pub field: String,
    pub rule: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SurveyFile {
    title: Option<String>,
    #[serde(default)]
    description: String,
    min_group: Option<i64>,
    retention_days: Option<i64>,
    #[serde(default, rename = "question")]
    questions: Vec<toml::Spanned<QuestionFile>>,
    /// Read apart, with positions (see [`translation::read`]).
    #[serde(default)]
    #[allow(dead_code)]
    lang: Option<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionFile {
    id: Option<String>,
    kind: Option<String>,
    prompt: Option<String>,
    options: Option<Vec<String>>,
    required: Option<bool>,
    breakdown: Option<bool>,
    prefer_not_to_say: Option<bool>,
    min: Option<i64>,
    max: Option<i64>,
}

fn is_valid_id(id: &str) -> bool {
    (1..=32).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

pub(crate) fn check_text(
    field: &str,
    value: &str,
    max: usize,
    line: Option<usize>,
) -> Result<(), SurveyError> {
    let err = |rule: String| SurveyError {
        line,
        field: field.to_string(),
        rule,
    };
    if value.trim().is_empty() {
        return Err(err("must not be empty".into()));
    }
    if value.chars().count() > max {
        return Err(err(format!("must be at most {max} characters")));
    }
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(err("must not contain control characters".into()));
    }
    Ok(())
}

impl Survey {
    /// Parse and validate a survey file. The error names the field and rule,
    /// and the line wherever the position is known.
    pub fn from_toml(text: &str) -> Result<Self, SurveyError> {
        let (survey, translations) = Self::read(text)?;
        match translations.refusal() {
            Some(error) => Err(error),
            None => Ok(survey),
        }
    }

    /// Every problem of the file's translations, missing ones included
    /// (`caucus survey check`); an error if the survey itself is invalid.
    pub fn translation_problems(
        text: &str,
    ) -> Result<Vec<translation::TranslationProblem>, SurveyError> {
        Ok(Self::read(text)?.1.problems)
    }

    fn read(text: &str) -> Result<(Self, translation::Translations), SurveyError> {
        let file: SurveyFile =
            toml::from_str(text).map_err(|e| translation::parse_error(text, &e))?;
        let title = file.title.ok_or_else(|| SurveyError {
            line: None,
            field: "title".into(),
            rule: "is required".into(),
        })?;
        check_text("title", &title, MAX_TITLE, None)?;
        if file.description.chars().count() > MAX_DESCRIPTION {
            return Err(SurveyError {
                line: None,
                field: "description".into(),
                rule: format!("must be at most {MAX_DESCRIPTION} characters"),
            });
        }
        let min_group = match file.min_group {
            None => DEFAULT_MIN_GROUP,
            Some(k) if (i64::from(LOWEST_MIN_GROUP)..=1000).contains(&k) => k as u32,
            Some(k) => {
                return Err(SurveyError {
                    line: None,
                    field: "min_group".into(),
                    rule: format!(
                        "must be from {LOWEST_MIN_GROUP} to 1000 (got {k}); smaller groups expose people"
                    ),
                })
            }
        };
        if file.questions.is_empty() || file.questions.len() > MAX_QUESTIONS {
            return Err(SurveyError {
                line: None,
                field: "question".into(),
                rule: format!("a survey needs 1 to {MAX_QUESTIONS} [[question]] tables"),
            });
        }
        let mut seen = BTreeSet::new();
        let mut questions = Vec::with_capacity(file.questions.len());
        let mut sources = Vec::with_capacity(file.questions.len());
        for (index, spanned) in file.questions.into_iter().enumerate() {
            let line = Some(line_of(text, spanned.span().start));
            let written = spanned.get_ref().options.as_ref().map(Vec::len);
            let question = validate_question(index, spanned.into_inner(), line)?;
            sources.push(SourceQuestion {
                id: question.id.clone(),
                line,
                options: question.kind.options().and(written),
                max_prompt: MAX_PROMPT,
                max_option: MAX_OPTION,
            });
            if !seen.insert(question.id.clone()) {
                return Err(SurveyError {
                    line,
                    field: format!("question[{index}].id"),
                    rule: format!(
                        "`{}` is used by an earlier question; ids must be unique",
                        question.id
                    ),
                });
            }
            questions.push(question);
        }
        let source = Source {
            fields: vec![
                SourceField {
                    name: "title",
                    max: MAX_TITLE,
                    present: true,
                },
                SourceField {
                    name: "description",
                    max: MAX_DESCRIPTION,
                    present: !file.description.trim().is_empty(),
                },
            ],
            questions: sources,
        };
        let read = translation::read(text, &source);
        let translations = read
            .tables
            .iter()
            .map(|(code, table)| {
                let mut texts = table.questions.clone();
                for (id, text) in &mut texts {
                    let all = questions
                        .iter()
                        .find(|q| &q.id == id)
                        .and_then(|q| q.kind.options());
                    // Aligned with a "Prefer not to say" the survey added
                    // itself: the page says that one in its own language.
                    if let (Some(all), Some(options)) = (all, text.options.as_mut()) {
                        if options.len() + 1 == all.len() {
                            options.push(PREFER_NOT_TO_SAY.to_string());
                        }
                    }
                }
                let translation = SurveyTranslation {
                    title: table.fields.get("title").cloned(),
                    description: table.fields.get("description").cloned(),
                    questions: texts,
                };
                (code.clone(), translation)
            })
            .collect();
        let survey = Self {
            title,
            description: file.description,
            min_group,
            questions,
            retention_days: retention_days(file.retention_days)?,
            lang: read.lang.clone(),
            translations,
        };
        Ok((survey, read))
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

/// The 1-based line of byte `offset` in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(1, |head| head.matches('\n').count() + 1)
}

fn validate_question(
    index: usize,
    q: QuestionFile,
    line: Option<usize>,
) -> Result<Question, SurveyError> {
    let name = q.id.clone().unwrap_or_else(|| format!("#{}", index + 1));
    let err = |field: &str, rule: String| SurveyError {
        line,
        field: format!("question[{index}] `{name}`.{field}"),
        rule,
    };
    let id =
        q.id.clone()
            .ok_or_else(|| err("id", "is required".into()))?;
    if !is_valid_id(&id) {
        return Err(err("id", "must be 1 to 32 of a-z 0-9 _ -".into()));
    }
    let prompt = q
        .prompt
        .ok_or_else(|| err("prompt", "is required".into()))?;
    check_text(
        &format!("question[{index}] `{name}`.prompt"),
        &prompt,
        MAX_PROMPT,
        line,
    )?;
    let kind_name = q.kind.ok_or_else(|| err("kind", "is required".into()))?;
    let takes_options = matches!(kind_name.as_str(), "single" | "multi");
    if !takes_options && q.options.is_some() {
        return Err(err(
            "options",
            format!("only single and multi questions have options, not {kind_name}"),
        ));
    }
    if kind_name != "single" && q.breakdown.is_some() {
        return Err(err(
            "breakdown",
            "only single questions can split tallies".into(),
        ));
    }
    if q.prefer_not_to_say.is_some() && q.breakdown != Some(true) {
        return Err(err(
            "prefer_not_to_say",
            "only breakdown questions (breakdown = true) take it".into(),
        ));
    }
    if kind_name != "scale" && (q.min.is_some() || q.max.is_some()) {
        return Err(err("min", "only scale questions have min and max".into()));
    }
    let options = || -> Result<Vec<String>, SurveyError> {
        let options = q
            .options
            .clone()
            .ok_or_else(|| err("options", "is required for this kind".into()))?;
        if !(2..=MAX_OPTIONS).contains(&options.len()) {
            return Err(err(
                "options",
                format!("must list 2 to {MAX_OPTIONS} options"),
            ));
        }
        let mut seen = BTreeSet::new();
        for (i, option) in options.iter().enumerate() {
            check_text(
                &format!("question[{index}] `{name}`.options[{i}]"),
                option,
                MAX_OPTION,
                line,
            )?;
            if option.trim() != option {
                return Err(err(
                    "options",
                    format!("`{option}` must not start or end with spaces"),
                ));
            }
            if !seen.insert(option.trim()) {
                return Err(err("options", format!("`{option}` appears twice")));
            }
        }
        Ok(options)
    };
    let kind = match kind_name.as_str() {
        "single" => {
            let mut options = options()?;
            let breakdown = q.breakdown.unwrap_or(false);
            let has_it = options
                .iter()
                .any(|o| o.eq_ignore_ascii_case(PREFER_NOT_TO_SAY));
            if breakdown && q.prefer_not_to_say.unwrap_or(true) && !has_it {
                if options.len() >= MAX_OPTIONS {
                    return Err(err(
                        "options",
                        format!(
                            "a breakdown question gets a `{PREFER_NOT_TO_SAY}` option, so it may list at most {} (or set prefer_not_to_say = false)",
                            MAX_OPTIONS - 1
                        ),
                    ));
                }
                options.push(PREFER_NOT_TO_SAY.to_string());
            }
            QuestionKind::Single { options, breakdown }
        }
        "multi" => QuestionKind::Multi {
            options: options()?,
        },
        "likert" => QuestionKind::Likert,
        "scale" => {
            let (min, max) = (q.min.unwrap_or(0), q.max.unwrap_or(10));
            let bounded = |n: i64| (-SCALE_LIMIT..=SCALE_LIMIT).contains(&n);
            if !bounded(min) || !bounded(max) {
                return Err(err(
                    "min",
                    format!("min and max must lie within ±{SCALE_LIMIT}"),
                ));
            }
            if min >= max || max - min > 100 {
                return Err(err(
                    "max",
                    format!("needs min < max and at most 100 steps (got {min}..{max})"),
                ));
            }
            QuestionKind::Scale { min, max }
        }
        "text" => QuestionKind::Text,
        other => {
            return Err(err(
                "kind",
                format!("`{other}` is not one of single, multi, likert, scale, text"),
            ))
        }
    };
    let required = q.required.unwrap_or(!matches!(kind, QuestionKind::Text));
    Ok(Question {
        id,
        prompt,
        required,
        kind,
    })
}

/// One answer in canonical form: options by index, numbers as given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    Number(i64),
    Choices(Vec<u16>),
    Text(String),
}

/// A respondent's validated answers, keyed by question id. Unanswered
/// optional questions are absent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers(pub BTreeMap<String, Answer>);

/// What is wrong with one answer; `question` is `None` for the whole body.
///
/// `message` is the English sentence the JSON API gives; `key` and `args`
/// name the same problem in the catalogues (`answer-*` in `locales/`), so
/// a page can say it in its own language. They stay out of the JSON.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[error("{}{message}", question.as_ref().map(|q| format!("question `{q}`: ")).unwrap_or_default())]
pub struct AnswerError {
    pub question: Option<String>,
    pub message: String,
    #[serde(skip)]
    pub key: &'static str,
    #[serde(skip)]
    pub args: Vec<(&'static str, AnswerArg)>,
}

/// An argument of an [`AnswerError`]'s message: numbers stay numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerArg {
    Number(i64),
    Text(String),
}

/// A problem: its catalogue key, its arguments and its English words.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Problem {
    key: &'static str,
    args: Vec<(&'static str, AnswerArg)>,
    message: String,
}

impl Problem {
    fn new(key: &'static str, message: impl Into<String>) -> Self {
        Self {
            key,
            args: Vec::new(),
            message: message.into(),
        }
    }

    fn range(key: &'static str, min: i64, max: i64, message: String) -> Self {
        Self {
            key,
            args: vec![
                ("min", AnswerArg::Number(min)),
                ("max", AnswerArg::Number(max)),
            ],
            message,
        }
    }
}

impl AnswerError {
    /// A problem with `question` (or the whole body), with its catalogue
    /// `key` and English `message` and no arguments.
    pub fn new(question: Option<&str>, key: &'static str, message: impl Into<String>) -> Self {
        Self {
            question: question.map(str::to_string),
            message: message.into(),
            key,
            args: Vec::new(),
        }
    }

    /// The same with a number argument of the message (`max`, ...).
    pub fn with_number(mut self, name: &'static str, value: i64) -> Self {
        self.args.push((name, AnswerArg::Number(value)));
        self
    }
}

fn answer_error(question: &str, problem: Problem) -> AnswerError {
    AnswerError {
        question: Some(question.to_string()),
        message: problem.message,
        key: problem.key,
        args: problem.args,
    }
}

impl Survey {
    /// Check a JSON answers object against this survey. Every problem is
    /// reported, so a form can mark all of them at once.
    pub fn validate_answers(&self, value: &Value) -> Result<Answers, Vec<AnswerError>> {
        let Some(object) = value.as_object() else {
            return Err(vec![AnswerError::new(
                None,
                "answer-not-an-object",
                "answers must be a JSON object keyed by question id",
            )]);
        };
        let mut errors: Vec<AnswerError> = object
            .keys()
            .filter(|key| self.question(key).is_none())
            .map(|key| {
                answer_error(
                    key,
                    Problem::new(
                        "answer-unknown-question",
                        "is not a question of this survey",
                    ),
                )
            })
            .collect();
        let mut answers = BTreeMap::new();
        for question in &self.questions {
            match check_answer(question, object.get(&question.id)) {
                Ok(Some(answer)) => {
                    answers.insert(question.id.clone(), answer);
                }
                Ok(None) if question.required => {
                    errors.push(answer_error(&question.id, required(&question.kind)));
                }
                Ok(None) => {}
                Err(problem) => errors.push(answer_error(&question.id, problem)),
            }
        }
        if errors.is_empty() {
            Ok(Answers(answers))
        } else {
            Err(errors)
        }
    }

    /// Turn an HTML form body (`q_<id>` fields, repeated for multi) into the
    /// same JSON shape the API takes, so one validator serves both.
    pub fn answers_from_form(&self, pairs: &[(String, String)]) -> Value {
        let mut object = serde_json::Map::new();
        for (name, raw) in pairs {
            let Some(id) = name.strip_prefix("q_") else {
                continue;
            };
            let value = raw.trim();
            match self.question(id).map(|q| &q.kind) {
                Some(QuestionKind::Multi { .. }) => {
                    let entry = object
                        .entry(id.to_string())
                        .or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(list) = entry {
                        list.push(Value::String(value.to_string()));
                    }
                }
                _ if value.is_empty() => {}
                Some(QuestionKind::Likert | QuestionKind::Scale { .. }) => {
                    let parsed = value.parse::<i64>().map(Value::from);
                    object.insert(
                        id.to_string(),
                        parsed.unwrap_or_else(|_| Value::String(value.into())),
                    );
                }
                Some(QuestionKind::Single { .. }) => {
                    object.insert(id.to_string(), Value::String(value.to_string()));
                }
                _ => {
                    object.insert(id.to_string(), Value::String(raw.to_string()));
                }
            }
        }
        Value::Object(object)
    }
}

fn option_index(options: &[String], value: &Value) -> Result<u16, Problem> {
    let text = value.as_str().ok_or_else(|| {
        Problem::new(
            "answer-not-option-text",
            "must be the text of one of the options",
        )
    })?;
    options
        .iter()
        .position(|o| o == text)
        .and_then(|i| u16::try_from(i).ok())
        .ok_or_else(|| {
            let given = truncate(text);
            Problem {
                key: "answer-not-an-option",
                message: format!("`{given}` is not one of the options"),
                args: vec![("value", AnswerArg::Text(given))],
            }
        })
}

/// What a required question left unanswered asks for, in the words of
/// the control the form shows for it.
fn required(kind: &QuestionKind) -> Problem {
    match kind {
        QuestionKind::Single { .. } | QuestionKind::Likert => {
            Problem::new("answer-required-choose", "is required: choose one answer")
        }
        QuestionKind::Multi { .. } => {
            Problem::new("answer-required-tick", "is required: tick at least one box")
        }
        QuestionKind::Scale { min, max } => Problem::range(
            "answer-required-number",
            *min,
            *max,
            format!("is required: choose a number from {min} to {max}"),
        ),
        QuestionKind::Text => Problem::new("answer-required-text", "is required: write an answer"),
    }
}

fn truncate(text: &str) -> String {
    text.chars().take(60).collect()
}

fn check_answer(question: &Question, value: Option<&Value>) -> Result<Option<Answer>, Problem> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    match &question.kind {
        QuestionKind::Single { options, .. } => {
            option_index(options, value).map(|i| Some(Answer::Number(i64::from(i))))
        }
        QuestionKind::Multi { options } => {
            let list = value.as_array().ok_or_else(|| {
                Problem::new("answer-not-a-list", "must be a list of option texts")
            })?;
            let mut picked = BTreeSet::new();
            for item in list {
                if !picked.insert(option_index(options, item)?) {
                    return Err(Problem::new("answer-twice", "names an option twice"));
                }
            }
            Ok((!picked.is_empty()).then(|| Answer::Choices(picked.into_iter().collect())))
        }
        QuestionKind::Likert => match value.as_i64() {
            Some(n) if (1..=5).contains(&n) => Ok(Some(Answer::Number(n))),
            _ => Err(Problem::new(
                "answer-not-likert",
                "must be a whole number from 1 (strongly disagree) to 5 (strongly agree)",
            )),
        },
        QuestionKind::Scale { min, max } => match value.as_i64() {
            Some(n) if (*min..=*max).contains(&n) => Ok(Some(Answer::Number(n))),
            _ => Err(Problem::range(
                "answer-out-of-range",
                *min,
                *max,
                format!("must be a whole number from {min} to {max}"),
            )),
        },
        QuestionKind::Text => {
            let text = value
                .as_str()
                .ok_or_else(|| Problem::new("answer-not-text", "must be text"))?;
            let text = text.replace("\r\n", "\n");
            let text = text.trim();
            if text.chars().count() > MAX_TEXT_ANSWER {
                return Err(Problem {
                    key: "answer-too-long",
                    message: format!("must be at most {MAX_TEXT_ANSWER} characters"),
                    args: vec![(
                        "max",
                        AnswerArg::Number(MAX_TEXT_ANSWER.try_into().unwrap_or(i64::MAX)),
                    )],
                });
            }
            if text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t')
            {
                return Err(Problem::new(
                    "answer-control-characters",
                    "must not contain control characters",
                ));
            }
            Ok((!text.is_empty()).then(|| Answer::Text(text.to_string())))
        }
    }
}

mod localized;
#[cfg(test)]
mod tests;

pub use crate::translation::LocalText;
