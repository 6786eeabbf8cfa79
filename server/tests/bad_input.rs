//! Every refusal has its status, and leaves nothing behind: afterwards the
//! same invite still works, and the ballot box holds only that response.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use caucus_core::request_sig::{sign, RequestParts};
use common::*;
use serde_json::{json, Value};

/// name, survey id, invite code, answers, expected status, question named.
type Case<'a> = (&'a str, String, String, Value, u16, Option<&'a str>);

fn response_count(f: &Fixture, id: &str) -> String {
    let status = f.cli(&["survey", "status", id]).expect("status");
    status
        .lines()
        .find(|l| l.starts_with("responses:"))
        .expect("line")
        .to_string()
}

#[test]
fn each_bad_submission_gets_its_status_and_stores_nothing() {
    let f = Fixture::new();
    let stranger = key();
    let id = f.id.clone();
    let other = create_survey(&f.server, &f.key_path, SURVEY);
    let invite = f.invites(1).remove(0);
    let foreign = invites(&f.key, &other, 1).remove(0);
    let forged = invites(&stranger, &id, 1).remove(0);
    let good = answers("Engineering", 4, "fine");
    let base = f.base().to_string();

    let with = |field: &str, value: Value| {
        let mut a = good.clone();
        a[field] = value;
        a
    };
    let mut missing = good.clone();
    missing.as_object_mut().expect("object").remove("told");
    let cases: Vec<Case> = vec![
        (
            "unknown survey",
            "AAAAAAAAAAAAAAAAAAAAAA".into(),
            invite.clone(),
            good.clone(),
            404,
            None,
        ),
        (
            "path trick",
            "..%2F..%2Fetc".into(),
            invite.clone(),
            good.clone(),
            404,
            None,
        ),
        (
            "malformed invite",
            id.clone(),
            "not-a-code".into(),
            good.clone(),
            401,
            None,
        ),
        (
            "missing invite",
            id.clone(),
            "".into(),
            good.clone(),
            401,
            None,
        ),
        ("forged invite", id.clone(), forged, good.clone(), 403, None),
        (
            "foreign invite",
            id.clone(),
            foreign,
            good.clone(),
            403,
            None,
        ),
        (
            "unknown option",
            id.clone(),
            invite.clone(),
            with("area", json!("Legal")),
            422,
            Some("area"),
        ),
        (
            "likert out of range",
            id.clone(),
            invite.clone(),
            with("consent", json!(6)),
            422,
            Some("consent"),
        ),
        (
            "scale out of range",
            id.clone(),
            invite.clone(),
            with("stress", json!(11)),
            422,
            Some("stress"),
        ),
        (
            "scale not a number",
            id.clone(),
            invite.clone(),
            with("stress", json!("7")),
            422,
            Some("stress"),
        ),
        (
            "multi not a list",
            id.clone(),
            invite.clone(),
            with("recorded", json!("Keystrokes")),
            422,
            Some("recorded"),
        ),
        (
            "multi bad option",
            id.clone(),
            invite.clone(),
            with("safeguards", json!(["Free lunch"])),
            422,
            Some("safeguards"),
        ),
        (
            "missing required",
            id.clone(),
            invite.clone(),
            missing,
            422,
            Some("told"),
        ),
        (
            "extra question",
            id.clone(),
            invite.clone(),
            with("salary", json!("high")),
            422,
            Some("salary"),
        ),
        (
            "text too long",
            id.clone(),
            invite.clone(),
            with("note", json!("x".repeat(2001))),
            422,
            Some("note"),
        ),
        (
            "text with NUL",
            id.clone(),
            invite.clone(),
            with("note", json!("a\u{0}b")),
            422,
            Some("note"),
        ),
        (
            "answers not an object",
            id.clone(),
            invite.clone(),
            json!([1, 2]),
            422,
            None,
        ),
    ];
    for (name, survey, code, answers, expected, question) in cases {
        let (status, body) = submit(&base, &survey, &code, &answers);
        assert_eq!(status, expected, "{name}: {body}");
        assert!(
            body["error"].is_string() && body["message"].is_string(),
            "{name}: {body}"
        );
        if let Some(q) = question {
            assert_eq!(body["question"], json!(q), "{name}: {body}");
        }
    }
    let url = format!("{base}/api/v1/surveys/{id}/responses");
    let raw = |content_type: &str, body: &[u8]| {
        call(
            agent()
                .post(&url)
                .set("Content-Type", content_type)
                .send_bytes(body),
        )
        .0
    };
    assert_eq!(raw("text/plain", b"{}"), 415);
    assert_eq!(raw("application/json", b"{\"invite\": "), 400);
    assert_eq!(
        raw(
            "application/json",
            b"{\"invite\": \"x\", \"answers\": {}, \"extra\": 1}"
        ),
        400
    );
    assert_eq!(raw("application/json", &vec![b' '; 70 * 1024]), 413);
    assert_eq!(raw("application/json", b"\xff\xfe"), 400);

    assert_eq!(response_count(&f, &id), "responses: 0");
    let (status, body) = submit(&base, &id, &invite, &good);
    assert_eq!(status, 201, "the invite survived every refusal: {body}");
    assert_eq!(response_count(&f, &id), "responses: 1");
    assert_eq!(submit(&base, &id, &invite, &good).0, 409);

    // A closed survey refuses with 410 and stores nothing.
    f.cli(&["close", &other]).expect("close");
    let late = invites(&f.key, &other, 1).remove(0);
    assert_eq!(submit(&base, &other, &late, &good).0, 410);
    assert_eq!(response_count(&f, &other), "responses: 0");
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs()
}

