//! Releases end to end: every export and publication is registered, a
//! release that differs from an earlier one by fewer than k responses is
//! refused (by the CLI's check and, independently, by the server), exports
//! stay sealed on disk, publications appear on the public results page,
//! and signed exports verify.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use caucus::client::Client;
use common::*;
use serde_json::{json, Value};

const AREAS: [&str; 4] = ["Engineering", "Operations", "Customer support", "Other"];

/// Answers with some spread; note `i` is distinct per person.
fn varied(i: usize) -> Value {
    let mut a = answers(
        AREAS[i % 2],
        1 + (i % 3) as i64,
        &format!("badge logs are read weekly, says person {i}"),
    );
    a["comfort"] = json!(1 + (i % 2) as i64 * 3);
    a
}

fn fill(fixture: &Fixture, codes: &[String], from: usize) {
    for (i, code) in codes.iter().enumerate() {
        let (status, body) = submit(fixture.base(), &fixture.id, code, &varied(from + i));
        assert_eq!(status, 201, "{body}");
    }
}

fn client(fixture: &Fixture) -> Client {
    Client::new(fixture.base())
        .expect("client")
        .with_key(&fixture.key_path)
        .expect("key")
}

fn releases(fixture: &Fixture) -> Vec<Value> {
    let id = fixture.id.parse().expect("id");
    client(fixture).releases(&id).expect("releases")["releases"]
        .as_array()
        .expect("list")
        .clone()
}

#[test]
fn one_more_response_between_releases_is_refused() {
    let fixture = Fixture::new();
    let codes = fixture.invites(12);
    fill(&fixture, &codes[..10], 0);
    let id = fixture.id.clone();
    fixture.cli(&["close", &id]).expect("close");
    let first = fixture
        .cli(&["tally", &id, "--format", "json"])
        .expect("first release");
    fixture
        .cli(&["tally", &id, "--format", "json"])
        .expect("the same data again is no news");
    assert_eq!(releases(&fixture).len(), 2);

    fixture.cli(&["reopen", &id]).expect("reopen");
    let refused = fixture.cli(&["tally", &id]).expect_err("open again");
    assert!(format!("{refused:#}").contains("still open"), "{refused:#}");
    fill(&fixture, &codes[10..11], 10);
    fixture.cli(&["close", &id]).expect("close again");

    let refused = fixture
        .cli(&["tally", &id, "--format", "json"])
        .expect_err("the 11th answer would be the difference");
    let message = format!("{refused:#}");
    assert!(
        message.contains("between the releases at 10 and 11"),
        "{message}"
    );
    assert!(
        message.contains("Nothing was written or registered"),
        "{message}"
    );
    assert_eq!(
        releases(&fixture).len(),
        2,
        "a refused release is not registered"
    );

    // The server refuses on its own, whatever a client claims: here a
    // hand-made release at 11 responses, skipping the CLI's check.
    let mut report: Value = serde_json::from_str(&first).expect("json");
    report["responses"] = json!(11);
    let body = json!({"kind": "publication", "responses": 11, "report": report});
    let refused = client(&fixture)
        .register_release(&id.parse().expect("id"), &body)
        .expect_err("server-side differencing rule");
    let message = format!("{refused:#}");
    assert!(
        message.contains("(409)") && message.contains("release #1"),
        "{message}"
    );
    assert_eq!(releases(&fixture).len(), 2);
    assert!(
        client(&fixture)
            .get_json(&format!("/api/v1/surveys/{id}/results"))
            .is_err(),
        "nothing was published"
    );

    // A claim that does not match the ballot box is refused too.
    let body = json!({"kind": "export", "responses": 10, "report": serde_json::from_str::<Value>(&first).expect("json")});
    let stale = client(&fixture)
        .register_release(&id.parse().expect("id"), &body)
        .expect_err("the box holds 11");
    assert!(
        format!("{stale:#}").contains("now has 11 responses"),
        "{stale:#}"
    );
}

