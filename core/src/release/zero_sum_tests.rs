//! The review's two accepted-together releases that exposed a small group
//! through non-negativity: a shown 0 over several unknowns says each is 0,
//! which elimination alone never uses.

use serde_json::json;

use super::*;
use crate::tally::Tally;

/// `site` is an optional breakdown; `area` a required one; `q` a question.
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
options = ["N", "S"]
breakdown = true
required = false
prompt = "Site"
[[question]]
id = "q"
kind = "single"
options = ["X", "Y", "Z"]
prompt = "Q"
"#;

fn survey() -> Survey {
    Survey::from_toml(SURVEY).expect("survey")
}

/// (area, site, q) per person; everyone answered `site`.
fn report(people: &[(&str, &str, &str)], by: &[&str]) -> Report {
    let survey = survey();
    let mut tally = Tally::new(&survey, by).expect("tally");
    for (area, site, q) in people {
        let answers = json!({"area": area, "site": site, "q": q});
        tally.add(&survey.validate_answers(&answers).expect("valid"));
    }
    tally.report("id")
}

fn many(
    n: usize,
    person: (&'static str, &'static str, &'static str),
) -> Vec<(&'static str, &'static str, &'static str)> {
    vec![person; n]
}

/// Case B: 40 responses. `--by area` shows C·Z = 9; `--by area --by site`
/// shows C·N·Z = 7 and no "(no answer)" site group. So C·S·Z = 2.
#[test]
fn a_group_total_minus_its_shown_parts_is_refused_when_the_rest_is_empty() {
    let mut people = many(5, ("A", "N", "X"));
    people.extend(many(5, ("A", "S", "Z")));
    people.extend(many(5, ("B", "N", "X")));
    people.extend(many(5, ("B", "S", "X")));
    people.extend(many(7, ("C", "N", "Z")));
    people.extend(many(5, ("C", "N", "X")));
    people.extend(many(2, ("C", "S", "Z")));
    people.extend(many(6, ("C", "S", "X")));
    assert_eq!(people.len(), 40);
    let survey = survey();
    let by_area = report(&people, &["area"]);
    check(&survey, &[], &by_area).expect("safe on its own");
    let both = report(&people, &["area", "site"]);
    check(&survey, &[], &both).expect("safe on its own");
    let shown = |r: &Report, group: &str, option: usize| {
        r.groups
            .iter()
            .flatten()
            .find(|g| g.value == group)
            .and_then(|g| g.questions.iter().find(|q| q.id == "q"))
            .and_then(|q| q.options[option].count)
    };
    assert_eq!(shown(&by_area, "C", 2), Some(9), "{by_area:#?}");
    assert_eq!(shown(&both, "C · N", 2), Some(7), "{both:#?}");
    assert_eq!(shown(&both, "C · S", 2), None, "2 people, hidden");
    let refused = check(
        &survey,
        &[Earlier {
            seq: 1,
            report: &by_area,
        }],
        &both,
    )
    .expect_err("C·S·Z = 9 - 7 - 0");
    assert_eq!(refused.earlier, vec![1], "{refused}");
}

/// Case A: `--by site` shows N·C = 5, with no "(no answer)" group, and
/// hides S·C; the plain release then shows C = 6 overall. The missing
/// group's size 0 is one equation over its three area counts, so each is
/// 0, and S·C = 6 - 5 - 0 = 1.
#[test]
fn a_shown_zero_over_several_unknowns_makes_each_of_them_zero() {
    let mut people = many(5, ("B", "N", "X"));
    people.extend(many(5, ("C", "N", "X")));
    people.extend(many(5, ("A", "S", "X")));
    people.extend(many(1, ("C", "S", "X")));
    let survey = survey();
    let by_site = report(&people, &["site"]);
    check(&survey, &[], &by_site).expect("safe on its own");
    let plain = report(&people, &[]);
    check(&survey, &[], &plain).expect("safe on its own");
    let area = |r: &Report, option: usize| r.questions[0].options[option].count;
    assert_eq!(area(&plain, 2), Some(6), "{plain:#?}");
    let refused = check(
        &survey,
        &[Earlier {
            seq: 3,
            report: &by_site,
        }],
        &plain,
    );
    // Either order of the two releases must be refused.
    let reversed = check(
        &survey,
        &[Earlier {
            seq: 4,
            report: &plain,
        }],
        &by_site,
    );
    assert!(
        refused.is_err() && reversed.is_err(),
        "by site: {by_site:#?}\nplain: {plain:#?}\n{refused:?} {reversed:?}"
    );
}
