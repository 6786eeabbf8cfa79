//! Privacy promises as tests: a seized copy of the data directory holds no
//! answer, no invite code and no client detail (address, user agent,
//! browser language); logs hold none either;
//! pages set no cookie, run no script but the one allowed by its hash,
//! and load nothing from elsewhere.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use common::*;
use serde_json::json;

const SECRET_NOTE: &str = "zebra umbrella 4711 my team lead";

/// A browser language no real browser sends: German with a made-up variant
/// subtag (BCP 47 allows five to eight letters and digits), so the pages
/// come back in German while the value itself is unique. Promise 1: like
/// the user agent, it must be nowhere on disk.
const MARKED_LANGUAGE: &str = "de-mk9f3a7q";
const LANGUAGE_MARKER: &[u8] = b"mk9f3a7q";

const STATEMENT: &str = "title = \"Privacy\"\nbody = \"We ask for less monitoring.\"\n\
named = true\nanonymous = true\ninvite_required_for_named = true\nreveal_at = 2\n";

#[test]
fn a_copy_of_the_data_directory_reveals_no_answers_codes_or_clients() {
    let f = Fixture::new();
    let (server, id) = (&f.server, &f.id);
    // Every request below carries the marked browser language as well as
    // the marked user agent (`agent()`).
    let codes = f.invites(12);
    for (i, code) in codes.iter().enumerate() {
        let note = format!("{SECRET_NOTE} {i}");
        let (status, body) = call(
            agent()
                .post(&format!("{}/api/v1/surveys/{id}/responses", server.base))
                .set("Accept-Language", MARKED_LANGUAGE)
                .send_json(
                    json!({"invite": code, "answers": answers("Customer support", 3, &note)}),
                ),
        );
        assert_eq!(status, 201, "{body}");
    }
    // The HTML flow too, so form handling is covered: the page, then the
    // form sent.
    let extra = f.invites(1).remove(0);
    let (status, page) = call(
        agent()
            .get(&format!("{}/s/{id}?invite={extra}", server.base))
            .set("Accept-Language", MARKED_LANGUAGE)
            .call(),
    );
    assert_eq!(status, 200);
    // The header was sent and read: the page came back in German.
    assert!(page.contains("<html lang=\"de\""), "{page}");
    let form = format!(
        "invite={extra}&q_area=Sales+and+marketing&q_recorded=Keystrokes&q_told=No&q_consent=2&q_comfort=1\
         &q_reviews=I+don%27t+know&q_retention=Not+at+all&q_safeguards=Independent+audit&q_stress=9&q_note=form+{}",
        SECRET_NOTE.replace(' ', "+")
    );
    let (status, thanks) = call(
        agent()
            .post(&format!("{}/s/{id}", server.base))
            .set("Content-Type", "application/x-www-form-urlencoded")
            .set("Accept-Language", MARKED_LANGUAGE)
            .send_string(&form),
    );
    assert_eq!(status, 201);
    assert!(thanks.contains("<html lang=\"de\""), "{thanks}");

    // A statement signed by name through its form and anonymously through
    // the API, with the same headers.
    let statement = create_statement(server, &f.key_path, STATEMENT);
    let signing = invites(&f.key, &statement, 2);
    let statement_page = format!("{}/st/{statement}", server.base);
    let (status, page) = call(
        agent()
            .get(&statement_page)
            .set("Accept-Language", MARKED_LANGUAGE)
            .call(),
    );
    assert_eq!(status, 200);
    assert!(page.contains("<html lang=\"de\""), "{page}");
    let (status, signed) = call(
        agent()
            .post(&statement_page)
            .set("Content-Type", "application/x-www-form-urlencoded")
            .set("Accept-Language", MARKED_LANGUAGE)
            .send_string(&format!(
                "kind=named&name=Wren+Halloway&invite={}",
                signing[0]
            )),
    );
    assert_eq!(status, 201, "{signed}");
    assert!(signed.contains("<html lang=\"de\""), "{signed}");
    let (status, body) = call(
        agent()
            .post(&format!(
                "{}/api/v1/statements/{statement}/signatures",
                server.base
            ))
            .set("Accept-Language", MARKED_LANGUAGE)
            .send_json(json!({"anonymous": true, "invite": signing[1]})),
    );
    assert_eq!(status, 201, "{body}");

    // Seize a copy mid-run, while the server is still up.
    let seized = f.dir.path().join("seized");
    copy_dir(&server.data, &seized);
    let disk = all_bytes(&seized);
    assert!(!disk.is_empty());
    assert!(
        !contains(&disk, b"zebra umbrella"),
        "free text in plaintext"
    );
    assert!(!contains(&disk, b"form zebra"), "free text in plaintext");
    assert_unlinkable(&disk, codes.iter().chain(std::iter::once(&extra)));
    assert!(
        !contains(&disk.to_ascii_lowercase(), LANGUAGE_MARKER),
        "the browser's language on disk"
    );
    assert!(
        !contains(&disk, b"Wren Halloway"),
        "a signer's name on disk"
    );
    assert!(
        !contains(&disk, b"\"consent\":3"),
        "canonical answers in plaintext"
    );

    // Logs at the most verbose level hold nothing identifying either.
    let logs = std::fs::read(&server.stderr_log).expect("log");
    assert!(!contains(&logs, b"zebra"));
    assert!(!contains(&logs, b"127.0.0.1"));
    assert!(!contains(&logs, b"UniqueBrowserMarker"));
    assert!(
        !contains(&logs.to_ascii_lowercase(), LANGUAGE_MARKER),
        "the browser's language in the log"
    );
    for code in &codes {
        assert!(!contains(&logs, code.as_bytes()));
    }

    // And yet the organiser can open and count every one of them.
    f.cli(&["close", id]).expect("close");
    let report = f.cli(&["tally", id, "--format", "json"]).expect("tally");
    let report: serde_json::Value = serde_json::from_str(&report).expect("json");
    assert_eq!(report["responses"], 13);
}

