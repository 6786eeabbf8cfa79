//! The `caucus verify` command the statement pages print is the real one
//! for this server (no placeholder), and on a phone-wide screen (390 px)
//! it wraps without splitting a flag from its value or overflowing:
//! flags are written `--flag=value`, so no break falls between the two.
//!
//! Needs `chromium` and `chromium-driver` installed (CI installs them).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use common::webdriver::{skip_requested, Driver};
use common::*;
use serde_json::json;

/// The first `code.command`: its text, its flags, the flags split over
/// two lines, and whether it overflows its box.
const MEASURE: &str = r#"
const code = document.querySelector('code.command');
const args = [...code.querySelectorAll('.arg')];
return {
  text: code.textContent,
  args: args.map((a) => a.textContent),
  split: args.filter((a) => a.getClientRects().length !== 1).map((a) => a.textContent),
  overflows: code.scrollWidth > code.parentElement.clientWidth + 1,
};
"#;

#[test]
fn the_verify_command_is_real_and_wraps_whole_on_a_phone() {
    if skip_requested() {
        return;
    }
    let f = Fixture::new();
    let base = f.base().to_string();
    let id = create_statement(
        &f.server,
        &f.key_path,
        "title = \"t\"\nbody = \"b\"\nanonymous = true\n",
    );
    let driver = Driver::start_with_javascript(&f.dir.path().join("profile"), &[]);
    driver.resize(390, 900);

    driver.go(&format!("{base}/st/{id}"));
    let page = driver.execute(MEASURE);
    assert_eq!(
        page["text"],
        json!(format!("caucus verify {id} --server={base}")),
        "{page}"
    );
    assert_eq!(page["args"], json!(["--server="]), "{page}");
    assert_eq!(page["split"], json!([]), "{page}");
    assert_eq!(page["overflows"], json!(false), "{page}");
    assert!(!driver.source().contains("THIS-SITE"));

    // The page after signing, with the receipt flag.
    let invite = invites(&f.key, &id, 1).remove(0);
    driver.go(&format!("{base}/st/{id}?invite={invite}"));
    driver.click("form input[name=kind][value=anonymous] ~ button[type=submit]");
    driver.wait_for_text("you have signed");
    let signed = driver.execute(MEASURE);
    assert_eq!(
        signed["text"],
        json!(format!(
            "caucus verify {id} --server={base} --receipt=receipt.json"
        )),
        "{signed}"
    );
    assert_eq!(
        signed["args"],
        json!(["--server=", "--receipt=receipt.json"]),
        "{signed}"
    );
    assert_eq!(signed["split"], json!([]), "{signed}");
    assert_eq!(signed["overflows"], json!(false), "{signed}");
    assert!(!driver.source().contains("THIS-SITE"));
}
