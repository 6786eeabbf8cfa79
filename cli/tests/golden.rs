//! Golden outputs: every report format the CLI writes, for fixed reports
//! built by real counting, compared byte for byte with the files under
//! `cli/tests/golden/`.
//!
//! Unit tests check single rules; these files let a reviewer read what an
//! organiser would actually publish, and make any change to it show up as
//! a diff. The fixtures are tallies of made-up answers that follow fixed
//! arithmetic patterns (no randomness except a seeded noise RNG), so the
//! same code always gives the same bytes. `CAUCUS_BLESS=1` rewrites the
//! files instead of comparing; review their diff before committing it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

use std::io::Write as _;
use std::path::{Path, PathBuf};

use caucus::args::ReportFormat;
use caucus_core::redact::Redactions;
use caucus_core::report::{comment_id, Report, NO_ANSWER};
use caucus_core::survey::QuestionKind;
use caucus_core::tally::Tally;
use caucus_core::Survey;
use rand::SeedableRng;
use serde_json::{json, Value};

const SURVEY: &str = include_str!("../../examples/monitoring-survey.toml");

/// The survey id every fixture report carries: any string will do, and a
/// fixed one keeps the outputs stable.
const SURVEY_ID: &str = "FIXTUREid000000000000";

/// The date stamped into the golden HTML instead of today's.
const GENERATED_ON: &str = "2026-01-15";

/// How many of the 40 made-up colleagues work in each area, in the order
/// of the survey's options. "Other" (2) is below the survey's `min_group`
/// of 5, so it is hidden, and with it whatever would reveal it.
const AREA_SIZES: [usize; 5] = [15, 10, 8, 5, 2];

/// Free-text answers, one for every third colleague. Several carry the
/// characters each format must escape or defuse: HTML tags, Markdown
/// syntax, CSV quotes and commas, a spreadsheet formula, a line break,
/// text outside ASCII.
const NOTES: [&str; 14] = [
    "Nobody told us what is kept or for how long.",
    "Please ask before recording <b>anything</b>; I'd sign a petition.",
    "Keystroke logging feels like being watched all day.",
    "=SUM(A1) is how the dashboard scores us, apparently",
    "Ask Sam in payroll, she knows what is recorded.",
    "My team lead in Operations reads our chat logs.",
    "Two things:\nfirst the cameras, then the microphones.",
    "Use | pipes, *stars* and _underscores_ freely.",
    "I would accept monitoring with strict limits and \"never\" in reviews.",
    "Überwachung ist kein Vertrauen — 監視 is not trust.",
    "# Not a heading, just a hash",
    "Retention of a year is far too long.",
    "Could we get an independent audit?",
    "Idle-time tracking penalises people who think before typing.",
];

/// The note the redaction fixture removes, because it names someone.
const REMOVED_NOTE: &str = NOTES[4];
/// The note the redaction fixture rewords, and its new wording.
const REPLACED_NOTE: &str = NOTES[5];
const REPLACEMENT: &str = "A manager reads our chat logs.";

/// The option texts of question `id`, as the survey file lists them, so
/// the fixture follows the example survey rather than a copy of it.
fn options<'a>(survey: &'a Survey, id: &str) -> Vec<&'a str> {
    match survey.question(id).map(|q| &q.kind) {
        Some(QuestionKind::Single { options, .. } | QuestionKind::Multi { options }) => {
            options.iter().map(String::as_str).collect()
        }
        _ => panic!("`{id}` is not a choice question of the survey"),
    }
}

