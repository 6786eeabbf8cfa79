//! Storage limits: the largest answers the API accepts stay inside sled's
//! fsynced log (nothing spills into blob files, which sled never fsyncs),
//! answers too large to seal are refused before the invite is spent, and
//! a data directory made with an earlier segment size still opens, and one
//! a server is using is refused to a second one.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use common::*;
use serde_json::{json, Map, Value};

const TEXT_SURVEY: &str = r#"
title = "Long answers"
[[question]]
id = "t0"
kind = "text"
prompt = "0"
[[question]]
id = "t1"
kind = "text"
prompt = "1"
[[question]]
id = "t2"
kind = "text"
prompt = "2"
[[question]]
id = "t3"
kind = "text"
prompt = "3"
[[question]]
id = "t4"
kind = "text"
prompt = "4"
[[question]]
id = "t5"
kind = "text"
prompt = "5"
[[question]]
id = "t6"
kind = "text"
prompt = "6"
[[question]]
id = "t7"
kind = "text"
prompt = "7"
[[question]]
id = "t8"
kind = "text"
prompt = "8"
[[question]]
id = "t9"
kind = "text"
prompt = "9"
"#;

/// `n` text answers of 2000 three-byte characters each (the longest
/// allowed), and one more of `extra` such characters if it is not zero.
fn long_answers(n: usize, extra: usize) -> Value {
    let mut answers = Map::new();
    for i in 0..n {
        answers.insert(format!("t{i}"), json!("€".repeat(2000)));
    }
    if extra > 0 {
        answers.insert(format!("t{n}"), json!("€".repeat(extra)));
    }
    Value::Object(answers)
}

#[test]
fn largest_answers_stay_in_the_fsynced_log_and_oversize_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (key(), key());
    let key_path = key_file(dir.path(), &a);
    let data = dir.path().join("data");
    let server = Server::start(&data, &[&a, &b]);
    let id = create_survey(&server, &key_path, TEXT_SURVEY);

    // 10 answers of 6 kB, sealed to two organisers: ~120 kB, over the cap.
    let code = invites(&a, &id, 1).remove(0);
    let (status, body) = submit(&server.base, &id, &code, &long_answers(10, 0));
    assert_eq!(status, 413, "{body}");
    assert_eq!(body["error"], "answers_too_long");

    // The longest answers that still seal: four long ones and as much of
    // a fifth as fits, found by trying (a refusal spends nothing).
    let (mut extra, mut accepted) = (2000, None);
    while accepted.is_none() {
        let (status, body) = submit(&server.base, &id, &code, &long_answers(4, extra));
        match status {
            201 => accepted = Some(long_answers(4, extra)),
            413 if extra > 0 => extra -= 50,
            _ => panic!("{status} {body}"),
        }
    }
    let largest = accepted.expect("the largest answers");
    // Many times over, so that leaves fill with them and sled rewrites
    // whole ones (with 2 MiB segments, 300 of them made 6 blob files).
    for _ in 0..300 {
        let code = invites(&a, &id, 1).remove(0);
        assert_eq!(submit(&server.base, &id, &code, &largest).0, 201);
    }
    let blobs = data.join("sled").join("blobs");
    let spilled = std::fs::read_dir(&blobs).map(|d| d.count()).unwrap_or(0);
    assert_eq!(
        spilled, 0,
        "sled wrote {spilled} blob files, which it never fsyncs"
    );
    server.kill();
    let store = caucus_server::store::Store::open(&data).expect("store");
    let biggest = store
        .stored_responses()
        .expect("responses")
        .iter()
        .map(Vec::len)
        .max()
        .expect("some response");
    assert!(
        biggest > caucus_core::seal::MAX_SEALED - 1024,
        "the test should store responses near the cap, stored {biggest} bytes"
    );
}

#[test]
fn a_data_directory_made_with_the_earlier_8_mib_segments_still_opens() {
    const EARLIER: usize = 8 * 1024 * 1024;
    let dir = tempfile::tempdir().expect("tempdir");
    let a = key();
    let key_path = key_file(dir.path(), &a);
    let data = dir.path().join("data");
    let sled_dir = data.join("sled");
    drop(
        sled::Config::new()
            .path(&sled_dir)
            .segment_size(EARLIER)
            .open()
            .expect("an earlier server's database"),
    );
    let server = Server::start(&data, &[&a]);
    let id = create_survey(&server, &key_path, TEXT_SURVEY);
    let code = invites(&a, &id, 1).remove(0);
    assert_eq!(submit(&server.base, &id, &code, &long_answers(1, 0)).0, 201);
    server.kill();
    assert_eq!(
        caucus_server::store::segment_size(&sled_dir).expect("segment size"),
        EARLIER
    );
    let store = caucus_server::store::Store::open(&data).expect("reopen");
    let id: caucus_core::CampaignId = id.parse().expect("id");
    assert_eq!(store.response_count(&id).expect("count"), 1);

    let fresh = dir.path().join("fresh");
    drop(caucus_server::store::Store::open(&fresh).expect("a new store"));
    assert_eq!(
        caucus_server::store::segment_size(&fresh.join("sled")).expect("segment size"),
        caucus_server::store::SEGMENT_SIZE
    );
}

#[test]
fn a_second_server_on_a_data_directory_in_use_exits_1_saying_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = key();
    let key_path = key_file(dir.path(), &a);
    let data = dir.path().join("data");
    let server = Server::start(&data, &[&a]);
    let second = server_command(&data, &[&a])
        .output()
        .expect("run a second caucus-server");
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("in use by another process"), "{stderr}");
    assert!(
        !String::from_utf8_lossy(&second.stdout).contains("listening"),
        "the second server never listened"
    );
    // The first one was not disturbed.
    let id = create_survey(&server, &key_path, TEXT_SURVEY);
    let code = invites(&a, &id, 1).remove(0);
    assert_eq!(submit(&server.base, &id, &code, &long_answers(1, 0)).0, 201);
}
