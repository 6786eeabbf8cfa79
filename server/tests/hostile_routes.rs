//! Hostile input, continued: control characters in every text field, path
//! tricks in every id, and wrong content types on every write route. Each
//! gets a clear 4xx in its route's shape, stores nothing, and the server
//! answers a normal request right after.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;
mod hostile_support;

use common::*;
use hostile_support::*;
use serde_json::{json, Value};

#[test]
fn control_characters_are_refused_by_name_in_every_text_field() {
    let t = Target::new();
    let before = t.stored();
    let (id, st) = (t.f.id.clone(), t.st.clone());
    let sign_api = format!("/api/v1/statements/{st}/signatures");
    for (field, body) in [
        ("name", json!({"name": "Ada\u{0}Lovelace"})),
        ("name", json!({"name": "Ada\nLovelace"})),
        ("name", json!({"name": "\u{1b}[31mAda"})),
        ("role", json!({"name": "Ada", "role": "Ops\u{7f}"})),
        ("role", json!({"name": "Ada", "role": "Ops\tTeam"})),
        ("comment", json!({"name": "Ada", "comment": "a\u{0}b"})),
        ("comment", json!({"name": "Ada", "comment": "bell\u{7}"})),
        ("comment", json!({"name": "Ada", "comment": "c1\u{85}x"})),
    ] {
        let got = post(&t.url(&sign_api), Some(JSON), body.to_string().as_bytes());
        t.refused(&format!("{body}"), &sign_api, &got, 422);
        let reply: Value = serde_json::from_str(&got.body).expect("json");
        assert_eq!(reply["question"], json!(field), "{body}");
        assert!(
            reply["message"]
                .as_str()
                .is_some_and(|m| m.contains("control characters")),
            "{reply}"
        );
    }
    for form in [
        "kind=named&name=Ada%00",
        "kind=named&name=Ada&role=%1B",
        "kind=named&name=Ada&comment=%00",
    ] {
        let got = post(&t.url(&format!("/st/{st}")), Some(FORM), form.as_bytes());
        assert_eq!(got.status, 422, "{form}");
        assert!(got.body.contains("control characters"), "{form}");
    }
    let code = t.f.invites(1).remove(0);
    let form = format!(
        "invite={code}&q_area=Other&q_told=No&q_consent=3&q_comfort=3&q_reviews=I+don%27t+know\
         &q_retention=Not+at+all&q_stress=5&q_note=a%00b"
    );
    let got = post(&t.url(&format!("/s/{id}")), Some(FORM), form.as_bytes());
    assert_eq!(got.status, 422, "{}", got.body);
    assert!(got.body.contains("must not contain control characters"));
    for (path, body) in [
        (
            format!("/api/v1/surveys/{id}/responses"),
            json!({"invite": format!("{code}\u{0}"), "answers": answers("Other", 3, "")}),
        ),
        (
            format!("/api/v1/statements/{st}/withdrawals"),
            json!({"withdrawal_secret": format!("{}\u{0}", "a".repeat(64))}),
        ),
        (
            format!("/api/v1/statements/{st}/cosignatures"),
            json!({"witness": "w\u{0}x+01234567+AQ", "cosignature": "\u{0}"}),
        ),
    ] {
        let got = post(&t.url(&path), Some(JSON), body.to_string().as_bytes());
        assert!((400..=403).contains(&got.status), "{path}: {}", got.body);
        t.refused(&format!("NUL to {path}"), &path, &got, got.status);
    }
    let got = reply(agent().get(&t.url(&format!("/s/{id}?invite=%00"))).call());
    t.refused("NUL invite in a query", "/s/", &got, 401);
    // Organisers' files: the same rule, refused with the field named.
    for (field, file) in [
        (
            "title",
            SURVEY.replacen("title = \"", "title = \"\\u0000", 1),
        ),
        (
            "prompt",
            SURVEY.replacen("prompt = \"", "prompt = \"\\u001b[2J", 1),
        ),
        (
            "options",
            SURVEY.replacen("\"Engineering\"", "\"Engi\\u0000neering\"", 1),
        ),
    ] {
        let got = t.admin("/api/v1/admin/surveys", file.as_bytes());
        t.refused(&format!("control character in {field}"), "/api/", &got, 422);
        assert!(got.body.contains("control characters"), "{}", got.body);
    }
    let statement = t.f.dir.path().join("nul.toml");
    std::fs::write(
        &statement,
        STATEMENT.replace("title = \"", "title = \"\\u0000"),
    )
    .unwrap();
    let refused =
        t.f.cli(&["statement", "create", statement.to_str().unwrap()])
            .expect_err("NUL in a statement title");
    assert!(
        format!("{refused:#}").contains("must not contain control characters"),
        "{refused:#}"
    );
    // A comment may span lines and hold tabs, like a written answer.
    let fine = json!({"name": "Ada", "comment": "line one\n\tline two"});
    let got = post(&t.url(&sign_api), Some(JSON), fine.to_string().as_bytes());
    assert_eq!(got.status, 201, "{}", got.body);
    let (responses, size) = before;
    t.still_works((responses, json!(size.as_u64().unwrap() + 1)));
}

/// Ids no route may resolve: dot segments, encoded slashes, double
/// encoding, overlong, not base64url, look-alikes of a real id.
fn tricky_ids(real: &str) -> Vec<String> {
    let mut lookalike = real.to_string();
    lookalike.replace_range(0..1, "%D0%90"); // Cyrillic A
    vec![
        "%2e%2e".into(),
        "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd".into(),
        "..%2f..%2fCargo.toml".into(),
        "%252e%252e%252f".into(),
        "%2F".into(),
        "%5C..%5C..".into(),
        "A".repeat(5000),
        "zzzzzzzzzzzzzzzzzzzz!$".into(),
        lookalike,
        format!("{}%EF%BC%A1", &real[..real.len() - 1]), // fullwidth A
        format!("{real}%00"),
        format!("{real}%20"),
    ]
}

