//! Error pages in real headless Chromium: each gives advice that fits its
//! error (never a blanket "try again in a moment"), and links back to the
//! page the person came from, which answers 200 when followed. The link is
//! derived from the request's path on the server; the pages carry no
//! script and no address of another site.
//!
//! JavaScript is on in the browser only so the tests can read the page's
//! state; the pages themselves carry no script.
//!
//! Needs `chromium` and `chromium-driver` installed (CI installs them).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use common::webdriver::{skip_requested, Driver};
use common::*;
use serde_json::{json, Value};

/// The page now shown: its status, path, main text, the error page's way
/// back, and what could leave the page (scripts, links).
const PAGE: &str = r#"
const nav = performance.getEntriesByType('navigation')[0];
const back = document.querySelector('main a:not([href="/privacy"])');
return {status: nav ? nav.responseStatus : 0, path: location.pathname,
        h1: (document.querySelector('h1') || {}).innerText,
        text: document.querySelector('main').innerText,
        back: back ? back.getAttribute('href') : null,
        scripts: document.scripts.length,
        hrefs: [...document.querySelectorAll('a, link')].map((a) => a.getAttribute('href'))};
"#;

/// Check an error page: its status, that its advice says `advice` and no
/// blanket "try again", that it is self-contained, and that its way back
/// is `back`; then follow the link and return the page it leads to.
fn check_error_page(driver: &Driver, status: u64, advice: &[&str], back: &str) -> Value {
    let page = driver.execute(PAGE);
    assert_eq!(page["status"], json!(status), "{page:#}");
    let text = page["text"].as_str().unwrap();
    for part in advice {
        assert!(text.contains(part), "{part:?} not in {text:?}");
    }
    assert!(!text.contains("in a moment"), "{text}");
    assert_eq!(page["scripts"], json!(0));
    for href in page["hrefs"].as_array().unwrap() {
        let href = href.as_str().unwrap_or_default();
        assert!(
            href.starts_with('/') || href.starts_with('#') || href.starts_with("data:"),
            "{href}"
        );
    }
    assert_eq!(page["back"], json!(back), "{page:#}");
    driver.click(&format!("main a[href='{back}']"));
    assert!(driver.wait_until(&format!(
        "return location.pathname === '{}' && document.readyState === 'complete';",
        back.split('?').next().unwrap()
    )));
    let landed = driver.execute(PAGE);
    assert_eq!(landed["status"], json!(200), "{landed:#}");
    landed
}

#[test]
fn a_wrong_withdrawal_secret_says_to_check_the_secret_and_leads_back_to_the_form() {
    if skip_requested() {
        return;
    }
    let f = Fixture::new();
    let id = create_statement(
        &f.server,
        &f.key_path,
        "title = \"t\"\nbody = \"b\"\nnamed = true\n",
    );
    let driver = Driver::start_with_javascript(&f.dir.path().join("profile"), &[]);
    let withdraw = format!("/st/{id}/withdraw");
    // Well formed, but no signature has it; then not a secret at all.
    for (secret, status) in [("ab".repeat(32), 404), ("ab12".to_string(), 400)] {
        driver.go(&format!("{}{withdraw}", f.base()));
        driver.type_into("#secret", &secret);
        driver.click("form button[type=submit]");
        driver.wait_until(
            "return document.querySelector('h1').innerText !== 'Withdraw a signature';",
        );
        let landed = check_error_page(
            &driver,
            status,
            &["withdrawal secret", "64 characters", "cannot be recovered"],
            &withdraw,
        );
        assert_eq!(landed["h1"], json!("Withdraw a signature"));
    }
}

#[test]
fn unpublished_results_say_come_back_later_and_lead_back_to_the_survey() {
    if skip_requested() {
        return;
    }
    let f = Fixture::new();
    let driver = Driver::start_with_javascript(&f.dir.path().join("profile"), &[]);
    let id = &f.id;
    driver.go(&format!("{}/s/{id}/results", f.base()));
    let page = driver.execute(PAGE);
    let text = page["text"].as_str().unwrap().to_lowercase();
    assert!(!text.contains("no such survey"), "{text}");
    assert!(!text.contains("not found"), "{text}");
    check_error_page(
        &driver,
        404,
        &[
            "No results published yet",
            "have not published results",
            "Come back later",
        ],
        &format!("/s/{id}"),
    );

    // Closed and still unpublished: the survey's page is gone, so the way
    // back is home.
    f.cli(&["close", id]).expect("close");
    driver.go(&format!("{}/s/{id}/results", f.base()));
    check_error_page(&driver, 404, &["Come back later"], "/");
}

#[test]
fn a_spent_survey_invite_says_each_invite_answers_once_and_leads_back() {
    if skip_requested() {
        return;
    }
    let f = Fixture::new();
    let code = f.invites(1).remove(0);
    assert_eq!(
        submit(f.base(), &f.id, &code, &answers("Other", 3, "")).0,
        201
    );
    let driver = Driver::start_with_javascript(&f.dir.path().join("profile"), &[]);
    // The form as the invite link shows it, sent again.
    driver.go(&format!("{}/s/{}?invite={code}", f.base(), f.id));
    for choice in [
        "q_area][value='Customer support'",
        "q_recorded][value='Keystrokes'",
        "q_consent][value='2'",
        "q_comfort][value='1'",
        "q_reviews][value='I suspect it is'",
        "q_retention][value='Up to 7 days'",
        "q_safeguards][value='Opt-out without penalty'",
        "q_stress][value='8'",
        "q_told][value='No'",
    ] {
        driver.click(&format!("input[name={choice}]"));
    }
    driver.click("button[type=submit]");
    driver.wait_for_text("already been used");
    let landed = check_error_page(
        &driver,
        409,
        &[
            "This invite has already been used",
            "Each invite answers once",
            "tell an organiser in person",
        ],
        &format!("/s/{}", f.id),
    );
    assert_eq!(landed["path"], json!(format!("/s/{}", f.id)));
}

#[test]
fn an_unknown_statement_and_an_unknown_page_lead_home() {
    if skip_requested() {
        return;
    }
    let f = Fixture::new();
    let driver = Driver::start_with_javascript(&f.dir.path().join("profile"), &[]);
    driver.go(&format!("{}/st/AAAAAAAAAAAAAAAAAAAAAA", f.base()));
    let page = driver.execute(PAGE);
    assert!(page["h1"]
        .as_str()
        .unwrap()
        .contains("There is no statement here"));
    check_error_page(&driver, 404, &["Check the link you were given"], "/");
    driver.go(&format!("{}/nowhere", f.base()));
    check_error_page(&driver, 404, &["Check the address"], "/");
}
