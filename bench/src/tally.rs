//! A large survey on the real release server, and what it costs: the
//! server's memory holding it (running, and freshly restarted on the same
//! data), a backup's pause, and the organiser's tally of it, run as the
//! release `caucus` program an organiser runs.
//!
//! The store is filled the way respondents fill it: through HTTP, one
//! fresh signed invite per response, varied valid answers, 64 keep-alive
//! connections. Invites are signed in chunks just before they are sent,
//! so the bench never holds a million of them (about 130 MB) at once; the
//! signing is timed apart from the sending. The server's own count and the
//! tally's must both equal what was sent, or the run fails.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context};
use caucus_core::{CampaignId, Survey};

use crate::answers::random_answers;
use crate::ceilings::SURVEY;
use crate::client;
use crate::proc;
use crate::server::{self, Deployment, Process, IDLE};

/// Invites signed, then sent, at a time.
pub const FILL_CHUNK: usize = 100_000;

/// How often the tally's peak memory is read.
const POLL: Duration = Duration::from_millis(5);

/// Longest a tally may take before the run fails (and the tally is
/// killed): far above a million responses at this machine's opening rate.
const TALLY_LIMIT: Duration = Duration::from_secs(30 * 60);

/// A tally during which neither it nor the server it downloads from used
/// any CPU for this long is stuck, not slow: the run fails then, rather
/// than waiting for [`TALLY_LIMIT`].
const STALL_LIMIT: Duration = Duration::from_secs(15);

/// What [`Large::backup`] measured.
pub struct BackupRun {
    /// The whole command, reading the snapshot back included.
    pub took: Duration,
    /// How long writes waited, as the server reported it.
    pub paused: Duration,
    /// The snapshot's apparent size.
    pub bytes: u64,
}

/// Longest a backup may take before the run fails.
const BACKUP_LIMIT: Duration = Duration::from_secs(10 * 60);

/// How long a stopped server may take to exit cleanly.
const STOP_GRACE: Duration = Duration::from_secs(60);

/// What filling the store took.
pub struct Fill {
    /// Signing every invite, on two threads.
    pub signing: Duration,
    /// Heap held by one chunk of invite codes (their bytes plus a `String`
    /// each; the allocator's own overhead not counted).
    pub chunk_bytes: u64,
    /// Sending every response and reading every answer.
    pub sending: Duration,
}

/// One `caucus tally` run.
pub struct TallyRun {
    /// From spawning the program to seeing it exit, which is noticed one
    /// [`POLL`] late at most (plus the time to be scheduled).
    pub took: Duration,
    /// The highest `VmHWM` read while it ran.
    pub peak: Option<u64>,
}

/// A release server holding one survey, with everything needed to restart
/// it on the same data.
pub struct Large {
    deployment: Deployment,
    binary: PathBuf,
    pub id: CampaignId,
    survey: Survey,
}

impl Large {
    /// A fresh server with a fresh survey (the example one) and no answers.
    pub fn start(binary: &Path) -> anyhow::Result<Self> {
        let deployment = Deployment::start(binary)?;
        let id = deployment.create("survey", SURVEY)?;
        Ok(Self {
            deployment,
            binary: binary.to_path_buf(),
            id,
            survey: Survey::from_toml(SURVEY).context("the example survey")?,
        })
    }

    pub fn pid(&self) -> u32 {
        self.deployment.pid()
    }

    /// Send `count` responses, each with its own fresh invite; every one
    /// must be accepted. `done` hears how many are in after each chunk.
    pub fn fill(&self, count: usize, mut done: impl FnMut(usize)) -> anyhow::Result<Fill> {
        let path = format!("/api/v1/surveys/{}/responses", self.id);
        let mut fill = Fill {
            signing: Duration::ZERO,
            chunk_bytes: 0,
            sending: Duration::ZERO,
        };
        let mut sent = 0;
        while sent < count {
            let chunk = FILL_CHUNK.min(count - sent);
            let signing = Instant::now();
            let codes = server::sign_invites(&self.deployment.signer, &self.id, chunk)?;
            fill.signing += signing.elapsed();
            let bytes: usize = codes
                .iter()
                .map(|c| c.capacity() + std::mem::size_of::<String>())
                .sum();
            fill.chunk_bytes = fill.chunk_bytes.max(bytes as u64);
            let used = AtomicUsize::new(0);
            let drained = client::drain(self.deployment.addr(), crate::CONNECTIONS, 201, || {
                let code = codes.get(used.fetch_add(1, Ordering::Relaxed))?;
                Some(self.response(&path, code))
            })
            .with_context(|| server::log_tail(&self.deployment.stderr_log))?;
            fill.sending += drained.elapsed;
            if drained.errors > 0 || drained.ok != chunk as u64 {
                bail!(
                    "filling the survey: {} of {chunk} responses accepted, {} failed (the first: {}); {}",
                    drained.ok,
                    drained.errors,
                    drained.first_error.unwrap_or_default(),
                    server::log_tail(&self.deployment.stderr_log)
                );
            }
            sent += chunk;
            done(sent);
        }
        Ok(fill)
    }

