//! kill -9 under load: every acknowledged receipt is in the ballot box
//! after a restart, and no invite is burned without its response.
//!
//! What this cannot show: a SIGKILL leaves the kernel's page cache intact,
//! so a missing fsync would go unnoticed here. The commit thread's fsync
//! of sled's data file after every batch is what covers power loss; see
//! docs/threat-model.md.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use caucus_core::encoding::hex;
use caucus_core::Receipt;
use caucus_server::store::Store;
use common::*;
use rand::Rng;
use serde_json::{json, Value};

const ROUNDS: usize = 4;
const WRITERS: usize = 16;

/// What a crash run saw: receipts the server gave, digests found after.
struct CrashRun {
    acked: Vec<Receipt>,
    stored: HashSet<String>,
    spent: u64,
    responses: u64,
}

impl CrashRun {
    fn lost(&self) -> usize {
        self.acked
            .iter()
            .filter(|r| !self.stored.contains(&r.sealed_sha256))
            .count()
    }
}

/// Submit from many connections, SIGKILL the server at random moments,
/// restart it, and finally read back what the ballot box holds.
fn crash_run(env: &[(&str, &str)]) -> CrashRun {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let key = key();
    let key_path = key_file(dir.path(), &key);
    let mut server = Server::start_with(&data, &[&key], env);
    let id = create_survey(&server, &key_path, SURVEY);
    let pool = Arc::new(Mutex::new(invites(&key, &id, 6000)));
    let acked: Arc<Mutex<Vec<Receipt>>> = Arc::new(Mutex::new(Vec::new()));
    for round in 0..ROUNDS {
        let stop = Arc::new(AtomicBool::new(false));
        let count = Arc::new(AtomicUsize::new(0));
        let writers: Vec<_> = (0..WRITERS)
            .map(|w| {
                let (base, id, pool, acked, stop, count) = (
                    server.base.clone(),
                    id.clone(),
                    pool.clone(),
                    acked.clone(),
                    stop.clone(),
                    count.clone(),
                );
                std::thread::spawn(move || {
                    while !stop.load(Ordering::Relaxed) {
                        let Some(invite) = pool.lock().expect("pool").pop() else {
                            return;
                        };
                        let (status, body) = submit(
                            &base,
                            &id,
                            &invite,
                            &answers("Operations", 1 + (w as i64 % 5), "crash"),
                        );
                        match status {
                            201 => {
                                let receipt = serde_json::from_value(body["receipt"].clone())
                                    .expect("receipt");
                                acked.lock().expect("acked").push(receipt);
                                count.fetch_add(1, Ordering::Relaxed);
                            }
                            0 => return, // the server is gone
                            other => panic!("unexpected status {other}: {body}"),
                        }
                    }
                })
            })
            .collect();
        // Kill at a random point in the stream, after a random number of acks.
        let target = rand::thread_rng().gen_range(40..160);
        while count.load(Ordering::Relaxed) < target {
            std::thread::yield_now();
        }
        let pid = server.pid();
        server.kill();
        stop.store(true, Ordering::Relaxed);
        for w in writers {
            w.join().expect("writer");
        }
        eprintln!(
            "round {round}: killed pid {pid} after {} acks",
            count.load(Ordering::Relaxed)
        );
        server = Server::start_with(&data, &[&key], env);
    }

    let remote = [
        "--server",
        server.base.as_str(),
        "--key",
        key_path.to_str().expect("utf8"),
    ];
    cli(&[&["close", &id][..], &remote[..]].concat()).expect("close");
    let client = caucus::client::Client::new(&server.base)
        .expect("client")
        .with_key(&key_path)
        .expect("key");
    let mut stored = HashSet::new();
    client
        .for_each_sealed(&id.parse().expect("id"), |bytes| {
            stored.insert(hex(&caucus_core::SealedResponse(bytes).digest()));
        })
        .expect("download");
    server.kill();
    let store = Store::open(&data).expect("store");
    let (spent, responses) = store.ballot_counts().expect("counts");
    let acked = acked.lock().expect("acked").clone();
    CrashRun {
        acked,
        stored,
        spent,
        responses,
    }
}

#[test]
fn acknowledged_submissions_survive_sigkill() {
    let run = crash_run(&[]);
    assert!(run.acked.len() >= ROUNDS * 40);
    let mut server_keys = HashSet::new();
    for receipt in &run.acked {
        assert!(receipt.verify(None), "receipt signature");
        server_keys.insert(receipt.server_key.clone());
    }
    assert_eq!(run.lost(), 0, "acknowledged responses lost after kill -9");
    assert_eq!(server_keys.len(), 1, "the server key survives restarts");
    // Burned invites and stored responses come in pairs, always.
    assert_eq!(
        run.spent, run.responses,
        "an invite burned without its response (or the reverse)"
    );
    assert_eq!(run.responses, run.stored.len() as u64);
}

