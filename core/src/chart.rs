//! Chart geometry for published reports: turns one [`QuestionReport`] into
//! rectangles, rules and text positioned in a fixed viewBox, ready for a
//! template to print as inline SVG.
//!
//! The geometry lives here, not in templates, so the CLI's HTML report and
//! the server's results page draw the same picture from the same numbers,
//! and so the rules that matter for disclosure are unit-tested: only a shown
//! count produces a bar (a hidden one is labelled "hidden", never drawn as a
//! zero), and percentages are given only over a shown number of answers.
//! No HTML is produced here; every string is plain text the template escapes.

mod bars;
mod columns;
mod likert;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n::{text as message, Arg};
use crate::report::{OptionCount, QuestionReport, Report};
use crate::survey::PREFER_NOT_TO_SAY;

/// Width of every chart's viewBox: about an A4 text column at 96 dpi, so a
/// 12-unit font prints near 9 pt and the screen shows charts at 1:1.
pub const WIDTH: f64 = 640.0;

/// Text and rule colours. Each text colour has at least 4.5:1 contrast on
/// white (WCAG 2.1 AA), bar fills at least 3:1 (non-text contrast).
pub const INK: &str = "#1b1b1b";
pub const MUTED: &str = "#4a4a4a";
pub const BAR: &str = "#0b5394";
pub const GRID: &str = "#c8c8c8";
pub const AXIS: &str = "#767676";
pub const HIDDEN_FILL: &str = "#f2f2f2";
pub const WHITE: &str = "#ffffff";

const FONT: f64 = 13.0;
const SMALL: f64 = 11.0;
const LINE: f64 = 16.0;
/// Average advance of a sans-serif character as a share of its font size,
/// a little above that of common system sans fonts, so a label judged to
/// fit does fit.
const CHAR_WIDTH: f64 = 0.56;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// One diverging stacked bar centred on the neutral answer.
    Likert,
    /// One horizontal bar per option (choices, or a Likert with a hidden count).
    Bars,
    /// One column per step of a scale.
    Columns,
    /// Free text: nothing to draw.
    Text,
}

/// What a rectangle stands for, so tests and templates can tell a count's
/// bar from the placeholder of a hidden one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Bar,
    Hidden,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub fill: &'static str,
    /// Outline for a hidden count's placeholder, drawn dashed.
    pub stroke: Option<&'static str>,
    pub part: Part,
    /// Index of the option this rectangle shows.
    pub option: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rule {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
    pub stroke: &'static str,
    pub width: f64,
    /// Drawn over the bars (the Likert centre line) rather than behind.
    pub front: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Text {
    pub x: f64,
    /// Baseline of the first line.
    pub y: f64,
    pub lines: Vec<String>,
    /// SVG `text-anchor`: start, middle or end.
    pub anchor: &'static str,
    pub size: f64,
    pub line_height: f64,
    pub fill: &'static str,
    pub bold: bool,
    pub italic: bool,
    /// Turned a quarter anticlockwise about (x, y).
    pub rotate: bool,
    /// Outline in this colour under the glyphs, so a rule crossing the
    /// text (the Likert centre line) does not cut through it.
    pub halo: Option<&'static str>,
}

/// One option as a row of the data table beside the picture.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub name: String,
    /// The count, or "hidden".
    pub count: String,
    pub percent: Option<String>,
    pub hidden: bool,
}

/// A colour key entry with its figures, so colour is never the only cue.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LegendItem {
    pub fill: &'static str,
    pub name: String,
    pub value: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Chart {
    pub kind: Kind,
    pub width: f64,
    pub height: f64,
    /// Accessible name of the picture: the prompt and every figure.
    pub label: String,
    pub rects: Vec<Rect>,
    pub rules: Vec<Rule>,
    pub texts: Vec<Text>,
    pub legend: Vec<LegendItem>,
    pub rows: Vec<Row>,
    /// The number who answered, or "hidden".
    pub answered: String,
    /// Whether rows carry percentages (only over a shown answered count).
    pub percentages: bool,
    /// Mean and median, as the CLI words them, for Likert and scales.
    pub stats: Option<String>,
    /// Expected error of each count when noise was added: "± 2.3".
    pub error: Option<String>,
    pub notes: Vec<String>,
}

