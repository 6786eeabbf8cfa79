//! A message of the catalogues named by a handler for a template to
//! translate: its key and arguments, not its words. The page's language is
//! settled only when it renders (`handlers::html::render`), so a handler
//! hands over what to say and the template says it, with
//! `t(m.key, args=m.args)`.

use std::collections::BTreeMap;

use serde::Serialize;

/// One argument: numbers stay numbers, so that they pick plural forms.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum MessageArg {
    Number(i64),
    Text(String),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Message {
    pub key: String,
    pub args: BTreeMap<String, MessageArg>,
}

impl Message {
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            args: BTreeMap::new(),
        }
    }

    pub fn number(mut self, name: &str, value: impl TryInto<i64>) -> Self {
        let value = value.try_into().unwrap_or(i64::MAX);
        self.args.insert(name.into(), MessageArg::Number(value));
        self
    }

    pub fn text(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args
            .insert(name.into(), MessageArg::Text(value.into()));
        self
    }

    /// The message in language `code`, for what is compared or logged
    /// rather than shown through a template.
    pub fn in_language(&self, code: &str) -> String {
        let args: Vec<(&str, caucus_core::i18n::Arg)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let arg = match value {
                    MessageArg::Number(n) => caucus_core::i18n::Arg::Number(*n as f64),
                    MessageArg::Text(t) => caucus_core::i18n::Arg::Text(t.clone()),
                };
                (name.as_str(), arg)
            })
            .collect();
        caucus_core::i18n::text(code, &self.key, &args)
    }
}
