//! Campaign files: survey and statement TOML, written back and parsed
//! again.

use serde_json::Value;

use crate::log::entry::{Entry, Header};
use crate::statement::Statement;
use crate::survey::{QuestionKind, Survey};

use super::fixtures::*;
use super::{Outcome, Violation};

/// A survey written back as the TOML file an organiser would write.
pub fn survey_to_toml(survey: &Survey) -> Result<String, Violation> {
    use toml::Value as V;
    let mut root = toml::Table::new();
    root.insert("title".into(), V::String(survey.title.clone()));
    root.insert("description".into(), V::String(survey.description.clone()));
    root.insert("min_group".into(), V::Integer(survey.min_group.into()));
    root.insert(
        "retention_days".into(),
        V::Integer(survey.retention_days.into()),
    );
    let questions = survey
        .questions
        .iter()
        .map(|q| {
            let mut t = toml::Table::new();
            t.insert("id".into(), V::String(q.id.clone()));
            t.insert("kind".into(), V::String(q.kind.name().into()));
            t.insert("prompt".into(), V::String(q.prompt.clone()));
            t.insert("required".into(), V::Boolean(q.required));
            let list = |o: &[String]| V::Array(o.iter().cloned().map(V::String).collect());
            match &q.kind {
                QuestionKind::Single { options, breakdown } => {
                    t.insert("options".into(), list(options));
                    t.insert("breakdown".into(), V::Boolean(*breakdown));
                }
                QuestionKind::Multi { options } => {
                    t.insert("options".into(), list(options));
                }
                QuestionKind::Scale { min, max } => {
                    t.insert("min".into(), V::Integer(*min));
                    t.insert("max".into(), V::Integer(*max));
                }
                QuestionKind::Likert | QuestionKind::Text => {}
            }
            V::Table(t)
        })
        .collect();
    root.insert("question".into(), V::Array(questions));
    let tables = survey.translations.iter().map(|(code, t)| {
        let mut table = toml::Table::new();
        insert_text(&mut table, "title", &t.title);
        insert_text(&mut table, "description", &t.description);
        let mut questions = toml::Table::new();
        for (id, q) in &t.questions {
            let mut entry = toml::Table::new();
            insert_text(&mut entry, "prompt", &q.prompt);
            if let Some(options) = &q.options {
                let list = options.iter().cloned().map(V::String).collect();
                entry.insert("options".into(), V::Array(list));
            }
            questions.insert(id.clone(), V::Table(entry));
        }
        if !questions.is_empty() {
            table.insert("question".into(), V::Table(questions));
        }
        (code.clone(), table)
    });
    insert_languages(&mut root, &survey.lang, tables.collect());
    toml::to_string(&root).map_err(|e| Violation(format!("survey back to TOML: {e}")))
}

fn insert_text(table: &mut toml::Table, name: &str, text: &Option<String>) {
    if let Some(text) = text {
        table.insert(name.into(), toml::Value::String(text.clone()));
    }
}

/// A file's `lang` key: its language, and a table per translation.
fn insert_languages(root: &mut toml::Table, lang: &str, tables: Vec<(String, toml::Table)>) {
    if tables.is_empty() {
        root.insert("lang".into(), toml::Value::String(lang.into()));
        return;
    }
    let mut all = toml::Table::new();
    all.insert("default".into(), toml::Value::String(lang.into()));
    for (code, table) in tables {
        all.insert(code, toml::Value::Table(table));
    }
    root.insert("lang".into(), toml::Value::Table(all));
}

/// Survey files (`caucus survey create`, `POST /api/v1/admin/surveys`).
pub fn survey_toml(data: &[u8]) -> Outcome {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(());
    };
    let survey = match Survey::from_toml(text) {
        Ok(survey) => survey,
        Err(e) => {
            let lines = text.matches('\n').count() + 1;
            ensure!(
                e.line.filter(|l| !(1..=lines).contains(l)).is_none(),
                "error line {:?} outside a {lines}-line file",
                e.line
            );
            return Ok(());
        }
    };
    let json = serde_json::to_string(&survey).map_err(|e| Violation(e.to_string()))?;
    let back: Survey = serde_json::from_str(&json).map_err(|e| Violation(e.to_string()))?;
    ensure!(back == survey, "survey JSON round trip changed it");
    let again = Survey::from_toml(&survey_to_toml(&survey)?)
        .map_err(|e| Violation(format!("a valid survey, written back, is refused: {e}")))?;
    ensure!(again == survey, "survey TOML round trip changed it");
    let required = survey.questions.iter().any(|q| q.required);
    ensure!(
        survey
            .validate_answers(&Value::Object(Default::default()))
            .is_ok()
            != required,
        "empty answers must pass exactly when no question is required"
    );
    Ok(())
}

/// A statement written back as the TOML file an organiser would write.
pub fn statement_to_toml(statement: &Statement) -> Result<String, Violation> {
    use toml::Value as V;
    let mut root = toml::Table::new();
    root.insert("title".into(), V::String(statement.title.clone()));
    root.insert("body".into(), V::String(statement.body.clone()));
    root.insert("named".into(), V::Boolean(statement.named));
    root.insert("anonymous".into(), V::Boolean(statement.anonymous));
    root.insert(
        "invite_required_for_named".into(),
        V::Boolean(statement.invite_required_for_named),
    );
    let reveal_at = i64::try_from(statement.reveal_at).map_err(|e| Violation(e.to_string()))?;
    root.insert("reveal_at".into(), V::Integer(reveal_at));
    root.insert(
        "retention_days".into(),
        V::Integer(statement.retention_days.into()),
    );
    if let Some(closes) = &statement.closes {
        root.insert("closes".into(), V::String(closes.clone()));
    }
    let tables = statement.translations.iter().map(|(code, t)| {
        let mut table = toml::Table::new();
        insert_text(&mut table, "title", &t.title);
        insert_text(&mut table, "body", &t.body);
        (code.clone(), table)
    });
    insert_languages(&mut root, &statement.lang, tables.collect());
    toml::to_string(&root).map_err(|e| Violation(format!("statement back to TOML: {e}")))
}

/// Statement files, and the log header each one becomes.
pub fn statement_toml(data: &[u8]) -> Outcome {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(());
    };
    let Ok(statement) = Statement::from_toml(text) else {
        return Ok(());
    };
    let again = Statement::from_toml(&statement_to_toml(&statement)?)
        .map_err(|e| Violation(format!("a valid statement, written back, is refused: {e}")))?;
    ensure!(again == statement, "statement TOML round trip changed it");
    let json = serde_json::to_string(&statement).map_err(|e| Violation(e.to_string()))?;
    let back: Statement = serde_json::from_str(&json).map_err(|e| Violation(e.to_string()))?;
    ensure!(back == statement, "statement JSON round trip changed it");
    let f = fixtures()?;
    let header = Header::new(f.campaign, &statement, f.organiser.public());
    let bytes = header.signed_bytes(&f.organiser);
    match Entry::parse(&bytes, 0) {
        Ok(Entry::Header(parsed)) => ensure!(*parsed == header, "header round trip changed it"),
        other => return Err(Violation(format!("own header refused: {other:?}"))),
    }
    Ok(())
}