/// The pages' one script, as served, and its SRI value (`sha384-...`).
fn page_script(base: &str) -> String {
    use sha2::Digest;
    let response = agent()
        .get(&format!("{base}/static/ticket.js"))
        .call()
        .expect("script");
    assert_eq!(
        response.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut response.into_reader(), &mut bytes).expect("body");
    format!(
        "sha384-{}",
        caucus_core::encoding::b64std(&sha2::Sha384::digest(&bytes))
    )
}

/// A page with no script at all (see [`check_page_with`]).
fn check_page(url: &str, expect: u16) -> String {
    check_page_with(url, expect, None)
}

/// Security headers, no cookie, nothing from another origin, no inline
/// handler; and either no script, or exactly the pages' one script
/// (`script`, its SRI value), allowed by that hash and nothing else.
fn check_page_with(url: &str, expect: u16, script: Option<&str>) -> String {
    let response = match agent().get(url).call() {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("{url}: {e}"),
    };
    assert_eq!(response.status(), expect, "{url}");
    assert!(
        response.header("set-cookie").is_none(),
        "{url} sets a cookie"
    );
    let csp = response
        .header("content-security-policy")
        .unwrap_or_default()
        .to_string();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"),
        "{url}: {csp}"
    );
    match script {
        None => assert!(
            !csp.contains("script-src"),
            "no script source is allowed here: {csp}"
        ),
        Some(hash) => {
            assert!(
                csp.contains(&format!("script-src '{hash}';")),
                "only the page script's hash: {csp}"
            );
            assert!(csp.contains("connect-src 'self'"), "{csp}");
            assert!(
                !csp.contains("unsafe") && !csp.contains("script-src 'self'"),
                "{csp}"
            );
        }
    }
    assert_eq!(
        response.header("referrer-policy"),
        Some("no-referrer"),
        "{url}"
    );
    assert_eq!(
        response.header("x-content-type-options"),
        Some("nosniff"),
        "{url}"
    );
    let body = response.into_string().expect("body");
    let lower = body.to_lowercase();
    match script {
        None => assert!(!lower.contains("<script"), "{url} has a script"),
        Some(hash) => {
            assert_eq!(lower.matches("<script").count(), 1, "{url}: one script");
            assert!(
                body.contains(&format!(
                    "<script src=\"/static/ticket.js\" integrity=\"{hash}\" defer></script>"
                )),
                "{url}: the page script, with its hash"
            );
        }
    }
    assert!(!regex_like_handler(&lower), "{url} has an inline handler");
    for attr in ["src=\"", "href=\"", "action=\""] {
        for piece in lower.split(attr).skip(1) {
            let target = piece.split('"').next().unwrap_or_default();
            assert!(
                target.starts_with('/')
                    || target.starts_with('#')
                    || target.is_empty()
                    || target == "data:,",
                "{url} points to another origin: {target}"
            );
        }
    }
    body
}

