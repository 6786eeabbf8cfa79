use serde_json::json;

use super::*;

const EXAMPLE: &str = include_str!("../../../examples/monitoring-survey.toml");

#[test]
fn the_example_survey_is_valid() {
    let survey = Survey::from_toml(EXAMPLE).expect("example parses");
    assert_eq!(survey.min_group, 5);
    assert_eq!(survey.questions.len(), 10);
    assert!(matches!(
        survey.question("area").map(|q| &q.kind),
        Some(QuestionKind::Single {
            breakdown: true,
            ..
        })
    ));
    let note = survey.question("note").expect("note");
    assert!(!note.required, "text defaults to optional");
}

fn error_of(text: &str) -> SurveyError {
    Survey::from_toml(text).expect_err("must be refused")
}

#[test]
fn errors_name_field_line_and_rule() {
    let e =
        error_of("title = \"t\"\nmin_group = 2\n[[question]]\nid='a'\nkind='likert'\nprompt='p'\n");
    assert_eq!(e.field, "min_group");
    assert!(e.rule.contains("from 3"), "{e}");

    let e = error_of(
        "title = \"t\"\n\n[[question]]\nid = 'a'\nkind = 'single'\nprompt = 'p'\noptions = ['x']\n",
    );
    assert_eq!(e.line, Some(3));
    assert!(e.field.ends_with(".options"), "{e}");
    assert!(e.to_string().starts_with("line 3: "), "{e}");

    let e = error_of("title = \"t\"\n[[question]]\nid = 'Bad Id'\nkind = 'text'\nprompt = 'p'\n");
    assert!(e.field.ends_with(".id"), "{e}");

    let e = error_of("title = \"t\"\n[[question]]\nid = 'a'\nkind = 'likert'\nprompt = 'p'\n[[question]]\nid = 'a'\nkind = 'text'\nprompt = 'q'\n");
    assert!(e.rule.contains("unique"), "{e}");
    assert_eq!(e.line, Some(6));

    let e = error_of("title = \"t\"\ncolour = 1\n");
    assert!(e.rule.contains("unknown field `colour`"), "{e}");
    assert_eq!(e.line, Some(2));

    let e = error_of(
        "title = \"t\"\n[[question]]\nid = 'a'\nkind = 'likert'\nprompt = 'p'\nbreakdown = true\n",
    );
    assert!(e.field.ends_with(".breakdown"), "{e}");

    let e = error_of(
        "title = \"t\"\n[[question]]\nid = 'a'\nkind = 'scale'\nprompt = 'p'\nmin = 5\nmax = 5\n",
    );
    assert!(e.field.ends_with(".max"), "{e}");

    let e = error_of("title = \"t\"\n[[question]]\nid = 'a'\nkind = 'scale'\nprompt = 'p'\nmin = -9223372036854775808\nmax = 9223372036854775807\n");
    assert!(e.rule.contains("within"), "{e}");

    let e = error_of("title = \"t\"\n[[question]]\nid = 'a'\nkind = 'ranking'\nprompt = 'p'\n");
    assert!(e.rule.contains("`ranking`"), "{e}");

    assert_eq!(error_of("description = 'x'\n").field, "title");
    assert_eq!(error_of("title = 'x'\n").field, "question");
    assert!(error_of("title = \n").line.is_some());
}

#[test]
fn answers_are_checked_and_made_canonical() {
    let survey = Survey::from_toml(EXAMPLE).expect("parses");
    let good = json!({
        "area": "Operations", "recorded": ["Keystrokes", "I don't know"], "told": "No",
        "consent": 1, "comfort": 2, "reviews": "I suspect it is", "retention": "Up to 7 days",
        "safeguards": ["Opt-out without penalty"], "stress": 7, "note": "  hello\r\nthere "
    });
    let answers = survey.validate_answers(&good).expect("valid");
    assert_eq!(answers.0["area"], Answer::Number(1));
    assert_eq!(answers.0["recorded"], Answer::Choices(vec![0, 6]));
    assert_eq!(answers.0["note"], Answer::Text("hello\nthere".into()));

    let mut bad = good.clone();
    bad["comfort"] = json!(6);
    bad["area"] = json!("Legal");
    bad["extra"] = json!(1);
    let errors = survey.validate_answers(&bad).expect_err("invalid");
    let named: Vec<_> = errors.iter().filter_map(|e| e.question.clone()).collect();
    assert!(named.contains(&"comfort".to_string()));
    assert!(named.contains(&"area".to_string()));
    assert!(named.contains(&"extra".to_string()));

    let mut missing = good.clone();
    missing.as_object_mut().expect("object").remove("told");
    let errors = survey.validate_answers(&missing).expect_err("required");
    assert_eq!(errors[0].question.as_deref(), Some("told"));

    let mut twice = good;
    twice["recorded"] = json!(["Keystrokes", "Keystrokes"]);
    assert!(survey.validate_answers(&twice).is_err());
    assert!(survey.validate_answers(&json!([1, 2])).is_err());
}

