//! The histogram of a scale question: one column per step, in order, so
//! the shape of the answers reads left to right like the scale itself.
//!
//! A hidden step gets a pale dashed placeholder the full height of the plot
//! with "hidden" written in it (when there is room), so it can never be
//! read as a column of height zero.

use super::{
    message, round, scaled, text, text_width, Chart, Kind, Part, Rect, Rule, AXIS, BAR, CHAR_WIDTH,
    HIDDEN_FILL, INK, MUTED, SMALL, WIDTH,
};
use crate::report::QuestionReport;

const LEFT: f64 = 8.0;
pub const TOP: f64 = 22.0;
pub const PLOT_HEIGHT: f64 = 150.0;
const MAX_COLUMN: f64 = 44.0;
const FIGURE: f64 = 12.0;

pub(super) fn draw(chart: &mut Chart, q: &QuestionReport, lang: &str) {
    chart.kind = Kind::Columns;
    let steps = q.options.len().max(1);
    let slot = (WIDTH - 2.0 * LEFT) / steps as f64;
    let column = (slot * 0.72).min(MAX_COLUMN);
    let baseline = TOP + PLOT_HEIGHT;
    let top = q.options.iter().filter_map(|o| o.count).max().unwrap_or(0);
    let widest = q
        .options
        .iter()
        .map(|o| o.value.chars().count())
        .max()
        .unwrap_or(1);
    // Label every `every`-th step, as often as the labels fit side by side.
    let every = ((widest as f64 * FIGURE * CHAR_WIDTH + 6.0) / slot)
        .ceil()
        .max(1.0) as usize;
    for (i, option) in q.options.iter().enumerate() {
        let centre = LEFT + slot * (i as f64 + 0.5);
        let x = round(centre - column / 2.0);
        match option.count {
            Some(count) => {
                let height = scaled(count, top, PLOT_HEIGHT);
                if height > 0.0 {
                    chart.rects.push(Rect {
                        x,
                        y: round(baseline - height),
                        width: round(column),
                        height: round(height),
                        fill: BAR,
                        stroke: None,
                        part: Part::Bar,
                        option: i,
                    });
                }
                let figure = count.to_string();
                if text_width(&figure, FIGURE) <= slot - 2.0 {
                    let mut t = text(
                        centre,
                        baseline - height - 5.0,
                        vec![figure],
                        "middle",
                        FIGURE,
                        INK,
                    );
                    t.bold = true;
                    chart.texts.push(t);
                }
            }
            None => {
                chart.rects.push(Rect {
                    x,
                    y: TOP,
                    width: round(column),
                    height: PLOT_HEIGHT,
                    fill: HIDDEN_FILL,
                    stroke: Some(AXIS),
                    part: Part::Hidden,
                    option: i,
                });
                if column >= SMALL + 3.0 {
                    let mut t = text(
                        centre + SMALL * 0.35,
                        baseline - 8.0,
                        vec![message(lang, "chart-hidden", &[])],
                        "start",
                        SMALL,
                        MUTED,
                    );
                    t.italic = true;
                    t.rotate = true;
                    chart.texts.push(t);
                }
            }
        }
        if i % every == 0 {
            chart.texts.push(text(
                centre,
                baseline + 17.0,
                vec![option.value.clone()],
                "middle",
                FIGURE,
                INK,
            ));
        }
    }
    chart.rules.push(Rule {
        x1: LEFT,
        y1: baseline,
        x2: WIDTH - LEFT,
        y2: baseline,
        stroke: AXIS,
        width: 1.0,
        front: true,
    });
    chart.height = baseline + 24.0;
}