/// `onclick=`, `onload=` and friends.
fn regex_like_handler(html: &str) -> bool {
    html.match_indices(" on").any(|(i, _)| {
        let rest = &html[i + 3..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        !name.is_empty() && rest[name.len()..].starts_with('=')
    })
}

#[test]
fn pages_set_no_cookie_run_no_script_and_load_nothing_external() {
    let f = Fixture::new();
    let (base, id) = (f.base(), &f.id);
    let code = f.invites(1).remove(0);
    check_page(&format!("{base}/"), 200);
    let privacy = check_page(&format!("{base}/privacy"), 200);
    assert!(privacy.contains("IP address"));
    let entry = check_page(&format!("{base}/s/{id}"), 200);
    assert!(entry.contains("name=\"invite\""));
    let form = check_page(&format!("{base}/s/{id}?invite={code}"), 200);
    // It links the ticket page, the one page with a script: the pages'
    // one script, allowed by its hash.
    assert!(form.contains(&format!("href=\"/s/{id}/ticket?invite={code}\"")));
    let script = page_script(base);
    let ticket = check_page_with(
        &format!("{base}/s/{id}/ticket?invite={code}"),
        200,
        Some(&script),
    );
    assert!(
        ticket.contains("id=\"ticket\" class=\"ticket-offer\" hidden"),
        "shown by the script only"
    );
    assert!(
        ticket.contains("caucus ticket get"),
        "the way without JavaScript"
    );
    check_page(&format!("{base}/s/{id}/ticket?invite=garbage"), 401);
    let later = check_page(&format!("{base}/s/{id}?with=ticket"), 200);
    assert!(later.contains("name=\"ticket\""));
    for page in [&entry, &form] {
        assert!(
            page.contains("href=\"/privacy\""),
            "survey pages link the privacy page"
        );
    }
    assert!(form.contains("<fieldset") && form.contains("<legend"));
    // Five areas, and "Prefer not to say" (a breakdown question).
    assert_eq!(form.matches("type=\"radio\" name=\"q_area\"").count(), 6);
    check_page(&format!("{base}/s/{id}?invite=garbage"), 401);
    check_page(&format!("{base}/s/AAAAAAAAAAAAAAAAAAAAAA"), 404);
    check_page(&format!("{base}/nowhere"), 404);
    let css = agent()
        .get(&format!("{base}/static/style.css"))
        .call()
        .expect("css");
    assert!(css
        .header("content-type")
        .unwrap_or_default()
        .starts_with("text/css"));
    let css = css.into_string().expect("css");
    assert!(
        !css.contains("url(") && !css.contains("@import"),
        "the stylesheet loads nothing"
    );

    // A form with mistakes comes back filled in, each problem named.
    let (status, body) = call(
        agent()
            .post(&format!("{base}/s/{id}"))
            .set("Content-Type", "application/x-www-form-urlencoded")
            .send_string(&format!("invite={code}&q_area=Operations&q_consent=9")),
    );
    assert_eq!(status, 422);
    assert!(
        body.contains("value=\"Operations\" checked"),
        "answers kept"
    );
    assert!(
        body.contains("id=\"err-consent\""),
        "problem named at its question"
    );
    assert!(
        body.contains("href=\"#q-told\""),
        "summary links to the question"
    );
    // An oversized form is refused before it is read.
    let (status, _) = call(
        agent()
            .post(&format!("{base}/s/{id}"))
            .set("Content-Type", "application/x-www-form-urlencoded")
            .send_string(&format!("invite={code}&q_note={}", "x".repeat(70 * 1024))),
    );
    assert_eq!(status, 413);
    // The invite was not spent by the failed attempt.
    check_page(&format!("{base}/s/{id}?invite={code}"), 200);
}
