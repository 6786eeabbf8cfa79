//! Test support: the real `caucus-server` binary on 127.0.0.1:0 with a
//! temporary data directory, the real CLI library, plain HTTP, and (in
//! [`webdriver`]) headless Chromium.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)] // shared by several test crates; asserts by panicking

pub mod webdriver;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use caucus_core::{CampaignId, Invite, OrganiserKey};
use serde_json::{json, Value};

pub const SURVEY: &str = include_str!("../../../examples/monitoring-survey.toml");

/// A running server process, stopped (SIGKILL, by PID) when dropped.
pub struct Server {
    child: Child,
    pub base: String,
    pub data: PathBuf,
    pub stderr_log: PathBuf,
}

impl Server {
    pub fn start(data: &Path, organisers: &[&OrganiserKey]) -> Self {
        Self::start_with(data, organisers, &[])
    }

    pub fn start_with(data: &Path, organisers: &[&OrganiserKey], env: &[(&str, &str)]) -> Self {
        Self::start_logging(data, organisers, env, "debug")
    }

    /// The same at a given address (`127.0.0.1:PORT`): a restart where
    /// clients, and the tickets they hold, expect the server to be.
    pub fn start_at(
        data: &Path,
        organisers: &[&OrganiserKey],
        env: &[(&str, &str)],
        bind: &str,
    ) -> Self {
        let (stderr_log, log) = stderr_log(data);
        let mut command = server_command_at(data, organisers, bind);
        command.arg("--log").arg("debug");
        for (name, value) in env {
            command.env(name, value);
        }
        Self::spawn(command, data, &stderr_log, log)
    }

    /// Where it listens, as `127.0.0.1:PORT`.
    pub fn addr(&self) -> &str {
        self.base.trim_start_matches("http://")
    }

    /// The same, logging at `level` (`--log`).
    pub fn start_logging(
        data: &Path,
        organisers: &[&OrganiserKey],
        env: &[(&str, &str)],
        level: &str,
    ) -> Self {
        let (stderr_log, log) = stderr_log(data);
        let mut command = server_command(data, organisers);
        command.arg("--log").arg(level);
        for (name, value) in env {
            command.env(name, value);
        }
        Self::spawn(command, data, &stderr_log, log)
    }

    /// Start `command` (a `caucus-server` command line, or one wrapping
    /// it) and wait until it listens.
    pub fn spawn(mut command: Command, data: &Path, stderr_log: &Path, log: std::fs::File) -> Self {
        command.stdout(Stdio::piped()).stderr(log);
        let mut child = command.spawn().expect("start caucus-server");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let base = loop {
            match lines.next() {
                Some(Ok(line)) => {
                    if let Some(rest) = line.strip_prefix("caucus-server listening on ") {
                        break rest.trim().to_string();
                    }
                }
                _ => panic!(
                    "server exited before listening; see {}",
                    stderr_log.display()
                ),
            }
        };
        // Keep draining stdout so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Self {
            child,
            base,
            data: data.to_path_buf(),
            stderr_log: stderr_log.to_path_buf(),
        }
    }

    /// SIGKILL: no chance to flush anything.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGKILL, run `between` on the data directory while it is down, and
    /// start it again on the same data and address.
    pub fn restart(&mut self, organisers: &[&OrganiserKey], between: impl FnOnce(&Path)) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        between(&self.data);
        let addr = self.addr().to_string();
        *self = Self::start_at(&self.data, organisers, &[], &addr);
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

/// The file a test server's stderr goes to, beside its data directory.
fn stderr_log(data: &Path) -> (PathBuf, std::fs::File) {
    let path = data.with_extension("stderr.log");
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .expect("stderr log");
    (path, log)
}

/// `caucus-server` on 127.0.0.1:0 with `data` and `organisers`, and no
/// organiser from the environment.
pub fn server_command(data: &Path, organisers: &[&OrganiserKey]) -> Command {
    server_command_at(data, organisers, "127.0.0.1:0")
}

