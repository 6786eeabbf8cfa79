use super::*;
use crate::survey::{Survey, PREFER_NOT_TO_SAY};

const SURVEY: &str = r#"title = "Monitoring at work"
description = "Tell us."

[[question]]
id = "area"
kind = "single"
prompt = "Where do you work?"
options = ["Warehouse", "Office"]
breakdown = true

[[question]]
id = "worry"
kind = "likert"
prompt = "I worry about keystroke logging."

[lang.es]
title = "La vigilancia en el trabajo"
description = "Cuéntanos."

[lang.es.question.area]
prompt = "¿Dónde trabajas?"
options = ["Almacén", "Oficina"]

[lang.es.question.worry]
prompt = "Me preocupa el registro de teclas."
"#;

fn problems(text: &str) -> Vec<TranslationProblem> {
    Survey::translation_problems(text).expect("the survey itself is valid")
}

#[test]
fn a_complete_translation_has_no_problem_and_keeps_the_structure() {
    assert_eq!(problems(SURVEY), []);
    let survey = Survey::from_toml(SURVEY).expect("valid");
    assert_eq!(survey.lang, "en");
    assert_eq!(survey.languages(), ["en", "es"]);
    let es = survey.in_language("es");
    assert_eq!(es.title, "La vigilancia en el trabajo");
    assert_eq!(
        es.questions[0].kind.options().expect("options"),
        ["Almacén", "Oficina", PREFER_NOT_TO_SAY],
        "the added option stays aligned (the page says it in its own words)"
    );
    assert_eq!(es.questions.len(), survey.questions.len());
    // A language it lacks is its own.
    assert_eq!(survey.in_language("de").title, survey.title);
    assert_eq!(survey.title_in("de").lang, "en");
}

#[test]
fn missing_translations_are_reported_at_the_line_of_the_text() {
    let text = SURVEY.replace(
        "[lang.es.question.worry]\nprompt = \"Me preocupa el registro de teclas.\"\n",
        "",
    );
    let text = text.replace("description = \"Cuéntanos.\"\n", "");
    let found = problems(&text);
    assert!(
        found.iter().all(|p| p.kind == ProblemKind::Missing),
        "{found:?}"
    );
    let lines: Vec<(Option<usize>, &str)> =
        found.iter().map(|p| (p.line, p.field.as_str())).collect();
    assert_eq!(
        lines,
        [
            (Some(2), "lang.es.description"),
            (Some(11), "lang.es.question.worry.prompt"),
        ]
    );
    // Missing text does not refuse the file: the page falls back.
    let survey = Survey::from_toml(&text).expect("accepted");
    assert_eq!(survey.prompt_in(&survey.questions[1], "es").lang, "en");
}

#[test]
fn extra_or_malformed_translations_refuse_the_file_with_their_line() {
    let cases = [
        (
            "[lang.es.question.nope]\nprompt = \"x\"\n",
            "lang.es.question.nope",
            "no question",
        ),
        (
            "[lang.de.question.worry]\noptions = [\"a\", \"b\"]\n",
            "lang.de.question.worry.options",
            "no options",
        ),
        (
            "[lang.de]\ncolour = \"x\"\n",
            "lang.de.colour",
            "not translatable",
        ),
        (
            "[lang.de.question.area]\noptions = [\"Lager\"]\n",
            "lang.de.question.area.options",
            "has 2",
        ),
        (
            "[lang.de.question.area]\nprompt = \"\"\n",
            "lang.de.question.area.prompt",
            "empty",
        ),
        (
            "[lang.pt_br]\ntitle = \"x\"\n",
            "lang.pt_br",
            "write `pt-BR`",
        ),
        ("[lang.EN]\ntitle = \"x\"\n", "lang.EN", "write `en`"),
        ("[lang.en]\ntitle = \"x\"\n", "lang.en", "own language"),
    ];
    for (extra, field, rule) in cases {
        let text = format!("{SURVEY}\n{extra}");
        let line = SURVEY.lines().count() + 2;
        let refused: Vec<_> = problems(&text)
            .into_iter()
            .filter(|p| p.kind == ProblemKind::Refused)
            .collect();
        assert_eq!(refused.len(), 1, "{extra}: {refused:?}");
        assert_eq!(refused[0].field, field, "{extra}");
        assert!(
            refused[0].rule.contains(rule),
            "{extra}: {}",
            refused[0].rule
        );
        assert!(
            refused[0]
                .line
                .is_some_and(|l| (line..=line + 1).contains(&l)),
            "{extra}: line {:?}, expected about {line}",
            refused[0].line
        );
        let error = Survey::from_toml(&text).expect_err("refused");
        assert_eq!(error.field, field);
    }
}

#[test]
fn the_file_names_its_own_language() {
    let spanish = "lang = \"es\"\ntitle = \"Encuesta\"\n[[question]]\nid = \"a\"\nkind = \"likert\"\nprompt = \"p\"\n";
    assert_eq!(Survey::from_toml(spanish).expect("valid").lang, "es");
    let with_english = SURVEY
        .replace("[lang.es]", "[lang.fr]")
        .replace("[lang.es.", "[lang.fr.")
        .replacen(
            "title = \"Monitoring",
            "lang.default = \"de\"\ntitle = \"Monitoring",
            1,
        );
    let survey = Survey::from_toml(&with_english).expect("valid");
    assert_eq!(survey.lang, "de");
    assert_eq!(survey.languages(), ["de", "fr"]);
    // Both spellings at once are a TOML clash: the error says what to write.
    let clash = format!("lang = \"en\"\n{SURVEY}");
    let error = Survey::from_toml(&clash).expect_err("refused");
    assert!(error.rule.contains("lang.default"), "{error}");
    let bad = "lang = \"english\"\ntitle = \"t\"\n[[question]]\nid = \"a\"\nkind = \"likert\"\nprompt = \"p\"\n";
    assert_eq!(Survey::from_toml(bad).expect_err("refused").line, Some(1));
}

#[test]
fn stored_surveys_without_languages_read_as_before() {
    let survey = Survey::from_toml(SURVEY).expect("valid");
    let mut plain = survey.clone();
    plain.translations.clear();
    let json = serde_json::to_value(&plain).expect("json");
    assert!(json.get("lang").is_none() && json.get("translations").is_none());
    let back: Survey = serde_json::from_value(json).expect("reads");
    assert_eq!(back, plain);
    let json = serde_json::to_string(&survey).expect("json");
    assert_eq!(
        serde_json::from_str::<Survey>(&json).expect("reads"),
        survey
    );
}
