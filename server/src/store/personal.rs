//! Personal text (name, role, comment) of named signatures, kept in files
//! beside the database rather than in it.
//!
//! sled is log-structured: a removed value stays in its segment files until
//! garbage collection, so erasing a withdrawn name from sled would not
//! erase it from the disk. Each text instead gets its own small file, named
//! by the commitment hash in its log entry (so a file left over from a crash
//! is never linked to anyone), written and fsynced before the entry is
//! committed, and on withdrawal overwritten with zeros, fsynced and
//! unlinked before the withdrawal is committed.
//!
//! Until a statement's names are revealed a text exists only sealed to the
//! organisers (`<commitment>.sealed`, see `caucus_core::SealedPersonal`);
//! the reveal writes the opened texts (`<commitment>`, JSON) before the
//! record that publishes them, and erases the sealed ones after.
//! [`PersonalFiles::settle`] finishes or undoes a reveal a crash cut short.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use caucus_core::encoding::is_hex_digest;
use caucus_core::CampaignId;

mod settle;
pub use settle::{Revealed, Settled};

/// The file name's suffix for a sealed text.
const SEALED: &str = ".sealed";

#[derive(Clone)]
pub struct PersonalFiles {
    dir: PathBuf,
}

pub(crate) fn sync_dir(dir: &Path) -> anyhow::Result<()> {
    File::open(dir)?
        .sync_all()
        .with_context(|| format!("fsync of {}", dir.display()))
}

impl PersonalFiles {
    pub fn new(data: &Path) -> Self {
        Self {
            dir: data.join("personal"),
        }
    }

    pub(crate) fn statement_dir(&self, id: &CampaignId) -> PathBuf {
        self.dir.join(id.to_string())
    }

    fn path(&self, id: &CampaignId, commitment: &str, sealed: bool) -> anyhow::Result<PathBuf> {
        anyhow::ensure!(is_hex_digest(commitment), "not a commitment");
        let name = if sealed {
            format!("{commitment}{SEALED}")
        } else {
            commitment.to_string()
        };
        Ok(self.statement_dir(id).join(name))
    }

    /// Write a text: sealed (before the reveal) or opened (JSON).
    pub fn write(
        &self,
        id: &CampaignId,
        commitment: &str,
        sealed: bool,
        bytes: &[u8],
    ) -> anyhow::Result<()> {
        write_durably(&self.path(id, commitment, sealed)?, bytes)
    }

    /// A text as stored, sealed or opened; `None` if there is none.
    pub fn read(
        &self,
        id: &CampaignId,
        commitment: &str,
        sealed: bool,
    ) -> anyhow::Result<Option<Vec<u8>>> {
        match std::fs::read(self.path(id, commitment, sealed)?) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    pub fn exists(&self, id: &CampaignId, commitment: &str, sealed: bool) -> anyhow::Result<bool> {
        Ok(self.path(id, commitment, sealed)?.exists())
    }

    /// Erase a signer's text in every form it is kept in.
    pub fn erase(&self, id: &CampaignId, commitment: &str) -> anyhow::Result<()> {
        erase(&self.path(id, commitment, true)?)?;
        erase(&self.path(id, commitment, false)?)
    }

    /// A reveal's opened texts (commitment, JSON), each written and
    /// fsynced, then their directory fsynced once.
    pub fn write_opened(&self, id: &CampaignId, texts: &[(String, Vec<u8>)]) -> anyhow::Result<()> {
        for (commitment, bytes) in texts {
            write_unsynced_dir(&self.path(id, commitment, false)?, |f| {
                Ok(f.write_all(bytes)?)
            })?;
        }
        match texts.is_empty() {
            true => Ok(()),
            false => sync_dir(&self.statement_dir(id)),
        }
    }

    /// Erase the sealed form only, of texts a reveal opened once it is
    /// durable: each overwritten and unlinked, then each directory fsynced
    /// once.
    pub fn erase_sealed(&self, texts: &[(CampaignId, String)]) -> anyhow::Result<()> {
        let mut dirs = std::collections::BTreeSet::new();
        for (id, commitment) in texts {
            if erase_unsynced_dir(&self.path(id, commitment, true)?)? {
                dirs.insert(*id);
            }
        }
        for id in dirs {
            sync_dir(&self.statement_dir(&id))?;
        }
        Ok(())
    }
}

/// Write a file readable by its owner only, durably: temp file, fsync,
/// rename, fsync the directory.
pub(crate) fn write_durably(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    write_durably_with(path, |file| Ok(file.write_all(bytes)?))
}

/// [`write_durably`] with the content streamed from the file `from`, so a
/// copied database never has to fit in memory.
pub(crate) fn copy_durably(from: &Path, to: &Path) -> anyhow::Result<()> {
    let mut source = File::open(from).with_context(|| format!("opening {}", from.display()))?;
    write_durably_with(to, |file| Ok(std::io::copy(&mut source, file).map(drop)?))
}

/// [`write_durably`] with the content written by `fill`.
pub(crate) fn write_durably_with(
    path: &Path,
    fill: impl FnOnce(&mut File) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    write_unsynced_dir(path, fill)?;
    sync_dir(path.parent().context("no parent directory")?)
}

/// Temp file, fsync, rename: durable once the directory is fsynced.
fn write_unsynced_dir(
    path: &Path,
    fill: impl FnOnce(&mut File) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let dir = path.parent().context("no parent directory")?;
    std::fs::create_dir_all(dir)?;
    let mut temp = path.as_os_str().to_owned();
    temp.push(".tmp");
    let temp = PathBuf::from(temp);
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&temp)?;
    fill(&mut file)?;
    file.sync_all()?;
    std::fs::rename(&temp, path)?;
    Ok(())
}

/// Overwrite with zeros, fsync, unlink, fsync the directory. On a
/// journalling or copy-on-write file system, or an SSD, old blocks may
/// survive the overwrite; the unlink still takes the file out of every
/// later copy of the directory.
pub(crate) fn erase(path: &Path) -> anyhow::Result<()> {
    if erase_unsynced_dir(path)? {
        sync_dir(path.parent().context("no parent directory")?)?;
    }
    Ok(())
}

/// Overwrite with zeros, fsync, unlink; whether there was a file.
fn erase_unsynced_dir(path: &Path) -> anyhow::Result<bool> {
    let mut file = match OpenOptions::new().write(true).open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e.into()),
    };
    let length = file.metadata()?.len();
    file.write_all(&vec![0u8; usize::try_from(length).unwrap_or(0)])?;
    file.sync_all()?;
    drop(file);
    std::fs::remove_file(path)?;
    Ok(true)
}
