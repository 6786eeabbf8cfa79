//! Blind tickets (Privacy Pass, RFC 9576-9578) against the real server: an
//! invite is traded for a ticket the server signs blindly, and the ticket
//! answers a survey or signs a statement in its place, once. Each refusal
//! is a clear 4xx that leaves the invite or ticket usable; a copy of the
//! data directory holds nothing that pairs the two.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use caucus_core::ticket::{IssuerPublicKey, PendingTicket, Token, TokenChallenge};
use caucus_core::CampaignId;
use common::*;
use serde_json::{json, Value};

fn short_codes(f: &Fixture, id: &str, n: &str) -> Vec<String> {
    f.cli(&["invites", id, "--count", n])
        .expect("invites")
        .lines()
        .map(|l| l.rsplit("invite=").next().expect("code").to_string())
        .collect()
}

fn host(f: &Fixture) -> String {
    f.base().trim_start_matches("http://").to_string()
}

/// The campaign's key as its public JSON announces it.
fn key_of(f: &Fixture, api: &str, id: &str) -> IssuerPublicKey {
    let (status, text) = call(
        agent()
            .get(&format!("{}/api/v1/{api}/{id}", f.base()))
            .call(),
    );
    assert_eq!(status, 200, "{text}");
    let view: Value = serde_json::from_str(&text).unwrap();
    IssuerPublicKey::parse(view["ticket_key"]["token_key"].as_str().unwrap()).unwrap()
}

/// POST a token request with an invite: (status, body bytes).
fn post_request(f: &Fixture, invite: &str, request: &[u8]) -> (u16, Vec<u8>) {
    let result = agent()
        .post(&format!("{}/api/v1/tickets", f.base()))
        .set("Content-Type", "application/private-token-request")
        .set("Caucus-Invite", invite)
        .send_bytes(request);
    let (status, response) = match result {
        Ok(r) => (r.status(), r),
        Err(ureq::Error::Status(code, r)) => (code, r),
        Err(e) => panic!("{e}"),
    };
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut response.into_reader(), &mut bytes).unwrap();
    (status, bytes)
}

/// A ticket for campaign `id`, obtained with `invite`.
fn ticket(f: &Fixture, api: &str, id: &str, invite: &str) -> Token {
    let key = key_of(f, api, id);
    let campaign: CampaignId = id.parse().unwrap();
    let challenge = TokenChallenge::for_campaign(&host(f), &campaign);
    let (pending, request) = PendingTicket::new(&challenge, &key, &mut rand::rngs::OsRng).unwrap();
    let (status, body) = post_request(f, invite, &request.to_bytes());
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    pending
        .finish(&body)
        .expect("the proof verifies against the campaign key")
}

