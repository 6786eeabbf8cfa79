//! The survey flow end to end through the real server binary and the real
//! CLI: keygen, create, invites, answers, close, tally.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use common::*;
use serde_json::{json, Value};

fn option_count(report: &Value, question: &str, value: &str) -> Value {
    let q = report["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["id"] == question)
        .expect("question");
    q["options"]
        .as_array()
        .expect("options")
        .iter()
        .find(|o| o["value"] == value)
        .expect("option")
        .clone()
}

#[test]
fn end_to_end_through_the_real_binaries() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key_path = dir.path().join("organiser.key");
    let key_arg = key_path.to_str().expect("utf8");
    let printed = cli(&["keygen", "--out", key_arg]).expect("keygen");
    let public = printed.lines().last().expect("line").trim().to_string();
    assert!(public.starts_with("caucus-org1:"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_path)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(
        cli(&["keygen", "--out", key_arg]).is_err(),
        "keygen must not overwrite"
    );
    let key = caucus::load_key(&key_path).expect("key");
    assert_eq!(key.public().to_string(), public);

    let server = Server::start(&dir.path().join("data"), &[&key]);
    let id = create_survey(&server, &key_path, SURVEY);
    let remote = ["--server", server.base.as_str(), "--key", key_arg];

    let links = cli(&[
        &["invites", &id, "--count", "15", "--format", "links"][..],
        &remote[..],
    ]
    .concat())
    .expect("invites");
    let links: Vec<&str> = links.lines().collect();
    assert_eq!(links.len(), 15);
    let prefix = format!("{}/s/{id}?invite=", server.base);
    assert!(links.iter().all(|l| l.starts_with(&prefix)));

    // 7 Engineering, 5 Operations, 2 Customer support.
    let areas = [
        &["Engineering"; 7][..],
        &["Operations"; 5][..],
        &["Customer support"; 2][..],
    ]
    .concat();
    for (i, (link, area)) in links.iter().zip(&areas).enumerate() {
        let invite = link.trim_start_matches(&prefix);
        let consent = if i % 2 == 0 { 1 } else { 2 };
        let (status, body) = submit(
            &server.base,
            &id,
            invite,
            &answers(area, consent, "my manager watches the dashboard"),
        );
        assert_eq!(status, 201, "{body}");
        let receipt: caucus_core::Receipt =
            serde_json::from_value(body["receipt"].clone()).expect("receipt");
        assert!(receipt.verify(None));
    }

    let refused = cli(&[&["tally", &id][..], &remote[..]].concat()).expect_err("tally while open");
    assert!(format!("{refused:#}").contains("still open"), "{refused:#}");

    cli(&[&["close", &id][..], &remote[..]].concat()).expect("close");
    let last = links[14].trim_start_matches(&prefix);
    assert_eq!(
        submit(&server.base, &id, last, &answers("Other", 3, "")).0,
        410
    );

    let json_text =
        cli(&[&["tally", &id, "--format", "json"][..], &remote[..]].concat()).expect("tally");
    let report: Value = serde_json::from_str(&json_text).expect("json");
    assert_eq!(report["survey"], json!(id));
    assert_eq!(report["responses"], json!(14));
    assert_eq!(report["min_group"], json!(5));
    assert_eq!(
        option_count(&report, "area", "Engineering"),
        json!({"value": "Engineering", "count": 7})
    );
    assert_eq!(
        option_count(&report, "area", "Customer support")["count"],
        Value::Null,
        "2 < k"
    );
    assert_eq!(
        option_count(&report, "area", "Customer support")["suppressed"],
        json!(true)
    );
    assert_eq!(
        option_count(&report, "area", "Operations")["count"],
        Value::Null,
        "complementary: otherwise 14 - 7 - 0 - 0 - 5 reveals the 2"
    );
    assert_eq!(option_count(&report, "area", "Other")["count"], json!(0));
    assert_eq!(
        option_count(&report, "recorded", "Keystrokes")["count"],
        json!(14)
    );
    assert_eq!(option_count(&report, "consent", "1")["count"], json!(7));
    assert_eq!(option_count(&report, "consent", "2")["count"], json!(7));
    assert_eq!(option_count(&report, "stress", "6")["count"], json!(14));

    let by = cli(&[
        &["tally", &id, "--by", "area", "--format", "json"][..],
        &remote[..],
    ]
    .concat())
    .expect("by");
    let by: Value = serde_json::from_str(&by).expect("json");
    let groups = by["groups"].as_array().expect("groups");
    let engineering = groups
        .iter()
        .find(|g| g["value"] == "Engineering")
        .expect("group");
    assert_eq!(engineering["responses"], json!(7));
    assert_eq!(
        option_count(engineering, "recorded", "Keystrokes")["count"],
        json!(7)
    );
    assert_eq!(
        option_count(engineering, "consent", "2")["count"],
        Value::Null,
        "3 < k"
    );
    assert_eq!(
        option_count(engineering, "consent", "1")["count"],
        Value::Null,
        "complementary: otherwise 7 - 4 reveals the 3"
    );
    let support = groups
        .iter()
        .find(|g| g["value"] == "Customer support")
        .expect("group");
    assert_eq!(support["responses"], Value::Null);
    assert_eq!(support["suppressed"], json!(true));

    for format in ["table", "csv", "markdown", "json"] {
        let text = cli(&[
            &["tally", &id, "--by", "area", "--format", format][..],
            &remote[..],
        ]
        .concat())
        .expect(format);
        assert!(
            !text.contains("dashboard"),
            "{format} output holds free text"
        );
        assert!(text.contains("Engineering"), "{format}");
    }
    let csv = cli(&[&["tally", &id, "--format", "csv"][..], &remote[..]].concat()).expect("csv");
    assert!(csv.contains(",area,single,Engineering,,7,false"), "{csv}");
    assert!(csv.contains(",area,single,Operations,,,true"), "{csv}");

    let out_file = dir.path().join("report.md");
    cli(&[
        &[
            "tally",
            &id,
            "--format",
            "markdown",
            "--out",
            out_file.to_str().expect("utf8"),
        ][..],
        &remote[..],
    ]
    .concat())
    .expect("tally to file");
    assert!(std::fs::read_to_string(&out_file)
        .expect("md")
        .contains("| Engineering | 7 |"));
}

#[test]
fn invite_sheet_and_csv_formats() {
    let f = Fixture::new();
    let id = f.id.as_str();
    let sheet = f.dir.path().join("sheet.html");
    let sheet_arg = sheet.to_str().expect("utf8");
    f.cli(&[
        "invites", id, "--count", "4", "--format", "html", "--out", sheet_arg,
    ])
    .expect("sheet");
    let html = std::fs::read_to_string(&sheet).expect("sheet");
    assert_eq!(html.matches("<svg").count(), 4);
    assert_eq!(html.matches("class=\"code short\"").count(), 4);
    assert!(!html.contains("<script"));
    assert!(
        f.cli(&["invites", id, "--count", "1", "--format", "html", "--out", sheet_arg])
            .is_err(),
        "never overwrites"
    );
    let csv = f
        .cli(&["invites", id, "--count", "3", "--format", "csv"])
        .expect("csv");
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "code,url");
    assert_eq!(rows.len(), 4);
    let code = rows[1].split(',').next().expect("code");
    assert_eq!(submit(f.base(), id, code, &answers("Other", 3, "")).0, 201);
    assert!(f.cli(&["invites", id, "--count", "0"]).is_err());
    assert!(f.cli(&["invites", "not-an-id", "--count", "1"]).is_err());
}

