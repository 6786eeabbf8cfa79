//! The public results page and the privacy page in every shipped
//! language, in real headless Chromium: `lang` and `dir` are right, the
//! page's own words and the words inside its charts (the Likert legend,
//! the "hidden" of a hidden count, the side labels) come from that
//! language's catalogue, no English of ours is left in Spanish or Arabic,
//! and every figure is still in the tables.
//!
//! Needs `chromium` and `chromium-driver` installed (CI installs them).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use caucus_core::i18n::{text, Arg, LANGUAGES};
use common::webdriver::{skip_requested, Driver};
use common::*;
use serde_json::Value;

/// What a reader sees and what a screen reader hears: the page's text,
/// the chart pictures' own text and names, the legend, group headings and
/// every table's rows.
const PAGE: &str = r#"
return {
  lang: document.documentElement.lang,
  dir: document.documentElement.dir,
  direction: getComputedStyle(document.body).direction,
  title: document.title,
  h1: document.querySelector('h1').innerText,
  // textContent: CSS may show the kicker in capitals.
  text: document.querySelector('main').textContent,
  labels: [...document.querySelectorAll('main [aria-label]')].map((e) => e.getAttribute('aria-label')),
  drawn: [...document.querySelectorAll('main svg text')].map((t) => t.textContent),
  legend: [...document.querySelectorAll('.rp-legend li')].map((li) => li.innerText),
  groups: [...document.querySelectorAll('.rp-group h3')].map((h) => h.innerText),
  tables: [...document.querySelectorAll('.rp-data table')].map((t) =>
    [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.innerText))),
};
"#;

/// Our own English on the results page, none of it in the example
/// survey's own text: none may be left on a translated page.
const RESULTS_ENGLISH: &[&str] = &[
    "Survey results",
    "Published on",
    "Answered",
    "Everyone",
    "No one in this group responded",
    "Share of those who answered",
    "Free text is not included",
    "Strongly disagree",
    "Bar chart",
    "Column chart",
    "Prefer not to say",
    "responses",
    "hidden",
    "mean ",
];

const PRIVACY_ENGLISH: &[&str] = &[
    "What is recorded",
    "Never kept",
    "Your answers, sealed",
    "public log",
    "withdrawal secret",
    "How to protect yourself",
    "organisers",
    "invite",
];

/// Everything of `page` a reader or a screen reader meets, as one text.
fn everything(page: &Value) -> String {
    let mut all = vec![page["title"].as_str().unwrap().to_string()];
    all.push(page["text"].as_str().unwrap().to_string());
    for list in ["labels", "drawn", "legend", "groups"] {
        for item in page[list].as_array().unwrap() {
            all.push(item.as_str().unwrap().to_string());
        }
    }
    all.join("\n")
}

#[test]
fn results_and_privacy_pages_speak_every_language() {
    if skip_requested() {
        return;
    }
    let (f, report) = published();
    let driver = Driver::start(&f.dir.path().join("profile"), &[]);
    for language in LANGUAGES {
        let lang = language.code;
        let t = |key: &str| text(lang, key, &[]);

        driver.go(&format!("{}/s/{}/results?lang={lang}", f.base(), f.id));
        let page = driver.execute(PAGE);
        assert_eq!(page["lang"], lang, "{page}");
        assert_eq!(page["dir"], language.dir(), "{page}");
        assert_eq!(page["direction"], language.dir(), "{page}");
        let all = everything(&page);
        for key in ["results-kicker", "results-everyone", "results-group-empty"] {
            assert!(all.contains(&t(key)), "{lang}: no {key} in {all}");
        }
        // The Likert legend names the five answers in this language.
        let legend = page["legend"].as_array().unwrap();
        assert!(
            !legend.is_empty() && legend.len().is_multiple_of(5),
            "{lang}: {page}"
        );
        for (i, item) in legend.iter().enumerate() {
            let name = t(&format!("likert-{}", i % 5 + 1));
            assert!(
                item.as_str().unwrap().starts_with(&name),
                "{lang}: legend {item}, not {name}"
            );
        }
        // Drawn in the pictures too: the side label, and the word for a
        // hidden count.
        let drawn: Vec<&str> = page["drawn"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap())
            .collect();
        let hundred = text(lang, "chart-percent", &[("value", Arg::Number(100.0))]);
        let side = text(
            lang,
            "chart-disagree-side",
            &[("figure", Arg::Text(hundred))],
        );
        assert!(drawn.contains(&side.as_str()), "{lang}: {drawn:?}");
        assert!(
            drawn.contains(&t("chart-hidden").as_str()),
            "{lang}: {drawn:?}"
        );
        assert!(
            page["labels"]
                .as_array()
                .unwrap()
                .iter()
                .any(|l| l.as_str().unwrap().contains(&t("chart-kind-bars"))),
            "{lang}: {page}"
        );
        assert!(
            page["groups"].as_array().unwrap().iter().any(|g| g
                .as_str()
                .unwrap()
                .starts_with(&t("option-prefer-not-to-say"))),
            "{lang}: {page}"
        );
        // Every figure is still there, in order, in the tables.
        let counts: Vec<Vec<String>> = page["tables"]
            .as_array()
            .unwrap()
            .iter()
            .map(|rows| {
                rows.as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r[1].as_str().unwrap().to_string())
                    .collect()
            })
            .collect();
        assert_eq!(counts, expected_counts(&report, lang), "{lang}");
        if lang == "en" {
            for phrase in RESULTS_ENGLISH {
                assert!(
                    all.contains(phrase),
                    "the check of {phrase:?} checks nothing"
                );
            }
        }
        if ["es", "ar"].contains(&lang) {
            for phrase in RESULTS_ENGLISH {
                assert!(
                    !all.contains(phrase),
                    "{lang}: English {phrase:?} left in {all}"
                );
            }
        }

        driver.go(&format!("{}/privacy?lang={lang}", f.base()));
        let page = driver.execute(PAGE);
        assert_eq!(page["lang"], lang, "{page}");
        assert_eq!(page["dir"], language.dir(), "{page}");
        assert_eq!(page["h1"], t("privacy-heading"), "{page}");
        let all = everything(&page);
        assert!(all.contains(&t("privacy-never-code")), "{lang}: {all}");
        assert!(all.contains("caucus tally --include-text"), "{lang}: {all}");
        let anchors = driver.execute(
            "return [...document.querySelectorAll('main p a')].map((a) => a.getAttribute('href'));",
        );
        assert_eq!(
            anchors,
            serde_json::json!(["#surveys", "#statements"]),
            "{lang}"
        );
        if ["es", "ar"].contains(&lang) {
            for phrase in PRIVACY_ENGLISH {
                assert!(
                    !all.contains(phrase),
                    "{lang}: English {phrase:?} left in {all}"
                );
            }
        }
    }
}