/// The answers of colleague `i` of 40, from fixed arithmetic patterns
/// chosen so that counts vary between options and groups.
fn colleague(survey: &Survey, i: usize) -> Value {
    let area_index = AREA_SIZES
        .iter()
        .scan(0, |end, &size| {
            *end += size;
            Some(*end)
        })
        .position(|end| i < end)
        .expect("40 colleagues");
    let pick = |id: &str, index: usize| json!(options(survey, id)[index]);
    // "I don't know" (the last option) only when nothing else is ticked.
    let recorded = picks(&options(survey, "recorded"), |j| {
        j < 6 && (i * 5 + j * 3) % 7 < 3
    });
    let safeguards = picks(&options(survey, "safeguards"), |j| (i + j) % 3 != 1);
    // Mostly disagreeing, with a few who agree.
    const CONSENT: [u8; 10] = [1, 1, 2, 1, 3, 2, 1, 4, 2, 5];
    const COMFORT: [u8; 10] = [1, 2, 2, 1, 3, 1, 2, 4, 1, 2];
    const RETENTION: [usize; 10] = [0, 1, 2, 1, 2, 2, 3, 1, 2, 4];
    let mut answers = json!({
        "area": pick("area", area_index),
        "recorded": recorded,
        // Each team mostly gives its own answer, so some group counts
        // are large enough to show.
        "told": pick("told", (area_index + usize::from(i.is_multiple_of(5))) % 4),
        "consent": CONSENT[i % 10],
        "comfort": COMFORT[(i * 7) % 10],
        "reviews": pick("reviews", (i / 3) % 4),
        "retention": pick("retention", RETENTION[(i * 3) % 10]),
        "safeguards": safeguards,
        "stress": (3 + (i * 7) % 5 + (i % 3) * 2).min(10),
    });
    if i.is_multiple_of(3) {
        answers["note"] = json!(NOTES[i / 3]);
    }
    answers
}

/// The options `keep` picks, or the last one, since a multi-choice answer
/// needs at least one.
fn picks<'a>(options: &[&'a str], keep: impl Fn(usize) -> bool) -> Vec<&'a str> {
    let picked: Vec<&str> = (0..options.len())
        .filter(|&j| keep(j))
        .map(|j| options[j])
        .collect();
    if picked.is_empty() {
        vec![options[options.len() - 1]]
    } else {
        picked
    }
}

/// The 40 colleagues counted by the example survey, with free text kept
/// if `text`.
fn monitoring_tally(by: &[&str], text: bool) -> Tally {
    let survey = Survey::from_toml(SURVEY).unwrap();
    let mut tally = Tally::new(&survey, by).unwrap();
    if text {
        tally = tally.with_text();
    }
    for i in 0..40 {
        let answers = survey
            .validate_answers(&colleague(&survey, i))
            .unwrap_or_else(|e| panic!("colleague {i}: {e:?}"));
        tally.add(&answers);
    }
    tally
}

/// The main fixture: exact counts broken down by area, with comments.
fn by_area() -> Report {
    let report = monitoring_tally(&["area"], true).report(SURVEY_ID);
    let groups = report.groups.as_ref().expect("groups");
    assert!(
        groups.iter().any(|g| g.suppressed),
        "the fixture must hide a group"
    );
    assert!(
        report
            .all_questions()
            .any(|q| q.options.iter().any(|o| o.suppressed))
            && report
                .all_questions()
                .any(|q| q.options.iter().any(|o| !o.suppressed)),
        "the fixture must show some counts and hide others"
    );
    assert!(
        report.questions.iter().any(|q| q.comments.is_some()),
        "the fixture must publish comments"
    );
    report
}

/// A survey with two breakdown questions, since the example has only one
/// (see the file for what else it holds). A file of its own, so it reads
/// as an organiser would write it.
const CROSS_TAB_SURVEY: &str = include_str!("fixtures/cross-tab-survey.toml");

/// 30 people counted by site and role; a few skip the role question.
fn cross_tab() -> Report {
    let survey = Survey::from_toml(CROSS_TAB_SURVEY).unwrap();
    let mut tally = Tally::new(&survey, &["site", "role"]).unwrap().with_text();
    let sites = options(&survey, "site");
    let tools = options(&survey, "tools");
    // Head office largest, Remote smallest.
    const SITE: [usize; 10] = [0, 0, 1, 0, 2, 1, 0, 1, 0, 2];
    // Trust mostly low, hours mostly two or three.
    const TRUST: [u8; 10] = [1, 1, 2, 2, 2, 3, 1, 4, 2, 5];
    const HOURS: [u8; 10] = [0, 1, 1, 2, 2, 2, 3, 3, 4, 2];
    for i in 0..30usize {
        let mut answers = json!({
            "site": sites[SITE[i % 10]],
            "trust": TRUST[(i * 3) % 10],
            "tools": picks(&tools, |j| (i + 2 * j) % 4 < 2),
            "hours": HOURS[(i * 7) % 10],
        });
        if i % 7 != 6 {
            answers["role"] = json!(if i % 4 == 1 { "Yes" } else { "No" });
        }
        if i.is_multiple_of(5) {
            answers["why"] = json!(format!("Reason number {i}."));
        }
        let answers = survey.validate_answers(&answers).unwrap();
        tally.add(&answers);
    }
    let report = tally.report(SURVEY_ID);
    let groups = report.groups.as_ref().expect("groups");
    assert!(
        groups.iter().any(|g| g.value.contains(NO_ANSWER)),
        "the fixture must have a no-answer group"
    );
    assert!(
        groups.iter().any(|g| g.suppressed) && groups.iter().any(|g| !g.suppressed),
        "the fixture must show some groups and hide others"
    );
    assert!(
        report.questions.iter().any(|q| q.comments_withheld),
        "the fixture must withhold comments"
    );
    report
}

