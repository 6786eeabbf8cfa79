//! Hostile traffic: bodies that arrive slowly or never, heads that never
//! finish, and floods of failing requests against one campaign. The
//! server answers within bounded time, closes what it gave up on, and no
//! flood locks out respondents with valid invites.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;
mod hostile_support;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::*;
use hostile_support::*;
use serde_json::{json, Value};

/// The server's body deadline (`body::BODY_DEADLINE`) and head timeout.
const BODY_DEADLINE: Duration = Duration::from_secs(10);
const HEAD_TIMEOUT: Duration = Duration::from_secs(5);
/// The flood budget (`flood::BURST`).
const BURST: usize = 200;

/// Send `head` and `first` bytes of body, then one more byte each time the
/// server stays silent for `pace` (never, with `pace` = None), until it
/// answers. Returns the status line, the seconds it took, the bytes
/// dribbled, and whether the server then closed the connection.
fn slow(
    base: &str,
    head: &str,
    first: &[u8],
    pace: Option<Duration>,
) -> (String, f64, usize, bool) {
    let mut stream = TcpStream::connect(base.trim_start_matches("http://")).expect("connect");
    let start = Instant::now();
    stream.write_all(head.as_bytes()).expect("head");
    stream.write_all(first).expect("first bytes");
    stream
        .set_read_timeout(Some(pace.unwrap_or(Duration::from_secs(30))))
        .expect("timeout");
    let mut buf = [0u8; 4096];
    let mut dribbled = 0;
    let n = loop {
        match stream.read(&mut buf) {
            Ok(n) => break n,
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                assert!(pace.is_some(), "no answer within 30 s");
                assert!(
                    start.elapsed() < Duration::from_secs(30),
                    "no answer within 30 s"
                );
                if stream.write_all(b" ").is_err() {
                    break 0;
                }
                dribbled += 1;
            }
            Err(e) => panic!("{e}"),
        }
    };
    let elapsed = start.elapsed().as_secs_f64();
    let answer = String::from_utf8_lossy(&buf[..n]).to_string();
    // Closed: the rest of the answer, then end of stream, within 10 s.
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let mut rest = Vec::new();
    let closed = stream.read_to_end(&mut rest).is_ok();
    let line = answer.lines().next().unwrap_or("").to_string();
    (line, elapsed, dribbled, closed)
}

#[test]
fn slow_and_stalled_requests_get_408_within_bounded_time() {
    let t = Target::new();
    let before = t.stored();
    let base = t.f.base().to_string();
    let (id, st) = (t.f.id.clone(), t.st.clone());
    let post = |path: &str, content_type: &str, framing: &str| {
        format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\n{framing}\r\n\r\n"
        )
    };
    let pace = Some(Duration::from_millis(300));
    let cases = vec![
        (
            "JSON body that stops",
            post(
                &format!("/api/v1/surveys/{id}/responses"),
                JSON,
                "Content-Length: 1000",
            ),
            b"{\"invite\": \"".to_vec(),
            None,
            "408",
        ),
        (
            "JSON body dribbled a byte at a time",
            post(
                &format!("/api/v1/statements/{st}/signatures"),
                JSON,
                "Content-Length: 60000",
            ),
            b"{\"name\": \"".to_vec(),
            pace,
            "408",
        ),
        (
            "form body dribbled",
            post(&format!("/st/{st}"), FORM, "Content-Length: 5000"),
            b"kind=named&name=".to_vec(),
            pace,
            "408",
        ),
        (
            "chunked body that stops",
            post(
                &format!("/api/v1/statements/{st}/withdrawals"),
                JSON,
                "Transfer-Encoding: chunked",
            ),
            b"5\r\n{\"wit\r\n".to_vec(),
            None,
            "408",
        ),
        (
            "head that never ends",
            "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ".to_string(),
            Vec::new(),
            None,
            "408",
        ),
    ];
    let handles: Vec<_> = cases
        .into_iter()
        .map(|(name, head, first, pace, want)| {
            let base = base.clone();
            std::thread::spawn(move || (name, want, slow(&base, &head, &first, pace)))
        })
        .collect();
    // While those hang on, everyone else is served.
    let (status, _) = call(agent().get(&format!("{base}/st/{st}")).call());
    assert_eq!(status, 200);
    for handle in handles {
        let (name, want, (line, secs, dribbled, closed)) = handle.join().expect("thread");
        eprintln!("{name}: `{line}` after {secs:.1} s, {dribbled} bytes dribbled");
        assert!(line.contains(want), "{name}: {line}");
        let bound = if name.starts_with("head") {
            HEAD_TIMEOUT
        } else {
            BODY_DEADLINE
        };
        assert!(
            secs >= bound.as_secs_f64() - 0.5 && secs < bound.as_secs_f64() + 5.0,
            "{name}: answered after {secs:.1} s"
        );
        assert!(closed, "{name}: the connection was left open");
    }
    // An idle connection is closed too (keep-alive bound).
    let mut idle = TcpStream::connect(base.trim_start_matches("http://")).expect("connect");
    idle.set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    let start = Instant::now();
    let mut sink = Vec::new();
    idle.read_to_end(&mut sink).expect("closed within 20 s");
    assert!(start.elapsed() < HEAD_TIMEOUT + Duration::from_secs(5));
    t.still_works(before);
}

