//! What `caucus verify` trusts, and what a signer need not trust the
//! server with (issue 16, section 2): the statement text shown must hash
//! to the `text-sha256` the organiser signed; and a signer using the API
//! may keep the withdrawal secret to themselves, sending only its hash.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use caucus_core::encoding::hex;
use caucus_core::log::entry::withdrawal_hash;
use caucus_core::CampaignId;
use caucus_server::store::statements::{key, RECORD};
use common::*;
use serde_json::{json, Value};

const STATEMENT: &str = "title = \"Monitoring\"\nbody = \"We ask for limits.\"\nanonymous = true\n";

fn verify(f: &Fixture, id: &str) -> anyhow::Result<String> {
    let state = f.dir.path().join("verify-state");
    cli(&[
        "verify",
        id,
        "--server",
        f.base(),
        "--state",
        state.to_str().unwrap(),
    ])
}

fn sign(f: &Fixture, id: &str, body: Value) -> (u16, Value) {
    let (status, text) = call(
        agent()
            .post(&format!("{}/api/v1/statements/{id}/signatures", f.base()))
            .send_json(body),
    );
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

fn tree_size(f: &Fixture, id: &str) -> u64 {
    let (_, text) = call(
        agent()
            .get(&format!("{}/api/v1/statements/{id}", f.base()))
            .call(),
    );
    let view: Value = serde_json::from_str(&text).unwrap();
    view["counts"]["tree_size"].as_u64().unwrap()
}

#[test]
fn a_signer_may_keep_the_withdrawal_secret_to_themselves() {
    let f = Fixture::new();
    let id = create_statement(&f.server, &f.key_path, STATEMENT);
    let secret = [42u8; 32];
    let hash = withdrawal_hash(&secret);
    let invite = invites(&f.key, &id, 1).remove(0);
    let (status, body) = sign(
        &f,
        &id,
        json!({"anonymous": true, "invite": invite, "withdrawal_sha256": hash}),
    );
    assert_eq!(status, 201, "{body}");
    assert_eq!(
        body["withdrawal_secret"],
        Value::Null,
        "the server never had it"
    );
    let entry =
        caucus_core::encoding::from_b64url(body["receipt"]["entry"].as_str().unwrap()).unwrap();
    assert!(String::from_utf8(entry)
        .unwrap()
        .contains(&format!("withdrawal-sha256 {hash}\n")));

    // A hash already in use, or not a hash: refused, nothing appended.
    let size = tree_size(&f, &id);
    let another = invites(&f.key, &id, 1).remove(0);
    let (status, body) = sign(
        &f,
        &id,
        json!({"anonymous": true, "invite": another, "withdrawal_sha256": hash}),
    );
    assert_eq!(
        (status, body["error"].clone()),
        (409, json!("withdrawal_hash_taken"))
    );
    for bad in ["abc", &hash.to_uppercase(), &"g".repeat(64)] {
        let (status, _) = sign(
            &f,
            &id,
            json!({"anonymous": true, "invite": another, "withdrawal_sha256": bad}),
        );
        assert_eq!(status, 400, "{bad}");
    }
    assert_eq!(tree_size(&f, &id), size);
    // The invite those refusals carried still works.
    let (status, body) = sign(&f, &id, json!({"anonymous": true, "invite": another}));
    assert_eq!(status, 201, "{body}");
    assert_eq!(
        body["withdrawal_secret"].as_str().map(str::len),
        Some(64),
        "made by the server"
    );

    // Only the secret the signer kept withdraws.
    let (status, _) = call(
        agent()
            .post(&format!("{}/api/v1/statements/{id}/withdrawals", f.base()))
            .send_json(json!({"withdrawal_secret": hex(&secret)})),
    );
    assert_eq!(status, 200);
    let printed = verify(&f, &id).expect("verify");
    assert!(
        printed.contains("withdrawn:                            1"),
        "{printed}"
    );
}

#[test]
fn verify_refuses_a_text_other_than_the_one_the_organiser_signed() {
    let f = Fixture::new();
    let id = create_statement(&f.server, &f.key_path, STATEMENT);
    let printed = verify(&f, &id).expect("verify");
    assert!(
        printed.contains("the text shown (\"Monitoring\") is the one the organiser signed"),
        "{printed}"
    );

    // The host changes the words on the page, not the signed header.
    let data = f.server.data.clone();
    // Stop the server but keep its directory (and the organiser key).
    let Fixture {
        server,
        key: organiser,
        dir,
        ..
    } = f;
    server.kill();
    let sled_dir = data.join("sled");
    let segment = caucus_server::store::segment_size(&sled_dir).unwrap();
    let db = sled::Config::new()
        .path(&sled_dir)
        .segment_size(segment)
        .open()
        .unwrap();
    let tree = db.open_tree("statement_data").unwrap();
    let campaign: CampaignId = id.parse().unwrap();
    let record_key = key(RECORD, &campaign, &[]);
    let mut record: Value =
        serde_json::from_slice(&tree.get(&record_key).unwrap().unwrap()).unwrap();
    record["statement"]["body"] = json!("We ask for nothing.");
    tree.insert(&record_key, serde_json::to_vec(&record).unwrap())
        .unwrap();
    db.flush().unwrap();
    drop(tree);
    drop(db);
    let server = Server::start(&data, &[&organiser]);
    let state = data.with_extension("state");
    let refused = cli(&[
        "verify",
        &id,
        "--server",
        &server.base,
        "--state",
        state.to_str().unwrap(),
    ])
    .expect_err("another text");
    assert!(
        format!("{refused:#}").contains("not the ones signed"),
        "{refused:#}"
    );
    drop(server);
    drop(dir);
}

/// The organiser names the server in the signed header; `verify` checks
/// the log's signer against it, so a host that swaps in another key (and
/// re-signs the log with it) is caught even by a first-time verifier.
#[test]
fn verify_checks_the_server_key_against_the_signed_header() {
    let f = Fixture::new();
    let id = create_statement(&f.server, &f.key_path, STATEMENT);
    let printed = verify(&f, &id).expect("verify");
    assert!(
        printed.contains("server key checked against the one the organiser signed into the header"),
        "{printed}"
    );
    // The header of a statement for another server is refused.
    let other = caucus_core::ServerKey::generate(&mut rand::rngs::OsRng);
    let statement = caucus_core::statement::Statement::from_toml(STATEMENT).unwrap();
    let campaign = CampaignId::random(&mut rand::rngs::OsRng);
    let header = caucus_core::log::entry::Header::new(campaign, &statement, f.key.public())
        .with_server_key(&other.public())
        .signed_bytes(&f.key);
    let client = caucus::client::Client::new(f.base())
        .unwrap()
        .with_key(&f.key_path)
        .unwrap();
    let refused = client
        .create_statement(STATEMENT, &String::from_utf8(header).unwrap())
        .expect_err("another server's key");
    assert!(
        format!("{refused:#}").contains("another server"),
        "{refused:#}"
    );

    // A copy of the data directory served with a new server key, which
    // signs the log's next checkpoint.
    let copy = f.dir.path().join("copy");
    copy_dir(&f.server.data, &copy);
    std::fs::remove_file(copy.join("server.key")).unwrap();
    let swapped = Server::start(&copy, &[&f.key]);
    let invite = invites(&f.key, &id, 1).remove(0);
    let (status, _) = call(
        agent()
            .post(&format!(
                "{}/api/v1/statements/{id}/signatures",
                swapped.base
            ))
            .send_json(json!({"anonymous": true, "invite": invite})),
    );
    assert_eq!(status, 201);
    let fresh_state = f.dir.path().join("fresh-state");
    let refused = cli(&[
        "verify",
        &id,
        "--server",
        &swapped.base,
        "--state",
        fresh_state.to_str().unwrap(),
    ])
    .expect_err("another server key");
    assert!(
        format!("{refused:#}").contains("not the server the organisers chose"),
        "{refused:#}"
    );
}

/// The server keeps withdrawal hashes in memory by their first eight
/// bytes, which anyone can match since a signer may send any hash. Hashes
/// that share them still name their own signature, before and after a
/// restart (when the index is read back from the log), and only a hash
/// actually used is refused.
#[test]
fn withdrawal_hashes_sharing_their_first_bytes_stay_apart_across_a_restart() {
    let mut f = Fixture::new();
    let id = create_statement(&f.server, &f.key_path, STATEMENT);
    let mut spare = invites(&f.key, &id, 6);
    let (a, d) = ([9u8; 32], [7u8; 32]);
    let (hash_a, hash_d) = (withdrawal_hash(&a), withdrawal_hash(&d));
    let like = |hash: &str, fill: &str| format!("{}{}", &hash[..16], fill.repeat(48));
    // A's hash first, then one sharing its prefix; then a forged one
    // first, and D's real hash sharing its prefix after it.
    let used = [
        hash_a.clone(),
        like(&hash_a, "f"),
        like(&hash_d, "0"),
        hash_d.clone(),
    ];
    let sign_with = |f: &Fixture, invite: &str, hash: &str| {
        sign(
            f,
            &id,
            json!({"anonymous": true, "invite": invite, "withdrawal_sha256": hash}),
        )
    };
    for hash in &used {
        let (status, body) = sign_with(&f, &spare.pop().unwrap(), hash);
        assert_eq!(status, 201, "{hash}: {body}");
    }
    let invite = spare.pop().unwrap();
    let refused_again = |f: &Fixture| {
        for hash in &used {
            let (status, body) = sign_with(f, &invite, hash);
            assert_eq!(
                (status, body["error"].clone()),
                (409, json!("withdrawal_hash_taken")),
                "{hash}"
            );
        }
    };
    refused_again(&f);
    let withdraw = |f: &Fixture, secret: &[u8; 32]| {
        call(
            agent()
                .post(&format!("{}/api/v1/statements/{id}/withdrawals", f.base()))
                .send_json(json!({"withdrawal_secret": hex(secret)})),
        )
        .0
    };
    assert_eq!(withdraw(&f, &d), 200);
    // `verify` checks that each withdrawal's secret hashes to the hash of
    // the signature it ends: D's, not the forged one before it.
    verify(&f, &id).expect("verify");

    f.server.restart(&[&f.key], |_| {});
    refused_again(&f);
    assert_eq!(withdraw(&f, &d), 409, "withdrawn before the restart");
    assert_eq!(withdraw(&f, &a), 200);
    assert_eq!(withdraw(&f, &a), 409);
    let printed = verify(&f, &id).expect("verify");
    assert!(
        printed.contains("withdrawn:                            2"),
        "{printed}"
    );
    // A hash that only shares a prefix with used ones is free, and the
    // invite the refusals carried still signs.
    let (status, body) = sign_with(&f, &invite, &like(&hash_a, "1"));
    assert_eq!(status, 201, "{body}");
}

/// Spent invites are kept in a pool and groups drawn from it
/// (`store::spends`): every one stays spent across a restart, when they
/// are read back, and an unused invite still signs.
#[test]
fn invites_spent_in_merged_groups_stay_spent_across_a_restart() {
    let mut f = Fixture::new();
    let id = create_statement(&f.server, &f.key_path, STATEMENT);
    let mut codes = invites(&f.key, &id, 21);
    let unused = codes.pop().unwrap();
    let sign_with = |f: &Fixture, invite: &str, n: u8| {
        sign(
            f,
            &id,
            json!({"anonymous": true, "invite": invite,
                   "withdrawal_sha256": withdrawal_hash(&[n; 32])}),
        )
    };
    // One at a time: a batch each, each rewriting the pool.
    for (n, invite) in (0..).zip(&codes) {
        let (status, body) = sign_with(&f, invite, n);
        assert_eq!(status, 201, "{body}");
    }
    let spent_again = |f: &Fixture| {
        for (n, invite) in (100..).zip(&codes) {
            let (status, body) = sign_with(f, invite, n);
            assert_eq!(
                (status, body["error"].clone()),
                (409, json!("invite_spent"))
            );
        }
    };
    spent_again(&f);
    f.server.restart(&[&f.key], |_| {});
    spent_again(&f);
    let (status, body) = sign_with(&f, &unused, 200);
    assert_eq!(status, 201, "{body}");
}
