//! A small W3C WebDriver client for the browser tests: one `chromedriver`
//! child process, one session of Debian's headless `chromium` with
//! JavaScript disabled (or, for the one page script, enabled), and the
//! few commands the tests need.
//!
//! Shared so that every browser test drives the same browser the same way
//! (same flags, same no-script setting, same reading of the performance
//! log for requested URLs); a fix to how Chromium is started or read then
//! reaches all of them. Plain HTTP through [`super::agent`], since the
//! protocol is JSON over HTTP and a WebDriver crate would be one more
//! dependency for a few calls.
//!
//! Needs `chromium` and `chromium-driver` installed (CI installs them).

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{json, Value};

use super::{agent, call};

/// True when `CAUCUS_SKIP_BROWSER=1` asks to skip browser tests (say, on a
/// machine without Chromium); says so on stderr, so a skip is never silent.
pub fn skip_requested() -> bool {
    let skip = std::env::var("CAUCUS_SKIP_BROWSER").as_deref() == Ok("1");
    if skip {
        eprintln!("CAUCUS_SKIP_BROWSER=1: browser test skipped on request");
    }
    skip
}

/// Performance log: every network request, for "nothing left the origin".
pub const PERFORMANCE: &str = "performance";
/// Browser log: console messages, including CSP violations and load errors.
pub const BROWSER: &str = "browser";

/// A `chromedriver` process and its one browser session; both end (session
/// deleted, process killed by PID) when dropped.
pub struct Driver {
    child: Child,
    base: String,
    session: String,
    /// The log types this session records, as given to [`Driver::start`].
    logs: Vec<String>,
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

/// One WebDriver command; panics unless it succeeds, and returns its
/// `value`.
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
    /// Start `chromedriver` on a free port and open a session with a fresh
    /// profile at `profile`, recording the given log types (see
    /// [`PERFORMANCE`] and [`BROWSER`]) in full.
    pub fn start(profile: &Path, logs: &[&str]) -> Self {
        Self::launch(profile, logs, false)
    }

    /// The same with JavaScript on, for the one page script there is.
    pub fn start_with_javascript(profile: &Path, logs: &[&str]) -> Self {
        Self::launch(profile, logs, true)
    }

