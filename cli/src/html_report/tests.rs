use caucus_core::report::{Comment, GroupReport, Noise, OptionCount, QuestionReport, Redacted};

use super::*;

const LIKERT: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
];

fn question(
    id: &str,
    kind: &str,
    answered: Option<u64>,
    options: &[(&str, Option<u64>)],
) -> QuestionReport {
    QuestionReport {
        id: id.to_string(),
        kind: kind.to_string(),
        prompt: format!("Question {id}"),
        answered,
        options: options
            .iter()
            .enumerate()
            .map(|(i, &(value, count))| OptionCount {
                value: value.to_string(),
                label: (kind == "likert").then(|| LIKERT[i].to_string()),
                count,
                suppressed: count.is_none(),
            })
            .collect(),
        mean: None,
        median: None,
        comments: None,
        comments_withheld: false,
        expected_error: Some(1.41),
    }
}

fn likert(answered: Option<u64>, counts: [Option<u64>; 5]) -> QuestionReport {
    let values = ["1", "2", "3", "4", "5"];
    let options: Vec<_> = values.iter().copied().zip(counts).collect();
    question("comfort", "likert", answered, &options)
}

fn questions(group: bool) -> Vec<QuestionReport> {
    let mut text = question("note", "text", Some(if group { 8 } else { 31 }), &[]);
    if !group {
        text.comments = Some(vec![
            Comment::new("note", "Please ask before recording <b>anything</b>"),
            Comment {
                edited: true,
                ..Comment::new("note", "Keep it short")
            },
        ]);
    }
    let mut comfort = if group {
        likert(Some(23), [Some(5), Some(6), Some(0), Some(7), Some(5)])
    } else {
        likert(Some(57), [Some(9), Some(17), Some(11), Some(13), Some(7)])
    };
    comfort.mean = Some(2.88);
    comfort.median = Some(3.0);
    vec![
        question(
            "area",
            "single",
            Some(if group { 23 } else { 57 }),
            &[
                ("Engineering", Some(if group { 23 } else { 34 })),
                ("Sales", Some(if group { 0 } else { 23 })),
                ("Other", None),
            ],
        ),
        question(
            "recorded",
            "multi",
            if group { None } else { Some(55) },
            &[
                ("Keystrokes", Some(41)),
                ("Screenshots", Some(28)),
                ("Webcam", None),
            ],
        ),
        comfort,
        question(
            "stress",
            "scale",
            Some(57),
            &[
                ("0", Some(6)),
                ("1", None),
                ("2", Some(12)),
                ("3", Some(19)),
                ("4", Some(17)),
            ],
        ),
        text,
    ]
}

fn fixture() -> Report {
    let hidden_group = questions(true)
        .into_iter()
        .map(|mut q| {
            q.answered = None;
            q.options.iter_mut().for_each(|o| {
                o.count = None;
                o.suppressed = true;
            });
            q
        })
        .collect();
    Report {
        survey: "abcdefghjkmnpqrs".into(),
        title: "Monitoring at work & AI".into(),
        responses: 60,
        min_group: 5,
        suppressed: false,
        by: vec!["area".into()],
        questions: questions(false),
        groups: Some(vec![
            GroupReport {
                value: "Engineering".into(),
                breakdown: Vec::new(),
                responses: Some(23),
                suppressed: false,
                questions: questions(true),
            },
            GroupReport {
                value: "Other".into(),
                breakdown: Vec::new(),
                responses: None,
                suppressed: true,
                questions: hidden_group,
            },
        ]),
        noise: Some(Noise {
            mechanism: "discrete Laplace".into(),
            epsilon: 1.5,
            tables: 6,
        }),
        redacted: Some(Redacted {
            removed: 2,
            edited: 1,
        }),
    }
}

fn row(name: &str, count: &str) -> String {
    format!("<tr><th scope=\"row\" dir=\"auto\">{name}</th><td>{count}</td>")
}

