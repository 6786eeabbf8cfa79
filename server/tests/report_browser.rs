//! The CLI's HTML report in real headless Chromium with JavaScript
//! disabled: opened from a file, it logs no error, requests nothing from
//! anywhere, draws every chart at a real size, and prints on A4.
//!
//! The report comes from a real tally of the example survey (with a
//! breakdown, so some groups and counts are hidden). Needs `chromium` and
//! `chromium-driver`, like `browser.rs`; both drive them through
//! `common/webdriver.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::path::Path;
use std::time::Instant;

use caucus_core::report::{Noise, Redacted, Report};
use caucus_core::tally::Tally;
use caucus_core::Survey;
use common::webdriver::{skip_requested, Driver, BROWSER, PERFORMANCE};
use common::{agent, call, SURVEY};
use serde_json::json;

/// A tally of 64 made-up colleagues, broken down by area; "Other" is
/// small enough to be hidden. Noise and redaction figures are added by
/// hand so the report shows every notice it can.
fn sample_report() -> Report {
    let survey = Survey::from_toml(SURVEY).unwrap();
    let mut tally = Tally::new(&survey, &["area"]).unwrap().with_text();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) % n
    };
    let areas = [
        "Engineering",
        "Operations",
        "Customer support",
        "Sales and marketing",
    ];
    let recorded = [
        "Keystrokes",
        "Screenshots or screen video",
        "Applications and websites used",
        "Mouse activity and idle time",
        "Chat and email content",
        "Webcam or microphone",
        "I don't know",
    ];
    let told = ["Yes, clearly", "Yes, but vaguely", "No", "Not sure"];
    let safeguards = [
        "Opt-out without penalty",
        "Filtering on the device before anything is sent",
        "Strict retention limits",
        "Never used in performance reviews",
        "Independent audit",
        "Right to see my own data",
    ];
    for i in 0..64u64 {
        let area = if i < 3 {
            "Other"
        } else {
            areas[[0, 0, 0, 1, 1, 2, 2, 3][next(8) as usize]]
        };
        let answers = json!({
            "area": area,
            "recorded": picks(&mut next, &recorded, 55),
            "told": told[(next(4) + next(2)) as usize % 4],
            "consent": 1 + (next(3) + next(3)).min(4),
            "comfort": 1 + next(5).min(next(5) + 1),
            "reviews": "I suspect it is",
            "retention": if next(3) == 0 { "Up to 7 days" } else { "Up to 30 days" },
            "safeguards": picks(&mut next, &safeguards, 70),
            "stress": (3 + next(5) + next(4)).min(10),
            "note": if i % 4 == 0 { format!("Comment number {i}: please tell us what is kept.") } else { String::new() },
        });
        tally.add(&survey.validate_answers(&answers).unwrap());
    }
    let mut report = tally.report("r3port5amp1e0000");
    report.noise = Some(Noise {
        mechanism: "discrete Laplace".into(),
        epsilon: 2.0,
        tables: 10,
    });
    report.redacted = Some(Redacted {
        removed: 1,
        edited: 0,
    });
    for q in report.questions.iter_mut().chain(
        report
            .groups
            .iter_mut()
            .flatten()
            .flat_map(|g| g.questions.iter_mut()),
    ) {
        q.expected_error = Some(1.42);
    }
    report
}

/// Each option with probability `chance` percent; at least the last one
/// ("I don't know", or the last safeguard), since a multi-choice answer
/// needs a pick.
fn picks<'a>(next: &mut dyn FnMut(u64) -> u64, list: &[&'a str], chance: u64) -> Vec<&'a str> {
    let mut chosen: Vec<&str> = list
        .iter()
        .copied()
        .filter(|_| next(100) < chance)
        .collect();
    if chosen.is_empty() {
        chosen.push(list[list.len() - 1]);
    }
    chosen
}

/// The MediaBox of every page of a PDF, as (width, height) in points.
fn page_sizes(pdf: &[u8]) -> Vec<(f64, f64)> {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/MediaBox")
        .filter_map(|(at, _)| {
            let rest = &text[at..];
            let inside = &rest[rest.find('[')? + 1..rest.find(']')?];
            let n: Vec<f64> = inside
                .split_whitespace()
                .filter_map(|v| v.parse().ok())
                .collect();
            (n.len() == 4).then(|| (n[2] - n[0], n[3] - n[1]))
        })
        .collect()
}