    fn launch(profile: &Path, logs: &[&str], javascript: bool) -> Self {
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
        // Build the driver before waiting, so a timeout still kills the
        // child on drop.
        let mut driver = Self {
            child,
            base,
            session: String::new(),
            logs: logs.iter().map(|l| l.to_string()).collect(),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while !agent()
            .get(&format!("{}/status", driver.base))
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
        let logging: serde_json::Map<String, Value> = logs
            .iter()
            .map(|kind| (kind.to_string(), json!("ALL")))
            .collect();
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:loggingPrefs": logging,
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--disable-quic", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--window-size=1000,2400",
                         format!("--user-data-dir={}", profile.display())],
                "prefs": {"profile.managed_default_content_settings.javascript": if javascript { 1 } else { 2 }}
            }
        }}});
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

    pub fn go(&self, url: &str) {
        wd("POST", &self.url("/url"), Some(json!({"url": url})));
    }

    /// Open a blank page and empty every recorded log, so that what is
    /// read next comes from the test's own page, not from the browser
    /// starting up.
    pub fn go_blank(&self) {
        self.go("about:blank");
        for kind in &self.logs {
            self.log(kind);
        }
    }

    /// The entries of log `kind` since it was last read.
    pub fn log(&self, kind: &str) -> Vec<Value> {
        let entries = wd("POST", &self.url("/se/log"), Some(json!({"type": kind})));
        entries.as_array().cloned().unwrap_or_default()
    }

    /// Browser log entries above INFO since the last read: console errors
    /// and warnings, a blocked resource, a CSP violation.
    pub fn console_problems(&self) -> Vec<Value> {
        self.log(BROWSER)
            .into_iter()
            .filter(|e| e["level"] != "INFO" && e["level"] != "DEBUG")
            .collect()
    }

    /// Every URL the browser requested since the last call.
    pub fn requested_urls(&self) -> Vec<String> {
        self.log(PERFORMANCE)
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

    /// Resize the window, e.g. to a phone's 390 px.
    pub fn resize(&self, width: u32, height: u32) {
        wd(
            "POST",
            &self.url("/window/rect"),
            Some(json!({"width": width, "height": height})),
        );
    }

    /// Run `script` (a function body) in the page; its return value.
    pub fn execute(&self, script: &str) -> Value {
        wd(
            "POST",
            &self.url("/execute/sync"),
            Some(json!({"script": script, "args": []})),
        )
    }

    /// Run `script` (a function body) that ends by calling its last
    /// argument, as WebDriver's asynchronous scripts do (say, when a
    /// promise settles); the value passed. Bounded by the session's script
    /// timeout (30 s by default).
    pub fn execute_async(&self, script: &str) -> Value {
        wd(
            "POST",
            &self.url("/execute/async"),
            Some(json!({"script": script, "args": []})),
        )
    }

    /// Wait (bounded) until `script` returns true in the page.
    pub fn wait_until(&self, script: &str) -> bool {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.execute(script) == json!(true) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }

    pub fn title(&self) -> Value {
        wd("GET", &self.url("/title"), None)
    }

    pub fn cookies(&self) -> Value {
        wd("GET", &self.url("/cookie"), None)
    }

    pub fn source(&self) -> String {
        wd("GET", &self.url("/source"), None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// A click on submit may return before the form's navigation starts;
    /// wait (bounded) until the page shows `text`, and return the page.
    pub fn wait_for_text(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let page = self.source();
            if page.contains(text) || Instant::now() > deadline {
                return page;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The WebDriver reference of every element matching `css`.
    fn elements(&self, css: &str) -> Vec<String> {
        let found = wd(
            "POST",
            &self.url("/elements"),
            Some(json!({"using": "css selector", "value": css})),
        );
        found
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(element_reference)
            .collect()
    }

    /// The first element matching `css`; panics if there is none.
    fn find(&self, css: &str) -> String {
        let found = wd(
            "POST",
            &self.url("/element"),
            Some(json!({"using": "css selector", "value": css})),
        );
        element_reference(&found).unwrap_or_else(|| panic!("no element {css}"))
    }

    pub fn click(&self, css: &str) {
        let element = self.find(css);
        wd(
            "POST",
            &self.url(&format!("/element/{element}/click")),
            Some(json!({})),
        );
    }

    pub fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css);
        wd(
            "POST",
            &self.url(&format!("/element/{element}/value")),
            Some(json!({"text": text})),
        );
    }

    /// Width and height of every element matching `css`.
    pub fn sizes(&self, css: &str) -> Vec<(f64, f64)> {
        self.elements(css)
            .iter()
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
    pub fn print_pdf(&self) -> Vec<u8> {
        let printed = wd(
            "POST",
            &self.url("/goog/cdp/execute"),
            Some(json!({"cmd": "Page.printToPDF", "params": {"preferCSSPageSize": true}})),
        );
        base64::engine::general_purpose::STANDARD
            .decode(printed["data"].as_str().unwrap_or_default())
            .expect("pdf base64")
    }

    /// Save a PNG of the window, for a person to look at; best effort.
    pub fn screenshot(&self, path: &Path) {
        let data = wd("GET", &self.url("/screenshot"), None);
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap_or_default())
            .expect("png");
        let _ = std::fs::write(path, bytes);
    }

    /// Save a PNG of the whole page, beyond the window (scrolled parts
    /// included), for a person to look at; best effort.
    pub fn screenshot_page(&self, path: &Path) {
        let size = self
            .execute("const e = document.documentElement; return [e.scrollWidth, e.scrollHeight];");
        let (width, height) = (
            size[0].as_f64().unwrap_or(0.0),
            size[1].as_f64().unwrap_or(0.0),
        );
        let shot = wd(
            "POST",
            &self.url("/goog/cdp/execute"),
            Some(json!({"cmd": "Page.captureScreenshot", "params": {
                "format": "png", "captureBeyondViewport": true,
                "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
            }})),
        );
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().unwrap_or_default())
            .unwrap_or_default();
        let _ = std::fs::write(path, bytes);
    }
}

/// An element's reference: the one value of its JSON object, whose key is
/// the W3C element identifier.
fn element_reference(element: &Value) -> Option<String> {
    element
        .as_object()?
        .values()
        .next()?
        .as_str()
        .map(str::to_string)
}

/// Submits the page's form `form` (a CSS selector) as it stands, past the
/// browser's own checks, after `fill` (a script) has run, and waits for
/// the next page.
pub fn submit_form(driver: &Driver, form: &str, fill: &str) {
    driver.execute(&format!(
        "{fill}\ndocument.documentElement.dataset.leaving = '1';\n\
         document.querySelector({}).submit(); return null;",
        json!(form)
    ));
    assert!(
        driver.wait_until(
            "return !document.documentElement.dataset.leaving && document.readyState === 'complete';"
        ),
        "no page came after submitting {form}"
    );
}

/// Answers every question of the survey form shown: the first choice of
/// each radio group and of each tick-box group, the middle of a scale.
pub const FILL_SURVEY: &str = r#"
const seen = new Set();
for (const i of document.querySelectorAll('form.survey input[type=radio], form.survey input[type=checkbox]')) {
  if (!seen.has(i.name)) { seen.add(i.name); i.checked = true; }
}
for (const i of document.querySelectorAll('form.survey input[type=number]')) {
  i.value = String(Math.round((Number(i.min) + Number(i.max)) / 2));
}
"#;