#[test]
fn admin_requests_need_a_fresh_signature_by_an_organiser_key() {
    let f = Fixture::new();
    let (key, id) = (&f.key, &f.id);
    let stranger = common::key();
    let path = format!("/api/v1/admin/surveys/{id}/close");
    let url = format!("{}{path}", f.base());
    let parts = RequestParts {
        method: "POST",
        path: &path,
        query: "",
        body: b"",
    };
    let send = |headers: Option<&caucus_core::request_sig::SignatureHeaders>| {
        let mut request = agent().post(&url);
        if let Some(h) = headers {
            request = request
                .set("Content-Digest", &h.content_digest)
                .set("Signature-Input", &h.signature_input)
                .set("Signature", &h.signature);
        }
        call(request.send_bytes(b""))
    };
    let state = || {
        let (_, body) = call(
            agent()
                .get(&format!("{}/api/v1/surveys/{id}", f.base()))
                .call(),
        );
        serde_json::from_str::<Value>(&body).expect("json")["state"].clone()
    };
    let nonce = |n: u8| format!("testnonce{n:08}abc");
    let (_, info) = call(agent().get(&format!("{}/api/v1/server", f.base())).call());
    let info: Value = serde_json::from_str(&info).expect("json");
    let server = info["server_key"].as_str().expect("server key").to_string();

    assert_eq!(send(None).0, 401, "unsigned");
    assert_eq!(
        send(Some(&sign(&stranger, &parts, now(), &nonce(1), &server))).0,
        401,
        "unknown key"
    );
    assert_eq!(
        send(Some(&sign(key, &parts, now() - 3600, &nonce(2), &server))).0,
        401,
        "stale"
    );
    assert_eq!(
        send(Some(&sign(key, &parts, now() + 3600, &nonce(3), &server))).0,
        401,
        "from the future"
    );
    let other_path = RequestParts {
        path: "/api/v1/admin/surveys",
        ..parts
    };
    assert_eq!(
        send(Some(&sign(key, &other_path, now(), &nonce(4), &server))).0,
        401,
        "signed for another path"
    );
    let mut wrong = sign(key, &parts, now(), &nonce(5), &server);
    wrong.signature = sign(key, &parts, now(), &nonce(6), &server).signature;
    assert_eq!(send(Some(&wrong)).0, 401, "signature of another request");
    let mut tampered = sign(key, &parts, now(), &nonce(7), &server);
    tampered.content_digest = caucus_core::request_sig::content_digest(b"x");
    assert_eq!(send(Some(&tampered)).0, 401, "digest of another body");
    assert_eq!(
        state(),
        json!("open"),
        "no refused request changed anything"
    );

    let elsewhere = sign(key, &parts, now(), &nonce(9), "caucus-srv1:another-server");
    assert_eq!(send(Some(&elsewhere)).0, 401, "signed for another server");
    let good = sign(key, &parts, now(), &nonce(8), &server);
    assert_eq!(send(Some(&good)).0, 200);
    assert_eq!(state(), json!("closed"));
    let (status, body) = send(Some(&good));
    assert_eq!(status, 401, "replayed: {body}");
    assert!(body.contains("already used"), "{body}");
}
