//! Sealed responses, in one append-only file per survey beside sled.
//!
//! Why not in sled (issue 18, docs/performance.md): sled keeps items in
//! B-tree leaves of up to 16, rewrites a leaf whole when it changes or is
//! moved out of a half-empty segment, and leaves its leaves half full. A
//! 1 KB response under a random key therefore cost several kilobytes of
//! device writes and about 1.2 KB of disk beyond itself. Appended to a
//! file, a response is written once, in the order it came.
//!
//! That order is arrival order, as sled's own log is: a copy of the disk
//! taken while a survey is open can pair the day's answers with their
//! spend records by rank. A rewrite ([`crate::writes::reshuffle`]) writes
//! the whole file again in random order, wrapped under a new key, and the
//! old key is destroyed; it runs at close and daily (threat-model.md).
//!
//! `responses/<id>.box` is an 8-byte magic, 8 random bytes naming this
//! copy of the file (a page cursor carries them, so that a download never
//! reads across a rewrite), then records: a u32 big-endian length and a
//! wrapped sealed response. Only the bytes below the length sled holds
//! under `l | id` ([`length_key`]) count. The commit thread writes and
//! fsyncs a batch's records before the sled batch that spends their
//! invites and records the new length, so a crash leaves at most a tail
//! that no one was told about, which [`ResponseFiles::settle`] cuts when
//! the store opens.

use std::collections::{HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::io::{BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::{bail, Context};
use caucus_core::CampaignId;
use rand::RngCore;

use super::personal::sync_dir;

mod appender;
pub(crate) mod from_sled;
mod shuffled;

pub use appender::Appender;
pub use shuffled::{copy_shuffled, StagedFile, SwapUnsynced};

/// The tag of `l | id` in the ballot box: the committed length of the
/// survey's file, u64 big-endian, absent for a survey without one.
pub const LENGTH: u8 = b'l';
const MAGIC: &[u8; 8] = b"CCSBOX01";
/// The magic and the file's random name.
pub const HEADER: u64 = 16;
/// A record's length prefix.
pub const PREFIX: u64 = 4;
/// The longest record read: a sealed response of 64 KiB (the most any
/// version accepted), wrapped. A longer length is damage, not a record.
const MAX_RECORD: u64 = 64 * 1024 + 64;
const SUFFIX: &str = "box";
/// A rewrite being written, renamed over the file once complete.
const STAGED: &str = "box.new";

pub fn length_key(id: &CampaignId) -> Vec<u8> {
    let mut key = Vec::with_capacity(17);
    key.push(LENGTH);
    key.extend_from_slice(id.as_bytes());
    key
}

pub fn decode_length(bytes: &[u8]) -> anyhow::Result<u64> {
    super::be_u64(bytes).context("a response file length that is not 8 bytes")
}

/// Where a page of responses starts: which copy of the file, and where in
/// it. Sixteen bytes, opaque to clients.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    file: [u8; 8],
    offset: u64,
}

impl Cursor {
    pub fn new(file: [u8; 8], offset: u64) -> Self {
        Self { file, offset }
    }

    pub fn to_bytes(self) -> [u8; 16] {
        let mut out = [0u8; 16];
        out[..8].copy_from_slice(&self.file);
        out[8..].copy_from_slice(&self.offset.to_be_bytes());
        out
    }

    pub fn from_bytes(bytes: &[u8; 16]) -> Self {
        let mut file = [0u8; 8];
        file.copy_from_slice(&bytes[..8]);
        let mut offset = [0u8; 8];
        offset.copy_from_slice(&bytes[8..]);
        Self {
            file,
            offset: u64::from_be_bytes(offset),
        }
    }
}

/// Why a page could not be read from a cursor.
#[derive(Debug, thiserror::Error)]
#[error("the responses were rewritten since that page was served; start the download again")]
pub struct Rewritten;

#[derive(Clone)]
pub struct ResponseFiles {
    dir: PathBuf,
    /// One lock per survey, held through a whole rewrite: two at once
    /// (a close and the daily pass) would each retire wrapping keys the
    /// other's copy may still use.
    rewrites: Arc<Mutex<HashMap<CampaignId, Arc<tokio::sync::Mutex<()>>>>>,
}

/// An open file's records, read in order up to a committed length.
pub struct Records {
    reader: BufReader<File>,
    name: [u8; 8],
    at: u64,
    end: u64,
}

impl Iterator for Records {
    /// The record's offset and its bytes.
    type Item = anyhow::Result<(u64, Vec<u8>)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.at >= self.end {
            return None;
        }
        Some(self.read_one())
    }
}

impl Records {
    fn read_one(&mut self) -> anyhow::Result<(u64, Vec<u8>)> {
        let at = self.at;
        let record = read_record(&mut self.reader, self.end - at)?;
        self.at += PREFIX + record.len() as u64;
        Ok((at, record))
    }

