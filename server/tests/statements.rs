//! Collective statements end to end: create, invites, named, anonymous and
//! unverified signatures, the reveal threshold, withdrawal, and `caucus
//! verify` with receipts and a saved checkpoint, on the real binaries.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use common::*;
use serde_json::{json, Value};

const STATEMENT: &str = r#"
title = "Conditions for monitoring"
body = "We ask for **opt-out** and deletion after 30 days."
named = true
anonymous = true
invite_required_for_named = false
reveal_at = 3
"#;

struct StatementFixture {
    f: Fixture,
    id: String,
    state: std::path::PathBuf,
}

impl StatementFixture {
    fn new() -> Self {
        Self::with_text(STATEMENT)
    }

    fn with_text(text: &str) -> Self {
        let f = Fixture::new();
        let id = create_statement(&f.server, &f.key_path, text);
        let state = f.dir.path().join("verify-state");
        Self { f, id, state }
    }

    fn sign(&self, body: Value) -> (u16, Value) {
        let (status, text) = call(
            agent()
                .post(&format!(
                    "{}/api/v1/statements/{}/signatures",
                    self.f.base(),
                    self.id
                ))
                .send_json(body),
        );
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    fn invite(&self) -> String {
        invites(&self.f.key, &self.id, 1).remove(0)
    }

    fn verify(&self, extra: &[&str]) -> anyhow::Result<Value> {
        let state = self.state.to_str().expect("utf8");
        let args = [
            &[
                "verify",
                self.id.as_str(),
                "--server",
                self.f.base(),
                "--state",
                state,
                "--json",
            ][..],
            extra,
        ]
        .concat();
        Ok(serde_json::from_str(&cli(&args)?)?)
    }

    /// `caucus verify ID` with this fixture's server and state, as text.
    fn verify_id(&self, id: &str) -> anyhow::Result<String> {
        let state = self.state.to_str().expect("utf8");
        cli(&["verify", id, "--server", self.f.base(), "--state", state])
    }

    /// The statement's public JSON view.
    fn view(&self) -> Value {
        let url = format!("{}/api/v1/statements/{}", self.f.base(), self.id);
        serde_json::from_str(&call(agent().get(&url).call()).1).expect("json")
    }

    /// Everything the server returns about this statement, as one string.
    fn everything_served(&self) -> String {
        let base = self.f.base();
        let id = &self.id;
        [
            format!("{base}/api/v1/statements/{id}"),
            format!("{base}/api/v1/statements/{id}/checkpoint"),
            format!("{base}/api/v1/statements/{id}/entries?start=0&limit=1000"),
            format!("{base}/st/{id}"),
            format!("{base}/st/{id}/withdraw"),
        ]
        .iter()
        .map(|url| call(agent().get(url).call()).1)
        .collect::<Vec<_>>()
        .join("\n")
    }
}

#[test]
fn signatures_reveal_withdraw_and_verify() {
    let s = StatementFixture::new();
    let links =
        s.f.cli(&["invites", &s.id, "--count", "2"])
            .expect("invites");
    assert!(
        links
            .lines()
            .all(|l| l.contains(&format!("/st/{}?invite=", s.id))),
        "{links}"
    );

    let (status, ada) =
        s.sign(json!({"name": "Ada Zebrafinch", "role": "Support", "invite": s.invite()}));
    assert_eq!(status, 201, "{ada}");
    assert!(ada["withdrawal_secret"]
        .as_str()
        .is_some_and(|w| w.len() == 64));
    let (status, _) = s.sign(json!({"anonymous": true, "invite": s.invite()}));
    assert_eq!(status, 201);
    let (status, supporter) =
        s.sign(json!({"name": "Grace Quokka", "comment": "From\r\nZanzibar"}));
    assert_eq!(
        status, 201,
        "unverified supporters sign without an invite: {supporter}"
    );

    // Two invite-backed signatures, below reveal_at = 3 (the unverified
    // supporter does not count toward it): counts only, no name anywhere.
    let served = s.everything_served();
    for name in ["Zebrafinch", "Quokka", "Support", "Zanzibar"] {
        assert!(!served.contains(name), "{name} served below the threshold");
    }
    let view = s.view();
    assert_eq!(view["counts"]["named"], 1);
    assert_eq!(view["counts"]["anonymous"], 1);
    assert_eq!(view["counts"]["unverified"], 1);
    assert_eq!(view["revealed"], false);

    let receipt_path = s.f.dir.path().join("ada-receipt.json");
    std::fs::write(&receipt_path, ada.to_string()).expect("receipt");
    let report = s
        .verify(&["--receipt", receipt_path.to_str().expect("utf8")])
        .expect("verify");
    // The header, the ticket key, three signatures.
    assert_eq!(report["tree_size"], 5);
    assert_eq!(
        (
            report["named"].clone(),
            report["anonymous"].clone(),
            report["unverified"].clone()
        ),
        (json!(1), json!(1), json!(1))
    );
    assert_eq!(report["receipt_included"], true);

    // The fourth signature reaches the threshold: the names wait, sealed,
    // for the organisers, who open them and publish all of them together.
    let (status, _) = s.sign(json!({"name": "Hedy Marmoset", "invite": s.invite()}));
    assert_eq!(status, 201);
    let served = s.everything_served();
    for name in ["Zebrafinch", "Quokka", "Marmoset"] {
        assert!(!served.contains(name), "{name} served before the reveal");
    }
    let view = s.view();
    assert_eq!(
        (view["threshold_reached"].clone(), view["revealed"].clone()),
        (json!(true), json!(false))
    );
    let printed = reveal(&s.f.server, &s.f.key_path, &s.id).expect("reveal");
    assert!(printed.contains("published 3 name(s)"), "{printed}");
    assert_eq!(s.view()["revealed"], true);
    let served = s.everything_served();
    for name in ["Zebrafinch", "Quokka", "Marmoset"] {
        assert!(served.contains(name), "{name} not shown at the threshold");
    }
    let report = s
        .verify(&[])
        .expect("verify after reveal checks every revealed name");
    assert_eq!(report["tree_size"], 6);

    // Withdrawal: once, with the secret; counts drop; the log still verifies.
    let withdraw = |secret: &str| {
        call(
            agent()
                .post(&format!(
                    "{}/api/v1/statements/{}/withdrawals",
                    s.f.base(),
                    s.id
                ))
                .send_json(json!({"withdrawal_secret": secret})),
        )
        .0
    };
    let secret = supporter["withdrawal_secret"].as_str().expect("secret");
    assert_eq!(withdraw(secret), 200);
    assert_eq!(withdraw(secret), 409);
    assert_eq!(withdraw(&"ab".repeat(32)), 404);
    assert_eq!(withdraw("nonsense"), 400);
    assert!(
        !s.everything_served().contains("Quokka"),
        "withdrawn name still served"
    );
    // Erased from the disk, not just from the answers: a copy of the data
    // directory holds the standing name (positive control) but not this one.
    // Unlinkable too: a signature made with a known invite leaves neither
    // the code nor any part of it, nor the client's address or browser.
    let known = s.invite();
    assert_eq!(s.sign(json!({"anonymous": true, "invite": known})).0, 201);
    let copy = s.f.dir.path().join("seized");
    copy_dir(&s.f.server.data, &copy);
    let disk = all_bytes(&copy);
    assert!(
        contains(&disk, b"Zebrafinch"),
        "positive control: a standing name is on disk"
    );
    assert!(!contains(&disk, b"Quokka"), "withdrawn name still on disk");
    assert!(
        !contains(&disk, b"Zanzibar"),
        "withdrawn comment still on disk"
    );
    assert_unlinkable(&disk, [&known]);
    let report = s
        .verify(&["--receipt", receipt_path.to_str().expect("utf8")])
        .expect("verify after withdrawal");
    assert_eq!(
        (report["unverified"].clone(), report["withdrawn"].clone()),
        (json!(0), json!(1))
    );
    assert_eq!(report["receipt_included"], true);
}

#[test]
fn verify_with_a_survey_id_says_it_is_a_survey() {
    let s = StatementFixture::new();
    // The fixture's survey: a real campaign id, but not a statement's.
    let err = s
        .verify_id(&s.f.id)
        .expect_err("a survey's id does not verify as a statement");
    let message = format!("{err:#}");
    assert!(
        message.contains(&format!("{} is a survey, not a statement", s.f.id)),
        "{message}"
    );
    assert!(
        message.contains(&format!("caucus survey status {}", s.f.id)),
        "the right command is suggested: {message}"
    );
    // An id nobody created is neither.
    let unknown = "AAAAAAAAAAAAAAAAAAAAAA";
    let message = format!("{:#}", s.verify_id(unknown).expect_err("unknown id"));
    assert!(
        message.contains(&format!("there is no statement {unknown}")),
        "{message}"
    );
    assert!(!message.contains("is a survey"), "{message}");
    // And the statement itself verifies.
    s.verify_id(&s.id).expect("the statement verifies");
}

#[test]
fn one_invite_signs_once_even_concurrently() {
    let s = StatementFixture::new();
    let invite = s.invite();
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(30));
    let handles: Vec<_> = (0..30)
        .map(|i| {
            let (base, id, invite, barrier) = (
                s.f.base().to_string(),
                s.id.clone(),
                invite.clone(),
                barrier.clone(),
            );
            std::thread::spawn(move || {
                let body = if i % 2 == 0 {
                    json!({"anonymous": true, "invite": invite})
                } else {
                    json!({"name": format!("N{i}"), "invite": invite})
                };
                barrier.wait();
                call(
                    agent()
                        .post(&format!("{base}/api/v1/statements/{id}/signatures"))
                        .send_json(body),
                )
                .0
            })
        })
        .collect();
    let statuses: Vec<u16> = handles
        .into_iter()
        .map(|h| h.join().expect("thread"))
        .collect();
    assert_eq!(
        statuses.iter().filter(|&&s| s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|&&s| s == 409).count(),
        29,
        "{statuses:?}"
    );
    let report = s.verify(&[]).expect("verify");
    assert_eq!(
        report["tree_size"], 3,
        "the header, the ticket key, one signature"
    );
}

