//! The statement's pages in every shipped language, in real headless
//! Chromium: the statement, a signature refused for a blank name, the
//! signed page, the withdrawal page, the anonymous ticket page and error
//! pages (a wrong withdrawal secret, an unknown statement). Each says its
//! `lang` and `dir`, shows a known translated string, carries the choice
//! in every internal link and form (the site sets no cookie), and leaves
//! no English sentence on a Spanish or Arabic page.
//!
//! Needs `chromium` and `chromium-driver` installed (CI installs them).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use caucus_core::i18n::{text, Arg, LANGUAGES};
use common::webdriver::{skip_requested, Driver};
use common::*;
use serde_json::Value;

const STATEMENT: &str =
    "title = \"Stop the keystroke logging\"\nbody = \"We ask for it to end.\"\n\
    named = true\nanonymous = true\ninvite_required_for_named = true\nreveal_at = 0\n";

/// Distinctive English sentences of these pages: none may be left on a
/// translated one.
const ENGLISH: &[&str] = &[
    "Sign by name",
    "Sign anonymously",
    "people have signed",
    "Names are not checked",
    "How anyone can check",
    "Withdraw a signature",
    "Your signature was not taken",
    "is required",
    "Thank you: you have signed",
    "Save these two things",
    "Back to the statement",
    "withdrawal secret",
    "Paste the withdrawal secret",
    "An anonymous ticket for",
    "Get an anonymous ticket",
    "needs JavaScript",
    "The page for tickets",
    "There is no statement",
    "does not match",
    "Check that you copied",
    "Go to the home page",
    "What this site records",
];

/// The page's language, its text, and where its links and forms go.
const PAGE: &str = r#"
return {
  lang: document.documentElement.lang,
  dir: document.documentElement.dir,
  text: document.body.innerText,
  actions: [...document.forms].map((f) => f.getAttribute('action')),
  links: [...document.querySelectorAll('main a, footer a, header a.brand')].map((a) => a.getAttribute('href')),
};
"#;

/// Checks the page now shown in `lang`: `key` (a message without
/// arguments) is on it, and it is a page of that language throughout.
fn check(driver: &Driver, lang: &str, key: &str, what: &str) -> Value {
    let page = driver.execute(PAGE);
    let language = caucus_core::i18n::language(lang).unwrap();
    assert_eq!(page["lang"], lang, "{what}: {page}");
    assert_eq!(page["dir"], language.dir(), "{what}: {page}");
    let body = page["text"].as_str().unwrap();
    let expected = text(lang, key, &[]);
    assert!(
        body.contains(&expected),
        "{lang} {what}: no {expected:?} in {body}"
    );
    let carried = format!("lang={lang}");
    for href in page["actions"]
        .as_array()
        .unwrap()
        .iter()
        .chain(page["links"].as_array().unwrap())
        .filter_map(Value::as_str)
        .filter(|h| h.starts_with('/'))
    {
        assert!(href.contains(&carried), "{lang} {what}: {href}");
    }
    if lang == "es" || lang == "ar" {
        for phrase in ENGLISH {
            assert!(
                !body.contains(phrase),
                "{lang} {what}: English {phrase:?} left in {body}"
            );
        }
    }
    page
}

#[test]
fn every_statement_page_is_in_the_chosen_language() {
    if skip_requested() {
        return;
    }
    let f = Fixture::new();
    let id = create_statement(&f.server, &f.key_path, STATEMENT);
    let codes = invites(&f.key, &id, LANGUAGES.len() * 2);
    let driver = Driver::start_with_javascript(&f.dir.path().join("profile"), &[]);
    let base = f.base();
    for (n, language) in LANGUAGES.iter().enumerate() {
        let lang = language.code;
        // The statement, then a signature refused for a blank name.
        driver.go(&format!("{base}/st/{id}?lang={lang}"));
        check(&driver, lang, "statement-sign-named", "statement");
        driver.type_into("#invite-named", &codes[2 * n]);
        driver.execute("document.getElementById('name').removeAttribute('required'); document.querySelector(\"form[action*='sign-named']\").submit(); return null;");
        driver.wait_until("return !!document.querySelector('.errors');");
        let refused = check(&driver, lang, "statement-sign-named", "refused");
        let required = text(
            lang,
            "sign-error-required",
            &[("field", Arg::Text("name".into()))],
        );
        assert!(
            refused["text"].as_str().unwrap().contains(&required),
            "{lang}: {refused}"
        );

        // Signed, then the withdrawal page and a wrong secret.
        driver.type_into("#name", &format!("Signer {lang}"));
        driver.click("form[action*='sign-named'] button[type=submit]");
        driver.wait_until("return !!document.querySelector('pre.secret');");
        check(&driver, lang, "signed-heading", "signed");
        driver.go(&format!("{base}/st/{id}/withdraw?lang={lang}"));
        check(&driver, lang, "withdraw-heading", "withdrawal");
        driver.type_into("#secret", &"ab".repeat(32));
        driver.click("form button[type=submit]");
        driver.wait_until("return !!document.querySelector('p.note');");
        check(&driver, lang, "error-unknown-secret-title", "wrong secret");

        // The ticket page and an unknown statement.
        driver.go(&format!(
            "{base}/st/{id}/ticket?invite={}&lang={lang}",
            codes[2 * n + 1]
        ));
        check(&driver, lang, "ticket-get", "ticket");
        driver.go(&format!("{base}/st/AAAAAAAAAAAAAAAAAAAAAA?lang={lang}"));
        let unknown = check(&driver, lang, "error-back-home", "unknown statement");
        let title = text(
            lang,
            "error-not-found-title",
            &[("about", Arg::Text("statement".into()))],
        );
        assert!(
            unknown["text"].as_str().unwrap().contains(&title),
            "{lang}: {unknown}"
        );
    }
}
