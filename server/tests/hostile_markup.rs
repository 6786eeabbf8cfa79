//! HTML and script in every text that is shown anywhere: an organiser's
//! survey and statement files, respondents' written answers, signers'
//! names, roles and comments. Each is shown, escaped, on every served page
//! and in the CLI's HTML report; Markdown passes no raw HTML through.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use common::*;
use serde_json::json;

/// A tag, an attribute break-out from a quoted attribute, and a link.
const TAG: &str = "<script>alert(1)</script><img src=x onerror=alert(2)>";
const ATTR: &str = "x\" onfocus=\"alert(3)";

fn survey_file() -> String {
    format!(
        r#"title = "T {TAG} {ATTR}"
description = """
**bold** <script>alert(4)</script> <img src=x onerror=alert(5)>
<div onclick="alert(6)">block</div>

[link](javascript:alert(7)) ![pic](https://tracker.example/p.png)
"""
min_group = 5

[[question]]
id = "area"
kind = "single"
prompt = "P {TAG}"
options = ["O {TAG}", "O2 {ATTR}"]
breakdown = true

[[question]]
id = "note"
kind = "text"
prompt = "N {ATTR}"
"#,
        TAG = TAG.replace('"', "\\\""),
        ATTR = ATTR.replace('"', "\\\""),
    )
}

const STATEMENT: &str = r#"
title = "S <script>alert(8)</script> x\" onfocus=\"alert(9)"
body = """
We ask. <script>alert(10)</script> <img src=x onerror=alert(11)>
<iframe src="https://evil.example/"></iframe> [go](javascript:alert(12))
"""
named = true
anonymous = true
invite_required_for_named = false
reveal_at = 1
"#;

/// Shown (the escaped form is there) and inert (no raw tag, no attribute
/// break-out, no script link).
fn escaped(what: &str, html: &str) {
    let lower = html.to_lowercase();
    for raw in [
        "<script",
        "<img",
        "<iframe",
        "<div onclick",
        "\" onfocus=\"",
        "href=\"javascript",
    ] {
        assert!(!lower.contains(raw), "{what}: unescaped `{raw}` in\n{html}");
    }
    assert!(
        html.contains("&lt;script&gt;"),
        "{what}: the text is not shown at all\n{html}"
    );
}

#[test]
fn html_in_every_shown_text_is_escaped_on_pages_and_in_reports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = key();
    let key_path = key_file(dir.path(), &key);
    let server = Server::start(&dir.path().join("data"), &[&key]);
    let base = server.base.clone();
    let id = create_survey(&server, &key_path, &survey_file());
    let get = |path: &str| {
        let (status, body) = call(agent().get(&format!("{base}{path}")).call());
        assert_eq!(status, 200, "{path}: {body}");
        body
    };
    let form = |path: &str, body: &str| {
        call(
            agent()
                .post(&format!("{base}{path}"))
                .set("Content-Type", "application/x-www-form-urlencoded")
                .send_string(body),
        )
    };

    escaped("survey code page", &get(&format!("/s/{id}")));
    let codes = invites(&key, &id, 12);
    escaped("survey form", &get(&format!("/s/{id}?invite={}", codes[0])));
    // A form sent back with a mistake shows what was typed, escaped.
    let typed = format!(
        "invite={}&q_area=Nowhere&q_note={}",
        codes[0],
        urlencode(&format!("{TAG} {ATTR}"))
    );
    let (status, page) = form(&format!("/s/{id}"), &typed);
    assert_eq!(status, 422);
    escaped("survey form with errors", &page);
    let option = format!("O {TAG}");
    let (status, thanks) = form(
        &format!("/s/{id}"),
        &format!("invite={}&q_area={}&q_note=a", codes[0], urlencode(&option)),
    );
    assert_eq!(status, 201, "{thanks}");
    escaped("thanks page", &thanks);
    for (i, code) in codes[1..11].iter().enumerate() {
        let area = if i % 2 == 0 {
            option.clone()
        } else {
            format!("O2 {ATTR}")
        };
        let note = format!("{TAG} {ATTR} person {i}");
        let (status, body) = submit(&base, &id, code, &json!({"area": area, "note": note}));
        assert_eq!(status, 201, "{body}");
    }

    let remote = |args: &[&str]| {
        let more = [
            "--server",
            base.as_str(),
            "--key",
            key_path.to_str().unwrap(),
        ];
        cli(&[args, &more[..]].concat())
    };
    remote(&["close", &id]).expect("close");
    let report = dir.path().join("report.html");
    remote(&[
        "tally",
        &id,
        "--include-text",
        "--format",
        "html",
        "--out",
        report.to_str().unwrap(),
    ])
    .expect("tally");
    let report = std::fs::read_to_string(&report).expect("report");
    assert!(
        report.contains("person 9"),
        "the comments are in the report"
    );
    escaped("CLI HTML report", &report);
    remote(&["publish", &id, "--include-text"]).expect("publish");
    let results = get(&format!("/s/{id}/results"));
    assert!(results.contains("person 9"), "the comments are published");
    escaped("results page", &results);

    let file = dir.path().join("statement.toml");
    std::fs::write(&file, STATEMENT).expect("write");
    let printed = remote(&["statement", "create", file.to_str().unwrap()]).expect("statement");
    let st = printed.lines().last().expect("id").trim().to_string();
    let (status, signed) = form(
        &format!("/st/{st}"),
        &format!(
            "kind=named&invite={}&name={}&role={}&comment={}",
            invites(&key, &st, 1)[0],
            urlencode(&format!("N {TAG}")),
            urlencode(&format!("R {ATTR}")),
            urlencode(&format!("C {TAG}\n{ATTR}")),
        ),
    );
    assert_eq!(status, 201, "{signed}");
    escaped("statement signed page", &signed);
    remote(&["statement", "reveal", &st]).expect("reveal");
    let page = get(&format!("/st/{st}"));
    assert!(page.contains("N &lt;script&gt;"), "the name is revealed");
    escaped("statement page", &page);
    escaped("withdrawal page", &get(&format!("/st/{st}/withdraw")));
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