fn nothing_outside(what: &str, body: &str) {
    for leak in ["root:", "[workspace", "[package]", "caucus-srv-secret"] {
        assert!(!body.contains(leak), "{what} served {leak}: {body}");
    }
}

#[test]
fn ids_with_path_tricks_are_not_found_on_every_route() {
    let t = Target::new();
    let before = t.stored();
    let (id, st) = (t.f.id.clone(), t.st.clone());
    let gets = [
        "/s/{}",
        "/s/{}/results",
        "/st/{}",
        "/st/{}/withdraw",
        "/api/v1/surveys/{}",
        "/api/v1/surveys/{}/results",
        "/api/v1/statements/{}",
        "/api/v1/statements/{}/checkpoint",
        "/api/v1/statements/{}/entries?start=0&limit=1",
        "/api/v1/statements/{}/proof/inclusion?index=0&size=1",
        "/api/v1/statements/{}/proof/consistency?old=1&new=1",
        "/api/v1/statements/{}/witnessed",
    ];
    let posts = [
        ("/s/{}", FORM, "invite=x".to_string()),
        ("/st/{}", FORM, "kind=named&name=Ada".into()),
        (
            "/st/{}/withdraw",
            FORM,
            format!("withdrawal_secret={}", "a".repeat(64)),
        ),
        (
            "/api/v1/surveys/{}/responses",
            JSON,
            json!({"invite": t.f.invites(1).remove(0), "answers": answers("Other", 3, "")})
                .to_string(),
        ),
        (
            "/api/v1/statements/{}/signatures",
            JSON,
            json!({"name": "Ada"}).to_string(),
        ),
        (
            "/api/v1/statements/{}/withdrawals",
            JSON,
            json!({"withdrawal_secret": "a".repeat(64)}).to_string(),
        ),
    ];
    let mut checked = 0;
    for real in [&id, &st] {
        for trick in tricky_ids(real) {
            for route in gets {
                let path = route.replace("{}", &trick);
                let got = exact(t.f.base(), "GET", &path, &[], b"");
                t.refused(&format!("GET {path}"), &path, &got, 404);
                nothing_outside(&path, &got.body);
                checked += 1;
            }
            for (route, content_type, body) in &posts {
                let path = route.replace("{}", &trick);
                let headers = [("Content-Type", *content_type)];
                let got = exact(t.f.base(), "POST", &path, &headers, body.as_bytes());
                t.refused(&format!("POST {path}"), &path, &got, 404);
                checked += 1;
            }
        }
    }
    // Signed admin routes: the signature checks out, the id does not.
    for trick in tricky_ids(&id) {
        for route in [
            "/api/v1/admin/surveys/{}/close",
            "/api/v1/admin/surveys/{}/reopen",
            "/api/v1/admin/surveys/{}/releases",
        ] {
            let path = route.replace("{}", &trick);
            let got = t.admin_exact(&path, b"");
            t.refused(&format!("signed POST {path}"), &path, &got, 404);
            checked += 1;
        }
    }
    // Dot segments a client library would resolve before sending.
    for path in [
        "/s/..".to_string(),
        "/s/../../../../etc/passwd".into(),
        format!("/st/{st}/../../Cargo.toml"),
        "/static/../../Cargo.toml".into(),
        "/static/..%2f..%2fCargo.toml".into(),
        format!("/api/v1/surveys/{id}/../../../../etc/passwd"),
    ] {
        let got = exact(t.f.base(), "GET", &path, &[], b"");
        t.refused(&format!("GET {path}"), &path, &got, 404);
        nothing_outside(&path, &got.body);
        checked += 1;
    }
    eprintln!("{checked} tricky requests, each refused cleanly");
    t.still_works(before);
}

#[test]
fn wrong_content_types_get_415_with_what_to_send() {
    let t = Target::new();
    let before = t.stored();
    let (id, st) = (t.f.id.clone(), t.st.clone());
    let form_routes = [
        format!("/s/{id}"),
        format!("/st/{st}"),
        format!("/st/{st}/withdraw"),
    ];
    let json_routes = [
        format!("/api/v1/surveys/{id}/responses"),
        format!("/api/v1/statements/{st}/signatures"),
        format!("/api/v1/statements/{st}/withdrawals"),
        format!("/api/v1/statements/{st}/cosignatures"),
    ];
    let multipart = "multipart/form-data; boundary=xyz";
    let multipart_body =
        b"--xyz\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAda\r\n--xyz--\r\n";
    for path in &form_routes {
        for (content_type, body) in [
            (Some(JSON), &br#"{"name": "Ada", "kind": "named"}"#[..]),
            (None, b"kind=named&name=Ada"),
            (Some(multipart), multipart_body),
            (Some("text/plain"), b"kind=named&name=Ada"),
        ] {
            let got = post(&t.url(path), content_type, body);
            t.refused(&format!("{content_type:?} to {path}"), path, &got, 415);
            assert!(got.body.contains("an HTML form"), "{}", got.body);
        }
    }
    for path in &json_routes {
        for (content_type, body) in [
            (Some(FORM), &b"name=Ada"[..]),
            (None, br#"{"name": "Ada"}"#),
            (Some(multipart), multipart_body),
            (Some("text/plain"), br#"{"name": "Ada"}"#),
        ] {
            let got = post(&t.url(path), content_type, body);
            t.refused(&format!("{content_type:?} to {path}"), path, &got, 415);
            assert!(got.body.contains("application/json"), "{}", got.body);
        }
    }
    t.still_works(before);
}
