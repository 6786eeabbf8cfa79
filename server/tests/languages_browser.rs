//! Issue 17, section 1, in real headless Chromium: the survey pages in
//! every shipped language. The choice in the URL wins, then
//! `Accept-Language`; `lang` and `dir` are right; every link and form of
//! the page carries the choice on (the site sets no cookie); the switcher
//! is plain links that keep the invite; Arabic is laid out right to left.
//!
//! Needs `chromium` and `chromium-driver` installed (CI installs them).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use caucus_core::i18n::{text, LANGUAGES};
use common::webdriver::{skip_requested, Driver};
use common::*;
use serde_json::Value;

/// The page's language, its links and forms, and where the first answer's
/// radio button sits against its label.
const PAGE: &str = r#"
const radio = document.querySelector('input[type=radio]');
const label = radio.nextElementSibling;
return {
  lang: document.documentElement.lang,
  dir: document.documentElement.dir,
  direction: getComputedStyle(document.body).direction,
  send: document.querySelector('form.survey button[type=submit]').innerText,
  actions: [...document.forms].map((f) => f.getAttribute('action')),
  links: [...document.querySelectorAll('main a, footer a, header a.brand')].map((a) => a.getAttribute('href')),
  switcher: [...document.querySelectorAll('nav.languages a')].map((a) => [a.lang, a.getAttribute('href'), a.getAttribute('aria-current')]),
  radio_left_of_label: radio.getBoundingClientRect().left < label.getBoundingClientRect().left,
};
"#;

#[test]
fn every_language_is_chosen_carried_and_laid_out() {
    if skip_requested() {
        return;
    }
    let f = Fixture::new();
    let driver = Driver::start(&f.dir.path().join("profile"), &[]);
    let code = f.invites(1).remove(0);
    for language in LANGUAGES {
        let lang = language.code;
        driver.go(&format!(
            "{}/s/{}?invite={code}&lang={lang}",
            f.base(),
            f.id
        ));
        let page = driver.execute(PAGE);
        assert_eq!(page["lang"], lang, "{page}");
        assert_eq!(page["dir"], language.dir(), "{page}");
        assert_eq!(page["direction"], language.dir(), "{page}");
        assert_eq!(page["send"], text(lang, "survey-send", &[]), "{page}");
        // Mirrored: the control sits before its label in reading order.
        assert_eq!(page["radio_left_of_label"], !language.rtl, "{lang}: {page}");
        let carried = format!("lang={lang}");
        for action in page["actions"].as_array().unwrap() {
            assert!(
                action.as_str().unwrap().contains(&carried),
                "{lang}: form {action}"
            );
        }
        for href in page["links"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
        {
            if href.starts_with('/') {
                assert!(href.contains(&carried), "{lang}: link {href}");
            }
        }
        let switcher = page["switcher"].as_array().unwrap();
        assert_eq!(switcher.len(), LANGUAGES.len());
        for (entry, other) in switcher.iter().zip(LANGUAGES) {
            let href = entry[1].as_str().unwrap();
            assert_eq!(entry[0], other.code);
            assert!(href.contains(&format!("lang={}", other.code)), "{href}");
            assert!(
                href.contains(&format!("invite={code}")),
                "the invite is kept: {href}"
            );
            assert_eq!(entry[2] == "true", other.code == lang, "{entry}");
        }
    }
    // Following a switcher link keeps the invite and changes the language.
    driver.go(&format!("{}/s/{}?invite={code}&lang=en", f.base(), f.id));
    driver.click("nav.languages a[lang=de]");
    driver.wait_until("return document.documentElement.lang === 'de';");
    let page = driver.execute(PAGE);
    assert_eq!(page["send"], text("de", "survey-send", &[]));
}

#[test]
fn the_browser_language_decides_without_a_choice_in_the_url() {
    let f = Fixture::new();
    let code = f.invites(1).remove(0);
    let url = format!("{}/s/{}?invite={code}", f.base(), f.id);
    let page = |accept: &str| {
        let response = agent()
            .get(&url)
            .set("Accept-Language", accept)
            .call()
            .unwrap();
        assert!(response
            .header("Vary")
            .is_some_and(|v| v.to_ascii_lowercase().contains("accept-language")));
        response.into_string().unwrap()
    };
    let german = page("de-AT,de;q=0.9,en;q=0.5");
    assert!(
        german.contains("<html lang=\"de\" dir=\"ltr\">"),
        "{german}"
    );
    assert!(german.contains(&text("de", "survey-send", &[])));
    // Nothing carried when nothing was chosen: the next page asks again.
    assert!(
        german.contains(&format!("action=\"/s/{}\"", f.id)),
        "{german}"
    );
    let arabic = page("ar");
    assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let unknown = page("zh-CN");
    assert!(unknown.contains("<html lang=\"en\" dir=\"ltr\">"));
}