#[test]
fn exports_are_sealed_on_disk_and_publications_are_public() {
    let fixture = Fixture::new();
    let codes = fixture.invites(12);
    fill(&fixture, &codes, 0);
    let id = fixture.id.clone();
    fixture.cli(&["close", &id]).expect("close");
    let draft = fixture.dir.path().join("draft.json");
    fixture
        .cli(&[
            "tally",
            &id,
            "--include-text",
            "--format",
            "json",
            "--out",
            draft.to_str().expect("utf8"),
        ])
        .expect("export with comments");
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(&draft).expect("read")).expect("json");
    let note = report["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["id"] == "note")
        .expect("note");
    let comments = note["comments"]
        .as_array()
        .expect("12 answers: comments shown");
    assert_eq!(comments.len(), 12);
    for group in report["groups"].as_array().into_iter().flatten() {
        assert!(group["questions"]
            .as_array()
            .expect("q")
            .iter()
            .all(|q| q.get("comments").is_none()));
    }

    let seized = fixture.dir.path().join("seized");
    copy_dir(&fixture.server.data, &seized);
    assert!(
        !contains(&all_bytes(&seized), b"badge logs are read weekly"),
        "an export's comments are on disk in the clear"
    );

    // Redact one comment, then publish with the same edits.
    let victim = comments[0]["id"].as_str().expect("id").to_string();
    let victim_text = comments[0]["text"].as_str().expect("text").to_string();
    let edits = fixture.dir.path().join("edits.toml");
    std::fs::write(
        &edits,
        format!("[[remove]]\ncomment = \"{victim}\"\nreason = \"too specific\"\n"),
    )
    .expect("write");
    let redacted = cli(&[
        "redact",
        draft.to_str().expect("utf8"),
        "--edits",
        edits.to_str().expect("utf8"),
        "--format",
        "markdown",
    ])
    .expect("redact");
    // Whole comments: "person 1" is also the start of "person 10".
    assert!(
        !redacted.contains(&format!("- {victim_text} [")),
        "{redacted}"
    );
    assert!(!redacted.contains(&victim), "{redacted}");
    assert!(redacted.contains("1 removed"), "{redacted}");
    let typo = fixture.dir.path().join("typo.toml");
    std::fs::write(&typo, "[[remove]]\ncomment = \"000000000000\"\n").expect("write");
    assert!(cli(&[
        "redact",
        draft.to_str().expect("utf8"),
        "--edits",
        typo.to_str().expect("utf8")
    ])
    .is_err());

    let published = fixture
        .cli(&[
            "publish",
            &id,
            "--include-text",
            "--redact",
            edits.to_str().expect("utf8"),
        ])
        .expect("publish");
    assert!(
        published.contains(&format!("/s/{id}/results")),
        "{published}"
    );
    let results = client(&fixture)
        .get_json(&format!("/api/v1/surveys/{id}/results"))
        .expect("public results");
    assert_eq!(results["report"]["responses"], json!(12));
    let text = results["report"].to_string();
    assert!(!text.contains(&format!("\"{victim_text}\"")));
    assert!(!text.contains(&victim));
    assert!(text.contains("badge logs are read weekly"));
    let kinds: Vec<Value> = releases(&fixture)
        .iter()
        .map(|r| r["kind"].clone())
        .collect();
    assert_eq!(kinds, [json!("export"), json!("publication")]);
}

#[test]
fn signed_exports_verify_and_tampering_is_caught() {
    let fixture = Fixture::new();
    let codes = fixture.invites(10);
    fill(&fixture, &codes, 0);
    let id = fixture.id.clone();
    fixture.cli(&["close", &id]).expect("close");
    let out = fixture.dir.path().join("report.csv");
    let out_arg = out.to_str().expect("utf8");
    fixture
        .cli(&["tally", &id, "--format", "csv", "--out", out_arg, "--sign"])
        .expect("signed export");
    let before = releases(&fixture).len();
    let taken = fixture
        .cli(&["tally", &id, "--format", "csv", "--out", out_arg])
        .expect_err("the file exists");
    assert!(format!("{taken:#}").contains("already exists"), "{taken:#}");
    assert_eq!(
        releases(&fixture).len(),
        before,
        "refused before registering"
    );
    let public = fixture.key.public().to_string();
    let ok = cli(&["verify-export", out_arg, "--pubkey", &public]).expect("verifies");
    assert!(ok.contains("good signature"), "{ok}");

    let other = key();
    assert!(cli(&[
        "verify-export",
        out_arg,
        "--pubkey",
        &other.public().to_string()
    ])
    .is_err());
    let mut bytes = std::fs::read(&out).expect("read");
    bytes[0] ^= 1;
    let tampered = fixture.dir.path().join("tampered.csv");
    std::fs::write(&tampered, &bytes).expect("write");
    let signature = format!("{out_arg}.minisig");
    let refused = cli(&[
        "verify-export",
        tampered.to_str().expect("utf8"),
        "--signature",
        &signature,
        "--pubkey",
        &public,
    ])
    .expect_err("changed file");
    assert!(format!("{refused:#}").contains("changed"), "{refused:#}");
}

