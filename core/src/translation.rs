//! Translations an organiser writes into a campaign file: `[lang.xx]`
//! tables beside the file's own text, so that one survey or statement
//! reaches colleagues in several languages and stays one campaign
//! (answers name options by index, so a choice counts the same whatever
//! language it was made in).
//!
//! The file's own text is in its default language: `lang = "es"` at the
//! top, or English if unset. TOML cannot hold both `lang = "es"` and
//! `[lang.xx]` tables, so a file with translations names its language as
//! `lang.default = "es"`.
//!
//! A translation may be partial: what it lacks is shown in the file's own
//! language (marked as such on the page), and `caucus survey check`
//! reports it. Anything it has that the file does not (an unknown
//! question, a field that is not translatable, a different number of
//! options) refuses the file: it would silently never be shown, or worse,
//! show an option under another's index.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use toml_edit::{ImDocument, Item, TableLike};

use crate::survey::{check_text, line_of, SurveyError};

/// The language of a file that does not say.
pub const DEFAULT_LANGUAGE: &str = "en";
/// More than any coalition needs; bounds the work of one file.
pub const MAX_LANGUAGES: usize = 30;

/// True when `code` is the default language, which files and records
/// leave unwritten.
pub fn is_default_language(code: &str) -> bool {
    code == DEFAULT_LANGUAGE
}

pub fn default_language() -> String {
    DEFAULT_LANGUAGE.to_string()
}

/// `code` if it is a BCP 47 language tag in its canonical spelling
/// (`pt-BR`, not `pt_br`), so that one language has one table and one
/// `?lang=` value.
pub fn canonical_language(code: &str) -> Result<String, String> {
    let parsed: unic_langid::LanguageIdentifier = code
        .parse()
        .map_err(|_| format!("`{code}` is not a language tag such as `es` or `pt-BR`"))?;
    let canonical = parsed.to_string();
    // BCP 47 allows 5 to 8 letters for a language no registry has;
    // every language a coalition would name has a code of 2 or 3.
    if canonical == "und" || parsed.language.as_str().len() > 3 || code.len() > 35 {
        return Err(format!(
            "`{code}` is not a language tag such as `es` or `pt-BR`"
        ));
    }
    if canonical != code {
        return Err(format!("write `{canonical}`, the tag's usual spelling"));
    }
    Ok(canonical)
}

/// A text and the language it is written in, for the `lang` attribute of
/// what shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LocalText {
    pub text: String,
    pub lang: String,
}

/// The translation `found` for language `code`, or the file's `own` text
/// in its own language.
pub(crate) fn local_text(found: Option<&str>, code: &str, own: &str, own_lang: &str) -> LocalText {
    match found {
        Some(text) => LocalText {
            text: text.to_string(),
            lang: code.to_string(),
        },
        None => LocalText {
            text: own.to_string(),
            lang: own_lang.to_string(),
        },
    }
}

/// A question's prompt and options in another language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionTranslation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// Same count and order as the question's options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<String>>,
}

/// What one translation problem is: something missing (the file's own
/// text will be shown), or something the file refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    Missing,
    Refused,
}

/// One problem of a file's translations, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationProblem {
    pub kind: ProblemKind,
    pub line: Option<usize>,
    pub field: String,
    pub rule: String,
}

impl TranslationProblem {
    pub fn to_error(&self) -> SurveyError {
        SurveyError {
            line: self.line,
            field: self.field.clone(),
            rule: self.rule.clone(),
        }
    }
}

impl std::fmt::Display for TranslationProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.kind {
            ProblemKind::Missing => "missing",
            ProblemKind::Refused => "refused",
        };
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        write!(f, "{kind}: {}: {}", self.field, self.rule)
    }
}

/// A text field of the file that a translation may carry.
pub(crate) struct SourceField {
    pub name: &'static str,
    pub max: usize,
    /// The file has it (an empty description needs no translation).
    pub present: bool,
}

