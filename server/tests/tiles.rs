//! A statement's log as C2SP tlog-tiles (issue 18, section 2): the server
//! serves `/log/<id>/` with the right bytes, types and cache lifetimes;
//! `caucus mirror` copies it into a directory that a plain static file
//! server (in this test, one that knows nothing of caucus) serves;
//! `caucus verify --mirror` checks the log through it, catches a tampered
//! tile or entry, and says what it could not check when the server is out
//! of reach; and a mirror and a verifier each catch up from what they saw
//! before.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

use caucus_core::log::tiles::{parse_bundle, Tile};
use common::*;
use serde_json::{json, Value};

/// Named signatures without invites (counted apart as unverified), so
/// hundreds are signed quickly; names are shown as they are signed, so
/// verify checks each against its commitment.
const STATEMENT: &str = r#"
title = "Limits on keystroke logging"
body = "We ask for an end to keystroke logging."
named = true
anonymous = true
invite_required_for_named = false
"#;

/// Past two full level-0 tiles, so there are full tiles, a partial one
/// and a partial tile at level 1.
const SIGNATURES: usize = 518;

/// A web server that knows nothing of caucus: GET `<prefix><path>` answers
/// the file `<root>/<path>` (404 if there is none), with keep-alive, as any
/// static host would. Runs until the test process ends.
fn serve_directory(root: PathBuf, prefix: String) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    let base = format!("http://{addr}{}", prefix.trim_end_matches('/'));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (root, prefix) = (root.clone(), prefix.clone());
            std::thread::spawn(move || answer(stream, &root, &prefix));
        }
    });
    base
}

fn answer(mut stream: TcpStream, root: &Path, prefix: &str) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    loop {
        let mut request = String::new();
        if reader.read_line(&mut request).unwrap_or(0) == 0 {
            return;
        }
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            if header.trim().is_empty() {
                break;
            }
        }
        let path = request.split_whitespace().nth(1).unwrap_or_default();
        let file = path
            .strip_prefix(prefix)
            .filter(|rest| !rest.split('/').any(|s| s.is_empty() || s.starts_with('.')))
            .and_then(|rest| std::fs::read(root.join(rest)).ok());
        let (status, body) = match file {
            Some(bytes) => ("200 OK", bytes),
            None => ("404 Not Found", b"not found\n".to_vec()),
        };
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        if stream.write_all(head.as_bytes()).is_err() || stream.write_all(&body).is_err() {
            return;
        }
    }
}

struct Log {
    f: Fixture,
    id: String,
}

impl Log {
    fn new() -> Self {
        Self::with_text(STATEMENT)
    }

    fn with_text(text: &str) -> Self {
        let f = Fixture::new();
        let id = create_statement(&f.server, &f.key_path, text);
        Self { f, id }
    }

