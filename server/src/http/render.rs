//! Templates and Markdown. Every page comes from `templates/`; release
//! builds embed them, debug builds read them from disk on each render so
//! a page can be edited without a rebuild.
//!
//! Markdown (survey descriptions) is rendered without raw HTML and without
//! images, so an organiser's text can neither run script nor make a
//! respondent's browser fetch from another origin.

use caucus_core::i18n::{self, escape_html, Arg};
use minijinja::value::Kwargs;
use minijinja::{Environment, State, Value};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::language::link;

macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../../templates/", $name)))),*]
    };
}

const EMBEDDED: &[(&str, &str)] = embedded!(
    "base.html",
    "index.html",
    "privacy.html",
    "survey.html",
    "survey_code.html",
    "ticket.html",
    "thanks.html",
    "error.html",
    "statement.html",
    "statement_signed.html",
    "statement_withdraw.html",
    "results.html",
    "report_charts.html",
    "style.css",
    "report.css",
);

pub struct Templates {
    env: Environment<'static>,
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.add_function("t", translate);
    env.add_function("th", translate_html);
    // Escaped here, for an attribute, but without minijinja's escaping
    // of `/`, so that links read as paths in the page source too.
    env.add_function("url", |state: &State, href: &str| {
        let explicit = state
            .lookup("explicit_lang")
            .and_then(|v| v.as_str().map(str::to_string));
        Value::from_safe_string(escape_html(&link(href, explicit.as_deref())))
    });
    // ` lang="xx"` on an element of organisers' text written in another
    // language than the page's words (a translation they lack is shown in
    // their file's own), so a screen reader reads it with the right voice.
    env.add_function("lang_attr", |state: &State, code: Option<&str>| {
        let attr = match code {
            Some(code) if code != page_language(state) => {
                format!(" lang=\"{}\"", escape_html(code))
            }
            _ => String::new(),
        };
        Value::from_safe_string(attr)
    });
    env.add_function("href", |href: &str| {
        Value::from_safe_string(escape_html(href))
    });
    if cfg!(debug_assertions) {
        env.set_loader(minijinja::path_loader(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../templates"
        )));
    } else {
        for (name, source) in EMBEDDED {
            // Embedded sources are checked by the tests; a broken one is
            // reported at render time rather than aborting start-up.
            if let Err(err) = env.add_template(name, source) {
                log::error!("template {name}: {err}");
            }
        }
    }
    env
}

/// The arguments of a message, from a template call's keyword arguments;
/// `escape` HTML-escapes text ones for [`translate_html`].
fn message_args(kwargs: &Kwargs, escape: bool) -> Result<Vec<(String, Arg)>, minijinja::Error> {
    let mut args = Vec::new();
    for name in kwargs.args() {
        let value: Value = kwargs.get(name)?;
        // `args=`: the arguments a handler named with its message
        // (`http::message`), since a template cannot spread a map into
        // keyword arguments.
        if name == "args" && value.kind() == minijinja::value::ValueKind::Map {
            for key in value.try_iter()? {
                let item = value.get_item(&key)?;
                args.push((key.to_string(), message_arg(&item, escape)));
            }
            continue;
        }
        args.push((name.to_string(), message_arg(&value, escape)));
    }
    Ok(args)
}

fn message_arg(value: &Value, escape: bool) -> Arg {
    match value.as_i64() {
        Some(n) => Arg::Number(n as f64),
        // Markup the template built itself (a link around translated
        // words, `{% set %}` blocks are safe strings) goes in as it is.
        None if escape && value.is_safe() => Arg::Text(value.to_string()),
        // Escaped and isolated (`<bdi>`): a title or code keeps its own
        // direction inside a sentence of the other.
        None if escape => Arg::html(&value.to_string()),
        None => Arg::Text(value.to_string()),
    }
}

fn page_language(state: &State) -> String {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| i18n::ENGLISH.code.to_string())
}

/// `t("key", name=value, ...)`: a message of the page's language, as text
/// (the template escapes it like any other value).
fn translate(state: &State, key: &str, kwargs: Kwargs) -> Result<String, minijinja::Error> {
    let args = message_args(&kwargs, false)?;
    let args: Vec<(&str, Arg)> = args.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
    Ok(i18n::text(&page_language(state), key, &args))
}

/// `th("key", ...)`: the same for a message that carries a little markup
/// of its own (`<strong>`, `<code>`): the catalogue is trusted, every
/// argument is escaped and isolated before it goes in.
fn translate_html(state: &State, key: &str, kwargs: Kwargs) -> Result<Value, minijinja::Error> {
    let args = message_args(&kwargs, true)?;
    let args: Vec<(&str, Arg)> = args.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
    Ok(Value::from_safe_string(i18n::text(
        &page_language(state),
        key,
        &args,
    )))
}

impl Templates {
    pub fn new() -> Self {
        Self { env: environment() }
    }

    pub fn render(&self, name: &str, context: Value) -> Result<String, minijinja::Error> {
        if cfg!(debug_assertions) {
            environment().get_template(name)?.render(context)
        } else {
            self.env.get_template(name)?.render(context)
        }
    }

    /// The stylesheet, served at `/static/style.css`.
    /// style.css, then report.css (the chart classes the results page
    /// shares with the CLI's standalone report).
    pub fn stylesheet(&self) -> String {
        ["style.css", "report.css"]
            .iter()
            .map(|name| static_text(name))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// A static template file: from disk in debug builds, embedded otherwise.
fn static_text(name: &str) -> String {
    if cfg!(debug_assertions) {
        let path = format!("{}/../templates/{name}", env!("CARGO_MANIFEST_DIR"));
        if let Ok(text) = std::fs::read_to_string(path) {
            return text;
        }
    }
    EMBEDDED
        .iter()
        .find(|(embedded, _)| *embedded == name)
        .map(|(_, source)| (*source).to_string())
        .unwrap_or_default()
}

impl Default for Templates {
    fn default() -> Self {
        Self::new()
    }
}

fn safe_link(dest: &str) -> bool {
    let lower = dest.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
}

/// Markdown to HTML with raw HTML shown as text, images reduced to their
/// alt text, and only http(s)/mailto links kept.
pub fn markdown(source: &str) -> String {
    // Image tags go; the alt text between them stays as plain text.
    let mut dropped_links = Vec::new();
    let events = Parser::new_ext(
        source,
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES,
    )
    .filter_map(|event| match event {
        Event::Html(text) | Event::InlineHtml(text) => Some(Event::Text(text)),
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        Event::Start(Tag::Link { ref dest_url, .. }) => {
            let keep = safe_link(dest_url);
            dropped_links.push(!keep);
            keep.then_some(event)
        }
        Event::End(TagEnd::Link) => {
            let dropped = dropped_links.pop().unwrap_or(false);
            (!dropped).then_some(event)
        }
        other => Some(other),
    })
    .collect::<Vec<_>>();
    let mut html = String::with_capacity(source.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_drops_html_images_and_script_links() {
        let html = markdown("**hi** <script>alert(1)</script> ![x](https://evil.example/t.png) [a](javascript:alert(1)) [b](https://ok.example)");
        assert!(html.contains("<strong>hi</strong>"));
        assert!(!html.contains("<script"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("evil.example"));
        assert!(!html.contains("javascript:"));
        assert!(html.contains("href=\"https://ok.example\""));
    }

    #[test]
    fn every_embedded_template_compiles() {
        let mut env = Environment::new();
        for (name, source) in EMBEDDED {
            env.add_template(name, source).expect(name);
        }
    }
}
