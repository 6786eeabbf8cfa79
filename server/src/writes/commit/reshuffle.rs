//! A rewrite of a survey's responses in random order (driven by
//! `crate::writes::reshuffle`), in two steps, so that a large survey does
//! not hold up other writes while it is copied.
//!
//! [`stage`], outside the commit thread, copies every record committed so
//! far into a new file, in random order, each wrapped under the campaign's
//! newest key, and fsyncs it; submissions go on meanwhile. [`swap`], in
//! the commit thread with no batch running (`Write::Reshuffle` is taken
//! alone), adds the records appended since, shuffled and rewrapped too,
//! fsyncs them, and renames the new file over the old one. Both files hold
//! the same responses at the same length, so a crash on either side of the
//! rename loses nothing, and sled's length stays right; a staged file a
//! crash left is removed when the store opens.

use std::io::{BufWriter, Write as _};

use anyhow::Context;
use caucus_core::CampaignId;

use super::Outcome;
use crate::store::response_files::{copy_shuffled, Appender, Cursor, StagedFile};
use crate::store::Store;

/// A rewrite written and fsynced beside the file, not yet in its place.
/// Dropped unused (given up, or refused because the file changed), its
/// file is removed.
pub struct Staged {
    id: CampaignId,
    /// `None` if the survey had no file yet (nothing is staged then).
    copy: Option<Copy>,
    records: u64,
}

struct Copy {
    file: StagedFile,
    /// The name of the file it was copied from.
    from: [u8; 8],
    /// How much of that file it holds.
    upto: u64,
}

/// Copy survey `id`'s committed responses into a staged file, shuffled
/// and rewrapped under its newest key.
pub fn stage(store: &Store, id: &CampaignId) -> anyhow::Result<Staged> {
    let upto = store.response_length(id)?;
    let Some(records) = store.responses.records(id, upto, None)? else {
        return Ok(Staged {
            id: *id,
            copy: None,
            records: 0,
        });
    };
    let from = records.name();
    let file = store.responses.stage(id)?;
    let records = write_shuffled(store, id, &file, records, upto, true)?;
    Ok(Staged {
        id: *id,
        copy: Some(Copy { file, from, upto }),
        records,
    })
}

/// `records` of a file `committed` long, shuffled and rewrapped, written
/// to the end of `file` and fsynced; how many.
fn write_shuffled(
    store: &Store,
    id: &CampaignId,
    file: &StagedFile,
    records: crate::store::response_files::Records,
    committed: u64,
    header: bool,
) -> anyhow::Result<u64> {
    let mut out = BufWriter::with_capacity(256 * 1024, file.file());
    let n = copy_shuffled(records, committed, &mut out, header, |record| {
        Ok(store.keys.rewrap(id, &record)?.unwrap_or(record))
    })?;
    out.flush()?;
    drop(out);
    file.file()
        .sync_all()
        .context("fsync of a staged rewrite")?;
    Ok(n)
}

