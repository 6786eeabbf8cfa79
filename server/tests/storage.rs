//! Storage limits: the largest answers the API accepts stay inside sled's
//! fsynced log (nothing spills into blob files, which sled never fsyncs),
//! and answers too large to seal are refused before the invite is spent.
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

/// `n` text answers of 2000 three-byte characters each (the longest allowed).
fn long_answers(n: usize) -> Value {
    let mut answers = Map::new();
    for i in 0..n {
        answers.insert(format!("t{i}"), json!("€".repeat(2000)));
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
    let (status, body) = submit(&server.base, &id, &code, &long_answers(10));
    assert_eq!(status, 413, "{body}");
    assert_eq!(body["error"], "answers_too_long");

    // Five long answers seal to ~60 kB: accepted, many times over.
    for _ in 0..40 {
        let code = invites(&a, &id, 1).remove(0);
        assert_eq!(submit(&server.base, &id, &code, &long_answers(5)).0, 201);
    }
    // The refused invite was not spent.
    assert_eq!(submit(&server.base, &id, &code, &long_answers(2)).0, 201);

    let blobs = data.join("sled").join("blobs");
    let spilled = std::fs::read_dir(&blobs).map(|d| d.count()).unwrap_or(0);
    assert_eq!(
        spilled, 0,
        "sled wrote {spilled} blob files, which it never fsyncs"
    );
}
