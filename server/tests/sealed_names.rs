//! Issue 16, section 1: a statement signer's name, role and comment are
//! sealed to the organisers on arrival and never written in the clear
//! before the reveal; nobody, organisers included, gets them before the
//! threshold; the reveal publishes all of them or none, and refuses
//! forged, swapped and partial openings; withdrawal erases a text before
//! and after the reveal.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;
mod hostile_support;

use std::path::Path;

use caucus_core::encoding::from_b64url;
use caucus_core::log::audit::RevealedPersonal;
use caucus_core::{CampaignId, SealedPersonal};
use common::*;
use hostile_support::Target;
use serde_json::{json, Value};

/// Three signers' texts, each with words found nowhere else.
const ADA: [&str; 3] = [
    "Ada Zebrafinch",
    "Forklift Marshal",
    "Cameras over the lockers",
];
const GRACE: [&str; 3] = ["Grace Quokka", "Night Picker", "Keystroke logging hurts"];
const HEDY: [&str; 3] = ["Hedy Marmoset", "Dock Lead", "Screens recorded all day"];

fn body(text: [&str; 3], invite: Option<String>) -> Value {
    let mut body = json!({"name": text[0], "role": text[1], "comment": text[2]});
    if let Some(invite) = invite {
        body["invite"] = json!(invite);
    }
    body
}

fn sign(t: &Target, body: &Value) -> Value {
    let (status, reply) = call(
        agent()
            .post(&t.url(&format!("/api/v1/statements/{}/signatures", t.st)))
            .send_json(body.clone()),
    );
    assert_eq!(status, 201, "{reply}");
    serde_json::from_str(&reply).expect("json")
}

fn withdraw(t: &Target, signed: &Value) {
    let secret = signed["withdrawal_secret"].as_str().expect("secret");
    let (status, reply) = call(
        agent()
            .post(&t.url(&format!("/api/v1/statements/{}/withdrawals", t.st)))
            .send_json(json!({ "withdrawal_secret": secret })),
    );
    assert_eq!(status, 200, "{reply}");
}

/// Every byte of a copy of the data directory, taken now.
fn disk_copy(t: &Target) -> Vec<u8> {
    let copy = tempfile::tempdir().expect("tempdir");
    copy_dir(&t.f.server.data, copy.path());
    all_bytes(copy.path())
}

/// (sealed, opened) text files of statement `id` on disk.
fn text_files(data: &Path, id: &str) -> (usize, usize) {
    let Ok(dir) = std::fs::read_dir(data.join("personal").join(id)) else {
        return (0, 0);
    };
    let names: Vec<String> = dir
        .map(|e| e.expect("entry").file_name().into_string().expect("utf8"))
        .collect();
    let sealed = names.iter().filter(|n| n.ends_with(".sealed")).count();
    (sealed, names.len() - sealed)
}

/// Everything the public sees of the statement, as one string.
fn served(t: &Target) -> String {
    let id = &t.st;
    [
        format!("/api/v1/statements/{id}"),
        format!("/api/v1/statements/{id}/entries?start=0&limit=1000"),
        format!("/st/{id}"),
    ]
    .iter()
    .map(|path| call(agent().get(&t.url(path)).call()).1)
    .collect::<Vec<_>>()
    .join("\n")
}

fn view(t: &Target) -> Value {
    let url = t.url(&format!("/api/v1/statements/{}", t.st));
    serde_json::from_str(&call(agent().get(&url).call()).1).expect("json")
}

fn organiser(t: &Target) -> caucus::client::Client {
    caucus::client::Client::new(t.f.base())
        .and_then(|c| c.with_key(&t.f.key_path))
        .expect("client")
}

fn assert_absent(disk: &[u8], texts: &[[&str; 3]], when: &str) {
    for text in texts {
        for part in text {
            assert!(!contains(disk, part.as_bytes()), "{part:?} on disk {when}");
        }
    }
}

/// A statement that reveals at two invite-backed signatures.
fn two_to_reveal() -> Target {
    let t = Target::new();
    let text = hostile_support::STATEMENT.replace("reveal_at = 1", "reveal_at = 2");
    let st = create_statement(&t.f.server, &t.f.key_path, &text);
    Target { st, ..t }
}

