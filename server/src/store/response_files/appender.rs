//! Appending to the response files: the commit thread's side of them.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};

use anyhow::Context;
use caucus_core::CampaignId;

use super::{sync_dir, ResponseFiles, HEADER};
use crate::store::framed;

/// Append `records` to `file` at `at`, as one write.
fn write_records(file: &File, at: u64, records: &[&[u8]]) -> anyhow::Result<u64> {
    let bytes = framed(records)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileExt;
        file.write_all_at(&bytes, at)?;
    }
    #[cfg(not(unix))]
    {
        use std::io::{Seek, Write};
        let mut file = file;
        file.seek(std::io::SeekFrom::Start(at))?;
        file.write_all(&bytes)?;
    }
    Ok(at + bytes.len() as u64)
}

/// Response files the commit thread keeps open at most: a few surveys
/// take answers at a time, and descriptors are shared with connections.
const OPEN_FILES: usize = 32;

/// The commit thread's open files, so that a batch costs a write and an
/// fdatasync per survey, not an open.
pub struct Appender {
    files: ResponseFiles,
    open: HashMap<CampaignId, File>,
}

impl Appender {
    pub fn new(files: ResponseFiles) -> Self {
        Self {
            files,
            open: HashMap::new(),
        }
    }

    /// Write survey `id`'s new `records` at its committed length `at` (a
    /// new file, with its header, at 0), fsync them if `durable`, and
    /// return the new length for sled to record.
    pub fn append(
        &mut self,
        id: &CampaignId,
        at: u64,
        records: &[&[u8]],
        durable: bool,
    ) -> anyhow::Result<u64> {
        let created = at == 0;
        if !self.open.contains_key(id) && self.open.len() >= OPEN_FILES {
            // The server keeps a fixed number of descriptors for its files.
            self.open.clear();
        }
        if created {
            let file = self.files.create(&self.files.path(id))?;
            self.open.insert(*id, file);
        } else if !self.open.contains_key(id) {
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .open(self.files.path(id))
                .context("opening a survey's response file")?;
            self.open.insert(*id, file);
        }
        let file = self.open.get(id).context("a file just opened")?;
        let end = write_records(file, at.max(HEADER), records)?;
        if durable && created {
            // A new name must be durable before sled records a length.
            file.sync_all().context("fsync of a response file")?;
            sync_dir(&self.files.dir)?;
        } else if durable {
            file.sync_data().context("fsync of a response file")?;
        }
        Ok(end)
    }

    /// Close `id`'s file: it was rewritten or removed.
    pub fn forget(&mut self, id: &CampaignId) {
        self.open.remove(id);
    }
}