    /// `n` signatures through the API, a few at a time.
    fn sign(&self, n: usize) {
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let url = format!("{}/api/v1/statements/{}/signatures", self.f.base(), self.id);
                std::thread::spawn(move || {
                    let agent = agent();
                    for i in (t..n).step_by(4) {
                        let (status, body) = call(
                            agent
                                .post(&url)
                                .send_json(json!({"name": format!("Signer {t}-{i}")})),
                        );
                        assert_eq!(status, 201, "{body}");
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().expect("signer");
        }
    }

    fn size(&self) -> u64 {
        let url = format!("{}/api/v1/statements/{}", self.f.base(), self.id);
        let view: Value = serde_json::from_str(&call(agent().get(&url).call()).1).expect("json");
        view["counts"]["tree_size"].as_u64().expect("size")
    }

    fn get(&self, path: &str) -> ureq::Response {
        match agent().get(&format!("{}{path}", self.f.base())).call() {
            Ok(response) | Err(ureq::Error::Status(_, response)) => response,
            Err(err) => panic!("{path}: {err}"),
        }
    }

    fn mirror(&self, out: &Path) -> anyhow::Result<String> {
        cli(&[
            "mirror",
            &self.id,
            "--server",
            self.f.base(),
            "--out",
            out.to_str().unwrap(),
        ])
    }

    /// `caucus verify --json` with `extra`, what it printed, and its error.
    fn verify(&self, state: &Path, extra: &[&str]) -> (Value, Option<anyhow::Error>) {
        self.verify_at(self.f.base(), state, extra)
    }

    fn verify_at(
        &self,
        server: &str,
        state: &Path,
        extra: &[&str],
    ) -> (Value, Option<anyhow::Error>) {
        let args = [
            &[
                "caucus",
                "verify",
                &self.id,
                "--server",
                server,
                "--json",
                "--state",
                state.to_str().unwrap(),
            ][..],
            extra,
        ]
        .concat();
        let mut out = Vec::new();
        let result = caucus::run(args, &mut out);
        let printed = String::from_utf8(out).expect("utf8");
        (
            serde_json::from_str(&printed).unwrap_or(Value::Null),
            result.err(),
        )
    }
}

/// Flip one byte of a file of the mirror, run `check`, and put it back.
fn tampered(file: &Path, at: usize, check: impl FnOnce()) {
    let original = std::fs::read(file).expect("tile");
    let mut bytes = original.clone();
    bytes[at] ^= 0x20;
    std::fs::write(file, &bytes).expect("tamper");
    check();
    std::fs::write(file, &original).expect("restore");
}

#[test]
fn tiles_are_served_with_their_cache_lifetimes_and_404_beyond_the_tree() {
    let log = Log::new();
    log.sign(SIGNATURES);
    let size = log.size();
    assert_eq!(
        size,
        SIGNATURES as u64 + 2,
        "the header and the ticket key too"
    );
    let id = &log.id;

    let note = log.get(&format!("/log/{id}/checkpoint"));
    assert_eq!(note.status(), 200);
    assert_eq!(
        note.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    assert_eq!(note.header("cache-control"), Some("public, max-age=5"));
    let api = log
        .get(&format!("/api/v1/statements/{id}/checkpoint"))
        .into_string()
        .unwrap();
    assert_eq!(note.into_string().unwrap(), api, "the same signed note");

    let bytes = |response: ureq::Response| {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut response.into_reader(), &mut out).expect("body");
        out
    };
    for (path, len, cache) in [
        ("tile/0/000", 8192, "public, max-age=31536000, immutable"),
        ("tile/0/001", 8192, "public, max-age=31536000, immutable"),
        ("tile/0/002.p/8", 8 * 32, "public, max-age=60"),
        ("tile/1/000.p/2", 2 * 32, "public, max-age=60"),
        // A narrower partial tile of an earlier checkpoint: still served.
        ("tile/0/002.p/3", 3 * 32, "public, max-age=60"),
        ("tile/0/000.p/5", 5 * 32, "public, max-age=60"),
    ] {
        let response = log.get(&format!("/log/{id}/{path}"));
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(
            response.header("content-type"),
            Some("application/octet-stream"),
            "{path}"
        );
        assert_eq!(response.header("cache-control"), Some(cache), "{path}");
        assert_eq!(bytes(response).len(), len, "{path}");
    }
    let full = bytes(log.get(&format!("/log/{id}/tile/0/002.p/8")));
    let older = bytes(log.get(&format!("/log/{id}/tile/0/002.p/3")));
    assert_eq!(
        older,
        full[..96],
        "an earlier partial tile is a prefix of the later one"
    );

    // Entry bundles: uint16 lengths and entries; entry 0 is the header.
    let bundle = log.get(&format!("/log/{id}/tile/entries/000"));
    assert_eq!(
        bundle.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    let entries =
        parse_bundle(&Tile::parse("tile/entries/000").unwrap(), &bytes(bundle)).expect("a bundle");
    assert_eq!(entries.len(), 256);
    let page: Value = serde_json::from_str(
        &log.get(&format!("/api/v1/statements/{id}/entries?start=0&limit=1"))
            .into_string()
            .unwrap(),
    )
    .unwrap();
    let header =
        caucus_core::encoding::from_b64url(page["entries"][0]["entry"].as_str().unwrap()).unwrap();
    assert_eq!(entries[0], header);
    let last = bytes(log.get(&format!("/log/{id}/tile/entries/002.p/8")));
    assert_eq!(
        parse_bundle(&Tile::parse("tile/entries/002.p/8").unwrap(), &last).map(|e| e.len()),
        Ok(8)
    );

    // Beyond the tree, or not a tile path: 404 in the JSON shape, uncached.
    for path in [
        "tile/0/002",
        "tile/0/003",
        "tile/0/002.p/9",
        "tile/1/000",
        "tile/2/000.p/1",
        "tile/entries/002.p/9",
        "tile/entries/003",
        "tile/0/0000",
        "tile/0/x000/002.p/8",
        "tile/0/002.p/08",
        "tile/9/000",
        "tile/0",
        "tile/",
        "nonsense",
    ] {
        let response = log.get(&format!("/log/{id}/{path}"));
        assert_eq!(response.status(), 404, "{path}");
        assert_eq!(response.header("cache-control"), Some("no-store"), "{path}");
        assert_eq!(
            response.header("content-type"),
            Some("application/json"),
            "{path}"
        );
        let body: Value = serde_json::from_str(&response.into_string().unwrap()).expect("JSON");
        assert!(
            body["error"].is_string() && body["message"].is_string(),
            "{path}: {body}"
        );
    }
    for path in [
        "/log/AAAAAAAAAAAAAAAAAAAAAA/checkpoint",
        "/log/AAAAAAAAAAAAAAAAAAAAAA/tile/0/000",
        &format!("/log/{}/tile/0/000", log.f.id),
    ] {
        let response = log.get(path);
        assert_eq!(response.status(), 404, "{path}");
        let body: Value = serde_json::from_str(&response.into_string().unwrap()).expect("JSON");
        assert_eq!(body["error"], "not_found", "{path}");
    }
}

/// One GET over a fresh connection, as it comes off the wire: the head
/// (lower-cased) and the body, not decoded.
fn raw_get(base: &str, path: &str, headers: &str) -> (String, Vec<u8>) {
    let addr = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).expect("connect");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\n{headers}Connection: close\r\n\r\n"
    )
    .expect("request");
    let mut response = Vec::new();
    std::io::Read::read_to_end(&mut stream, &mut response).expect("response");
    let split = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a head");
    let head = String::from_utf8_lossy(&response[..split]).to_lowercase();
    (head, response[split + 4..].to_vec())
}

/// Anyone's page may read a log (CORS, errors included), and only there
/// do other origins get in; entry bundles go gzipped to a client that
/// asks, hash tiles (random bytes) never.
#[test]
fn logs_are_open_to_any_origin_and_bundles_travel_gzipped() {
    let log = Log::new();
    log.sign(300);
    let (id, base) = (&log.id, log.f.base());
    let origin = "Origin: https://auditor.example\r\n";
    for path in [
        "checkpoint",
        "tile/0/000",
        "tile/0/001.p/46",
        "tile/entries/000",
        "tile/entries/001.p/46",
        "tile/0/005",
        "tile/entries/005",
    ] {
        let (head, _) = raw_get(base, &format!("/log/{id}/{path}"), origin);
        assert!(
            head.contains("\r\naccess-control-allow-origin: *\r\n"),
            "{path}: {head}"
        );
        assert!(
            head.contains("\r\ncross-origin-resource-policy: cross-origin\r\n"),
            "{path}: {head}"
        );
        assert!(
            !head.contains("access-control-allow-credentials"),
            "{path}: {head}"
        );
    }
    // Nothing else is opened up: the statement's JSON and its page keep
    // the same-origin policy.
    for path in [format!("/api/v1/statements/{id}"), format!("/st/{id}")] {
        let (head, _) = raw_get(base, &path, origin);
        assert!(head.starts_with("http/1.1 200"), "{path}: {head}");
        assert!(
            !head.contains("access-control-allow-origin"),
            "{path}: {head}"
        );
        assert!(
            head.contains("\r\ncross-origin-resource-policy: same-origin\r\n"),
            "{path}: {head}"
        );
    }

    let bundle = format!("/log/{id}/tile/entries/000");
    let (plain_head, plain) = raw_get(base, &bundle, "");
    assert!(!plain_head.contains("content-encoding"), "{plain_head}");
    let (head, gzipped) = raw_get(base, &bundle, "Accept-Encoding: gzip\r\n");
    assert!(head.contains("\r\ncontent-encoding: gzip\r\n"), "{head}");
    assert!(head.contains("vary: accept-encoding"), "{head}");
    assert!(
        head.contains("cache-control: public, max-age=31536000, immutable"),
        "{head}"
    );
    // Chunked on the wire: take the chunks' data out.
    let mut data = Vec::new();
    let mut rest = &gzipped[..];
    if head.contains("transfer-encoding: chunked") {
        loop {
            let line = rest
                .windows(2)
                .position(|w| w == b"\r\n")
                .expect("chunk size");
            let size =
                usize::from_str_radix(std::str::from_utf8(&rest[..line]).unwrap().trim(), 16)
                    .expect("hex size");
            if size == 0 {
                break;
            }
            data.extend_from_slice(&rest[line + 2..line + 2 + size]);
            rest = &rest[line + 2 + size + 2..];
        }
    } else {
        data = gzipped;
    }
    let mut unzipped = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&data[..]), &mut unzipped)
        .expect("gzip");
    assert_eq!(unzipped, plain, "the same bundle");
    assert!(
        data.len() * 10 < plain.len() * 6,
        "gzip takes off at least 40%: {} of {} bytes",
        data.len(),
        plain.len()
    );
    // A hash tile goes as it is, even to a client that asks for gzip.
    let (head, tile) = raw_get(
        base,
        &format!("/log/{id}/tile/0/000"),
        "Accept-Encoding: gzip\r\n",
    );
    assert!(!head.contains("content-encoding"), "{head}");
    assert_eq!(tile.len(), 8192);
}

