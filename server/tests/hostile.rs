//! Hostile input on every public and admin route: oversized bodies and
//! fields, deep nesting, broken UTF-8, control characters, path tricks in
//! ids, wrong content types. Each gets a clear 4xx in its route's shape
//! (JSON on /api, the error page elsewhere), stores nothing, and the
//! server answers a normal request right after.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;
mod hostile_support;

use common::*;
use hostile_support::*;
use serde_json::json;

#[test]
fn oversized_bodies_get_413_and_oversized_fields_are_named() {
    let t = Target::new();
    let before = t.stored();
    let (id, st) = (t.f.id.clone(), t.st.clone());
    let big_json = json!({"invite": "x".repeat(70 * 1024), "answers": {}}).to_string();
    for path in [
        format!("/api/v1/surveys/{id}/responses"),
        format!("/api/v1/statements/{st}/signatures"),
        format!("/api/v1/statements/{st}/withdrawals"),
        format!("/api/v1/statements/{st}/cosignatures"),
    ] {
        let got = post(&t.url(&path), Some(JSON), big_json.as_bytes());
        t.refused(&format!("70 KiB JSON to {path}"), &path, &got, 413);
    }
    let big_form = format!("invite={}", "x".repeat(70 * 1024));
    for path in [
        format!("/s/{id}"),
        format!("/st/{st}"),
        format!("/st/{st}/withdraw"),
    ] {
        let got = post(&t.url(&path), Some(FORM), big_form.as_bytes());
        t.refused(&format!("70 KiB form to {path}"), &path, &got, 413);
    }
    let huge = vec![b'a'; 2 * 1024 * 1024 + 1];
    for path in ["/api/v1/admin/surveys", "/api/v1/admin/statements"] {
        let got = t.admin(path, &huge);
        t.refused(&format!("2 MiB + 1 to {path}"), path, &got, 413);
    }
    // Chunked, so the size is only known as it streams in.
    let chunked = reply(
        agent()
            .post(&t.url(&format!("/api/v1/statements/{st}/signatures")))
            .set("Content-Type", JSON)
            .send(std::io::Cursor::new(big_json.clone().into_bytes())),
    );
    t.refused("chunked 70 KiB", "/api/", &chunked, 413);
    // Announced but never sent: refused at once, from the header alone.
    let head = format!(
        "POST /api/v1/surveys/{id}/responses HTTP/1.1\r\nHost: x\r\n\
         Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n"
    );
    let answer = raw(t.f.base(), head.as_bytes());
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");

    // Oversized fields: each named, in the API and on the forms.
    let sign_api = format!("/api/v1/statements/{st}/signatures");
    for (field, body) in [
        ("role", json!({"name": "A", "role": "r".repeat(101)})),
        ("comment", json!({"name": "A", "comment": "c".repeat(1001)})),
    ] {
        let got = post(&t.url(&sign_api), Some(JSON), body.to_string().as_bytes());
        t.refused(field, &sign_api, &got, 422);
        assert!(got.body.contains(&format!("\"question\":\"{field}\"")));
    }
    for (field, value) in [("name", 101), ("role", 101), ("comment", 1001)] {
        let name = if field == "name" { "" } else { "name=A&" };
        let form = format!("kind=named&{name}{field}={}", "w".repeat(value));
        let got = post(&t.url(&format!("/st/{st}")), Some(FORM), form.as_bytes());
        assert_eq!(got.status, 422, "{field} on the form");
        assert!(got.body.contains("must be at most"), "{field}");
    }
    let code = t.f.invites(1).remove(0);
    let form = format!(
        "invite={code}&q_area=Other&q_told=No&q_consent=3&q_comfort=3&q_reviews=I+don%27t+know\
         &q_retention=Not+at+all&q_stress=5&q_note={}",
        "n".repeat(2001)
    );
    let got = post(&t.url(&format!("/s/{id}")), Some(FORM), form.as_bytes());
    assert_eq!(got.status, 422, "{}", got.body);
    assert!(got.body.contains("must be at most 2000 characters"));
    let long_invite = json!({"invite": "A".repeat(50_000), "answers": answers("Other", 3, "")});
    let path = format!("/api/v1/surveys/{id}/responses");
    let got = post(
        &t.url(&path),
        Some(JSON),
        long_invite.to_string().as_bytes(),
    );
    t.refused("50 000-character invite", &path, &got, 401);
    let path = format!("/api/v1/statements/{st}/withdrawals");
    let secret = json!({"withdrawal_secret": "f".repeat(50_000)}).to_string();
    t.refused(
        "50 000-character secret",
        &path,
        &post(&t.url(&path), Some(JSON), secret.as_bytes()),
        400,
    );
    let long_title = SURVEY.replacen("title = \"", &format!("title = \"{}", "T".repeat(300)), 1);
    let got = t.admin("/api/v1/admin/surveys", long_title.as_bytes());
    t.refused("300-character title", "/api/", &got, 422);
    t.still_works(before);
}

