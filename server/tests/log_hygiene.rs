//! Promise 1 for the server's log: the whole flow of a survey and a
//! statement, failures included, at the most verbose log level, and then
//! not one line of the log holds an invite code (or its nonce), a
//! withdrawal secret, an answer, a signer's name, role or comment, a
//! client address (direct or forwarded), a user agent or a browser's
//! language (`Accept-Language`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use caucus_core::encoding::{b64url, from_b64url, hex};
use common::*;
use serde_json::{json, Value};

/// `trace` is the most verbose `--log` level the server accepts.
const LEVEL: &str = "trace";

const NOTE: &str = "Periwinkle harbour 7731 my manager";
const FORM_NOTE: &str = "Quillfeather basement 5523";
const BAD_AREA: &str = "Zanzibar Quill Department";
const BAD_INVITE: &str = "Bogus-Invite-Zq9x-777";
const NAME: &str = "Octavia Brindlewood";
const ROLE: &str = "Night-shift Lighthouse Keeper";
const COMMENT: &str = "Marmalade clause nineteen";
const FORM_NAME: &str = "Ptolemy Quarrington";
const USER_AGENT: &str = "LogHygieneProbe/9.9 (Distinctive-Agent-Q7)";
const FORWARDED_FOR: &str = "203.0.113.77";
const FORWARDED: &str = "198.51.100.23";
const REAL_IP: &str = "192.0.2.44";
/// German with a made-up variant subtag (five to eight letters and digits,
/// as BCP 47 allows): the pages come back in German, and the value is
/// unique.
const ACCEPT_LANGUAGE: &str = "de-mk9f3a7q";
const LANGUAGE_MARKER: &str = "mk9f3a7q";

const STATEMENT: &str = "title = \"Log hygiene\"\nbody = \"We ask for less monitoring.\"\n\
named = true\nanonymous = true\ninvite_required_for_named = false\nreveal_at = 1\n";

/// A request that carries a distinctive user agent, browser language and
/// forwarded addresses.
fn post(url: &str) -> ureq::Request {
    agent()
        .post(url)
        .set("User-Agent", USER_AGENT)
        .set("Accept-Language", ACCEPT_LANGUAGE)
        .set("X-Forwarded-For", &format!("{FORWARDED_FOR}, 10.1.2.3"))
        .set("Forwarded", &format!("for={FORWARDED};proto=https"))
        .set("X-Real-IP", REAL_IP)
}

fn get(url: &str) -> (u16, String) {
    call(
        agent()
            .get(url)
            .set("User-Agent", USER_AGENT)
            .set("Accept-Language", ACCEPT_LANGUAGE)
            .set("X-Forwarded-For", FORWARDED_FOR)
            .call(),
    )
}

fn form(url: &str, body: &str) -> (u16, String) {
    call(
        post(url)
            .set("Content-Type", "application/x-www-form-urlencoded")
            .send_string(body),
    )
}

