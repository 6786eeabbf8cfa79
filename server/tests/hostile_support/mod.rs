//! Shared by the hostile-input tests: a server with one survey and one
//! statement, HTTP calls that keep status and content type, and a raw
//! socket for what an HTTP library refuses to send.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)] // shared by several test crates; asserts by panicking

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use caucus_core::request_sig::{sign, RequestParts};
use serde_json::{json, Value};

use crate::common::*;

pub const STATEMENT: &str = r#"
title = "Hostile input"
body = "We ask for **limits**."
named = true
anonymous = true
invite_required_for_named = false
reveal_at = 1
"#;

pub const FORM: &str = "application/x-www-form-urlencoded";
pub const JSON: &str = "application/json";

/// A fixture with one survey and one statement.
pub struct Target {
    pub f: Fixture,
    pub st: String,
}

impl Target {
    pub fn new() -> Self {
        let f = Fixture::new();
        let st = create_statement(&f.server, &f.key_path, STATEMENT);
        Self { f, st }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.f.base())
    }

    /// (survey responses, statement log size): what "stores nothing" checks.
    pub fn stored(&self) -> (String, Value) {
        let status = self
            .f
            .cli(&["survey", "status", &self.f.id])
            .expect("status");
        let responses = status
            .lines()
            .find(|l| l.starts_with("responses:"))
            .expect("line")
            .to_string();
        let (_, view) = call(
            agent()
                .get(&self.url(&format!("/api/v1/statements/{}", self.st)))
                .call(),
        );
        let view: Value = serde_json::from_str(&view).expect("json");
        (responses, view["counts"]["tree_size"].clone())
    }

    /// Signature headers for a POST of `body` to `path`, as the CLI makes them.
    fn signed(&self, path: &str, body: &[u8]) -> caucus_core::request_sig::SignatureHeaders {
        let (_, info) = call(agent().get(&self.url("/api/v1/server")).call());
        let info: Value = serde_json::from_str(&info).expect("json");
        let parts = RequestParts {
            method: "POST",
            path,
            query: "",
            body,
        };
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_secs();
        let nonce = format!("hostile{:016x}", rand::random::<u64>());
        sign(
            &self.f.key,
            &parts,
            now,
            &nonce,
            info["server_key"].as_str().expect("key"),
        )
    }

    /// A signed admin request, as the CLI would send it.
    pub fn admin(&self, path: &str, body: &[u8]) -> Reply {
        let h = self.signed(path, body);
        reply(
            agent()
                .post(&self.url(path))
                .set("Content-Digest", &h.content_digest)
                .set("Signature-Input", &h.signature_input)
                .set("Signature", &h.signature)
                .send_bytes(body),
        )
    }

    /// Assert a refusal in its route's shape, then that the server still
    /// answers.
    pub fn refused(&self, what: &str, path: &str, got: &Reply, status: u16) {
        assert_eq!(got.status, status, "{what}: {}", got.body);
        if path.starts_with("/api/") {
            let body: Value = serde_json::from_str(&got.body)
                .unwrap_or_else(|_| panic!("{what}: not JSON: {}", got.body));
            assert!(
                body["error"].is_string() && body["message"].is_string(),
                "{what}: {body}"
            );
        } else {
            assert!(got.content_type.starts_with("text/html"), "{what}");
            assert!(
                got.body.contains(&format!("Error {status}.")),
                "{what}: {}",
                got.body
            );
        }
        let (alive, _) = call(agent().get(&self.url("/healthz")).call());
        assert_eq!(alive, 200, "the server stopped answering after {what}");
    }

    /// Everything still works: one real response and one real signature.
    pub fn still_works(&self, before: (String, Value)) {
        assert_eq!(self.stored(), before, "a refused request stored something");
        let invite = self.f.invites(1).remove(0);
        let (status, body) = submit(
            self.f.base(),
            &self.f.id,
            &invite,
            &answers("Other", 3, "fine"),
        );
        assert_eq!(status, 201, "{body}");
        let code = invites(&self.f.key, &self.st, 1).remove(0);
        let signed = post(
            &self.url(&format!("/api/v1/statements/{}/signatures", self.st)),
            Some(JSON),
            json!({"name": "Ada", "invite": code})
                .to_string()
                .as_bytes(),
        );
        assert_eq!(signed.status, 201, "{}", signed.body);
    }
}

pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub retry_after: Option<String>,
    pub body: String,
}

pub fn reply(result: Result<ureq::Response, ureq::Error>) -> Reply {
    let response = match result {
        Ok(r) | Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("transport: {e}"),
    };
    Reply {
        status: response.status(),
        content_type: response.content_type().to_string(),
        retry_after: response.header("retry-after").map(str::to_string),
        body: response.into_string().unwrap_or_default(),
    }
}

pub fn post(url: &str, content_type: Option<&str>, body: &[u8]) -> Reply {
    let mut request = agent().post(url);
    if let Some(t) = content_type {
        request = request.set("Content-Type", t);
    }
    reply(request.send_bytes(body))
}

/// Send raw bytes (for what an HTTP library refuses to send) and read the
/// status line, bounded by a read timeout.
pub fn raw(base: &str, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(base.trim_start_matches("http://")).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    stream.write_all(request).expect("send");
    let mut buf = [0u8; 512];
    let n = stream.read(&mut buf).expect("an answer within 20 s");
    String::from_utf8_lossy(&buf[..n]).to_string()
}

/// One request with exactly these bytes in its path (an HTTP library would
/// resolve `..` and `%2e%2e` first), read to the end: the server closes
/// after answering, and a read timeout bounds the wait.
pub fn exact(base: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(base.trim_start_matches("http://")).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).expect("send head");
    stream.write_all(body).expect("send body");
    let mut answer = Vec::new();
    stream
        .read_to_end(&mut answer)
        .expect("the whole answer within 20 s");
    let text = String::from_utf8_lossy(&answer).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let header = |name: &str| {
        head.lines()
            .find_map(|l| {
                l.split_once(':')
                    .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            })
            .map(|(_, v)| v.trim().to_string())
    };
    Reply {
        status: head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status line: {head}")),
        content_type: header("content-type").unwrap_or_default(),
        retry_after: header("retry-after"),
        body: body.to_string(),
    }
}

impl Target {
    /// Like [`Target::admin`], with the path sent exactly as given.
    pub fn admin_exact(&self, path: &str, body: &[u8]) -> Reply {
        let h = self.signed(path, body);
        exact(
            self.f.base(),
            "POST",
            path,
            &[
                ("Content-Digest", &h.content_digest),
                ("Signature-Input", &h.signature_input),
                ("Signature", &h.signature),
            ],
            body,
        )
    }
}
