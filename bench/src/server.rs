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
use caucus_core::{CampaignId, Invite, OrganiserKey, OrganiserPublicKey};
use rand::rngs::OsRng;

use crate::ceilings::{answers_json, STATEMENT, SURVEY};
use crate::client::{self, Outcome, Pace};
use crate::proc;
use crate::Window;

/// Bring the workspace's release `caucus-server` up to date and return its
/// path, so the figures are always for the code in this tree.
pub fn build_release_server() -> anyhow::Result<PathBuf> {
    build_release("caucus-server", "caucus-server")
}

/// The same for the organiser CLI `caucus`, whose tally is measured as the
/// separate program an organiser runs.
pub fn build_release_cli() -> anyhow::Result<PathBuf> {
    build_release("caucus", "caucus")
}

fn build_release(package: &str, binary: &str) -> anyhow::Result<PathBuf> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or_else(|| anyhow!("no workspace above the bench crate"))?
        .join("Cargo.toml");
    eprintln!("caucus-bench: building the release {binary} ...");
    let mut command = Command::new(cargo);
    // `cargo run` describes the bench's own package to it in these
    // variables. Some build scripts (ring's) ask to be rerun when they
    // change, so passing them on would rebuild those crates, and all that
    // depends on them, on every run and again after the next plain build.
    for (name, _) in std::env::vars_os() {
        let Some(name) = name.to_str() else { continue };
        if name.starts_with("CARGO_PKG_")
            || [
                "CARGO_MANIFEST_DIR",
                "CARGO_MANIFEST_PATH",
                "CARGO_MANIFEST_LINKS",
                "CARGO_CRATE_NAME",
                "CARGO_BIN_NAME",
                "CARGO_PRIMARY_PACKAGE",
                "OUT_DIR",
            ]
            .contains(&name)
        {
            command.env_remove(name);
        }
    }
    let output = command
        .arg("build")
        .arg("--release")
        .arg("--manifest-path")
        .arg(&manifest)
        .args(["-p", package, "--bin", binary])
        .arg("--message-format=json")
        .stderr(Stdio::inherit())
        .output()
        .context("running cargo build")?;
    if !output.status.success() {
        bail!("building {binary} failed ({})", output.status);
    }
    for line in output.stdout.split(|b| *b == b'\n') {
        let Ok(message) = serde_json::from_slice::<serde_json::Value>(line) else {
            continue;
        };
        if message["reason"] == "compiler-artifact" && message["target"]["name"] == binary {
            if let Some(path) = message["executable"].as_str() {
                return Ok(PathBuf::from(path));
            }
        }
    }
    bail!("cargo built no {binary} executable")
}

/// One load run against the server.
pub struct Driven {
    pub outcome: Outcome,
    /// CPU the server process used over the whole run (warm-up included),
    /// in cores: near 2 on two cores means it is CPU-bound. `None` where
    /// the kernel does not report per-thread CPU time.
    pub server_cores: Option<f64>,
    /// The share of both cores left idle over the run (`/proc/stat`): near
    /// 0 means the machine, not a wait, is the limit.
    pub machine_idle: Option<f64>,
    /// CPU the load generator (this process) used over the run, in cores:
    /// it shares the machine with the server.
    pub load_generator_cores: Option<f64>,
    /// The server's commit cycles over the run, as it logged them.
    pub cycles: Option<crate::cycles::Cycles>,
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
pub const IDLE: Duration = Duration::from_secs(1);

/// A running server with one open survey and one open statement.
pub struct SubmitBench {
    pub deployment: Deployment,
    pub id: CampaignId,
    pub statement: CampaignId,
    /// Resident memory (VmRSS, bytes) after start-up and [`IDLE`], before
    /// any campaign exists. `None` where /proc does not say.
    pub rss_idle: Option<u64>,
    answers: String,
}

impl SubmitBench {
    pub fn start(binary: &Path) -> anyhow::Result<Self> {
        let deployment = Deployment::start(binary)?;
        std::thread::sleep(IDLE);
        let rss_idle = proc::rss(deployment.pid());
        let id = deployment.create("survey", SURVEY)?;
        let statement = deployment.create("statement", STATEMENT)?;
        Ok(Self {
            deployment,
            id,
            statement,
            rss_idle,
            answers: answers_json().to_string(),
        })
    }

    /// `count` fresh invites to `campaign`, signed on two threads.
    pub fn invites(&self, campaign: &CampaignId, count: usize) -> anyhow::Result<Vec<String>> {
        sign_invites(&self.deployment.signer, campaign, count)
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
        let addr = self.deployment.addr();
        let request = |code: &str| {
            let body = match target {
                Target::Survey => {
                    format!("{{\"invite\":\"{code}\",\"answers\":{}}}", self.answers)
                }
                Target::Statement => format!("{{\"anonymous\":true,\"invite\":\"{code}\"}}"),
            };
            client::request("POST", addr, &path, body.as_bytes())
        };
        let driven = self.load(connections, window, pace, 201, &codes, request)?;
        let first = codes.first().ok_or_else(|| anyhow!("no invites"))?;
        self.spent_once(&driven, &request(first), "a spent invite")?;
        Ok(driven)
    }

