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
use caucus_core::log::audit::RevealedPersonal;
use caucus_core::{CampaignId, OrganiserPublicKey, SealedPersonal};

use super::statements::StoredPersonal;

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

    /// Erase the sealed form only: after a reveal is durable.
    pub fn erase_sealed(&self, id: &CampaignId, commitment: &str) -> anyhow::Result<()> {
        erase(&self.path(id, commitment, true)?)
    }

    /// Bring every statement's texts in line with its record, at start,
    /// before any write: a reveal cut short by a crash is undone (its
    /// opened texts erased) if its record was not yet durable, and
    /// finished (the sealed texts erased) if it was. A text a server
    /// before sealing left in the clear is sealed now, to `organisers`;
    /// a temporary file of a write that never completed is erased.
    /// `revealed` says whether a statement's names are published.
    pub fn settle(
        &self,
        organisers: &[OrganiserPublicKey],
        revealed: impl Fn(&CampaignId) -> anyhow::Result<Option<bool>>,
    ) -> anyhow::Result<Settled> {
        let mut settled = Settled::default();
        let Ok(statements) = std::fs::read_dir(&self.dir) else {
            return Ok(settled);
        };
        for statement in statements {
            let statement = statement?;
            let Some(id) = statement.file_name().to_str().and_then(|n| n.parse().ok()) else {
                continue;
            };
            let Some(revealed) = revealed(&id)? else {
                continue;
            };
            for file in std::fs::read_dir(statement.path())? {
                let path = file?.path();
                let name = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default();
                if name.ends_with(".tmp") {
                    erase(&path)?;
                    settled.temporary += 1;
                    continue;
                }
                let Some(commitment) = name.strip_suffix(SEALED) else {
                    if !revealed {
                        self.seal_or_drop(&id, name, organisers, &mut settled)?;
                    }
                    continue;
                };
                if revealed && self.exists(&id, commitment, false)? {
                    erase(&path)?;
                    settled.finished += 1;
                }
            }
        }
        Ok(settled)
    }

    /// An opened text of a statement whose names are not revealed: left
    /// by a reveal that did not complete (the sealed one is still there),
    /// or by a server before sealing (seal it now).
    fn seal_or_drop(
        &self,
        id: &CampaignId,
        commitment: &str,
        organisers: &[OrganiserPublicKey],
        settled: &mut Settled,
    ) -> anyhow::Result<()> {
        let opened = self.path(id, commitment, false)?;
        if !self.exists(id, commitment, true)? {
            if organisers.is_empty() {
                log::warn!("a signer's text is kept unsealed: no organiser key to seal it to");
                return Ok(());
            }
            let stored: StoredPersonal =
                serde_json::from_slice(&std::fs::read(&opened)?).context("personal text")?;
            let opening = RevealedPersonal::new(&stored.salt, &stored.text);
            let sealed =
                SealedPersonal::seal(&opening, id, commitment, organisers, &mut rand::rngs::OsRng)
                    .map_err(|e| anyhow::anyhow!("sealing a signer's text: {e}"))?;
            self.write(id, commitment, true, &sealed.0)?;
            settled.sealed += 1;
        } else {
            settled.undone += 1;
        }
        erase(&opened)
    }
}

/// What [`PersonalFiles::settle`] did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Settled {
    /// Opened texts of a reveal that did not complete, erased.
    pub undone: usize,
    /// Sealed texts of a reveal that completed, erased.
    pub finished: usize,
    /// Texts an earlier server kept in the clear, sealed.
    pub sealed: usize,
    /// Temporary files of writes that never completed, erased.
    pub temporary: usize,
}

/// Write a file readable by its owner only, durably: temp file, fsync,
/// rename, fsync the directory.
pub(crate) fn write_durably(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    write_durably_with(path, |file| file.write_all(bytes))
}

/// [`write_durably`] with the content streamed from the file `from`, so a
/// copied database never has to fit in memory.
pub(crate) fn copy_durably(from: &Path, to: &Path) -> anyhow::Result<()> {
    let mut source = File::open(from).with_context(|| format!("opening {}", from.display()))?;
    write_durably_with(to, |file| std::io::copy(&mut source, file).map(drop))
}

fn write_durably_with(
    path: &Path,
    fill: impl FnOnce(&mut File) -> std::io::Result<()>,
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
    sync_dir(dir)
}

/// Overwrite with zeros, fsync, unlink, fsync the directory. On a
/// journalling or copy-on-write file system, or an SSD, old blocks may
/// survive the overwrite; the unlink still takes the file out of every
/// later copy of the directory.
pub(crate) fn erase(path: &Path) -> anyhow::Result<()> {
    let mut file = match OpenOptions::new().write(true).open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    let length = file.metadata()?.len();
    file.write_all(&vec![0u8; usize::try_from(length).unwrap_or(0)])?;
    file.sync_all()?;
    drop(file);
    std::fs::remove_file(path)?;
    sync_dir(path.parent().context("no parent directory")?)
}
