//! The only module that touches sled: surveys, the ballot box, admin nonces
//! and the server key.
//!
//! Layout (one sled database in the data directory):
//! * `surveys`: campaign id (16 bytes) → JSON [`SurveyRecord`]
//! * `ballots`: `i | id | spend tag` → empty (a spent invite), `l | id` →
//!   the committed length of the survey's response file, and `n | id` →
//!   how many responses it holds (u64 big-endian, see [`counts`]), all
//!   three written in one atomic batch. The sealed responses themselves
//!   are in `responses/<id>.box`, outside sled: see [`response_files`].
//!   (Stores from before kept them here, under `r | id | 16 random
//!   bytes`; they are moved out when the store opens.)
//! * `nonces`: admin request nonce → expiry (u64 big-endian)
//! * `releases`: the registry of exported and published results: see
//!   [`releases`]
//! * statements and their logs: see [`statements`]
//! * `short_invites`: campaign id | hash of a short invite code → empty:
//!   see [`short_invites`]
//! * the default tree: `layout` → the layout this data directory holds:
//!   see [`layout`]
//!
//! Reads happen anywhere; every write goes through [`crate::writes::commit`], which
//! makes it durable before anyone is told it happened.

pub mod campaign_keys;
pub mod cosigned;
pub mod counts;
mod database;
pub mod layout;
pub mod personal;
pub mod published;
pub mod releases;
pub mod response_files;
mod sharded;
pub mod short_invites;
pub mod spends;
pub mod statements;
pub mod withdrawals;

pub use database::open as open_database;

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use caucus_core::{CampaignId, ServerKey, Survey};
use serde::{Deserialize, Serialize};

pub const SPENT: u8 = b'i';
/// sled's log segment for a new data directory, and the size of the write
/// buffer it keeps in memory. sled moves any log item over a quarter
/// segment into a blob file it never fsyncs; a leaf holds at most 17
/// items, and sealed responses are capped at 56 KiB
/// ([`caucus_core::seal::MAX_SEALED`]), so no node of the ballot box gets
/// there. Earlier versions used 8 MiB; 4 MiB, with [`CACHE_BYTES`], is
/// what keeps the server under 64 MiB holding 100k responses
/// (docs/performance.md). sled refuses to open a directory with another
/// segment size than it was made with, so an existing one keeps its own
/// ([`segment_size`]).
pub const SEGMENT_SIZE: usize = 4 * 1024 * 1024;
/// sled's page cache. Its default (1 GiB) lets the server's memory grow
/// with the ballot box, where a small rented server has little to spare;
/// pages it drops are read back from the operating system's file cache.
/// docs/performance.md has the measurements.
pub(crate) const CACHE_BYTES: u64 = 8 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SurveyState {
    Open,
    Closed,
}

/// What the server keeps about a survey. Dates are days, never times.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SurveyRecord {
    pub survey: Survey,
    pub state: SurveyState,
    pub created_on: String,
    pub closed_on: Option<String>,
    /// The day its responses, spent invites and key were destroyed under
    /// its retention period; only published results remain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shredded_on: Option<String>,
    /// Short invite codes registered for it (see [`short_invites`]).
    #[serde(default)]
    pub short_invites: u64,
}

/// One page of the sealed ballot box, and where the next one starts.
pub struct SealedPage {
    pub sealed: Vec<Vec<u8>>,
    /// Opaque cursor: where the next page starts (see
    /// [`response_files::Cursor`]).
    pub next: Option<Vec<u8>>,
}

impl SurveyRecord {
    /// A new, open survey, created today.
    pub fn open_now(survey: Survey) -> Self {
        Self {
            survey,
            state: SurveyState::Open,
            created_on: today(),
            closed_on: None,
            shredded_on: None,
            short_invites: 0,
        }
    }
}