/// Every chart of a report, found by question id: `overall[id]`, and
/// `groups[i][id]` for `report.groups[i]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Charts {
    pub overall: BTreeMap<String, Chart>,
    pub groups: Vec<BTreeMap<String, Chart>>,
    /// `report.groups[i]`'s name in the page's language: the fixed
    /// "Prefer not to say" is ours to translate, the organisers' values
    /// are not.
    pub group_names: Vec<String>,
}

/// The `charts` context both report templates expect, its words in
/// language `lang` (a code of [`crate::i18n::LANGUAGES`]).
pub fn chart_context(report: &Report, lang: &str) -> Charts {
    let by_id = |questions: &[QuestionReport]| {
        questions
            .iter()
            .map(|q| (q.id.clone(), chart(q, lang)))
            .collect::<BTreeMap<_, _>>()
    };
    let groups = report.groups.iter().flatten();
    Charts {
        overall: by_id(&report.questions),
        groups: groups.clone().map(|g| by_id(&g.questions)).collect(),
        group_names: groups
            .map(|g| {
                g.value
                    .split(" · ")
                    .map(|part| value_name(part, lang))
                    .collect::<Vec<_>>()
                    .join(" · ")
            })
            .collect(),
    }
}

/// Note for any chart with a hidden count, in English; the CLI's wording
/// (`chart-hidden-note` in the catalogues).
pub const HIDDEN_NOTE: &str = "“hidden”: too few people, or needed to protect a smaller group.";

/// The chart for one question, its words in language `lang`.
pub fn chart(q: &QuestionReport, lang: &str) -> Chart {
    let base = q.answered.filter(|&n| n > 0);
    let percentages = base.is_some() && q.kind != "text";
    let rows: Vec<Row> = q
        .options
        .iter()
        .map(|o| Row {
            name: option_name(q, o, lang),
            count: count_text(o.count, lang),
            percent: base.and_then(|b| o.count.map(|c| percent(c, b, lang))),
            hidden: o.count.is_none(),
        })
        .collect();
    let mut notes = Vec::new();
    if rows.iter().any(|r| r.hidden) {
        notes.push(message(lang, "chart-hidden-note", &[]));
    }
    if q.answered.is_none() && q.kind != "text" {
        notes.push(message(lang, "chart-answered-hidden", &[]));
    }
    if q.kind == "multi" && percentages {
        notes.push(message(lang, "chart-multi-note", &[]));
    }
    let mut chart = Chart {
        kind: Kind::Text,
        width: WIDTH,
        height: 0.0,
        label: q.prompt.clone(),
        rects: Vec::new(),
        rules: Vec::new(),
        texts: Vec::new(),
        legend: Vec::new(),
        rows,
        answered: count_text(q.answered, lang),
        percentages,
        stats: stats_text(q, lang),
        error: q.expected_error.map(|e| format!("± {}", round1(e))),
        notes,
    };
    match q.kind.as_str() {
        "text" => {}
        "likert" if q.options.len() == 5 && q.options.iter().all(|o| o.count.is_some()) => {
            likert::draw(&mut chart, q, lang);
        }
        "likert" => {
            chart.notes.push(message(lang, "chart-likert-as-bars", &[]));
            bars::draw(&mut chart, q, lang);
        }
        "scale" => columns::draw(&mut chart, q, lang),
        _ => bars::draw(&mut chart, q, lang),
    }
    chart.label = accessible_label(&chart, &q.prompt, lang);
    chart
}

fn accessible_label(chart: &Chart, prompt: &str, lang: &str) -> String {
    let what = match chart.kind {
        Kind::Likert => message(lang, "chart-kind-likert", &[]),
        Kind::Bars => message(lang, "chart-kind-bars", &[]),
        Kind::Columns => message(lang, "chart-kind-columns", &[]),
        Kind::Text => return prompt.to_string(),
    };
    // Separators and quotes are the catalogue's too: French puts a space
    // before the colon, Arabic has its own semicolon.
    let figures = chart
        .rows
        .iter()
        .map(|r| {
            let name = Arg::Text(r.name.clone());
            let count = Arg::Text(r.count.clone());
            match &r.percent {
                Some(p) => {
                    let args = [
                        ("name", name),
                        ("count", count),
                        ("percent", Arg::Text(p.clone())),
                    ];
                    message(lang, "chart-row-figures", &args)
                }
                None => message(
                    lang,
                    "chart-row-figure",
                    &[("name", name), ("count", count)],
                ),
            }
        })
        .collect::<Vec<_>>()
        .join(&message(lang, "chart-rows-separator", &[]));
    format!("{prompt} {what}. {figures}.")
}

