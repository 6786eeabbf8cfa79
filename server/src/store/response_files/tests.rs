//! The response file's crash rules and its pages, on a real store.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code asserts by panicking

use caucus_core::CampaignId;

use super::*;
use crate::store::Store;

/// A store in a new directory, the writer's appender for it, and a survey
/// id with a campaign key.
pub(crate) fn fresh() -> (tempfile::TempDir, Store, Appender, CampaignId) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let appender = Appender::new(store.responses.clone());
    let id = CampaignId::random(&mut rand::rngs::OsRng);
    store.keys.create(&id).unwrap();
    (dir, store, appender, id)
}

/// Append `records` for `id` and commit the new length, as the writer
/// does; the new length.
pub(crate) fn commit(
    store: &Store,
    appender: &mut Appender,
    id: &CampaignId,
    records: &[&[u8]],
) -> u64 {
    let at = store.response_length(id).unwrap();
    let end = appender.append(id, at, records, true).unwrap();
    store
        .ballots
        .insert(length_key(id), &end.to_be_bytes())
        .unwrap();
    end
}

#[test]
fn a_crash_tail_is_cut_and_leftover_files_removed_when_the_store_opens() {
    let (dir, store, mut appender, id) = fresh();
    let end = commit(&store, &mut appender, &id, &[b"one", b"two"]);
    // Written, never committed: a batch the crash cut short.
    appender
        .append(&id, end, &[b"unacknowledged"], true)
        .unwrap();
    // A shredded survey's file, and a rewrite cut short.
    let gone = CampaignId::random(&mut rand::rngs::OsRng);
    appender.append(&gone, 0, &[b"shredded"], true).unwrap();
    // A crash leaves a staged rewrite: nothing removes it on the way out.
    std::mem::forget(store.responses.stage(&id).unwrap());
    assert_eq!(staged_files(&store), 1);
    store.db.flush().unwrap();
    drop((store, appender));

    let store = Store::open(dir.path()).unwrap();
    assert_eq!(
        std::fs::metadata(store.responses.path(&id)).unwrap().len(),
        end
    );
    assert!(!store.responses.path(&gone).exists());
    assert_eq!(staged_files(&store), 0);
    assert_eq!(
        store.stored_responses().unwrap(),
        vec![b"one".to_vec(), b"two".to_vec()]
    );
    assert_eq!(store.ballot_counts().unwrap().1, 2);
}

#[test]
fn a_file_shorter_than_sled_says_or_missing_stops_the_store_from_opening() {
    let (dir, store, mut appender, id) = fresh();
    let end = commit(&store, &mut appender, &id, &[b"one", b"two"]);
    store.db.flush().unwrap();
    drop((store, appender));
    let file = OpenOptions::new()
        .write(true)
        .open(ResponseFiles::new(dir.path()).path(&id))
        .unwrap();
    file.set_len(end - 1).unwrap();
    let err = Store::open(dir.path()).err().expect("a short file");
    assert!(
        format!("{err:#}").contains("were lost outside caucus"),
        "{err:#}"
    );
    std::fs::remove_file(ResponseFiles::new(dir.path()).path(&id)).unwrap();
    let err = Store::open(dir.path()).err().expect("a missing file");
    assert!(
        format!("{err:#}").contains("were lost outside caucus"),
        "{err:#}"
    );
}

#[test]
fn pages_cover_every_record_once_and_a_record_past_the_length_is_refused() {
    let (_dir, store, mut appender, id) = fresh();
    let sealed: Vec<Vec<u8>> = (0..7u8).map(|i| vec![i; 100 + usize::from(i)]).collect();
    let wrapped: Vec<Vec<u8>> = sealed
        .iter()
        .map(|s| store.keys.wrap(&id, s).unwrap())
        .collect();
    let refs: Vec<&[u8]> = wrapped.iter().map(Vec::as_slice).collect();
    commit(&store, &mut appender, &id, &refs);
    let mut seen = Vec::new();
    let mut cursor: Option<[u8; 16]> = None;
    loop {
        let page = store.sealed_page(&id, cursor.as_ref(), 3).unwrap();
        assert!(page.sealed.len() <= 3);
        seen.extend(page.sealed);
        match page.next {
            Some(next) => cursor = Some(next.try_into().unwrap()),
            None => break,
        }
    }
    assert_eq!(seen, sealed);
    // A cursor that names another file, or points past the end.
    let name = store.responses.name(&id).unwrap();
    let mut other = name;
    other[0] ^= 1;
    for bad in [Cursor::new(other, HEADER), Cursor::new(name, 1 << 40)] {
        let err = store
            .sealed_page(&id, Some(&bad.to_bytes()), 3)
            .err()
            .expect("a stale cursor");
        assert!(err.is::<Rewritten>(), "{err:#}");
    }
    // A length prefix that claims more than was committed.
    let length = store.response_length(&id).unwrap();
    assert!(store.responses.count(&id, length - 1).is_err());
}

/// Rewrites being staged (or left by a crash) in the store's directory.
pub(crate) fn staged_files(store: &Store) -> usize {
    std::fs::read_dir(store.responses.dir())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".new")
        })
        .count()
}
