use serde_json::json;

use super::*;
use crate::tally::Tally;

const SURVEY: &str = r#"
title = "t"
min_group = 5
[[question]]
id = "area"
kind = "single"
options = ["A", "B", "C"]
breakdown = true
prompt = "Area"
[[question]]
id = "site"
kind = "single"
options = ["X", "Y"]
breakdown = true
prompt = "Site"
[[question]]
id = "comfort"
kind = "likert"
prompt = "Comfort"
[[question]]
id = "tools"
kind = "multi"
options = ["x", "y"]
required = false
prompt = "Tools"
"#;

type Person = (&'static str, &'static str, i64, &'static [&'static str]);

fn survey() -> Survey {
    Survey::from_toml(SURVEY).expect("survey")
}

fn report(people: &[Person], by: &[&str]) -> Report {
    let survey = survey();
    let mut tally = Tally::new(&survey, by).expect("tally");
    for (area, site, comfort, tools) in people {
        let mut answers = json!({"area": area, "site": site, "comfort": comfort});
        if !tools.is_empty() {
            answers["tools"] = json!(tools);
        }
        tally.add(&survey.validate_answers(&answers).expect("valid"));
    }
    tally.report("id")
}

fn crowd() -> Vec<Person> {
    let mut people = vec![("A", "X", 4, &["x"][..]); 8];
    people.extend(vec![("B", "X", 2, &["x", "y"][..]); 7]);
    people.extend(vec![("C", "Y", 5, &[][..]); 6]);
    people
}

#[test]
fn one_more_response_after_a_release_is_refused() {
    let survey = survey();
    let people = crowd();
    let first = report(&people, &[]);
    check(&survey, &[], &first).expect("a lone safe report passes");
    let mut more = people.clone();
    more.push(("A", "Y", 1, &["y"]));
    let second = report(&more, &[]);
    check(&survey, &[], &second).expect("safe on its own");
    let refused = check(
        &survey,
        &[Earlier {
            seq: 1,
            report: &first,
        }],
        &second,
    )
    .expect_err("the 22nd answer would be the difference");
    assert_eq!(refused.earlier, vec![1]);
    let message = refused.to_string();
    assert!(
        message.contains("between the releases at 21 and 22"),
        "{message}"
    );
}

#[test]
fn a_difference_of_many_people_can_still_expose_a_few() {
    let survey = survey();
    let people = crowd();
    let first = report(&people, &[]);
    // Six newcomers (more than k), but only two of them are in A with
    // comfort 1: the difference of two published cells is 2.
    let mut more = people.clone();
    more.extend(vec![("A", "X", 4, &["x"][..]); 4]);
    more.extend(vec![("A", "X", 1, &["x"][..]); 2]);
    let second = report(&more, &[]);
    let refused = check(
        &survey,
        &[Earlier {
            seq: 7,
            report: &first,
        }],
        &second,
    )
    .expect_err("two newcomers picked a new value");
    assert!(refused.to_string().contains("#7"), "{refused}");
}

#[test]
fn the_same_report_twice_is_no_new_information() {
    let survey = survey();
    let people = crowd();
    let first = report(&people, &["area"]);
    let again = report(&people, &["area"]);
    check(
        &survey,
        &[Earlier {
            seq: 1,
            report: &first,
        }],
        &again,
    )
    .expect("same figures");
}

#[test]
fn a_hand_made_report_with_a_small_cell_is_refused() {
    let survey = survey();
    let mut leaky = report(&crowd(), &[]);
    // Show a hidden count as if suppression had not run.
    for q in &mut leaky.questions {
        for o in &mut q.options {
            o.count = o.count.or(Some(0));
        }
    }
    leaky.questions[2].options[0].count = Some(2);
    assert!(check(&survey, &[], &leaky).is_err());
}

/// (A, X) 8, (B, X) 7, (C, Y) 7, (A, Y) 6, (B, Y) 2, and nobody in (C, X).
fn two_way_crowd() -> Vec<Person> {
    let mut people = vec![("A", "X", 4, &["x"][..]); 8];
    people.extend(vec![("B", "X", 3, &["y"][..]); 7]);
    people.extend(vec![("C", "Y", 2, &["y"][..]); 7]);
    people.extend(vec![("A", "Y", 4, &["x"][..]); 6]);
    people.extend(vec![("B", "Y", 3, &["y"][..]); 2]);
    people
}

