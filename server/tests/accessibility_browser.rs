//! Issue 17, section 4, in real headless Chromium with the page's own
//! JavaScript off (as Tor Browser's safest setting and many cautious
//! readers have it): every page a person meets, in every shipped
//! language, at a phone's 390 px and a desktop's 1280 px, is audited
//!
//! - by axe-core (the locked npm package in `web/`, read from
//!   `web/node_modules` after `npm ci --prefix web`): any violation fails,
//!   named by rule, element and page;
//! - for focus: every focusable element, focused in turn, shows a solid
//!   outline at least 3:1 against the page's background (WCAG 2.2's
//!   focus appearance), so a keyboard user can see where they are;
//!
//! and a screenshot of each page, language and width is written to a
//! folder the test prints, for a person to look over the layouts (the
//! Arabic pages right to left, the long German words on a phone).
//!
//! The pages: home, privacy, the short-code entry page, the survey form
//! and the form refused (422), the ticket page, a survey translated into
//! Spanish and Arabic (its own text in English, marked as such, on the
//! other languages' pages), the thank-you page, the
//! published results, the statement, a refused signature, the signed page,
//! the withdrawal page and an error page (404). One server, one browser
//! session, the campaigns made once.
//!
//! Needs `chromium` and `chromium-driver` installed and `npm ci --prefix
//! web` run (CI does all three).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::path::{Path, PathBuf};
use std::time::Instant;

use caucus_core::i18n::{text, LANGUAGES};
use common::webdriver::{skip_requested, submit_form, Driver, FILL_SURVEY};
use common::*;
use serde_json::json;

const TRANSLATED_SURVEY: &str = include_str!("../../examples/multilingual-survey.toml");
const STATEMENT: &str =
    "title = \"Stop the keystroke logging\"\nbody = \"We ask for it to end.\"\n\
    named = true\nanonymous = true\ninvite_required_for_named = true\nreveal_at = 0\n";

/// The widths audited: a phone and a desktop.
const WIDTHS: &[(u32, u32)] = &[(390, 844), (1280, 900)];

/// Runs axe on the page (axe itself injected just before): how many rules
/// passed, and every violation as {rule, impact, help, targets}.
///
/// With the page's JavaScript off, Chromium runs no timer callbacks, and
/// axe waits on timers between its steps; here they run as soon as the
/// current step is done instead (nothing else of the page runs).
const AXE_RUN: &str = r#"
const done = arguments[arguments.length - 1];
const soon = (fn, ...args) => { Promise.resolve().then(() => fn(...args)); return 0; };
window.setTimeout = soon;
window.clearTimeout = () => {};
window.requestAnimationFrame = (fn) => soon(fn, performance.now());
window.requestIdleCallback = (fn) => soon(fn, {didTimeout: false, timeRemaining: () => 50});
axe.run(document, {resultTypes: ['violations']})
  .then((r) => done({
    passed: r.passes.length,
    violations: r.violations.map((v) => ({
      rule: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    })),
  }))
  .catch((e) => done({error: String(e)}));
"#;

/// Focuses every focusable element in turn: its outline's style, width
/// and contrast against the page's background. Elements that take no
/// focus as the page is shown (in a closed `details`, hidden) are left
/// out, as a keyboard cannot reach them either.
const FOCUS_OUTLINES: &str = r#"
const rgb = (c) => c.match(/[\d.]+/g).map(Number);
const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
  .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
const opaque = (c) => { const v = rgb(c); return v.length < 4 || v[3] > 0; };
let bg = getComputedStyle(document.body).backgroundColor;
if (!opaque(bg)) bg = getComputedStyle(document.documentElement).backgroundColor;
if (!opaque(bg)) bg = 'rgb(255, 255, 255)';
const page = rgb(bg);
const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
  (el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : '') +
  (el.getAttribute('href') ? `[href=${el.getAttribute('href')}]` : '') +
  (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
const out = [];
for (const el of document.querySelectorAll('a, input:not([type=hidden]), textarea, button, select, summary, [tabindex]')) {
  el.focus();
  if (document.activeElement !== el) continue;
  const s = getComputedStyle(el);
  const [a, b] = [lum(rgb(s.outlineColor)), lum(page)].sort((x, y) => y - x);
  out.push({el: name(el), style: s.outlineStyle, width: parseFloat(s.outlineWidth), contrast: (a + 0.05) / (b + 0.05)});
}
if (document.activeElement) document.activeElement.blur();
window.scrollTo(0, 0);
return out;
"#;

/// The audit of the page now shown; problems go to `problems`.
struct Audit<'a> {
    driver: &'a Driver,
    axe: &'a str,
    shots: &'a Path,
    problems: Vec<String>,
    audits: usize,
}

