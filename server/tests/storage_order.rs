//! Storage order carries no submission order, at rest. The attack an
//! outside review ran: with a copy of a survey's data directory, the
//! campaign key in it, an organiser key, and the list of who received
//! which invite, compute each invite's spend record, find where it sits
//! in sled's data file, and take the sealed response stored nearest to
//! it as that person's. On a quiet survey (one answer per commit) the two
//! are written side by side, so mid-run this pairs most of them. After the
//! survey is closed, its responses have been rewritten in random order
//! under a new wrapping key and the old key destroyed: the responses next
//! to the spend records no longer open, and the ones that do sit in one
//! shuffled run, so pairing falls to chance.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::path::Path;

use caucus_core::{CampaignId, Invite, SealedResponse};
use caucus_server::store::campaign_keys::CampaignKeys;
use caucus_server::store::Store;
use common::*;

const PEOPLE: usize = 40;

/// How many of `invites` the attack pairs with the response their holder
/// wrote (each answer's note names its invite's index), on a copy of the
/// data directory at `copy`.
fn paired(f: &Fixture, copy: &Path, id: &CampaignId, invites: &[String]) -> usize {
    let raw = std::fs::read(copy.join("sled").join("db")).expect("sled data file");
    let store = Store::open(copy).expect("open the copy");
    let keys = CampaignKeys::new(copy);
    // Where each stored response sits in the file.
    let mut responses: Vec<(usize, Vec<u8>)> = Vec::new();
    for wrapped in store.stored_responses().expect("responses") {
        if let Some(at) = memchr::memmem::find(&raw, &wrapped) {
            responses.push((at, wrapped));
        }
    }
    let mut correct = 0;
    for (index, code) in invites.iter().enumerate() {
        let invite = Invite::parse(code).unwrap();
        let record = keys
            .spend_record(id, &invite.spend_tag(id))
            .expect("spend record");
        let Some(at) = memchr::memmem::find(&raw, &record) else {
            continue;
        };
        let Some((_, wrapped)) = responses.iter().min_by_key(|(r, _)| r.abs_diff(at)) else {
            continue;
        };
        let Ok(sealed) = keys.unwrap(id, wrapped) else {
            continue;
        };
        let answers = SealedResponse(sealed).open(id, &f.key).expect("open");
        if answers.0.get("note") == Some(&caucus_core::Answer::Text(format!("person {index}"))) {
            correct += 1;
        }
    }
    correct
}

#[test]
fn a_copy_at_rest_pairs_spend_records_with_responses_no_better_than_chance() {
    let f = Fixture::new();
    let id: CampaignId = f.id.parse().unwrap();
    let invites = f.invites(PEOPLE);
    for (index, code) in invites.iter().enumerate() {
        let (status, body) = submit(
            f.base(),
            &f.id,
            code,
            &answers("Operations", 3, &format!("person {index}")),
        );
        assert_eq!(status, 201, "{body}");
    }
    let mid_run = f.dir.path().join("mid-run");
    copy_dir(&f.server.data, &mid_run);
    let before = paired(&f, &mid_run, &id, &invites);
    eprintln!("mid-run copy, one answer per commit: {before} of {PEOPLE} paired");

    f.cli(&["close", &f.id]).expect("close");
    let at_rest = f.dir.path().join("at-rest");
    copy_dir(&f.server.data, &at_rest);
    let after = paired(&f, &at_rest, &id, &invites);
    eprintln!("copy after close: {after} of {PEOPLE} paired");
    // Chance is one in 40 each, one expected; allow a little luck.
    assert!(after <= 4, "{after} of {PEOPLE} paired after close");
    // And the survey still tallies every answer.
    let report = f.cli(&["tally", &f.id, "--format", "json"]).expect("tally");
    let report: serde_json::Value = serde_json::from_str(&report).expect("json");
    assert_eq!(report["responses"], PEOPLE);
}