/// Negative control: with flush and fsync switched off (a test-only
/// setting), the same harness sees acknowledged responses vanish. This is
/// what shows the test above can fail.
#[test]
fn the_harness_catches_losses_when_durability_is_off() {
    // Without a flush, only sled's in-memory tail is lost at each kill (what
    // it already wrote sits in the page cache), so a run loses a handful;
    // allow three independent runs before calling the harness blind.
    let mut attempts = Vec::new();
    for _ in 0..3 {
        let run = crash_run(&[("CAUCUS_TEST_UNSAFE_NO_FSYNC", "1")]);
        attempts.push((run.lost(), run.acked.len()));
        if run.lost() > 0 {
            break;
        }
    }
    eprintln!("negative control runs (lost, acknowledged): {attempts:?}");
    assert!(
        attempts.iter().any(|(lost, _)| *lost > 0),
        "three runs without durability lost nothing: the harness would miss a real bug"
    );
}

/// The same for statement signatures: after kill -9 at random moments,
/// every acknowledged signature is in the log at the index its receipt
/// names, the log still verifies, and no invite was spent without its entry.
#[test]
fn acknowledged_signatures_survive_sigkill() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let key = key();
    let key_path = key_file(dir.path(), &key);
    let mut server = Server::start(&data, &[&key]);
    let file = dir.path().join("statement.toml");
    std::fs::write(&file, "title = \"t\"\nbody = \"b\"\nnamed = false\n").expect("write");
    let remote = [
        "--server",
        server.base.as_str(),
        "--key",
        key_path.to_str().expect("utf8"),
    ];
    let printed = cli(&[
        &["statement", "create", file.to_str().expect("utf8")][..],
        &remote[..],
    ]
    .concat())
    .expect("create");
    let id = printed.lines().last().expect("id").trim().to_string();
    let pool = Arc::new(Mutex::new(invites(&key, &id, 3000)));
    let acked: Arc<Mutex<Vec<Value>>> = Arc::new(Mutex::new(Vec::new()));
    for round in 0..3 {
        let count = Arc::new(AtomicUsize::new(0));
        let writers: Vec<_> = (0..WRITERS)
            .map(|_| {
                let (base, id, pool, acked, count) = (
                    server.base.clone(),
                    id.clone(),
                    pool.clone(),
                    acked.clone(),
                    count.clone(),
                );
                std::thread::spawn(move || loop {
                    let Some(invite) = pool.lock().expect("pool").pop() else {
                        return;
                    };
                    let (status, body) = call(
                        agent()
                            .post(&format!("{base}/api/v1/statements/{id}/signatures"))
                            .send_json(json!({"anonymous": true, "invite": invite})),
                    );
                    match status {
                        201 => {
                            let body: Value = serde_json::from_str(&body).expect("json");
                            acked.lock().expect("acked").push(body["receipt"].clone());
                            count.fetch_add(1, Ordering::Relaxed);
                        }
                        0 => return,
                        other => panic!("unexpected status {other}: {body}"),
                    }
                })
            })
            .collect();
        let target = rand::thread_rng().gen_range(30..120);
        while count.load(Ordering::Relaxed) < target {
            std::thread::yield_now();
        }
        server.kill();
        for w in writers {
            w.join().expect("writer");
        }
        eprintln!(
            "statement round {round}: killed after {} acks",
            count.load(Ordering::Relaxed)
        );
        server = Server::start(&data, &[&key]);
    }
    let state = dir.path().join("state");
    let args = [
        "verify",
        id.as_str(),
        "--server",
        server.base.as_str(),
        "--state",
        state.to_str().expect("utf8"),
        "--json",
    ];
    let report: Value =
        serde_json::from_str(&cli(&args).expect("the log verifies after crashes")).expect("json");
    let acked = acked.lock().expect("acked");
    assert!(acked.len() >= 90);
    let size = report["tree_size"].as_u64().expect("size");
    assert_eq!(
        report["anonymous"].as_u64(),
        Some(size - 1),
        "every entry is a counted signature"
    );
    let entries = call(
        agent()
            .get(&format!(
                "{}/api/v1/statements/{id}/entries?start=0&limit=1000",
                server.base
            ))
            .call(),
    )
    .1;
    let entries: Value = serde_json::from_str(&entries).expect("json");
    for receipt in acked.iter() {
        let index = receipt["index"].as_u64().expect("index") as usize;
        assert_eq!(
            entries["entries"][index]["entry"], receipt["entry"],
            "acknowledged signature {index} lost or moved"
        );
    }
    server.kill();
    // Spent invites and signature entries come in pairs.
    let store = Store::open(&data).expect("store");
    let spent = store
        .statement_invites_spent(&id.parse().expect("id"))
        .expect("count");
    assert_eq!(
        spent,
        size - 1,
        "an invite spent without its signature (or the reverse)"
    );
}