    /// The random name of the copy of the file being read.
    pub fn name(&self) -> [u8; 8] {
        self.name
    }

    /// Where each remaining record starts, reading only their lengths,
    /// and the file, to read them from at those offsets ([`read_at`]).
    pub fn into_offsets(mut self) -> anyhow::Result<(Vec<u64>, File)> {
        let mut offsets = Vec::new();
        while self.more() {
            let len = read_len(&mut self.reader, self.end - self.at)?;
            self.reader.seek_relative(i64::try_from(len)?)?;
            offsets.push(self.at);
            self.at += PREFIX + len;
        }
        Ok((offsets, self.reader.into_inner()))
    }

    /// Whether records are left after those read.
    pub fn more(&self) -> bool {
        self.at < self.end
    }

    /// A cursor for the records after the last one read.
    pub fn cursor(&self) -> Cursor {
        Cursor {
            file: self.name,
            offset: self.at,
        }
    }
}

/// One record from `reader`, which has at most `left` committed bytes.
fn read_record(reader: &mut impl Read, left: u64) -> anyhow::Result<Vec<u8>> {
    let len = read_len(reader, left)?;
    let mut record = vec![0u8; usize::try_from(len)?];
    reader
        .read_exact(&mut record)
        .context("a response file shorter than its committed length")?;
    Ok(record)
}

/// A record's length, read from its prefix, checked against the `left`
/// committed bytes and against the longest record there can be.
fn read_len(reader: &mut impl Read, left: u64) -> anyhow::Result<u64> {
    let mut prefix = [0u8; PREFIX as usize];
    reader
        .read_exact(&mut prefix)
        .context("a response file shorter than its committed length")?;
    let len = u64::from(u32::from_be_bytes(prefix));
    if PREFIX + len > left || len > MAX_RECORD {
        bail!("a response record runs past the committed length");
    }
    Ok(len)
}

