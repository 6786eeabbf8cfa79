//! Short invite codes a person can type from paper (`K7QM-4XPD-93FT-WQ2B`):
//! the CLI registers their hashes in a batch signed by an organiser key,
//! the server accepts a code only if its hash was registered for that
//! campaign, and every code counts once. The number registered is public.
//! Long signed invites keep working beside them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use caucus_core::short_code::ShortCode;
use common::*;
use serde_json::{json, Value};

fn codes_of(links: &str) -> Vec<String> {
    links
        .lines()
        .map(|l| l.rsplit("invite=").next().expect("code").to_string())
        .collect()
}

fn public(f: &Fixture, path: &str) -> Value {
    let (status, text) = call(agent().get(&format!("{}{path}", f.base())).call());
    assert_eq!(status, 200, "{text}");
    serde_json::from_str(&text).expect("json")
}

#[test]
fn short_codes_are_registered_typed_loosely_and_spent_once() {
    let f = Fixture::new();
    let id = f.id.clone();
    let links = f.cli(&["invites", &id, "--count", "5"]).expect("invites");
    let codes = codes_of(&links);
    assert_eq!(codes.len(), 5);
    for code in &codes {
        assert_eq!(code.len(), 19, "{code}");
        assert!(ShortCode::parse(code).is_some(), "{code}");
    }
    assert!(links.contains(&format!("/s/{id}?invite=")));
    assert_eq!(
        public(&f, &format!("/api/v1/surveys/{id}"))["short_invites"],
        5
    );
    let status = caucus::client::Client::new(f.base())
        .unwrap()
        .with_key(&f.key_path)
        .unwrap()
        .status(&id)
        .unwrap();
    assert_eq!(status["short_invites"], 5, "{status}");

    let answer = || answers("Operations", 2, "");
    assert_eq!(submit(f.base(), &id, &codes[0], &answer()).0, 201);
    let (status, body) = submit(f.base(), &id, &codes[0], &answer());
    assert_eq!(status, 409, "{body}");
    // As a person types from paper: lower case, no hyphens, look-alikes.
    let typed = codes[1]
        .replace('-', " ")
        .to_lowercase()
        .replace('1', "l")
        .replace('0', "o");
    assert_eq!(submit(f.base(), &id, &typed, &answer()).0, 201, "{typed}");
    let (status, _) = submit(f.base(), &id, &codes[1], &answer());
    assert_eq!(status, 409, "the typed form spent the same code");
    // The HTML form takes the code as the link carries it.
    let (status, _) = call(
        agent()
            .post(&format!("{}/s/{id}", f.base()))
            .send_form(&[("invite", &codes[2]), ("q_area", "Operations")]),
    );
    assert_eq!(status, 422, "a registered code gets to the answers");

    // A well-formed code nobody registered, and one for another campaign.
    let unregistered = ShortCode::generate(&mut rand::thread_rng()).code();
    let (status, body) = submit(f.base(), &id, &unregistered, &answer());
    assert_eq!(
        (status, body["error"].clone()),
        (403, json!("invite_forged"))
    );
    let statement = create_statement(&f.server, &f.key_path, "title = \"t\"\nbody = \"b\"\n");
    let st_links = f
        .cli(&["invites", &statement, "--count", "2"])
        .expect("statement invites");
    let st_codes = codes_of(&st_links);
    assert!(st_links.contains(&format!("/st/{statement}?invite=")));
    assert_eq!(submit(f.base(), &id, &st_codes[0], &answer()).0, 403);
    assert_eq!(
        public(&f, &format!("/api/v1/statements/{statement}"))["short_invites"],
        2
    );
    let (status, text) = call(
        agent()
            .post(&format!(
                "{}/api/v1/statements/{statement}/signatures",
                f.base()
            ))
            .send_json(json!({"anonymous": true, "invite": st_codes[0]})),
    );
    assert_eq!(status, 201, "{text}");

    // Long signed invites keep working, and are not counted.
    let long = f
        .cli(&["invites", &id, "--count", "1", "--long"])
        .expect("long invites");
    let long_code = codes_of(&long).remove(0);
    assert_eq!(long_code.len(), caucus_core::invite::CODE_LEN);
    assert_eq!(submit(f.base(), &id, &long_code, &answer()).0, 201);
    assert_eq!(
        public(&f, &format!("/api/v1/surveys/{id}"))["short_invites"],
        5
    );
}

