//! Pages that tell the truth and keep what people typed, in real headless
//! Chromium: the privacy page covers statements and says truthfully what
//! the counting tool prints; the statement page says what happens to a
//! name before the reveal; a refused signature brings the form back filled
//! in, its problems summarised at the top and linked to their fields; and
//! every error page gives advice that fits and a link back to a page that
//! works.
//!
//! JavaScript is on in the browser only so the tests can read the page's
//! state (field values, the `:target`, the navigation's status); the pages
//! themselves carry no script.
//!
//! Needs `chromium` and `chromium-driver` installed (CI installs them).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use common::webdriver::{skip_requested, Driver};
use common::*;
use serde_json::{json, Value};

const STATEMENT: &str =
    "title = \"Stop the keystroke logging\"\nbody = \"We ask for it to end.\"\n\
    named = true\nanonymous = true\ninvite_required_for_named = true\nreveal_at = 7\n";

/// A fixture, a statement of [`STATEMENT`], and a browser.
fn setup() -> (Fixture, String, Driver) {
    let f = Fixture::new();
    let id = create_statement(&f.server, &f.key_path, STATEMENT);
    let driver = Driver::start_with_javascript(&f.dir.path().join("profile"), &[]);
    (f, id, driver)
}

/// The status of the page now shown, and its main text.
const PAGE: &str = r#"
const nav = performance.getEntriesByType('navigation')[0];
return {status: nav ? nav.responseStatus : 0, path: location.pathname,
        text: document.querySelector('main').innerText,
        scripts: document.scripts.length,
        hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))};
"#;

/// What a signing form that came back holds: `FORM` is its action's
/// fragment (`sign-named` or `sign-anon`).
const FORM: &str = r#"
const form = document.querySelector("form[action$='#FORM']");
const first = form.firstElementChild;
const value = (sel) => { const e = form.querySelector(sel); return e ? e.value : null; };
const nav = performance.getEntriesByType('navigation')[0];
return {
  status: nav.responseStatus,
  title: document.title,
  first_class: first.className, first_role: first.getAttribute('role'),
  summary: first.innerText,
  links: [...first.querySelectorAll('a')].map((a) => a.getAttribute('href')),
  kind: value('input[name=kind]'),
  name: value('#name'), role: value('#role'), comment: value('#comment'),
  invite: value('input[name=invite]:not([type=hidden])'),
  invalid: [...form.querySelectorAll('[aria-invalid=true]')].map((e) => {
    const said = document.getElementById(e.getAttribute('aria-describedby'));
    return [e.id, said ? said.innerText : null];
  }),
  bold: document.querySelectorAll('main b').length,
  text: document.querySelector('main').innerText,
};
"#;

fn form_state(driver: &Driver, form: &str) -> Value {
    driver.execute(&FORM.replace("FORM", form))
}

/// Type into the named signing form (fields left `None` untouched) and
/// send it.
fn sign_by_name(driver: &Driver, name: &str, role: &str, comment: &str, invite: Option<&str>) {
    driver.type_into("#name", name);
    driver.type_into("#role", role);
    driver.type_into("#comment", comment);
    if let Some(code) = invite {
        driver.type_into("#invite-named", code);
    }
    driver.click("form[action$='#sign-named'] button[type=submit]");
    driver.wait_for_text("Your signature was not taken");
}

/// The refusal's common shape: a 4xx with the form, the summary first in
/// it, linking to `field`, which is marked invalid and described by its
/// message; worded for a statement.
fn assert_refused(state: &Value, status: u64, field: &str) {
    assert_eq!(state["status"], json!(status), "{state:#}");
    assert_eq!(state["first_class"], json!("errors"), "{state:#}");
    assert_eq!(state["first_role"], json!("alert"), "{state:#}");
    assert_eq!(state["links"][0], json!(format!("#{field}")), "{state:#}");
    let invalid = state["invalid"].as_array().unwrap();
    assert!(
        invalid
            .iter()
            .any(|e| e[0] == json!(field) && e[1].as_str().is_some_and(|t| !t.is_empty())),
        "{field} not marked invalid with a message: {state:#}"
    );
    assert!(state["title"]
        .as_str()
        .unwrap()
        .starts_with("Please check your signature"));
    let text = state["text"].as_str().unwrap().to_lowercase();
    assert!(text.contains("statement"), "{text}");
    assert!(
        !text.contains("survey"),
        "a statement signer reads of a survey: {text}"
    );
    assert!(!text.contains("try again in a moment"), "{text}");
}