/// The main fixture's answers with differential-privacy noise from a
/// seeded generator instead of exact counts; without free text, since
/// `caucus tally` refuses `--epsilon` with `--include-text`. `StdRng`'s
/// stream is fixed only for the pinned `rand` version: upgrading it may
/// change `noisy.*` and call for a re-bless.
fn noisy() -> Report {
    let mut rng = rand::rngs::StdRng::seed_from_u64(42);
    let report = monitoring_tally(&["area"], false)
        .noisy_report(SURVEY_ID, 2.0, &mut rng)
        .unwrap();
    assert!(report.noise.is_some());
    report
}

/// The same answers overall (no breakdown), after the organisers removed
/// one comment and reworded another.
fn redacted() -> Report {
    let mut report = monitoring_tally(&[], true).report(SURVEY_ID);
    let edits = Redactions::from_toml(&format!(
        "[[remove]]\ncomment = \"{}\"\nreason = \"names a colleague\"\n\n\
         [[replace]]\ncomment = \"{}\"\ntext = \"{REPLACEMENT}\"\nreason = \"names a team\"\n",
        comment_id("note", REMOVED_NOTE),
        comment_id("note", REPLACED_NOTE),
    ))
    .unwrap();
    edits.apply(&mut report).unwrap();
    report
}

const ALL_FORMATS: &[ReportFormat] = &[
    ReportFormat::Table,
    ReportFormat::Csv,
    ReportFormat::Json,
    ReportFormat::Markdown,
    ReportFormat::Html,
];

/// The HTML page repeats its template's stylesheet, so one golden page
/// (the main fixture's) is enough; the others are checked in text forms.
const TEXT_FORMATS: &[ReportFormat] = &[
    ReportFormat::Table,
    ReportFormat::Csv,
    ReportFormat::Json,
    ReportFormat::Markdown,
];

/// Every fixture: its file name stem, how to build it, which formats.
type Fixture = (&'static str, fn() -> Report, &'static [ReportFormat]);
const FIXTURES: [Fixture; 4] = [
    ("by-area", by_area, ALL_FORMATS),
    ("cross-tab", cross_tab, TEXT_FORMATS),
    ("noisy", noisy, TEXT_FORMATS),
    ("redacted", redacted, TEXT_FORMATS),
];

fn extension(format: ReportFormat) -> &'static str {
    match format {
        ReportFormat::Table => "table.txt",
        ReportFormat::Csv => "csv",
        ReportFormat::Json => "json",
        ReportFormat::Markdown => "md",
        ReportFormat::Html => "html",
    }
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn blessing() -> bool {
    std::env::var("CAUCUS_BLESS").as_deref() == Ok("1")
}

/// The fixture's output in `format`, with the fixed date for HTML.
fn render(report: &Report, format: ReportFormat) -> String {
    match format {
        ReportFormat::Html => {
            caucus::html_report::render_on(report, "en", None, GENERATED_ON).unwrap()
        }
        other => caucus::report::render(report, other, "en", None).unwrap(),
    }
}

