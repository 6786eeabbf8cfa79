//! Issue 16, section 1: a kill -9 during the reveal leaves either every
//! name of the round published or none. The server is killed at the
//! moments that matter: as soon as the first opened text is on disk
//! (before the record that publishes them), once all of them are written
//! (around the record's own write), and while the sealed copies are
//! erased. After each restart the round's names are all served or none
//! is, and the disk holds each in one form only. Both a first reveal and
//! a later round (names left sealed by an earlier one) are killed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use caucus_core::encoding::from_b64url;
use caucus_core::{CampaignId, OrganiserKey, SealedPersonal};
use common::*;
use serde_json::{json, Value};

const STATEMENT: &str = "title = \"Through crashes\"\nbody = \"We sign.\"\nnamed = true\n\
anonymous = true\ninvite_required_for_named = false\nreveal_at = 1\n";

/// Names to reveal: enough that writing them takes a while.
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

/// When to kill the server during a round that opens the names beyond
/// the `before` already published.
#[derive(Clone, Copy, Debug)]
enum Moment {
    /// The round's first opened text is on disk.
    FirstOpened,
    /// Every opened text is on disk.
    AllOpened,
    /// Some sealed copies are erased already (the record is durable).
    Erasing,
}

impl Moment {
    fn reached(self, (sealed, opened): (usize, usize), before: usize) -> bool {
        match self {
            Self::FirstOpened => opened > before,
            Self::AllOpened => opened == NAMES,
            Self::Erasing => opened == NAMES && sealed < NAMES - before,
        }
    }
}

/// The names served.
fn served(server: &Server, id: &str) -> usize {
    let url = format!("{}/api/v1/statements/{id}", server.base);
    let v: Value = serde_json::from_str(&call(agent().get(&url).call()).1).expect("json");
    v["signatures"].as_array().expect("list").len()
}

/// All or none of the round: either every name is served and kept opened
/// only, or just the `before` published earlier, the rest sealed only.
fn all_or_none(server: &Server, id: &str, before: usize) -> bool {
    let state = (served(server, id), text_files(&server.data, id));
    let all = (NAMES, (0, NAMES));
    let none = (before, (NAMES - before, before));
    assert!(
        state == all || state == none,
        "a round half done: {state:?}"
    );
    state == all
}

/// A statement with `NAMES` sealed names, on a fresh server.
struct Setup {
    server: Server,
    key: OrganiserKey,
    key_path: std::path::PathBuf,
    id: String,
    _dir: tempfile::TempDir,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = key();
    let key_path = key_file(dir.path(), &key);
    let server = Server::start(&dir.path().join("data"), &[&key]);
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
    Setup {
        server,
        key,
        key_path,
        id,
        _dir: dir,
    }
}