#[test]
fn registering_codes_needs_an_organiser_and_refuses_bad_batches() {
    let f = Fixture::new();
    let id = f.id.clone();
    let path = format!("/api/v1/admin/surveys/{id}/invites");
    let hash = caucus_core::encoding::b64url(&[7u8; 32]);
    // No signature: the server cannot mint codes, nor can anyone else.
    let (status, _) = call(
        agent()
            .post(&format!("{}{path}", f.base()))
            .send_json(json!({"hashes": [hash]})),
    );
    assert_eq!(status, 401);
    let client = caucus::client::Client::new(f.base())
        .unwrap()
        .with_key(&f.key_path)
        .unwrap();
    let campaign: caucus_core::CampaignId = id.parse().unwrap();
    for (what, hashes) in [
        ("none", vec![]),
        ("not base64url of 32 bytes", vec!["AAAA".to_string()]),
        ("too many", vec![hash.clone(); 20_001]),
    ] {
        let refused = client
            .register_invites("surveys", &campaign, &hashes)
            .expect_err(what);
        assert!(
            format!("{refused:#}").contains("400"),
            "{what}: {refused:#}"
        );
    }
    // The same hash twice counts once.
    let added = client
        .register_invites("surveys", &campaign, &[hash.clone(), hash.clone()])
        .expect("register");
    assert_eq!(added["added"], 1);
    let again = client
        .register_invites("surveys", &campaign, &[hash])
        .expect("again");
    assert_eq!(
        (again["added"].clone(), again["short_invites"].clone()),
        (json!(0), json!(1))
    );
    // A closed survey takes no more.
    f.cli(&["close", &id]).expect("close");
    let refused = client
        .register_invites(
            "surveys",
            &campaign,
            &[caucus_core::encoding::b64url(&[8u8; 32])],
        )
        .expect_err("closed");
    assert!(format!("{refused:#}").contains("410"), "{refused:#}");
    assert!(f.cli(&["invites", &id, "--count", "1"]).is_err());
}

#[test]
fn the_printed_sheet_is_small_readable_and_never_overwritten() {
    let f = Fixture::new();
    let id = f.id.clone();
    let sheet = f.dir.path().join("sheet.html");
    let sheet_arg = sheet.to_str().expect("utf8");
    f.cli(&[
        "invites", &id, "--count", "6", "--format", "html", "--out", sheet_arg,
    ])
    .expect("sheet");
    let html = std::fs::read_to_string(&sheet).expect("sheet");
    let cards: Vec<&str> = html.split("<div class=\"card\">").skip(1).collect();
    assert_eq!(cards.len(), 6);
    for card in &cards {
        assert!(card.len() <= 4096, "a card of {} bytes", card.len());
        assert_eq!(card.matches("<svg").count(), 1);
        assert!(card.contains("class=\"code short\""));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&sheet).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // A taken output file is refused before any code is registered.
    assert!(f
        .cli(&["invites", &id, "--count", "3", "--format", "html", "--out", sheet_arg])
        .is_err());
    assert_eq!(
        public(&f, &format!("/api/v1/surveys/{id}"))["short_invites"],
        6
    );
}

/// Promise 1 for short codes: a copy of the data directory, taken after
/// the codes were used, holds no code in any form a person or a link
/// carries it, only the salted hashes the organiser registered.
#[test]
fn a_copy_of_the_data_directory_holds_no_short_code() {
    let f = Fixture::new();
    let id = f.id.clone();
    let codes = codes_of(&f.cli(&["invites", &id, "--count", "4"]).expect("invites"));
    for code in &codes[..3] {
        let typed = code.to_lowercase();
        assert_eq!(
            submit(f.base(), &id, &typed, &answers("Operations", 2, "")).0,
            201
        );
    }
    let copy = f.dir.path().join("copy");
    copy_dir(&f.server.data, &copy);
    let disk = all_bytes(&copy);
    let campaign: caucus_core::CampaignId = id.parse().unwrap();
    for code in &codes {
        for form in [code.clone(), code.replace('-', ""), code.to_lowercase()] {
            assert!(!contains(&disk, form.as_bytes()), "short code on disk");
        }
        // Positive control: the search finds what is meant to be there.
        let hash = ShortCode::parse(code).unwrap().hash(&campaign);
        assert!(contains(&disk, &hash), "the registered hash is stored");
    }
    assert!(!contains(&disk, b"127.0.0.1"), "client address on disk");
}

/// Promise 2 for short codes: thirty-two submissions of one code at the
/// same moment, in any typed form, count once.
#[test]
fn concurrent_submissions_of_one_short_code_count_once() {
    let f = Fixture::new();
    let code = codes_of(&f.cli(&["invites", &f.id, "--count", "1"]).expect("invites")).remove(0);
    let threads = 32;
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|i| {
            let (base, id, barrier) = (f.base().to_string(), f.id.clone(), barrier.clone());
            let typed = if i % 2 == 0 {
                code.clone()
            } else {
                code.replace('-', "").to_lowercase()
            };
            std::thread::spawn(move || {
                barrier.wait();
                submit(
                    &base,
                    &id,
                    &typed,
                    &answers("Engineering", 1 + i as i64 % 5, ""),
                )
                .0
            })
        })
        .collect();
    let statuses: Vec<u16> = handles
        .into_iter()
        .map(|h| h.join().expect("thread"))
        .collect();
    let count = |code: u16| statuses.iter().filter(|s| **s == code).count();
    assert_eq!(count(201), 1, "{statuses:?}");
    assert_eq!(count(409), threads - 1, "{statuses:?}");
    let status = f.cli(&["survey", "status", &f.id]).expect("status");
    assert!(status.contains("responses: 1"), "{status}");
}