#[derive(Clone)]
pub struct Store {
    pub(crate) db: sled::Db,
    pub(crate) surveys: sled::Tree,
    pub(crate) ballots: sled::Tree,
    pub(crate) nonces: sled::Tree,
    pub(crate) releases: sled::Tree,
    pub(crate) statement_data: sled::Tree,
    pub(crate) short_invites: sled::Tree,
    pub(crate) personal_files: personal::PersonalFiles,
    pub(crate) responses: response_files::ResponseFiles,
    pub keys: campaign_keys::CampaignKeys,
    pub(crate) log_trees: statements::LogTrees,
    pub(crate) withdrawals: withdrawals::WithdrawalIndexes,
    pub(crate) spends: spends::SpendIndexes,
    pub(crate) published: published::Published,
    dir: PathBuf,
}

/// Today in UTC as `YYYY-MM-DD`: the finest time caucus ever stores.
///
/// Debug builds (the test suite) take the day from `CAUCUS_TEST_TODAY`
/// when set, so retention can be tested without waiting; a release binary
/// never reads it.
pub fn today() -> String {
    if cfg!(debug_assertions) {
        if let Ok(day) = std::env::var("CAUCUS_TEST_TODAY") {
            if caucus_core::statement::valid_date(&day) {
                return day;
            }
        }
    }
    let date = time::OffsetDateTime::now_utc().date();
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// The tree of statements' logs, spend records and settings; a backup
/// regroups the spend records in it.
pub const STATEMENT_DATA: &str = "statement_data";

pub fn spent_key(id: &CampaignId, tag: &[u8; 32]) -> Vec<u8> {
    let mut key = Vec::with_capacity(49);
    key.push(SPENT);
    key.extend_from_slice(id.as_bytes());
    key.extend_from_slice(tag);
    key
}

impl Store {
    pub fn open(dir: &Path) -> anyhow::Result<Self> {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("creating data directory {}", dir.display()))?;
        restrict_permissions(dir, 0o700)?;
        let sled_dir = dir.join("sled");
        let db = database::open(&sled_dir, segment_size(&sled_dir)?)?;
        layout::check_and_record(&db)?;
        let mut store = Self {
            surveys: db.open_tree("surveys")?,
            ballots: db.open_tree("ballots")?,
            nonces: db.open_tree("nonces")?,
            releases: db.open_tree("releases")?,
            statement_data: db.open_tree(STATEMENT_DATA)?,
            short_invites: db.open_tree("short_invites")?,
            personal_files: personal::PersonalFiles::new(dir),
            responses: response_files::ResponseFiles::new(dir),
            keys: campaign_keys::CampaignKeys::new(dir),
            log_trees: statements::LogTrees::default(),
            withdrawals: withdrawals::WithdrawalIndexes::default(),
            spends: spends::SpendIndexes::default(),
            published: published::Published::default(),
            db,
            dir: dir.to_path_buf(),
        };
        store.published = published::Published::load(&store)?;
        store.responses.settle(&store.response_lengths()?)?;
        store.move_responses_out_of_sled()?;
        store.count_uncounted()?;
        let dropped = store.drop_withdrawal_records()?;
        if dropped > 0 {
            log::info!("removed {dropped} withdrawal records kept by an earlier version: the log holds them");
        }
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// sled's data file, which [`crate::writes::commit`] fsyncs after each flush
    /// (sled's own `flush` only issues `sync_file_range`).
    pub fn data_file(&self) -> anyhow::Result<File> {
        File::open(self.dir.join("sled").join("db")).context("opening sled's data file for fsync")
    }

    /// Where sled puts items too large for its log.
    pub fn blob_dir(&self) -> PathBuf {
        self.dir.join("sled").join("blobs")
    }

    /// The receipt-signing key, made on first start (mode 0600).
    pub fn server_key(&self) -> anyhow::Result<ServerKey> {
        let path = self.dir.join("server.key");
        if path.exists() {
            let text = std::fs::read_to_string(&path).context("reading server.key")?;
            return ServerKey::from_file_text(&text).context("server.key");
        }
        let key = ServerKey::generate(&mut rand::rngs::OsRng);
        write_secret(&path, &key.to_file_text())?;
        Ok(key)
    }

    /// A survey's record as last made durable (see [`published`]).
    pub fn survey(&self, id: &CampaignId) -> anyhow::Result<Option<Arc<SurveyRecord>>> {
        self.published.survey(id)
    }

    /// A survey's record as sled holds it: for the commit thread only.
    pub(crate) fn stored_survey(&self, id: &CampaignId) -> anyhow::Result<Option<SurveyRecord>> {
        match self.surveys.get(id.as_bytes())? {
            None => Ok(None),
            Some(bytes) => Ok(Some(
                serde_json::from_slice(&bytes).context("survey record")?,
            )),
        }
    }

    pub fn survey_ids(&self) -> anyhow::Result<Vec<CampaignId>> {
        self.published.survey_ids()
    }

    /// Every campaign that still has its key, surveys and statements,
    /// each with whether it takes responses or signatures today.
    pub fn live_campaigns(&self) -> anyhow::Result<Vec<(CampaignId, bool)>> {
        let mut out = Vec::new();
        for id in self.survey_ids()? {
            if let Some(record) = self.survey(&id)? {
                out.push((id, record.state == SurveyState::Open));
            }
        }
        let today = today();
        for (id, record) in self.published.statements()? {
            let closed = record
                .statement
                .closes
                .as_deref()
                .is_some_and(|last| today.as_str() > last);
            out.push((id, !closed));
        }
        out.retain(|(id, _)| self.keys.exists(id));
        Ok(out)
    }

    pub fn is_spent(&self, id: &CampaignId, tag: &[u8; 32]) -> anyhow::Result<bool> {
        Ok(self.ballots.contains_key(spent_key(id, tag))?)
    }

    /// Spent invites and stored responses across all surveys. They are
    /// written in one atomic batch, so the two numbers are always equal.
    pub fn ballot_counts(&self) -> anyhow::Result<(u64, u64)> {
        let mut spent = 0;
        for key in self.ballots.scan_prefix([SPENT]).keys() {
            key?;
            spent += 1;
        }
        let mut responses = 0;
        for (id, length) in self.response_lengths()? {
            responses += self.responses.count(&id, length)?;
        }
        Ok((spent, responses))
    }

    /// Every survey with a committed response file, and its length.
    fn response_lengths(&self) -> anyhow::Result<HashMap<CampaignId, u64>> {
        let mut lengths = HashMap::new();
        for item in self.ballots.scan_prefix([response_files::LENGTH]) {
            let (key, value) = item?;
            let id = <[u8; 16]>::try_from(&key[1..]).context("a response length's key")?;
            lengths.insert(
                CampaignId::from_bytes(id),
                response_files::decode_length(&value)?,
            );
        }
        Ok(lengths)
    }

    /// The committed length of survey `id`'s response file (0 for none).
    pub fn response_length(&self, id: &CampaignId) -> anyhow::Result<u64> {
        match self.ballots.get(response_files::length_key(id))? {
            Some(bytes) => response_files::decode_length(&bytes),
            None => Ok(0),
        }
    }

    /// Every response of every survey exactly as stored (wrapped under
    /// its campaign key): what a copy of the disk holds, for audits.
    pub fn stored_responses(&self) -> anyhow::Result<Vec<Vec<u8>>> {
        let mut out = Vec::new();
        for (id, length) in self.response_lengths()? {
            for record in self
                .responses
                .records(&id, length, None)?
                .into_iter()
                .flatten()
            {
                out.push(record?.1);
            }
        }
        Ok(out)
    }

    /// One page of sealed responses, in storage order, after the opaque
    /// `cursor` (from the previous page), unwrapped from the campaign key
    /// (see [`campaign_keys`]). A cursor from before a rewrite of the
    /// responses is refused with [`response_files::Rewritten`].
    pub fn sealed_page(
        &self,
        id: &CampaignId,
        cursor: Option<&[u8; 16]>,
        limit: usize,
    ) -> anyhow::Result<SealedPage> {
        let cursor = cursor.map(response_files::Cursor::from_bytes);
        let length = self.response_length(id)?;
        let Some(mut records) = self.responses.records(id, length, cursor)? else {
            return Ok(SealedPage {
                sealed: Vec::new(),
                next: None,
            });
        };
        let name = records.name();
        let mut sealed = Vec::new();
        for record in records.by_ref().take(limit) {
            let opened = record.and_then(|(_, stored)| self.keys.unwrap(id, &stored));
            match opened {
                Ok(one) => sealed.push(one),
                // A rewrite replaced the file and retired its key while
                // this page was read, or a cursor pointed into a record.
                Err(_) if cursor.is_some() || self.responses.name(id).ok() != Some(name) => {
                    return Err(response_files::Rewritten.into())
                }
                Err(err) => return Err(err),
            }
        }
        let next = records.more().then(|| records.cursor().to_bytes().to_vec());
        Ok(SealedPage { sealed, next })
    }
}

/// The segment size sled recorded when it made the database in `sled_dir`
/// (its `conf` file holds a line `segment_size: N`), or [`SEGMENT_SIZE`]
/// for a new one.
pub fn segment_size(sled_dir: &Path) -> anyhow::Result<usize> {
    let conf = sled_dir.join("conf");
    if !conf.exists() {
        return Ok(SEGMENT_SIZE);
    }
    let bytes = std::fs::read(&conf).with_context(|| format!("reading {}", conf.display()))?;
    // The file ends in a binary checksum, so read it line by line as bytes.
    bytes
        .split(|b| *b == b'\n')
        .find_map(|line| line.strip_prefix(b"segment_size: "))
        .and_then(|n| std::str::from_utf8(n).ok()?.trim().parse().ok())
        .with_context(|| format!("no segment size in {}", conf.display()))
}

/// A stored u64, big-endian; `None` if it is not 8 bytes.
pub(crate) fn be_u64(bytes: &[u8]) -> Option<u64> {
    <[u8; 8]>::try_from(bytes).ok().map(u64::from_be_bytes)
}

/// `bytes` as the store frames a variable-length item in a file or a
/// record (response files, log runs): its u32 big-endian length, then it.
pub(crate) fn write_framed(out: &mut impl std::io::Write, bytes: &[u8]) -> anyhow::Result<()> {
    let len = u32::try_from(bytes.len()).context("an item over 4 GiB")?;
    out.write_all(&len.to_be_bytes())?;
    out.write_all(bytes)?;
    Ok(())
}

/// `items` framed one after the other, as one buffer.
pub(crate) fn framed(items: &[impl AsRef<[u8]>]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(items.iter().map(|i| i.as_ref().len() + 4).sum());
    for item in items {
        write_framed(&mut out, item.as_ref())?;
    }
    Ok(out)
}

/// The items of a buffer [`framed`] wrote.
pub(crate) fn unframed(mut bytes: &[u8]) -> anyhow::Result<Vec<&[u8]>> {
    let mut items = Vec::new();
    while !bytes.is_empty() {
        let (len, rest) = bytes
            .split_at_checked(4)
            .context("a framed item cut short")?;
        let len = <[u8; 4]>::try_from(len).map(u32::from_be_bytes)?;
        let (item, rest) = rest
            .split_at_checked(usize::try_from(len)?)
            .context("a framed item cut short")?;
        items.push(item);
        bytes = rest;
    }
    Ok(items)
}

/// Write a secret file readable by its owner only; never overwrite one.
pub fn write_secret(path: &Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    Ok(())
}

pub(crate) fn restrict_permissions(dir: &Path, mode: u32) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode))
            .with_context(|| format!("restricting {}", dir.display()))?;
    }
    #[cfg(not(unix))]
    let _ = (dir, mode);
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // test code asserts by panicking

    use super::*;

    #[test]
    fn framed_items_read_back_and_a_cut_buffer_is_refused() {
        let items: [&[u8]; 3] = [b"one", b"", b"three"];
        let bytes = framed(&items).unwrap();
        assert_eq!(unframed(&bytes).unwrap(), items);
        for cut in 1..bytes.len() {
            if unframed(&bytes[..cut]).is_ok() {
                // Only a cut between two items leaves whole items.
                assert!([7, 11].contains(&cut), "cut at {cut} read as whole");
            }
        }
    }
}
