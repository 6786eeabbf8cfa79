//! Rendering a suppressed [`Report`] as a terminal table, CSV, JSON,
//! Markdown or HTML (see [`crate::html_report`]). Only aggregates reach
//! this module; hidden counts print as "hidden" (or an empty CSV cell),
//! never as a number.

use std::fmt::Write as _;

use caucus_core::report::group_is_empty;
use caucus_core::tally::{QuestionReport, Report};

use crate::args::ReportFormat;

/// The report in `format`; an HTML one with its interface words in
/// language `lang` (the others are for organisers and stay English), and
/// the survey's own words (already in the report) in language `words`,
/// if known.
pub fn render(
    report: &Report,
    format: ReportFormat,
    lang: &str,
    words: Option<&str>,
) -> anyhow::Result<String> {
    Ok(match format {
        ReportFormat::Table => table(report),
        ReportFormat::Csv => csv(report),
        ReportFormat::Json => format!("{}\n", serde_json::to_string_pretty(report)?),
        ReportFormat::Markdown => markdown(report),
        ReportFormat::Html => crate::html_report::render(report, lang, words)?,
    })
}

fn count_text(count: Option<u64>) -> String {
    count.map_or_else(|| "hidden".to_string(), |n| n.to_string())
}

fn stats_text(q: &QuestionReport) -> Option<String> {
    q.stats_text()
}

fn headline(report: &Report) -> String {
    let mut text = format!(
        "{}\nsurvey {}: {} responses. {}\n",
        report.title,
        report.survey,
        report.responses,
        hiding_rule(report)
    );
    for note in notes(report) {
        let _ = writeln!(text, "{note}");
    }
    text
}

/// Which counts are hidden, in words: exact reports also hide complements,
/// noisy ones only small noisy counts.
pub fn hiding_rule(report: &Report) -> String {
    if report.noise.is_some() {
        format!(
            "Counts carry random noise; noisy counts from 1 to {} are hidden.",
            report.min_group.saturating_sub(1)
        )
    } else {
        format!(
            "Counts below {} are hidden, together with any count that would reveal them.",
            report.min_group
        )
    }
}

/// What a reader must know to read the counts: everything hidden, noise,
/// redaction.
fn notes(report: &Report) -> Vec<String> {
    let mut notes = Vec::new();
    if report.suppressed {
        notes.push(format!(
            "Fewer than {} responses in all: every result is hidden.",
            report.min_group
        ));
    }
    if let Some(noise) = &report.noise {
        notes.push(format!(
            "Counts carry random noise for differential privacy ({}, epsilon {} over {} tables); \
             each question gives its expected error.",
            noise.mechanism, noise.epsilon, noise.tables
        ));
    }
    if let Some(redacted) = &report.redacted {
        notes.push(format!(
            "Comments were reviewed by the organisers: {} removed, {} edited.",
            redacted.removed, redacted.edited
        ));
    }
    notes
}

/// The lines about a text question's comments; `in_group` when it sits in
/// a breakdown group, where comments never go.
fn comment_lines(q: &QuestionReport, in_group: bool) -> Vec<String> {
    match &q.comments {
        Some(comments) => comments
            .iter()
            .map(|c| {
                let edited = if c.edited { " (edited)" } else { "" };
                format!("{}{edited} [{}]", c.text.replace(['\n', '\r'], " "), c.id)
            })
            .collect(),
        None if q.comments_withheld => vec![format!(
            "(comments withheld: shown only for at least {} answers)",
            caucus_core::report::MIN_TEXT_ANSWERS
        )],
        None if in_group => {
            vec![
                "(comments are shown only for everyone together, never within a group)".to_string(),
            ]
        }
        None => vec!["(free text is not included; --include-text adds it)".to_string()],
    }
}

