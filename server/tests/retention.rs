//! Retention and backups on the real binary: when a campaign's retention
//! period ends its sealed responses, spent invites and key are destroyed
//! (and copies made before can no longer be opened), while published
//! results and statement logs stay; `caucus-server backup` takes a
//! consistent snapshot while submissions arrive, and `restore` loads it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use caucus_core::encoding::hex;
use caucus_core::{CampaignId, Invite, Receipt, SealedResponse};
use caucus_server::store::campaign_keys::CampaignKeys;
use caucus_server::store::Store;
use common::*;
use serde_json::{json, Value};

const DAY_ONE: &str = "2030-01-10";
const STATEMENT: &str = "title = \"t\"\nbody = \"b\"\nnamed = true\ncloses = \"2030-01-10\"\nretention_days = 1\ninvite_required_for_named = true\n";

fn remote_args<'a>(server: &'a Server, key_path: &'a Path) -> [&'a str; 4] {
    [
        "--server",
        server.base.as_str(),
        "--key",
        key_path.to_str().expect("utf8"),
    ]
}

fn status(server: &Server, key_path: &Path, id: &str) -> Value {
    let client = caucus::client::Client::new(&server.base)
        .expect("client")
        .with_key(key_path)
        .expect("key");
    client.status(id).expect("status")
}

/// Every wrapped response value and spend record in a data directory.
fn stored_ballots(data: &Path) -> (Vec<Vec<u8>>, usize) {
    let store = Store::open(data).expect("store");
    let (spent, responses) = store.ballot_counts().expect("counts");
    let values = store.stored_responses().expect("values");
    assert_eq!(values.len() as u64, responses);
    (values, spent as usize)
}