/// Answer the fixture's survey with a ticket in an RFC 9577 header.
fn answer_with(f: &Fixture, id: &str, token: &Token) -> (u16, Value) {
    let (status, text) = call(
        agent()
            .post(&format!("{}/api/v1/surveys/{id}/responses", f.base()))
            .set(
                "Authorization",
                &format!("PrivateToken token=\"{}\"", token.encode()),
            )
            .send_json(json!({"answers": answers("Operations", 3, "")})),
    );
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[test]
fn an_invite_buys_one_ticket_and_the_ticket_one_answer() {
    let f = Fixture::new();
    let id = f.id.clone();
    let codes = short_codes(&f, &id, "3");
    let key = key_of(&f, "surveys", &id);

    // RFC 9578 section 4: the directory lists the key and the endpoint.
    let response = agent()
        .get(&format!(
            "{}/.well-known/private-token-issuer-directory",
            f.base()
        ))
        .call()
        .unwrap();
    assert_eq!(
        response.header("content-type"),
        Some("application/private-token-issuer-directory")
    );
    let directory: Value = response.into_json().unwrap();
    assert_eq!(
        directory["issuer-request-uri"],
        format!("{}/api/v1/tickets", f.base())
    );
    assert!(directory["token-keys"]
        .as_array()
        .unwrap()
        .contains(&json!({"token-type": 1, "token-key": key.encode()})));

    // RFC 9577 section 2.1: no credential, a 401 with the challenge.
    let refused = agent()
        .post(&format!("{}/api/v1/surveys/{id}/responses", f.base()))
        .send_json(json!({"answers": answers("Operations", 3, "")}));
    let Err(ureq::Error::Status(401, response)) = refused else {
        panic!("expected 401");
    };
    let header = response.header("www-authenticate").unwrap().to_string();
    let campaign: CampaignId = id.parse().unwrap();
    let challenge = TokenChallenge::for_campaign(&host(&f), &campaign);
    assert_eq!(header, challenge.www_authenticate(&key));
    let body: Value = response.into_json().unwrap();
    assert_eq!(body["error"], "credential_missing");

    // A lost response: the same request is answered again, any other not.
    let (pending, request) = PendingTicket::new(&challenge, &key, &mut rand::rngs::OsRng).unwrap();
    assert_eq!(post_request(&f, &codes[0], &request.to_bytes()).0, 200);
    let (status, body) = post_request(&f, &codes[0], &request.to_bytes());
    assert_eq!(status, 200, "a retry of the same request");
    let token = pending.finish(&body).unwrap();
    let (_, other) = PendingTicket::new(&challenge, &key, &mut rand::rngs::OsRng).unwrap();
    let (status, body) = post_request(&f, &codes[0], &other.to_bytes());
    assert_eq!(status, 409, "{}", String::from_utf8_lossy(&body));
    // The invite itself is burned.
    let (status, body) = submit(f.base(), &id, &codes[0], &answers("Operations", 2, ""));
    assert_eq!(
        (status, body["error"].clone()),
        (409, json!("invite_spent"))
    );

    // Redeemed once, by header; then refused.
    assert_eq!(answer_with(&f, &id, &token).0, 201);
    let (status, body) = answer_with(&f, &id, &token);
    assert_eq!(
        (status, body["error"].clone()),
        (409, json!("ticket_spent"))
    );
    // A long signed invite buys one too, redeemed in the JSON body.
    let long = f.invites(1).remove(0);
    let token = ticket(&f, "surveys", &id, &long);
    let (status, text) = call(
        agent()
            .post(&format!("{}/api/v1/surveys/{id}/responses", f.base()))
            .send_json(json!({"ticket": token.encode(), "answers": answers("Operations", 3, "")})),
    );
    assert_eq!(status, 201, "{text}");
    let status = f.cli(&["survey", "status", &id]).expect("status");
    assert!(status.contains("responses: 2"), "{status}");
    assert!(
        status.contains(&format!("ticket key: {}", key.fingerprint())),
        "{status}"
    );
}

#[test]
fn refusals_are_clear_and_leave_invites_and_tickets_usable() {
    let f = Fixture::new();
    let id = f.id.clone();
    let other = create_survey(&f.server, &f.key_path, SURVEY);
    let codes = short_codes(&f, &id, "4");
    let other_codes = short_codes(&f, &other, "1");

    // A ticket from another campaign.
    let foreign = ticket(&f, "surveys", &other, &other_codes[0]);
    let (status, body) = answer_with(&f, &id, &foreign);
    assert_eq!(
        (status, body["error"].clone()),
        (403, json!("ticket_invalid"))
    );
    assert_eq!(
        answer_with(&f, &other, &foreign).0,
        201,
        "still good at home"
    );

    // A tampered ticket; the real one still counts.
    let token = ticket(&f, "surveys", &id, &codes[0]);
    for at in [5, 50, 120] {
        let mut bytes = *token.to_bytes();
        bytes[at] ^= 1;
        let (status, body) = answer_with(&f, &id, &Token::from_bytes(&bytes).unwrap());
        assert_eq!(
            (status, body["error"].clone()),
            (403, json!("ticket_invalid")),
            "byte {at}"
        );
    }
    let (status, text) = call(
        agent()
            .post(&format!("{}/api/v1/surveys/{id}/responses", f.base()))
            .send_json(json!({"ticket": "not a ticket", "answers": answers("Operations", 3, "")})),
    );
    assert_eq!(status, 400, "{text}");
    // An invite and a ticket at once.
    let (status, text) = call(
        agent()
            .post(&format!("{}/api/v1/surveys/{id}/responses", f.base()))
            .send_json(json!({"ticket": token.encode(), "invite": codes[3], "answers": answers("Operations", 3, "")})),
    );
    assert_eq!(status, 400, "{text}");
    assert_eq!(answer_with(&f, &id, &token).0, 201);

    // Tampered token requests; the invite is still good after them.
    let key = key_of(&f, "surveys", &id);
    let campaign: CampaignId = id.parse().unwrap();
    let challenge = TokenChallenge::for_campaign(&host(&f), &campaign);
    let (pending, request) = PendingTicket::new(&challenge, &key, &mut rand::rngs::OsRng).unwrap();
    let bytes = request.to_bytes();
    let mut not_a_point = bytes.clone();
    // A compressed point starts 02 or 03.
    not_a_point[3] = 0x07;
    assert_eq!(post_request(&f, &codes[1], &not_a_point).0, 400);
    assert_eq!(post_request(&f, &codes[1], &bytes[..40]).0, 400);
    let mut other_key = bytes.clone();
    other_key[2] ^= 0x55;
    assert_eq!(post_request(&f, &codes[1], &other_key).0, 403);
    assert_eq!(
        post_request(&f, "K7QM-4XPD-93FT-WQ2B", &bytes).0,
        403,
        "unregistered"
    );
    assert_eq!(post_request(&f, "not a code", &bytes).0, 401);
    let (status, _) = call(
        agent()
            .post(&format!("{}/api/v1/tickets", f.base()))
            .set("Content-Type", "application/octet-stream")
            .set("Caucus-Invite", &codes[1])
            .send_bytes(&bytes),
    );
    assert_eq!(status, 415);
    let (status, _) = call(
        agent()
            .post(&format!("{}/api/v1/tickets", f.base()))
            .set("Content-Type", "application/private-token-request")
            .send_bytes(&bytes),
    );
    assert_eq!(status, 401, "no invite");
    let (status, body) = post_request(&f, &codes[1], &bytes);
    assert_eq!(status, 200);
    let held = pending.finish(&body).unwrap();

    // A closed campaign issues and redeems nothing; reopened, both work.
    f.cli(&["close", &id]).expect("close");
    let key_request = PendingTicket::new(&challenge, &key, &mut rand::rngs::OsRng)
        .unwrap()
        .1;
    assert_eq!(post_request(&f, &codes[2], &key_request.to_bytes()).0, 410);
    assert_eq!(answer_with(&f, &id, &held).0, 410);
    f.cli(&["reopen", &id]).expect("reopen");
    assert_eq!(post_request(&f, &codes[2], &key_request.to_bytes()).0, 200);
    assert_eq!(answer_with(&f, &id, &held).0, 201);
}

/// Promise 2 for tickets: 32 threads redeem one ticket at once.
#[test]
fn thirty_two_racing_redemptions_of_one_ticket_count_once() {
    let f = Fixture::new();
    let code = short_codes(&f, &f.id, "1").remove(0);
    let token = ticket(&f, "surveys", &f.id, &code);
    let threads = 32;
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let (base, id, token, barrier) = (
                f.base().to_string(),
                f.id.clone(),
                token.encode(),
                barrier.clone(),
            );
            std::thread::spawn(move || {
                barrier.wait();
                call(
                    agent()
                        .post(&format!("{base}/api/v1/surveys/{id}/responses"))
                        .send_json(
                            json!({"ticket": token, "answers": answers("Engineering", 2, "")}),
                        ),
                )
                .0
            })
        })
        .collect();
    let statuses: Vec<u16> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let count = |code: u16| statuses.iter().filter(|s| **s == code).count();
    assert_eq!(count(201), 1, "{statuses:?}");
    assert_eq!(count(409), threads - 1, "{statuses:?}");
    let status = f.cli(&["survey", "status", &f.id]).expect("status");
    assert!(status.contains("responses: 1"), "{status}");
}

