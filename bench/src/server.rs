//! Durable survey submissions and statement signatures against the real
//! `caucus-server` release binary, in its own process so that what it
//! costs (CPU, memory, start-up time) is its own and not the load
//! generator's.
//!
//! The server runs on 127.0.0.1:0 with a temporary data directory and
//! three organiser keys; one survey and one statement are created through
//! the organiser CLI (`caucus::run`), as an organiser would. Every request
//! carries a fresh, validly signed invite generated beforehand, so each one
//! really pays for verification and for the durable spend-once write; none
//! is refused as already spent.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context};
use caucus_core::{CampaignId, Invite, OrganiserKey};
use rand::rngs::OsRng;

use crate::ceilings::{answers_json, STATEMENT, SURVEY};
use crate::client::{self, Outcome, Pace};
use crate::Window;

/// Bring the workspace's release `caucus-server` up to date and return its
/// path, so the figures are always for the code in this tree.
pub fn build_release_server() -> anyhow::Result<PathBuf> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or_else(|| anyhow!("no workspace above the bench crate"))?
        .join("Cargo.toml");
    eprintln!("caucus-bench: building the release caucus-server ...");
    let output = Command::new(cargo)
        .arg("build")
        .arg("--release")
        .arg("--manifest-path")
        .arg(&manifest)
        .args(["-p", "caucus-server", "--bin", "caucus-server"])
        .arg("--message-format=json")
        .stderr(Stdio::inherit())
        .output()
        .context("running cargo build")?;
    if !output.status.success() {
        bail!("building caucus-server failed ({})", output.status);
    }
    for line in output.stdout.split(|b| *b == b'\n') {
        let Ok(message) = serde_json::from_slice::<serde_json::Value>(line) else {
            continue;
        };
        if message["reason"] == "compiler-artifact" && message["target"]["name"] == "caucus-server"
        {
            if let Some(path) = message["executable"].as_str() {
                return Ok(PathBuf::from(path));
            }
        }
    }
    bail!("cargo built no caucus-server executable")
}

/// One load run against the server.
pub struct Driven {
    pub outcome: Outcome,
    /// CPU the server process used over the whole run (warm-up included),
    /// in cores: near 2 on two cores means it is CPU-bound. `None` where
    /// the kernel does not report per-thread CPU time.
    pub server_cores: Option<f64>,
}

/// What a load run sends: survey submissions or anonymous signatures.
#[derive(Clone, Copy)]
pub enum Target {
    Survey,
    Statement,
}

/// How long the server is left alone after start-up before its idle
/// memory is read: long enough for start-up work to have finished, short
/// next to the runs.
const IDLE: Duration = Duration::from_secs(1);

/// A running server with one open survey and one open statement.
pub struct SubmitBench {
    server: Process,
    pub addr: SocketAddr,
    pub id: CampaignId,
    pub statement: CampaignId,
    /// From spawning the process to its "listening" line.
    pub startup: Duration,
    /// Resident memory (VmRSS, bytes) after start-up and [`IDLE`], before
    /// any campaign exists. `None` where /proc does not say.
    pub rss_idle: Option<u64>,
    signer: OrganiserKey,
    answers: String,
    stderr_log: PathBuf,
    // Dropped last: the server is killed (by PID) before its data goes.
    _dir: tempfile::TempDir,
}