#[test]
fn privacy_page_covers_statements_and_says_what_the_counting_tool_prints() {
    if skip_requested() {
        return;
    }
    let (f, id, driver) = setup();
    driver.go(&format!("{}/st/{id}", f.base()));
    // Linked from the statement page's own text, not only the footer.
    driver.click("main a[href^='/privacy']");
    driver.wait_for_text("What is recorded, and what is not");
    let page = driver.execute(PAGE);
    assert_eq!(page["status"], json!(200), "{page:#}");
    assert_eq!(page["path"], json!("/privacy"));
    let text = page["text"].as_str().unwrap();
    assert!(!text.contains("never printed by the counting"), "{text}");
    assert!(text.contains("caucus tally --include-text"), "{text}");
    for fact in [
        "Statements",
        "public log",
        "salted fingerprint",
        "fingerprint of your withdrawal secret",
        "gives the sealed names to no one, the organisers included",
        "publish them all together",
        "erases your name",
        "strike",
        "90 unless they chose otherwise",
        "the survey's key is destroyed",
    ] {
        assert!(
            text.contains(fact),
            "the privacy page does not say {fact:?}"
        );
    }
    assert_eq!(page["scripts"], json!(0));
}

#[test]
fn the_statement_page_says_what_happens_to_a_name_before_and_after_the_reveal() {
    if skip_requested() {
        return;
    }
    let (f, id, driver) = setup();
    driver.go(&format!("{}/st/{id}", f.base()));
    let said = driver.execute("return document.querySelector('p.reveal').innerText;");
    let said = said.as_str().unwrap();
    for part in [
        "sealed",
        "nobody, not even the organisers, can read them until 7 people have signed with an invite",
        "the organisers publish all names together",
        "names signed after that appear at once",
    ] {
        assert!(said.contains(part), "{part:?} not in {said:?}");
    }
    // It sits with the form it is about.
    let placed = driver.execute(
        "const p = document.querySelector('p.reveal'); \
         return p.previousElementSibling.id === 'sign-named' \
           && p.nextElementSibling.matches(\"form[action$='#sign-named']\");",
    );
    assert_eq!(placed, json!(true));
}

#[test]
fn a_blank_name_brings_the_form_back_filled_in_and_points_at_the_name() {
    if skip_requested() {
        return;
    }
    let (f, id, driver) = setup();
    let invite = invites(&f.key, &id, 1).remove(0);
    driver.go(&format!("{}/st/{id}", f.base()));
    // Spaces pass the browser's `required`; the server finds no name.
    let comment = "Line one <b>not bold</b>\nline \"two\" & more";
    sign_by_name(
        &driver,
        "   ",
        "Ops & <i>Support</i>",
        comment,
        Some(&invite),
    );
    let state = form_state(&driver, "sign-named");
    assert_refused(&state, 422, "name");
    assert_eq!(state["kind"], json!("named"));
    assert_eq!(state["role"], json!("Ops & <i>Support</i>"), "{state:#}");
    assert_eq!(state["comment"], json!(comment), "{state:#}");
    assert_eq!(state["invite"], json!(invite), "{state:#}");
    assert_eq!(state["bold"], json!(0), "typed markup rendered as markup");
    assert!(state["summary"]
        .as_str()
        .unwrap()
        .contains("Your name is required"));
    // The summary's link leads to the field.
    driver.click("form[action$='#sign-named'] .errors a");
    let target = driver.execute("return document.querySelector(':target').id;");
    assert_eq!(target, json!("name"));

    // Mended and sent again from the same form, it is taken.
    driver.type_into("#name", "Ada Quokka");
    driver.click("form[action$='#sign-named'] button[type=submit]");
    let page = driver.wait_for_text("you have signed");
    assert!(page.contains("you have signed"));
}

