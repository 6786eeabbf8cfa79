//! "Get an anonymous ticket" in real headless Chromium with JavaScript on:
//! the ticket page's script (static/ticket.js, allowed by its hash and
//! nothing else) trades the invite for a ticket, and the ticket answers the survey
//! there and then, or later, pasted into the page that takes tickets. No
//! CSP violation, no console error, no request to another origin.
//!
//! Needs `chromium` and `chromium-driver` installed (CI installs them).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use common::webdriver::{skip_requested, Driver, BROWSER, PERFORMANCE};
use common::*;
use serde_json::json;

const VISIBLE: &str =
    "return document.getElementById('ticket') && !document.getElementById('ticket').hidden";
const DONE: &str = "return !document.querySelector('.ticket-done').hidden";
const TICKET: &str = "return document.querySelector('.ticket-text').value";

fn fill_answers(driver: &Driver) {
    driver.click("input[name=q_area][value='Customer support']");
    driver.click("input[name=q_recorded][value='Keystrokes']");
    driver.click("input[name=q_consent][value='2']");
    driver.click("input[name=q_comfort][value='1']");
    driver.click("input[name=q_reviews][value='I suspect it is']");
    driver.click("input[name=q_retention][value='Up to 7 days']");
    driver.click("input[name=q_safeguards][value='Opt-out without penalty']");
    driver.click("input[name=q_stress][value='8']");
    driver.click("input[name=q_told][value='No']");
}

/// Press "Get an anonymous ticket" on the ticket page now shown; the
/// ticket it shows.
fn get_ticket(driver: &Driver) -> String {
    assert!(driver.wait_until(VISIBLE), "the script shows the offer");
    driver.click(".ticket-get");
    assert!(
        driver.wait_until(DONE),
        "a ticket came: {}",
        driver.source()
    );
    driver.execute(TICKET).as_str().unwrap().to_string()
}

/// Answer the survey form now shown, and see it thank us.
fn answer_and_send(driver: &Driver) {
    fill_answers(driver);
    driver.click("form.survey button[type=submit]");
    let page = driver.wait_for_text("your answers are in");
    assert!(
        page.contains("your answers are in"),
        "{}",
        &page[..page.len().min(2000)]
    );
}

fn codes(f: &Fixture, n: &str) -> Vec<String> {
    f.cli(&["invites", &f.id, "--count", n])
        .expect("invites")
        .lines()
        .map(|l| l.rsplit("invite=").next().unwrap().to_string())
        .collect()
}

#[test]
fn the_page_script_gets_a_ticket_that_answers_now_or_later() {
    if skip_requested() {
        return;
    }
    let f = Fixture::new();
    let (base, id) = (f.base().to_string(), f.id.clone());
    let codes = codes(&f, "2");
    let driver =
        Driver::start_with_javascript(&f.dir.path().join("profile"), &[PERFORMANCE, BROWSER]);
    driver.go_blank();

    // The survey page links the ticket page; answer now from there.
    driver.go(&format!("{base}/s/{id}?invite={}", codes[0]));
    driver.click(&format!("a[href='/s/{id}/ticket?invite={}']", codes[0]));
    let ticket = get_ticket(&driver);
    assert_eq!(
        driver.execute("return document.querySelector('.ticket-nojs').hidden"),
        json!(true),
        "the way without JavaScript is hidden when it runs"
    );
    let shots = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    driver.screenshot(&shots.join("ticket-offer.png"));
    assert!(
        caucus_core::ticket::Token::parse(&ticket).is_ok(),
        "{ticket}"
    );
    assert_eq!(
        driver.execute("return document.querySelector('input.ticket-field').value"),
        json!(ticket)
    );
    assert_eq!(
        submit(&base, &id, &codes[0], &answers("Other", 3, "")).0,
        409,
        "the invite went for the ticket"
    );
    driver.click(".ticket-done button[type=submit]");
    assert!(
        driver.wait_until("return !!document.querySelector('form.survey textarea[name=ticket]')")
    );
    answer_and_send(&driver);
    let (status, _) = call(
        agent()
            .post(&format!("{base}/api/v1/surveys/{id}/responses"))
            .send_json(json!({"ticket": ticket, "answers": answers("Other", 3, "")})),
    );
    assert_eq!(status, 409, "the ticket answered once");

    // Answer later: the ticket is kept, then pasted where tickets go.
    driver.go(&format!("{base}/s/{id}/ticket?invite={}", codes[1]));
    let kept = get_ticket(&driver);
    let later = driver.execute("return document.querySelector('#ticket').dataset.later");
    driver.go(&format!("{base}{}", later.as_str().unwrap()));
    driver.type_into("textarea[name=ticket]", &kept);
    answer_and_send(&driver);

    assert_eq!(
        driver.console_problems(),
        Vec::<serde_json::Value>::new(),
        "no CSP violation or error"
    );
    let urls = driver.requested_urls();
    assert!(
        urls.iter().all(|u| u.starts_with(&base)),
        "another origin: {urls:?}"
    );
    assert!(
        urls.iter().any(|u| u.ends_with("/static/ticket.js")),
        "{urls:?}"
    );
    assert_eq!(driver.cookies(), json!([]), "no cookie");
    let status = f.cli(&["survey", "status", &id]).expect("status");
    assert!(status.contains("responses: 2"), "{status}");
}
