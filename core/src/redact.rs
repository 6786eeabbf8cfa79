//! Organisers' edits to free-text comments before anything is published:
//! removing a comment, or replacing its wording (to drop a name, a team, a
//! turn of phrase someone is known for).
//!
//! Edits name comments by id (a hash of question and text, see
//! [`crate::report::comment_id`]), not by position, because every tally
//! shuffles comments anew. An id that matches nothing is an error, never
//! skipped: a typo must not let the comment it meant through.

use std::collections::HashSet;

use serde::Deserialize;

use crate::report::{comment_id, Redacted, Report};

const MAX_TEXT: usize = 2000;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Redactions {
    #[serde(default)]
    remove: Vec<Removal>,
    #[serde(default)]
    replace: Vec<Replacement>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Removal {
    comment: String,
    /// For the organisers' own records; never published.
    #[serde(default)]
    #[allow(dead_code)]
    reason: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Replacement {
    comment: String,
    text: String,
    #[serde(default)]
    #[allow(dead_code)]
    reason: Option<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RedactError {
    #[error("edits file: {0}")]
    Parse(String),
    #[error("no comment has id `{0}` (ids are in the JSON report from `tally --include-text`)")]
    UnknownComment(String),
    #[error("comment `{0}` is both removed and replaced")]
    Conflict(String),
    #[error("replacement for `{0}`: {1}")]
    BadText(String, &'static str),
    #[error(
        "this report was already redacted: put every edit in one file and apply it to the original"
    )]
    AlreadyRedacted,
    #[error("this report has no comments to redact (tally with --include-text)")]
    NoComments,
}

impl Redactions {
    pub fn from_toml(text: &str) -> Result<Self, RedactError> {
        let parsed: Self = toml::from_str(text).map_err(|e| RedactError::Parse(e.to_string()))?;
        let mut seen = HashSet::new();
        for id in parsed.ids() {
            if !seen.insert(id) {
                return Err(RedactError::Conflict(id.to_string()));
            }
        }
        for r in &parsed.replace {
            let text = r.text.trim();
            if text.is_empty() {
                return Err(RedactError::BadText(
                    r.comment.clone(),
                    "is empty; use [[remove]] instead",
                ));
            }
            if text.chars().count() > MAX_TEXT {
                return Err(RedactError::BadText(
                    r.comment.clone(),
                    "is longer than 2000 characters",
                ));
            }
            if text.chars().any(|c| c.is_control() && c != '\n') {
                return Err(RedactError::BadText(
                    r.comment.clone(),
                    "holds control characters",
                ));
            }
        }
        Ok(parsed)
    }

    fn ids(&self) -> impl Iterator<Item = &str> {
        self.remove
            .iter()
            .map(|r| r.comment.as_str())
            .chain(self.replace.iter().map(|r| r.comment.as_str()))
    }

    /// Apply every edit to the report's comments, or none if any fails.
    pub fn apply(&self, report: &mut Report) -> Result<Redacted, RedactError> {
        if report.redacted.is_some() {
            return Err(RedactError::AlreadyRedacted);
        }
        let present: HashSet<String> = report
            .questions
            .iter()
            .flat_map(|q| q.comments.iter().flatten())
            .map(|c| c.id.clone())
            .collect();
        if present.is_empty() && self.ids().next().is_some() {
            return Err(RedactError::NoComments);
        }
        if let Some(missing) = self.ids().find(|id| !present.contains(*id)) {
            return Err(RedactError::UnknownComment(missing.to_string()));
        }
        let removed: HashSet<&str> = self.remove.iter().map(|r| r.comment.as_str()).collect();
        let mut done = Redacted {
            removed: 0,
            edited: 0,
        };
        for question in &mut report.questions {
            let Some(comments) = &mut question.comments else {
                continue;
            };
            let before = comments.len();
            comments.retain(|c| !removed.contains(c.id.as_str()));
            done.removed += before - comments.len();
            for comment in comments.iter_mut() {
                if let Some(r) = self.replace.iter().find(|r| r.comment == comment.id) {
                    comment.text = r.text.trim().to_string();
                    // A new id: the old one is a hash of the old wording,
                    // which anyone could confirm a guess against.
                    comment.id = comment_id(&question.id, &comment.text);
                    comment.edited = true;
                    done.edited += 1;
                }
            }
        }
        report.redacted = Some(done.clone());
        Ok(done)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Comment, QuestionReport};

    fn report() -> Report {
        let comments = ["cameras everywhere", "my manager Jo reads them", "fine"]
            .iter()
            .map(|t| Comment::new("note", t))
            .collect();
        Report {
            survey: "s".into(),
            title: "t".into(),
            responses: 12,
            min_group: 5,
            suppressed: false,
            by: Vec::new(),
            questions: vec![QuestionReport {
                id: "note".into(),
                kind: "text".into(),
                prompt: "p".into(),
                answered: Some(12),
                options: Vec::new(),
                mean: None,
                median: None,
                comments: Some(comments),
                comments_withheld: false,
                expected_error: None,
            }],
            groups: None,
            noise: None,
            redacted: None,
        }
    }

    fn id(text: &str) -> String {
        crate::report::comment_id("note", text)
    }

    #[test]
    fn removes_and_replaces_by_id() {
        let mut r = report();
        let edits = Redactions::from_toml(&format!(
            "[[remove]]\ncomment = \"{}\"\nreason = \"names a manager\"\n[[replace]]\ncomment = \"{}\"\ntext = \"cameras in every room\"\n",
            id("my manager Jo reads them"),
            id("cameras everywhere")
        ))
        .expect("parses");
        let done = edits.apply(&mut r).expect("applies");
        assert_eq!(
            done,
            Redacted {
                removed: 1,
                edited: 1
            }
        );
        let texts: Vec<&str> = r.questions[0]
            .comments
            .as_ref()
            .expect("comments")
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(texts, ["cameras in every room", "fine"]);
        let edited = &r.questions[0].comments.as_ref().expect("comments")[0];
        assert_eq!(
            edited.id,
            id("cameras in every room"),
            "no hash of the old words"
        );
        assert!(!serde_json::to_string(&r).expect("json").contains("Jo"));
        assert_eq!(edits.apply(&mut r), Err(RedactError::AlreadyRedacted));
    }

    #[test]
    fn a_typo_changes_nothing() {
        let mut r = report();
        let before = r.clone();
        let edits = Redactions::from_toml(&format!(
            "[[remove]]\ncomment = \"{}\"\n[[remove]]\ncomment = \"0000deadbeef\"\n",
            id("fine")
        ))
        .expect("parses");
        assert_eq!(
            edits.apply(&mut r),
            Err(RedactError::UnknownComment("0000deadbeef".into()))
        );
        assert_eq!(r, before);
    }

    #[test]
    fn bad_files_are_refused() {
        assert!(matches!(
            Redactions::from_toml("[[remove]]\nid = \"x\"\n"),
            Err(RedactError::Parse(_))
        ));
        assert!(matches!(
            Redactions::from_toml(
                "[[remove]]\ncomment = \"a\"\n[[replace]]\ncomment = \"a\"\ntext = \"b\"\n"
            ),
            Err(RedactError::Conflict(_))
        ));
        assert!(matches!(
            Redactions::from_toml("[[replace]]\ncomment = \"a\"\ntext = \"  \"\n"),
            Err(RedactError::BadText(..))
        ));
    }
}
