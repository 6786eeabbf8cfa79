//! The survey page in real headless Chromium with JavaScript disabled:
//! filled in and submitted, with no cookie set and no request to another
//! origin. Drives Debian's `chromium` through `chromedriver` (W3C WebDriver).
//!
//! Needs `chromium` and `chromium-driver` installed (CI installs them).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
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
    fn start(profile: &std::path::Path) -> Self {
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
        loop {
            if let Ok(r) = agent().get(&format!("{base}/status")).call() {
                if r.into_json::<Value>()
                    .map(|v| v["value"]["ready"] == json!(true))
                    .unwrap_or(false)
                {
                    break;
                }
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver did not become ready"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:loggingPrefs": {"performance": "ALL"},
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

    fn find(&self, css: &str) -> String {
        let found = wd(
            "POST",
            &self.url("/element"),
            Some(json!({"using": "css selector", "value": css})),
        );
        found
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no element {css}"))
            .to_string()
    }

    fn click(&self, css: &str) {
        let element = self.find(css);
        wd(
            "POST",
            &self.url(&format!("/element/{element}/click")),
            Some(json!({})),
        );
    }

    fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css);
        wd(
            "POST",
            &self.url(&format!("/element/{element}/value")),
            Some(json!({"text": text})),
        );
    }

    fn source(&self) -> String {
        wd("GET", &self.url("/source"), None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// A click on submit may return before the form's navigation starts;
    /// wait (bounded) until the page shows `text`.
    fn wait_for_text(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let page = self.source();
            if page.contains(text) || Instant::now() > deadline {
                return page;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Every URL the browser requested since the last call.
    fn requested_urls(&self) -> Vec<String> {
        let entries = wd(
            "POST",
            &self.url("/se/log"),
            Some(json!({"type": "performance"})),
        );
        entries
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| serde_json::from_str::<Value>(e["message"].as_str()?).ok())
            .filter(|m| m["message"]["method"] == "Network.requestWillBeSent")
            .filter_map(|m| {
                m["message"]["params"]["request"]["url"]
                    .as_str()
                    .map(str::to_string)
            })
            .collect()
    }

    fn screenshot(&self, path: &std::path::Path) {
        use base64::Engine;
        let data = wd("GET", &self.url("/screenshot"), None);
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap_or_default())
            .expect("png");
        let _ = std::fs::write(path, bytes);
    }
}

#[test]
fn survey_page_works_in_chromium_without_javascript() {
    if std::env::var("CAUCUS_SKIP_BROWSER").as_deref() == Ok("1") {
        eprintln!("CAUCUS_SKIP_BROWSER=1: browser test skipped on request");
        return;
    }
    let f = Fixture::new();
    let (server, id) = (&f.server, &f.id);
    let code = f.invites(1).remove(0);
    let driver = Driver::start(&f.dir.path().join("profile"));
    // Start from a blank page and forget what the browser did on its own.
    driver.go("about:blank");
    driver.requested_urls();

    driver.go(&format!("{}/s/{id}?invite={code}", server.base));
    let urls = driver.requested_urls();
    assert!(
        !urls.is_empty(),
        "the performance log recorded the page load"
    );
    assert!(
        urls.iter().all(|u| u.starts_with(&server.base)),
        "request to another origin: {urls:?}"
    );
    assert!(urls.len() <= 2, "page plus stylesheet at most: {urls:?}");
    let shots = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    driver.screenshot(&shots.join("survey-page.png"));

    driver.click("input[name=q_area][value='Customer support']");
    driver.click("input[name=q_recorded][value='Keystrokes']");
    driver.click("input[name=q_recorded][value='Webcam or microphone']");
    driver.click("input[name=q_consent][value='2']");
    driver.click("input[name=q_comfort][value='1']");
    driver.click("input[name=q_reviews][value='I suspect it is']");
    driver.click("input[name=q_retention][value='Up to 7 days']");
    driver.click("input[name=q_safeguards][value='Opt-out without penalty']");
    driver.click("input[name=q_stress][value='8']");
    driver.type_into("textarea[name=q_note]", "Typed in a real browser");
    driver.click("input[name=q_told][value='No']");
    driver.click("button[type=submit]");
    let page = driver.wait_for_text("your answers are in");
    assert!(
        page.contains("your answers are in"),
        "thank-you page: {}",
        &page[..page.len().min(2000)]
    );
    driver.screenshot(&shots.join("thanks-page.png"));
    let cookies = wd("GET", &driver.url("/cookie"), None);
    assert_eq!(cookies, json!([]), "no cookie");
    let urls = driver.requested_urls();
    assert!(
        urls.iter().all(|u| u.starts_with(&server.base)),
        "request to another origin: {urls:?}"
    );

    // The answer is really stored: the invite is now spent.
    assert_eq!(
        submit(&server.base, id, &code, &answers("Other", 3, "")).0,
        409
    );
}