/// Promise 1 for tickets: a copy of the data directory, taken after
/// issuance and redemption, holds no ticket, no part of one, and no
/// invite; what it holds of issuance (the digest of a blinded request)
/// says nothing about the ticket.
#[test]
fn a_copy_of_the_data_directory_pairs_no_invite_with_its_ticket() {
    let f = Fixture::new();
    let id = f.id.clone();
    let codes = short_codes(&f, &id, "3");
    let mut tokens = Vec::new();
    for code in &codes {
        let token = ticket(&f, "surveys", &id, code);
        assert_eq!(answer_with(&f, &id, &token).0, 201);
        tokens.push(token);
    }
    let copy = f.dir.path().join("copy");
    copy_dir(&f.server.data, &copy);
    let disk = all_bytes(&copy);
    for token in &tokens {
        let bytes = token.to_bytes();
        assert!(!contains(
            &disk,
            token.encode().trim_end_matches('=').as_bytes()
        ));
        assert!(!contains(&disk, &bytes[2..34]), "a ticket's nonce on disk");
        assert!(
            !contains(&disk, &bytes[98..]),
            "a ticket's authenticator on disk"
        );
        assert!(
            !contains(&disk, &token.spend_name()),
            "an unkeyed spend name on disk"
        );
    }
    for code in &codes {
        assert!(!contains(&disk, code.as_bytes()), "an invite on disk");
    }
    assert!(!contains(&disk, b"127.0.0.1"), "a client address on disk");
    // Positive control: the search finds what is there.
    let campaign: CampaignId = id.parse().unwrap();
    let hash = caucus_core::short_code::ShortCode::parse(&codes[0])
        .unwrap()
        .hash(&campaign);
    assert!(contains(&disk, &hash));
}

