//! Seizure: a copy of the data directory taken while responses and
//! signatures are arriving holds no answer, nothing that links an invite
//! to a response, and no time finer than the day (promise 1 and 3 against
//! an employer that obtains the disk). What it does reveal is listed in
//! docs/reliability.md.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use caucus_core::{CampaignId, Invite};
use caucus_server::store::campaign_keys::CampaignKeys;
use caucus_server::store::Store;
use common::*;
use serde_json::json;

const MARKER: &str = "quokka lighthouse";

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[test]
fn a_copy_taken_mid_run_holds_no_answer_no_link_and_no_time() {
    let f = Fixture::new();
    let statement = create_statement(
        &f.server,
        &f.key_path,
        "title = \"t\"\nbody = \"b\"\nreveal_at = 1000\n",
    );
    let survey_codes = f.invites(200);
    let statement_codes = invites(&f.key, &statement, 200);
    let start = unix_now();
    // Interleaved, so both kinds are arriving when the copy is taken.
    let work: Vec<(bool, String)> = survey_codes
        .iter()
        .zip(&statement_codes)
        .flat_map(|(s, t)| [(true, s.clone()), (false, t.clone())])
        .collect();
    let work = Arc::new(Mutex::new(work));
    let used: Arc<Mutex<Vec<(bool, String)>>> = Arc::default();
    let acks = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..8)
        .map(|w| {
            let (base, survey, statement) = (f.base().to_string(), f.id.clone(), statement.clone());
            let (work, used, acks, stop) = (work.clone(), used.clone(), acks.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut i = 0u32;
                while !stop.load(Ordering::Relaxed) {
                    let Some((is_survey, code)) = work.lock().unwrap().pop() else {
                        return;
                    };
                    i += 1;
                    let status = if is_survey {
                        let note = format!("{MARKER} {w}-{i}");
                        submit(&base, &survey, &code, &answers("Operations", 2, &note)).0
                    } else {
                        let body = if i.is_multiple_of(2) {
                            json!({"anonymous": true, "invite": code})
                        } else {
                            json!({"invite": code, "name": format!("Pending Name {w}-{i}")})
                        };
                        call(
                            agent()
                                .post(&format!("{base}/api/v1/statements/{statement}/signatures"))
                                .send_json(body),
                        )
                        .0
                    };
                    assert_eq!(status, 201);
                    used.lock().unwrap().push((is_survey, code));
                    acks.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    while acks.load(Ordering::Relaxed) < 150 {
        std::thread::yield_now();
    }
    // Seize the directory while the writers are still going.
    let seized = f.dir.path().join("seized");
    copy_dir(&f.server.data, &seized);
    let copied_at = acks.load(Ordering::Relaxed);
    stop.store(true, Ordering::Relaxed);
    for w in writers {
        w.join().unwrap();
    }
    let end = unix_now();
    assert!(
        acks.load(Ordering::Relaxed) > copied_at,
        "the copy was taken mid-run"
    );
    let disk = all_bytes(&seized);

    // No answer in plaintext, no invite code or part of one, no client.
    assert_sealed(&disk, MARKER);
    let all_codes: Vec<String> = survey_codes
        .iter()
        .chain(&statement_codes)
        .cloned()
        .collect();
    assert_unlinkable(&disk, &all_codes);

    // No link from an invite to a response: the stored spend record is a
    // MAC under the campaign key, not the invite's public spend tag, and
    // no stored response holds any of it.
    let store = Store::open(&seized).expect("the copy opens");
    let responses = store.stored_responses().unwrap();
    assert!(responses.len() >= 10, "responses were stored");
    let keys = CampaignKeys::new(&seized);
    let used = used.lock().unwrap().clone();
    let mut spent_seen = 0;
    for (is_survey, code) in &used {
        let invite = Invite::parse(code).unwrap();
        let id: CampaignId = if *is_survey {
            f.id.parse().unwrap()
        } else {
            statement.parse().unwrap()
        };
        let public_tag = invite.spend_tag(&id);
        assert!(
            !contains(&disk, &public_tag[..12]),
            "an unkeyed spend tag on disk"
        );
        let stored_tag = keys.spend_record(&id, &invite.spend_tag(&id)).unwrap();
        if contains(&disk, &stored_tag) {
            spent_seen += 1;
        }
        for response in &responses {
            assert!(
                !contains(response, &stored_tag[..8]),
                "a response holds its spend tag"
            );
        }
    }
    assert!(
        spent_seen >= 150,
        "spend records are where the copy says ({spent_seen})"
    );

    // No time finer than the day: no Unix time of the run, as text (which
    // also catches milliseconds) or as 8 bytes either way round, nor the
    // clock time, anywhere; admin nonces expire at a day boundary.
    let (lo, hi) = (start - 2, end + caucus_core::request_sig::MAX_SKEW + 2);
    if let Some(found) = unix_time_in(&disk, lo, hi) {
        panic!("a time finer than the day on disk: {found}");
    }
    drop(store);
}

/// The first Unix time in `lo..=hi` stored in `disk` as 10 ASCII digits,
/// as a big- or little-endian u64, or as an `HH:MM:SS` clock time; one
/// pass over the bytes.
fn unix_time_in(disk: &[u8], lo: u64, hi: u64) -> Option<String> {
    let clock = |t: u64| {
        let s = t % 86_400;
        format!("{:02}:{:02}:{:02}", s / 3600, s % 3600 / 60, s % 60)
    };
    let clocks: std::collections::HashSet<String> = (lo..=hi).map(clock).collect();
    for (at, window) in disk.windows(8).enumerate() {
        let bytes: [u8; 8] = window.try_into().unwrap();
        for value in [u64::from_be_bytes(bytes), u64::from_le_bytes(bytes)] {
            if (lo..=hi).contains(&value) {
                return Some(format!("u64 {value} at byte {at}"));
            }
        }
        if let Some(digits) = disk.get(at..at + 10) {
            if digits.iter().all(u8::is_ascii_digit) {
                let value: u64 = std::str::from_utf8(digits).unwrap().parse().unwrap();
                if (lo..=hi).contains(&value) {
                    return Some(format!("text {value} at byte {at}"));
                }
            }
        }
        if window[2] == b':' && window[5] == b':' {
            let text = String::from_utf8_lossy(window);
            if clocks.contains(text.as_ref()) {
                return Some(format!("clock time {text} at byte {at}"));
            }
        }
    }
    None
}