#[test]
fn html_report_renders_offline_in_chromium_and_prints_on_a4() {
    if skip_requested() {
        return;
    }
    let started = Instant::now();
    let report = sample_report();
    assert!(
        report.groups.iter().flatten().any(|g| g.suppressed),
        "a hidden group"
    );
    let html = caucus::html_report::render(&report, "en", None).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.html");
    std::fs::write(&file, &html).unwrap();
    let page = format!("file://{}", file.display());

    let driver = Driver::start(&dir.path().join("profile"), &[PERFORMANCE, BROWSER]);
    driver.go_blank();

    driver.go(&page);
    let urls = driver.requested_urls();
    assert!(urls.contains(&page), "the load was recorded: {urls:?}");
    assert!(
        urls.iter()
            .all(|u| u.starts_with("file://") || u.starts_with("data:")),
        "request beyond the file: {urls:?}"
    );
    let errors = driver.console_problems();
    assert!(errors.is_empty(), "browser log: {errors:?}");
    assert_eq!(driver.title(), json!(format!("{} — results", report.title)));

    let charts = driver.sizes("svg[role=img]");
    assert_eq!(charts.len(), html.matches("role=\"img\"").count());
    assert!(charts.len() >= 10, "{} charts", charts.len());
    for (width, height) in &charts {
        assert!(
            *width > 300.0 && *height > 30.0,
            "chart drawn at {width}x{height}"
        );
    }
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR"));
    driver.screenshot(&shots.join("report-page.png"));
    let _ = std::fs::write(shots.join("report.html"), &html);

    let pdf = driver.print_pdf();
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    let _ = std::fs::write(shots.join("report.pdf"), &pdf);
    let pages = page_sizes(&pdf);
    assert!(pages.len() >= 2, "pages: {pages:?}");
    for (width, height) in &pages {
        // A4 is 210 x 297 mm: 595.3 x 841.9 points.
        assert!(
            (width - 595.3).abs() < 2.0 && (height - 841.9).abs() < 2.0,
            "page {width}x{height}"
        );
    }
    eprintln!(
        "{} charts, {} A4 pages, {:.1}s (see {})",
        charts.len(),
        pages.len(),
        started.elapsed().as_secs_f64(),
        shots.display()
    );
}

/// The server's public results page after a real `caucus publish`: in
/// Chromium it logs no error (a CSP violation would be one), requests
/// nothing from another origin, sets no cookie and draws every chart; its
/// HTML has no script and no inline style.
#[test]
fn published_results_page_in_chromium() {
    if skip_requested() {
        return;
    }
    let fixture = common::Fixture::new();
    let areas = [
        "Engineering",
        "Operations",
        "Engineering",
        "Operations",
        "Other",
    ];
    for (i, code) in fixture.invites(14).iter().enumerate() {
        let answers = common::answers(areas[i % areas.len()], 1 + (i % 3) as i64, "cameras");
        let (status, body) = common::submit(fixture.base(), &fixture.id, code, &answers);
        assert_eq!(status, 201, "{body}");
    }
    let id = fixture.id.clone();
    let results = format!("{}/s/{id}/results", fixture.base());
    let (status, _) = call(agent().get(&results).call());
    assert_eq!(status, 404, "nothing published yet");
    fixture.cli(&["close", &id]).unwrap();
    fixture.cli(&["publish", &id, "--by", "area"]).unwrap();

    let (status, page) = call(agent().get(&results).call());
    assert_eq!(status, 200);
    let lower = page.to_lowercase();
    for banned in ["<script", "<style", " style=", "http:", "https:", "url("] {
        assert!(!lower.contains(banned), "found {banned:?}");
    }
    assert!(page.contains("14 responses"), "{page}");

    let dir = tempfile::tempdir().unwrap();
    let driver = Driver::start(&dir.path().join("profile"), &[PERFORMANCE, BROWSER]);
    driver.go_blank();
    driver.go(&results);
    let urls = driver.requested_urls();
    assert!(urls.contains(&results), "the load was recorded: {urls:?}");
    assert!(
        urls.iter().all(|u| u.starts_with(fixture.base())),
        "request to another origin: {urls:?}"
    );
    let errors = driver.console_problems();
    assert!(errors.is_empty(), "browser log: {errors:?}");
    assert_eq!(driver.cookies(), json!([]), "no cookie");
    let charts = driver.sizes("svg[role=img]");
    assert_eq!(charts.len(), page.matches("role=\"img\"").count());
    assert!(charts.len() >= 10, "{} charts", charts.len());
    for (width, height) in &charts {
        assert!(
            *width > 100.0 && *height > 20.0,
            "chart drawn at {width}x{height}"
        );
    }
    driver.screenshot(&Path::new(env!("CARGO_TARGET_TMPDIR")).join("results-page.png"));
}
