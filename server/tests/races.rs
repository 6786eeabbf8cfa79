//! Races with exactly-once outcomes (promises 2 and 6): one withdrawal
//! secret used from many connections at once withdraws once; a survey
//! closed (and reopened) by its organiser while answers pour in stores
//! exactly the answers it acknowledged and burns no invite it refused.
//!
//! The concurrent spends of one invite live with their flows:
//! `survey_flow.rs` (`fifty_concurrent_submissions_of_one_invite_count_once`)
//! and `statements.rs` (`one_invite_signs_once_even_concurrently`).
//! Statements close only by date (`closes`), so there is no organiser
//! action to race against signing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::collections::HashSet;
use std::sync::mpsc::channel;
use std::sync::{Arc, Barrier, Condvar, Mutex};
use std::time::Duration;

use caucus_core::encoding::hex;
use caucus_core::{OrganiserKey, Receipt};
use caucus_server::store::Store;
use common::*;
use rand::Rng;
use serde_json::{json, Value};

const STATEMENT: &str = "title = \"Withdraw once\"\nbody = \"We ask for less monitoring.\"\n\
named = true\nanonymous = true\ninvite_required_for_named = true\nreveal_at = 1\n";

/// 32 connections withdraw one signature with its secret at the same
/// moment (half through the JSON API, half through the HTML form), while
/// 16 others each withdraw a different signature.
#[test]
fn one_withdrawal_secret_withdraws_once_even_concurrently() {
    let f = Fixture::new();
    let id = create_statement(&f.server, &f.key_path, STATEMENT);
    let base = f.base().to_string();
    let sign = |n: usize| -> String {
        let invite = invites(&f.key, &id, 1).remove(0);
        let body = if n.is_multiple_of(2) {
            json!({"name": format!("Signer {n}"), "role": "Engineering", "invite": invite})
        } else {
            json!({"anonymous": true, "invite": invite})
        };
        let (status, text) = call(
            agent()
                .post(&format!("{base}/api/v1/statements/{id}/signatures"))
                .send_json(body),
        );
        assert_eq!(status, 201, "{text}");
        let reply: Value = serde_json::from_str(&text).expect("json");
        reply["withdrawal_secret"]
            .as_str()
            .expect("secret")
            .to_string()
    };
    let target = sign(0);
    let others: Vec<String> = (1..=16).map(sign).collect();
    let before = statement_view(&base, &id);
    assert_eq!(before["counts"]["named"], 9);
    assert_eq!(before["counts"]["anonymous"], 8);

    const SAME: usize = 32;
    let barrier = Arc::new(Barrier::new(SAME + others.len()));
    let secrets = std::iter::repeat_n(target.clone(), SAME).chain(others.iter().cloned());
    let handles: Vec<_> = secrets
        .enumerate()
        .map(|(n, secret)| {
            let (base, id, barrier) = (base.clone(), id.clone(), barrier.clone());
            std::thread::spawn(move || {
                let agent = agent();
                let by_form = n < SAME && !n.is_multiple_of(2);
                let request = if by_form {
                    agent
                        .post(&format!("{base}/st/{id}/withdraw"))
                        .set("Content-Type", "application/x-www-form-urlencoded")
                } else {
                    agent.post(&format!("{base}/api/v1/statements/{id}/withdrawals"))
                };
                barrier.wait();
                let result = if by_form {
                    request.send_string(&format!("withdrawal_secret={secret}"))
                } else {
                    request.send_json(json!({"withdrawal_secret": secret}))
                };
                call(result)
            })
        })
        .collect();
    let results: Vec<(u16, String)> = handles
        .into_iter()
        .map(|h| h.join().expect("thread"))
        .collect();
    let (same, rest) = results.split_at(SAME);
    let statuses: Vec<u16> = same.iter().map(|(s, _)| *s).collect();
    assert_eq!(
        statuses.iter().filter(|&&s| s == 200).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|&&s| s == 409).count(),
        SAME - 1,
        "{statuses:?}"
    );
    for (n, (status, body)) in same.iter().enumerate() {
        if *status == 409 && n.is_multiple_of(2) {
            let body: Value = serde_json::from_str(body).expect("json");
            assert_eq!(body["error"], "already_withdrawn", "{body}");
        }
    }
    assert!(
        rest.iter().all(|(s, _)| *s == 200),
        "each other secret withdrew its own signature: {rest:?}"
    );

    // The log holds exactly one withdrawal per signature, and verifies.
    let after = statement_view(&base, &id);
    assert_eq!(after["counts"]["withdrawn"], 17, "{after}");
    assert_eq!(after["counts"]["named"], 0, "{after}");
    assert_eq!(after["counts"]["anonymous"], 0, "{after}");
    let state = f.dir.path().join("verify-state");
    let report: Value = serde_json::from_str(
        &cli(&[
            "verify",
            &id,
            "--server",
            &base,
            "--state",
            state.to_str().expect("utf8"),
            "--json",
        ])
        .expect("the log verifies"),
    )
    .expect("json");
    // The header, the ticket key, 17 signatures and 17 withdrawals.
    assert_eq!(report["tree_size"], 2 + 17 + 17, "{report}");
    assert_eq!(report["withdrawn"], 17, "{report}");
    // And the secret stays used up.
    let (status, _) = call(
        agent()
            .post(&format!("{base}/api/v1/statements/{id}/withdrawals"))
            .send_json(json!({"withdrawal_secret": target})),
    );
    assert_eq!(status, 409);
    assert!(
        !after.to_string().contains("Signer 0"),
        "a withdrawn name is still served"
    );
}