/// Invites are checked many at a time (`writes::invite_checks`): forged
/// codes sent at the same moment as good ones fail alone, and the good
/// ones in their batch still count.
#[test]
fn forged_invites_among_many_at_once_are_refused_alone() {
    let s = StatementFixture::new();
    let other = Fixture::new();
    let good: Vec<String> = (0..40).map(|_| s.invite()).collect();
    let mut forged = invites(&other.key, &s.id, 4);
    // Signed by the right key for another campaign, and one bit off.
    forged.extend(invites(
        &s.f.key,
        &create_statement(&s.f.server, &s.f.key_path, STATEMENT),
        2,
    ));
    let mut flipped = good[0].clone().into_bytes();
    flipped[50] = if flipped[50] == b'A' { b'B' } else { b'A' };
    forged.push(String::from_utf8(flipped).expect("ascii"));
    let codes: Vec<(bool, String)> = good
        .iter()
        .skip(1)
        .map(|c| (true, c.clone()))
        .chain(forged.into_iter().map(|c| (false, c)))
        .collect();
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(codes.len()));
    let handles: Vec<_> = codes
        .into_iter()
        .map(|(valid, invite)| {
            let (base, id, barrier) = (s.f.base().to_string(), s.id.clone(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                let (status, text) = call(
                    agent()
                        .post(&format!("{base}/api/v1/statements/{id}/signatures"))
                        .send_json(json!({"anonymous": true, "invite": invite})),
                );
                (valid, status, text)
            })
        })
        .collect();
    for handle in handles {
        let (valid, status, text) = handle.join().expect("thread");
        if valid {
            assert_eq!(status, 201, "{text}");
        } else {
            assert_eq!(status, 403, "{text}");
            assert!(text.contains("invite_forged"), "{text}");
        }
    }
    let report = s.verify(&[]).expect("verify");
    assert_eq!(
        report["tree_size"], 41,
        "the header, the ticket key, 39 signatures"
    );
}

