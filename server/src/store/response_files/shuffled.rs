//! Copies of a response file in random order: a rewrite's (under a new
//! wrapping key, see `crate::writes::commit::reshuffle`) and a backup's,
//! so that neither keeps the order the answers came in.

use std::fs::File;
use std::io::Write;
use std::path::PathBuf;

use caucus_core::CampaignId;
use rand::seq::SliceRandom;

use super::{read_at, sync_dir, write_header, Records, ResponseFiles};
use crate::store::write_framed;

/// Copy the records left in `records` (of a file `committed` bytes long)
/// into `out` in random order, each passed through `map`; a header with a
/// new random name first if `header`. How many were copied.
pub fn copy_shuffled(
    records: Records,
    committed: u64,
    out: &mut impl Write,
    header: bool,
    mut map: impl FnMut(Vec<u8>) -> anyhow::Result<Vec<u8>>,
) -> anyhow::Result<u64> {
    let (mut offsets, file) = records.into_offsets()?;
    offsets.shuffle(&mut rand::rngs::OsRng);
    if header {
        write_header(out)?;
    }
    for offset in &offsets {
        write_framed(out, &map(read_at(&file, *offset, committed)?)?)?;
    }
    Ok(offsets.len() as u64)
}

/// A rewrite being written beside a survey's file. Removed when dropped,
/// unless [`ResponseFiles::swap`] put it in place: a rewrite that fails
/// or is given up leaves nothing behind.
pub struct StagedFile {
    path: PathBuf,
    file: File,
    swapped: bool,
}

impl StagedFile {
    pub fn file(&self) -> &File {
        &self.file
    }
}

impl Drop for StagedFile {
    fn drop(&mut self) {
        if !self.swapped {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// The rename of a rewrite over a survey's file happened but could not be
/// made durable: which of the two files a crash leaves is unknown, so
/// nothing more may be appended (the commit thread stops).
#[derive(Debug, thiserror::Error)]
#[error("a rewritten response file was renamed into place, but not made durable: {0}")]
pub struct SwapUnsynced(String);

impl ResponseFiles {
    /// Start a rewrite of `id`'s file: an empty file beside it, under a
    /// name of its own, so that two rewrites never write into one file.
    pub fn stage(&self, id: &CampaignId) -> anyhow::Result<StagedFile> {
        let path = self.staged_path(id);
        let file = self.create_empty(&path)?;
        Ok(StagedFile {
            path,
            file,
            swapped: false,
        })
    }

    /// Put a complete, fsynced rewrite in place of `id`'s file.
    pub fn swap(&self, id: &CampaignId, mut staged: StagedFile) -> anyhow::Result<()> {
        std::fs::rename(&staged.path, self.path(id))?;
        staged.swapped = true;
        sync_dir(&self.dir).map_err(|e| SwapUnsynced(format!("{e:#}")).into())
    }
}
