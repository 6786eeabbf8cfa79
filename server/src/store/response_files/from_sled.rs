//! Stores written before responses moved out of sled kept each one in
//! the ballot box under `r | id | 16 random bytes`. They move into their
//! survey's file once, when the store opens, before the commit thread
//! starts, in chunks: each chunk's records are appended and fsynced, then
//! one sled batch removes those items and records the new length, made
//! durable with the data file's fsync. A crash in between leaves the items
//! where they were and a tail that [`super::ResponseFiles::settle`] cuts
//! at the next open, which moves them again.

use anyhow::Context;
use caucus_core::CampaignId;

use super::{length_key, Appender};
use crate::store::Store;

/// The tag of a response kept in sled by an earlier version.
const OLD_SLOT: u8 = b'r';
/// Responses moved per chunk: about a megabyte.
const CHUNK: usize = 1024;

pub(crate) fn old_slot_prefix(id: &CampaignId) -> Vec<u8> {
    let mut key = Vec::with_capacity(33);
    key.push(OLD_SLOT);
    key.extend_from_slice(id.as_bytes());
    key
}

impl Store {
    pub(in crate::store) fn move_responses_out_of_sled(&self) -> anyhow::Result<()> {
        let mut appender = Appender::new(self.responses.clone());
        loop {
            let mut chunk = Vec::with_capacity(CHUNK);
            for item in self.ballots.scan_prefix([OLD_SLOT]).take(CHUNK) {
                chunk.push(item?);
            }
            let Some((first, _)) = chunk.first() else {
                return Ok(());
            };
            // Keys sort by survey: take this chunk's first survey only.
            let id = CampaignId::from_bytes(<[u8; 16]>::try_from(
                first.get(1..17).context("an old response's key")?,
            )?);
            let prefix = old_slot_prefix(&id);
            chunk.retain(|(key, _)| key.starts_with(&prefix));
            let records: Vec<&[u8]> = chunk.iter().map(|(_, value)| value.as_ref()).collect();
            let at = self.response_length(&id)?;
            let end = appender.append(&id, at, &records, true)?;
            let mut batch = sled::Batch::default();
            for (key, _) in &chunk {
                batch.remove(key.clone());
            }
            batch.insert(length_key(&id), &end.to_be_bytes());
            self.ballots.apply_batch(batch)?;
            self.db.flush()?;
            self.data_file()?
                .sync_data()
                .context("fsync of sled's data file")?;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::store::counts::tests::uncounted;
    use crate::store::Store;

    /// A store from before: its responses leave sled for the file, every
    /// one of them, and a second open finds nothing more to move.
    #[test]
    fn responses_kept_in_sled_move_to_the_file_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (store, id) = uncounted(dir.path(), 2500);
        drop(store);
        let store = Store::open(dir.path()).expect("reopen");
        assert_eq!(
            store
                .ballots
                .scan_prefix(super::old_slot_prefix(&id))
                .count(),
            0
        );
        assert_eq!(store.stored_responses().expect("responses").len(), 2500);
        assert!(store
            .stored_responses()
            .expect("responses")
            .iter()
            .all(|r| r == b"sealed"));
        let length = store.response_length(&id).expect("length");
        drop(store);
        let store = Store::open(dir.path()).expect("reopen again");
        assert_eq!(store.response_length(&id).expect("length"), length);
        assert_eq!(store.response_count(&id).expect("count"), 2500);
    }
}
