//! Interface text in several languages. Every string a respondent, signer
//! or visitor reads comes from one Fluent catalogue per language
//! (`locales/<code>.ftl`, Project Fluent syntax), so a translator edits one
//! file and never touches a template. Adding a language is adding its file
//! and one line to [`LANGUAGES`].
//!
//! The language of a page is chosen, in order, by an explicit choice in
//! the URL (`?lang=`, carried in every link and form since the site sets
//! no cookie), the browser's `Accept-Language`, then the fallback the
//! caller names ([`negotiate`]; the server's pages fall back to English). A message missing from a catalogue falls back
//! to English, so a half-finished translation still shows a whole page;
//! the catalogue test keeps shipped catalogues complete.

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// One interface language.
#[derive(Debug)]
pub struct Language {
    /// BCP 47 code, as in `?lang=` and `<html lang>`.
    pub code: &'static str,
    /// Its own name for itself, for the language switcher.
    pub name: &'static str,
    /// Written right to left (`<html dir="rtl">`).
    pub rtl: bool,
    source: &'static str,
}

impl Language {
    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

macro_rules! language {
    ($code:literal, $name:literal, $rtl:literal) => {
        Language {
            code: $code,
            name: $name,
            rtl: $rtl,
            source: include_str!(concat!("../../locales/", $code, ".ftl")),
        }
    };
}

/// Every shipped language, English (the source of every other) first.
pub const LANGUAGES: &[Language] = &[
    language!("en", "English", false),
    language!("es", "Español", false),
    language!("fr", "Français", false),
    language!("de", "Deutsch", false),
    language!("pt", "Português", false),
    language!("ar", "العربية", true),
];

/// The language every other falls back to.
pub const ENGLISH: &Language = &LANGUAGES[0];

pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(code))
        .or_else(|| pseudo_language().filter(|l| l.code.eq_ignore_ascii_case(code)))
}

/// The environment variable that turns the test-only pseudo-locale on
/// (`CAUCUS_PSEUDO_LOCALE=1`), for the server and the CLI alike.
///
/// Test only: the pseudo-locale is English with every letter of the
/// catalogue's text swapped for an accented look-alike (`Ŧħiş`), so that a
/// test can find any text on a page that did not come from a catalogue.
/// It is never offered to real users: without the variable its code is
/// unknown, and even with it, it is in no language switcher and no
/// `Accept-Language` picks it; only an explicit `?lang=en-XA` (or `--lang
/// en-XA`) does.
pub const PSEUDO_ENV: &str = "CAUCUS_PSEUDO_LOCALE";

/// The pseudo-locale (Android's code for one): built from the English
/// catalogue, see [`PSEUDO_ENV`]. Not in [`LANGUAGES`].
static PSEUDO: Language = Language {
    code: "en-XA",
    name: "Ƥşeeuuḓoo",
    rtl: false,
    source: ENGLISH.source,
};

/// The pseudo-locale, if the process was started with [`PSEUDO_ENV`] set
/// to `1` (read once).
pub fn pseudo_language() -> Option<&'static Language> {
    static ON: OnceLock<bool> = OnceLock::new();
    ON.get_or_init(|| std::env::var(PSEUDO_ENV).as_deref() == Ok("1"))
        .then_some(&PSEUDO)
}

/// The pseudo-locale's transformation of a catalogue's text: letters
/// swapped and vowels doubled (a third longer, as translations often
/// are), tags and entities (`<code>`, `&amp;`) left as they are.
fn pseudo_text(text: &str) -> std::borrow::Cow<'_, str> {
    fluent_pseudo::transform_dom(text, false, true, false)
}

