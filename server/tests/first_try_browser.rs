//! Issue 17, section 3 (pages), in real headless Chromium: what a first
//! try tripped over. Breakdown questions offer "Prefer not to say", counted
//! as a group of its own; every figure of the results page is in its text,
//! not only in the SVG (Tor Browser's safest setting draws none), and a
//! phone keeps chart labels readable; a group nobody is in says so in one
//! line; the focus outline stands out at least 3:1; the survey form says
//! its length, and each thing once.
//!
//! Needs `chromium` and `chromium-driver` installed (CI installs them).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use caucus_core::survey::PREFER_NOT_TO_SAY;
use common::webdriver::{skip_requested, Driver};
use common::*;
use serde_json::{json, Value};

/// Every data table under a chart, as [[row name, count], ...] with
/// whether it is laid out (not clipped away), after every SVG is gone.
const TABLES_WITHOUT_SVG: &str = r#"
document.querySelectorAll('svg').forEach((s) => s.remove());
return [...document.querySelectorAll('.rp-data table')].map((t) => ({
  shown: t.getBoundingClientRect().height > 20 && t.getBoundingClientRect().width > 100,
  rows: [...t.tBodies[0].rows].map((r) => [r.cells[0].innerText, r.cells[1].innerText]),
}));
"#;

/// The smallest text of any chart, in CSS pixels as drawn.
const SMALLEST_CHART_TEXT: &str = r#"
let smallest = 1e9;
for (const svg of document.querySelectorAll('svg[role=img]')) {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  for (const t of svg.querySelectorAll('text')) {
    smallest = Math.min(smallest, parseFloat(t.getAttribute('font-size')) * scale);
  }
}
return smallest;
"#;

/// The contrast of each focused control's outline against the page.
const FOCUS_CONTRASTS: &str = r#"
const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
  .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
const page = rgb(getComputedStyle(document.body).backgroundColor);
const out = [];
for (const sel of ['main a', 'input[type=radio]', 'input[type=checkbox]', 'textarea', 'button[type=submit]']) {
  const el = document.querySelector(sel);
  el.focus();
  const s = getComputedStyle(el);
  const [a, b] = [lum(rgb(s.outlineColor)), lum(page)].sort((x, y) => y - x);
  out.push({sel, style: s.outlineStyle, width: parseFloat(s.outlineWidth), contrast: (a + 0.05) / (b + 0.05)});
}
return out;
"#;

#[test]
fn results_keep_every_figure_in_the_text_and_stay_readable_on_a_phone() {
    if skip_requested() {
        return;
    }
    let (f, report) = published();
    let groups = report["groups"].as_array().expect("groups");
    let prefer = groups
        .iter()
        .find(|g| g["value"] == PREFER_NOT_TO_SAY)
        .expect("prefer not to say is a group");
    assert_eq!(prefer["responses"], 5, "counted like any other group");

    let driver = Driver::start(&f.dir.path().join("profile"), &[]);
    let results = format!("{}/s/{}/results", f.base(), f.id);
    driver.resize(1280, 900);
    driver.go(&results);
    let sections = driver
        .execute("return [...document.querySelectorAll('.rp-group')].map((s) => s.innerText);");
    for empty in ["Customer support", "Sales and marketing", "Other"] {
        let section = sections
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .find(|s| s.starts_with(&format!("{empty} (")))
            .unwrap_or_else(|| panic!("no section for {empty}: {sections}"));
        assert_eq!(
            section.trim(),
            format!("{empty} (0 responses)\n\nNo one in this group responded."),
            "one line, no pages of zeros"
        );
    }
    // Without SVG, as Tor Browser draws the page at its safest setting:
    // each chart's figures are still there, laid out as text.
    let tables = driver.execute(TABLES_WITHOUT_SVG);
    let tables = tables.as_array().unwrap();
    let expected = expected_counts(&report, "en");
    assert_eq!(tables.len(), expected.len(), "one table per chart");
    for (table, counts) in tables.iter().zip(&expected) {
        assert_eq!(table["shown"], true, "{table}");
        let shown: Vec<&str> = table["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r[1].as_str().unwrap())
            .collect();
        assert_eq!(&shown, counts, "{table}");
    }
    // On a phone the charts keep their size (and scroll sideways) rather
    // than shrink their labels to a few pixels.
    driver.resize(390, 844);
    driver.go(&results);
    let smallest = driver.execute(SMALLEST_CHART_TEXT).as_f64().unwrap();
    assert!(smallest >= 10.0, "chart text drawn at {smallest} px");
    let overflow = driver.execute("return document.documentElement.scrollWidth;");
    assert!(
        overflow.as_f64().unwrap() <= 390.0,
        "the page itself scrolls sideways"
    );
}

#[test]
fn the_survey_form_says_its_length_and_each_thing_once_and_shows_focus() {
    if skip_requested() {
        return;
    }
    let f = Fixture::new();
    let code = f.invites(1).remove(0);
    let driver = Driver::start(&f.dir.path().join("profile"), &[]);
    driver.go(&format!("{}/s/{}?invite={code}", f.base(), f.id));
    let text = driver.execute("return document.querySelector('main').innerText;");
    let text = text.as_str().unwrap();
    assert!(text.contains("10 questions, 9 of them required."), "{text}");
    assert_eq!(text.matches("at least 5 people").count(), 1, "{text}");
    assert_eq!(text.matches("(optional)").count(), 1, "{text}");
    let prefer = driver.execute(&format!(
        "return [...document.querySelectorAll('input[name=q_area]')].map((i) => i.value).includes({});",
        json!(PREFER_NOT_TO_SAY)
    ));
    assert_eq!(prefer, true, "the breakdown question offers a way out");
    for focus in driver.execute(FOCUS_CONTRASTS).as_array().unwrap() {
        assert_eq!(focus["style"], "solid", "{focus}");
        assert!(focus["width"].as_f64().unwrap() >= 2.0, "{focus}");
        assert!(
            focus["contrast"].as_f64().unwrap() >= 3.0,
            "focus outline below 3:1: {focus}"
        );
    }

    // A required tick-box question left empty says what to do.
    let form = format!("invite={code}&q_area=Operations&q_told=No");
    let (status, page) = call(
        agent()
            .post(&format!("{}/s/{}", f.base(), f.id))
            .set("Content-Type", "application/x-www-form-urlencoded")
            .send_string(&form),
    );
    assert_eq!(status, 422);
    assert!(page.contains("tick at least one box"), "{page}");
    assert!(page.contains("choose one answer"), "{page}");
}
