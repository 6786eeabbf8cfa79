//! The CLI's HTML report in real headless Chromium with JavaScript
//! disabled: opened from a file, it logs no error, requests nothing from
//! anywhere, draws every chart at a real size, and prints on A4.
//!
//! The report comes from a real tally of the example survey (with a
//! breakdown, so some groups and counts are hidden). Needs `chromium` and
//! `chromium-driver`, like `browser.rs`, whose WebDriver client this
//! duplicates in small.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use caucus_core::report::{Noise, Redacted, Report};
use caucus_core::tally::Tally;
use caucus_core::Survey;
use common::{agent, call, SURVEY};
use serde_json::{json, Value};

struct Driver {
    child: Child,
    base: String,
    session: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = agent()
            .delete(&format!("{}/session/{}", self.base, self.session))
            .call();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn wd(method: &str, url: &str, body: Option<Value>) -> Value {
    let request = agent().request(method, url);
    let result = match body {
        Some(b) => request.send_json(b),
        None => request.call(),
    };
    let (status, text) = call(result);
    let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    assert!(status == 200, "WebDriver {method} {url}: {status} {text}");
    value["value"].clone()
}

impl Driver {
    fn start(profile: &Path) -> Self {
        let port = TcpListener::bind("127.0.0.1:0")
            .expect("port")
            .local_addr()
            .expect("addr")
            .port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver not found: install Debian's chromium and chromium-driver");
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        while !agent()
            .get(&format!("{base}/status"))
            .call()
            .ok()
            .and_then(|r| r.into_json::<Value>().ok())
            .is_some_and(|v| v["value"]["ready"] == json!(true))
        {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not become ready"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:loggingPrefs": {"performance": "ALL", "browser": "ALL"},
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--disable-quic", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--window-size=1000,2400",
                         format!("--user-data-dir={}", profile.display())],
                "prefs": {"profile.managed_default_content_settings.javascript": 2}
            }
        }}});
        let mut driver = Self {
            child,
            base,
            session: String::new(),
        };
        let created = wd("POST", &format!("{}/session", driver.base), Some(caps));
        driver.session = created["sessionId"]
            .as_str()
            .expect("session id")
            .to_string();
        driver
    }

    fn url(&self, tail: &str) -> String {
        format!("{}/session/{}{tail}", self.base, self.session)
    }

    fn go(&self, url: &str) {
        wd("POST", &self.url("/url"), Some(json!({"url": url})));
    }

    fn log(&self, kind: &str) -> Vec<Value> {
        let entries = wd("POST", &self.url("/se/log"), Some(json!({"type": kind})));
        entries.as_array().cloned().unwrap_or_default()
    }

    /// Every URL the browser requested since the last call.
    fn requested_urls(&self) -> Vec<String> {
        self.log("performance")
            .iter()
            .filter_map(|e| serde_json::from_str::<Value>(e["message"].as_str()?).ok())
            .filter(|m| m["message"]["method"] == "Network.requestWillBeSent")
            .filter_map(|m| {
                m["message"]["params"]["request"]["url"]
                    .as_str()
                    .map(str::to_string)
            })
            .collect()
    }

    /// Width and height of every element matching `css`.
    fn sizes(&self, css: &str) -> Vec<(f64, f64)> {
        let found = wd(
            "POST",
            &self.url("/elements"),
            Some(json!({"using": "css selector", "value": css})),
        );
        found
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e.as_object()?.values().next()?.as_str().map(str::to_string))
            .map(|id| {
                let rect = wd("GET", &self.url(&format!("/element/{id}/rect")), None);
                (
                    rect["width"].as_f64().unwrap_or(0.0),
                    rect["height"].as_f64().unwrap_or(0.0),
                )
            })
            .collect()
    }

    /// The page printed as Chromium prints it, with the page size the
    /// stylesheet asks for (the W3C print endpoint would impose its own).
    fn print_pdf(&self) -> Vec<u8> {
        let printed = wd(
            "POST",
            &self.url("/goog/cdp/execute"),
            Some(json!({"cmd": "Page.printToPDF", "params": {"preferCSSPageSize": true}})),
        );
        base64::engine::general_purpose::STANDARD
            .decode(printed["data"].as_str().unwrap_or_default())
            .expect("pdf base64")
    }

    fn screenshot(&self, path: &Path) {
        let data = wd("GET", &self.url("/screenshot"), None);
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap_or_default())
            .expect("png");
        let _ = std::fs::write(path, bytes);
    }
}

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
    if std::env::var("CAUCUS_SKIP_BROWSER").as_deref() == Ok("1") {
        eprintln!("CAUCUS_SKIP_BROWSER=1: browser test skipped on request");
        return;
    }
    let started = Instant::now();
    let report = sample_report();
    assert!(
        report.groups.iter().flatten().any(|g| g.suppressed),
        "a hidden group"
    );
    let html = caucus::html_report::render(&report).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.html");
    std::fs::write(&file, &html).unwrap();
    let page = format!("file://{}", file.display());

    let driver = Driver::start(&dir.path().join("profile"));
    driver.go("about:blank");
    driver.requested_urls();
    driver.log("browser");

    driver.go(&page);
    let urls = driver.requested_urls();
    assert!(urls.contains(&page), "the load was recorded: {urls:?}");
    assert!(
        urls.iter()
            .all(|u| u.starts_with("file://") || u.starts_with("data:")),
        "request beyond the file: {urls:?}"
    );
    let errors: Vec<_> = driver
        .log("browser")
        .into_iter()
        .filter(|e| e["level"] != "INFO" && e["level"] != "DEBUG")
        .collect();
    assert!(errors.is_empty(), "browser log: {errors:?}");
    let title = wd("GET", &driver.url("/title"), None);
    assert_eq!(title, json!(format!("{} — results", report.title)));

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
    if std::env::var("CAUCUS_SKIP_BROWSER").as_deref() == Ok("1") {
        eprintln!("CAUCUS_SKIP_BROWSER=1: browser test skipped on request");
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
    let driver = Driver::start(&dir.path().join("profile"));
    driver.go("about:blank");
    driver.requested_urls();
    driver.log("browser");
    driver.go(&results);
    let urls = driver.requested_urls();
    assert!(urls.contains(&results), "the load was recorded: {urls:?}");
    assert!(
        urls.iter().all(|u| u.starts_with(fixture.base())),
        "request to another origin: {urls:?}"
    );
    let errors: Vec<_> = driver
        .log("browser")
        .into_iter()
        .filter(|e| e["level"] != "INFO" && e["level"] != "DEBUG")
        .collect();
    assert!(errors.is_empty(), "browser log: {errors:?}");
    let cookies = wd("GET", &driver.url("/cookie"), None);
    assert_eq!(cookies, json!([]), "no cookie");
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