fn statement_view(base: &str, id: &str) -> Value {
    let (status, text) = call(
        agent()
            .get(&format!("{base}/api/v1/statements/{id}"))
            .call(),
    );
    assert_eq!(status, 200, "{text}");
    serde_json::from_str(&text).expect("json")
}

/// Whether the survey is taking answers, as the organiser last set it;
/// a writer refused with 410 waits for the next reopening.
struct Gate {
    reopened: u64,
    stop: bool,
}

const WRITERS: usize = 32;
const CYCLES: usize = 4;

/// Writers submit from 32 connections while the organiser closes the
/// survey with `caucus close`, reopens it and closes it again, four times.
/// Every submission gets 201 (and its response is in the box) or 410 (and
/// its invite still works once the survey reopens).
#[test]
fn closing_a_survey_while_answers_arrive_stores_exactly_the_acknowledged() {
    let f = Fixture::new();
    let gate = Arc::new((
        Mutex::new(Gate {
            reopened: 0,
            stop: false,
        }),
        Condvar::new(),
    ));
    let created: Arc<Mutex<Vec<Receipt>>> = Arc::default();
    let refused: Arc<Mutex<Vec<(String, Value)>>> = Arc::default();
    let (acks, acked) = channel::<()>();
    let key = Arc::new(OrganiserKey::from_file_text(&f.key.to_file_text()).expect("key"));
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (base, id, key, gate, created, refused, acks) = (
                f.base().to_string(),
                f.id.clone(),
                key.clone(),
                gate.clone(),
                created.clone(),
                refused.clone(),
                acks.clone(),
            );
            std::thread::spawn(move || {
                let agent = agent();
                loop {
                    let seen = {
                        let state = gate.0.lock().expect("gate");
                        if state.stop {
                            return;
                        }
                        state.reopened
                    };
                    let invite = invites(&key, &id, 1).remove(0);
                    let answers = answers("Sales and marketing", 1 + (w % 5) as i64, "race");
                    let (status, text) = call(
                        agent
                            .post(&format!("{base}/api/v1/surveys/{id}/responses"))
                            .send_json(json!({"invite": invite, "answers": answers})),
                    );
                    match status {
                        201 => {
                            let reply: Value = serde_json::from_str(&text).expect("json");
                            let receipt =
                                serde_json::from_value(reply["receipt"].clone()).expect("receipt");
                            created.lock().expect("created").push(receipt);
                            let _ = acks.send(());
                        }
                        410 => {
                            refused.lock().expect("refused").push((invite, answers));
                            let (lock, changed) = &*gate;
                            let mut state = lock.lock().expect("gate");
                            while state.reopened == seen && !state.stop {
                                state = changed.wait(state).expect("gate");
                            }
                        }
                        other => panic!("neither stored nor refused as closed: {other} {text}"),
                    }
                }
            })
        })
        .collect();
    let mut rng = rand::thread_rng();
    for cycle in 0..CYCLES {
        for _ in 0..rng.gen_range(10..80) {
            acked
                .recv_timeout(Duration::from_secs(60))
                .expect("writers stalled");
        }
        f.cli(&["close", &f.id]).expect("close");
        if cycle + 1 < CYCLES {
            f.cli(&["reopen", &f.id]).expect("reopen");
            let mut state = gate.0.lock().expect("gate");
            state.reopened += 1;
            gate.1.notify_all();
        }
    }
    gate.0.lock().expect("gate").stop = true;
    gate.1.notify_all();
    for w in writers {
        w.join().expect("writer");
    }
    let created = std::mem::take(&mut *created.lock().expect("created"));
    let refused = std::mem::take(&mut *refused.lock().expect("refused"));
    eprintln!(
        "close race: {} cycles, {} stored (201), {} refused (410)",
        CYCLES,
        created.len(),
        refused.len()
    );
    assert!(!refused.is_empty(), "no submission met a closed survey");

    // Every 201 is in the box, and nothing else is.
    let stored = sealed_digests(&f);
    assert_eq!(stored.len(), created.len(), "stored != acknowledged");
    for receipt in &created {
        assert!(
            stored.contains(&receipt.sealed_sha256),
            "an acknowledged response is missing"
        );
    }

    // No invite was burned by a 410: each works once the survey reopens.
    f.cli(&["reopen", &f.id]).expect("reopen");
    for (invite, answers) in &refused {
        let (status, body) = submit(f.base(), &f.id, invite, answers);
        assert_eq!(
            status, 201,
            "an invite refused as closed was burned: {body}"
        );
    }
    f.cli(&["close", &f.id]).expect("close");
    let total = (created.len() + refused.len()) as u64;
    assert_eq!(sealed_digests(&f).len() as u64, total);
    let Fixture {
        server, dir, id, ..
    } = f;
    let data = server.data.clone();
    server.kill();
    let store = Store::open(&data).expect("store");
    let (spent, responses) = store.ballot_counts().expect("counts");
    assert_eq!((spent, responses), (total, total), "survey {id}");
    assert_eq!(store.miscounted_surveys().expect("counts"), vec![]);
    drop(dir);
}

/// The digests of every sealed response in the (closed) survey's box.
fn sealed_digests(f: &Fixture) -> HashSet<String> {
    let client = caucus::client::Client::new(f.base())
        .expect("client")
        .with_key(&f.key_path)
        .expect("key");
    let mut stored = HashSet::new();
    client
        .for_each_sealed(&f.id.parse().expect("id"), |bytes| {
            stored.insert(hex(&caucus_core::SealedResponse(bytes).digest()));
        })
        .expect("download");
    stored
}
