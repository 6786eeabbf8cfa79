//! Varied, valid answer sets for any survey, for filling a store and for
//! tallies that look like real ones: every required question answered,
//! optional ones often skipped, choices spread over every option, so that
//! counts land in every cell and the sealed payloads differ in size as
//! real ones do.

use caucus_core::survey::{Question, QuestionKind, Survey};
use rand::seq::SliceRandom;
use rand::Rng;
use serde_json::{json, Map, Value};

/// Short comments of the kind the example survey asks for; chosen at
/// random, so free text varies in length.
const COMMENTS: [&str; 6] = [
    "The screenshots make me second-guess every break I take.",
    "Nobody told us the recordings were used for training.",
    "I would like to see what is kept about me.",
    "Fine with monitoring for security, not for reviews.",
    "We were told it was only for troubleshooting.",
    "Please ask for an independent audit before anything else.",
];

/// How often an optional question is answered.
const OPTIONAL_ANSWERED: f64 = 0.3;

/// One respondent's answers to `survey`, as the JSON API takes them.
pub fn random_answers<R: Rng>(survey: &Survey, rng: &mut R) -> Value {
    let mut object = Map::new();
    for question in &survey.questions {
        if !question.required && !rng.gen_bool(OPTIONAL_ANSWERED) {
            continue;
        }
        object.insert(question.id.clone(), answer(question, rng));
    }
    Value::Object(object)
}

fn answer<R: Rng>(question: &Question, rng: &mut R) -> Value {
    match &question.kind {
        QuestionKind::Single { options, .. } => json!(options.choose(rng)),
        QuestionKind::Multi { options } => {
            // At least one: a required multi-choice question needs a pick.
            let picks = rng.gen_range(1..=options.len().clamp(1, 3));
            json!(options.choose_multiple(rng, picks).collect::<Vec<_>>())
        }
        QuestionKind::Likert => json!(rng.gen_range(1..=5)),
        QuestionKind::Scale { min, max } => json!(rng.gen_range(*min..=*max)),
        QuestionKind::Text => json!(COMMENTS.choose(rng)),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

    use super::*;

    #[test]
    fn every_answer_set_is_valid_and_they_vary() {
        let survey = Survey::from_toml(crate::ceilings::SURVEY).unwrap();
        let mut rng = rand::thread_rng();
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..500 {
            let answers = random_answers(&survey, &mut rng);
            if let Err(errors) = survey.validate_answers(&answers) {
                panic!("{answers} refused: {errors:?}");
            }
            seen.insert(answers.to_string());
        }
        assert!(seen.len() > 490, "only {} distinct answer sets", seen.len());
    }
}
