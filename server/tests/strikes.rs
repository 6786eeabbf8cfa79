//! Names are not checked against identities: anyone holding an invite can
//! sign with a colleague's name. The organiser who signed a statement's
//! header strikes a name shown to be false; the strike is a log entry that
//! every verifier checks, the name's text is erased, and the signature is
//! counted apart.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use caucus_core::log::strike::Strike;
use common::*;
use serde_json::{json, Value};

const STATEMENT: &str = "title = \"Conditions\"\nbody = \"We ask for opt-out.\"\n";
const FALSE_NAME: &str = "Colleague Signed For Them";

#[test]
fn the_header_organiser_strikes_a_false_name_and_every_verifier_sees_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (author, other) = (key(), key());
    let author_path = key_file(dir.path(), &author);
    let other_path = key_file(dir.path(), &other);
    let server = Server::start(&dir.path().join("data"), &[&author, &other]);
    let base = server.base.clone();
    let st = create_statement(&server, &author_path, STATEMENT);
    let sign = |body: Value| {
        let (status, text) = call(
            agent()
                .post(&format!("{base}/api/v1/statements/{st}/signatures"))
                .send_json(body),
        );
        assert_eq!(status, 201, "{text}");
        serde_json::from_str::<Value>(&text).expect("json")
    };
    let code = |n: usize| invites(&author, &st, n);
    // Entry 0 is the header, entry 1 the ticket key: signatures from 2.
    sign(json!({"name": "Real Person", "invite": code(1)[0]}));
    let false_one = sign(json!({"name": FALSE_NAME, "invite": code(1)[0]}));
    sign(json!({"anonymous": true, "invite": code(1)[0]}));
    let state = dir.path().join("verify-state");
    let verify = || -> anyhow::Result<Value> {
        let text = cli(&[
            "verify",
            &st,
            "--server",
            &base,
            "--state",
            state.to_str().unwrap(),
            "--json",
        ])?;
        Ok(serde_json::from_str(&text)?)
    };
    let strike_as = |path: &std::path::Path, entry: &str| {
        cli(&[
            "statement",
            "strike",
            &st,
            "--entry",
            entry,
            "--server",
            &base,
            "--key",
            path.to_str().unwrap(),
        ])
    };
    let view = || {
        call(
            agent()
                .get(&format!("{base}/api/v1/statements/{st}"))
                .call(),
        )
        .1
    };
    assert!(view().contains(FALSE_NAME), "shown before the strike");

    // Another organiser of this server did not sign the header.
    let refused = strike_as(&other_path, "3").expect_err("not the header's organiser");
    assert!(format!("{refused:#}").contains("403"), "{refused:#}");
    // An anonymous signature has no name to strike.
    let refused = strike_as(&author_path, "4").expect_err("anonymous");
    assert!(format!("{refused:#}").contains("400"), "{refused:#}");
    assert_eq!(
        verify().expect("verify")["tree_size"],
        5,
        "nothing appended"
    );

    let printed = strike_as(&author_path, "3").expect("strike");
    assert!(printed.contains("struck signature 3"), "{printed}");
    let report = verify().expect("a log with a strike verifies");
    assert_eq!(
        (
            report["named"].clone(),
            report["struck"].clone(),
            report["tree_size"].clone()
        ),
        (json!(1), json!(1), json!(6))
    );
    assert!(!view().contains(FALSE_NAME), "the false name is erased");
    let page = call(agent().get(&format!("{base}/st/{st}")).call()).1;
    assert!(
        page.contains("1 name was struck by the organisers"),
        "{page}"
    );
    assert!(page.contains("not checked against anyone"), "{page}");
    assert!(!page.contains(FALSE_NAME));
    let refused = strike_as(&author_path, "3").expect_err("twice");
    assert!(format!("{refused:#}").contains("409"), "{refused:#}");

    // A strike entry whose signature does not check out.
    let id = st.parse().unwrap();
    let mut forged = Strike {
        statement: id,
        entry: 2,
        organiser: author.public().clone(),
    }
    .signed_bytes(&other);
    let client = caucus::client::Client::new(&base)
        .unwrap()
        .with_key(&author_path)
        .unwrap();
    let refused = client
        .strike(&id, &String::from_utf8(forged.clone()).unwrap())
        .expect_err("forged");
    assert!(format!("{refused:#}").contains("400"), "{refused:#}");
    forged.clear();

    // The signer may still withdraw: the signature moves from struck to
    // withdrawn, and the log still verifies.
    let (status, text) = call(
        agent()
            .post(&format!("{base}/api/v1/statements/{st}/withdrawals"))
            .send_json(json!({"withdrawal_secret": false_one["withdrawal_secret"]})),
    );
    assert_eq!(status, 200, "{text}");
    let report = verify().expect("verify after the withdrawal");
    assert_eq!(
        (report["struck"].clone(), report["withdrawn"].clone()),
        (json!(0), json!(1))
    );
}
