//! Merged parts must report exactly what one tally over every answer
//! reports, whatever the split; mismatched tallies are refused.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

use std::collections::BTreeMap;

use proptest::prelude::*;
use rand::rngs::StdRng;
use rand::SeedableRng;

use super::super::*;

const SURVEY: &str = r#"
title = "t"
min_group = 3
[[question]]
id = "area"
kind = "single"
options = ["A", "B", "C"]
breakdown = true
required = false
prompt = "Area"
[[question]]
id = "shift"
kind = "single"
options = ["day", "night"]
breakdown = true
required = false
prompt = "Shift"
[[question]]
id = "comfort"
kind = "likert"
required = false
prompt = "Comfort"
[[question]]
id = "tools"
kind = "multi"
options = ["x", "y"]
required = false
prompt = "Tools"
[[question]]
id = "stress"
kind = "scale"
min = 0
max = 4
required = false
prompt = "Stress"
[[question]]
id = "note"
kind = "text"
prompt = "Note"
"#;

const BREAKDOWNS: [&[&str]; 4] = [&[], &["area"], &["area", "shift"], &["shift", "area"]];
const NOTES: [&str; 3] = ["more breaks", "less tracking", "more breaks"];

/// One person's answers, each possibly missing; some values are out of
/// range on purpose, since `add` must skip those identically in any part.
type Person = (
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<Vec<u16>>,
    Option<i64>,
    Option<usize>,
);

fn person() -> impl Strategy<Value = Person> {
    (
        proptest::option::of(0i64..4),
        proptest::option::of(0i64..3),
        proptest::option::of(0i64..7),
        proptest::option::of(proptest::collection::vec(0u16..3, 0..3)),
        proptest::option::of(-1i64..6),
        proptest::option::of(0usize..NOTES.len()),
    )
}

fn answers(p: &Person) -> Answers {
    let mut map = BTreeMap::new();
    let (area, shift, comfort, tools, stress, note) = p;
    let numbers = [
        ("area", area),
        ("shift", shift),
        ("comfort", comfort),
        ("stress", stress),
    ];
    for (id, value) in numbers {
        if let Some(n) = value {
            map.insert(id.to_string(), Answer::Number(*n));
        }
    }
    if let Some(tools) = tools {
        map.insert("tools".to_string(), Answer::Choices(tools.clone()));
    }
    if let Some(note) = note {
        map.insert("note".to_string(), Answer::Text(NOTES[*note].to_string()));
    }
    Answers(map)
}

fn survey(k: u32) -> Survey {
    let mut survey = Survey::from_toml(SURVEY).expect("survey");
    survey.min_group = k;
    survey
}

fn empty(survey: &Survey, by: &[&str], text: bool) -> Tally {
    let tally = Tally::new(survey, by).expect("tally");
    if text {
        tally.with_text()
    } else {
        tally
    }
}

/// Comment order is not part of what a report promises.
fn sorted(mut report: Report) -> Report {
    for question in &mut report.questions {
        if let Some(comments) = &mut question.comments {
            comments.sort_by(|a, b| (&a.id, &a.text).cmp(&(&b.id, &b.text)));
        }
    }
    report
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn merged_parts_report_what_one_tally_reports(
        people in proptest::collection::vec((person(), 0usize..4), 0..40),
        parts in 1usize..5,
        by in 0usize..BREAKDOWNS.len(),
        text in proptest::bool::ANY,
        k in 1u32..6,
        seed in proptest::num::u64::ANY,
    ) {
        let survey = survey(k);
        let by = BREAKDOWNS[by];
        let mut whole = empty(&survey, by, text);
        let mut split: Vec<Tally> = (0..parts).map(|_| empty(&survey, by, text)).collect();
        for (p, part) in &people {
            let answers = answers(p);
            whole.add(&answers);
            split[part % parts].add(&answers);
        }
        let mut split = split.into_iter();
        let mut merged = split.next().expect("at least one part");
        for part in split {
            merged.merge(part).expect("same survey and breakdowns");
        }
        prop_assert_eq!(merged.responses(), people.len() as u64);
        prop_assert_eq!(sorted(merged.report("id")), sorted(whole.report("id")));
        if !text {
            let noisy = |t: &Tally| {
                t.noisy_report("id", 1.0, &mut StdRng::seed_from_u64(seed))
                    .expect("noisy report")
            };
            prop_assert_eq!(noisy(&merged), noisy(&whole));
        }
    }
}

#[test]
fn mismatched_tallies_are_refused_and_nothing_changes() {
    let survey = survey(1);
    let mut other_survey = survey.clone();
    other_survey.title = "another".to_string();
    let mut mine = empty(&survey, &["area"], true);
    let person: Person = (Some(1), Some(0), Some(4), None, None, Some(0));
    mine.add(&answers(&person));
    let before = mine.report("id");
    let refusals = [
        (empty(&other_survey, &["area"], true), "different surveys"),
        (empty(&survey, &[], true), "different breakdowns"),
        (empty(&survey, &["shift"], true), "different breakdowns"),
        (
            empty(&survey, &["shift", "area"], true),
            "different breakdowns",
        ),
        (empty(&survey, &["area"], false), "free text"),
    ];
    for (mut theirs, why) in refusals {
        theirs.add(&answers(&person));
        match mine.merge(theirs) {
            Err(TallyError::CannotMerge(reason)) => assert!(reason.contains(why), "{reason}"),
            other => panic!("expected a refusal for {why}, got {other:?}"),
        }
        assert_eq!(mine.report("id"), before, "a refused merge changed nothing");
    }
}