impl SubmitBench {
    pub fn start(binary: &Path) -> anyhow::Result<Self> {
        let dir = tempfile::tempdir().context("temporary directory")?;
        let keys: Vec<OrganiserKey> = (0..3).map(|_| OrganiserKey::generate(&mut OsRng)).collect();
        let stderr_log = dir.path().join("server.stderr.log");
        let log = std::fs::File::create(&stderr_log)?;
        let mut command = Command::new(binary);
        command
            .arg("--bind")
            .arg("127.0.0.1:0")
            .arg("--data")
            .arg(dir.path().join("data"))
            .stdout(Stdio::piped())
            .stderr(log);
        // Only what is given here configures the server.
        for name in [
            "CAUCUS_CONFIG",
            "CAUCUS_DATA",
            "CAUCUS_BIND",
            "CAUCUS_ORGANISER",
            "CAUCUS_DEMO",
            "CAUCUS_LOG",
        ] {
            command.env_remove(name);
        }
        for key in &keys {
            command.arg("--organiser").arg(key.public().to_string());
        }
        let spawned = Instant::now();
        let mut server = Process(
            command
                .spawn()
                .with_context(|| format!("starting {}", binary.display()))?,
        );
        let stdout = server
            .0
            .stdout
            .take()
            .ok_or_else(|| anyhow!("no stdout from the server"))?;
        let addr = listening_address(stdout, &stderr_log)?;
        let startup = spawned.elapsed();
        std::thread::sleep(IDLE);
        let rss_idle = rss(server.0.id());
        let signer = keys
            .into_iter()
            .next()
            .ok_or_else(|| anyhow!("no organiser key"))?;
        let key_path = dir.path().join("organiser.key");
        caucus::write_private(&key_path, signer.to_file_text().as_bytes())?;
        let create = |noun: &str, text: &str| {
            create_with_cli(dir.path(), &key_path, addr, noun, text)
                .with_context(|| log_tail(&stderr_log))
        };
        let id = create("survey", SURVEY)?;
        let statement = create("statement", STATEMENT)?;
        Ok(Self {
            server,
            addr,
            id,
            statement,
            startup,
            rss_idle,
            signer,
            answers: answers_json().to_string(),
            stderr_log,
            _dir: dir,
        })
    }

    /// `count` fresh invites to `campaign`, signed on two threads.
    pub fn invites(&self, campaign: &CampaignId, count: usize) -> anyhow::Result<Vec<String>> {
        let half = count.div_ceil(2);
        std::thread::scope(|scope| {
            let parts: Vec<_> = [half, count - half]
                .into_iter()
                .map(|n| {
                    scope.spawn(move || -> Vec<String> {
                        (0..n)
                            .map(|_| Invite::issue(&self.signer, campaign, &mut OsRng).code())
                            .collect()
                    })
                })
                .collect();
            let mut all = Vec::with_capacity(count);
            for part in parts {
                all.extend(part.join().map_err(|_| anyhow!("invite thread panicked"))?);
            }
            Ok(all)
        })
    }

    fn drive(
        &self,
        target: Target,
        connections: usize,
        window: Window,
        pace: Pace,
        invites: usize,
    ) -> anyhow::Result<Driven> {
        let (campaign, path) = match target {
            Target::Survey => (self.id, format!("/api/v1/surveys/{}/responses", self.id)),
            Target::Statement => (
                self.statement,
                format!("/api/v1/statements/{}/signatures", self.statement),
            ),
        };
        let codes = self.invites(&campaign, invites)?;
        let used = AtomicUsize::new(0);
        let request = |code: &str| {
            let body = match target {
                Target::Survey => {
                    format!("{{\"invite\":\"{code}\",\"answers\":{}}}", self.answers)
                }
                Target::Statement => format!("{{\"anonymous\":true,\"invite\":\"{code}\"}}"),
            };
            client::request("POST", self.addr, &path, body.as_bytes())
        };
        let cpu_before = cpu_time(self.server.0.id());
        let started = Instant::now();
        let outcome = client::run(self.addr, connections, window, pace, 201, || {
            let code = codes.get(used.fetch_add(1, Ordering::Relaxed))?;
            Some(request(code))
        })
        .with_context(|| log_tail(&self.stderr_log))?;
        let wall = started.elapsed();
        let server_cores = cpu_before
            .zip(cpu_time(self.server.0.id()))
            .map(|(before, after)| after.saturating_sub(before).as_secs_f64() / wall.as_secs_f64());
        // The first invite was sent first; when nothing failed it was
        // accepted, so the server must now refuse it as spent. Otherwise
        // the run did not exercise spend-once and its figure means nothing.
        if outcome.errors == 0 {
            let first = codes.first().ok_or_else(|| anyhow!("no invites"))?;
            let status = client::once(self.addr, &request(first))?;
            if status != 409 {
                bail!("a spent invite was answered {status}, not 409 (spent)");
            }
        }
        Ok(Driven {
            outcome,
            server_cores,
        })
    }