impl Audit<'_> {
    /// Audits the page shown as `page`, after checking it is the page
    /// meant: in `lang`, with `key`'s text (a message without arguments)
    /// in its title or on it.
    fn page(&mut self, page: &str, lang: &str, width: u32, key: &str) {
        let what = format!("{page} ({lang}, {width} px)");
        let shown = self.driver.execute(
            "return {lang: document.documentElement.lang, text: document.title + ' ' + document.body.textContent};",
        );
        assert_eq!(shown["lang"], lang, "{what}: not the page's language");
        let expected = text(lang, key, &[]);
        assert!(
            shown["text"].as_str().unwrap().contains(&expected),
            "{what}: not the page meant, no {expected:?} in {}",
            shown["text"]
        );
        self.audits += 1;
        self.driver
            .screenshot_page(&self.shots.join(format!("{page}-{lang}-{width}.png")));

        self.driver.execute(&format!("{}\nreturn null;", self.axe));
        let axe = self.driver.execute_async(AXE_RUN);
        // A run that checked nothing would pass any page.
        assert!(
            axe["passed"].as_u64().is_some_and(|n| n > 0),
            "{what}: axe did not run: {axe}"
        );
        let violations = axe["violations"].as_array().unwrap();
        for v in violations {
            self.problems.push(format!(
                "{what}: axe {} ({}): {} at {}",
                v["rule"].as_str().unwrap_or_default(),
                v["impact"].as_str().unwrap_or_default(),
                v["help"].as_str().unwrap_or_default(),
                v["targets"]
            ));
        }

        let outlines = self.driver.execute(FOCUS_OUTLINES);
        let outlines = outlines.as_array().unwrap();
        assert!(!outlines.is_empty(), "{what}: nothing takes focus");
        for focus in outlines {
            let el = focus["el"].as_str().unwrap_or_default();
            let contrast = focus["contrast"].as_f64().unwrap_or(0.0);
            let width = focus["width"].as_f64().unwrap_or(0.0);
            if focus["style"] != "solid" || width < 2.0 || contrast < 3.0 {
                self.problems.push(format!(
                    "{what}: focus outline of {el}: {} {width} px at {contrast:.2}:1 (3:1 needed)",
                    focus["style"].as_str().unwrap_or_default()
                ));
            }
        }
    }
}

#[test]
fn every_page_in_every_language_and_width_passes_axe_and_shows_focus() {
    if skip_requested() {
        return;
    }
    let started = Instant::now();
    let axe_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../web/node_modules/axe-core/axe.min.js");
    let axe = std::fs::read_to_string(&axe_path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run `npm ci --prefix web` first",
            axe_path.display()
        )
    });
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("accessibility-screenshots");
    let _ = std::fs::remove_dir_all(&shots);
    std::fs::create_dir_all(&shots).expect("screenshot folder");
    eprintln!("accessibility screenshots: {}", shots.display());

    // One server: a survey with published results, an open survey, a
    // statement.
    let (f, _) = published();
    let base = f.base();
    let results = f.id.clone();
    let survey = create_survey(&f.server, &f.key_path, SURVEY);
    let rounds = LANGUAGES.len() * WIDTHS.len();
    let mut survey_codes = invites(&f.key, &survey, rounds + 1);
    let shown_code = survey_codes.pop().unwrap();
    let statement = create_statement(&f.server, &f.key_path, STATEMENT);
    let statement_codes = invites(&f.key, &statement, rounds);
    // A survey in English, Spanish and Arabic: on the other pages its text
    // is English inside a page in another language (marked `lang="en"`).
    let translated = create_survey(&f.server, &f.key_path, TRANSLATED_SURVEY);
    let translated_code = invites(&f.key, &translated, 1).remove(0);

    let driver = Driver::start(&f.dir.path().join("profile"), &[]);
    let mut audit = Audit {
        driver: &driver,
        axe: &axe,
        shots: &shots,
        problems: Vec::new(),
        audits: 0,
    };
    let mut round = 0;
    for &(width, height) in WIDTHS {
        driver.resize(width, height);
        for language in LANGUAGES {
            let lang = language.code;
            let go = |path: &str| {
                let join = if path.contains('?') { '&' } else { '?' };
                driver.go(&format!("{base}{path}{join}lang={lang}"));
            };
            let fresh_survey_code = &survey_codes[round];
            let fresh_statement_code = &statement_codes[round];
            round += 1;

            go("/");
            audit.page("home", lang, width, "home-sealed");
            go("/privacy");
            audit.page("privacy", lang, width, "privacy-heading");
            go(&format!("/s/{survey}"));
            audit.page("code-entry", lang, width, "code-label");
            go(&format!("/s/{survey}?invite={shown_code}"));
            audit.page("survey-form", lang, width, "survey-send");
            submit_form(&driver, "form.survey", "");
            audit.page("survey-refused", lang, width, "survey-errors-title");
            go(&format!("/s/{survey}/ticket?invite={shown_code}"));
            audit.page("ticket", lang, width, "ticket-get-heading");
            go(&format!("/s/{translated}?invite={translated_code}"));
            audit.page("translated-survey-form", lang, width, "survey-send");
            go(&format!("/s/{survey}?invite={fresh_survey_code}"));
            submit_form(&driver, "form.survey", FILL_SURVEY);
            audit.page("thanks", lang, width, "thanks-heading");
            go(&format!("/s/{results}/results"));
            audit.page("results", lang, width, "results-kicker");

            go(&format!("/st/{statement}"));
            audit.page("statement", lang, width, "statement-sign-named");
            let named = "form[action*='sign-named']";
            submit_form(
                &driver,
                named,
                &format!(
                    "document.getElementById('invite-named').value = {};",
                    json!(fresh_statement_code)
                ),
            );
            audit.page("signature-refused", lang, width, "statement-errors-title");
            submit_form(
                &driver,
                named,
                &format!(
                    "document.getElementById('invite-named').value = {}; \
                     document.getElementById('name').value = 'Signer {lang}';",
                    json!(fresh_statement_code)
                ),
            );
            audit.page("signed", lang, width, "signed-heading");
            go(&format!("/st/{statement}/withdraw"));
            audit.page("withdrawal", lang, width, "withdraw-heading");
            go("/st/AAAAAAAAAAAAAAAAAAAAAA");
            audit.page("not-found", lang, width, "error-back-home");
        }
    }
    let audits = audit.audits;
    let problems = audit.problems;
    eprintln!(
        "{audits} pages audited in {:.0?}; screenshots in {}",
        started.elapsed(),
        shots.display()
    );
    assert!(
        problems.is_empty(),
        "{} accessibility problems (screenshots in {}):\n{}",
        problems.len(),
        shots.display(),
        problems.join("\n")
    );
}
