//! The self-contained HTML report: one file with inline CSS and SVG charts,
//! no script and no URL, that opens offline and prints on A4.
//!
//! The charts' geometry comes from [`caucus_core::chart`], the same code
//! the server's results page uses, so a printed report and the public page
//! cannot draw the same numbers differently. The templates are embedded so
//! the binary needs nothing beside it.

use std::time::{SystemTime, UNIX_EPOCH};

use caucus_core::chart::chart_context;
use caucus_core::i18n::{self, Arg};
use caucus_core::report::Report;
use minijinja::value::{Kwargs, Value};
use minijinja::{context, Environment};

const REPORT: &str = include_str!("../../templates/report.html");
const CHARTS: &str = include_str!("../../templates/report_charts.html");
const CSS: &str = include_str!("../../templates/report.css");

/// The report as an HTML document in language `lang`, dated today (UTC);
/// `words` is the language of the survey's own text in it, if known.
pub fn render(report: &Report, lang: &str, words: Option<&str>) -> anyhow::Result<String> {
    render_on(report, lang, words, &today())
}

/// The report as an HTML document in language `lang` (a shipped code;
/// English otherwise), with `generated_on` as its date.
pub fn render_on(
    report: &Report,
    lang: &str,
    words: Option<&str>,
    generated_on: &str,
) -> anyhow::Result<String> {
    let language = i18n::language(lang).unwrap_or(i18n::ENGLISH);
    let code = language.code;
    let mut env = Environment::new();
    // The server's `lang_attr`: the survey's words marked with their
    // language where it is not the page's.
    env.add_function("lang_attr", move |other: Option<&str>| {
        Value::from_safe_string(match other {
            Some(other) if other != code => format!(" lang=\"{}\"", i18n::escape_html(other)),
            _ => String::new(),
        })
    });
    // The server's `t` and `th` (server/src/http/render.rs), for the one
    // language of this file.
    env.add_function("t", move |key: &str, kwargs: Kwargs| {
        message(code, key, &kwargs, false)
    });
    env.add_function("th", move |key: &str, kwargs: Kwargs| {
        message(code, key, &kwargs, true).map(Value::from_safe_string)
    });
    env.add_template("report_charts.html", CHARTS)?;
    env.add_template("report.css", CSS)?;
    env.add_template("report.html", REPORT)?;
    let charts = chart_context(report, code);
    let html = env.get_template("report.html")?.render(context! {
        report, charts, generated_on, lang => code, dir => language.dir(),
        report_lang => words,
    })?;
    Ok(html)
}

/// Message `key` with a template call's keyword arguments: numbers as
/// numbers (they choose plural forms), text as text, escaped for a message
/// that carries markup (`html`) unless the template built it as markup.
pub(crate) fn message(
    code: &str,
    key: &str,
    kwargs: &Kwargs,
    html: bool,
) -> Result<String, minijinja::Error> {
    let mut args = Vec::new();
    for name in kwargs.args() {
        let value: Value = kwargs.get(name)?;
        let arg = match value.as_i64() {
            Some(n) => Arg::Number(n as f64),
            None if html && !value.is_safe() => Arg::html(&value.to_string()),
            None => Arg::Text(value.to_string()),
        };
        args.push((name, arg));
    }
    Ok(i18n::text(code, key, &args))
}

/// Today's date in UTC as YYYY-MM-DD: only the day, since the report
/// needs no finer time and says nothing it does not need to.
fn today() -> String {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days(i64::try_from(seconds / 86_400).unwrap_or(0));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
/// `civil_from_days`), so the CLI needs no date crate for one date.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month as u32, day as u32)
}

#[cfg(test)]
mod tests;
