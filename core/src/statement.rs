//! Collective statements: the organiser's TOML file and the fixed text it
//! defines.
//!
//! A statement's text is its title and Markdown body; its SHA-256 (over
//! `title || "\n\n" || body`, UTF-8) is written into the log's header, so
//! the text can never change once anyone has signed: a new text is a new
//! statement.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::encoding::{hex, sha256};
use crate::survey::{SurveyError, MAX_DESCRIPTION, MAX_TITLE};
use crate::translation::{
    self, local_text, LocalText, ProblemKind, Source, SourceField, TranslationProblem,
};

/// Upper bound for `reveal_at`: more than any workforce.
pub const MAX_REVEAL_AT: u64 = 10_000_000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    pub title: String,
    pub body: String,
    /// Signatures with a name are allowed.
    pub named: bool,
    /// Anonymous, invite-backed signatures are allowed.
    pub anonymous: bool,
    /// Named signatures need an invite; if false, outside supporters may
    /// sign by name and are counted apart as unverified.
    pub invite_required_for_named: bool,
    /// Names stay hidden until this many signatures, then appear together.
    pub reveal_at: u64,
    /// Last day to sign, `YYYY-MM-DD` (UTC), if any.
    pub closes: Option<String>,
    /// Days after `closes` until the server destroys the record of which
    /// invites were spent, and the statement's key. The log and revealed
    /// names stay. Without `closes`, nothing is destroyed.
    #[serde(default = "default_retention")]
    pub retention_days: u32,
    /// The witnesses whose cosignatures the server keeps: C2SP verifier
    /// keys (see [`crate::log::witnesses`]), fixed in the signed header.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub witnesses: Vec<String>,
    /// The language the file is written in (BCP 47; `en` unless it says).
    #[serde(
        default = "translation::default_language",
        skip_serializing_if = "translation::is_default_language"
    )]
    pub lang: String,
    /// Its title and body in other languages, each fixed in the log's
    /// header by its own hash, as the original is.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, StatementTranslation>,
}

/// A statement's text in another language; what is absent is shown in
/// the file's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementTranslation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