#[test]
fn bad_signatures_get_their_status_and_change_nothing() {
    let s = StatementFixture::new();
    let other = Fixture::new();
    let foreign = invites(&other.key, &s.id, 1).remove(0);
    for (body, status) in [
        (json!({"anonymous": true}), 401),
        (json!({"anonymous": true, "invite": "garbage"}), 401),
        (json!({"anonymous": true, "invite": foreign}), 403),
        (json!({"name": "", "invite": s.invite()}), 422),
        (json!({"name": "x".repeat(101), "invite": s.invite()}), 422),
        (
            json!({"anonymous": true, "name": "Both", "invite": s.invite()}),
            400,
        ),
        (json!({"nickname": "x"}), 400),
    ] {
        let (got, reply) = s.sign(body.clone());
        assert_eq!(got, status, "{body}: {reply}");
    }
    let unknown = call(
        agent()
            .post(&format!(
                "{}/api/v1/statements/AAAAAAAAAAAAAAAAAAAAAA/signatures",
                s.f.base()
            ))
            .send_json(json!({"anonymous": true, "invite": s.invite()})),
    );
    assert_eq!(unknown.0, 404);
    let report = s.verify(&[]).expect("verify");
    assert_eq!(
        report["tree_size"], 2,
        "nothing was appended to the header and ticket key"
    );
}

