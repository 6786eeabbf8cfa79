//! Which layout of records a data directory holds, so that no server opens
//! one written by a later version whose records it would misread.
//!
//! Why: a later version may store something an earlier one reads as
//! absent, and an absent spend record is an invite not yet spent. Spent
//! invites in a pool were such a change: a server from before it reads no
//! pool, and would take each statement's last 128 to 255 spent invites
//! again. So each version records the layout it writes and refuses a
//! later one with a message, instead of misreading it. (Versions from
//! before this record do not look for it; deployment.md says not to
//! run them on a newer data directory.)

use anyhow::{bail, Context};

/// The layout this version writes, and the latest it reads. 1: spent
/// invites in a pool and groups ([`super::spends`]), responses in files.
pub const LAYOUT: u32 = 1;

/// Its key in sled's default tree: u32, big-endian.
const KEY: &[u8] = b"layout";

/// Refuse a data directory of a later layout; record this version's on
/// one of an earlier layout or none (a new one, or from before the
/// record).
pub fn check_and_record(db: &sled::Db) -> anyhow::Result<()> {
    let found = match db.get(KEY)? {
        Some(value) => u32::from_be_bytes(
            <[u8; 4]>::try_from(&*value).context("the data directory's layout record")?,
        ),
        None => 0,
    };
    if found > LAYOUT {
        bail!(
            "this data directory was written by a later version of caucus-server (layout {found}; \
             this version reads up to {LAYOUT}): run that version or a later one, or restore a \
             backup made by this one into a new directory"
        );
    }
    if found < LAYOUT {
        db.insert(KEY, &LAYOUT.to_be_bytes())?;
        db.flush()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code asserts by panicking

    use super::*;
    use crate::store::Store;

    /// A store records its layout when opened, opens again, and a later
    /// layout is refused without anything changed.
    #[test]
    fn a_later_layout_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(
            store.db.get(KEY).unwrap().as_deref(),
            Some(LAYOUT.to_be_bytes().as_slice())
        );
        store.db.insert(KEY, &(LAYOUT + 1).to_be_bytes()).unwrap();
        store.db.flush().unwrap();
        drop(store);
        let err = Store::open(dir.path()).err().expect("a later layout");
        assert!(
            format!("{err:#}").contains("written by a later version"),
            "{err:#}"
        );
        let db = crate::store::open_database(&dir.path().join("sled"), crate::store::SEGMENT_SIZE)
            .unwrap();
        assert_eq!(
            db.get(KEY).unwrap().as_deref(),
            Some((LAYOUT + 1).to_be_bytes().as_slice())
        );
    }
}
