//! caucus CLI: keys, surveys, invites and tallies for organisers.
//!
//! The only crate that prints for humans. Commands write their result to
//! the `out` they are given (stdout in the binary, a buffer in tests), and
//! notes for the person at the keyboard to stderr.

pub mod args;
pub mod check;
pub mod client;
pub mod export_signature;
pub mod exports;
pub mod html_report;
pub mod invites;
pub mod mirror;
pub mod receipt;
pub mod refusal;
pub mod report;
pub mod reveal;
pub mod seen;
pub mod statement;
pub mod tally;
pub mod ticket;
pub mod tiles;
pub mod verify;
pub mod witness;

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context};
use caucus_core::OrganiserKey;
use clap::Parser;

use crate::args::{Cli, Command, SurveyCommand};
use crate::client::Client;

/// Binary entry: run, print any error, map it to an exit code.
pub fn main_entry() -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match run(std::env::args_os(), &mut stdout) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => match err.downcast_ref::<clap::Error>() {
            Some(usage) => {
                let _ = usage.print();
                if usage.use_stderr() {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                }
            }
            // The log verified, but not all of what was asked: not a pass.
            None if err.downcast_ref::<verify::Incomplete>().is_some() => {
                eprintln!("caucus: {err:#}");
                ExitCode::from(verify::INCOMPLETE_EXIT)
            }
            None => {
                eprintln!("caucus: {err:#}");
                ExitCode::from(1)
            }
        },
    }
}

/// Run one command line, writing results to `out`.
pub fn run<I, T>(args: I, out: &mut dyn Write) -> anyhow::Result<()>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = Cli::try_parse_from(args)?;
    match cli.command {
        Command::Keygen { out: path } => keygen(&path, out),
        Command::Survey { command } => match command {
            SurveyCommand::Create { file, remote } => {
                let text = read_survey(&file)?;
                let id = Client::new(&remote.server)?
                    .with_key(&remote.key)?
                    .create_survey(&text)?;
                writeln!(out, "{id}")?;
                Ok(())
            }
            SurveyCommand::Check { file } => check::survey(&file, out),
            SurveyCommand::Status { id, remote } => {
                let status = Client::new(&remote.server)?
                    .with_key(&remote.key)?
                    .status(&id)?;
                writeln!(
                    out,
                    "{}\nstate: {}\nresponses: {}\nshort invite codes registered: {}\ncreated: {}",
                    status["title"].as_str().unwrap_or(""),
                    status["state"].as_str().unwrap_or("?"),
                    status["responses"],
                    status["short_invites"],
                    status["created_on"].as_str().unwrap_or("?"),
                )?;
                if let Some(day) = status["closed_on"].as_str() {
                    writeln!(out, "closed: {day}")?;
                }
                if let Some(key) = status["ticket_key"]["fingerprint"].as_str() {
                    writeln!(
                        out,
                        "ticket key: {key} (print it with the invites, for people to compare)"
                    )?;
                }
                let days = &status["survey"]["retention_days"];
                match status["shredded_on"].as_str() {
                    Some(day) => writeln!(
                        out,
                        "retention: over; responses, spent invites and key destroyed on {day}"
                    )?,
                    None => writeln!(
                        out,
                        "retention: responses destroyed {days} days after closing"
                    )?,
                }
                Ok(())
            }
        },
        Command::Close { id, remote } => set_state(&id, &remote, "close", "closed", out),
        Command::Invites(options) => invites::command(&options, out),
        Command::Reopen { id, remote } => set_state(&id, &remote, "reopen", "open again", out),
        Command::Tally(options) => tally::command(&options, out),
        Command::Publish(options) => tally::publish(&options, out),
        Command::Redact(options) => exports::redact(&options, out),
        Command::VerifyExport(options) => exports::verify_export(&options, out),
        Command::Receipt(options) => receipt::check(&options, out),
        Command::Statement { command } => statement::command(command, out),
        Command::Verify(options) => verify::command(&options, out),
        Command::Mirror(options) => mirror::command(&options, out),
        Command::Ticket { command } => ticket::command(command, out),
        Command::Witness(options) => witness::command(&options, out),
        Command::WitnessKey { key, name } => {
            let key = load_key(&key)?;
            writeln!(out, "{}", witness::verifier_key_of(&key, name.as_deref())?)?;
            Ok(())
        }
    }
}

/// Close or reopen a survey and say what it is now.
fn set_state(
    id: &str,
    remote: &args::Remote,
    action: &str,
    now: &str,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let reply = Client::new(&remote.server)?
        .with_key(&remote.key)?
        .set_state(id, action)?;
    let note = reply["message"]
        .as_str()
        .map(|m| format!(" ({m})"))
        .unwrap_or_default();
    writeln!(out, "survey {id} is {now}{note}")?;
    Ok(())
}

pub(crate) fn read_survey(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

pub fn load_key(path: &Path) -> anyhow::Result<OrganiserKey> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading key {}", path.display()))?;
    let key = OrganiserKey::from_file_text(&text).with_context(|| format!("{}", path.display()))?;
    if let Some(warning) = key_permission_warning(path) {
        eprintln!("{warning}");
    }
    Ok(key)
}

/// As ssh does: a key file that group or others can read is said so, with
/// the command that fixes it. Only a warning, since a key on a removable
/// drive may not keep Unix permissions.
pub fn key_permission_warning(path: &Path) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Some(format!(
                "warning: the key {path} can be read by other users of this machine (mode {mode:04o}); \
                 anyone who reads it can open every answer. Fix it with: chmod 600 {path}",
                path = path.display()
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    None
}

/// Write a file only its owner can read, refusing to replace one.
pub fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = match options.open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            bail!(
                "{} already exists; refusing to overwrite it",
                path.display()
            )
        }
        Err(e) => return Err(e).with_context(|| format!("creating {}", path.display())),
    };
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}

fn keygen(path: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let key = OrganiserKey::generate(&mut rand::rngs::OsRng);
    write_private(path, key.to_file_text().as_bytes())?;
    eprintln!(
        "wrote {} (readable by you only). Keep it offline and backed up: it opens every answer,\n\
         and without it they cannot be opened at all. Configure the server with the public key below.",
        path.display()
    );
    writeln!(out, "{}", key.public())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

    #[cfg(unix)]
    #[test]
    fn a_key_readable_by_others_is_warned_about_with_the_fix() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("organiser.key");
        std::fs::write(&path, "key").expect("write");
        for mode in [0o644, 0o640, 0o604] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).expect("chmod");
            let warning = super::key_permission_warning(&path).expect("warned");
            assert!(
                warning.contains(&format!("chmod 600 {}", path.display())),
                "{warning}"
            );
            assert!(warning.contains(&format!("{mode:04o}")), "{warning}");
        }
        for mode in [0o600, 0o400] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).expect("chmod");
            assert_eq!(super::key_permission_warning(&path), None);
        }
    }
}