fn table(report: &Report) -> String {
    let mut out = headline(report);
    table_questions(&mut out, &report.questions, None);
    if let Some(groups) = &report.groups {
        let by = report.by.join(" · ");
        for group in groups {
            let size = if group.suppressed {
                "hidden: too few people, or needed to protect a smaller group".to_string()
            } else {
                format!("{} responses", count_text(group.responses))
            };
            let _ = writeln!(out, "\n=== {by}: {} ({size}) ===", group.value);
            if group_is_empty(group) {
                let _ = writeln!(out, "no one in this group responded");
            } else if !group.suppressed {
                table_questions(&mut out, &group.questions, Some(&report.by));
            }
        }
    }
    out
}

/// `by`: inside a group, whose breakdown questions would only repeat its size.
fn table_questions(out: &mut String, questions: &[QuestionReport], by: Option<&[String]>) {
    for q in questions
        .iter()
        .filter(|q| !by.unwrap_or(&[]).contains(&q.id))
    {
        let _ = writeln!(
            out,
            "\n{} [{}]  answered: {}",
            q.prompt,
            q.id,
            count_text(q.answered)
        );
        if q.kind == "text" {
            for line in comment_lines(q, by.is_some()) {
                let _ = writeln!(out, "  - {line}");
            }
            if let Some(error) = q.expected_error {
                let _ = writeln!(out, "  noisy count: expected error ±{error}");
            }
            continue;
        }
        let widest = q
            .options
            .iter()
            .map(|o| option_name(&o.value, o.label.as_deref()).chars().count())
            .max()
            .unwrap_or(0);
        let top = q
            .options
            .iter()
            .filter_map(|o| o.count)
            .max()
            .unwrap_or(0)
            .max(1);
        for option in &q.options {
            let name = option_name(&option.value, option.label.as_deref());
            let pad = widest - name.chars().count();
            let bar = option
                .count
                .map_or(String::new(), |n| "█".repeat((n * 30 / top) as usize));
            let _ = writeln!(
                out,
                "  {name}{}  {:>6}  {bar}",
                " ".repeat(pad),
                count_text(option.count)
            );
        }
        if let Some(stats) = stats_text(q) {
            let _ = writeln!(out, "  {stats}");
        }
        if let Some(error) = q.expected_error {
            let _ = writeln!(out, "  noisy counts: expected error ±{error}");
        }
    }
}

fn option_name(value: &str, label: Option<&str>) -> String {
    match label {
        Some(label) => format!("{value} {label}"),
        None => value.to_string(),
    }
}

/// A CSV field: quoted when needed, and defused if a spreadsheet would
/// take it for a formula.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn csv(report: &Report) -> String {
    let mut out = String::from("group,question,kind,value,label,count,suppressed\n");
    let mut rows = |group: &str, questions: &[QuestionReport]| {
        for q in questions {
            let mut row = |value: &str, label: &str, count: Option<String>, hidden: bool| {
                let _ = writeln!(
                    out,
                    "{},{},{},{},{},{},{}",
                    csv_field(group),
                    csv_field(&q.id),
                    q.kind,
                    csv_field(value),
                    csv_field(label),
                    count.unwrap_or_default(),
                    hidden
                );
            };
            row(
                "(answered)",
                "",
                q.answered.map(|n| n.to_string()),
                q.answered.is_none(),
            );
            for o in &q.options {
                row(
                    &o.value,
                    o.label.as_deref().unwrap_or(""),
                    o.count.map(|n| n.to_string()),
                    o.suppressed,
                );
            }
            for c in q.comments.iter().flatten() {
                let value = if c.edited {
                    format!("(comment {}, edited)", c.id)
                } else {
                    format!("(comment {})", c.id)
                };
                row(&value, &c.text, None, false);
            }
            if matches!(q.kind.as_str(), "likert" | "scale") {
                row(
                    "(mean)",
                    "",
                    q.mean.map(|m| m.to_string()),
                    q.mean.is_none(),
                );
                row(
                    "(median)",
                    "",
                    q.median.map(|m| m.to_string()),
                    q.median.is_none(),
                );
            }
        }
    };
    rows("", &report.questions);
    if let Some(groups) = &report.groups {
        for group in groups {
            rows(&group.value, &group.questions);
        }
    }
    // What the counts are, in rows a spreadsheet keeps with them.
    let mut note = |group: &str, value: &str, label: &str, count: Option<String>, hidden: bool| {
        let _ = writeln!(
            out,
            "{},,note,{},{},{},{hidden}",
            csv_field(group),
            csv_field(value),
            csv_field(label),
            count.unwrap_or_default()
        );
    };
    for group in report.groups.iter().flatten() {
        let size = group.responses.map(|n| n.to_string());
        note(&group.value, "(responses)", "", size, group.suppressed);
    }
    if let Some(noise) = &report.noise {
        note(
            "",
            "(noise epsilon)",
            &noise.mechanism,
            Some(noise.epsilon.to_string()),
            false,
        );
    }
    if let Some(redacted) = &report.redacted {
        note(
            "",
            "(comments removed)",
            "",
            Some(redacted.removed.to_string()),
            false,
        );
        note(
            "",
            "(comments edited)",
            "",
            Some(redacted.edited.to_string()),
            false,
        );
    }
    out
}