#[test]
fn a_bad_invite_brings_the_form_back_filled_in_and_points_at_the_invite() {
    if skip_requested() {
        return;
    }
    let (f, id, driver) = setup();
    driver.go(&format!("{}/st/{id}", f.base()));
    sign_by_name(
        &driver,
        "Ada \"Quokka\"",
        "Ops",
        "Count me in",
        Some("not-an-invite"),
    );
    let state = form_state(&driver, "sign-named");
    assert_refused(&state, 401, "invite-named");
    assert_eq!(state["name"], json!("Ada \"Quokka\""));
    assert_eq!(state["role"], json!("Ops"));
    assert_eq!(state["comment"], json!("Count me in"));
    assert_eq!(state["invite"], json!("not-an-invite"));
    assert!(state["summary"]
        .as_str()
        .unwrap()
        .contains("This invite code does not work"));

    // An invite of another statement, on the anonymous form: that form
    // comes back with the code and the problem in it.
    let other = create_statement(&f.server, &f.key_path, STATEMENT);
    let foreign = invites(&f.key, &other, 1).remove(0);
    driver.type_into("#invite-anon", &foreign);
    driver.click("form[action$='#sign-anon'] button[type=submit]");
    // The page before said "Your signature was not taken" too: wait for
    // what only the new one says.
    driver.wait_for_text("not for this statement");
    let state = form_state(&driver, "sign-anon");
    assert_refused(&state, 403, "invite-anon");
    assert_eq!(state["kind"], json!("anonymous"));
    assert_eq!(state["invite"], json!(foreign));
    assert!(state["summary"]
        .as_str()
        .unwrap()
        .contains("not for this statement"));

    // The JSON API words it the same way, with its code unchanged.
    let (status, body) = call(
        agent()
            .post(&format!("{}/api/v1/statements/{id}/signatures", f.base()))
            .send_json(json!({"anonymous": true, "invite": foreign})),
    );
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!((status, &body["error"]), (403, &json!("invite_forged")));
    assert_eq!(
        body["message"],
        json!("this invite was not issued for this statement by its organisers")
    );
}

#[test]
fn a_spent_invite_brings_the_form_back_with_advice_that_fits() {
    if skip_requested() {
        return;
    }
    let (f, id, driver) = setup();
    let invite = invites(&f.key, &id, 1).remove(0);
    let (status, _) = call(
        agent()
            .post(&format!("{}/api/v1/statements/{id}/signatures", f.base()))
            .send_json(json!({"anonymous": true, "invite": invite})),
    );
    assert_eq!(status, 201);
    // The invite link's page carries the code in a hidden field.
    driver.go(&format!("{}/st/{id}?invite={invite}", f.base()));
    driver.type_into("#name", "Ada Quokka");
    driver.type_into("#role", "Ops");
    driver.type_into("#comment", "Second try");
    driver.click("form[action$='#sign-named'] button[type=submit]");
    driver.wait_for_text("Your signature was not taken");
    let state = form_state(&driver, "sign-named");
    // The code comes back where it can be seen and mended.
    assert_refused(&state, 409, "invite-named");
    assert_eq!(state["name"], json!("Ada Quokka"));
    assert_eq!(state["role"], json!("Ops"));
    assert_eq!(state["comment"], json!("Second try"));
    assert_eq!(state["invite"], json!(invite));
    let summary = state["summary"].as_str().unwrap();
    assert!(summary.contains("already been used"), "{summary}");
    assert!(summary.contains("Each invite signs once"), "{summary}");
    assert!(summary.contains("tell an organiser in person"), "{summary}");
}
