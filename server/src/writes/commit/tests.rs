//! The writer's isolation: one write that cannot be built is refused on
//! its own, and the writer goes on. Only a storage failure stops it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

use super::writer::{from_storage, Writer};
use super::*;
use crate::store::cosigned::Cosigned;
use crate::store::statements::{key, RECORD};

fn writer(dir: &std::path::Path) -> Writer {
    let store = Store::open(dir).expect("store");
    let file = store.data_file().expect("data file");
    Writer::new(
        store,
        ServerKey::generate(&mut rand::rngs::OsRng),
        file,
        true,
    )
}

fn nonce(name: &str) -> Write {
    Write::Nonce {
        nonce: name.to_string(),
        expires: u64::MAX,
        now: 1,
    }
}

/// Commit `writes` as one batch and collect every answer.
fn commit(writer: &mut Writer, writes: Vec<Write>) -> Vec<Result<Outcome, CommitError>> {
    let mut answers = Vec::new();
    let jobs = writes
        .into_iter()
        .map(|write| {
            let (job, answer) = Job::new(write);
            answers.push(answer);
            job
        })
        .collect();
    writer.commit(jobs);
    answers
        .into_iter()
        .map(|mut a| a.try_recv().expect("answered"))
        .collect()
}

/// A write against a statement record that no write can be decided
/// against (it is not JSON).
fn unbuildable(writer: &Writer) -> Write {
    let id = CampaignId::random(&mut rand::rngs::OsRng);
    writer
        .store
        .statement_data
        .insert(key(RECORD, &id, &[]), b"not a record".to_vec())
        .expect("insert");
    Write::Cosign {
        id,
        witness: 0,
        cosigned: Cosigned {
            checkpoint: String::new(),
            size: 1,
            line: String::new(),
        },
    }
}

#[test]
fn a_write_that_cannot_be_built_is_refused_alone_and_writing_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut writer = writer(dir.path());
    let bad = unbuildable(&writer);
    let answers = commit(&mut writer, vec![nonce("a"), bad, nonce("b")]);
    assert!(matches!(answers[0], Ok(Outcome::Done)), "{:?}", answers[0]);
    assert!(
        matches!(answers[1], Err(CommitError::Refused)),
        "{:?}",
        answers[1]
    );
    assert!(matches!(answers[2], Ok(Outcome::Done)), "{:?}", answers[2]);
    assert!(writer.failed.is_none(), "no fail-stop for one bad request");
    // Later writes go on, and the earlier ones were really written.
    let answers = commit(&mut writer, vec![nonce("c"), nonce("a")]);
    assert!(matches!(answers[0], Ok(Outcome::Done)), "{:?}", answers[0]);
    assert!(
        matches!(answers[1], Ok(Outcome::Replayed)),
        "{:?}",
        answers[1]
    );
}

#[test]
fn only_errors_from_the_disk_count_as_storage_failures() {
    let io = anyhow::Error::new(std::io::Error::other("disk gone")).context("fsync");
    assert!(from_storage(&io));
    let sled = anyhow::Error::new(sled::Error::Unsupported("x".into()));
    assert!(from_storage(&sled));
    let built = anyhow::anyhow!("malformed signed note: too many signatures");
    assert!(!from_storage(&built));
    let json = serde_json::from_slice::<u8>(b"x").map_err(anyhow::Error::new);
    assert!(!from_storage(&json.expect_err("bad json")));
}

/// One write of a batch cannot be built, so the batch is committed one
/// write at a time; when the disk then fails for one of them, the writes
/// after it are refused too, never acknowledged.
#[test]
fn a_storage_failure_while_committing_one_by_one_stops_the_rest() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut writer = writer(dir.path());
    let bad = unbuildable(&writer);
    // A new survey's key file cannot be written: `keys` is a plain file.
    std::fs::remove_dir_all(dir.path().join("keys")).ok();
    std::fs::write(dir.path().join("keys"), b"in the way").expect("block keys");
    let survey = caucus_core::Survey::from_toml(
        "title = \"t\"\n[[question]]\nid = \"a\"\nkind = \"text\"\nprompt = \"p\"\n",
    )
    .expect("survey");
    let create = Write::CreateSurvey {
        id: CampaignId::random(&mut rand::rngs::OsRng),
        record: SurveyRecord::open_now(survey),
    };
    let answers = commit(&mut writer, vec![create, bad, nonce("after")]);
    assert!(
        matches!(answers[0], Err(CommitError::Storage(_))),
        "{:?}",
        answers[0]
    );
    assert!(writer.failed.is_some());
    for answer in &answers[1..] {
        assert!(
            matches!(answer, Err(CommitError::Storage(_))),
            "acknowledged after the disk failed: {answer:?}"
        );
    }
}