/// Run `caucus statement reveal` and kill the server at each moment in
/// turn, restarting it, until a round completes; returns how many kills
/// landed inside a round.
fn kill_during_reveals(s: &mut Setup, before: usize) -> usize {
    let mut caught_midway = 0;
    for moment in [Moment::FirstOpened, Moment::AllOpened, Moment::Erasing] {
        let (base, path, statement) = (s.server.base.clone(), s.key_path.clone(), s.id.clone());
        let revealing = std::thread::spawn(move || {
            let key = path.to_str().expect("utf8");
            cli(&[
                "statement",
                "reveal",
                &statement,
                "--server",
                &base,
                "--key",
                key,
            ])
        });
        let started = Instant::now();
        let mut at_kill = None;
        while !revealing.is_finished() && started.elapsed() < Duration::from_secs(60) {
            let files = text_files(&s.server.data, &s.id);
            if moment.reached(files, before) {
                at_kill = Some(files);
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        let public = s.key.public().to_string();
        s.server.restart(&[&s.key], |data| {
            // While it is down, as an operator might: an offline backup
            // must not copy the round's opened texts in the clear.
            let snapshot = data.with_extension(format!("{moment:?}.backup"));
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_caucus-server"))
                .arg("backup")
                .arg(&snapshot)
                .arg("--data")
                .arg(data)
                .args(["--organiser", &public])
                .env_remove("CAUCUS_ORGANISER")
                .output()
                .expect("run caucus-server backup");
            assert!(out.status.success(), "{out:?}");
            if matches!(moment, Moment::FirstOpened) {
                let texts = all_bytes(&snapshot.join("personal"));
                for i in before..NAMES {
                    let name = format!("Signer {i:04} Crashproof");
                    assert!(!contains(&texts, name.as_bytes()), "{name} in a backup");
                }
            }
        });
        let _ = revealing.join().expect("reveal thread");
        let published = all_or_none(&s.server, &s.id, before);
        eprintln!("{moment:?}: killed at (sealed, opened) {at_kill:?}; after the restart all published: {published}");
        if at_kill.is_some_and(|(sealed, opened)| sealed > 0 && opened > before) {
            caught_midway += 1;
        }
        if published {
            break;
        }
    }
    caught_midway
}

#[test]
fn a_kill_during_the_reveal_publishes_every_name_or_none() {
    let mut s = setup();
    assert!(!all_or_none(&s.server, &s.id, 0));
    let caught = kill_during_reveals(&mut s, 0);
    assert!(
        caught > 0,
        "no kill landed inside a reveal: nothing was tested"
    );
    if !all_or_none(&s.server, &s.id, 0) {
        reveal(&s.server, &s.key_path, &s.id).expect("the reveal, run again, completes");
        assert!(all_or_none(&s.server, &s.id, 0));
    }
    cli(&["verify", &s.id, "--server", &s.server.base]).expect("every name opens its commitment");
}

/// A later round: the first reveal named a log size that left half the
/// names sealed (as when names arrive while a reveal runs), and the round
/// that opens them is killed.
#[test]
fn a_kill_during_a_later_round_publishes_its_names_or_none() {
    let mut s = setup();
    let half = NAMES / 2;
    // Entries 0 and 1 are the header and the ticket key.
    let size = (half + 2) as u64;
    let openings = open_sealed(&s, size);
    assert_eq!(openings.len(), half);
    let path = format!("/api/v1/admin/statements/{}/reveal", s.id);
    let body = serde_json::to_vec(&json!({"size": size, "openings": openings})).expect("json");
    let reply = organiser(&s)
        .signed("POST", &path, "", &body)
        .expect("first round");
    assert_eq!(reply["sealed_left"], half);
    assert!(!all_or_none(&s.server, &s.id, half));

    let caught = kill_during_reveals(&mut s, half);
    assert!(
        caught > 0,
        "no kill landed inside the round: nothing was tested"
    );
    if !all_or_none(&s.server, &s.id, half) {
        reveal(&s.server, &s.key_path, &s.id).expect("the round, run again, completes");
        assert!(all_or_none(&s.server, &s.id, half));
    }
    cli(&["verify", &s.id, "--server", &s.server.base]).expect("every name opens its commitment");
}

fn organiser(s: &Setup) -> caucus::client::Client {
    caucus::client::Client::new(&s.server.base)
        .and_then(|c| c.with_key(&s.key_path))
        .expect("client")
}

/// The openings of the sealed texts of entries below `size`.
fn open_sealed(s: &Setup, size: u64) -> Vec<Value> {
    let id: CampaignId = s.id.parse().expect("id");
    let path = format!("/api/v1/admin/statements/{}/sealed-names", s.id);
    let query = format!("start=1&end={size}");
    let page = organiser(s)
        .signed("GET", &path, &query, b"")
        .expect("sealed names");
    assert_eq!(page["next"], Value::Null);
    let mut out = Vec::new();
    for entry in page["sealed"].as_array().expect("list") {
        let commitment = entry["commitment"].as_str().expect("commitment");
        let sealed = SealedPersonal(from_b64url(entry["sealed"].as_str().unwrap()).unwrap());
        let opened = sealed.open(&id, commitment, &s.key).expect("opens");
        let mut opening = serde_json::to_value(&opened).expect("json");
        opening["index"] = entry["index"].clone();
        out.push(opening);
    }
    out
}