    /// A response with varied valid answers and the invite `code`, posted
    /// to `path`.
    fn response(&self, path: &str, code: &str) -> Vec<u8> {
        let answers = random_answers(&self.survey, &mut rand::thread_rng());
        let body = serde_json::json!({"invite": code, "answers": answers}).to_string();
        client::request("POST", self.deployment.addr(), path, body.as_bytes())
    }

    /// Another open survey (the example one) on the same server.
    pub fn another_survey(&self) -> anyhow::Result<CampaignId> {
        self.deployment.create("survey", SURVEY)
    }

    /// Send fresh responses to `survey`, one invite each, at `rate` per second over
    /// `connections` for `length`. Every one must be accepted.
    pub fn paced(
        &self,
        survey: &CampaignId,
        rate: f64,
        connections: usize,
        length: Duration,
    ) -> anyhow::Result<()> {
        let path = format!("/api/v1/surveys/{survey}/responses");
        let supply = (rate * length.as_secs_f64() * 1.2) as usize + connections;
        let codes = server::sign_invites(&self.deployment.signer, survey, supply)?;
        let used = AtomicUsize::new(0);
        let window = crate::Window {
            warmup: Duration::ZERO,
            measure: length,
        };
        let outcome = client::run(
            self.deployment.addr(),
            connections,
            window,
            client::Pace::Open(rate),
            201,
            || {
                let code = codes.get(used.fetch_add(1, Ordering::Relaxed))?;
                Some(self.response(&path, code))
            },
        )
        .with_context(|| server::log_tail(&self.deployment.stderr_log))?;
        if outcome.errors > 0 {
            bail!(
                "{} responses failed at {rate}/s; {}",
                outcome.errors,
                server::log_tail(&self.deployment.stderr_log)
            );
        }
        Ok(())
    }

    /// Where the data directory's bytes go, per stored response.
    pub fn disk_share(&self) -> anyhow::Result<crate::disk_share::DiskShare> {
        crate::disk_share::measure(
            &self.survey,
            &self.id,
            &self.deployment.organisers,
            self.responses()?,
            self.data_bytes()?,
        )
    }

    /// The server's data directory.
    pub fn data_dir(&self) -> &Path {
        &self.deployment.data
    }

    /// `caucus <args> --server URL --key KEY`, in this process; what it
    /// printed.
    fn cli(&self, args: &[&str]) -> anyhow::Result<String> {
        let base = format!("http://{}", self.deployment.addr());
        let mut all: Vec<&OsStr> = vec!["caucus".as_ref()];
        all.extend(args.iter().map(|a| OsStr::new(*a)));
        all.extend([
            "--server".as_ref(),
            base.as_ref(),
            "--key".as_ref(),
            self.deployment.key_path.as_os_str(),
        ]);
        let mut out = Vec::new();
        caucus::run(all, &mut out)
            .with_context(|| format!("caucus {}", args.join(" ")))
            .with_context(|| server::log_tail(&self.deployment.stderr_log))?;
        Ok(String::from_utf8(out)?)
    }

    /// How many responses the server says the survey holds
    /// (`caucus survey status`).
    pub fn responses(&self) -> anyhow::Result<u64> {
        self.responses_of(&self.id)
    }

    /// How many responses `survey` on this server holds.
    pub fn responses_of(&self, survey: &CampaignId) -> anyhow::Result<u64> {
        let id = survey.to_string();
        let printed = self.cli(&["survey", "status", &id])?;
        printed
            .lines()
            .find_map(|l| l.strip_prefix("responses: "))
            .and_then(|n| n.trim().parse().ok())
            .ok_or_else(|| anyhow!("`caucus survey status` printed no count: {printed:?}"))
    }

    /// `caucus close`: a tally needs a closed survey.
    pub fn close(&self) -> anyhow::Result<()> {
        let id = self.id.to_string();
        self.cli(&["close", &id]).map(drop)
    }

    /// Apparent size of the server's data directory.
    pub fn data_bytes(&self) -> anyhow::Result<u64> {
        proc::dir_bytes(&self.deployment.data).context("measuring the data directory")
    }

