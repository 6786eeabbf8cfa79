//! A survey form sent back with problems says them in the page's
//! language: `?lang=es` and `?lang=ar` show each problem in Spanish or
//! Arabic, next to its question and in the list at the top, and no English
//! error sentence is left; the list joins a question and its problem as
//! the language does (French: a no-break space before the colon); the
//! JSON API keeps its English messages and its shape.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use caucus_core::i18n::{escape_html, text, Arg};
use common::*;
use serde_json::json;

/// Left empty: `area` (required, choose one) and `recorded` (required,
/// tick at least one); `stress` out of its range; `note` with a control
/// character.
const INCOMPLETE: &str = "q_told=No&q_consent=3&q_comfort=3&q_reviews=I+suspect+it+is\
     &q_retention=Not+at+all&q_safeguards=Independent+audit&q_stress=42&q_note=a%07b";

/// The problems `INCOMPLETE` has, as catalogue messages.
fn problems() -> Vec<(&'static str, Vec<(&'static str, Arg)>)> {
    let range = || vec![("min", Arg::Number(0.0)), ("max", Arg::Number(10.0))];
    vec![
        ("answer-required-choose", vec![]),
        ("answer-required-tick", vec![]),
        ("answer-out-of-range", range()),
        ("answer-control-characters", vec![]),
    ]
}

/// The form with `INCOMPLETE`, sent in `lang`: (status, page).
fn send(f: &Fixture, lang: &str) -> (u16, String) {
    let code = f.invites(1).remove(0);
    call(
        agent()
            .post(&format!("{}/s/{}?lang={lang}", f.base(), f.id))
            .set("Content-Type", "application/x-www-form-urlencoded")
            .send_string(&format!("invite={code}&{INCOMPLETE}")),
    )
}

#[test]
fn form_errors_are_in_the_pages_language() {
    let f = Fixture::new();
    for (lang, dir) in [("es", "ltr"), ("ar", "rtl")] {
        let (status, page) = send(&f, lang);
        assert_eq!(status, 422, "{lang}: {page}");
        assert!(
            page.contains(&format!("lang=\"{lang}\" dir=\"{dir}\"")),
            "{lang}: {page}"
        );
        for (key, args) in problems() {
            let translated = escape_html(&text(lang, key, &args));
            let english = text("en", key, &args);
            assert_ne!(translated, english, "{lang}: {key} is not translated");
            // Once in the list at the top, once at the question.
            assert_eq!(
                page.matches(&translated).count(),
                2,
                "{lang}: {translated:?} not twice in {page}"
            );
            assert!(
                !page.contains(&escape_html(&english)),
                "{lang}: English {english:?} left in {page}"
            );
        }
        for english in ["is required", "must be", "must not", "tick at least"] {
            assert!(!page.contains(english), "{lang}: {english:?} in {page}");
        }
        assert!(page.contains(&escape_html(&text(
            lang,
            "survey-errors-heading",
            &[("count", Arg::Number(4.0))]
        ))));
    }

    // English stays as it was.
    let (status, page) = send(&f, "en");
    assert_eq!(status, 422);
    for english in [
        "is required: choose one answer",
        "is required: tick at least one box",
        "must be a whole number from 0 to 10",
        "must not contain control characters",
    ] {
        assert!(page.contains(english), "no {english:?} in {page}");
    }

    assert!(page.contains("</a>: <bdi>"), "{page}");

    // The list at the top joins a question and its problem as the language
    // does: French puts a no-break space before the colon.
    let (status, page) = send(&f, "fr");
    assert_eq!(status, 422);
    let joined = |lang: &str| {
        let parts = [
            ("question", Arg::Text("Q".into())),
            ("problem", Arg::Text("P".into())),
        ];
        text(lang, "survey-error-item", &parts)
    };
    assert_eq!(joined("fr"), "Q\u{a0}: P");
    assert_eq!(joined("en"), "Q: P");
    assert_eq!(page.matches("</a>\u{a0}: <bdi>").count(), 4, "{page}");
    assert!(!page.contains("</a>: "), "{page}");
    let title = text(
        "fr",
        "page-title-with-problem",
        &[
            ("problem", Arg::Text(text("fr", "survey-errors-title", &[]))),
            ("title", Arg::Text("T".into())),
        ],
    );
    assert!(title.ends_with("\u{a0}: T"), "{title}");

    // The API answers in English, with the fields it always had.
    let code = f.invites(1).remove(0);
    let (status, body) = submit(f.base(), &f.id, &code, &json!({"stress": 42}));
    assert_eq!(status, 422, "{body}");
    let errors = body["errors"].as_array().unwrap();
    assert!(errors
        .iter()
        .any(|e| e["message"] == "must be a whole number from 0 to 10"));
    for error in errors {
        let mut fields: Vec<&String> = error.as_object().unwrap().keys().collect();
        fields.sort();
        assert_eq!(fields, ["message", "question"], "{error}");
    }
}
