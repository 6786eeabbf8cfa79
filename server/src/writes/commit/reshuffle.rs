//! One chunk of a reshuffle (`Write::Reshuffle`, driven by
//! `crate::writes::reshuffle`): responses after a storage key, each stored
//! again under a new random storage key, wrapped under the campaign's
//! newest wrapping key. Responses already under it are left where they
//! are, so a reshuffle taken up again after a crash does not redo them.

use std::ops::Bound;

use caucus_core::CampaignId;
use rand::RngCore;

use super::ballots::BallotBatch;
use super::Outcome;
use crate::store::{response_prefix, Store};

/// Responses looked at per chunk: about a megabyte of sealed answers, so
/// one chunk never holds up other writes for long.
const CHUNK: usize = 1024;

pub fn chunk(
    store: &Store,
    ballots: &mut BallotBatch,
    id: &CampaignId,
    after: Option<&[u8]>,
) -> anyhow::Result<Outcome> {
    let prefix = response_prefix(id);
    let start = match after {
        Some(key) => Bound::Excluded(key.to_vec()),
        None => Bound::Included(prefix.clone()),
    };
    let mut moved = 0;
    for (seen, item) in store
        .ballots
        .range::<Vec<u8>, _>((start, Bound::Unbounded))
        .enumerate()
    {
        let (key, stored) = item?;
        if !key.starts_with(&prefix) {
            break;
        }
        if let Some(again) = store.keys.rewrap(id, &stored)? {
            let mut slot = prefix.clone();
            let mut random = [0u8; 16];
            rand::rngs::OsRng.fill_bytes(&mut random);
            slot.extend_from_slice(&random);
            ballots.remove(key.to_vec());
            ballots.insert(slot, again);
            moved += 1;
        }
        if seen + 1 == CHUNK {
            return Ok(Outcome::Reshuffled {
                moved,
                next: Some(key.to_vec()),
            });
        }
    }
    Ok(Outcome::Reshuffled { moved, next: None })
}