#[test]
fn names_are_sealed_on_disk_and_given_to_nobody_until_the_threshold() {
    let t = two_to_reveal();
    let ada = body(ADA, Some(invites(&t.f.key, &t.st, 1).remove(0)));
    let grace = body(GRACE, None);
    // Positive control: the search finds each text in what was sent.
    for (sent, text) in [(&ada, ADA), (&grace, GRACE)] {
        for part in text {
            assert!(contains(sent.to_string().as_bytes(), part.as_bytes()));
        }
    }
    let ada_signed = sign(&t, &ada);
    let grace_signed = sign(&t, &grace);
    assert_absent(&disk_copy(&t), &[ADA, GRACE], "before the reveal");
    assert_eq!(text_files(&t.f.server.data, &t.st), (2, 0));

    // One invite-backed signature of two: nobody gets the sealed texts,
    // the organisers included.
    let client = organiser(&t);
    let path = format!("/api/v1/admin/statements/{}/sealed-names", t.st);
    let refused = client.signed("GET", &path, "", b"").unwrap_err();
    assert!(
        format!("{refused:#}").contains("names stay sealed until 2"),
        "{refused:#}"
    );
    let reveal_path = format!("/api/v1/admin/statements/{}/reveal", t.st);
    let early = t.admin(&reveal_path, br#"{"size": 4, "openings": []}"#);
    assert_eq!(early.status, 409, "{}", early.body);
    assert!(early.body.contains("reveal_not_due"), "{}", early.body);

    // Withdrawn before the reveal: the sealed text is erased.
    withdraw(&t, &grace_signed);
    assert_eq!(text_files(&t.f.server.data, &t.st), (1, 0));

    // The threshold is reached: the names wait, still sealed.
    let anonymous = json!({"anonymous": true, "invite": invites(&t.f.key, &t.st, 1).remove(0)});
    sign(&t, &anonymous);
    let v = view(&t);
    assert_eq!(
        (v["threshold_reached"].as_bool(), v["revealed"].as_bool()),
        (Some(true), Some(false))
    );
    assert_absent(
        served(&t).as_bytes(),
        &[ADA, GRACE],
        "served before the reveal",
    );
    assert_absent(&disk_copy(&t), &[ADA, GRACE], "at the threshold");
    let page = || call(agent().get(&t.url(&format!("/st/{}", t.st))).call()).1;
    let waiting = "The threshold has been reached:</strong> 2 people have signed";
    assert!(page().contains(waiting), "the page says the names wait");
    assert!(page().contains("waiting for the organisers"));

    let printed = reveal(&t.f.server, &t.f.key_path, &t.st).expect("reveal");
    assert!(printed.contains("published 1 name(s)"), "{printed}");
    let now = served(&t);
    for part in ADA {
        assert!(now.contains(part), "{part} not published");
    }
    assert_absent(now.as_bytes(), &[GRACE], "served after withdrawal");
    assert!(!page().contains(waiting), "still waiting after the reveal");
    // Positive control of the disk search: the published name is there now.
    assert!(contains(&disk_copy(&t), ADA[0].as_bytes()));
    assert_eq!(
        text_files(&t.f.server.data, &t.st),
        (0, 1),
        "sealed copies erased"
    );

    // After the reveal a name appears at once; withdrawal still erases.
    let hedy_signed = sign(&t, &body(HEDY, None));
    assert!(served(&t).contains(HEDY[0]));
    withdraw(&t, &ada_signed);
    withdraw(&t, &hedy_signed);
    assert_absent(&disk_copy(&t), &[ADA, GRACE, HEDY], "after withdrawal");
    assert_eq!(text_files(&t.f.server.data, &t.st), (0, 0));
    let verified = cli(&["verify", &t.st, "--server", t.f.base(), "--json"])
        .map(|out| serde_json::from_str::<Value>(&out).expect("json"))
        .expect("the log still verifies");
    assert_eq!(verified["named"], 0);
}

/// Fetch and open every sealed text as the CLI would, but keep the
/// openings so a test can spoil them.
fn openings(t: &Target) -> (u64, Vec<Value>) {
    let id: CampaignId = t.st.parse().expect("id");
    let path = format!("/api/v1/admin/statements/{}/sealed-names", t.st);
    let page = organiser(t)
        .signed("GET", &path, "", b"")
        .expect("sealed names");
    let mut out = Vec::new();
    for entry in page["sealed"].as_array().expect("list") {
        let commitment = entry["commitment"].as_str().expect("commitment");
        let sealed = SealedPersonal(from_b64url(entry["sealed"].as_str().unwrap()).unwrap());
        let opened: RevealedPersonal = sealed.open(&id, commitment, &t.f.key).expect("opens");
        let mut opening = serde_json::to_value(&opened).expect("json");
        opening["index"] = entry["index"].clone();
        out.push(opening);
    }
    (page["size"].as_u64().expect("size"), out)
}

#[test]
fn forged_swapped_and_partial_openings_publish_nothing() {
    let t = Target::new();
    sign(&t, &body(ADA, Some(invites(&t.f.key, &t.st, 1).remove(0))));
    sign(&t, &body(GRACE, None));
    sign(&t, &body(HEDY, None));
    let (size, good) = openings(&t);
    assert_eq!(good.len(), 3);
    let path = format!("/api/v1/admin/statements/{}/reveal", t.st);
    let post = |size: u64, openings: &[Value]| {
        let body = json!({"size": size, "openings": openings}).to_string();
        t.admin(&path, body.as_bytes())
    };

    let mut forged = good.clone();
    forged[1]["name"] = json!("Someone Else");
    let mut salted = good.clone();
    salted[0]["salt"] = good[1]["salt"].clone();
    let mut swapped = good.clone();
    swapped[0]["index"] = good[2]["index"].clone();
    swapped[2]["index"] = good[0]["index"].clone();
    let mut twice = good.clone();
    twice.push(good[0].clone());
    let mut beyond = good.clone();
    beyond[0]["index"] = json!(size);
    let cases: [(&str, u64, Vec<Value>, u16, &str); 7] = [
        ("forged name", size, forged, 422, "opening_mismatch"),
        (
            "another entry's salt",
            size,
            salted,
            422,
            "opening_mismatch",
        ),
        ("swapped", size, swapped, 422, "opening_mismatch"),
        ("partial", size, good[..2].to_vec(), 409, "openings_missing"),
        ("opened twice", size, twice, 400, "bad_request"),
        ("beyond the size", size, beyond, 400, "bad_request"),
        ("beyond the log", size + 1, good.clone(), 400, "bad_request"),
    ];
    for (what, size, openings, status, code) in cases {
        let reply = post(size, &openings);
        assert_eq!(reply.status, status, "{what}: {}", reply.body);
        assert!(reply.body.contains(code), "{what}: {}", reply.body);
        assert_eq!(view(&t)["revealed"], false, "{what} revealed the names");
        assert_absent(served(&t).as_bytes(), &[ADA, GRACE, HEDY], what);
        assert_eq!(text_files(&t.f.server.data, &t.st), (3, 0), "{what}");
    }
    assert_absent(&disk_copy(&t), &[ADA, GRACE, HEDY], "after refused reveals");

    let reply = post(size, &good);
    assert_eq!(reply.status, 200, "{}", reply.body);
    let reply: Value = serde_json::from_str(&reply.body).expect("json");
    assert_eq!(
        (reply["published"].as_u64(), reply["sealed_left"].as_u64()),
        (Some(3), Some(0))
    );
    let now = served(&t);
    for name in [ADA[0], GRACE[0], HEDY[0]] {
        assert!(now.contains(name), "{name} not published");
    }
    assert_eq!(text_files(&t.f.server.data, &t.st), (0, 3));
    cli(&["verify", &t.st, "--server", t.f.base()])
        .expect("every published name opens its commitment");
}

/// A data directory from a server before sealing kept names in the clear:
/// the next start seals them, and erases a temporary file a crash left.
#[test]
fn names_an_earlier_server_kept_in_the_clear_are_sealed_at_start() {
    let mut t = two_to_reveal();
    sign(&t, &body(ADA, None));
    let (size, opened) = opened_from_disk(&t);
    assert_eq!((size, opened.len()), (3, 1));
    let personal = t.f.server.data.join("personal").join(&t.st);
    let sealed_file = std::fs::read_dir(&personal)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .find(|p| p.extension().is_some_and(|e| e == "sealed"))
        .expect("a sealed text");
    let commitment = sealed_file
        .file_stem()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    t.f.server.restart(&[&t.f.key], |data| {
        // What an earlier server wrote: the text in the clear, named by
        // its commitment; and a temporary file of a write cut short.
        let salt: [u8; 16] =
            caucus_core::encoding::fixed_b64url(opened[0]["salt"].as_str().unwrap()).expect("salt");
        let clear =
            json!({"salt": salt, "text": {"name": ADA[0], "role": ADA[1], "comment": ADA[2]}});
        std::fs::remove_file(&sealed_file).expect("remove");
        std::fs::write(personal.join(&commitment), clear.to_string()).expect("clear text");
        std::fs::write(personal.join(format!("{commitment}.tmp")), ADA[0]).expect("temporary");
        assert!(
            contains(&all_bytes(data), ADA[0].as_bytes()),
            "positive control"
        );
    });
    assert_absent(&disk_copy(&t), &[ADA], "after the start");
    assert_eq!(text_files(&t.f.server.data, &t.st), (1, 0));
    sign(
        &t,
        &json!({"anonymous": true, "invite": invites(&t.f.key, &t.st, 1).remove(0)}),
    );
    sign(
        &t,
        &json!({"anonymous": true, "invite": invites(&t.f.key, &t.st, 1).remove(0)}),
    );
    reveal(&t.f.server, &t.f.key_path, &t.st).expect("reveal");
    assert!(
        served(&t).contains(ADA[2]),
        "the sealed text opens to what was signed"
    );
}

/// The log size, and every sealed text opened from the disk with the
/// organiser key: below the threshold no route gives them, but an
/// organiser with a copy of the disk can open them (threat-model.md).
fn opened_from_disk(t: &Target) -> (u64, Vec<Value>) {
    let id: CampaignId = t.st.parse().expect("id");
    let personal = t.f.server.data.join("personal").join(&t.st);
    let mut out = Vec::new();
    for path in std::fs::read_dir(personal)
        .expect("dir")
        .map(|e| e.expect("entry").path())
    {
        let commitment = path.file_stem().unwrap().to_str().unwrap();
        let sealed = SealedPersonal(std::fs::read(&path).expect("read"));
        let opened = sealed.open(&id, commitment, &t.f.key).expect("opens");
        out.push(serde_json::to_value(&opened).expect("json"));
    }
    (view(t)["counts"]["tree_size"].as_u64().expect("size"), out)
}

/// The openings of every name travel in one request (all or none), so the
/// reveal takes a larger body than other admin requests: 3 MiB reaches its
/// handler (here refused for the threshold), past 16 MiB is refused. Only
/// an organiser's signature over the request's head earns the larger cap:
/// made-up signature headers keep the 2 MiB one.
#[test]
fn a_reveal_takes_a_larger_body_than_other_admin_requests() {
    let t = two_to_reveal();
    let big = vec![b' '; 3 * 1024 * 1024];
    let reveal = format!("/api/v1/admin/statements/{}/reveal", t.st);
    let strike = format!("/api/v1/admin/statements/{}/strikes", t.st);
    assert_eq!(t.admin(&strike, &big).status, 413);
    let reply = t.admin(&reveal, &big);
    assert_eq!(reply.status, 409, "{}", reply.body);
    assert!(reply.body.contains("reveal_not_due"), "{}", reply.body);
    let huge = vec![b' '; 16 * 1024 * 1024 + 1];
    assert_eq!(t.admin(&reveal, &huge).status, 413);
    let (status, body) = call(
        agent()
            .post(&t.url(&reveal))
            .set("Content-Digest", "sha-256=:AAAA:")
            .set("Signature-Input", "sig1=(\"@method\");created=1")
            .set("Signature", "sig1=:AAAA:")
            .send_bytes(&big),
    );
    assert_eq!(status, 413, "{body}");
}