#[test]
fn a_statement_names_its_ticket_key_in_its_log_and_takes_tickets() {
    let f = Fixture::new();
    let statement = create_statement(
        &f.server,
        &f.key_path,
        "title = \"t\"\nbody = \"b\"\nanonymous = true\n",
    );
    let codes = short_codes(&f, &statement, "2");
    let key = key_of(&f, "statements", &statement);
    let token = ticket(&f, "statements", &statement, &codes[0]);
    let (status, text) = call(
        agent()
            .post(&format!(
                "{}/api/v1/statements/{statement}/signatures",
                f.base()
            ))
            .set(
                "Authorization",
                &format!("PrivateToken token=\"{}\"", token.encode()),
            )
            .send_json(json!({"anonymous": true})),
    );
    assert_eq!(status, 201, "{text}");
    let receipt: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(receipt["receipt"]["index"], 2, "entry 1 is the ticket key");
    let (status, text) = call(
        agent()
            .post(&format!(
                "{}/api/v1/statements/{statement}/signatures",
                f.base()
            ))
            .send_json(json!({"anonymous": true, "ticket": token.encode()})),
    );
    assert_eq!(
        (status, text.contains("ticket_spent")),
        (409, true),
        "{text}"
    );
    // The invite the ticket was bought with is burned for signing too.
    let (status, text) = call(
        agent()
            .post(&format!(
                "{}/api/v1/statements/{statement}/signatures",
                f.base()
            ))
            .send_json(json!({"anonymous": true, "invite": codes[0]})),
    );
    assert_eq!(
        (status, text.contains("invite_spent")),
        (409, true),
        "{text}"
    );
    let refused = agent()
        .post(&format!(
            "{}/api/v1/statements/{statement}/signatures",
            f.base()
        ))
        .send_json(json!({"anonymous": true}));
    let Err(ureq::Error::Status(401, response)) = refused else {
        panic!("expected 401");
    };
    assert!(response
        .header("www-authenticate")
        .unwrap()
        .contains(&key.encode()));

    let state = f.dir.path().join("state");
    let verified = cli(&[
        "verify",
        &statement,
        "--server",
        f.base(),
        "--state",
        state.to_str().unwrap(),
    ])
    .expect("verify");
    assert!(
        verified.contains(&format!("ticket key {}", key.fingerprint())),
        "{verified}"
    );
    assert!(
        verified.contains("anonymous signatures (invite-verified): 1"),
        "{verified}"
    );
}