#[test]
fn deep_nesting_is_refused_without_a_crash() {
    let t = Target::new();
    let before = t.stored();
    let (id, st) = (t.f.id.clone(), t.st.clone());
    // As deep as fits in the 64 KiB limit, then far deeper on admin routes.
    let deep = |n: usize| "[".repeat(n);
    let cases = [
        (
            format!("/api/v1/surveys/{id}/responses"),
            format!("{{\"invite\": \"x\", \"answers\": {}", deep(65_000)),
        ),
        (
            format!("/api/v1/statements/{st}/signatures"),
            format!("{{\"name\": {}", deep(65_000)),
        ),
        (format!("/api/v1/statements/{st}/withdrawals"), deep(65_000)),
    ];
    for (path, body) in &cases {
        let got = post(&t.url(path), Some(JSON), body.as_bytes());
        t.refused(&format!("deep JSON to {path}"), path, &got, 400);
    }
    let got = post(
        &t.url(&cases[0].0),
        Some(JSON),
        format!(
            "{{\"invite\": \"x\", \"answers\": {}",
            "{\"a\":".repeat(9000)
        )
        .as_bytes(),
    );
    t.refused("deep objects", "/api/", &got, 400);
    assert!(got.body.contains("recursion limit"), "{}", got.body);
    let admin_deep = deep(2 * 1024 * 1024 - 16);
    for path in [
        "/api/v1/admin/statements".to_string(),
        format!("/api/v1/admin/surveys/{id}/releases"),
    ] {
        let got = t.admin(&path, admin_deep.as_bytes());
        t.refused(&format!("2 MiB of [ to {path}"), &path, &got, 400);
    }
    // TOML nests too: an array of arrays, and inline tables.
    for nested in [
        format!("x = {}\n{SURVEY}", deep(1_000_000)),
        format!("x = {}\n{SURVEY}", "{a = ".repeat(300_000)),
    ] {
        let got = t.admin("/api/v1/admin/surveys", nested.as_bytes());
        t.refused("deep TOML survey file", "/api/", &got, 422);
    }
    t.still_works(before);
}

#[test]
fn broken_utf8_in_bodies_paths_and_queries_is_refused() {
    let t = Target::new();
    let before = t.stored();
    let (id, st) = (t.f.id.clone(), t.st.clone());
    for path in [
        format!("/api/v1/surveys/{id}/responses"),
        format!("/api/v1/statements/{st}/signatures"),
        format!("/api/v1/statements/{st}/withdrawals"),
        format!("/api/v1/statements/{st}/cosignatures"),
    ] {
        let got = post(&t.url(&path), Some(JSON), b"{\"name\": \"Ad\xff\xfea\"}");
        t.refused(&format!("broken UTF-8 JSON to {path}"), &path, &got, 400);
    }
    for (path, body) in [
        (format!("/st/{st}"), &b"kind=named&name=Ad%FFa"[..]),
        (format!("/st/{st}"), b"kind=named&name=Ad\xffa"),
        (format!("/st/{st}"), b"kind=named&name=%C0%AF"),
        (format!("/s/{id}"), b"invite=x&q_note=%ED%A0%80"),
        (format!("/st/{st}/withdraw"), b"withdrawal_secret=%FF"),
    ] {
        let got = post(&t.url(&path), Some(FORM), body);
        t.refused(&format!("broken UTF-8 form to {path}"), &path, &got, 400);
        assert!(got.body.contains("not valid UTF-8"), "{}", got.body);
    }
    for path in [
        "/s/%FF%FE".to_string(),
        "/st/%C0%AF%C0%AF".into(),
        "/s/%FF/results".into(),
        "/api/v1/surveys/%FF%FE".into(),
        "/api/v1/statements/%FF/checkpoint".into(),
    ] {
        let got = reply(agent().get(&t.url(&path)).call());
        t.refused(&format!("GET {path}"), &path, &got, 404);
    }
    for path in [
        format!("/s/{id}?invite=%FF%FE"),
        format!("/st/{st}?invite=%FF%FE"),
    ] {
        let got = reply(agent().get(&t.url(&path)).call());
        t.refused(&format!("GET {path}"), &path, &got, 401);
    }
    let path = format!("/api/v1/statements/{st}/entries?start=%FF&limit=1");
    t.refused(
        "entries ?start=%FF",
        &path,
        &reply(agent().get(&t.url(&path)).call()),
        400,
    );
    // Raw (unencoded) bytes never reach a route: the HTTP parser refuses
    // the request line and closes the connection.
    for line in [
        &b"GET /s/\xff\xfe HTTP/1.1"[..],
        b"GET /healthz?x=\xff HTTP/1.1",
    ] {
        let answer = raw(t.f.base(), &[line, b"\r\nHost: x\r\n\r\n"].concat());
        assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    }
    t.still_works(before);
}
