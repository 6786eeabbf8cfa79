//! Replacing a campaign's wrapping key, for a rewrite of its responses in
//! random order (see `crate::writes::reshuffle`).
//!
//! sled writes a submission's spend record and its wrapped response side
//! by side, and keeps old copies in its log until it happens to compact
//! them. Whoever holds a copy of the disk, the campaign key and a list of
//! who got which invite could pair the two by position. A rewrite stores
//! every response again, wrapped under a new key and in random order, then
//! destroys the old key: what sits next to a spend record no longer opens.
//!
//! Crash safety: `begin` adds the new key to the file before anything is
//! wrapped under it; items open under either key until `end`, which runs
//! only once every item is rewrapped and durable, and overwrites the file
//! that held the old key.

use std::io::Write;

use anyhow::Context;
use caucus_core::CampaignId;

use super::{open_with, wrap_with, CampaignKeys, Secret};
use crate::store::personal::write_durably;

impl CampaignKeys {
    /// Add a new wrapping key, to wrap everything under from now on. A
    /// rewrite a crash interrupted is taken up again with its key.
    pub fn begin_rewrap(&self, id: &CampaignId) -> anyhow::Result<()> {
        let mut cache = self.write_cache()?;
        let mut secret = self.read(id)?;
        if secret.wraps.len() < 2 {
            secret.wraps.push(Self::fresh());
            self.replace(id, &secret)?;
        }
        cache.insert(*id, secret);
        Ok(())
    }

    /// Whether the campaign has items that may be wrapped under a key a
    /// rewrite should destroy: one under way, or a key file from before
    /// wrapping keys were replaced.
    pub fn rewrap_pending(&self, id: &CampaignId) -> anyhow::Result<bool> {
        let secret = self.key(id)?;
        Ok(secret.wraps.len() > 1 || secret.wraps == [secret.spend])
    }

    /// Whether a rewrite has begun and not ended (a crash may have cut it
    /// short; the next sweep takes it up): stored items are moving.
    pub fn rewrap_under_way(&self, id: &CampaignId) -> anyhow::Result<bool> {
        Ok(self.key(id)?.wraps.len() > 1)
    }

    /// `stored` wrapped anew under the newest key; `None` if it already is.
    pub fn rewrap(&self, id: &CampaignId, stored: &[u8]) -> anyhow::Result<Option<Vec<u8>>> {
        let secret = self.key(id)?;
        let newest = secret.newest();
        if open_with(newest, id, stored).is_some() {
            return Ok(None);
        }
        let sealed = secret
            .wraps
            .iter()
            .find_map(|key| open_with(key, id, stored))
            .context("a stored item opens under none of its campaign's keys")?;
        Ok(Some(wrap_with(newest, id, &sealed)?))
    }

    /// Keep only the newest wrapping key, once everything is rewrapped
    /// under it and durable.
    pub fn end_rewrap(&self, id: &CampaignId) -> anyhow::Result<()> {
        let mut cache = self.write_cache()?;
        let mut secret = self.read(id)?;
        let newest = *secret.newest();
        secret.wraps = vec![newest];
        self.replace(id, &secret)?;
        cache.insert(*id, secret);
        Ok(())
    }

    /// Write the key file anew, durably, then overwrite the old file's
    /// content through a handle opened before the rename, so the keys it
    /// held are not left in a freed block of the data directory.
    fn replace(&self, id: &CampaignId, secret: &Secret) -> anyhow::Result<()> {
        let path = self.path(id);
        let mut old = std::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .context("opening a campaign key file")?;
        let old_len = old.metadata()?.len();
        write_durably(&path, &secret.to_bytes())?;
        old.write_all(&vec![0u8; usize::try_from(old_len)?])?;
        old.sync_all()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_rewrap_leaves_old_copies_unopenable_and_survives_a_crash_half_way() {
        let dir = tempfile::tempdir().unwrap();
        let keys = CampaignKeys::new(dir.path());
        let id = CampaignId::random(&mut rand::rngs::OsRng);
        keys.create(&id).unwrap();
        let spend = keys.spend_record(&id, &[1; 32]).unwrap();
        let issuer = *keys.issuer(&id).unwrap().public();
        let old = keys.wrap(&id, b"answers").unwrap();
        assert!(!keys.rewrap_pending(&id).unwrap());

        keys.begin_rewrap(&id).unwrap();
        // A restart half-way: both keys open, and new items use the new one.
        let reloaded = CampaignKeys::new(dir.path());
        assert!(reloaded.rewrap_pending(&id).unwrap());
        assert_eq!(reloaded.unwrap(&id, &old).unwrap(), b"answers");
        let fresh = reloaded.wrap(&id, b"later").unwrap();
        assert!(
            reloaded.rewrap(&id, &fresh).unwrap().is_none(),
            "already new"
        );
        let new = reloaded.rewrap(&id, &old).unwrap().unwrap();
        reloaded.begin_rewrap(&id).unwrap();
        assert_eq!(
            reloaded.unwrap(&id, &new).unwrap(),
            b"answers",
            "same key resumed"
        );

        reloaded.end_rewrap(&id).unwrap();
        for keys in [&reloaded, &CampaignKeys::new(dir.path())] {
            assert!(
                keys.unwrap(&id, &old).is_err(),
                "the old copy no longer opens"
            );
            assert_eq!(keys.unwrap(&id, &new).unwrap(), b"answers");
            assert_eq!(keys.unwrap(&id, &fresh).unwrap(), b"later");
            // Spend records and the ticket key do not change.
            assert_eq!(keys.spend_record(&id, &[1; 32]).unwrap(), spend);
            assert_eq!(*keys.issuer(&id).unwrap().public(), issuer);
            assert!(!keys.rewrap_pending(&id).unwrap());
        }
    }

    /// A campaign made before wrapping keys had one key for both: its
    /// responses move to a wrapping key of their own, but the copies sled
    /// kept from before still open under the campaign key, which cannot
    /// change (threat-model.md says so).
    #[test]
    fn a_key_file_from_before_rewraps_keeps_its_spend_key() {
        let dir = tempfile::tempdir().unwrap();
        let id = CampaignId::random(&mut rand::rngs::OsRng);
        std::fs::create_dir_all(dir.path().join("keys")).unwrap();
        std::fs::write(dir.path().join(format!("keys/{id}.key")), [9u8; 32]).unwrap();
        let keys = CampaignKeys::new(dir.path());
        let stored = keys.wrap(&id, b"old answers").unwrap();
        let spend = keys.spend_record(&id, &[2; 32]).unwrap();
        assert!(keys.rewrap_pending(&id).unwrap());
        keys.begin_rewrap(&id).unwrap();
        let again = keys.rewrap(&id, &stored).unwrap().unwrap();
        keys.end_rewrap(&id).unwrap();
        assert!(keys.unwrap(&id, &stored).is_err(), "not served any more");
        assert_eq!(keys.unwrap(&id, &again).unwrap(), b"old answers");
        assert_eq!(keys.unwrap_export(&id, &stored).unwrap(), b"old answers");
        assert_eq!(keys.spend_record(&id, &[2; 32]).unwrap(), spend);
        assert!(!keys.rewrap_pending(&id).unwrap());
    }
}