/// `caucus ticket get` obtains a ticket from a link; the HTML forms take
/// it pasted, the whole saved file at once.
#[test]
fn the_cli_gets_a_ticket_and_the_forms_take_it() {
    let f = Fixture::new();
    let id = f.id.clone();
    let links = f.cli(&["invites", &id, "--count", "1"]).expect("invites");
    let link = links.lines().next().unwrap();
    let path = f.dir.path().join("ticket.txt");
    let printed = cli(&["ticket", "get", link, "--out", path.to_str().unwrap()]).expect("ticket");
    let key = key_of(&f, "surveys", &id);
    assert!(printed.contains(&key.fingerprint()), "{printed}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    assert!(
        cli(&["ticket", "get", link, "--out", path.to_str().unwrap()]).is_err(),
        "never overwritten"
    );
    let saved = std::fs::read_to_string(&path).unwrap();

    // The page to paste it into, then the form.
    let (status, page) = call(
        agent()
            .get(&format!("{}/s/{id}?with=ticket", f.base()))
            .call(),
    );
    assert_eq!(status, 200);
    assert!(page.contains("name=\"ticket\""), "{page}");
    let (status, page) = call(
        agent()
            .post(&format!("{}/s/{id}", f.base()))
            .send_form(&[("ticket", saved.as_str()), ("q_area", "Operations")]),
    );
    assert_eq!(status, 422, "missing answers come back");
    assert!(
        page.contains("caucus anonymous ticket"),
        "the ticket is kept in the form"
    );
    let mut form: Vec<(&str, String)> = vec![("ticket", saved.clone())];
    let full = answers("Operations", 3, "");
    for (name, value) in full.as_object().unwrap() {
        match value {
            Value::Array(items) => {
                for item in items {
                    form.push((name.as_str(), item.as_str().unwrap().to_string()));
                }
            }
            Value::String(s) => form.push((name.as_str(), s.clone())),
            other => form.push((name.as_str(), other.to_string())),
        }
    }
    let named: Vec<(String, String)> = form
        .into_iter()
        .map(|(k, v)| {
            (
                if k == "ticket" {
                    k.to_string()
                } else {
                    format!("q_{k}")
                },
                v,
            )
        })
        .collect();
    let pairs: Vec<(&str, &str)> = named
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let (status, page) = call(
        agent()
            .post(&format!("{}/s/{id}", f.base()))
            .send_form(&pairs),
    );
    assert_eq!(status, 201, "{page}");
    let (status, _) = call(
        agent()
            .post(&format!("{}/s/{id}", f.base()))
            .send_form(&pairs),
    );
    assert_eq!(status, 409, "a ticket counts once");

    // A statement's signing form takes a pasted ticket too.
    let statement = create_statement(
        &f.server,
        &f.key_path,
        "title = \"t\"\nbody = \"b\"\nanonymous = true\n",
    );
    let st_link = f
        .cli(&["invites", &statement, "--count", "1"])
        .expect("invites");
    let st_path = f.dir.path().join("st-ticket.txt");
    cli(&[
        "ticket",
        "get",
        st_link.trim(),
        "--out",
        st_path.to_str().unwrap(),
    ])
    .expect("ticket");
    let st_saved = std::fs::read_to_string(&st_path).unwrap();
    let (status, page) = call(
        agent()
            .post(&format!("{}/st/{statement}", f.base()))
            .send_form(&[("kind", "anonymous"), ("ticket", st_saved.as_str())]),
    );
    assert_eq!(status, 201, "{page}");
}
