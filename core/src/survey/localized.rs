//! A survey in one of its languages: what a page, a report or an invite
//! sheet shows. The structure (ids, kinds, option order) never changes
//! with the language, so whatever counts by index counts the same.

use super::{Question, QuestionKind, Survey};
use crate::translation::{local_text, LocalText};

impl Survey {
    /// The file's own language, then each translation's, in tag order.
    pub fn languages(&self) -> Vec<&str> {
        std::iter::once(self.lang.as_str())
            .chain(self.translations.keys().map(String::as_str))
            .collect()
    }

    /// The language of this survey that best serves `code`: itself if the
    /// survey has it, else the file's own.
    pub fn content_language(&self, code: &str) -> &str {
        self.languages()
            .into_iter()
            .find(|l| *l == code)
            .unwrap_or(&self.lang)
    }

    /// The title in `code`, or in the file's own language.
    pub fn title_in(&self, code: &str) -> LocalText {
        self.pick(code, |t| t.title.as_deref(), &self.title)
    }

    /// The description (Markdown) in `code`, or in the file's own language.
    pub fn description_in(&self, code: &str) -> LocalText {
        self.pick(code, |t| t.description.as_deref(), &self.description)
    }

    /// A question's prompt in `code`, or in the file's own language.
    pub fn prompt_in(&self, question: &Question, code: &str) -> LocalText {
        self.pick(
            code,
            |t| t.questions.get(&question.id)?.prompt.as_deref(),
            &question.prompt,
        )
    }

    /// A question's options in `code` (same order), or the file's own.
    pub fn options_in(&self, question: &Question, code: &str) -> Option<(Vec<String>, String)> {
        let own = question.kind.options()?;
        let translated = self
            .translations
            .get(code)
            .and_then(|t| t.questions.get(&question.id)?.options.as_ref())
            .filter(|o| o.len() == own.len());
        Some(match translated {
            Some(options) => (options.clone(), code.to_string()),
            None => (own.to_vec(), self.lang.clone()),
        })
    }

    fn pick(
        &self,
        code: &str,
        field: impl Fn(&super::SurveyTranslation) -> Option<&str>,
        own: &str,
    ) -> LocalText {
        let found = self.translations.get(code).and_then(field);
        local_text(found, code, own, &self.lang)
    }

    /// The whole survey with its text in `code` where translated: for a
    /// report or a sheet that takes a `Survey`. Ids, kinds and option
    /// order are unchanged; what is not translated stays as written.
    pub fn in_language(&self, code: &str) -> Survey {
        let mut out = self.clone();
        out.title = self.title_in(code).text;
        out.description = self.description_in(code).text;
        for (question, own) in out.questions.iter_mut().zip(&self.questions) {
            question.prompt = self.prompt_in(own, code).text;
            if let Some((options, _)) = self.options_in(own, code) {
                match &mut question.kind {
                    QuestionKind::Single { options: o, .. }
                    | QuestionKind::Multi { options: o } => {
                        *o = options;
                    }
                    _ => {}
                }
            }
        }
        out.lang = self.content_language(code).to_string();
        out.translations.clear();
        out
    }
}
