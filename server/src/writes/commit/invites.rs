//! Registering short invite codes inside the single writer: each hash once
//! per campaign, counted in the campaign's record in the same atomic step,
//! so the public count is always the number of valid codes.

use std::collections::HashSet;

use caucus_core::CampaignId;

use crate::store::short_invites::key;
use crate::store::Store;

#[derive(Default)]
pub struct InviteBatch {
    batch: sled::Batch,
    written: HashSet<Vec<u8>>,
    any: bool,
}

impl InviteBatch {
    /// Register `hashes` for `id`; returns how many were new.
    pub fn add(
        &mut self,
        store: &Store,
        id: &CampaignId,
        hashes: &[[u8; 32]],
    ) -> anyhow::Result<u64> {
        let mut added = 0;
        for hash in hashes {
            let key = key(id, hash);
            if self.written.contains(&key) || store.short_invites.contains_key(&key)? {
                continue;
            }
            self.batch.insert(key.clone(), Vec::new());
            self.written.insert(key);
            self.any = true;
            added += 1;
        }
        Ok(added)
    }

    /// Retention is over: forget every hash of `id`.
    pub fn forget(&mut self, store: &Store, id: &CampaignId) -> anyhow::Result<()> {
        for key in store.short_invites.scan_prefix(id.as_bytes()).keys() {
            self.batch.remove(key?);
            self.any = true;
        }
        Ok(())
    }

    pub fn finish(self) -> Option<sled::Batch> {
        self.any.then_some(self.batch)
    }
}
