//! Short invite codes as the server holds them: the hashes the organiser's
//! CLI registered, in signed batches, for each campaign (see
//! `caucus_core::short_code`). A code is valid for a campaign when its hash
//! is here; what is stored once it is used is its spend record, keyed
//! under the campaign key like a signed invite's. At retention the hashes
//! go with the spend records.

use caucus_core::CampaignId;

use super::Store;

/// `campaign id | hash`.
pub fn key(id: &CampaignId, hash: &[u8; 32]) -> Vec<u8> {
    let mut key = Vec::with_capacity(48);
    key.extend_from_slice(id.as_bytes());
    key.extend_from_slice(hash);
    key
}

impl Store {
    /// Whether a short code with this hash was registered for `id`.
    pub fn short_invite_registered(
        &self,
        id: &CampaignId,
        hash: &[u8; 32],
    ) -> anyhow::Result<bool> {
        Ok(self.short_invites.contains_key(key(id, hash))?)
    }

    /// How many short-code hashes are stored for `id` (the record's count
    /// says the same; this reads the tree itself, for checks).
    pub fn short_invite_hashes(&self, id: &CampaignId) -> anyhow::Result<u64> {
        let mut n = 0;
        for key in self.short_invites.scan_prefix(id.as_bytes()).keys() {
            key?;
            n += 1;
        }
        Ok(n)
    }
}
