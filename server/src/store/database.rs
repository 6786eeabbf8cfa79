//! Opening sled's database with the store's settings, and telling a data
//! directory another process uses from one sled has not yet let go of.
//!
//! sled 0.34 takes an exclusive `flock` on its `db` file when it opens and
//! fails at once if the lock is held. Dropping the last `Db` handle does not
//! wait for its I/O threads: the one that wrote the last buffer holds the
//! file until its job returns (sled 0.34.7, `iobuf.rs`; sled issues #1234
//! and #1289). So opening a database straight after closing it, as
//! `restore` does to prove its copy, can fail though no one else uses it.
//! A short, bounded wait covers that. A lock still held after it belongs to
//! another process, and the error says so in words an operator can act on.

use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context};

use super::CACHE_BYTES;

/// Long enough for sled's threads to finish on a loaded machine, short
/// enough that a second server started on a busy directory says so at
/// once to the person who started it.
const RELEASE_WAIT: Duration = Duration::from_secs(2);
const RETRY_EVERY: Duration = Duration::from_millis(10);

/// Open (or create) the sled database in `sled_dir` with the given segment
/// size, which must be the one an existing database was made with
/// ([`super::segment_size`]), and the store's small page cache
/// ([`CACHE_BYTES`]): for the live store, and for a backup's copy too,
/// where sled's default of 1 GiB would hold much of a large copy in memory
/// while it is written or read back.
///
/// Without sled's background flusher. Every write of the server goes
/// through the commit thread, which flushes and fsyncs before anyone is
/// told (`writes::commit`), and a copy flushes before it is read back, so
/// the flusher adds no durability. What it did add: every 500 ms it spent
/// up to half its time relocating pages out of half-empty log segments.
/// Sealed responses sit under random keys in leaves of up to 16 items, so
/// each relocation rewrites a whole leaf of about 15 KB to move one
/// kilobyte-sized fragment. At 3 responses/s with 100k stored that came to
/// 44-161 KB of device writes per response, against 17-20 KB without it
/// (docs/performance.md). Segments are still cleaned: sled relocates one
/// page from a draining segment with each page update, so the cleaning
/// keeps pace with the writes instead of running on a clock.
pub fn open(sled_dir: &Path, segment_size: usize) -> anyhow::Result<sled::Db> {
    let config = sled::Config::new()
        .path(sled_dir)
        .segment_size(segment_size)
        .cache_capacity(CACHE_BYTES)
        .flush_every_ms(None);
    let deadline = Instant::now() + RELEASE_WAIT;
    loop {
        match config.open() {
            Err(e) if is_lock_held(&e) && Instant::now() < deadline => {
                thread::sleep(RETRY_EVERY);
            }
            Err(e) if is_lock_held(&e) => {
                return Err(anyhow!(
                    "the database in {} is in use by another process, most likely a \
                     caucus-server already running on it; stop that one or choose \
                     another data directory",
                    sled_dir.display()
                ));
            }
            other => {
                return other
                    .with_context(|| format!("opening the database in {}", sled_dir.display()));
            }
        }
    }
}

/// sled reports a held lock as an I/O error of kind `Other` whose text
/// alone says what happened (sled 0.34.7, `config.rs`). The test below
/// fails if a sled upgrade words it differently.
fn is_lock_held(e: &sled::Error) -> bool {
    matches!(e, sled::Error::Io(io) if io.to_string().starts_with("could not acquire lock"))
}

#[cfg(test)]
mod tests {
    use super::super::SEGMENT_SIZE;
    use super::*;

    #[test]
    fn a_database_held_open_is_refused_as_in_use_and_reopens_once_released() {
        let dir = tempfile::tempdir().expect("tempdir");
        let sled_dir = dir.path().join("sled");
        let held = open(&sled_dir, SEGMENT_SIZE).expect("first open");
        let started = Instant::now();
        let err = open(&sled_dir, SEGMENT_SIZE).expect_err("held elsewhere");
        assert!(
            format!("{err:#}").contains("in use by another process"),
            "{err:#}"
        );
        assert!(started.elapsed() >= RELEASE_WAIT, "it waited first");

        drop(held);
        // Each round ends with a flushed write, whose I/O job may still
        // hold the file when the next round opens it.
        for round in 0u32..20 {
            let db = open(&sled_dir, SEGMENT_SIZE).expect("reopened at once");
            db.insert(round.to_be_bytes(), b"".as_slice())
                .expect("insert");
            db.flush().expect("flush");
        }
    }
}