impl ResponseFiles {
    pub fn new(data: &Path) -> Self {
        Self {
            dir: data.join("responses"),
            rewrites: Arc::default(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Wait until no other rewrite of survey `id` runs, and keep others
    /// out until the guard is dropped.
    pub async fn rewrite_lock(
        &self,
        id: &CampaignId,
    ) -> anyhow::Result<tokio::sync::OwnedMutexGuard<()>> {
        let lock = {
            let mut locks = self
                .rewrites
                .lock()
                .map_err(|_| anyhow::anyhow!("rewrite locks poisoned"))?;
            locks.entry(*id).or_default().clone()
        };
        Ok(lock.lock_owned().await)
    }

    fn path(&self, id: &CampaignId) -> PathBuf {
        self.dir.join(format!("{id}.{SUFFIX}"))
    }

    /// A new name for a rewrite of `id`'s file: one of its own, so that
    /// two rewrites at once never write into one file (the first to be
    /// swapped in wins; the other is staged again).
    fn staged_path(&self, id: &CampaignId) -> PathBuf {
        let mut random = [0u8; 8];
        rand::rngs::OsRng.fill_bytes(&mut random);
        self.dir.join(format!(
            "{id}.{}.{STAGED}",
            caucus_core::encoding::hex(&random)
        ))
    }

    /// Survey `id`'s records below `committed`, from `cursor` on (from the
    /// first without one). A cursor from another copy of the file (one
    /// since rewritten) is refused with [`Rewritten`].
    pub fn records(
        &self,
        id: &CampaignId,
        committed: u64,
        cursor: Option<Cursor>,
    ) -> anyhow::Result<Option<Records>> {
        if committed == 0 {
            return match cursor {
                Some(_) => Err(Rewritten.into()),
                None => Ok(None),
            };
        }
        let file = File::open(self.path(id)).context("opening a survey's response file")?;
        let mut reader = BufReader::with_capacity(64 * 1024, file);
        let name = read_header(&mut reader)?;
        let at = match cursor {
            None => HEADER,
            Some(c) if c.file != name || c.offset < HEADER || c.offset > committed => {
                return Err(Rewritten.into())
            }
            Some(c) => {
                reader.seek(SeekFrom::Start(c.offset))?;
                c.offset
            }
        };
        Ok(Some(Records {
            reader,
            name,
            at,
            end: committed,
        }))
    }

    /// How many records lie below `committed`: for audits and the
    /// once-only count of a store from before counts were kept.
    pub fn count(&self, id: &CampaignId, committed: u64) -> anyhow::Result<u64> {
        match self.records(id, committed, None)? {
            None => Ok(0),
            Some(records) => Ok(records.into_offsets()?.0.len() as u64),
        }
    }

    /// The random name of survey `id`'s file as it is now.
    pub fn name(&self, id: &CampaignId) -> anyhow::Result<[u8; 8]> {
        let mut file = File::open(self.path(id)).context("opening a survey's response file")?;
        read_header(&mut file)
    }

    /// At open, before anything writes: make sure the directory exists
    /// (durably, so that a first response never goes into a directory a
    /// crash can lose); cut each file to the length sled committed (a
    /// crash's tail); remove files sled holds no length for (a survey
    /// shredded just before a crash) and rewrites a crash cut short. A
    /// file missing or shorter than its committed length means responses
    /// were lost outside caucus: refuse to go on rather than serve less.
    pub fn settle(&self, committed: &HashMap<CampaignId, u64>) -> anyhow::Result<()> {
        if !self.dir.exists() {
            std::fs::create_dir_all(&self.dir)?;
            super::restrict_permissions(&self.dir, 0o700)?;
            sync_dir(self.dir.parent().context("no data directory")?)?;
        }
        let mut changed = false;
        let mut seen = HashSet::new();
        for entry in std::fs::read_dir(&self.dir)? {
            let entry = entry?;
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.ends_with(STAGED) || name.ends_with(".tmp") {
                std::fs::remove_file(&path)?;
                changed = true;
                continue;
            }
            let Some(id) = name
                .strip_suffix(&format!(".{SUFFIX}"))
                .and_then(|id| id.parse::<CampaignId>().ok())
            else {
                continue;
            };
            let length = committed.get(&id).copied().unwrap_or(0);
            let on_disk = entry.metadata()?.len();
            seen.insert(id);
            if length == 0 {
                std::fs::remove_file(&path)?;
                changed = true;
            } else if on_disk < length {
                bail!(lost(&path, on_disk, length));
            } else if on_disk > length {
                let file = OpenOptions::new().write(true).open(&path)?;
                file.set_len(length)?;
                file.sync_all()?;
            }
        }
        if let Some((id, length)) = committed
            .iter()
            .find(|(id, length)| **length > 0 && !seen.contains(id))
        {
            bail!(lost(&self.path(id), 0, *length));
        }
        if changed {
            sync_dir(&self.dir)?;
        }
        Ok(())
    }

    /// Remove survey `id`'s file, once a shred that set its length to none
    /// is durable. Its records are wrapped under the campaign key, which is
    /// destroyed next, so leftover blocks open nothing.
    pub fn remove(&self, id: &CampaignId) -> anyhow::Result<()> {
        match std::fs::remove_file(self.path(id)) {
            Ok(()) => sync_dir(&self.dir),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// A new, empty file at `path`, owner-only, in the directory.
    fn create_empty(&self, path: &Path) -> anyhow::Result<File> {
        std::fs::create_dir_all(&self.dir)?;
        super::restrict_permissions(&self.dir, 0o700)?;
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        options
            .open(path)
            .with_context(|| format!("creating {}", path.display()))
    }

    /// A new file at `path` with its header and a new random name.
    fn create(&self, path: &Path) -> anyhow::Result<File> {
        let mut file = self.create_empty(path)?;
        write_header(&mut file)?;
        Ok(file)
    }
}

/// The magic and a new random name.
fn write_header(out: &mut impl Write) -> std::io::Result<()> {
    let mut name = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut name);
    out.write_all(MAGIC)?;
    out.write_all(&name)
}

fn lost(path: &Path, on_disk: u64, committed: u64) -> String {
    format!(
        "{} holds {on_disk} bytes but {committed} were committed: responses were lost outside \
         caucus (restore a backup)",
        path.display()
    )
}

fn read_header(reader: &mut impl Read) -> anyhow::Result<[u8; 8]> {
    let mut header = [0u8; HEADER as usize];
    reader
        .read_exact(&mut header)
        .context("a response file without its header")?;
    if &header[..8] != MAGIC {
        bail!("not a caucus response file");
    }
    let mut name = [0u8; 8];
    name.copy_from_slice(&header[8..]);
    Ok(name)
}

/// The record at `offset` of `file`, of which `committed` bytes count.
pub fn read_at(file: &File, offset: u64, committed: u64) -> anyhow::Result<Vec<u8>> {
    let mut reader = PositionedReader { file, at: offset };
    read_record(&mut reader, committed.saturating_sub(offset))
}

/// Reads a file from a position without moving the file's own, so that
/// several readers may share one handle.
struct PositionedReader<'a> {
    file: &'a File,
    at: u64,
}

impl Read for PositionedReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        #[cfg(unix)]
        let n = std::os::unix::fs::FileExt::read_at(self.file, buf, self.at)?;
        #[cfg(not(unix))]
        let n = {
            let mut file = self.file;
            file.seek(SeekFrom::Start(self.at))?;
            file.read(buf)?
        };
        self.at += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
pub(crate) mod tests;
