//! The operator's control socket: `caucus-server backup` reaches the
//! running server through `control.sock` in the data directory.
//!
//! A Unix socket rather than an HTTP route, because backups are the
//! hosting operator's business, not the organisers': a snapshot holds the
//! server's signing key and every campaign key (sealed to the organisers),
//! which no admin API should hand out. The socket lives inside the data directory (mode 0700) and
//! is itself mode 0600, so only the account that runs the server can use
//! it. One request per connection, one line each way:
//! `backup <absolute directory>` → `ok <JSON>` or `error <message>`, the
//! JSON being a [`Backup`].

use std::io::{BufRead, BufReader, Read, Write as _};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use serde::{Deserialize, Serialize};

use caucus_core::OrganiserPublicKey;

use crate::operator::backup::{self, Manifest};
use crate::store::Store;
use crate::writes::commit::{Committer, Outcome, Write};

const LINE_LIMIT: u64 = 8192;
const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// A snapshot written, and how long writes waited for it: the operator's
/// measure of what a backup costs the people using the server.
#[derive(Debug, Serialize, Deserialize)]
pub struct Backup {
    pub manifest: Manifest,
    /// From asking the running server's single writer for the snapshot to
    /// its answer; none when no server ran, so no write waited.
    pub writes_paused_ms: Option<u64>,
}

pub fn socket_path(data: &Path) -> PathBuf {
    data.join("control.sock")
}

/// Listen on the data directory's control socket, on a thread of its own.
/// Backups seal their secrets to `organisers`.
pub fn start(
    data: &Path,
    committer: Committer,
    organisers: Vec<OrganiserPublicKey>,
) -> anyhow::Result<()> {
    let path = socket_path(data);
    // A socket file left by a killed server: the database lock already
    // proved no other server runs on this directory.
    let _ = std::fs::remove_file(&path);
    let listener = UnixListener::bind(&path)
        .with_context(|| format!("binding the control socket {}", path.display()))?;
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
    std::thread::Builder::new()
        .name("caucus-control".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                if let Err(err) = serve(stream, &committer, &organisers) {
                    log::warn!("control socket: {err:#}");
                }
            }
        })
        .context("starting the control thread")?;
    Ok(())
}

fn serve(
    stream: UnixStream,
    committer: &Committer,
    organisers: &[OrganiserPublicKey],
) -> anyhow::Result<()> {
    // One connection at a time: one that never sends its line must not
    // block the next backup for ever.
    stream.set_read_timeout(Some(REQUEST_TIMEOUT))?;
    let mut line = String::new();
    BufReader::new((&stream).take(LINE_LIMIT)).read_line(&mut line)?;
    let answer = match line.trim_end().split_once(' ') {
        Some(("backup", dir)) if Path::new(dir).is_absolute() => {
            let asked = Instant::now();
            let outcome = committer.commit_blocking(Write::Backup {
                dir: dir.into(),
                organisers: organisers.to_vec(),
            });
            let writes_paused_ms = u64::try_from(asked.elapsed().as_millis()).unwrap_or(u64::MAX);
            match outcome {
                Ok(Outcome::BackedUp(manifest)) => {
                    log::info!(
                        "backup written, writes paused {writes_paused_ms} ms: {}",
                        backup::summary(&manifest)
                    );
                    let backup = Backup {
                        manifest: *manifest,
                        writes_paused_ms: Some(writes_paused_ms),
                    };
                    format!("ok {}", serde_json::to_string(&backup)?)
                }
                Ok(other) => format!("error unexpected outcome {other:?}"),
                Err(err) => format!("error {err}"),
            }
        }
        _ => "error expected `backup <absolute directory>`".to_string(),
    };
    (&stream).write_all(format!("{}\n", answer.replace('\n', " ")).as_bytes())?;
    Ok(())
}

/// `caucus-server backup DIR`: through the running server if there is
/// one (which seals to its own organisers), else straight from the data
/// directory, sealed to `organisers`.
pub fn backup_command(
    data: &Path,
    dir: &Path,
    organisers: &[OrganiserPublicKey],
) -> anyhow::Result<Backup> {
    let dir = std::path::absolute(dir)?;
    match UnixStream::connect(socket_path(data)) {
        Ok(mut stream) => {
            writeln!(
                stream,
                "backup {}",
                dir.to_str().context("the backup path is not UTF-8")?
            )?;
            let mut answer = String::new();
            BufReader::new(stream).read_line(&mut answer)?;
            match answer.trim_end().split_once(' ') {
                // Made durable and read back here, in this short-lived
                // process, once the server's writers have gone on: the
                // server's memory need not hold what the check reads.
                Some(("ok", json)) => {
                    let backup: Backup = serde_json::from_str(json)?;
                    backup::complete(&dir, &backup.manifest)?;
                    Ok(backup)
                }
                Some(("error", message)) => bail!("the server refused: {message}"),
                _ => bail!("the server's control socket gave no answer"),
            }
        }
        Err(_) => {
            let store = Store::open(data).context(
                "no server answered on the control socket, and the data directory could not be opened",
            )?;
            // As a start would: a reveal a crash cut short is finished or
            // undone first, so no name is copied in the clear before its
            // reveal.
            crate::settle_personal_texts(&store, organisers)?;
            let manifest = backup::snapshot(&store, &dir, organisers)?;
            drop(store);
            backup::complete(&dir, &manifest)?;
            Ok(Backup {
                manifest,
                writes_paused_ms: None,
            })
        }
    }
}