/// Put a staged rewrite in place, with what was appended since it was
/// staged. Only from the commit thread, between batches.
pub fn swap(store: &Store, appender: &mut Appender, staged: Staged) -> anyhow::Result<Outcome> {
    // Whatever happens below, the open handle may no longer be the file.
    appender.forget(&staged.id);
    let id = staged.id;
    let now = store.response_length(&id)?;
    // Shredded meanwhile, or never answered: nothing to rewrite.
    let Some(current) = store.responses.records(&id, now, None)? else {
        return Ok(Outcome::Reshuffled(0));
    };
    let name = current.name();
    let (file, tail, header) = match staged.copy {
        Some(copy) if copy.from != name || now < copy.upto => return Ok(Outcome::Restage),
        Some(copy) => {
            let since = Cursor::new(name, copy.upto);
            let tail = store
                .responses
                .records(&id, now, Some(since))?
                .context("a response file vanished under its rewrite")?;
            (copy.file, tail, false)
        }
        None => (store.responses.stage(&id)?, current, true),
    };
    let added = write_shuffled(store, &id, &file, tail, now, header)?;
    // Rewrapping keeps every record's length, so sled's length still holds.
    let end = file.file().metadata()?.len();
    anyhow::ensure!(
        end == now,
        "a rewrite of {now} bytes came out at {end}: not swapped"
    );
    store.responses.swap(&id, file)?;
    Ok(Outcome::Reshuffled(staged.records + added))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code asserts by panicking

    use super::*;
    use crate::store::response_files::length_key;
    use crate::store::response_files::tests as files_tests;
    use files_tests::staged_files;

    /// Store `batch` as the writer does: wrapped, appended, length committed.
    fn commit(store: &Store, appender: &mut Appender, id: &CampaignId, batch: &[Vec<u8>]) {
        let wrapped: Vec<Vec<u8>> = batch
            .iter()
            .map(|s| store.keys.wrap(id, s).unwrap())
            .collect();
        let refs: Vec<&[u8]> = wrapped.iter().map(Vec::as_slice).collect();
        files_tests::commit(store, appender, id, &refs);
    }

    fn opened(store: &Store, id: &CampaignId) -> Vec<Vec<u8>> {
        store
            .stored_responses()
            .unwrap()
            .iter()
            .map(|w| store.keys.unwrap(id, w).unwrap())
            .collect()
    }

    /// Answers stored while the rewrite is staged are in it too; every
    /// answer opens once the old wrapping key is gone, the old copies open
    /// under no key, and the order is not the one they came in.
    #[test]
    fn a_rewrite_keeps_every_response_including_those_that_came_while_it_was_staged() {
        let (_dir, store, mut appender, id) = files_tests::fresh();
        let sealed: Vec<Vec<u8>> = (0..200u16).map(|i| i.to_be_bytes().repeat(50)).collect();
        for one in &sealed[..150] {
            commit(&store, &mut appender, &id, std::slice::from_ref(one));
        }
        let before = store.stored_responses().unwrap();
        assert_eq!(opened(&store, &id), sealed[..150]);
        let old_name = store.responses.name(&id).unwrap();

        store.keys.begin_rewrap(&id).unwrap();
        let staged = stage(&store, &id).unwrap();
        commit(&store, &mut appender, &id, &sealed[150..]);
        let outcome = swap(&store, &mut appender, staged).unwrap();
        assert_eq!(outcome, Outcome::Reshuffled(200));
        store.keys.end_rewrap(&id).unwrap();

        assert_ne!(store.responses.name(&id).unwrap(), old_name);
        let after = opened(&store, &id);
        let mut sorted = after.clone();
        sorted.sort();
        let mut expected = sealed.clone();
        expected.sort();
        assert_eq!(sorted, expected);
        assert!(before
            .iter()
            .all(|old| store.keys.unwrap(&id, old).is_err()));
        let in_place = after[..150]
            .iter()
            .zip(&sealed[..150])
            .filter(|(a, s)| a == s)
            .count();
        assert!(in_place < 10, "{in_place} of 150 kept their place");
        // Appends go on into the new file.
        commit(&store, &mut appender, &id, &[b"after".to_vec()]);
        assert_eq!(store.stored_responses().unwrap().len(), 201);
    }

    /// A staged rewrite whose file was replaced meanwhile is dropped and
    /// staged again; one whose survey was shredded is simply dropped.
    #[test]
    fn a_rewrite_of_a_file_that_changed_is_staged_again() {
        let (_dir, store, mut appender, id) = files_tests::fresh();
        commit(
            &store,
            &mut appender,
            &id,
            &[b"one".to_vec(), b"two".to_vec()],
        );
        // Given up (the swap never queued): nothing is left behind.
        drop(stage(&store, &id).unwrap());
        assert_eq!(staged_files(&store), 0);
        let first = stage(&store, &id).unwrap();
        let second = stage(&store, &id).unwrap();
        assert_eq!(
            swap(&store, &mut appender, second).unwrap(),
            Outcome::Reshuffled(2)
        );
        assert_eq!(
            swap(&store, &mut appender, first).unwrap(),
            Outcome::Restage
        );
        assert_eq!(staged_files(&store), 0);
        let third = stage(&store, &id).unwrap();
        store.ballots.remove(length_key(&id)).unwrap();
        assert_eq!(
            swap(&store, &mut appender, third).unwrap(),
            Outcome::Reshuffled(0)
        );
        assert_eq!(staged_files(&store), 0);
    }
}