#[test]
fn form_fields_become_the_api_shape() {
    let survey = Survey::from_toml(EXAMPLE).expect("parses");
    let pairs: Vec<(String, String)> = [
        ("invite", "x"),
        ("q_area", "Engineering"),
        ("q_recorded", "Keystrokes"),
        ("q_recorded", "Webcam or microphone"),
        ("q_consent", "3"),
        ("q_stress", "ten"),
        ("q_note", ""),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    let value = survey.answers_from_form(&pairs);
    assert_eq!(value["area"], json!("Engineering"));
    assert_eq!(
        value["recorded"],
        json!(["Keystrokes", "Webcam or microphone"])
    );
    assert_eq!(value["consent"], json!(3));
    assert_eq!(value["stress"], json!("ten"));
    assert!(value.get("note").is_none());
    assert!(value.get("invite").is_none());
}

#[test]
fn breakdown_questions_offer_prefer_not_to_say() {
    let file = |extra: &str, options: &str| {
        format!("title = \"t\"\n[[question]]\nid = 'site'\nkind = 'single'\nprompt = 'p'\noptions = {options}\nbreakdown = true\n{extra}")
    };
    let options = |text: &str| match &Survey::from_toml(text).expect("parses").questions[0].kind {
        QuestionKind::Single { options, .. } => options.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        options(&file("", "['North', 'South']")),
        ["North", "South", PREFER_NOT_TO_SAY]
    );
    // Counted like any other option: answered by its text, stored by index.
    let survey = Survey::from_toml(&file("", "['North', 'South']")).expect("parses");
    let answers = survey
        .validate_answers(&json!({"site": PREFER_NOT_TO_SAY}))
        .expect("valid");
    assert_eq!(answers.0["site"], Answer::Number(2));
    assert_eq!(
        options(&file("prefer_not_to_say = false\n", "['North', 'South']")),
        ["North", "South"]
    );
    assert_eq!(
        options(&file("", "['North', 'prefer not to say']")),
        ["North", "prefer not to say"],
        "an organiser's own wording is not doubled"
    );
    let refused = Survey::from_toml(
        "title = \"t\"\n[[question]]\nid = 'a'\nkind = 'single'\nprompt = 'p'\noptions = ['x', 'y']\nprefer_not_to_say = true\n",
    )
    .expect_err("not a breakdown");
    assert!(refused.field.ends_with(".prefer_not_to_say"), "{refused}");
    let fifty: Vec<String> = (0..50).map(|i| format!("'o{i}'")).collect();
    let full = file("", &format!("[{}]", fifty.join(", ")));
    assert!(Survey::from_toml(&full)
        .expect_err("no room")
        .rule
        .contains("prefer_not_to_say = false"));
}

/// Each problem an answer can have names its catalogue message, which
/// says in English exactly what the API says; the key and arguments stay
/// out of the JSON.
#[test]
fn every_answer_problem_has_its_message_in_the_catalogues() {
    use crate::i18n::{text, Arg};
    let survey = Survey::from_toml(EXAMPLE).expect("parses");
    let long = "x".repeat(MAX_TEXT_ANSWER + 1);
    let bodies = [
        json!({}),
        json!({"area": "Legal", "extra": 1, "recorded": "Keystrokes"}),
        json!({"area": 3, "recorded": ["Keystrokes", "Keystrokes"], "consent": 9}),
        json!({"stress": 99, "note": 5}),
        json!({"note": long}),
        json!({"note": "a\u{7}b"}),
        json!([1, 2]),
    ];
    let written = Survey::from_toml(
        "title = \"T\"\n[[question]]\nid = \"why\"\nkind = \"text\"\nprompt = \"Why?\"\nrequired = true\n",
    )
    .expect("parses");
    let mut errors = written.validate_answers(&json!({})).expect_err("required");
    for body in &bodies {
        errors.extend(survey.validate_answers(body).expect_err("refused"));
    }
    let mut keys = std::collections::BTreeSet::new();
    {
        for error in errors {
            let args: Vec<(&str, Arg)> = error
                .args
                .iter()
                .map(|(name, value)| {
                    let arg = match value {
                        AnswerArg::Number(n) => Arg::Number(*n as f64),
                        AnswerArg::Text(t) => Arg::Text(t.clone()),
                    };
                    (*name, arg)
                })
                .collect();
            assert_eq!(text("en", error.key, &args), error.message, "{error:?}");
            let json = serde_json::to_value(&error).expect("serialises");
            let fields: Vec<&String> = json.as_object().expect("object").keys().collect();
            assert_eq!(fields, ["message", "question"], "{json}");
            keys.insert(error.key);
        }
    }
    let (english, _) = crate::i18n::keys("en");
    let shipped: Vec<&String> = english
        .iter()
        .filter(|k| k.starts_with("answer-"))
        .collect();
    assert_eq!(keys.len(), shipped.len(), "{keys:?} against {shipped:?}");
}
