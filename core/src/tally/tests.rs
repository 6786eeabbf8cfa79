use serde_json::json;

use super::*;

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
id = "comfort"
kind = "likert"
prompt = "Comfort"
[[question]]
id = "tools"
kind = "multi"
options = ["x", "y"]
prompt = "Tools"
[[question]]
id = "note"
kind = "text"
prompt = "Note"
"#;

fn tally_of(rows: &[(&str, i64)], by: Option<&str>) -> Report {
    let survey = Survey::from_toml(SURVEY).expect("survey");
    let mut tally = Tally::new(&survey, by).expect("tally");
    for (area, comfort) in rows {
        let answers = survey
            .validate_answers(
                &json!({"area": area, "comfort": comfort, "tools": ["x"], "note": "secret"}),
            )
            .expect("valid");
        tally.add(&answers);
    }
    tally.report("id")
}

fn count(q: &QuestionReport, value: &str) -> Option<u64> {
    q.options
        .iter()
        .find(|o| o.value == value)
        .and_then(|o| o.count)
}

#[test]
fn counts_are_exact_above_k_and_hidden_below() {
    let mut rows = vec![("A", 4); 7];
    rows.extend(vec![("B", 5); 6]);
    rows.extend(vec![("C", 2); 2]);
    let report = tally_of(&rows, None);
    assert_eq!(report.responses, 15);
    let area = &report.questions[0];
    assert_eq!(area.answered, Some(15));
    assert_eq!(count(area, "A"), Some(7));
    assert_eq!(count(area, "C"), None, "2 < k");
    // Complementary: C alone hidden would be 15 - 7 - 6; B (the smallest
    // remaining) is hidden too.
    assert_eq!(count(area, "B"), None);
    let comfort = &report.questions[1];
    assert_eq!(comfort.mean, None, "no mean when a cell is hidden");
    let json = serde_json::to_value(&report).expect("json");
    assert_eq!(
        json["questions"][0]["options"][2],
        json!({"value": "C", "count": null, "suppressed": true})
    );
    assert!(!serde_json::to_string(&report)
        .expect("json")
        .contains("secret"));
}

#[test]
fn below_k_responses_everything_is_hidden() {
    let report = tally_of(&[("A", 4), ("A", 4), ("A", 4)], None);
    assert!(report.suppressed);
    assert!(report
        .questions
        .iter()
        .all(|q| q.answered.is_none() && q.options.iter().all(|o| o.count.is_none())));
}

#[test]
fn likert_stats_when_nothing_is_hidden() {
    let mut rows = vec![("A", 2); 5];
    rows.extend(vec![("A", 4); 5]);
    let report = tally_of(&rows, None);
    let comfort = &report.questions[1];
    assert_eq!(comfort.mean, Some(3.0));
    assert_eq!(comfort.median, Some(3.0));
    assert_eq!(
        comfort.options[0].label.as_deref(),
        Some("Strongly disagree")
    );
}

#[test]
fn breakdown_hides_small_groups_and_their_complement() {
    let mut rows = vec![("A", 4); 8];
    rows.extend(vec![("B", 4); 6]);
    rows.extend(vec![("C", 4); 2]);
    let report = tally_of(&rows, Some("area"));
    let groups = report.groups.as_ref().expect("groups");
    assert_eq!(groups.len(), 3);
    assert!(groups[2].suppressed, "C has 2 people");
    assert!(
        groups[1].suppressed,
        "B hidden so C cannot be derived from 16 - 8"
    );
    assert_eq!(groups[0].responses, Some(8));
    assert!(groups[2].questions.iter().all(|q| q.answered.is_none()));
    assert_eq!(count(&groups[0].questions[1], "4"), Some(8));
}

#[test]
fn breakdown_must_be_a_breakdown_question() {
    let survey = Survey::from_toml(SURVEY).expect("survey");
    assert!(matches!(
        Tally::new(&survey, Some("comfort")),
        Err(TallyError::NotABreakdown(_))
    ));
    assert!(matches!(
        Tally::new(&survey, Some("nope")),
        Err(TallyError::UnknownQuestion(_))
    ));
}