/// A question of the file: what its translation may carry.
pub(crate) struct SourceQuestion {
    pub id: String,
    pub line: Option<usize>,
    /// The number of options the file wrote, for single and multi.
    pub options: Option<usize>,
    pub max_prompt: usize,
    pub max_option: usize,
}

/// What the file offers to translate.
pub(crate) struct Source {
    pub fields: Vec<SourceField>,
    pub questions: Vec<SourceQuestion>,
}

/// One language's table, read.
#[derive(Default)]
pub(crate) struct Read {
    pub fields: BTreeMap<&'static str, String>,
    pub questions: BTreeMap<String, QuestionTranslation>,
}

/// Everything the `lang` key of a file says.
pub(crate) struct Translations {
    /// The language of the file's own text.
    pub lang: String,
    pub tables: BTreeMap<String, Read>,
    pub problems: Vec<TranslationProblem>,
}

impl Translations {
    /// The first problem that refuses the file, if any.
    pub fn refusal(&self) -> Option<SurveyError> {
        self.problems
            .iter()
            .find(|p| p.kind == ProblemKind::Refused)
            .map(TranslationProblem::to_error)
    }
}

struct Reader<'a> {
    text: &'a str,
    problems: Vec<TranslationProblem>,
}

impl Reader<'_> {
    fn line(&self, span: Option<Range<usize>>) -> Option<usize> {
        span.map(|s| line_of(self.text, s.start))
    }

    fn push(&mut self, kind: ProblemKind, line: Option<usize>, field: String, rule: String) {
        // A translation refused is not also missing.
        if kind == ProblemKind::Missing && self.problems.iter().any(|p| p.field == field) {
            return;
        }
        self.problems.push(TranslationProblem {
            kind,
            line,
            field,
            rule,
        });
    }

    /// The line of `key` in `table`: its key, else its value, else `near`.
    fn line_of_key(&self, table: &dyn TableLike, key: &str, near: Option<usize>) -> Option<usize> {
        self.line(table.key(key).and_then(|k| k.span()))
            .or_else(|| self.line(table.get(key).and_then(Item::span)))
            .or(near)
    }

    /// A translated text, checked by the rules of the original.
    fn text(
        &mut self,
        item: &Item,
        field: &str,
        max: usize,
        line: Option<usize>,
    ) -> Option<String> {
        let Some(value) = item.as_str() else {
            self.push(
                ProblemKind::Refused,
                line,
                field.into(),
                "must be text".into(),
            );
            return None;
        };
        match check_text(field, value, max, line) {
            Ok(()) => Some(value.to_string()),
            Err(e) => {
                self.push(ProblemKind::Refused, line, field.into(), e.rule);
                None
            }
        }
    }

    fn options(
        &mut self,
        item: &Item,
        field: &str,
        want: usize,
        max: usize,
        line: Option<usize>,
    ) -> Option<Vec<String>> {
        let Some(array) = item.as_array() else {
            self.push(
                ProblemKind::Refused,
                line,
                field.into(),
                "must be a list of text".into(),
            );
            return None;
        };
        if array.len() != want {
            let rule = format!(
                "lists {} options; the question has {want}, and a translation must keep their count and order",
                array.len()
            );
            self.push(ProblemKind::Refused, line, field.into(), rule);
            return None;
        }
        let mut out = Vec::with_capacity(want);
        for (i, value) in array.iter().enumerate() {
            let name = format!("{field}[{i}]");
            let Some(text) = value.as_str() else {
                self.push(ProblemKind::Refused, line, name, "must be text".into());
                return None;
            };
            if let Err(e) = check_text(&name, text, max, line) {
                self.push(ProblemKind::Refused, line, name, e.rule);
                return None;
            }
            if out.iter().any(|o: &String| o.trim() == text.trim()) {
                self.push(
                    ProblemKind::Refused,
                    line,
                    name,
                    format!("`{text}` appears twice"),
                );
                return None;
            }
            out.push(text.to_string());
        }
        Some(out)
    }

    fn language_table(
        &mut self,
        code: &str,
        table: &dyn TableLike,
        line: Option<usize>,
        source: &Source,
    ) -> Read {
        let mut read = Read::default();
        let prefix = format!("lang.{code}");
        for (key, item) in table.iter() {
            let at = self.line_of_key(table, key, line);
            let field = format!("{prefix}.{key}");
            if key == "question" {
                if let Some(questions) = item.as_table_like() {
                    self.questions(&field, questions, at, source, &mut read);
                } else {
                    let rule = "must hold one table per question id: [lang.xx.question.ID]".into();
                    self.push(ProblemKind::Refused, at, field, rule);
                }
                continue;
            }
            match source.fields.iter().find(|f| f.name == key) {
                Some(f) if f.present => {
                    if let Some(text) = self.text(item, &field, f.max, at) {
                        read.fields.insert(f.name, text);
                    }
                }
                Some(_) => {
                    let rule = "translates nothing: the file has no such text".into();
                    self.push(ProblemKind::Refused, at, field, rule);
                }
                None => {
                    let names: Vec<&str> = source.fields.iter().map(|f| f.name).collect();
                    let mut known = names.join(", ");
                    if !source.questions.is_empty() {
                        known.push_str(", question");
                    }
                    let rule = format!("is not translatable here (a translation has {known})");
                    self.push(ProblemKind::Refused, at, field, rule);
                }
            }
        }
        read
    }

    fn questions(
        &mut self,
        prefix: &str,
        table: &dyn TableLike,
        line: Option<usize>,
        source: &Source,
        read: &mut Read,
    ) {
        for (id, item) in table.iter() {
            let at = self.line_of_key(table, id, line);
            let field = format!("{prefix}.{id}");
            let Some(question) = source.questions.iter().find(|q| q.id == id) else {
                let rule = "the file has no question with this id".into();
                self.push(ProblemKind::Refused, at, field, rule);
                continue;
            };
            let Some(parts) = item.as_table_like() else {
                self.push(ProblemKind::Refused, at, field, "must be a table".into());
                continue;
            };
            let mut translated = QuestionTranslation::default();
            for (key, value) in parts.iter() {
                let at = self.line_of_key(parts, key, at);
                let name = format!("{field}.{key}");
                match (key, question.options) {
                    ("prompt", _) => {
                        translated.prompt = self.text(value, &name, question.max_prompt, at);
                    }
                    ("options", Some(count)) => {
                        translated.options =
                            self.options(value, &name, count, question.max_option, at);
                    }
                    ("options", None) => {
                        let rule = "this question has no options to translate".into();
                        self.push(ProblemKind::Refused, at, name, rule);
                    }
                    _ => {
                        let rule = "is not translatable (a question has prompt and options)".into();
                        self.push(ProblemKind::Refused, at, name, rule);
                    }
                }
            }
            read.questions.insert(id.to_string(), translated);
        }
    }

    /// What each language lacks, reported at the line of the text it
    /// should translate.
    fn missing(
        &mut self,
        doc: &ImDocument<&str>,
        tables: &BTreeMap<String, Read>,
        source: &Source,
    ) {
        for (code, read) in tables {
            for field in source.fields.iter().filter(|f| f.present) {
                if !read.fields.contains_key(field.name) {
                    let line = self.line_of_key(doc.as_table(), field.name, None);
                    let rule = format!("no translation of `{}`", field.name);
                    self.push(
                        ProblemKind::Missing,
                        line,
                        format!("lang.{code}.{}", field.name),
                        rule,
                    );
                }
            }
            for question in &source.questions {
                let had = read.questions.get(&question.id);
                let field = format!("lang.{code}.question.{}", question.id);
                if had.and_then(|q| q.prompt.as_ref()).is_none() {
                    let rule =
                        format!("no translation of the prompt of question `{}`", question.id);
                    self.push(
                        ProblemKind::Missing,
                        question.line,
                        format!("{field}.prompt"),
                        rule,
                    );
                }
                if question.options.is_some() && had.and_then(|q| q.options.as_ref()).is_none() {
                    let rule = format!(
                        "no translation of the options of question `{}`",
                        question.id
                    );
                    self.push(
                        ProblemKind::Missing,
                        question.line,
                        format!("{field}.options"),
                        rule,
                    );
                }
            }
        }
    }
}

