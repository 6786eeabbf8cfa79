//! The survey page in real headless Chromium with JavaScript disabled:
//! filled in and submitted, with no cookie set and no request to another
//! origin. Drives Debian's `chromium` through `chromedriver` (W3C WebDriver,
//! see `common/webdriver.rs`).
//!
//! Needs `chromium` and `chromium-driver` installed (CI installs them).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use common::webdriver::{skip_requested, Driver, PERFORMANCE};
use common::*;
use serde_json::json;

#[test]
fn survey_page_works_in_chromium_without_javascript() {
    if skip_requested() {
        return;
    }
    let f = Fixture::new();
    let (server, id) = (&f.server, &f.id);
    let code = f.invites(1).remove(0);
    let driver = Driver::start(&f.dir.path().join("profile"), &[PERFORMANCE]);
    driver.go_blank();

    driver.go(&format!("{}/s/{id}?invite={code}", server.base));
    let urls = driver.requested_urls();
    assert!(
        !urls.is_empty(),
        "the performance log recorded the page load"
    );
    assert!(
        urls.iter().all(|u| u.starts_with(&server.base)),
        "request to another origin: {urls:?}"
    );
    assert!(urls.len() <= 2, "page plus stylesheet at most: {urls:?}");
    let shots = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    driver.screenshot(&shots.join("survey-page.png"));

    driver.click("input[name=q_area][value='Customer support']");
    driver.click("input[name=q_recorded][value='Keystrokes']");
    driver.click("input[name=q_recorded][value='Webcam or microphone']");
    driver.click("input[name=q_consent][value='2']");
    driver.click("input[name=q_comfort][value='1']");
    driver.click("input[name=q_reviews][value='I suspect it is']");
    driver.click("input[name=q_retention][value='Up to 7 days']");
    driver.click("input[name=q_safeguards][value='Opt-out without penalty']");
    driver.click("input[name=q_stress][value='8']");
    driver.type_into("textarea[name=q_note]", "Typed in a real browser");
    driver.click("input[name=q_told][value='No']");
    driver.click("button[type=submit]");
    let page = driver.wait_for_text("your answers are in");
    assert!(
        page.contains("your answers are in"),
        "thank-you page: {}",
        &page[..page.len().min(2000)]
    );
    driver.screenshot(&shots.join("thanks-page.png"));
    assert_eq!(driver.cookies(), json!([]), "no cookie");
    let urls = driver.requested_urls();
    assert!(
        urls.iter().all(|u| u.starts_with(&server.base)),
        "request to another origin: {urls:?}"
    );

    // The answer is really stored: the invite is now spent.
    assert_eq!(
        submit(&server.base, id, &code, &answers("Other", 3, "")).0,
        409
    );
}