/// The language of a request: `explicit` (from the URL) if it is shipped,
/// else the best match of `accept_language` (the header, RFC 9110 section
/// 12.5.4, quality values honoured), else `fallback` (a campaign's
/// default) if shipped, else English.
pub fn negotiate(
    explicit: Option<&str>,
    accept_language: Option<&str>,
    fallback: &str,
) -> &'static Language {
    if let Some(chosen) = explicit.and_then(language) {
        return chosen;
    }
    // Parsed once: every page asks.
    static AVAILABLE: OnceLock<Vec<LanguageIdentifier>> = OnceLock::new();
    let available = AVAILABLE.get_or_init(|| {
        LANGUAGES
            .iter()
            .filter_map(|l| l.code.parse().ok())
            .collect()
    });
    let requested = fluent_langneg::accepted_languages::parse(accept_language.unwrap_or(""));
    let matched = fluent_langneg::negotiate_languages(
        &requested,
        available,
        None,
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    matched
        .first()
        .and_then(|id| language(id.language.as_str()))
        .or_else(|| language(fallback))
        .unwrap_or(ENGLISH)
}

/// The best of `available` (language tags) for a request: `explicit` if
/// it is one of them, else the best match of `accept_language`, else
/// none. For a campaign's own languages, which need not be shipped ones.
pub fn best_of<'a>(
    explicit: Option<&str>,
    accept_language: Option<&str>,
    available: &[&'a str],
) -> Option<&'a str> {
    if let Some(found) = explicit.and_then(|e| available.iter().find(|a| a.eq_ignore_ascii_case(e)))
    {
        return Some(found);
    }
    let ids: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    let requested = fluent_langneg::accepted_languages::parse(accept_language.unwrap_or(""));
    let matched = fluent_langneg::negotiate_languages(
        &requested,
        &ids,
        None,
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    let best = matched.first()?.to_string();
    available.iter().find(|a| **a == best).copied()
}

/// An argument of a message: text or a number (numbers pick plural forms).
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl Arg {
    /// Text going into a message that carries markup of its own: escaped,
    /// and isolated (`<bdi>`) so a title or code keeps its own direction
    /// inside a sentence of the other.
    pub fn html(text: &str) -> Self {
        Arg::Text(format!("<bdi>{}</bdi>", escape_html(text)))
    }
}

type Bundles = HashMap<&'static str, FluentBundle<FluentResource>>;

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        LANGUAGES
            .iter()
            .chain(pseudo_language())
            .map(|language| {
                // A catalogue that does not parse keeps what did; the
                // catalogue test refuses any parse error before release.
                let resource = FluentResource::try_new(language.source.to_string())
                    .unwrap_or_else(|(partial, _)| partial);
                let id: LanguageIdentifier = language.code.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Placeables are not wrapped in Unicode isolation marks:
                // pages isolate what needs it (`<bdi>`), and the marks
                // would end up inside attribute values and copied text.
                bundle.set_use_isolating(false);
                if language.code == PSEUDO.code {
                    bundle.set_transform(Some(pseudo_text));
                }
                let _ = bundle.add_resource(resource);
                (language.code, bundle)
            })
            .collect()
    })
}

fn format(code: &str, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = bundles().get(code)?;
    let (id, attribute) = match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Message `key` (`id` or `id.attribute`) in language `code`, with `args`;
/// in English if that catalogue lacks it, and the key itself if no
/// catalogue has it, so a gap shows rather than an empty page.
pub fn text(code: &str, key: &str, args: &[(&str, Arg)]) -> String {
    format(code, key, args)
        .or_else(|| format(ENGLISH.code, key, args))
        .unwrap_or_else(|| key.to_string())
}

/// Text for HTML, in an element or a quoted attribute: `&`, `<`, `>`,
/// `"` and `'` escaped (and `/` left alone, so links read as paths).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            other => out.push(other),
        }
    }
    out
}

/// Every message id and `id.attribute` of a catalogue, and what failed to
/// parse in it (for the catalogue test).
pub fn keys(code: &str) -> (BTreeSet<String>, Vec<String>) {
    let Some(language) = language(code) else {
        return (BTreeSet::new(), vec![format!("no language {code}")]);
    };
    let (resource, errors) = match FluentResource::try_new(language.source.to_string()) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors.iter().map(|e| e.to_string()).collect()),
    };
    let mut keys = BTreeSet::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(message) = entry {
            let id = message.id.name;
            if message.value.is_some() {
                keys.insert(id.to_string());
            }
            for attribute in &message.attributes {
                keys.insert(format!("{id}.{}", attribute.id.name));
            }
        }
    }
    (keys, errors)
}

#[cfg(test)]
mod tests;