#[test]
fn report_is_self_contained_and_shows_every_figure() {
    let report = fixture();
    let html = render_on(&report, "en", None, "2025-01-31").unwrap();
    assert!(html.starts_with("<!doctype html>"), "{}", &html[..80]);
    assert!(!html.to_lowercase().contains("<script"));
    for url in ["http:", "https:", "//", "url(", "@import", "src="] {
        assert!(!html.contains(url), "found {url:?}");
    }
    assert_eq!(html.matches("<svg").count(), html.matches("</svg>").count());
    assert_eq!(
        html.matches("<section").count(),
        html.matches("</section>").count()
    );
    assert_eq!(
        html.matches("<figure").count(),
        html.matches("</figure>").count()
    );
    assert!(html.contains("<title>Monitoring at work &amp; AI — results</title>"));
    assert!(html.contains("2025-01-31"));

    // Every count, shown or hidden, is in a data table row; a hidden one
    // says "hidden" and nothing else. The hidden group is not itemised.
    for (group, questions) in [
        ("", &report.questions),
        ("Engineering", &report.groups.as_ref().unwrap()[0].questions),
    ] {
        for q in questions
            .iter()
            .filter(|q| group.is_empty() || q.id != "area")
        {
            let answered = q.answered.map_or("hidden".to_string(), |n| n.to_string());
            assert!(
                html.contains(&format!("Answered: <strong>{answered}</strong>")),
                "{group} {} answered",
                q.id
            );
            for o in &q.options {
                let name = o.label.clone().unwrap_or_else(|| o.value.clone());
                let count = o.count.map_or("hidden".to_string(), |n| n.to_string());
                assert!(
                    html.contains(&row(&name, &count)),
                    "{group} {} {name}",
                    q.id
                );
            }
        }
    }
    assert!(html.contains(&row("Webcam", "hidden")));
    assert!(html.contains(&row("1", "hidden")));
    assert!(html.contains("<bdi>Other</bdi> <span class=\"rp-size\">(hidden)</span>"));
    assert!(html.contains("Hidden: too few people, or needed to protect a smaller group."));
    assert!(html.contains("noisy counts from 1 to 4 are hidden"));

    // Noise, redaction, comments (escaped), stats.
    assert!(html.contains("ε = 1.5 in all, over 6 tables"));
    assert!(html.contains("each count ± 1.4 (noise)"));
    assert!(html.contains("removed 2 comments and edited 1"));
    assert!(html.contains("Please ask before recording &lt;b&gt;anything&lt;&#x2f;b&gt;"));
    assert!(
        html.contains("Keep it short <span class=\"rp-edited\">(edited by the organisers)</span>")
    );
    assert!(html.contains("Comments are shown only for everyone together"));
    assert!(html.contains("mean 2.88, median 3"));
    // A Likert legend with figures, so colour is not the only cue.
    assert!(html.contains("<bdi>Strongly disagree</bdi>: <strong><bdi>9 (16%)</bdi></strong>"));
    assert!(html.contains("role=\"img\" aria-label=\"Question comfort"));
}

#[test]
fn report_in_another_language_translates_ours_not_theirs() {
    let html = render_on(&fixture(), "de", None, "2025-01-31").unwrap();
    assert!(html.contains("<html lang=\"de\" dir=\"ltr\">"));
    assert!(html.contains("<h2 id=\"rp-everyone\">Alle</h2>"));
    // German writes a (no-break) space before the percent sign.
    assert!(html.contains(
        "<bdi>Stimme überhaupt nicht zu</bdi>: <strong><bdi>9 (16\u{a0}%)</bdi></strong>"
    ));
    assert!(html.contains("ε = 1.5 insgesamt, verteilt auf 6 Tabellen"));
    assert!(html.contains("content: \"Seite \" counter(page) \" von \" counter(pages)"));
    assert!(html.contains("Question comfort"));
    assert!(!html.contains("Strongly disagree") && !html.contains("Answered:"));
}

#[test]
fn suppressed_report_says_everything_is_hidden() {
    let mut report = fixture();
    report.suppressed = true;
    report.responses = 3;
    report.groups = None;
    report.noise = None;
    report.redacted = None;
    for q in &mut report.questions {
        q.answered = None;
        q.comments = None;
        for o in &mut q.options {
            o.count = None;
        }
    }
    let html = render_on(&report, "en", None, "2025-01-31").unwrap();
    assert!(html.contains("Fewer than 5 responses in all: every result is hidden."));
    assert!(!html.contains("<svg viewBox"));
    assert!(html.contains("<bdi>Question comfort</bdi>: <em><bdi>hidden</bdi></em>"));
    assert!(!html.contains("differential privacy"));
}

#[test]
fn dates_are_proleptic_gregorian() {
    assert_eq!(civil_from_days(0), (1970, 1, 1));
    assert_eq!(civil_from_days(19_723), (2024, 1, 1));
    assert_eq!(civil_from_days(11_017), (2000, 3, 1));
    assert_eq!(civil_from_days(-1), (1969, 12, 31));
    assert_eq!(today().len(), 10);
}
