use super::*;
use crate::report::{GroupReport, OptionCount, QuestionReport, Report};

fn question(kind: &str, answered: Option<u64>, counts: &[Option<u64>]) -> QuestionReport {
    let likert = [
        "Strongly disagree",
        "Disagree",
        "Neither agree nor disagree",
        "Agree",
        "Strongly agree",
    ];
    QuestionReport {
        id: format!("q_{kind}"),
        kind: kind.to_string(),
        prompt: format!("A {kind} question?"),
        answered,
        options: counts
            .iter()
            .enumerate()
            .map(|(i, &count)| OptionCount {
                value: if kind == "likert" || kind == "scale" {
                    (i + 1).to_string()
                } else {
                    format!("Option {i}")
                },
                label: (kind == "likert").then(|| likert[i].to_string()),
                count,
                suppressed: count.is_none(),
            })
            .collect(),
        mean: None,
        median: None,
        comments: None,
        comments_withheld: false,
        expected_error: None,
    }
}

/// The chart in English, the wording these tests check.
fn chart(q: &QuestionReport) -> Chart {
    super::chart(q, "en")
}

fn bars_of(chart: &Chart) -> Vec<&Rect> {
    chart.rects.iter().filter(|r| r.part == Part::Bar).collect()
}

#[test]
fn bar_lengths_are_proportional_to_counts() {
    let chart = chart(&question(
        "single",
        Some(40),
        &[Some(20), Some(10), Some(5), Some(5)],
    ));
    assert_eq!(chart.kind, Kind::Bars);
    let bars = bars_of(&chart);
    assert_eq!(bars.len(), 4);
    assert_eq!(bars[0].width, bars::BAR_MAX);
    assert!((bars[1].width * 2.0 - bars[0].width).abs() < 0.2);
    assert!((bars[2].width * 4.0 - bars[0].width).abs() < 0.4);
    assert!(bars.iter().all(|b| b.x == bars::BAR_X));
    // Rows never overlap.
    assert!(bars.windows(2).all(|w| w[1].y >= w[0].y + w[0].height));
    assert_eq!(chart.rows[0].percent.as_deref(), Some("50%"));
    assert_eq!(chart.rows[2].percent.as_deref(), Some("13%"));
    assert!(chart.height >= bars[3].y + bars[3].height);
}

#[test]
fn hidden_counts_produce_no_bar_and_say_hidden() {
    let chart = chart(&question("multi", Some(30), &[Some(12), None, Some(0)]));
    let bars = bars_of(&chart);
    // The hidden option draws nothing and a real zero draws nothing either;
    // only the shown, non-zero count has a bar.
    assert_eq!(bars.len(), 1);
    assert_eq!(bars[0].option, 0);
    assert!(chart.rects.iter().all(|r| r.option != 1));
    assert_eq!(chart.rows[1].count, "hidden");
    assert!(chart.rows[1].hidden && chart.rows[1].percent.is_none());
    assert!(chart
        .texts
        .iter()
        .any(|t| t.lines == ["hidden"] && t.italic));
    assert!(chart.texts.iter().any(|t| t.lines == ["0 · 0%"]));
    assert!(chart.notes.iter().any(|n| n == HIDDEN_NOTE));
    assert!(chart.notes.iter().any(|n| n.contains("more than 100%")));
    assert!(chart.label.contains("Option 1: hidden"));
}

#[test]
fn no_percentages_without_a_shown_answered_count() {
    let chart = chart(&question("single", None, &[Some(12), Some(9)]));
    assert!(!chart.percentages);
    assert!(chart.rows.iter().all(|r| r.percent.is_none()));
    assert_eq!(chart.answered, "hidden");
    assert!(chart
        .texts
        .iter()
        .all(|t| t.lines.iter().all(|l| !l.contains('%'))));
}