/// Where `actual` first departs from `expected`, in words; `None` if the
/// two are the same bytes.
fn first_difference(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let mut expected_lines = expected.split_inclusive('\n');
    let mut actual_lines = actual.split_inclusive('\n');
    let mut line = 1;
    loop {
        match (expected_lines.next(), actual_lines.next()) {
            (Some(e), Some(a)) if e == a => line += 1,
            (e, a) => {
                let show =
                    |l: Option<&str>| l.map_or("(end of file)".to_string(), |l| format!("{l:?}"));
                return Some(format!(
                    "first difference at line {line}:\n    golden: {}\n    actual: {}",
                    show(e),
                    show(a)
                ));
            }
        }
    }
}

/// Render `fixture` in each of its formats and compare with (or, when
/// blessing, write) its golden files. Every mismatch is reported at once.
fn check_fixture(name: &str) {
    let (_, build, formats) = FIXTURES
        .iter()
        .find(|f| f.0 == name)
        .unwrap_or_else(|| panic!("no fixture {name}"));
    let report = build();
    let dir = golden_dir();
    let mut failures = Vec::new();
    for &format in *formats {
        let file = format!("{name}.{}", extension(format));
        let path = dir.join(&file);
        let actual = render(&report, format);
        if blessing() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &actual).unwrap();
            // Straight to stderr: the test harness captures `eprintln!`,
            // and whoever blesses must see which files were rewritten.
            let _ = writeln!(
                std::io::stderr(),
                "CAUCUS_BLESS=1: wrote {}",
                path.display()
            );
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) => {
                if let Some(difference) = first_difference(&expected, &actual) {
                    failures.push(format!("tests/golden/{file}: {difference}"));
                }
            }
            Err(e) => failures.push(format!("tests/golden/{file}: cannot read: {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "rendered output differs from the golden files:\n\n{}\n\nIf the change is intended, \
         re-bless with `CAUCUS_BLESS=1 cargo test -p caucus --test golden` and review \
         `git diff cli/tests/golden`.",
        failures.join("\n\n")
    );
}

#[test]
fn by_area_every_format() {
    check_fixture("by-area");
}

#[test]
fn cross_tab_by_two_questions() {
    check_fixture("cross-tab");
}

#[test]
fn noisy_report() {
    check_fixture("noisy");
}

#[test]
fn redacted_overall_report() {
    check_fixture("redacted");
}

/// No golden file outlives the fixture or format that wrote it: a stale
/// file would look reviewed while nothing checks it.
#[test]
fn every_golden_file_belongs_to_a_fixture() {
    let expected: Vec<String> = FIXTURES
        .iter()
        .flat_map(|(name, _, formats)| {
            formats
                .iter()
                .map(move |&f| format!("{name}.{}", extension(f)))
        })
        .collect();
    let Ok(entries) = std::fs::read_dir(golden_dir()) else {
        assert!(blessing(), "no tests/golden directory: bless first");
        return;
    };
    for entry in entries {
        let file = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            file.starts_with('.') || expected.contains(&file),
            "tests/golden/{file} is written by no fixture: delete it"
        );
    }
}

/// `render` (what `caucus tally --format html` calls) differs from the
/// golden `render_on` page in the date alone.
#[test]
fn html_dated_today_differs_only_in_the_date() {
    let report = by_area();
    let dated = render(&report, ReportFormat::Html);
    let today = caucus::report::render(&report, ReportFormat::Html, "en", None).unwrap();
    let dated_lines: Vec<&str> = dated.lines().collect();
    let today_lines: Vec<&str> = today.lines().collect();
    assert_eq!(dated_lines.len(), today_lines.len());
    assert!(dated.contains(GENERATED_ON), "the fixed date is shown");
    for (fixed, now) in dated_lines.iter().zip(&today_lines) {
        if fixed == now {
            continue;
        }
        let at = fixed.find(GENERATED_ON).unwrap_or_else(|| {
            panic!("a line differs beyond the date:\n  fixed: {fixed}\n  today: {now}")
        });
        let date = now.get(at..at + GENERATED_ON.len()).unwrap_or_default();
        let shape_ok = date.len() == 10
            && date.char_indices().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            });
        assert!(
            shape_ok && fixed.replacen(GENERATED_ON, date, 1) == *now,
            "a line differs beyond the date:\n  fixed: {fixed}\n  today: {now}"
        );
    }
}