#[test]
fn fifty_concurrent_submissions_of_one_invite_count_once() {
    let f = Fixture::new();
    let invite = f.invites(1).remove(0);
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(50));
    let handles: Vec<_> = (0..50)
        .map(|i| {
            let (base, id, invite, barrier) = (
                f.base().to_string(),
                f.id.clone(),
                invite.clone(),
                barrier.clone(),
            );
            std::thread::spawn(move || {
                barrier.wait();
                submit(&base, &id, &invite, &answers("Engineering", 1 + i % 5, "")).0
            })
        })
        .collect();
    let statuses: Vec<u16> = handles
        .into_iter()
        .map(|h| h.join().expect("thread"))
        .collect();
    let count = |code: u16| statuses.iter().filter(|s| **s == code).count();
    assert_eq!(count(201), 1, "{statuses:?}");
    assert_eq!(count(409), 49, "{statuses:?}");
    let status = f.cli(&["survey", "status", &f.id]).expect("status");
    assert!(status.contains("responses: 1"), "{status}");
}

/// RFC 9110: HEAD wherever GET works, with the GET's headers and no body.
#[test]
fn head_answers_like_get_without_a_body() {
    let f = Fixture::new();
    for path in [
        "/healthz".to_string(),
        format!("/s/{}", f.id),
        format!("/api/v1/surveys/{}", f.id),
    ] {
        let url = format!("{}{path}", f.base());
        let get = agent().get(&url).call().expect("GET");
        let length = get.header("content-length").expect("length").to_string();
        let head = agent().head(&url).call().expect("HEAD");
        assert_eq!(head.status(), 200, "{path}");
        assert_eq!(head.header("content-length"), Some(length.as_str()));
        assert_eq!(head.into_string().expect("body"), "", "{path}: no body");
    }
}
