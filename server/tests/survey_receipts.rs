//! Issue 17, section 3: the thank-you page tells people what the organiser
//! guide says they should be told (clear the history, destroy the slip,
//! a personal device next time), and its receipt can be checked as it
//! promises: `caucus receipt` confirms this server signed it, and with an
//! organiser key that the sealed answer is in the closed ballot box.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use common::*;

/// The receipt JSON as the thank-you page shows it, unescaped.
fn receipt_from_page(page: &str) -> String {
    let start = page.find("<pre>").expect("receipt") + "<pre>".len();
    let end = start + page[start..].find("</pre>").expect("end");
    page[start..end]
        .replace("&quot;", "\"")
        .replace("&#x2f;", "/")
        .replace("&amp;", "&")
}

#[test]
fn the_thank_you_page_advises_and_its_receipt_checks_out() {
    let f = Fixture::new();
    let code = f.invites(1).remove(0);
    let form = format!(
        "invite={code}&q_area=Operations&q_recorded=Keystrokes&q_told=No&q_consent=2&q_comfort=2\
         &q_reviews=I+don%27t+know&q_retention=Not+at+all&q_safeguards=Independent+audit&q_stress=4"
    );
    let (status, page) = call(
        agent()
            .post(&format!("{}/s/{}", f.base(), f.id))
            .set("Content-Type", "application/x-www-form-urlencoded")
            .send_string(&form),
    );
    assert_eq!(status, 201, "{page}");
    for advice in [
        "Clear this site from your browser history",
        "Destroy the slip",
        "personal phone or computer",
        &format!(
            "caucus receipt receipt.json</span> <span class=\"arg\">--server={}",
            f.base()
        ),
    ] {
        assert!(
            page.replace("&#x2f;", "/").contains(advice),
            "{advice:?} not on the page"
        );
    }
    let dir = f.dir.path();
    let receipt = dir.join("receipt.json");
    std::fs::write(&receipt, receipt_from_page(&page)).unwrap();
    let file = receipt.to_str().unwrap();

    let printed = cli(&["receipt", file, "--server", f.base()]).expect("a genuine receipt");
    assert!(printed.contains("signed by this server's key"), "{printed}");
    // An organiser looks into the box: not while the survey is open, then
    // it is there.
    let key = f.key_path.to_str().unwrap();
    let open = cli(&["receipt", file, "--server", f.base(), "--key", key]).unwrap_err();
    assert!(format!("{open:#}").contains("close it first"), "{open:#}");
    f.cli(&["close", &f.id]).expect("close");
    let printed = cli(&["receipt", file, "--server", f.base(), "--key", key]).expect("in the box");
    assert!(printed.contains("in the ballot box"), "{printed}");

    // A changed receipt, or one another server signed, is refused.
    let text = std::fs::read_to_string(&receipt).unwrap();
    let digest: serde_json::Value = serde_json::from_str(&text).unwrap();
    let digest = digest["sealed_sha256"].as_str().unwrap();
    let changed = text.replace(digest, &"0".repeat(64));
    std::fs::write(&receipt, changed).unwrap();
    let refused = cli(&["receipt", file, "--server", f.base()]).unwrap_err();
    assert!(
        format!("{refused:#}").contains("not signed by the key"),
        "{refused:#}"
    );
    let other = Fixture::new();
    std::fs::write(&receipt, &text).unwrap();
    let refused = cli(&["receipt", file, "--server", other.base()]).unwrap_err();
    assert!(
        format!("{refused:#}").contains("another server"),
        "{refused:#}"
    );
    std::fs::write(&receipt, "{}").unwrap();
    let refused = cli(&["receipt", file, "--server", f.base()]).unwrap_err();
    assert!(
        format!("{refused:#}").contains("not a survey receipt"),
        "{refused:#}"
    );
}
