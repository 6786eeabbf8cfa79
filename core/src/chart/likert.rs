//! The diverging stacked bar for a Likert question with all five counts
//! shown: disagreement grows left of a fixed centre, agreement right, and
//! the neutral answer straddles the centre.
//!
//! The half-width stands for every answer, so the centre and the scale are
//! the same in every Likert chart of a report and bars can be compared
//! across questions and groups by eye.

use super::{
    message, percent, round, text, text_width, Chart, Kind, LegendItem, Part, Rect, Rule, Text,
    FONT, GRID, INK, MUTED, SMALL, WHITE, WIDTH,
};
use crate::i18n::Arg;
use crate::report::QuestionReport;

/// Fills from strongly disagree to strongly agree (orange to blue, which
/// stays distinct with the common colour-vision deficiencies), each with a
/// text colour at 4.5:1 or more; every fill has 3:1 or more against white.
pub const FILLS: [(&str, &str); 5] = [
    ("#8c2d04", WHITE),
    ("#cf7a3c", INK),
    ("#8e8e8e", INK),
    ("#4a8fc7", INK),
    ("#0b5394", WHITE),
];

const MARGIN: f64 = 16.0;
pub const CENTRE: f64 = WIDTH / 2.0;
/// Units standing for 100% of answers on either side of the centre.
pub const HALF: f64 = WIDTH / 2.0 - MARGIN;
const BAR_TOP: f64 = 24.0;
const BAR_HEIGHT: f64 = 30.0;

pub(super) fn draw(chart: &mut Chart, q: &QuestionReport, lang: &str) {
    chart.kind = Kind::Likert;
    let counts: Vec<u64> = q.options.iter().map(|o| o.count.unwrap_or(0)).collect();
    let total: u64 = counts.iter().sum();
    let base = q.answered.filter(|&n| n > 0 && chart.percentages);
    let figure = |count: u64| match base {
        Some(b) => percent(count, b, lang),
        None => count.to_string(),
    };
    let bottom = BAR_TOP + BAR_HEIGHT;
    for share in [-1.0, -0.5, 0.5, 1.0] {
        let x = round(CENTRE + share * HALF);
        chart.rules.push(rule(x, GRID, 1.0, false));
    }
    if total == 0 {
        chart.notes.push(message(lang, "chart-no-answers", &[]));
    } else {
        let widths: Vec<f64> = counts
            .iter()
            .map(|&c| HALF * c as f64 / total as f64)
            .collect();
        // Left edges: the neutral segment is centred, the others stack
        // outwards from it.
        let neutral_x = CENTRE - widths[2] / 2.0;
        let xs = [
            neutral_x - widths[1] - widths[0],
            neutral_x - widths[1],
            neutral_x,
            neutral_x + widths[2],
            neutral_x + widths[2] + widths[3],
        ];
        for (i, (&x, &width)) in xs.iter().zip(&widths).enumerate() {
            if width <= 0.0 {
                continue;
            }
            let (fill, ink) = FILLS[i];
            chart.rects.push(Rect {
                x: round(x),
                y: BAR_TOP,
                width: round(width),
                height: BAR_HEIGHT,
                fill,
                stroke: None,
                part: Part::Bar,
                option: i,
            });
            // A white seam between segments keeps them apart in greyscale.
            if i > 0 {
                let mut seam = rule(round(x), WHITE, 1.0, true);
                seam.y1 = BAR_TOP;
                seam.y2 = bottom;
                chart.rules.push(seam);
            }
            let value = figure(counts[i]);
            if text_width(&value, 12.0) + 6.0 <= width {
                let mut t = text(
                    x + width / 2.0,
                    BAR_TOP + 19.5,
                    vec![value],
                    "middle",
                    12.0,
                    ink,
                );
                t.bold = true;
                t.halo = Some(fill);
                chart.texts.push(t);
            }
        }
    }
    chart.rules.push(rule(CENTRE, INK, 2.0, true));
    let side = |key: &str, count: u64, x: f64, anchor: &'static str| -> Text {
        let figure = [("figure", Arg::Text(figure(count)))];
        let mut t = text(
            x,
            15.0,
            vec![message(lang, key, &figure)],
            anchor,
            FONT,
            INK,
        );
        t.bold = true;
        t
    };
    chart.texts.push(side(
        "chart-disagree-side",
        counts[0] + counts[1],
        CENTRE - 8.0,
        "end",
    ));
    chart.texts.push(side(
        "chart-agree-side",
        counts[3] + counts[4],
        CENTRE + 8.0,
        "start",
    ));
    chart.height = bottom + 6.0;
    if base.is_some() {
        let y = bottom + 20.0;
        let (full, half) = (percent(1, 1, lang), percent(1, 2, lang));
        let ticks = [
            (MARGIN, full.clone(), "start"),
            (CENTRE - HALF / 2.0, half.clone(), "middle"),
            (CENTRE, "0".to_string(), "middle"),
            (CENTRE + HALF / 2.0, half, "middle"),
            (WIDTH - MARGIN, full, "end"),
        ];
        for (x, label, anchor) in ticks {
            chart
                .texts
                .push(text(x, y, vec![label], anchor, SMALL, MUTED));
        }
        chart.height = y + 5.0;
    }
    chart.legend = q
        .options
        .iter()
        .zip(&chart.rows)
        .zip(FILLS)
        .map(|((o, row), (fill, _))| LegendItem {
            fill,
            name: row.name.clone(),
            value: match (&row.percent, o.count) {
                (Some(p), Some(c)) => format!("{c} ({p})"),
                _ => row.count.clone(),
            },
        })
        .collect();
}

fn rule(x: f64, stroke: &'static str, width: f64, front: bool) -> Rule {
    Rule {
        x1: x,
        y1: BAR_TOP - 4.0,
        x2: x,
        y2: BAR_TOP + BAR_HEIGHT + 4.0,
        stroke,
        width,
        front,
    }
}