#[test]
fn retention_destroys_responses_spent_invites_and_keys_but_keeps_published_results() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let key = key();
    let key_path = key_file(dir.path(), &key);
    let day_one = [("CAUCUS_TEST_TODAY", DAY_ONE)];
    let server = Server::start_with(&data, &[&key], &day_one);
    let text = SURVEY.replace("retention_days = 90", "retention_days = 1");
    assert_ne!(text, SURVEY);
    let id = create_survey(&server, &key_path, &text);
    for (i, invite) in invites(&key, &id, 6).iter().enumerate() {
        let (code, _) = submit(
            &server.base,
            &id,
            invite,
            &answers("Operations", 4, &format!("kept {i}")),
        );
        assert_eq!(code, 201);
    }
    let remote = remote_args(&server, &key_path);
    // Short codes registered (their hashes are stored until retention).
    cli(&[&["invites", &id, "--count", "3"][..], &remote[..]].concat()).expect("short codes");
    cli(&[&["close", &id][..], &remote[..]].concat()).expect("close");
    cli(&[&["tally", &id, "--format", "json"][..], &remote[..]].concat()).expect("export");
    cli(&[&["publish", &id][..], &remote[..]].concat()).expect("publish");
    // A statement that closes on day one, with named and anonymous signers.
    let statement = create_statement(&server, &key_path, STATEMENT);
    for (i, invite) in invites(&key, &statement, 3).iter().enumerate() {
        let body = if i == 0 {
            json!({"invite": invite, "name": "Ada Example"})
        } else {
            json!({"anonymous": true, "invite": invite})
        };
        let (code, _) = call(
            agent()
                .post(&format!(
                    "{}/api/v1/statements/{statement}/signatures",
                    server.base
                ))
                .send_json(body),
        );
        assert_eq!(code, 201);
    }
    cli(&[&["invites", &statement, "--count", "2"][..], &remote[..]].concat())
        .expect("short codes");
    cli(&[&["statement", "reveal", &statement][..], &remote[..]].concat()).expect("reveal");
    let results_before = call(
        agent()
            .get(&format!("{}/api/v1/surveys/{id}/results", server.base))
            .call(),
    );
    assert_eq!(results_before.0, 200);
    server.kill();

    // What a copy of the disk made before the deadline holds, and that it
    // opens under the campaign key it also holds.
    let seized = dir.path().join("seized");
    copy_dir(&data, &seized);
    assert!(seized.join("responses").join(format!("{id}.box")).exists());
    let (wrapped, spent) = stored_ballots(&seized);
    assert_eq!((wrapped.len(), spent), (6, 6));
    let survey_id: CampaignId = id.parse().unwrap();
    let old_keys = CampaignKeys::new(&seized);
    for value in &wrapped {
        let sealed = old_keys
            .unwrap(&survey_id, value)
            .expect("opens before retention");
        assert!(sealed.starts_with(b"CSR1"), "a sealed response inside");
    }

    // Two days later the sweep at start-up shreds both campaigns.
    let later = [("CAUCUS_TEST_TODAY", "2030-01-12")];
    let server = Server::start_with(&data, &[&key], &later);
    let remote = remote_args(&server, &key_path);
    let mut shredded = Value::Null;
    // The sweep runs beside start-up: wait (bounded) until it has shredded
    // both campaigns, which ends with their key files gone.
    let key_files = [&id, &statement].map(|c| data.join("keys").join(format!("{c}.key")));
    for _ in 0..400 {
        shredded = status(&server, &key_path, &id)["shredded_on"].clone();
        if !shredded.is_null() && key_files.iter().all(|f| !f.exists()) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(shredded, json!("2030-01-12"), "the sweep ran at start");
    assert!(key_files.iter().all(|f| !f.exists()), "both keys destroyed");
    // The shred itself removes the response file (before the key), not
    // only the next start's clean-up.
    assert!(
        !data.join("responses").join(format!("{id}.box")).exists(),
        "the survey's response file outlived its retention"
    );
    let refused = cli(&[&["tally", &id][..], &remote[..]].concat()).expect_err("nothing to tally");
    assert!(format!("{refused:#}").contains("retention"), "{refused:#}");
    let reopen = cli(&[&["reopen", &id][..], &remote[..]].concat()).expect_err("no reopen");
    assert!(format!("{reopen:#}").contains("retention"), "{reopen:#}");
    let results_after = call(
        agent()
            .get(&format!("{}/api/v1/surveys/{id}/results", server.base))
            .call(),
    );
    assert_eq!(results_after, results_before, "published results stay");
    let verified = cli(&[
        "verify",
        &statement,
        "--server",
        &server.base,
        "--state",
        dir.path().join("st").to_str().unwrap(),
        "--json",
    ])
    .expect("the statement log still verifies");
    let verified: Value = serde_json::from_str(&verified).unwrap();
    // The header, the ticket key and three signatures.
    assert_eq!(verified["tree_size"], json!(5));
    // An old invite link is told the campaign is over, not a server error:
    // the survey is gone (410); the statement stays readable, says signing
    // has closed and offers no form (its code is not even looked at).
    let url = format!(
        "{}/s/{id}?invite={}",
        server.base,
        invites(&key, &id, 1).remove(0)
    );
    assert_eq!(call(agent().get(&url).call()).0, 410);
    let url = format!(
        "{}/st/{statement}?invite={}",
        server.base,
        invites(&key, &statement, 1).remove(0)
    );
    let (status, page) = call(agent().get(&url).call());
    assert_eq!(status, 200);
    assert!(page.contains("Signing has closed"), "{page}");
    assert!(!page.contains("<form method=\"post\""), "{page}");
    let page = call(
        agent()
            .get(&format!("{}/st/{statement}", server.base))
            .call(),
    )
    .1;
    assert!(page.contains("Ada Example"), "revealed names stay");
    server.kill();

    let store = Store::open(&data).expect("store");
    assert_eq!(
        store.ballot_counts().unwrap(),
        (0, 0),
        "responses and spent invites deleted"
    );
    assert_eq!(store.response_count(&survey_id).unwrap(), 0);
    assert_eq!(store.miscounted_surveys().unwrap(), vec![]);
    let statement_id: CampaignId = statement.parse().unwrap();
    assert_eq!(store.statement_invites_spent(&statement_id).unwrap(), 0);
    for release in store.releases(&survey_id).unwrap() {
        assert!(release.sealed.is_none(), "export bodies deleted");
    }
    for campaign in [&survey_id, &statement_id] {
        assert!(!store.keys.exists(campaign), "campaign key destroyed");
        assert_eq!(
            store.short_invite_hashes(campaign).unwrap(),
            0,
            "short-code hashes deleted"
        );
    }
    drop(store);
    // Crypto-shredding: the copies made earlier no longer open, even with
    // everything now on the server's disk.
    let keys_now = CampaignKeys::new(&data);
    for value in &wrapped {
        assert!(keys_now.unwrap(&survey_id, value).is_err());
    }
    // And spend records cannot be tested against the invite list any more.
    let invite = Invite::parse(&invites(&key, &id, 1)[0]).unwrap();
    assert!(old_keys
        .spend_record(&survey_id, &invite.spend_tag(&survey_id))
        .is_ok());
    assert!(keys_now
        .spend_record(&survey_id, &invite.spend_tag(&survey_id))
        .is_err());

    // A crash between the durable shred and the key's destruction leaves
    // a shredded survey with its key file: the next start destroys it.
    let key_name = format!("{id}.key");
    std::fs::copy(
        seized.join("keys").join(&key_name),
        data.join("keys").join(&key_name),
    )
    .expect("put the key back");
    let server = Server::start_with(&data, &[&key], &later);
    let left = data.join("keys").join(&key_name);
    for _ in 0..400 {
        if !left.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(
        !left.exists(),
        "a key left by an interrupted shred is destroyed at start"
    );
    server.kill();
}

/// The free-text answer of every response the backup test sends.
const BACKUP_NOTE: &str = "pelican backup note";

/// `caucus-server backup DIR` or `restore DIR`, on the data directory.
fn operator(command: &str, dir: &Path, data: &Path) -> std::process::Output {
    operator_with(command, dir, data, &[])
}

fn operator_with(command: &str, dir: &Path, data: &Path, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_caucus-server"))
        .arg(command)
        .arg(dir)
        .arg("--data")
        .arg(data)
        .args(extra)
        .env_remove("CAUCUS_ORGANISER")
        .output()
        .expect("run caucus-server")
}

#[test]
fn a_backup_taken_under_load_restores_a_consistent_store() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let key = key();
    let key_path = key_file(dir.path(), &key);
    let server = Server::start(&data, &[&key]);
    let id = create_survey(&server, &key_path, SURVEY);
    let pool = Arc::new(Mutex::new(invites(&key, &id, 3000)));
    let acked: Arc<Mutex<Vec<Receipt>>> = Arc::default();
    let spent: Arc<Mutex<Vec<String>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..8)
        .map(|_| {
            let (base, id, pool, acked, spent, stop) = (
                server.base.clone(),
                id.clone(),
                pool.clone(),
                acked.clone(),
                spent.clone(),
                stop.clone(),
            );
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let Some(invite) = pool.lock().unwrap().pop() else {
                        return;
                    };
                    let (code, body) =
                        submit(&base, &id, &invite, &answers("Operations", 3, BACKUP_NOTE));
                    assert_eq!(code, 201, "{body}");
                    spent.lock().unwrap().push(invite);
                    acked
                        .lock()
                        .unwrap()
                        .push(serde_json::from_value(body["receipt"].clone()).unwrap());
                }
            })
        })
        .collect();
    while acked.lock().unwrap().len() < 100 {
        std::thread::yield_now();
    }
    let before: Vec<Receipt> = acked.lock().unwrap().clone();
    let snapshot = dir.path().join("snapshot");
    let out = operator("backup", &snapshot, &data);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("backup written"));
    let during = acked.lock().unwrap().len();
    stop.store(true, Ordering::Relaxed);
    for w in writers {
        w.join().unwrap();
    }
    let total = acked.lock().unwrap().len();
    eprintln!(
        "acked before the backup: {}, when it returned: {during}, in all: {total}",
        before.len()
    );
    assert!(total > during, "submissions went on after the backup");
    server.kill();

    // A snapshot is a copy of the data directory, and keeps its promises:
    // no answer in plaintext (3), nothing of an invite or a client (1).
    let disk = all_bytes(&snapshot);
    assert_sealed(&disk, BACKUP_NOTE);
    assert_unlinkable(&disk, spent.lock().unwrap().iter());
    // Every answer and spend record is wrapped under a campaign key, and
    // the snapshot holds those keys (and the server's) only sealed to the
    // organisers: the copy alone opens no answer and tests no invite.
    // The file holds the campaign key, then the wrapping key.
    let campaign_key = std::fs::read(data.join("keys").join(format!("{id}.key"))).unwrap();
    assert_eq!(campaign_key.len(), 64);
    for key in campaign_key.chunks(32) {
        assert!(!contains(&disk, key), "a campaign key in the clear");
    }
    let server_key = std::fs::read(data.join("server.key")).unwrap();
    assert!(!contains(&disk, &server_key), "the server key in the clear");
    assert!(snapshot
        .join("keys")
        .join(format!("{id}.key.sealed"))
        .exists());
    assert!(!snapshot.join("keys").join(format!("{id}.key")).exists());
    assert!(!snapshot.join("server.key").exists());

    // A damaged snapshot is refused and writes nothing.
    let damaged = dir.path().join("damaged");
    copy_dir(&snapshot, &damaged);
    let damaged_key = std::fs::read_dir(damaged.join("keys"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut bytes = std::fs::read(&damaged_key).unwrap();
    bytes[0] ^= 1;
    std::fs::write(&damaged_key, bytes).unwrap();
    let refused_into = dir.path().join("refused");
    let out = operator("restore", &damaged, &refused_into);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("manifest"));
    assert!(
        !refused_into.exists(),
        "nothing restored from a damaged snapshot"
    );
    // A non-empty target is refused too.
    let key_arg = ["--key", key_path.to_str().unwrap()];
    let out = operator_with("restore", &snapshot, &data, &key_arg);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not empty"));
    // Without an organiser key, or with another one, nothing is restored.
    let refused_into = dir.path().join("no-key");
    let out = operator("restore", &snapshot, &refused_into);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("restore with an organiser key"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stranger = key_file(
        dir.path(),
        &caucus_core::OrganiserKey::generate(&mut rand::rngs::OsRng),
    );
    let out = operator_with(
        "restore",
        &snapshot,
        &refused_into,
        &["--key", stranger.to_str().unwrap()],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot open"));
    assert!(!refused_into.exists(), "nothing restored without the key");

    let restored = dir.path().join("restored");
    let out = operator_with("restore", &snapshot, &restored, &key_arg);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let store = Store::open(&restored).expect("store");
    let (spent, responses) = store.ballot_counts().unwrap();
    assert_eq!(store.miscounted_surveys().unwrap(), vec![]);
    drop(store);
    assert_eq!(
        spent, responses,
        "a consistent cut: every spent invite has its response"
    );
    assert!(responses as usize >= before.len() && responses as usize <= total);
    let server = Server::start(&restored, &[&key]);
    let remote = remote_args(&server, &key_path);
    // Short codes registered (their hashes are stored until retention).
    cli(&[&["invites", &id, "--count", "3"][..], &remote[..]].concat()).expect("short codes");
    cli(&[&["close", &id][..], &remote[..]].concat()).expect("close");
    let client = caucus::client::Client::new(&server.base)
        .unwrap()
        .with_key(&key_path)
        .unwrap();
    let mut stored = HashSet::new();
    client
        .for_each_sealed(&id.parse().unwrap(), |bytes| {
            stored.insert(hex(&SealedResponse(bytes).digest()));
        })
        .expect("download the restored box");
    for receipt in &before {
        assert!(
            stored.contains(&receipt.sealed_sha256),
            "a response acknowledged before the backup is missing"
        );
    }
    assert_eq!(
        std::fs::read(restored.join("server.key")).unwrap(),
        std::fs::read(data.join("server.key")).unwrap(),
        "the restored server signs receipts with the same key"
    );
    server.kill();

    // With no server running, backup opens the store itself, and seals to
    // the organiser keys it is given (none: refused, nothing written).
    let offline = dir.path().join("offline");
    let out = operator("backup", &offline, &restored);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--organiser"));
    assert!(!offline.exists());
    let public = key.public().to_string();
    let out = operator_with("backup", &offline, &restored, &["--organiser", &public]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let again = dir.path().join("restored-again");
    let out = operator_with("restore", &offline, &again, &key_arg);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The same key file as the store backed up (whose close replaced the
    // wrapping key the first backup held; the campaign key stays).
    let restored_key = std::fs::read(restored.join("keys").join(format!("{id}.key"))).unwrap();
    assert_eq!(restored_key[..32], campaign_key[..32]);
    assert_eq!(
        std::fs::read(again.join("keys").join(format!("{id}.key"))).unwrap(),
        restored_key
    );
}

/// A statement create naming a campaign that exists (a retried create, or
/// a survey's id) is refused and leaves that campaign's key alone: a new
/// key would orphan its spend records and sealed responses.
#[test]
fn a_create_naming_an_existing_campaign_changes_no_key() {
    use caucus_core::log::entry::Header;
    use caucus_core::statement::Statement;
    let f = Fixture::new();
    let client = caucus::client::Client::new(f.base())
        .unwrap()
        .with_key(&f.key_path)
        .unwrap();
    let text = "title = \"t\"\nbody = \"b\"\n";
    let statement = Statement::from_toml(text).unwrap();
    let keys_dir = f.server.data.join("keys");
    let survey: CampaignId = f.id.parse().unwrap();
    let fresh = CampaignId::random(&mut rand::rngs::OsRng);
    for id in [fresh, fresh, survey] {
        let header = Header::new(id, &statement, f.key.public()).signed_bytes(&f.key);
        let before = std::fs::read(keys_dir.join(format!("{id}.key"))).ok();
        let result = client.create_statement(text, &String::from_utf8(header).unwrap());
        let after = std::fs::read(keys_dir.join(format!("{id}.key"))).ok();
        match before {
            None => assert!(
                result.is_ok() && after.is_some(),
                "a new statement gets a key"
            ),
            Some(key) => {
                let err = result.expect_err("an id in use is refused");
                assert!(format!("{err:#}").contains("exists"), "{err:#}");
                assert_eq!(after, Some(key), "the existing key is untouched");
            }
        }
    }
    // The survey still takes answers under its own key.
    let code = f.invites(1).remove(0);
    assert_eq!(
        submit(f.base(), &f.id, &code, &answers("Operations", 3, "")).0,
        201
    );
}
