//! Horizontal bars, one per option, for choice questions (and for a Likert
//! question with a hidden count, which cannot be stacked around a centre).
//!
//! Bars are scaled to the largest shown count so differences are easy to
//! see; each ends in its figure. A hidden option draws no bar at all, only
//! the word "hidden", so it cannot pass for a zero.

use super::{
    chars_within, message, round, scaled, text, wrap, Chart, Kind, Part, Rect, Rule, AXIS, BAR,
    FONT, INK, LINE, MUTED,
};
use crate::report::QuestionReport;

/// The label column, then the bars, then the figures, across the viewBox.
pub(super) const LABEL_WIDTH: f64 = 222.0;
pub(super) const BAR_X: f64 = 232.0;
pub(super) const BAR_MAX: f64 = 318.0;
const BAR_HEIGHT: f64 = 18.0;
const ROW_GAP: f64 = 10.0;

pub(super) fn draw(chart: &mut Chart, q: &QuestionReport, lang: &str) {
    chart.kind = Kind::Bars;
    let top = q.options.iter().filter_map(|o| o.count).max().unwrap_or(0);
    let per_line = chars_within(LABEL_WIDTH, FONT);
    let mut y = 4.0;
    for (i, (option, row)) in q.options.iter().zip(&chart.rows).enumerate() {
        let lines = wrap(&row.name, per_line);
        let block = (lines.len() as f64 * LINE).max(BAR_HEIGHT);
        let bar_y = y + (block - BAR_HEIGHT) / 2.0;
        let middle = bar_y + BAR_HEIGHT / 2.0 + FONT * 0.35;
        chart
            .texts
            .push(text(0.0, y + FONT - 1.0, lines, "start", FONT, INK));
        match option.count {
            Some(count) => {
                let length = scaled(count, top, BAR_MAX);
                if length > 0.0 {
                    chart.rects.push(Rect {
                        x: BAR_X,
                        y: round(bar_y),
                        width: round(length),
                        height: BAR_HEIGHT,
                        fill: BAR,
                        stroke: None,
                        part: Part::Bar,
                        option: i,
                    });
                }
                let figure = match &row.percent {
                    Some(p) => format!("{count} · {p}"),
                    None => count.to_string(),
                };
                let mut t = text(
                    BAR_X + length + 6.0,
                    middle,
                    vec![figure],
                    "start",
                    FONT,
                    INK,
                );
                t.bold = true;
                chart.texts.push(t);
            }
            None => {
                let mut t = text(
                    BAR_X + 6.0,
                    middle,
                    vec![message(lang, "chart-hidden", &[])],
                    "start",
                    FONT,
                    MUTED,
                );
                t.italic = true;
                chart.texts.push(t);
            }
        }
        y += block + ROW_GAP;
    }
    let bottom = y - ROW_GAP + 4.0;
    chart.rules.push(Rule {
        x1: BAR_X,
        y1: 0.0,
        x2: BAR_X,
        y2: round(bottom),
        stroke: AXIS,
        width: 1.0,
        front: false,
    });
    chart.height = round(bottom);
}