#[test]
fn likert_neutral_straddles_the_centre() {
    let chart = chart(&question(
        "likert",
        Some(50),
        &[Some(5), Some(10), Some(10), Some(15), Some(10)],
    ));
    assert_eq!(chart.kind, Kind::Likert);
    let bars = bars_of(&chart);
    assert_eq!(bars.len(), 5);
    let neutral = bars[2];
    assert!((neutral.x + neutral.width / 2.0 - likert::CENTRE).abs() < 0.2);
    // Disagreement left of the neutral segment, agreement right, touching.
    assert!((bars[1].x + bars[1].width - neutral.x).abs() < 0.2);
    assert!((bars[0].x + bars[0].width - bars[1].x).abs() < 0.2);
    assert!((neutral.x + neutral.width - bars[3].x).abs() < 0.2);
    assert!((bars[3].x + bars[3].width - bars[4].x).abs() < 0.2);
    // The half-width is all answers: 10 of 50 is a fifth of it.
    assert!((bars[1].width - likert::HALF / 5.0).abs() < 0.2);
    assert!(chart.texts.iter().any(|t| t.lines == ["Disagree 30%"]));
    assert!(chart.texts.iter().any(|t| t.lines == ["Agree 50%"]));
    assert_eq!(chart.legend.len(), 5);
    assert_eq!(chart.legend[3].value, "15 (30%)");
}

#[test]
fn likert_centre_is_the_same_whatever_the_answers() {
    let centre_of_neutral = |counts: &[Option<u64>]| {
        let c = chart(&question("likert", Some(60), counts));
        let n = c.rects.iter().find(|r| r.option == 2).cloned().unwrap();
        n.x + n.width / 2.0
    };
    let a = centre_of_neutral(&[Some(40), Some(5), Some(5), Some(5), Some(5)]);
    let b = centre_of_neutral(&[Some(0), Some(5), Some(20), Some(5), Some(30)]);
    assert!((a - b).abs() < 0.2 && (a - likert::CENTRE).abs() < 0.2);
}

#[test]
fn likert_with_a_hidden_count_falls_back_to_bars() {
    let chart = chart(&question(
        "likert",
        Some(50),
        &[Some(20), None, Some(10), Some(15), Some(5)],
    ));
    assert_eq!(chart.kind, Kind::Bars);
    assert_eq!(bars_of(&chart).len(), 4);
    assert!(chart.legend.is_empty());
    assert!(chart
        .notes
        .iter()
        .any(|n| n.contains("each answer has its own bar")));
}

#[test]
fn scale_columns_one_per_step_with_hidden_placeholders() {
    let mut counts = vec![Some(6); 11];
    counts[3] = None;
    counts[7] = Some(12);
    let chart = chart(&question("scale", Some(80), &counts));
    assert_eq!(chart.kind, Kind::Columns);
    let bars = bars_of(&chart);
    assert_eq!(bars.len(), 10);
    assert!(bars.iter().all(|b| b.option != 3));
    let tallest = bars.iter().find(|b| b.option == 7).unwrap();
    assert_eq!(tallest.height, columns::PLOT_HEIGHT);
    assert!((bars[0].height * 2.0 - tallest.height).abs() < 0.2);
    // Columns share one baseline and go left to right in scale order.
    assert!(bars
        .iter()
        .all(|b| (b.y + b.height - columns::TOP - columns::PLOT_HEIGHT).abs() < 0.2));
    assert!(bars.windows(2).all(|w| w[1].x > w[0].x));
    let placeholder: Vec<_> = chart
        .rects
        .iter()
        .filter(|r| r.part == Part::Hidden)
        .collect();
    assert_eq!(placeholder.len(), 1);
    assert_eq!(placeholder[0].option, 3);
    assert!(chart
        .texts
        .iter()
        .any(|t| t.lines == ["hidden"] && t.rotate));
}

#[test]
fn wide_scales_thin_their_labels() {
    let chart = chart(&question("scale", Some(500), &vec![Some(5); 101]));
    let labels = chart
        .texts
        .iter()
        .filter(|t| t.y > columns::TOP + columns::PLOT_HEIGHT);
    let count = labels.count();
    assert!((5..=30).contains(&count), "{count} labels");
}

