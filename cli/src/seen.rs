//! What this machine has seen of a statement's log before: the server's key
//! and the last checkpoint, per statement (ids are random, so one id is
//! one log, wherever it is served from). A server that later shows a
//! history that does not extend it, or signs with another key, is caught.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context};
use caucus_core::CampaignId;

/// The state directory: the option, else $XDG_STATE_HOME/caucus, else
/// ~/.local/state/caucus.
pub fn state_dir(option: &Option<PathBuf>) -> anyhow::Result<PathBuf> {
    if let Some(dir) = option {
        return Ok(dir.clone());
    }
    if let Some(dir) = std::env::var_os("XDG_STATE_HOME").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir).join("caucus"));
    }
    let home = std::env::var_os("HOME").ok_or_else(|| anyhow!("no HOME: pass --state DIR"))?;
    Ok(PathBuf::from(home).join(".local/state/caucus"))
}

fn path(dir: &Path, role: &str, id: &CampaignId) -> PathBuf {
    dir.join(format!("{role}-{id}.checkpoint"))
}

/// The saved checkpoint note, after checking the server still uses the
/// key it used then.
pub fn load(
    dir: &Path,
    role: &str,
    id: &CampaignId,
    server_key: &str,
) -> anyhow::Result<Option<String>> {
    let Ok(text) = std::fs::read_to_string(path(dir, role, id)) else {
        return Ok(None);
    };
    let (saved_key, note) = text
        .split_once('\n')
        .ok_or_else(|| anyhow!("damaged state file"))?;
    if saved_key != server_key {
        bail!("the server's key changed since this log was last checked ({saved_key} then, {server_key} now)");
    }
    Ok(Some(note.to_string()))
}

/// The server key saved with this log on an earlier run, whatever it is:
/// what a checkpoint is checked against when the server cannot be asked.
pub fn saved_key(dir: &Path, role: &str, id: &CampaignId) -> anyhow::Result<Option<String>> {
    let Ok(text) = std::fs::read_to_string(path(dir, role, id)) else {
        return Ok(None);
    };
    let (key, _) = text
        .split_once('\n')
        .ok_or_else(|| anyhow!("damaged state file"))?;
    Ok(Some(key.to_string()))
}

pub fn save(
    dir: &Path,
    role: &str,
    id: &CampaignId,
    server_key: &str,
    note: &str,
) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let file = path(dir, role, id);
    std::fs::write(&file, format!("{server_key}\n{note}"))
        .with_context(|| format!("saving {}", file.display()))
}