    /// One request per item of `supply`, built by `request`, over
    /// `connections`; `expect` is the status that counts.
    pub fn load<F>(
        &self,
        connections: usize,
        window: Window,
        pace: Pace,
        expect: u16,
        supply: &[String],
        request: F,
    ) -> anyhow::Result<Driven>
    where
        F: Fn(&str) -> Vec<u8> + Sync,
    {
        let used = AtomicUsize::new(0);
        measured(&self.deployment, || {
            client::run(
                self.deployment.addr(),
                connections,
                window,
                pace,
                expect,
                || {
                    let item = supply.get(used.fetch_add(1, Ordering::Relaxed))?;
                    Some(request(item))
                },
            )
            .with_context(|| log_tail(&self.deployment.stderr_log))
        })
    }

    /// The first item of a run was sent first; when nothing failed it was
    /// accepted, so `again` (a request that uses it again) must now be
    /// refused as spent. Otherwise the run did not exercise spend-once and
    /// its figure means nothing.
    pub fn spent_once(&self, driven: &Driven, again: &[u8], what: &str) -> anyhow::Result<()> {
        if driven.outcome.errors == 0 {
            let status = client::once(self.deployment.addr(), again)?;
            if status != 409 {
                bail!("{what} was answered {status}, not 409 (spent)");
            }
        }
        Ok(())
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

    /// Open loop at `rate` writes per second over all connections.
    pub fn paced(
        &self,
        target: Target,
        connections: usize,
        rate: f64,
        window: Window,
        invites: usize,
    ) -> anyhow::Result<Driven> {
        self.drive(target, connections, window, Pace::Open(rate), invites)
    }

    /// Stop the server (SIGKILL by PID, see [`Process`]) and remove its data.
    pub fn stop(self) {
        drop(self);
    }
}

/// Run one load `run` against the server, and the CPU it used.
fn measured<F>(deployment: &Deployment, run: F) -> anyhow::Result<Driven>
where
    F: FnOnce() -> anyhow::Result<Outcome>,
{
    let pid = deployment.pid();
    let log_from = crate::cycles::log_len(&deployment.stderr_log);
    let cpu_before = proc::cpu_time(pid);
    let machine_before = proc::machine_ticks();
    // The load generator's connection threads come and go with each run,
    // so its time is read as ticks, which keep the exited threads'.
    let own_ticks = || proc::cpu_ticks(std::process::id()).map(|t| Duration::from_millis(t * 10));
    let own_before = own_ticks();
    let started = Instant::now();
    let outcome = run()?;
    let wall = started.elapsed();
    let cores = |before: Option<Duration>, after: Option<Duration>| {
        before
            .zip(after)
            .map(|(before, after)| after.saturating_sub(before).as_secs_f64() / wall.as_secs_f64())
    };
    let machine_idle =
        machine_before
            .zip(proc::machine_ticks())
            .and_then(|((idle0, total0), (idle1, total1))| {
                let total = total1.checked_sub(total0).filter(|t| *t > 0)?;
                Some(idle1.saturating_sub(idle0) as f64 / total as f64)
            });
    Ok(Driven {
        outcome,
        server_cores: cores(cpu_before, proc::cpu_time(pid)),
        machine_idle,
        load_generator_cores: cores(own_before, own_ticks()),
        cycles: crate::cycles::since(&deployment.stderr_log, log_from),
    })
}

/// `count` fresh invites to `campaign` signed by `signer`, on two threads.
pub fn sign_invites(
    signer: &OrganiserKey,
    campaign: &CampaignId,
    count: usize,
) -> anyhow::Result<Vec<String>> {
    crate::threads::make_on_two(count, || {
        Ok(Invite::issue(signer, campaign, &mut OsRng).code())
    })
}

/// A child process, stopped (SIGKILL, by its PID) when dropped, also when
/// start-up fails half-way.
pub struct Process(Child);

impl Process {
    pub fn new(child: Child) -> Self {
        Self(child)
    }

    pub fn id(&self) -> u32 {
        self.0.id()
    }

    pub fn try_wait(&mut self) -> std::io::Result<Option<std::process::ExitStatus>> {
        self.0.try_wait()
    }

    /// What an exited process wrote to its piped stderr.
    pub fn stderr_text(&mut self) -> String {
        read_all(self.0.stderr.take())
    }

    /// What an exited process wrote to its piped stdout.
    pub fn stdout_text(&mut self) -> String {
        read_all(self.0.stdout.take())
    }