#[test]
fn long_labels_wrap_inside_the_label_column() {
    let mut q = question("single", Some(10), &[Some(5), Some(5)]);
    q.options[0].value = "A very long option label that keeps going well past the column".into();
    let chart = chart(&q);
    let label = &chart.texts[0];
    assert!(label.lines.len() > 1);
    assert!(label
        .lines
        .iter()
        .all(|l| text_width(l, FONT) <= bars::LABEL_WIDTH));
    assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    assert_eq!(wrap("", 4), [""]);
}

#[test]
fn context_keys_every_question_overall_and_per_group() {
    let q = question("single", Some(10), &[Some(5), Some(5)]);
    let hidden = question("single", None, &[None, None]);
    let report = Report {
        survey: "s".into(),
        title: "t".into(),
        responses: 10,
        min_group: 5,
        suppressed: false,
        by: vec!["q_single".into()],
        questions: vec![q.clone()],
        groups: Some(vec![
            GroupReport {
                value: "A".into(),
                breakdown: Vec::new(),
                responses: Some(10),
                suppressed: false,
                questions: vec![q],
            },
            GroupReport {
                value: "B".into(),
                breakdown: Vec::new(),
                responses: None,
                suppressed: true,
                questions: vec![hidden],
            },
        ]),
        noise: None,
        redacted: None,
    };
    let charts = chart_context(&report, "en");
    assert!(charts.overall.contains_key("q_single"));
    assert_eq!(charts.groups.len(), 2);
    assert!(charts.groups[1]["q_single"].rects.is_empty());
    let json = serde_json::to_value(&charts).unwrap();
    assert_eq!(json["overall"]["q_single"]["kind"], "bars");
    assert_eq!(json["groups"][1]["q_single"]["answered"], "hidden");
}

#[test]
fn noise_and_stats_are_worded_like_the_cli() {
    let mut q = question(
        "likert",
        Some(50),
        &[Some(5), Some(10), Some(10), Some(15), Some(10)],
    );
    q.expected_error = Some(2.345);
    q.mean = Some(3.2);
    q.median = Some(3.0);
    let chart = chart(&q);
    assert_eq!(chart.error.as_deref(), Some("± 2.3"));
    assert!(chart
        .stats
        .as_deref()
        .unwrap()
        .starts_with("mean 3.2, median 3"));
    assert_eq!(percent(1, 400, "en"), "<1%");
    assert_eq!(percent(0, 400, "en"), "0%");
    assert_eq!(percent(100, 400, "en"), "25%");
    // Each language writes a percentage its own way.
    assert_eq!(percent(100, 400, "fr"), "25\u{a0}%");
    assert_eq!(percent(100, 400, "ar"), "25٪");
}

#[test]
fn charts_speak_the_language_asked_for() {
    let likert = question(
        "likert",
        Some(50),
        &[Some(5), Some(10), Some(10), Some(15), Some(10)],
    );
    let es = super::chart(&likert, "es");
    assert_eq!(es.legend[0].name, "Totalmente en desacuerdo");
    // Spanish writes a space (a no-break one) before the percent sign.
    assert!(es
        .texts
        .iter()
        .any(|t| t.lines == ["En desacuerdo 30\u{a0}%"]));
    assert!(
        es.label.contains("Totalmente de acuerdo: 10 (20\u{a0}%)"),
        "{}",
        es.label
    );
    let hidden = super::chart(&question("multi", Some(30), &[Some(12), None]), "ar");
    assert_eq!(
        hidden.rows[1].count,
        crate::i18n::text("ar", "chart-hidden", &[])
    );
    assert!(!hidden.notes.iter().any(|n| n == HIDDEN_NOTE));
    // The organisers' own words stay as they are; the fixed answer of a
    // breakdown question is translated.
    let mut q = question("single", Some(10), &[Some(5), Some(5)]);
    q.options[1].value = crate::survey::PREFER_NOT_TO_SAY.to_string();
    let fr = super::chart(&q, "fr");
    assert_eq!(fr.rows[0].name, "Option 0");
    assert_eq!(fr.rows[1].name, "Je préfère ne pas répondre");
}