#[test]
fn a_mirror_on_a_plain_file_server_verifies_and_catches_tampering() {
    let log = Log::new();
    log.sign(SIGNATURES);
    let id = log.id.clone();
    let dir = log.f.dir.path();
    let copy = dir.join("mirror");
    let printed = log.mirror(&copy).expect("mirror");
    assert!(
        printed.contains(&format!("{} entries copied", SIGNATURES + 2)),
        "{printed}"
    );
    for file in [
        "checkpoint",
        "tile/0/000",
        "tile/0/001",
        "tile/0/002.p/8",
        "tile/1/000.p/2",
        "tile/entries/002.p/8",
    ] {
        assert!(copy.join(file).is_file(), "{file} in the copy");
    }
    let mirror = serve_directory(copy.clone(), format!("/log/{id}/"));

    let state = dir.join("verify-state");
    let (report, err) = log.verify(&state, &["--mirror", &mirror]);
    assert!(err.is_none(), "{err:?}");
    assert_eq!(report["tree_size"], SIGNATURES as u64 + 2);
    assert_eq!(report["unverified"], SIGNATURES as u64);
    assert_eq!(report["tiles_from"], mirror);
    assert_eq!(
        (report["mirror"].clone(), report["complete"].clone()),
        (json!(true), json!(true))
    );
    assert_eq!(report["server_tree_size"], SIGNATURES as u64 + 2);
    assert_eq!(report["text_matches_header"], true);

    // Tampered copies are caught, by name, whatever was changed.
    let fresh = dir.join("fresh-state");
    let refused = |what: &str, wanted: &[&str]| {
        let (_, err) = log.verify(&fresh, &["--mirror", &mirror]);
        let message = format!("{:#}", err.unwrap_or_else(|| panic!("{what} passed")));
        for part in wanted {
            assert!(message.contains(part), "{what}: {message}");
        }
    };
    tampered(&copy.join("tile/0/001"), 100, || {
        refused("a full level-0 tile", &["tile/0/001", "damaged or altered"])
    });
    tampered(&copy.join("tile/1/000.p/2"), 3, || {
        refused(
            "the level-1 tile",
            &["do not hash to the signed checkpoint's root"],
        )
    });
    tampered(&copy.join("tile/entries/001"), 700, || {
        refused(
            "an entry bundle",
            &[
                "tile/entries/001",
                "does not hash to its leaf in tile/0/001",
            ],
        )
    });
    let removed = copy.join("tile/entries/000");
    let kept = std::fs::read(&removed).unwrap();
    std::fs::remove_file(&removed).unwrap();
    refused("a missing bundle", &["tile/entries/000", "missing (404)"]);
    std::fs::write(&removed, kept).unwrap();
    assert!(
        log.verify(&fresh, &["--mirror", &mirror]).1.is_none(),
        "restored"
    );

    // Through the server's own /log/ too.
    let (report, err) = log.verify(&dir.join("server-state"), &[]);
    assert!(err.is_none(), "{err:?}");
    assert_eq!(report["tiles_from"], format!("{}/log/{id}", log.f.base()));
    assert_eq!(report["mirror"], false);

    // The server out of reach: the log is checked from the mirror alone,
    // against the key the organiser signed into the header, and what only
    // the server could show is listed as not checked: not a pass.
    let gone = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let (report, err) = log.verify_at(&format!("http://{gone}"), &state, &["--mirror", &mirror]);
    let err = err.expect("not a pass");
    assert!(
        err.downcast_ref::<caucus::verify::Incomplete>().is_some(),
        "{err:#}"
    );
    assert!(format!("{err:#}").contains("NOT checked"), "{err:#}");
    assert_eq!(report["complete"], false);
    assert_eq!(report["server_key_from"], "header");
    assert_eq!(report["tree_size"], SIGNATURES as u64 + 2);
    assert_eq!(report["text_matches_header"], Value::Null);
    assert!(
        report["not_checked"]
            .as_array()
            .is_some_and(|l| l.len() >= 3),
        "{report}"
    );
    // Without --mirror an unreachable server is simply a failure.
    let (_, err) = log.verify_at(&format!("http://{gone}"), &state, &[]);
    assert!(format!("{:#}", err.expect("fails")).contains("cannot reach"));
}