/// Read the `lang` key of campaign file `text` (already parsed once, so a
/// syntax error here cannot happen) against what the file offers.
pub(crate) fn read(text: &str, source: &Source) -> Translations {
    let mut reader = Reader {
        text,
        problems: Vec::new(),
    };
    let mut translations = Translations {
        lang: default_language(),
        tables: BTreeMap::new(),
        problems: Vec::new(),
    };
    let Ok(doc) = ImDocument::parse(text) else {
        return translations;
    };
    let root = doc.as_table();
    let Some(item) = root.get("lang") else {
        return translations;
    };
    let top = reader.line_of_key(root, "lang", None);
    if let Some(code) = item.as_str() {
        match canonical_language(code) {
            Ok(code) => translations.lang = code,
            Err(rule) => reader.push(ProblemKind::Refused, top, "lang".into(), rule),
        }
        translations.problems = reader.problems;
        return translations;
    }
    let Some(table) = item.as_table_like() else {
        let rule =
            "must be a language tag (`lang = \"es\"`) or translation tables ([lang.es])".into();
        reader.push(ProblemKind::Refused, top, "lang".into(), rule);
        translations.problems = reader.problems;
        return translations;
    };
    if let Some(code) = table.get("default") {
        let at = reader.line_of_key(table, "default", top);
        match code.as_str().map(canonical_language) {
            Some(Ok(code)) => translations.lang = code,
            Some(Err(rule)) => reader.push(ProblemKind::Refused, at, "lang.default".into(), rule),
            None => {
                let rule = "must be a language tag such as \"es\"".into();
                reader.push(ProblemKind::Refused, at, "lang.default".into(), rule);
            }
        }
    }
    for (code, item) in table.iter().filter(|(key, _)| *key != "default") {
        let at = reader.line_of_key(table, code, top);
        let field = format!("lang.{code}");
        if let Err(rule) = canonical_language(code) {
            reader.push(ProblemKind::Refused, at, field, rule);
            continue;
        }
        if code == translations.lang {
            let rule = "is the file's own language: its text is already in it".into();
            reader.push(ProblemKind::Refused, at, field, rule);
            continue;
        }
        let Some(parts) = item.as_table_like() else {
            reader.push(ProblemKind::Refused, at, field, "must be a table".into());
            continue;
        };
        let read = reader.language_table(code, parts, at, source);
        translations.tables.insert(code.to_string(), read);
    }
    if translations.tables.len() > MAX_LANGUAGES {
        let rule = format!("at most {MAX_LANGUAGES} translations");
        reader.push(ProblemKind::Refused, top, "lang".into(), rule);
    }
    reader.missing(&doc, &translations.tables, source);
    translations.problems = reader.problems;
    translations.problems.sort_by_key(|p| p.line);
    translations
}

/// A TOML syntax error, with a hint where it is the `lang` clash above.
pub(crate) fn parse_error(text: &str, error: &toml::de::Error) -> SurveyError {
    let mut rule = error.message().to_string();
    let clash = rule.contains("duplicate key `lang`") || rule.contains("dotted key `lang`");
    if clash && text.contains("[lang.") {
        rule.push_str(
            "; a file with [lang.xx] tables names its own language as lang.default = \"xx\"",
        );
    }
    SurveyError {
        line: error.span().map(|s| line_of(text, s.start)),
        field: "file".into(),
        rule,
    }
}

#[cfg(test)]
mod tests;
