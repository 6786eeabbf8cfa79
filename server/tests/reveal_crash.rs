//! Issue 16, section 1: a kill -9 during the reveal leaves either every
//! name published or none. The server is killed at the moments that
//! matter: as soon as the first opened text is on disk (before the record
//! that publishes them), once all of them are written (around the
//! record's own write), and while the sealed copies are erased. After
//! each restart the names are all served or none is, and the disk holds
//! them in one form only.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::*;
use serde_json::{json, Value};

const STATEMENT: &str = "title = \"Through crashes\"\nbody = \"We sign.\"\nnamed = true\n\
anonymous = true\ninvite_required_for_named = false\nreveal_at = 1\n";

/// Names to reveal at once: enough that writing them takes a while.
const NAMES: usize = 300;

/// (sealed, opened) text files of statement `id` on disk.
fn text_files(data: &Path, id: &str) -> (usize, usize) {
    let Ok(dir) = std::fs::read_dir(data.join("personal").join(id)) else {
        return (0, 0);
    };
    let mut counts = (0, 0);
    for entry in dir {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name().into_string().expect("utf8");
        if name.ends_with(".tmp") {
            continue;
        } else if name.ends_with(".sealed") {
            counts.0 += 1;
        } else {
            counts.1 += 1;
        }
    }
    counts
}

/// When to kill the server during a reveal.
#[derive(Clone, Copy, Debug)]
enum Moment {
    /// The first opened text is on disk.
    FirstOpened,
    /// Every opened text is on disk.
    AllOpened,
    /// Some sealed copies are erased already (the record is durable).
    Erasing,
}

impl Moment {
    fn reached(self, (sealed, opened): (usize, usize)) -> bool {
        match self {
            Self::FirstOpened => opened > 0,
            Self::AllOpened => opened == NAMES,
            Self::Erasing => opened == NAMES && sealed < NAMES,
        }
    }
}

fn view(server: &Server, id: &str) -> Value {
    let url = format!("{}/api/v1/statements/{id}", server.base);
    serde_json::from_str(&call(agent().get(&url).call()).1).expect("json")
}

/// All or none: either every name is served and kept opened only, or
/// none is served and each is kept sealed only.
fn all_or_none(server: &Server, id: &str) -> bool {
    let v = view(server, id);
    let served = v["signatures"].as_array().expect("list").len();
    let files = text_files(&server.data, id);
    if v["revealed"] == true {
        assert_eq!((served, files), (NAMES, (0, NAMES)), "a reveal half done");
        true
    } else {
        assert_eq!((served, files), (0, (NAMES, 0)), "a reveal half undone");
        false
    }
}

#[test]
fn a_kill_during_the_reveal_publishes_every_name_or_none() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = key();
    let key_path = key_file(dir.path(), &key);
    let data = dir.path().join("data");
    let mut server = Server::start(&data, &[&key]);
    let id = create_statement(&server, &key_path, STATEMENT);
    let url = format!("{}/api/v1/statements/{id}/signatures", server.base);
    for i in 0..NAMES {
        let mut body = json!({"name": format!("Signer {i:04} Crashproof")});
        if i == 0 {
            body["invite"] = json!(invites(&key, &id, 1).remove(0));
        }
        let (status, reply) = call(agent().post(&url).send_json(body));
        assert_eq!(status, 201, "{reply}");
    }
    assert!(!all_or_none(&server, &id));

    let mut caught_midway = 0;
    for moment in [Moment::FirstOpened, Moment::AllOpened, Moment::Erasing] {
        let addr = server.addr().to_string();
        let (base, path, statement) = (server.base.clone(), key_path.clone(), id.clone());
        let revealing = std::thread::spawn(move || {
            cli(&[
                "statement",
                "reveal",
                &statement,
                "--server",
                &base,
                "--key",
                path.to_str().expect("utf8"),
            ])
        });
        let started = Instant::now();
        let mut at_kill = None;
        while !revealing.is_finished() && started.elapsed() < Duration::from_secs(60) {
            let files = text_files(&data, &id);
            if moment.reached(files) {
                at_kill = Some(files);
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        server.kill();
        let outcome = revealing.join().expect("reveal thread");
        match at_kill {
            Some((sealed, opened)) if sealed > 0 && opened > 0 => caught_midway += 1,
            _ => eprintln!("{moment:?}: not caught mid-way ({outcome:?})"),
        }
        server = Server::start_at(&data, &[&key], &[], &addr);
        eprintln!(
            "{moment:?}: killed at {at_kill:?}, revealed after restart: {}",
            view(&server, &id)["revealed"]
        );
        if all_or_none(&server, &id) {
            break;
        }
    }
    assert!(
        caught_midway > 0,
        "no kill landed inside a reveal: the test did not test anything"
    );
    if !all_or_none(&server, &id) {
        reveal(&server, &key_path, &id).expect("the reveal, run again, completes");
        assert!(all_or_none(&server, &id));
    }
    cli(&["verify", &id, "--server", &server.base]).expect("every name opens its commitment");
}