#[test]
fn noisy_releases_say_so_and_never_go_negative() {
    let fixture = Fixture::new();
    let codes = fixture.invites(10);
    fill(&fixture, &codes, 0);
    let id = fixture.id.clone();
    fixture.cli(&["close", &id]).expect("close");
    let text = fixture
        .cli(&["tally", &id, "--epsilon", "5", "--format", "json"])
        .expect("noisy export");
    let report: Value = serde_json::from_str(&text).expect("json");
    assert!(report["noise"]["epsilon"].as_f64().expect("epsilon") <= 5.0);
    for q in report["questions"].as_array().expect("questions") {
        assert!(q["expected_error"].as_f64().is_some());
        for o in q["options"].as_array().expect("options") {
            assert!(o["count"].is_null() || o["count"].as_u64().is_some());
        }
    }
    assert!(fixture.cli(&["tally", &id, "--epsilon", "0"]).is_err());
    assert!(fixture
        .cli(&["tally", &id, "--epsilon", "1", "--include-text"])
        .is_err());
    // The review's case: noise so small it hides nothing, published beside
    // exact counts, gave back by subtraction what suppression hid. It is
    // refused before anything is registered or published.
    let results = format!("{}/api/v1/surveys/{id}/results", fixture.base());
    let before = call(agent().get(&results).call());
    let refused = fixture
        .cli(&["publish", &id, "--epsilon", "100"])
        .expect_err("epsilon 100");
    assert!(
        format!("{refused:#}").contains("under one person"),
        "{refused:#}"
    );
    assert_eq!(
        call(agent().get(&results).call()),
        before,
        "nothing published"
    );
    // The first noisy release spent 0.5 per count; another 0.5 would take
    // the survey past 0.881.
    let spent = fixture
        .cli(&["tally", &id, "--epsilon", "5", "--format", "json"])
        .expect_err("budget spent");
    assert!(format!("{spent:#}").contains("per count"), "{spent:#}");
    fixture
        .cli(&["tally", &id, "--epsilon", "3", "--format", "json"])
        .expect("0.3 more per count fits");
}

/// Promise 6 for the registry: a release the server acknowledged is on
/// disk, so a kill -9 right after cannot let a later release skip the
/// differencing check against it.
#[test]
fn acknowledged_releases_survive_kill_9() {
    let Fixture {
        server,
        key,
        key_path,
        id,
        dir,
    } = Fixture::new();
    let key_arg = key_path.to_str().expect("utf8");
    let codes = invites(&key, &id, 11);
    for (i, code) in codes[..10].iter().enumerate() {
        assert_eq!(submit(&server.base, &id, code, &varied(i)).0, 201);
    }
    let remote = |base: &str| ["--server", base, "--key", key_arg].map(str::to_string);
    let run = |args: &[&str], base: &str| {
        let remote = remote(base);
        let remote: Vec<&str> = remote.iter().map(String::as_str).collect();
        cli(&[args, &remote[..]].concat())
    };
    run(&["close", &id], &server.base).expect("close");
    run(&["publish", &id], &server.base).expect("publish");
    let data = server.data.clone();
    server.kill();

    let server = Server::start(&data, &[&key]);
    let results = agent()
        .get(&format!("{}/api/v1/surveys/{id}/results", server.base))
        .call()
        .expect("the publication is still there")
        .into_string()
        .expect("body");
    assert!(results.contains("\"responses\":10"), "{results}");
    run(&["reopen", &id], &server.base).expect("reopen");
    assert_eq!(submit(&server.base, &id, &codes[10], &varied(10)).0, 201);
    run(&["close", &id], &server.base).expect("close");
    let refused = run(&["publish", &id], &server.base).expect_err("still checked against #1");
    assert!(
        format!("{refused:#}").contains("between the releases at 10 and 11"),
        "{refused:#}"
    );
    drop(server);
    drop(dir);
}