fn option_name(q: &QuestionReport, o: &OptionCount, lang: &str) -> String {
    match (&o.label, q.kind.as_str()) {
        // The five Likert points are ours, not the organisers': a report
        // stores them in English, the page says them in its language.
        (Some(label), "likert") => match o.value.as_str() {
            "1" | "2" | "3" | "4" | "5" => message(lang, &format!("likert-{}", o.value), &[]),
            _ => label.clone(),
        },
        (Some(label), _) => format!("{} {label}", o.value),
        (None, _) => value_name(&o.value, lang),
    }
}

/// An answer value as shown: the organisers' own words as they are, the
/// fixed "Prefer not to say" of breakdown questions translated.
fn value_name(value: &str, lang: &str) -> String {
    if value == PREFER_NOT_TO_SAY {
        message(lang, "option-prefer-not-to-say", &[])
    } else {
        value.to_string()
    }
}

fn count_text(count: Option<u64>, lang: &str) -> String {
    count.map_or_else(|| message(lang, "chart-hidden", &[]), |n| n.to_string())
}

/// A whole percentage as language `lang` writes one; "<1%" rather than a
/// misleading "0%" for a few.
fn percent(count: u64, base: u64, lang: &str) -> String {
    let p = count as f64 * 100.0 / base as f64;
    if count > 0 && p < 0.5 {
        message(lang, "chart-percent-under-one", &[])
    } else {
        message(lang, "chart-percent", &[("value", Arg::Number(p.round()))])
    }
}

/// [`QuestionReport::stats_text`] in language `lang`: the same numbers,
/// printed as Rust prints them, so English reads exactly as the CLI.
fn stats_text(q: &QuestionReport, lang: &str) -> Option<String> {
    let scale = if q.kind == "likert" && q.mean.is_some() {
        format!(" {}", message(lang, "chart-likert-scale", &[]))
    } else {
        String::new()
    };
    let text = match (q.stats_text(), q.mean, q.median) {
        (None, _, _) => return None,
        (Some(_), Some(mean), Some(median)) => message(
            lang,
            "chart-stats",
            &[
                ("mean", Arg::Text(mean.to_string())),
                ("median", Arg::Text(median.to_string())),
            ],
        ),
        (Some(_), _, _) => message(lang, "chart-stats-hidden", &[]),
    };
    Some(format!("{text}{scale}"))
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Coordinates to a tenth of a unit: finer is invisible and bloats the SVG.
/// `count`'s share of `span`, the largest count `top` filling it.
fn scaled(count: u64, top: u64, span: f64) -> f64 {
    if top == 0 {
        0.0
    } else {
        span * count as f64 / top as f64
    }
}

fn round(x: f64) -> f64 {
    round1(x)
}

fn text(
    x: f64,
    y: f64,
    lines: Vec<String>,
    anchor: &'static str,
    size: f64,
    fill: &'static str,
) -> Text {
    Text {
        x: round(x),
        y: round(y),
        lines,
        anchor,
        size,
        line_height: if size >= FONT { LINE } else { size + 3.0 },
        fill,
        bold: false,
        italic: false,
        rotate: false,
        halo: None,
    }
}

/// Rough width of `text` at `size`, for fitting labels.
fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * CHAR_WIDTH
}

fn chars_within(width: f64, size: f64) -> usize {
    ((width / (size * CHAR_WIDTH)).floor() as usize).max(1)
}

/// Greedy word wrap to at most `width` characters a line; a word longer
/// than a line is cut, since SVG text never wraps by itself.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(word.drain(..width).collect());
        }
        let word: String = word.into_iter().collect();
        if word.is_empty() {
            continue;
        }
        let used = line.chars().count();
        if used > 0 && used + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}
