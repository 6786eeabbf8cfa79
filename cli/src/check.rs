//! `caucus survey check` and `caucus statement check`: a campaign file
//! checked here, before any server sees it, with every problem of its
//! translations listed by line, so a translator can mend them all in one
//! pass instead of one refusal at a time.

use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context};
use caucus_core::statement::Statement;
use caucus_core::survey::Survey;
use caucus_core::translation::{ProblemKind, TranslationProblem};

use crate::read_survey;

/// Check a survey file; exits non-zero (an error) if any translation is
/// missing or refused, after listing each.
pub fn survey(file: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let text = read_survey(file)?;
    let named = || format!("{}", file.display());
    let problems = Survey::translation_problems(&text).with_context(named)?;
    // Valid but for its translations: say what it is, then what is wrong.
    let survey = parsed(&problems, || Survey::from_toml(&text).with_context(named))?;
    let summary = match &survey {
        Some(s) => format!(
            "{} questions, min_group {}, {}",
            s.questions.len(),
            s.min_group,
            languages(&s.languages())
        ),
        None => String::new(),
    };
    report(file, &summary, &problems, out)
}

/// Check a statement file the same way.
pub fn statement(file: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let text = read_survey(file)?;
    let named = || format!("{}", file.display());
    let problems = Statement::translation_problems(&text).with_context(named)?;
    let statement = parsed(&problems, || {
        Statement::from_toml(&text).with_context(named)
    })?;
    let summary = match &statement {
        Some(s) => format!("reveal_at {}, {}", s.reveal_at, languages(&s.languages())),
        None => String::new(),
    };
    report(file, &summary, &problems, out)
}

/// The file parsed, unless a refused translation stops it (listed below).
fn parsed<T>(
    problems: &[TranslationProblem],
    parse: impl FnOnce() -> anyhow::Result<T>,
) -> anyhow::Result<Option<T>> {
    if problems.iter().any(|p| p.kind == ProblemKind::Refused) {
        return Ok(None);
    }
    parse().map(Some)
}

fn languages(codes: &[&str]) -> String {
    match codes {
        [own] => format!("in {own}"),
        [own, rest @ ..] => format!("in {own}, translated to {}", rest.join(", ")),
        [] => String::new(),
    }
}

fn report(
    file: &Path,
    summary: &str,
    problems: &[TranslationProblem],
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    for problem in problems {
        let at = problem.line.map(|l| format!("{l}:")).unwrap_or_default();
        let kind = match problem.kind {
            ProblemKind::Missing => "missing translation",
            ProblemKind::Refused => "refused",
        };
        writeln!(
            out,
            "{}:{at} {kind}: {}: {}",
            file.display(),
            problem.field,
            problem.rule
        )?;
    }
    let refused = problems
        .iter()
        .filter(|p| p.kind == ProblemKind::Refused)
        .count();
    let missing = problems.len() - refused;
    match (refused, missing) {
        (0, 0) => {
            writeln!(out, "{}: valid, {summary}", file.display())?;
            Ok(())
        }
        (0, _) => bail!(
            "{}: valid, {summary}; but {missing} translation(s) missing: those parts would be shown in the file's own language",
            file.display()
        ),
        _ => bail!(
            "{}: refused: {refused} translation problem(s){}",
            file.display(),
            if missing > 0 {
                format!(", and {missing} missing")
            } else {
                String::new()
            }
        ),
    }
}
