#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

use super::*;

/// Every catalogue parses and has exactly English's messages and
/// attributes: a missing one would show English in the middle of a page,
/// an extra one is a typo or a leftover.
#[test]
fn every_catalogue_has_exactly_the_english_keys() {
    let (english, errors) = keys("en");
    assert!(errors.is_empty(), "en.ftl: {errors:?}");
    assert!(english.len() > 40, "only {} messages", english.len());
    for language in LANGUAGES {
        let (theirs, errors) = keys(language.code);
        assert!(errors.is_empty(), "{}.ftl: {errors:?}", language.code);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}.ftl: missing {missing:?}, not in English {extra:?}",
            language.code
        );
    }
}

/// Each message formats, in every language, with the arguments English
/// gives it, and keeps the same markup.
#[test]
fn every_message_formats_with_its_arguments() {
    let (english, _) = keys("en");
    let args = [
        ("count", Arg::Number(3.0)),
        ("required", Arg::Number(2.0)),
        ("min_group", Arg::Number(5.0)),
        ("min", Arg::Number(0.0)),
        ("max", Arg::Number(10.0)),
        ("title", Arg::Text("T".into())),
        ("example", Arg::Text("K7QM".into())),
        ("key", Arg::Text("ab12".into())),
        ("named", Arg::Number(2.0)),
        ("anonymous", Arg::Number(1.0)),
        ("unverified", Arg::Number(1.0)),
        ("reveal_at", Arg::Number(7.0)),
        ("so_far", Arg::Number(4.0)),
        ("index", Arg::Number(12.0)),
        ("status", Arg::Number(404.0)),
        ("retry_after", Arg::Number(30.0)),
        ("needed", Arg::Number(7.0)),
        ("signed", Arg::Number(4.0)),
        ("entry", Arg::Number(9.0)),
        ("now", Arg::Number(11.0)),
        ("claimed", Arg::Number(10.0)),
        ("closes", Arg::Text("2031-05-01".into())),
        ("hash", Arg::Text("9f86d081".into())),
        ("field", Arg::Text("name".into())),
        ("kind", Arg::Text("statement".into())),
        ("about", Arg::Text("survey".into())),
        ("methods", Arg::Text("GET".into())),
        ("date", Arg::Text("2031-05-01".into())),
        ("edited", Arg::Number(1.0)),
        ("questions", Arg::Text("area".into())),
        ("error", Arg::Text("± 2.3".into())),
        ("prompt", Arg::Text("Q?".into())),
        ("question", Arg::Text("<a href=\"#q-area\">Q?</a>".into())),
        ("problem", Arg::Text("P".into())),
        ("mechanism", Arg::Text("Laplace".into())),
        ("epsilon", Arg::Text("1.0".into())),
        ("figure", Arg::Text("30%".into())),
        ("hidden", Arg::Text("hidden".into())),
        ("name", Arg::Text("Agree".into())),
        ("percent", Arg::Text("20%".into())),
        ("signer", Arg::Text("<strong>A. Signer</strong>".into())),
        ("role", Arg::Text("Picker".into())),
        ("comment", Arg::Text("Enough.".into())),
        ("advice", Arg::Text("Check the code.".into())),
        ("mean", Arg::Text("3.2".into())),
        ("median", Arg::Text("3".into())),
        ("value", Arg::Text("Elsewhere".into())),
        ("url", Arg::Text("https://example.org/s/x".into())),
        ("surveys", Arg::Text("<a href=\"#surveys\">s</a>".into())),
        (
            "statements",
            Arg::Text("<a href=\"#statements\">s</a>".into()),
        ),
    ];
    for language in LANGUAGES {
        for key in &english {
            let text = format(language.code, key, &args)
                .unwrap_or_else(|| panic!("{}: {key} does not format", language.code));
            let english_text = format("en", key, &args).unwrap();
            for tag in ["<strong>", "</strong>", "<code>", "</code>"] {
                assert_eq!(
                    text.matches(tag).count(),
                    english_text.matches(tag).count(),
                    "{}: {key} has other markup than English: {text}",
                    language.code
                );
            }
        }
    }
}

#[test]
fn the_url_then_the_browser_then_the_campaign_choose() {
    assert_eq!(negotiate(Some("es"), Some("de"), "fr").code, "es");
    assert_eq!(
        negotiate(Some("xx"), Some("de-AT,de;q=0.9"), "fr").code,
        "de"
    );
    assert_eq!(
        negotiate(None, Some("zh-CN, pt-BR;q=0.8, en;q=0.5"), "fr").code,
        "pt"
    );
    assert_eq!(negotiate(None, Some("zh-CN"), "fr").code, "fr");
    assert_eq!(negotiate(None, None, "xx").code, "en");
    assert!(language("ar").unwrap().rtl);
    assert_eq!(language("AR").unwrap().dir(), "rtl");
}

#[test]
fn plural_forms_follow_each_language() {
    let count = |n: f64| [("count", Arg::Number(n))];
    assert_eq!(text("en", "survey-length", &count(1.0)), "1 question.");
    assert_eq!(text("en", "survey-length", &count(10.0)), "10 questions.");
    assert_eq!(text("xx", "survey-length", &count(2.0)), "2 questions.");
    assert_eq!(text("en", "no-such-message", &[]), "no-such-message");
}

/// The test-only pseudo-locale: off unless the process was started with
/// its variable (the tests here are not), and when on, every letter of a
/// catalogue's text is swapped while tags stay whole.
#[test]
fn the_pseudo_locale_is_off_unless_asked_for_and_keeps_markup() {
    if std::env::var(PSEUDO_ENV).is_err() {
        assert!(language("en-XA").is_none());
        assert!(pseudo_language().is_none());
        assert_eq!(negotiate(Some("en-XA"), None, "en").code, "en");
        assert_eq!(
            text("en-XA", "survey-send", &[]),
            text("en", "survey-send", &[])
        );
    }
    assert!(LANGUAGES.iter().all(|l| l.code != "en-XA"));
    let shown = pseudo_text("Run <code>caucus verify</code> &amp; see.");
    assert!(shown.starts_with("Řuuƞ <code>"), "{shown}");
    assert!(shown.contains("</code> &amp; şee"), "{shown}");
}

#[test]
fn punctuation_is_each_language_s_own() {
    let signer = [
        ("signer", Arg::Text("<strong>A</strong>".into())),
        ("comment", Arg::Text("Enough.".into())),
    ];
    assert_eq!(
        text("en", "statement-signer-comment", &signer),
        "<strong>A</strong>: “Enough.”"
    );
    assert_eq!(
        text("fr", "statement-signer-comment", &signer),
        "<strong>A</strong>\u{a0}: «\u{a0}Enough.\u{a0}»"
    );
    assert_eq!(
        text("de", "statement-signer-comment", &signer),
        "<strong>A</strong>: „Enough.“"
    );
    let row = [
        ("name", Arg::Text("Oui".into())),
        ("count", Arg::Text("5".into())),
    ];
    assert_eq!(text("fr", "chart-row-figure", &row), "Oui\u{a0}: 5");
    assert_eq!(text("ar", "chart-rows-separator", &[]), "؛ ");
}