    /// Ask the process to stop (SIGTERM, by its PID, through `kill(1)`:
    /// this crate forbids the unsafe a direct signal would need) and wait
    /// up to `grace` for it to exit; after that it is killed.
    pub fn terminate(&mut self, grace: Duration) -> anyhow::Result<()> {
        let sent = Command::new("kill")
            .args(["-s", "TERM", &self.0.id().to_string()])
            .status()
            .context("running kill")?;
        if !sent.success() {
            bail!("kill -s TERM {} failed ({sent})", self.0.id());
        }
        let deadline = Instant::now() + grace;
        while Instant::now() < deadline {
            if self.0.try_wait()?.is_some() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        bail!(
            "process {} did not stop within {grace:?} of SIGTERM; killed",
            self.0.id()
        )
    }
}

fn read_all(pipe: Option<impl Read>) -> String {
    let mut text = String::new();
    if let Some(mut pipe) = pipe {
        let _ = pipe.read_to_string(&mut text);
    }
    text.trim().to_string()
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A release server in its own temporary directory, with three organiser
/// keys, the first of them in a key file for the CLI.
pub struct Deployment {
    pub running: Running,
    pub signer: OrganiserKey,
    pub organisers: Vec<OrganiserPublicKey>,
    pub data: PathBuf,
    pub key_path: PathBuf,
    pub stderr_log: PathBuf,
    // Dropped last: the server is killed (by PID) before its data goes.
    pub dir: tempfile::TempDir,
}

impl Deployment {
    pub fn start(binary: &Path) -> anyhow::Result<Self> {
        let dir = tempfile::tempdir().context("temporary directory")?;
        let keys: Vec<OrganiserKey> = (0..3).map(|_| OrganiserKey::generate(&mut OsRng)).collect();
        let organisers: Vec<OrganiserPublicKey> = keys.iter().map(|k| k.public().clone()).collect();
        let data = dir.path().join("data");
        let stderr_log = dir.path().join("server.stderr.log");
        let running = spawn(binary, &data, &organisers, &stderr_log)?;
        let signer = keys
            .into_iter()
            .next()
            .ok_or_else(|| anyhow!("no organiser key"))?;
        let key_path = dir.path().join("organiser.key");
        caucus::write_private(&key_path, signer.to_file_text().as_bytes())?;
        Ok(Self {
            running,
            signer,
            organisers,
            data,
            key_path,
            stderr_log,
            dir,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.running.addr
    }

    pub fn pid(&self) -> u32 {
        self.running.process.id()
    }

    /// A survey or statement (`noun`) from `text`, created with the CLI;
    /// the server's log comes with any failure.
    pub fn create(&self, noun: &str, text: &str) -> anyhow::Result<CampaignId> {
        create_with_cli(self.dir.path(), &self.key_path, self.addr(), noun, text)
            .with_context(|| log_tail(&self.stderr_log))
    }

    /// Stop the server (SIGTERM, then wait up to `grace`) and start
    /// `binary` again on the same data directory.
    pub fn restart(&mut self, binary: &Path, grace: Duration) -> anyhow::Result<()> {
        self.running
            .process
            .terminate(grace)
            .with_context(|| log_tail(&self.stderr_log))?;
        self.running = spawn(binary, &self.data, &self.organisers, &self.stderr_log)?;
        Ok(())
    }
}

/// A server that has announced its address.
pub struct Running {
    pub process: Process,
    pub addr: SocketAddr,
    /// From spawning the process to its "listening" line.
    pub startup: Duration,
}

/// Start `binary` on 127.0.0.1:0 with data directory `data` (new or
/// existing) and these organisers, its log appended to `stderr_log`, and
/// wait until it listens.
pub fn spawn(
    binary: &Path,
    data: &Path,
    organisers: &[OrganiserPublicKey],
    stderr_log: &Path,
) -> anyhow::Result<Running> {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(stderr_log)?;
    let mut command = Command::new(binary);
    command
        .arg("--bind")
        .arg("127.0.0.1:0")
        .arg("--data")
        .arg(data)
        // For its account of the commit cycles (see `cycles`).
        .arg("--log")
        .arg("debug")
        .stdout(Stdio::piped())
        .stderr(log);
    clear_server_env(&mut command);
    for key in organisers {
        command.arg("--organiser").arg(key.to_string());
    }
    let spawned = Instant::now();
    let mut process = Process(
        command
            .spawn()
            .with_context(|| format!("starting {}", binary.display()))?,
    );
    let stdout = process
        .0
        .stdout
        .take()
        .ok_or_else(|| anyhow!("no stdout from the server"))?;
    let addr = listening_address(stdout, stderr_log)?;
    Ok(Running {
        process,
        addr,
        startup: spawned.elapsed(),
    })
}

/// Only what the bench gives configures the server, never the caller's
/// environment.
pub fn clear_server_env(command: &mut Command) {
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
pub fn log_tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let tail = lines[lines.len().saturating_sub(20)..].join("\n");
    if tail.is_empty() {
        "the server logged nothing".into()
    } else {
        format!("the server's log ends:\n{tail}")
    }
}