fn json_post(url: &str, body: &Value) -> (u16, Value) {
    let (status, text) = call(post(url).send_json(body.clone()));
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// Everything a log line must never hold, each with what it is.
struct Secrets(Vec<(String, &'static str)>);

impl Secrets {
    fn invite(&mut self, code: &str) {
        let raw = from_b64url(code).expect("invite code");
        self.0.push((code.to_string(), "an invite code"));
        self.0
            .push((code[..20].to_string(), "the start of an invite code"));
        self.0.push((hex(&raw[..16]), "an invite nonce (hex)"));
        self.0
            .push((b64url(&raw[..16]), "an invite nonce (base64url)"));
    }

    fn add(&mut self, text: &str, what: &'static str) {
        self.0.push((text.to_string(), what));
    }
}

#[test]
fn the_log_at_its_most_verbose_holds_nothing_identifying() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = key();
    let key_path = key_file(dir.path(), &key);
    let server = Server::start_logging(&dir.path().join("data"), &[&key], &[], LEVEL);
    let base = server.base.clone();
    let id = create_survey(&server, &key_path, SURVEY);
    let remote = [
        "--server",
        base.as_str(),
        "--key",
        key_path.to_str().expect("utf8"),
    ];
    let organiser = |args: &[&str]| cli(&[args, &remote[..]].concat());
    let mut secrets = Secrets(Vec::new());

    // Survey answers through the JSON API.
    let codes = invites(&key, &id, 6);
    for (i, code) in codes.iter().enumerate() {
        secrets.invite(code);
        let (status, reply) = json_post(
            &format!("{base}/api/v1/surveys/{id}/responses"),
            &json!({"invite": code, "answers": answers("Engineering", 1 + i as i64 % 5, NOTE)}),
        );
        assert_eq!(status, 201, "{reply}");
    }
    // And through the HTML form.
    let form_code = invites(&key, &id, 1).remove(0);
    secrets.invite(&form_code);
    let (status, page) = get(&format!("{base}/s/{id}?invite={form_code}"));
    assert_eq!(status, 200, "{page}");
    // The marked language was sent and read: the page is in German.
    assert!(page.contains("<html lang=\"de\""), "{page}");
    let body = format!(
        "invite={form_code}&q_area=Operations&q_recorded=Keystrokes&q_told=No&q_consent=2&q_comfort=1\
         &q_reviews=I+don%27t+know&q_retention=Not+at+all&q_safeguards=Independent+audit&q_stress=9&q_note={}",
        FORM_NOTE.replace(' ', "+")
    );
    assert_eq!(form(&format!("{base}/s/{id}"), &body).0, 201);

    // Failures: a made-up invite, a spent one, answers that do not fit.
    let responses = format!("{base}/api/v1/surveys/{id}/responses");
    let (status, _) = json_post(
        &responses,
        &json!({"invite": BAD_INVITE, "answers": answers("Engineering", 1, NOTE)}),
    );
    assert_eq!(status, 401);
    let (status, _) = json_post(
        &responses,
        &json!({"invite": codes[0], "answers": answers("Engineering", 1, NOTE)}),
    );
    assert_eq!(status, 409);
    let unused = invites(&key, &id, 1).remove(0);
    secrets.invite(&unused);
    let (status, reply) = json_post(
        &responses,
        &json!({"invite": unused, "answers": answers(BAD_AREA, 1, NOTE)}),
    );
    assert_eq!(status, 422, "{reply}");
    let (status, _) = form(
        &format!("{base}/s/{id}"),
        &format!("invite={form_code}&q_area=Operations&q_note=again"),
    );
    // A spent code with answers that do not fit: refused for the answers,
    // as an unused code would be (no spent-code oracle).
    assert_eq!(status, 422);

    // A statement: a named signature (API and form), an anonymous one, a
    // withdrawal, and a withdrawal with a secret that matches nothing.
    let statement = create_statement(&server, &key_path, STATEMENT);
    let signatures = format!("{base}/api/v1/statements/{statement}/signatures");
    let named_invite = invites(&key, &statement, 1).remove(0);
    secrets.invite(&named_invite);
    let (status, named) = json_post(
        &signatures,
        &json!({"name": NAME, "role": ROLE, "comment": COMMENT, "invite": named_invite}),
    );
    assert_eq!(status, 201, "{named}");
    let anonymous_invite = invites(&key, &statement, 1).remove(0);
    secrets.invite(&anonymous_invite);
    let (status, anonymous) = json_post(
        &signatures,
        &json!({"anonymous": true, "invite": anonymous_invite}),
    );
    assert_eq!(status, 201, "{anonymous}");
    let (status, page) = form(
        &format!("{base}/st/{statement}"),
        &format!("kind=named&name={}", FORM_NAME.replace(' ', "+")),
    );
    assert_eq!(status, 201, "{page}");
    assert!(page.contains("<html lang=\"de\""), "{page}");
    let (status, _) = json_post(
        &signatures,
        &json!({"anonymous": true, "invite": anonymous_invite}),
    );
    assert_eq!(status, 409, "a spent statement invite");
    for reply in [&named, &anonymous] {
        let secret = reply["withdrawal_secret"].as_str().expect("secret");
        secrets.add(secret, "a withdrawal secret");
    }
    let secret = named["withdrawal_secret"].as_str().expect("secret");
    let withdrawals = format!("{base}/api/v1/statements/{statement}/withdrawals");
    assert_eq!(
        json_post(&withdrawals, &json!({"withdrawal_secret": secret})).0,
        200
    );
    assert_eq!(
        json_post(&withdrawals, &json!({"withdrawal_secret": secret})).0,
        409
    );
    let unknown = "ab".repeat(32);
    secrets.add(&unknown, "a withdrawal secret");
    assert_eq!(
        form(
            &format!("{base}/st/{statement}/withdraw"),
            &format!("withdrawal_secret={unknown}")
        )
        .0,
        404
    );
    assert_eq!(get(&format!("{base}/st/{statement}")).0, 200);

    // The organiser's side: close, tally, publish; then the public results.
    organiser(&["close", &id]).expect("close");
    organiser(&["tally", &id, "--format", "json"]).expect("tally");
    organiser(&["publish", &id]).expect("publish");
    let (status, results) = get(&format!("{base}/s/{id}/results"));
    assert_eq!(status, 200, "{results}");
    let (status, _) = json_post(
        &responses,
        &json!({"invite": invites(&key, &id, 1).remove(0), "answers": answers("Engineering", 1, NOTE)}),
    );
    assert_eq!(status, 410, "closed");
    let log_path = server.stderr_log.clone();
    server.kill();

    for note in [NOTE, FORM_NOTE] {
        secrets.add(note, "an answer");
    }
    secrets.add(BAD_AREA, "an answer");
    secrets.add(BAD_INVITE, "an invite code");
    secrets.add(NAME, "a signer's name");
    secrets.add(FORM_NAME, "a signer's name");
    secrets.add(ROLE, "a signer's role");
    secrets.add(COMMENT, "a signer's comment");
    secrets.add("127.0.0.1", "the client address");
    for address in [FORWARDED_FOR, FORWARDED, REAL_IP] {
        secrets.add(address, "a forwarded client address");
    }
    secrets.add(USER_AGENT, "a user agent");
    secrets.add("Distinctive-Agent-Q7", "a user agent");
    secrets.add("UniqueBrowserMarker", "a user agent");
    secrets.add(ACCEPT_LANGUAGE, "a browser's language");

    let log = std::fs::read_to_string(&log_path).expect("server log");
    // The log is the one this server wrote, at a level that shows events.
    assert!(log.contains("survey created"), "{log}");
    assert!(log.contains("release registered"), "{log}");
    let lines = log.lines().count();
    for (number, line) in log.lines().enumerate() {
        for (secret, what) in &secrets.0 {
            assert!(
                !line.contains(secret.as_str()),
                "log line {} holds {what}: {line}",
                number + 1
            );
        }
    }
    // A language tag may be written in another case (`DE-MK9F3A7Q`).
    for (number, line) in log.lines().enumerate() {
        assert!(
            !line.to_ascii_lowercase().contains(LANGUAGE_MARKER),
            "log line {} holds a browser's language: {line}",
            number + 1
        );
    }
    eprintln!(
        "log hygiene: {lines} log lines at --log {LEVEL}, checked against {} forbidden strings",
        secrets.0.len()
    );
}