#[test]
fn a_flood_of_failures_gets_429_but_never_locks_out_valid_invites() {
    let t = Target::new();
    let (id, st) = (t.f.id.clone(), t.st.clone());
    let other = create_survey(&t.f.server, &t.f.key_path, SURVEY);
    let stranger = key();
    let forged: Vec<String> = invites(&stranger, &id, 50);
    let url = t.url(&format!("/api/v1/surveys/{id}/responses"));
    let junk = |i: usize| {
        let body = json!({"invite": forged[i % forged.len()], "answers": {}});
        post(&url, Some(JSON), body.to_string().as_bytes())
    };

    // Phase 1: one client until the first 429, bounded.
    let mut first_429 = None;
    for i in 0..5 * BURST {
        let got = junk(i);
        if got.status == 429 {
            first_429 = Some((i, got));
            break;
        }
        assert_eq!(got.status, 403, "{}", got.body);
    }
    let (at, got) = first_429.expect("no 429 after 5 bursts of forged invites");
    assert!(at >= BURST, "429 after only {at} failures");
    let body: Value = serde_json::from_str(&got.body).expect("json");
    assert_eq!(body["error"], json!("too_many_failures"), "{body}");
    assert_eq!(got.retry_after.as_deref(), Some("1"));

    // Phase 2: four clients keep flooding while real respondents, from the
    // same address, answer with valid invites.
    let flood: Vec<_> = (0..4)
        .map(|n| {
            let (url, forged) = (url.clone(), forged.clone());
            std::thread::spawn(move || {
                let mut statuses = Vec::new();
                for i in 0..250 {
                    let body = json!({"invite": forged[(n + i) % forged.len()], "answers": {}});
                    let got = post(&url, Some(JSON), body.to_string().as_bytes());
                    if got.status == 429 {
                        assert!(got.retry_after.is_some(), "429 without Retry-After");
                    }
                    statuses.push(got.status);
                }
                statuses
            })
        })
        .collect();
    let real = t.f.invites(20);
    let mut accepted = 0;
    for (i, code) in real.iter().enumerate() {
        if i == 5 {
            // A valid invite with a mistake in the answers hears about the
            // mistake, not about the flood.
            let (status, body) = submit(t.f.base(), &id, code, &json!({"area": "Nowhere"}));
            assert_eq!(status, 422, "{body}");
        }
        let (status, body) = submit(t.f.base(), &id, code, &answers("Other", 3, ""));
        assert_eq!(
            status, 201,
            "a real respondent was refused during the flood: {body}"
        );
        accepted += 1;
    }
    // The flood may be over by now and the budget refilled a little (20
    // a second): drain it again from the API, then try the form at once.
    let drained = (0..5 * BURST).any(|i| junk(i).status == 429);
    assert!(drained, "no 429 after 5 bursts of forged invites");
    let page = post(
        &t.url(&format!("/s/{id}")),
        Some(FORM),
        format!("invite={}", forged[0]).as_bytes(),
    );
    let statuses: Vec<u16> = flood
        .into_iter()
        .flat_map(|h| h.join().expect("thread"))
        .collect();
    let refused = statuses.iter().filter(|&&s| s == 429).count();
    let forbidden = statuses.iter().filter(|&&s| s == 403).count();
    eprintln!(
        "flood: first 429 after {at} failures; then {} junk requests: {refused} x 429, \
         {forbidden} x 403; {accepted} real respondents: all 201",
        statuses.len()
    );
    assert_eq!(refused + forbidden, statuses.len(), "{statuses:?}");
    assert!(
        refused > statuses.len() / 2,
        "{refused} of {}",
        statuses.len()
    );
    assert_eq!(page.status, 429, "the form route shares the budget");
    assert!(page.content_type.starts_with("text/html") && page.retry_after.is_some());

    // Other campaigns keep their own budgets.
    let elsewhere = json!({"invite": invites(&stranger, &other, 1)[0], "answers": {}});
    let other_url = t.url(&format!("/api/v1/surveys/{other}/responses"));
    let got = post(&other_url, Some(JSON), elsewhere.to_string().as_bytes());
    assert_eq!(got.status, 403, "{}", got.body);
    let sign = json!({"anonymous": true, "invite": invites(&stranger, &st, 1)[0]});
    let sign_url = t.url(&format!("/api/v1/statements/{st}/signatures"));
    let got = post(&sign_url, Some(JSON), sign.to_string().as_bytes());
    assert_eq!(got.status, 403, "{}", got.body);
    let (responses, _) = t.stored();
    assert_eq!(responses, format!("responses: {accepted}"));
}

#[test]
fn statement_floods_are_limited_per_statement_too() {
    let t = Target::new();
    let st = t.st.clone();
    let sign_url = t.url(&format!("/api/v1/statements/{st}/signatures"));
    let withdraw_url = t.url(&format!("/api/v1/statements/{st}/withdrawals"));
    let mut statuses = Vec::new();
    for i in 0..3 * BURST {
        let got = if i % 2 == 0 {
            let body = json!({"anonymous": true, "invite": "not-an-invite"});
            post(&sign_url, Some(JSON), body.to_string().as_bytes())
        } else {
            let body = json!({"withdrawal_secret": format!("{i:064x}")});
            post(&withdraw_url, Some(JSON), body.to_string().as_bytes())
        };
        statuses.push(got.status);
        if got.status == 429 && statuses.len() > BURST + 20 {
            break;
        }
    }
    assert!(
        statuses[..BURST].iter().all(|&s| s == 401 || s == 404),
        "{statuses:?}"
    );
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
    // A valid invite signs, and a valid withdrawal secret withdraws.
    let code = invites(&t.f.key, &st, 1).remove(0);
    let signed = post(
        &sign_url,
        Some(JSON),
        json!({"name": "Ada", "invite": code})
            .to_string()
            .as_bytes(),
    );
    assert_eq!(signed.status, 201, "{}", signed.body);
    let secret: Value = serde_json::from_str(&signed.body).expect("json");
    let body = json!({"withdrawal_secret": secret["withdrawal_secret"]});
    let got = post(&withdraw_url, Some(JSON), body.to_string().as_bytes());
    assert_eq!(got.status, 200, "{}", got.body);
}