/// The same, listening on `bind`.
pub fn server_command_at(data: &Path, organisers: &[&OrganiserKey], bind: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_caucus-server"));
    command
        .arg("--bind")
        .arg(bind)
        .arg("--data")
        .arg(data)
        .env_remove("CAUCUS_ORGANISER");
    for key in organisers {
        command.arg("--organiser").arg(key.public().to_string());
    }
    command
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn key() -> OrganiserKey {
    OrganiserKey::generate(&mut rand::thread_rng())
}

/// Write a key file for the CLI and return its path.
pub fn key_file(dir: &Path, key: &OrganiserKey) -> PathBuf {
    let path = dir.join(format!("org-{}.key", rand::random::<u32>()));
    std::fs::write(&path, key.to_file_text()).expect("key file");
    // As `caucus keygen` writes it, so the CLI has no permission to warn about.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    path
}

/// Run the real CLI (library entry) and return what it printed.
pub fn cli(args: &[&str]) -> anyhow::Result<String> {
    let mut out = Vec::new();
    caucus::run(
        std::iter::once("caucus").chain(args.iter().copied()),
        &mut out,
    )?;
    Ok(String::from_utf8(out).expect("utf8"))
}

pub fn create_survey(server: &Server, key_path: &Path, text: &str) -> String {
    create_with_cli(server, key_path, "survey", text)
}

/// Upload a statement file through the CLI; returns the new statement's id.
pub fn create_statement(server: &Server, key_path: &Path, text: &str) -> String {
    create_with_cli(server, key_path, "statement", text)
}

/// `caucus statement reveal ID`: open the sealed names with the organiser
/// key and publish them; returns what it printed.
pub fn reveal(server: &Server, key_path: &Path, id: &str) -> anyhow::Result<String> {
    cli(&[
        "statement",
        "reveal",
        id,
        "--server",
        &server.base,
        "--key",
        key_path.to_str().expect("utf8"),
    ])
}

/// `caucus survey|statement create FILE`; returns the id it prints last.
fn create_with_cli(server: &Server, key_path: &Path, kind: &str, text: &str) -> String {
    let file = key_path.with_extension(format!("{kind}.toml"));
    std::fs::write(&file, text).expect("campaign file");
    let printed = cli(&[
        kind,
        "create",
        file.to_str().expect("utf8"),
        "--server",
        &server.base,
        "--key",
        key_path.to_str().expect("utf8"),
    ])
    .expect("create");
    printed.lines().last().expect("id line").trim().to_string()
}

pub fn invites(key: &OrganiserKey, id: &str, n: usize) -> Vec<String> {
    let id: CampaignId = id.parse().expect("id");
    (0..n)
        .map(|_| Invite::issue(key, &id, &mut rand::thread_rng()).code())
        .collect()
}

pub fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new()
        .timeout(Duration::from_secs(60))
        .user_agent("caucus-test-agent/7.3 (UniqueBrowserMarker)")
        .build()
}

/// Any HTTP exchange as (status, body text, headers we care about).
pub fn call(result: Result<ureq::Response, ureq::Error>) -> (u16, String) {
    match result {
        Ok(r) => (r.status(), r.into_string().unwrap_or_default()),
        Err(ureq::Error::Status(code, r)) => (code, r.into_string().unwrap_or_default()),
        Err(e) => (0, e.to_string()),
    }
}

pub fn submit(base: &str, id: &str, invite: &str, answers: &Value) -> (u16, Value) {
    let (status, body) = call(
        agent()
            .post(&format!("{base}/api/v1/surveys/{id}/responses"))
            .send_json(json!({"invite": invite, "answers": answers})),
    );
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

/// A full valid answer set for the example survey.
pub fn answers(area: &str, consent: i64, note: &str) -> Value {
    json!({
        "area": area,
        "recorded": ["Keystrokes", "Screenshots or screen video"],
        "told": "Yes, but vaguely",
        "consent": consent,
        "comfort": 2,
        "reviews": "I suspect it is",
        "retention": "Up to 30 days",
        "safeguards": ["Opt-out without penalty", "Strict retention limits"],
        "stress": 6,
        "note": note,
    })
}

/// Every file under `dir`, concatenated (for "is this anywhere on disk").
pub fn all_bytes(dir: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).expect("read_dir") {
                stack.push(entry.expect("entry").path());
            }
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.extend_from_slice(&bytes);
        }
    }
    out
}

/// A substring search fast enough to look for hundreds of invites in a
/// data directory of several megabytes.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