#[test]
fn witnesses_cosign_and_a_forked_history_is_caught() {
    // The witness hands its verifier key to the organisers, who name it in
    // the statement file before creating the statement.
    let witness_dir = tempfile::tempdir().expect("tempdir");
    let witness_path = key_file(witness_dir.path(), &key());
    let named = cli(&[
        "witness-key",
        "--key",
        witness_path.to_str().expect("utf8"),
        "--name",
        "union-local.example/w1",
    ])
    .expect("witness-key");
    let named = named.trim();
    let s = StatementFixture::with_text(&format!("{STATEMENT}witnesses = [\"{named}\"]\n"));
    let witness_state = s.f.dir.path().join("witness-state");
    let witness = |base: &str| {
        cli(&[
            "witness",
            &s.id,
            "--server",
            base,
            "--key",
            witness_path.to_str().expect("utf8"),
            "--name",
            "union-local.example/w1",
            "--state",
            witness_state.to_str().expect("utf8"),
        ])
    };
    for _ in 0..2 {
        assert_eq!(
            s.sign(json!({"anonymous": true, "invite": s.invite()})).0,
            201
        );
    }
    let printed = witness(s.f.base()).expect("witness");
    let vkey = printed.lines().last().expect("vkey").to_string();
    assert_eq!(vkey, named, "{printed}");
    let current = call(
        agent()
            .get(&format!(
                "{}/api/v1/statements/{}/checkpoint",
                s.f.base(),
                s.id
            ))
            .call(),
    )
    .1;
    assert!(
        current.contains("\u{2014} union-local.example/w1 "),
        "served with its cosignature: {current}"
    );
    let report = s.verify(&["--witness", &vkey]).expect("witnessed verify");
    assert_eq!(report["witnessed_by"], json!(["union-local.example/w1"]));
    let stranger = caucus_core::log::note::verifier_key(
        "nobody.example",
        caucus_core::log::note::COSIGNATURE_V1,
        &key().ed25519().verifying_key(),
    );
    assert!(
        s.verify(&["--witness", &stranger]).is_err(),
        "a witness that never cosigned"
    );

    // Keep a copy of the server as it is now (4 entries), let the real log
    // grow to 6 and be witnessed and verified there.
    let snapshot = s.f.dir.path().join("snapshot");
    copy_dir(&s.f.server.data, &snapshot);
    for _ in 0..2 {
        assert_eq!(
            s.sign(json!({"anonymous": true, "invite": s.invite()})).0,
            201
        );
    }
    witness(s.f.base()).expect("witness at 6");
    assert_eq!(s.verify(&[]).expect("verify at 6")["tree_size"], 6);
    let later = s.sign(json!({"anonymous": true, "invite": s.invite()}));
    assert_eq!(later.0, 201);
    assert!(
        s.verify(&["--witness", &vkey]).is_ok(),
        "a witnessed prefix of a longer log is fine"
    );

    // The same server key now serves a different history from the copy.
    let fork = Server::start(&snapshot, &[&s.f.key]);
    for _ in 0..4 {
        let (status, _) = call(
            agent()
                .post(&format!(
                    "{}/api/v1/statements/{}/signatures",
                    fork.base, s.id
                ))
                .send_json(json!({"name": "Someone Else"})),
        );
        assert_eq!(status, 201);
    }
    let refused = witness(&fork.base).expect_err("the witness refuses a fork");
    assert!(
        format!("{refused:#}").contains("refusing to cosign"),
        "{refused:#}"
    );
    let state = s.state.to_str().expect("utf8");
    let caught = cli(&["verify", &s.id, "--server", &fork.base, "--state", state])
        .expect_err("verify catches the fork");
    assert!(
        format!("{caught:#}").contains("not consistent"),
        "{caught:#}"
    );
}

