//! A tally over more responses than one page of the sealed ballot box,
//! opened on every core: the counts are exactly those submitted, so no
//! page, chunk or worker's share is lost or counted twice.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::collections::BTreeMap;
use std::time::Instant;

use caucus::client::SEALED_PAGE;
use common::*;
use serde_json::Value;

/// Two and a half pages: two page boundaries, and many chunks per worker.
const RESPONSES: usize = SEALED_PAGE * 5 / 2;
const SUBMITTERS: usize = 8;
const AREAS: [&str; 5] = [
    "Engineering",
    "Operations",
    "Customer support",
    "Sales and marketing",
    "Other",
];

/// Person `i`'s answers: uneven areas and consent, a note from every third.
fn person(i: usize) -> Value {
    let mut a = answers(
        AREAS[(i * i + i / 7) % AREAS.len()],
        1 + ((i / 3) % 5) as i64,
        &format!("note {}", i % 11),
    );
    if !i.is_multiple_of(3) {
        a.as_object_mut().expect("object").remove("note");
    }
    a
}

fn count(question: &Value, value: &str) -> u64 {
    question["options"]
        .as_array()
        .expect("options")
        .iter()
        .find(|o| o["value"] == value)
        .and_then(|o| o["count"].as_u64())
        .unwrap_or_else(|| panic!("no count for {value} in {question}"))
}

#[test]
fn a_tally_across_pages_and_workers_counts_every_response_once() {
    let fixture = Fixture::new();
    let codes = fixture.invites(RESPONSES);
    let started = Instant::now();
    std::thread::scope(|scope| {
        for worker in 0..SUBMITTERS {
            let codes = &codes;
            let fixture = &fixture;
            scope.spawn(move || {
                let agent = agent();
                for i in (worker..RESPONSES).step_by(SUBMITTERS) {
                    let (status, body) = call(
                        agent
                            .post(&format!(
                                "{}/api/v1/surveys/{}/responses",
                                fixture.base(),
                                fixture.id
                            ))
                            .send_json(
                                serde_json::json!({"invite": codes[i], "answers": person(i)}),
                            ),
                    );
                    assert_eq!(status, 201, "{body}");
                }
            });
        }
    });
    eprintln!("{RESPONSES} submissions: {:?}", started.elapsed());
    let id = fixture.id.clone();
    fixture.cli(&["close", &id]).expect("close");

    let started = Instant::now();
    let printed = fixture
        .cli(&[
            "tally",
            &id,
            "--by",
            "area",
            "--include-text",
            "--format",
            "json",
        ])
        .expect("tally");
    eprintln!("tally of {RESPONSES}: {:?}", started.elapsed());
    let report: Value = serde_json::from_str(&printed).expect("json");

    let mut areas: BTreeMap<&str, u64> = BTreeMap::new();
    let mut consent: BTreeMap<String, u64> = BTreeMap::new();
    let mut notes = 0;
    for i in 0..RESPONSES {
        let a = person(i);
        *areas
            .entry(AREAS.iter().find(|&&x| a["area"] == x).expect("area"))
            .or_default() += 1;
        *consent.entry(a["consent"].to_string()).or_default() += 1;
        notes += usize::from(a.get("note").is_some());
    }
    assert!(
        areas
            .values()
            .collect::<std::collections::BTreeSet<_>>()
            .len()
            > 1,
        "uneven areas, so a lost or doubled chunk shows"
    );
    assert_eq!(report["responses"], RESPONSES as u64);
    let questions = report["questions"].as_array().expect("questions");
    let question = |id: &str| {
        questions
            .iter()
            .find(|q| q["id"] == id)
            .unwrap_or_else(|| panic!("no question {id}"))
    };
    for (area, n) in &areas {
        assert_eq!(count(question("area"), area), *n, "area {area}");
    }
    for (value, n) in &consent {
        assert_eq!(count(question("consent"), value), *n, "consent {value}");
    }
    assert_eq!(question("consent")["answered"], RESPONSES as u64);
    let groups = report["groups"].as_array().expect("groups");
    for (area, n) in &areas {
        let group = groups
            .iter()
            .find(|g| g["value"] == *area)
            .unwrap_or_else(|| panic!("no group {area}"));
        assert_eq!(group["responses"], *n, "group {area}");
    }
    let note = question("note");
    assert_eq!(note["answered"], notes as u64);
    assert_eq!(
        note["comments"].as_array().expect("comments").len(),
        notes,
        "every kept note, from every worker"
    );
}