#[test]
fn mirrors_verifiers_and_witnesses_catch_up_from_what_they_saw() {
    // A witness the organisers named, cosigning through the mirror.
    let witness_dir = tempfile::tempdir().unwrap();
    let witness_key = key_file(witness_dir.path(), &key());
    let witness_key = witness_key.to_str().unwrap();
    let name = "union.example/w1";
    let vkey = cli(&["witness-key", "--key", witness_key, "--name", name]).unwrap();
    let vkey = vkey.trim().to_string();
    let log = Log::with_text(&format!("{STATEMENT}witnesses = [\"{vkey}\"]\n"));
    log.sign(300);
    let id = log.id.clone();
    let dir = log.f.dir.path();
    let copy = dir.join("mirror");
    log.mirror(&copy).expect("first copy");
    let mirror = serve_directory(copy.clone(), format!("/log/{id}/"));
    let state = dir.join("verify-state");
    assert!(log.verify(&state, &["--mirror", &mirror]).1.is_none());
    let before = std::fs::read(copy.join("tile/0/000")).unwrap();
    let witness_state = dir.join("witness-state");
    let witness = || {
        let (base, state) = (log.f.base(), witness_state.to_str().unwrap());
        cli(&[
            "witness",
            &id,
            "--server",
            base,
            "--key",
            witness_key,
            "--name",
            name,
            "--state",
            state,
            "--mirror",
            &mirror,
        ])
    };
    assert!(witness().expect("cosigns").contains("at 302 entries"));

    // More signatures: past another full tile.
    log.sign(250);
    let size = log.size();
    assert_eq!(size, 552);
    // The witness checks that 552 extends 302 from a few tiles; the mirror
    // has not caught up, so those it lacks come from the server.
    assert!(witness().expect("cosigns again").contains("at 552 entries"));
    let (report, err) = log.verify(&dir.join("another-verifier"), &["--witness", &vkey]);
    assert!(err.is_none(), "{err:?}");
    assert_eq!(report["witnessed_sizes"], json!([552]));
    // The verifier, from its saved checkpoint (302 entries), through the
    // server and then through the copy once brought up to date.
    let (report, err) = log.verify(&state, &[]);
    assert!(err.is_none(), "{err:?}");
    assert_eq!(report["tree_size"], size);
    let printed = log.mirror(&copy).expect("update");
    // Tiles added from 302 to 552 entries: level 0 tiles 1 (full) and
    // 2 (partial), level 1's partial, and the two bundles; the rest was
    // there already.
    assert!(
        printed.contains("3 tiles and 2 entry bundles written"),
        "{printed}"
    );
    assert_eq!(
        std::fs::read(copy.join("tile/0/000")).unwrap(),
        before,
        "full tiles are kept"
    );
    let (report, err) = log.verify(&state, &["--mirror", &mirror, "--witness", &vkey]);
    assert!(err.is_none(), "{err:?}");
    assert_eq!(
        (
            report["tree_size"].clone(),
            report["server_tree_size"].clone()
        ),
        (json!(size), json!(size))
    );
    // The copied checkpoint carries the witness's cosignature itself.
    assert!(std::fs::read_to_string(copy.join("checkpoint"))
        .unwrap()
        .contains(name));
    assert_eq!(report["witnessed_by"], json!([name]));
    // Up to date: nothing to fetch, and it still checks.
    let printed = log.mirror(&copy).expect("again");
    assert!(
        printed.contains("0 tiles and 0 entry bundles written"),
        "{printed}"
    );

    // Files lost from the copy are fetched again on the next run.
    for lost in ["tile/entries/000", "tile/0/001", "tile/1/000.p/2"] {
        std::fs::remove_file(copy.join(lost)).unwrap();
    }
    let printed = log.mirror(&copy).expect("repair");
    assert!(
        printed.contains("2 tiles and 1 entry bundles written"),
        "{printed}"
    );
    assert!(log
        .verify(&dir.join("fresh"), &["--mirror", &mirror])
        .1
        .is_none());

    // Never into a directory that holds something else.
    let other = dir.join("other");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("notes.txt"), "mine").unwrap();
    let refused = format!("{:#}", log.mirror(&other).expect_err("refused"));
    assert!(refused.contains("refusing to write"), "{refused}");
    let second = create_statement(&log.f.server, &log.f.key_path, STATEMENT);
    let refused = cli(&[
        "mirror",
        &second,
        "--server",
        log.f.base(),
        "--out",
        copy.to_str().unwrap(),
    ])
    .expect_err("another log's copy");
    assert!(
        format!("{refused:#}").contains("refusing to write"),
        "{refused:#}"
    );
    assert_eq!(
        std::fs::read_to_string(other.join("notes.txt")).unwrap(),
        "mine"
    );
}