#[test]
fn the_statement_pages_work_as_plain_forms() {
    let s = StatementFixture::new();
    let base = s.f.base();
    let invite = s.invite();
    let page = call(
        agent()
            .get(&format!("{base}/st/{}?invite={invite}", s.id))
            .call(),
    );
    assert_eq!(page.0, 200);
    assert!(page.1.contains("name=\"kind\" value=\"named\"") && page.1.contains("caucus verify"));
    assert!(!page.1.to_lowercase().contains("<script"));
    // It links the ticket page, for an invite that came by message.
    assert!(page
        .1
        .contains(&format!("href=\"/st/{}/ticket?invite={invite}\"", s.id)));
    let form = |path: &str, body: &str| {
        let response = agent()
            .post(&format!("{base}{path}"))
            .set("Content-Type", "application/x-www-form-urlencoded")
            .send_string(body);
        match response {
            Ok(r) => {
                assert!(r.header("set-cookie").is_none());
                (r.status(), r.into_string().unwrap_or_default())
            }
            Err(ureq::Error::Status(code, r)) => (code, r.into_string().unwrap_or_default()),
            Err(e) => panic!("{e}"),
        }
    };
    let (status, missing) = form(
        &format!("/st/{}", s.id),
        &format!("kind=named&name=&invite={invite}"),
    );
    assert_eq!(status, 422, "a name is required");
    assert!(missing.contains("is required"));
    let (status, signed) = form(
        &format!("/st/{}", s.id),
        &format!("kind=named&name=Lin+Pangolin&role=Ops&invite={invite}"),
    );
    assert_eq!(status, 201, "{signed}");
    let secret = signed
        .split("<pre class=\"secret\">")
        .nth(1)
        .and_then(|rest| rest.split("</pre>").next())
        .expect("withdrawal secret on the page")
        .to_string();
    assert_eq!(secret.len(), 64);
    assert!(signed.contains("inclusion_proof"), "the receipt is offered");
    let (status, _) = form(
        &format!("/st/{}", s.id),
        &format!("kind=anonymous&invite={invite}"),
    );
    assert_eq!(status, 409, "the invite is spent");
    let (status, done) = form(
        &format!("/st/{}/withdraw", s.id),
        &format!("withdrawal_secret={secret}"),
    );
    assert_eq!(status, 200);
    assert!(done.contains("withdrawn"));
    let (status, _) = form(
        &format!("/st/{}/withdraw", s.id),
        &format!("withdrawal_secret={secret}"),
    );
    assert_eq!(status, 409);
    assert_eq!(s.verify(&[]).expect("verify")["withdrawn"], 1);
}