#[test]
fn a_two_way_breakdown_protects_its_margins() {
    let survey = survey();
    let both = report(&two_way_crowd(), &["area", "site"]);
    check(&survey, &[], &both).expect("safe on its own");
    let size = |name: &str| {
        both.groups
            .as_ref()
            .and_then(|g| g.iter().find(|g| g.value == name))
            .and_then(|g| g.responses)
    };
    assert_eq!(size("B · Y"), None, "2 people");
    // The overall counts of `area` are the margins: with (A, X) and (B, X)
    // shown, A and B overall would give (A, Y) and then (B, Y) = 2.
    let area = &both.questions[0];
    let shown = |i: usize| area.options[i].count.is_some();
    assert!(
        !(shown(0) && shown(1) && size("A · X").is_some() && size("B · X").is_some()),
        "{both:#?}"
    );
}

#[test]
fn group_sizes_are_read_from_every_question() {
    let survey = survey();
    // The report a one-line protection of group sizes would make: margins
    // shown through `area` and `site`, the two South groups hidden.
    let mut leaky = report(&two_way_crowd(), &["area", "site"]);
    let truth = report(&two_way_crowd(), &[]);
    leaky.questions[0] = truth.questions[0].clone();
    leaky.questions[1] = truth.questions[1].clone();
    for group in leaky.groups.iter_mut().flatten() {
        let hide = group.value == "A · Y" || group.value == "B · Y";
        group.suppressed = hide;
        if !hide {
            let size = two_way_crowd()
                .iter()
                .filter(|p| format!("{} · {}", p.0, p.1) == group.value)
                .count() as u64;
            group.responses = Some(size);
        } else {
            group.responses = None;
        }
    }
    let refused = check(&survey, &[], &leaky).expect_err("B · Y = 9 - 7");
    assert!(refused.to_string().contains("\"B\""), "{refused}");
}

#[test]
fn linked_releases_are_checked_together() {
    let survey = survey();
    let people = two_way_crowd();
    let by_area = report(&people, &["area"]);
    check(&survey, &[], &by_area).expect("safe on its own");
    // An earlier release that showed (B, X) = 7 as a group size of a
    // breakdown by both: with B = 9 from `--by area`, (B, Y) = 2.
    let mut earlier = report(&people, &["area", "site"]);
    for group in earlier.groups.iter_mut().flatten() {
        if group.value == "B · X" {
            group.responses = Some(7);
            group.suppressed = false;
        }
    }
    earlier.questions[0].options[1].count = None;
    let refused = check(
        &survey,
        &[Earlier {
            seq: 4,
            report: &earlier,
        }],
        &by_area,
    )
    .expect_err("linked through B");
    assert_eq!(refused.earlier, vec![4]);
}

#[test]
fn noisy_releases_add_no_equations() {
    let survey = survey();
    let people = crowd();
    let first = report(&people, &[]);
    let mut more = people.clone();
    more.push(("A", "Y", 1, &["y"]));
    let mut noisy = report(&more, &[]);
    noisy.noise = Some(crate::report::Noise {
        mechanism: "test".into(),
        epsilon: 1.0,
        tables: 1,
    });
    check(
        &survey,
        &[Earlier {
            seq: 1,
            report: &first,
        }],
        &noisy,
    )
    .expect("not exact");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// The tally's suppression, judged by an independent exact method: no
    /// single report lets anyone solve for a group of 1 to k-1.
    #[test]
    fn no_single_report_determines_a_small_group(
        people in proptest::collection::vec((0usize..3, 0usize..2, 1i64..6, 0usize..4), 0..45),
        by in 0usize..4,
    ) {
        const AREAS: [&str; 3] = ["A", "B", "C"];
        const SITES: [&str; 2] = ["X", "Y"];
        const TOOLS: [&[&str]; 4] = [&["x"], &["y"], &["x", "y"], &[]];
        let rows: Vec<Person> = people
            .iter()
            .map(|&(a, s, c, t)| (AREAS[a], SITES[s], c, TOOLS[t]))
            .collect();
        let by: &[&str] = match by {
            0 => &[],
            1 => &["area"],
            2 => &["site"],
            _ => &["area", "site"],
        };
        let published = report(&rows, by);
        if let Err(e) = check(&survey(), &[], &published) {
            panic!("{e}");
        }
    }
}