    /// Closed loop: as fast as the server answers.
    pub fn saturate(
        &self,
        target: Target,
        connections: usize,
        window: Window,
        invites: usize,
    ) -> anyhow::Result<Driven> {
        self.drive(target, connections, window, Pace::Closed, invites)
    }

    /// Open loop at `rate` survey submissions per second over all
    /// connections.
    pub fn paced(
        &self,
        connections: usize,
        rate: f64,
        window: Window,
        invites: usize,
    ) -> anyhow::Result<Driven> {
        self.drive(
            Target::Survey,
            connections,
            window,
            Pace::Open(rate),
            invites,
        )
    }

    /// Stop the server (SIGKILL by PID, see [`Process`]) and remove its data.
    pub fn stop(self) {
        drop(self);
    }
}

/// A child process, stopped (SIGKILL, by its PID) when dropped, also when
/// start-up fails half-way.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `caucus <noun> create FILE --server URL --key KEY`, with `text` as the
/// file; returns the id the CLI printed on its last line.
fn create_with_cli(
    dir: &Path,
    key_path: &Path,
    addr: SocketAddr,
    noun: &str,
    text: &str,
) -> anyhow::Result<CampaignId> {
    let file = dir.join(format!("{noun}.toml"));
    std::fs::write(&file, text)?;
    let base = format!("http://{}", addr);
    let mut out = Vec::new();
    let args: [&OsStr; 8] = [
        "caucus".as_ref(),
        noun.as_ref(),
        "create".as_ref(),
        file.as_os_str(),
        "--server".as_ref(),
        base.as_ref(),
        "--key".as_ref(),
        key_path.as_os_str(),
    ];
    caucus::run(args, &mut out).with_context(|| format!("creating the {noun} with the CLI"))?;
    let printed = String::from_utf8(out)?;
    let id = printed
        .lines()
        .last()
        .ok_or_else(|| anyhow!("the CLI printed no {noun} id"))?;
    id.trim()
        .parse()
        .map_err(|_| anyhow!("the CLI printed {id:?}, not a {noun} id"))
}

/// Read the server's stdout up to its "listening on" line, then keep
/// draining it in the background so the server never blocks on the pipe.
fn listening_address(
    stdout: impl Read + Send + 'static,
    stderr_log: &Path,
) -> anyhow::Result<SocketAddr> {
    let mut lines = BufReader::new(stdout).lines();
    loop {
        match lines.next() {
            Some(Ok(line)) => {
                if let Some(rest) = line.strip_prefix("caucus-server listening on http://") {
                    let addr = rest.trim().parse()?;
                    std::thread::spawn(move || for _ in lines {});
                    return Ok(addr);
                }
            }
            _ => bail!(
                "the server exited before listening; {}",
                log_tail(stderr_log)
            ),
        }
    }
}

/// The end of the server's log, for an error message: the temporary
/// directory holding it is gone once the run stops.
fn log_tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let tail = lines[lines.len().saturating_sub(20)..].join("\n");
    if tail.is_empty() {
        "the server logged nothing".into()
    } else {
        format!("the server's log ends:\n{tail}")
    }
}

/// Time on CPU of every thread of process `pid` (Linux `schedstat`,
/// nanoseconds). The server's threads (HTTP workers, the commit thread,
/// sled's flusher) live as long as it does, so none is missed by exiting.
fn cpu_time(pid: u32) -> Option<Duration> {
    let mut total = 0u64;
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).ok()? {
        let text = std::fs::read_to_string(task.ok()?.path().join("schedstat")).ok()?;
        total += text.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(Duration::from_nanos(total))
}

/// Resident memory of process `pid` in bytes (Linux `VmRSS`).
fn rss(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}