    /// `caucus tally ID --by area --format json --out FILE` as a child
    /// process, with its peak memory polled from /proc while it runs.
    /// Polling can miss growth in the last interval before it exits (the
    /// kernel drops `VmHWM` from a process that has ended, and std offers
    /// no `getrusage` without unsafe code, which this crate forbids); at
    /// one read every [`POLL`] over a run of seconds that is a small part.
    pub fn tally(&self, cli: &Path, expected: u64, name: &str) -> anyhow::Result<TallyRun> {
        let dir = self.deployment.dir.path();
        let out = dir.join(format!("tally-{name}.json"));
        let log = dir.join(format!("tally-{name}.stderr.log"));
        let mut command = Command::new(cli);
        command
            .arg("tally")
            .arg(self.id.to_string())
            .args(["--by", "area", "--format", "json", "--out"])
            .arg(&out)
            .arg("--server")
            .arg(format!("http://{}", self.deployment.addr()))
            .arg("--key")
            .arg(&self.deployment.key_path)
            .env_remove("CAUCUS_SERVER")
            .env_remove("CAUCUS_KEY")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log)?);
        let started = Instant::now();
        let mut child = Process::new(
            command
                .spawn()
                .with_context(|| format!("starting {}", cli.display()))?,
        );
        let server = self.pid();
        let child_pid = child.id();
        let busy = || proc::cpu_ticks(child_pid).zip(proc::cpu_ticks(server));
        let mut peak = None;
        let mut last_busy = (busy(), Instant::now());
        let status = loop {
            if let Some(status) = child.try_wait()? {
                break status;
            }
            if let Some(now) = proc::peak_rss(child_pid) {
                peak = Some(peak.map_or(now, |p: u64| p.max(now)));
            }
            let now = busy();
            if now != last_busy.0 {
                last_busy = (now, Instant::now());
            } else if last_busy.1.elapsed() > STALL_LIMIT {
                bail!(
                    "the tally is stuck: neither it nor the server used any CPU for {STALL_LIMIT:?}; killed"
                );
            }
            if started.elapsed() > TALLY_LIMIT {
                bail!("the tally took longer than {TALLY_LIMIT:?}; killed");
            }
            std::thread::sleep(POLL);
        };
        let took = started.elapsed();
        if !status.success() {
            let said = std::fs::read_to_string(&log).unwrap_or_default();
            bail!("caucus tally failed ({status}): {}", said.trim());
        }
        let report: serde_json::Value = serde_json::from_slice(
            &std::fs::read(&out).with_context(|| format!("reading {}", out.display()))?,
        )
        .context("the tally's JSON")?;
        if report["responses"].as_u64() != Some(expected) {
            bail!(
                "the tally counted {} responses, not {expected}",
                report["responses"]
            );
        }
        Ok(TallyRun { took, peak })
    }

    /// `caucus-server backup DIR` against the running server: how long the
    /// command took, how long writes waited (as the server reports it: the
    /// command then reads the snapshot back with writers going on), and
    /// the snapshot's apparent size.
    pub fn backup(&self) -> anyhow::Result<BackupRun> {
        let target = self.deployment.dir.path().join("backup");
        let mut command = Command::new(&self.binary);
        command
            .arg("--data")
            .arg(&self.deployment.data)
            .arg("backup")
            .arg(&target)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        server::clear_server_env(&mut command);
        let started = Instant::now();
        let mut child = Process::new(command.spawn().context("starting caucus-server backup")?);
        let status = loop {
            if let Some(status) = child.try_wait()? {
                break status;
            }
            if started.elapsed() > BACKUP_LIMIT {
                bail!("the backup took longer than {BACKUP_LIMIT:?}; killed");
            }
            std::thread::sleep(POLL);
        };
        let took = started.elapsed();
        if !status.success() {
            bail!(
                "caucus-server backup failed ({status}): {}",
                child.stderr_text()
            );
        }
        let printed = child.stdout_text();
        let paused = printed
            .rsplit_once("writes paused ")
            .and_then(|(_, rest)| rest.strip_suffix(" s"))
            .and_then(|seconds| seconds.parse::<f64>().ok())
            .ok_or_else(|| anyhow!("caucus-server backup printed no pause: {printed:?}"))?;
        let bytes = proc::dir_bytes(&target).context("measuring the backup")?;
        Ok(BackupRun {
            took,
            paused: Duration::from_secs_f64(paused),
            bytes,
        })
    }

    /// Stop the server (SIGTERM, then wait for it) and start it again on
    /// the same data directory; the new start-up time.
    pub fn restart(&mut self) -> anyhow::Result<Duration> {
        self.deployment.restart(&self.binary, STOP_GRACE)?;
        Ok(self.deployment.running.startup)
    }

    /// The server's resident memory after [`IDLE`] of quiet.
    pub fn idle_rss(&self) -> Option<u64> {
        std::thread::sleep(IDLE);
        proc::rss(self.pid())
    }
}
