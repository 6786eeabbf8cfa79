//! Answers: the JSON API's and the survey form's, validated twice.

use serde_json::Value;

use crate::form;
use crate::survey::{Answer, Answers, QuestionKind, Survey};

use super::fixtures::*;
use super::{Outcome, Violation};

/// Validated answers written back as the API's JSON (options by text).
fn answers_to_json(survey: &Survey, answers: &Answers) -> Result<Value, Violation> {
    let mut object = serde_json::Map::new();
    for (id, values) in answers_to_texts(survey, answers)? {
        let kind = survey.question(&id).map(|q| &q.kind);
        let value = match (kind, values.as_slice()) {
            (Some(QuestionKind::Multi { .. }), _) => {
                Value::Array(values.iter().cloned().map(Value::String).collect())
            }
            (Some(QuestionKind::Likert | QuestionKind::Scale { .. }), [n]) => n
                .parse::<i64>()
                .map(Value::from)
                .map_err(|e| Violation(e.to_string()))?,
            (_, [text]) => Value::String(text.clone()),
            _ => return Err(Violation(format!("`{id}` has several values"))),
        };
        object.insert(id, value);
    }
    Ok(Value::Object(object))
}

/// Validated answers as the texts a form posts, per question.
fn answers_to_texts(
    survey: &Survey,
    answers: &Answers,
) -> Result<Vec<(String, Vec<String>)>, Violation> {
    let option = |options: &[String], i: i64| {
        usize::try_from(i)
            .ok()
            .and_then(|i| options.get(i).cloned())
            .ok_or_else(|| Violation(format!("option {i} out of range")))
    };
    let mut out = Vec::new();
    for (id, answer) in &answers.0 {
        let question = survey
            .question(id)
            .ok_or_else(|| Violation(format!("answer to unknown question `{id}`")))?;
        let texts = match (&question.kind, answer) {
            (QuestionKind::Single { options, .. }, Answer::Number(i)) => vec![option(options, *i)?],
            (QuestionKind::Multi { options }, Answer::Choices(list)) => list
                .iter()
                .map(|&i| option(options, i64::from(i)))
                .collect::<Result<_, _>>()?,
            (QuestionKind::Likert | QuestionKind::Scale { .. }, Answer::Number(n)) => {
                vec![n.to_string()]
            }
            (QuestionKind::Text, Answer::Text(t)) => vec![t.clone()],
            (kind, answer) => {
                return Err(Violation(format!(
                    "`{id}`: a {} question holds {answer:?}",
                    kind.name()
                )))
            }
        };
        out.push((id.clone(), texts));
    }
    Ok(out)
}

/// Properties of any validated answer set.
fn check_valid_answers(survey: &Survey, answers: &Answers) -> Outcome {
    let again = survey
        .validate_answers(&answers_to_json(survey, answers)?)
        .map_err(|e| Violation(format!("validated answers refused on a second pass: {e:?}")))?;
    ensure!(again == *answers, "validating twice changed the answers");
    let json = serde_json::to_vec(answers).map_err(|e| Violation(e.to_string()))?;
    let back: Answers = serde_json::from_slice(&json).map_err(|e| Violation(e.to_string()))?;
    ensure!(back == *answers, "answers JSON round trip changed them");
    for q in &survey.questions {
        ensure!(
            !q.required || answers.0.contains_key(&q.id),
            "required `{}` missing",
            q.id
        );
    }
    Ok(())
}

/// `POST /api/v1/surveys/{id}/responses`: JSON answers against the example survey.
pub fn answers_json(data: &[u8]) -> Outcome {
    let Ok(value) = serde_json::from_slice::<Value>(data) else {
        return Ok(());
    };
    let survey = &fixtures()?.survey;
    match survey.validate_answers(&value) {
        Ok(answers) => check_valid_answers(survey, &answers),
        Err(errors) => {
            ensure!(!errors.is_empty(), "refused without a reason");
            Ok(())
        }
    }
}

/// The survey page's form post: body bytes to answers, as the server does.
pub fn form_body(data: &[u8]) -> Outcome {
    let Ok(pairs) = form::pairs(data) else {
        return Ok(());
    };
    let encoded = serde_urlencoded::to_string(&pairs).map_err(|e| Violation(e.to_string()))?;
    let decoded = form::pairs(encoded.as_bytes());
    ensure!(
        decoded.as_ref() == Ok(&pairs) || encoded.len() > form::FORM_LIMIT,
        "form fields changed on re-encoding: {pairs:?} -> {decoded:?}"
    );
    if let Some(invite) = form::value(&pairs, "invite") {
        ensure!(
            !invite.is_empty() && invite.trim() == invite,
            "a form value is trimmed and non-blank"
        );
    }
    let survey = &fixtures()?.survey;
    let Ok(answers) = survey.validate_answers(&survey.answers_from_form(&pairs)) else {
        return Ok(());
    };
    check_valid_answers(survey, &answers)?;
    let mut fields = vec![("invite".to_string(), "code".to_string())];
    for (id, texts) in answers_to_texts(survey, &answers)? {
        fields.extend(texts.into_iter().map(|t| (format!("q_{id}"), t)));
    }
    let body = serde_urlencoded::to_string(&fields).map_err(|e| Violation(e.to_string()))?;
    let reposted = form::pairs(body.as_bytes())
        .map_err(|e| Violation(format!("answers posted back unreadable: {e}")))?;
    let again = survey
        .validate_answers(&survey.answers_from_form(&reposted))
        .map_err(|e| Violation(format!("answers posted back refused: {e:?}")))?;
    ensure!(again == answers, "posting the answers back changed them");
    Ok(())
}