/// Text that Markdown shows as written: every character with a meaning
/// escaped, and a leading list marker ("1.", "-", "+") defused.
fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in text.chars().enumerate() {
        let list_marker = (i == 0 && matches!(c, '-' | '+'))
            || (i == digits && digits > 0 && matches!(c, '.' | ')'));
        if list_marker
            || matches!(
                c,
                '\\' | '|' | '*' | '_' | '[' | ']' | '<' | '>' | '`' | '#' | '&' | '~'
            )
        {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

fn markdown(report: &Report) -> String {
    let mut out = format!(
        "# {}\n\nSurvey `{}`: **{} responses**. {}\n",
        md_escape(&report.title),
        report.survey,
        report.responses,
        hiding_rule(report)
    );
    for note in notes(report) {
        let _ = writeln!(out, "\n{}", md_escape(&note));
    }
    markdown_questions(&mut out, &report.questions, "##", None);
    if let Some(groups) = &report.groups {
        let _ = writeln!(out, "\n## By {}", md_escape(&report.by.join(" and ")));
        for group in groups {
            let size = if group.suppressed {
                "hidden".to_string()
            } else {
                format!("{} responses", count_text(group.responses))
            };
            let _ = writeln!(out, "\n### {} ({size})", md_escape(&group.value));
            if group_is_empty(group) {
                let _ = writeln!(out, "\nNo one in this group responded.");
            } else if !group.suppressed {
                markdown_questions(&mut out, &group.questions, "####", Some(&report.by));
            }
        }
    }
    out
}

fn markdown_questions(
    out: &mut String,
    questions: &[QuestionReport],
    level: &str,
    by: Option<&[String]>,
) {
    for q in questions
        .iter()
        .filter(|q| !by.unwrap_or(&[]).contains(&q.id))
    {
        let _ = writeln!(
            out,
            "\n{level} {}\n\nAnswered: {}\n",
            md_escape(&q.prompt),
            count_text(q.answered)
        );
        if q.kind == "text" {
            for line in comment_lines(q, by.is_some()) {
                let _ = writeln!(out, "- {}", md_escape(&line));
            }
            if let Some(error) = q.expected_error {
                let _ = writeln!(out, "\nNoisy count: expected error ±{error}.");
            }
            continue;
        }
        let _ = writeln!(out, "| Answer | Count |\n|---|---:|");
        for o in &q.options {
            let _ = writeln!(
                out,
                "| {} | {} |",
                md_escape(&option_name(&o.value, o.label.as_deref())),
                count_text(o.count)
            );
        }
        if let Some(stats) = stats_text(q) {
            let _ = writeln!(out, "\n{}.", stats[..1].to_uppercase() + &stats[1..]);
        }
        if let Some(error) = q.expected_error {
            let _ = writeln!(out, "\nNoisy counts: expected error ±{error}.");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_defuses_formulas_and_quotes() {
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(md_escape("a|b"), "a\\|b");
        assert_eq!(md_escape("1. first"), "1\\. first");
        assert_eq!(md_escape("- x & ~y~"), "\\- x \\& \\~y\\~");
    }
}