/// Copy a directory tree (a "seized" copy of the data directory); the
/// control socket is not a file and is left out.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else if entry.path().is_file() {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A server with one organiser key and one survey of the example file.
/// Fields drop in order: the server stops before its directory goes.
pub struct Fixture {
    pub server: Server,
    pub key: OrganiserKey,
    pub key_path: PathBuf,
    pub id: String,
    pub dir: tempfile::TempDir,
}

impl Fixture {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let key = key();
        let key_path = key_file(dir.path(), &key);
        let server = Server::start(&dir.path().join("data"), &[&key]);
        let id = create_survey(&server, &key_path, SURVEY);
        Self {
            server,
            key,
            key_path,
            id,
            dir,
        }
    }

    pub fn base(&self) -> &str {
        &self.server.base
    }

    /// Run the CLI with this fixture's `--server` and `--key` appended.
    pub fn cli(&self, args: &[&str]) -> anyhow::Result<String> {
        let key = self.key_path.to_str().expect("utf8");
        let remote = ["--server", self.server.base.as_str(), "--key", key];
        cli(&[args, &remote[..]].concat())
    }

    pub fn invites(&self, n: usize) -> Vec<String> {
        invites(&self.key, &self.id, n)
    }
}

/// A survey of the example file with 15 responses: five each in
/// Engineering, Operations and "Prefer not to say" (the other areas
/// empty), closed and published by area; with the published report.
pub fn published() -> (Fixture, Value) {
    let f = Fixture::new();
    let areas = [
        "Engineering",
        "Operations",
        caucus_core::survey::PREFER_NOT_TO_SAY,
    ];
    for (i, code) in f.invites(15).iter().enumerate() {
        let answers = answers(areas[i % 3], 1 + (i % 5) as i64, "");
        let (status, body) = submit(f.base(), &f.id, code, &answers);
        assert_eq!(status, 201, "{body}");
    }
    f.cli(&["close", &f.id]).expect("close");
    f.cli(&["publish", &f.id, "--by", "area"]).expect("publish");
    let url = format!("{}/api/v1/surveys/{}/results", f.base(), f.id);
    let release: Value = serde_json::from_str(&call(agent().get(&url).call()).1).expect("json");
    (f, release["report"].clone())
}

/// Each chart's counts of a published `report` (the whole survey, then
/// each group with anyone in it), in table order, "hidden" said in `lang`.
pub fn expected_counts(report: &Value, lang: &str) -> Vec<Vec<String>> {
    let counts = |q: &Value| -> Vec<String> {
        q["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| {
                o["count"].as_u64().map_or_else(
                    || caucus_core::i18n::text(lang, "chart-hidden", &[]),
                    |n| n.to_string(),
                )
            })
            .collect()
    };
    let mut expected = Vec::new();
    for q in report["questions"].as_array().unwrap() {
        if q["kind"] != "text" {
            expected.push(counts(q));
        }
    }
    for g in report["groups"].as_array().unwrap() {
        if g["responses"].as_u64().is_some_and(|n| n > 0) {
            for q in g["questions"].as_array().unwrap() {
                if q["kind"] != "text" && q["id"] != "area" {
                    expected.push(counts(q));
                }
            }
        }
    }
    expected
}

/// Promise 3 on a copy of the data directory: neither the free-text `note`
/// the answers carried nor their canonical JSON is there in plaintext.
pub fn assert_sealed(disk: &[u8], note: &str) {
    assert!(!contains(disk, note.as_bytes()), "an answer in plaintext");
    assert!(
        !contains(disk, b"\"area\":\"Operations\""),
        "canonical answers in plaintext"
    );
}

/// Promise 1 on a copy of the data directory: no invite code nor any part
/// of one, no client address, no user agent.
pub fn assert_unlinkable<'a>(disk: &[u8], codes: impl IntoIterator<Item = &'a String>) {
    for code in codes {
        assert!(!contains(disk, code.as_bytes()), "invite code on disk");
        let raw = caucus_core::encoding::from_b64url(code).expect("code");
        assert!(!contains(disk, &raw[..16]), "invite nonce on disk");
        assert!(!contains(disk, &raw[16..]), "invite signature on disk");
    }
    assert!(!contains(disk, b"127.0.0.1"), "client address on disk");
    assert!(
        !contains(disk, b"UniqueBrowserMarker"),
        "user agent on disk"
    );
}