fn default_retention() -> u32 {
    crate::survey::DEFAULT_RETENTION_DAYS
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatementFile {
    title: Option<String>,
    body: Option<String>,
    named: Option<bool>,
    anonymous: Option<bool>,
    invite_required_for_named: Option<bool>,
    reveal_at: Option<i64>,
    closes: Option<String>,
    retention_days: Option<i64>,
    witnesses: Option<Vec<String>>,
    /// Read apart, with positions (see [`translation::read`]).
    #[allow(dead_code)]
    lang: Option<toml::Value>,
}

fn error(field: &str, rule: impl Into<String>) -> SurveyError {
    SurveyError {
        line: None,
        field: field.to_string(),
        rule: rule.into(),
    }
}

/// True for a real calendar date written `YYYY-MM-DD`.
pub fn valid_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    if y.len() != 4
        || m.len() != 2
        || d.len() != 2
        || !text.bytes().all(|b| b.is_ascii_digit() || b == b'-')
    {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

impl Statement {
    /// Parse and validate a statement file; errors name the field and rule
    /// (and the line, where the TOML parser gives one).
    pub fn from_toml(text: &str) -> Result<Self, SurveyError> {
        let (statement, problems) = Self::read(text)?;
        match problems.iter().find(|p| p.kind == ProblemKind::Refused) {
            Some(problem) => Err(problem.to_error()),
            None => Ok(statement),
        }
    }

    /// Every problem of the file's translations, missing ones included;
    /// an error if the statement itself is invalid.
    pub fn translation_problems(text: &str) -> Result<Vec<TranslationProblem>, SurveyError> {
        Ok(Self::read(text)?.1)
    }

    fn read(text: &str) -> Result<(Self, Vec<TranslationProblem>), SurveyError> {
        let file: StatementFile =
            toml::from_str(text).map_err(|e| translation::parse_error(text, &e))?;
        let title = file.title.ok_or_else(|| error("title", "is required"))?;
        if title.trim().is_empty()
            || title.chars().count() > MAX_TITLE
            || title.contains(['\n', '\r'])
        {
            return Err(error(
                "title",
                format!("must be one line of 1 to {MAX_TITLE} characters"),
            ));
        }
        let body = file.body.ok_or_else(|| error("body", "is required"))?;
        if body.trim().is_empty() || body.chars().count() > MAX_DESCRIPTION {
            return Err(error(
                "body",
                format!("must be 1 to {MAX_DESCRIPTION} characters"),
            ));
        }
        if [&title, &body]
            .iter()
            .any(|t| t.chars().any(|c| c.is_control() && c != '\n' && c != '\t'))
        {
            return Err(error("body", "must not contain control characters"));
        }
        let named = file.named.unwrap_or(true);
        let anonymous = file.anonymous.unwrap_or(true);
        if !named && !anonymous {
            return Err(error(
                "named",
                "a statement must allow named or anonymous signatures, or both",
            ));
        }
        let reveal_at = match file.reveal_at {
            None => 0,
            Some(n) if (0..=MAX_REVEAL_AT as i64).contains(&n) => n as u64,
            Some(n) => {
                return Err(error(
                    "reveal_at",
                    format!("must be from 0 to {MAX_REVEAL_AT} (got {n})"),
                ))
            }
        };
        if let Some(date) = &file.closes {
            if !valid_date(date) {
                return Err(error(
                    "closes",
                    format!("`{date}` is not a date written YYYY-MM-DD"),
                ));
            }
        }
        let witnesses = file.witnesses.unwrap_or_default();
        crate::log::witnesses::parse_witnesses(&witnesses).map_err(|e| error("witnesses", e))?;
        let source = Source {
            fields: vec![
                SourceField {
                    name: "title",
                    max: MAX_TITLE,
                    present: true,
                },
                SourceField {
                    name: "body",
                    max: MAX_DESCRIPTION,
                    present: true,
                },
            ],
            questions: Vec::new(),
        };
        let mut read = translation::read(text, &source);
        let translations = read
            .tables
            .iter()
            .map(|(code, table)| {
                let text = StatementTranslation {
                    title: table.fields.get("title").cloned(),
                    body: table.fields.get("body").cloned(),
                };
                (code.clone(), text)
            })
            .collect::<BTreeMap<_, _>>();
        for (code, text) in &translations {
            if text
                .title
                .as_deref()
                .is_some_and(|t| t.contains(['\n', '\r']))
            {
                read.problems.push(TranslationProblem {
                    kind: ProblemKind::Refused,
                    line: None,
                    field: format!("lang.{code}.title"),
                    rule: "must be one line, as the title is".into(),
                });
            }
        }
        let statement = Self {
            title,
            body,
            named,
            anonymous,
            invite_required_for_named: file.invite_required_for_named.unwrap_or(true),
            reveal_at,
            closes: file.closes,
            retention_days: crate::survey::retention_days(file.retention_days)?,
            witnesses,
            lang: read.lang,
            translations,
        };
        Ok((statement, read.problems))
    }

    /// SHA-256 of `title || "\n\n" || body`, in lowercase hex.
    pub fn text_hash(&self) -> String {
        text_hash(&self.title, &self.body)
    }

    /// The file's own language, then each translation's, in tag order.
    pub fn languages(&self) -> Vec<&str> {
        std::iter::once(self.lang.as_str())
            .chain(self.translations.keys().map(String::as_str))
            .collect()
    }

    /// The title in `code`, or in the file's own language.
    pub fn title_in(&self, code: &str) -> LocalText {
        self.pick(code, |t| t.title.as_deref(), &self.title)
    }

    /// The body (Markdown) in `code`, or in the file's own language.
    pub fn body_in(&self, code: &str) -> LocalText {
        self.pick(code, |t| t.body.as_deref(), &self.body)
    }

    fn pick(
        &self,
        code: &str,
        field: impl Fn(&StatementTranslation) -> Option<&str>,
        own: &str,
    ) -> LocalText {
        let found = self.translations.get(code).and_then(field);
        local_text(found, code, own, &self.lang)
    }

    /// The header's `translation` hashes: for each translation, the hash
    /// of the title and body a reader of that language is shown (its
    /// own, or the original where it has none), so no shown text can
    /// change once anyone has signed.
    pub fn translation_hashes(&self) -> BTreeMap<String, String> {
        self.translations
            .keys()
            .map(|code| {
                let hash = text_hash(&self.title_in(code).text, &self.body_in(code).text);
                (code.clone(), hash)
            })
            .collect()
    }
}

/// The header's `text-sha256` of a statement's title and body: what the
/// organiser signs, and what a verifier checks the shown text against.
pub fn text_hash(title: &str, body: &str) -> String {
    hex(&sha256(&[title.as_bytes(), b"\n\n", body.as_bytes()]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../examples/monitoring-statement.toml");

    #[test]
    fn the_example_statement_is_valid() {
        let statement = Statement::from_toml(EXAMPLE).expect("valid");
        assert!(statement.named && statement.anonymous);
        assert!(statement.reveal_at > 0);
        assert_eq!(statement.text_hash().len(), 64);
    }

    #[test]
    fn bad_statements_name_the_field() {
        let field = |text: &str| Statement::from_toml(text).expect_err("refused").field;
        assert_eq!(field("body = 'b'\n"), "title");
        assert_eq!(field("title = 't'\n"), "body");
        assert_eq!(
            field("title = 't'\nbody = 'b'\nnamed = false\nanonymous = false\n"),
            "named"
        );
        assert_eq!(
            field("title = 't'\nbody = 'b'\nreveal_at = -1\n"),
            "reveal_at"
        );
        assert_eq!(
            field("title = 't'\nbody = 'b'\ncloses = '2026-02-30'\n"),
            "closes"
        );
        assert_eq!(field("title = 't'\nbody = 'b'\ncolour = 1\n"), "file");
        assert_eq!(
            field("title = 't'\nbody = 'b'\nwitnesses = ['w+01234567+AQ']\n"),
            "witnesses"
        );
    }

    #[test]
    fn translations_are_fixed_in_the_header_as_the_text_is() {
        use crate::log::entry::{Entry, Header};
        let text = "title = 'We object'\nbody = 'No keystroke logging.'\n\n[lang.es]\ntitle = 'Nos oponemos'\nbody = 'Sin registro de teclas.'\n\n[lang.ar]\ntitle = 'نعترض'\n";
        let statement = Statement::from_toml(text).expect("valid");
        assert_eq!(statement.languages(), ["en", "ar", "es"]);
        assert_eq!(
            statement.body_in("ar").lang,
            "en",
            "falls back to the original"
        );
        let problems = Statement::translation_problems(text).expect("valid");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field, "lang.ar.body");
        assert_eq!(
            problems[0].line,
            Some(2),
            "the line of the body to translate"
        );

        let key = crate::OrganiserKey::generate(&mut rand::thread_rng());
        let header = Header::new(
            crate::CampaignId::random(&mut rand::thread_rng()),
            &statement,
            key.public(),
        );
        let bytes = header.signed_bytes(&key);
        let shown = String::from_utf8(bytes.clone()).expect("text");
        let es = text_hash("Nos oponemos", "Sin registro de teclas.");
        assert!(shown.contains(&format!("translation es {es}\n")), "{shown}");
        match Entry::parse(&bytes, 0) {
            Ok(Entry::Header(parsed)) => assert_eq!(*parsed, header),
            other => panic!("{other:?}"),
        }
        // A changed translation is a different header.
        let mut changed = statement.clone();
        changed.translations.get_mut("es").expect("es").body = Some("Otro.".into());
        assert_ne!(
            Header::new(header.statement, &changed, key.public()),
            header
        );
        // What a server shows is checked against the signed hashes.
        let shown = statement.translations.clone();
        assert_eq!(
            header.check_shown(&statement.title, &statement.body, &shown),
            Ok(())
        );
        let softened = changed.translations.clone();
        let error = header
            .check_shown(&statement.title, &statement.body, &softened)
            .expect_err("a changed translation");
        assert!(error.contains("the es translation"), "{error}");
        let mut hidden = shown.clone();
        hidden.remove("ar");
        let error = header
            .check_shown(&statement.title, &statement.body, &hidden)
            .expect_err("a signed translation hidden");
        assert!(error.contains("signed a ar translation"), "{error}");
        let mut extra = shown.clone();
        extra.insert("de".into(), StatementTranslation::default());
        let error = header
            .check_shown(&statement.title, &statement.body, &extra)
            .expect_err("an unsigned translation");
        assert!(error.contains("never signed"), "{error}");
        let error = header
            .check_shown(&statement.title, "Another body.", &shown)
            .expect_err("a changed original");
        assert!(error.contains("not the ones signed"), "{error}");

        // One language, no `translation` line: old headers read as before.
        let plain = Statement::from_toml("title = 't'\nbody = 'b'\n").expect("valid");
        let bytes = Header::new(header.statement, &plain, key.public()).signed_bytes(&key);
        assert!(!String::from_utf8(bytes)
            .expect("text")
            .contains("translation"));
    }

    #[test]
    fn dates_are_real_dates() {
        assert!(valid_date("2028-02-29"));
        assert!(!valid_date("2027-02-29"));
        assert!(!valid_date("2027-13-01"));
        assert!(!valid_date("27-01-01"));
        assert!(!valid_date("2027-1-01"));
    }

    #[test]
    fn the_hash_fixes_the_text() {
        let a = Statement::from_toml("title = 't'\nbody = 'b'\n").expect("valid");
        let mut b = a.clone();
        b.body.push('.');
        assert_ne!(a.text_hash(), b.text_hash());
        b.body.pop();
        b.reveal_at = 5;
        assert_eq!(
            a.text_hash(),
            b.text_hash(),
            "settings are in the header, not the text"
        );
    }
}
