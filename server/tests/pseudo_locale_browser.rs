//! Issue 17: the browser tests fail on any text that is not in the active
//! language's catalogue. The server runs with its test-only pseudo-locale
//! (`en-XA`, enabled by `CAUCUS_PSEUDO_LOCALE=1`: English with every letter
//! of the catalogue's text swapped for an accented look-alike, `Ŧħiş`), and
//! real headless Chromium, with the page's JavaScript off, opens every page
//! the accessibility test audits with `?lang=en-XA`: home, privacy, the
//! short-code entry page, the survey form and the form refused (422), the
//! ticket page, the thank-you page, the published results, the statement,
//! a refused signature, the signed page, the withdrawal page and an error
//! page (404). On each it collects every text node, the page's title,
//! every user-facing attribute (`title`, `aria-label`, `placeholder`,
//! `alt`, a button's `value`, the `data-` words a script shows) and any
//! text a stylesheet adds, and fails on every piece that still holds a
//! plain ASCII consonant: text that did not come from a catalogue. Left
//! alone: what the organisers wrote (known here from the files this test
//! made), what a signer typed, numbers and dates (no letters), codes, ids
//! and hashes, URLs and paths, command lines and receipts meant to be
//! copied, the name `caucus`, and text marked as another language (the
//! language switcher, each language named in itself). Every offender is
//! listed with its page.
//!
//! The CLI's HTML report and invite sheet are checked the same way, made
//! with `--lang en-XA` (the CLI reads the same variable) and opened from
//! disk; and, with JavaScript on, the ticket page's script shows only
//! words of the page's language when the server refuses a ticket.
//!
//! Needs `chromium` and `chromium-driver` installed (CI installs them).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use caucus_core::i18n::{text, Arg, LANGUAGES, PSEUDO_ENV};
use caucus_core::statement::Statement;
use caucus_core::survey::{QuestionKind, Survey};
use common::webdriver::{skip_requested, submit_form, Driver, FILL_SURVEY};
use common::*;
use serde_json::{json, Value};

/// The pseudo-locale's code.
const PSEUDO: &str = "en-XA";

/// Names, roles and prompts the organisers and signers wrote: left alone.
const STATEMENT: &str =
    "title = \"Stop the keystroke logging\"\nbody = \"\"\"\nWe ask for it to **end**, and for \
    [the policy](https://example.org/policy) to be published.\n\nSigned by staff.\"\"\"\n\
    named = true\nanonymous = true\ninvite_required_for_named = true\nreveal_at = 0\n";
const SIGNER: &str = "Ada Quillon";

/// Every piece of interface text on the page shown, with where it is:
/// `{text, kind, where, code, auto}`, `code` being the text of the
/// enclosing `code`/`pre`/`kbd`/`samp` element (if any), `auto` whether
/// the nearest `dir` is `auto` (the pages' mark for the organisers' own
/// text), `svg` whether it is drawn in a chart. Left out: script, style, what a form field holds (`textarea`),
/// and whatever is marked as written in another language than the page.
const COLLECT: &str = r#"
const lang = document.documentElement.lang;
const out = [];
const where = (el) => {
  const parts = [];
  for (let e = el; e && e !== document.documentElement && parts.length < 4; e = e.parentElement) {
    let name = e.tagName.toLowerCase();
    if (e.id) name += '#' + e.id;
    const cls = e.getAttribute('class');
    if (cls) name += '.' + cls.trim().split(/\s+/).join('.');
    parts.unshift(name);
  }
  return parts.join(' > ');
};
const foreign = (el) => { const l = el.closest('[lang]'); return !!l && l.getAttribute('lang') !== lang; };
const add = (text, el, kind) => {
  if (!text || !text.trim()) return;
  const code = el.closest('code, pre, kbd, samp');
  const dir = el.closest('[dir]');
  out.push({text, kind, where: where(el), code: code ? code.textContent : null,
            auto: !!dir && dir.getAttribute('dir') === 'auto', svg: !!el.closest('svg')});
};
add(document.title, document.documentElement, 'the page title');
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const el = n.parentElement;
  if (!el || el.closest('script, style, textarea, template') || foreign(el)) continue;
  add(n.data, el, 'text');
}
const ATTRIBUTES = ['title', 'aria-label', 'aria-description', 'aria-roledescription',
                    'aria-valuetext', 'placeholder', 'alt'];
for (const el of document.querySelectorAll('*')) {
  if (foreign(el)) continue;
  for (const a of ATTRIBUTES) if (el.hasAttribute(a)) add(el.getAttribute(a), el, a);
  // What a script shows (the ticket page's words for its states).
  for (const a of el.getAttributeNames()) if (a.startsWith('data-')) add(el.getAttribute(a), el, a);
  if (el.matches('input[type=submit], input[type=button], input[type=reset]')) add(el.value, el, 'value');
  for (const part of ['::before', '::after']) {
    const content = getComputedStyle(el, part).content;
    if (content && content !== 'none' && content !== 'normal') add(content.replace(/^"|"$/g, ''), el, part);
  }
}
return out;
"#;

/// Whitespace collapsed, ends trimmed.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What people other than the interface wrote: left alone wherever it
/// shows, whole or inside a sentence of the catalogue's.
struct Known {
    /// Titles, question ids (a breakdown is named by its question's id),
    /// prompts, options, a signer's name: longest first.
    exact: Vec<String>,
    /// Markdown (a description, a statement's body) as the page shows
    /// it, markup gone; any part of it, where the page marks the
    /// organisers' text (`dir="auto"`).
    prose: Vec<String>,
}

impl Known {
    fn new(survey: &Survey, statement: &Statement, names: &[&str]) -> Self {
        let mut exact: Vec<String> = vec![survey.title.clone(), statement.title.clone()];
        for q in &survey.questions {
            exact.push(q.id.clone());
            exact.push(q.prompt.clone());
            if let QuestionKind::Single { options, .. } | QuestionKind::Multi { options } = &q.kind
            {
                exact.extend(options.iter().cloned());
            }
        }
        exact.extend(names.iter().map(|n| n.to_string()));
        exact.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let plain = |markdown: &str| {
            // Links show their text; emphasis marks go.
            let mut text = String::new();
            let mut rest = markdown;
            while let Some(start) = rest.find("](") {
                let end = rest[start..]
                    .find(')')
                    .map_or(rest.len(), |e| start + e + 1);
                text.push_str(&rest[..start]);
                rest = &rest[end..];
            }
            text.push_str(rest);
            normalize(&text.replace(['*', '_', '`', '['], ""))
        };
        Self {
            exact,
            prose: vec![plain(&survey.description), plain(&statement.body)],
        }
    }
}

/// Where `word` occurs in `text` as whole words (not inside a longer one).
fn word_spans<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let bounded = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    text.match_indices(word)
        .map(|(at, _)| at)
        .filter(move |&at| {
            !word.is_empty()
                && bounded(text[..at].chars().next_back())
                && bounded(text[at + word.len()..].chars().next())
        })
}

/// `word` is in `text` as whole words.
fn has_word(text: &str, word: &str) -> bool {
    word_spans(text, word).next().is_some()
}

/// `text` with every whole-word occurrence of `word` blanked.
fn blank_word(text: &str, word: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for at in word_spans(text, word).collect::<Vec<_>>() {
        if at >= from {
            out.push_str(&text[from..at]);
            out.push(' ');
            from = at + word.len();
        }
    }
    out.push_str(&text[from..]);
    out
}

/// A word that is not language: a URL or path, a code, id, key, hash or
/// fingerprint.
fn not_words(token: &str) -> bool {
    let token = token.trim_matches(|c: char| "()[]{}.,;:!?\"'“”‘’«»<>".contains(c));
    let url = token.contains("://") || token.starts_with('/') || token.starts_with("mailto:");
    // `caucus-srv1:<base64url>` keys too.
    let code_chars = token
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_+/=:".contains(c));
    let digits = token.chars().any(|c| c.is_ascii_digit());
    let hex = token.len() >= 8 && token.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    // A short invite code, `K7QM-4XPD-93FT-WQ2B`, digits or not.
    let short_code = token.contains('-')
        && token.split('-').all(|group| {
            group.len() == 4
                && group
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        });
    url || hex || short_code || (code_chars && ((token.len() >= 8 && digits) || token.len() >= 20))
}

/// Holds a letter the pseudo-locale would have changed: an ASCII
/// consonant (its vowels stay ASCII, doubled).
fn untransformed(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_ascii_alphabetic() && !"aeiouAEIOU".contains(c))
}

/// The untransformed words of one collected piece, if any.
fn offending(piece: &Value, known: &Known) -> Option<String> {
    let text = piece["text"].as_str().unwrap_or_default();
    if !untransformed(text) {
        return None;
    }
    // A command line or a receipt, to copy as it is.
    if let Some(code) = piece["code"].as_str() {
        let code = code.trim();
        if code.starts_with("caucus ")
            || serde_json::from_str::<Value>(code).is_ok_and(|v| v.is_object())
        {
            return None;
        }
    }
    let flat = normalize(text);
    if piece["auto"] == json!(true) && known.prose.iter().any(|p| p.contains(&flat)) {
        return None;
    }
    // A line of an answer's label that a chart wrapped onto two.
    if piece["svg"] == json!(true) && known.exact.iter().any(|e| has_word(e, &flat)) {
        return None;
    }
    let mut rest = flat;
    for word in known.exact.iter().map(String::as_str).chain(["caucus"]) {
        rest = blank_word(&rest, word);
    }
    let left: Vec<&str> = rest
        .split_whitespace()
        .filter(|t| untransformed(t) && !not_words(t))
        .collect();
    (!left.is_empty()).then(|| left.join(" "))
}

/// The sweep over the pages shown: pieces checked, offenders found.
struct Sweep<'a> {
    driver: &'a Driver,
    known: &'a Known,
    offenders: Vec<String>,
    pieces: usize,
    pages: usize,
}

impl Sweep<'_> {
    /// Checks the page shown as `page`, after making sure it is the page
    /// meant, in the pseudo-locale: `key`'s text (a message without
    /// arguments) in its title or on it.
    fn page(&mut self, page: &str, key: &str) {
        let shown = self.driver.execute(
            "return {lang: document.documentElement.lang, text: document.title + ' ' + document.body.textContent};",
        );
        assert_eq!(shown["lang"], PSEUDO, "{page}: not in the pseudo-locale");
        let expected = text(PSEUDO, key, &[]);
        assert!(
            !untransformed(&expected),
            "the pseudo-locale is not on: {expected}"
        );
        assert!(
            shown["text"].as_str().unwrap().contains(&expected),
            "{page}: not the page meant, no {expected:?} in {}",
            shown["text"]
        );
        self.check(page);
    }

    /// Collects and checks the page shown, whatever it is.
    fn check(&mut self, page: &str) {
        let pieces = self.driver.execute(COLLECT);
        let pieces = pieces.as_array().unwrap();
        assert!(pieces.len() > 5, "{page}: nothing collected");
        self.pages += 1;
        self.pieces += pieces.len();
        let mut seen = std::collections::BTreeSet::new();
        for piece in pieces {
            if let Some(words) = offending(piece, self.known) {
                let line = format!(
                    "{page}: {} at {}: {:?} (not from a catalogue: {words:?})",
                    piece["kind"].as_str().unwrap_or_default(),
                    piece["where"].as_str().unwrap_or_default(),
                    normalize(piece["text"].as_str().unwrap_or_default()),
                );
                if seen.insert(line.clone()) {
                    self.offenders.push(line);
                }
            }
        }
    }
}

#[test]
fn every_page_and_report_in_the_pseudo_locale_shows_only_catalogue_text() {
    if skip_requested() {
        return;
    }
    let started = Instant::now();
    // Test only: the server (started below, inheriting it) and the CLI
    // (run in this process) offer the pseudo-locale with this variable.
    // Set before anything reads it, and before any other thread runs.
    std::env::set_var(PSEUDO_ENV, "1");
    assert!(
        caucus_core::i18n::language(PSEUDO).is_some(),
        "{PSEUDO_ENV}=1 was read too late"
    );

    let (f, _) = published();
    let base = f.base();
    let results = f.id.clone();
    let survey = create_survey(&f.server, &f.key_path, SURVEY);
    let mut survey_codes = invites(&f.key, &survey, 2);
    let statement = create_statement(&f.server, &f.key_path, STATEMENT);
    let statement_code = invites(&f.key, &statement, 1).remove(0);
    let known = Known::new(
        &Survey::from_toml(SURVEY).unwrap(),
        &Statement::from_toml(STATEMENT).unwrap(),
        &[SIGNER],
    );

    let driver = Driver::start(&f.dir.path().join("profile"), &[]);
    let mut sweep = Sweep {
        driver: &driver,
        known: &known,
        offenders: Vec::new(),
        pieces: 0,
        pages: 0,
    };
    let go = |path: &str| {
        let join = if path.contains('?') { '&' } else { '?' };
        driver.go(&format!("{base}{path}{join}lang={PSEUDO}"));
    };
    let fresh = survey_codes.pop().unwrap();
    let shown = survey_codes.pop().unwrap();

    go("/");
    sweep.page("home", "home-sealed");
    // Never offered: not in the switcher, even with the variable set.
    let switcher = driver
        .execute("return [...document.querySelectorAll('nav.languages a')].map((a) => a.lang);");
    let codes: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
    assert_eq!(
        switcher,
        json!(codes),
        "the switcher offers the shipped languages only"
    );
    // Nor does a browser's language reach it: only `?lang=` does.
    let asked = call(
        agent()
            .get(&format!("{base}/"))
            .set("Accept-Language", PSEUDO)
            .call(),
    )
    .1;
    assert!(asked.contains("<html lang=\"en\""), "{asked}");
    go("/privacy");
    sweep.page("privacy", "privacy-heading");
    go(&format!("/s/{survey}"));
    sweep.page("code-entry", "code-label");
    go(&format!("/s/{survey}?with=ticket"));
    sweep.page("ticket-entry", "survey-send");
    go(&format!("/s/{survey}?invite={shown}"));
    sweep.page("survey-form", "survey-send");
    submit_form(&driver, "form.survey", "");
    sweep.page("survey-refused", "survey-errors-title");
    go(&format!("/s/{survey}/ticket?invite={shown}"));
    sweep.page("ticket", "ticket-get-heading");
    // A survey's ticket page speaks of a survey (the message's variant
    // for surveys, not the one for statements).
    let key = text(
        PSEUDO,
        "ticket-key",
        &[
            ("kind", Arg::Text("survey".into())),
            ("key", Arg::Text(String::new())),
        ],
    );
    let before_key = key.split('<').next().unwrap();
    let page_text = driver.execute("return document.body.textContent;");
    assert!(
        page_text.as_str().unwrap().contains(before_key),
        "the ticket page's key sentence is not the survey's {before_key:?}"
    );
    go(&format!("/s/{survey}?invite={fresh}"));
    submit_form(&driver, "form.survey", FILL_SURVEY);
    sweep.page("thanks", "thanks-heading");
    go(&format!("/s/{results}/results"));
    sweep.page("results", "results-kicker");

    go(&format!("/st/{statement}"));
    sweep.page("statement", "statement-sign-named");
    let named = "form[action*='sign-named']";
    let invite = format!(
        "document.getElementById('invite-named').value = {};",
        json!(statement_code)
    );
    submit_form(&driver, named, &invite);
    sweep.page("signature-refused", "statement-errors-title");
    submit_form(
        &driver,
        named,
        &format!(
            "{invite} document.getElementById('name').value = {};",
            json!(SIGNER)
        ),
    );
    sweep.page("signed", "signed-heading");
    go(&format!("/st/{statement}"));
    sweep.page("statement-signed-by", "statement-sign-named");
    go(&format!("/st/{statement}/withdraw"));
    sweep.page("withdrawal", "withdraw-heading");
    go("/st/AAAAAAAAAAAAAAAAAAAAAA");
    sweep.page("not-found", "error-back-home");

    // The CLI's files, in the pseudo-locale too, opened from disk.
    let report = f.dir.path().join("report.html");
    let report_text = f
        .cli(&["tally", &results, "--format", "html", "--lang", PSEUDO])
        .expect("tally");
    std::fs::write(&report, report_text).unwrap();
    driver.go(&format!("file://{}", report.display()));
    sweep.page("cli-report", "report-made-with");
    let sheet = f.dir.path().join("invites.html");
    f.cli(&[
        "invites",
        &survey,
        "--count",
        "3",
        "--format",
        "html",
        "--lang",
        PSEUDO,
        "--out",
        sheet.to_str().unwrap(),
    ])
    .expect("invites");
    driver.go(&format!("file://{}", sheet.display()));
    sweep.page("cli-invites", "invites-ticket-key");

    let (pages, pieces, offenders) = (sweep.pages, sweep.pieces, sweep.offenders);
    eprintln!(
        "pseudo-locale sweep: {pages} pages, {pieces} pieces of text checked in {:.0?}",
        started.elapsed()
    );
    assert!(
        offenders.is_empty(),
        "{} pieces of text not from the catalogues:\n{}",
        offenders.len(),
        offenders.join("\n")
    );

    // With the page's script on: a refused ticket is told in the page's
    // words only (the server's English reason is not shown).
    drop(driver);
    ticket_failure_in_the_page_language(&f, &survey, &fresh);
}

/// The ticket page of a spent invite, with JavaScript on: pressing "Get an
/// anonymous ticket" fails, and says so in the page's language, in the
/// pseudo-locale and in German, with the catalogue's reason for the
/// server's refusal.
fn ticket_failure_in_the_page_language(f: &Fixture, survey: &str, spent: &str) {
    let driver = Driver::start_with_javascript(&f.dir.path().join("profile-js"), &[]);
    for lang in [PSEUDO, "de"] {
        driver.go(&format!(
            "{}/s/{survey}/ticket?invite={spent}&lang={lang}",
            f.base()
        ));
        assert!(
            driver.wait_until("return !document.getElementById('ticket').hidden;"),
            "the script shows the offer"
        );
        driver.click(".ticket-get");
        let getting = text(lang, "ticket-getting", &[]);
        assert!(
            driver.wait_until(&format!(
                "const s = document.querySelector('.ticket-status').textContent; \
                 return s !== '' && s !== {};",
                json!(getting)
            )),
            "{lang}: no outcome"
        );
        let status = driver.execute("return document.querySelector('.ticket-status').textContent;");
        let expected = format!(
            "{} {}",
            text(lang, "ticket-failed", &[]),
            text(lang, "error-message-invite-spent", &[])
        );
        assert_eq!(status, json!(expected), "{lang}");
        if lang == PSEUDO {
            assert!(!untransformed(&expected), "{expected}");
        }
    }
}

/// Without the variable, the pseudo-locale does not exist: `?lang=en-XA`
/// is an unknown choice (the browser's language, then English, decide),
/// and no `Accept-Language` ever picks it.
#[test]
fn without_its_variable_the_pseudo_locale_is_not_there() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let log_path = data.with_extension("stderr.log");
    let log = std::fs::File::create(&log_path).expect("log");
    let mut command: Command = server_command(&data, &[&key()]);
    command.env_remove(PSEUDO_ENV).arg("--log").arg("info");
    let server = Server::spawn(command, &data, &log_path, log);
    let page = |query: &str, accept: &str| {
        let url = format!("{}/{query}", server.base);
        call(agent().get(&url).set("Accept-Language", accept).call()).1
    };
    let english = page(&format!("?lang={PSEUDO}"), "en");
    assert!(english.contains("<html lang=\"en\""), "{english}");
    assert!(!english.contains(PSEUDO), "{english}");
    let german = page(&format!("?lang={PSEUDO}"), "de");
    assert!(german.contains("<html lang=\"de\""), "{german}");
    let asked = page("", PSEUDO);
    assert!(asked.contains("<html lang=\"en\""), "{asked}");
    assert!(Path::new(&log_path).exists());
}

/// The sweep's own rules, on pieces made up here: what it lets pass, and
/// what it reports.
#[test]
fn the_sweep_tells_catalogue_text_from_other_text() {
    let known = Known::new(
        &Survey::from_toml(SURVEY).unwrap(),
        &Statement::from_toml(STATEMENT).unwrap(),
        &[SIGNER],
    );
    let piece = |text: &str, extra: Value| {
        let mut piece = json!({"text": text, "code": null, "auto": false, "svg": false});
        for (name, value) in extra.as_object().unwrap() {
            piece[name] = value.clone();
        }
        offending(&piece, &known)
    };
    let passes = [
        ("Ŧħiş ƥaaɠee, 12 ḓaaẏş (33%) 2031-05-01", json!({})),
        ("Ŀaaƞɠuuaaɠee: caucus — Engineering", json!({})),
        (
            "Řeeşuuŀŧş: Monitoring at work and AI training: what do we know, what do we want?",
            json!({}),
        ),
        ("Ada Quillon, “ƈooḿḿeeƞŧ”", json!({})),
        (
            "K7QM-4XPD-93FT-WQWB ab12-cd34-ef56-7890 sEtE0Nlb3pfQP8-1496pwg",
            json!({}),
        ),
        (
            "caucus-srv1:sHP5xw5gF1QlROHHJdwwzI7KC93mme54JepSECJ4VPI",
            json!({}),
        ),
        (
            "ooř ooƥeeƞ http://127.0.0.1:8080/s/x aaƞḓ /privacy?lang=en-XA",
            json!({}),
        ),
        (
            "--server=",
            json!({"code": "caucus verify ID --server=http://x"}),
        ),
        (
            "\"sealed_sha256\"",
            json!({"code": "{\"sealed_sha256\": \"ab\"}"}),
        ),
        ("train AI models", json!({"auto": true})),
        ("anything is sent", json!({"svg": true})),
    ];
    for (text, extra) in passes {
        assert_eq!(piece(text, extra), None, "{text}");
    }
    let reported = [
        ("Send", json!({})),
        ("Ŧħiş iş Required", json!({})),
        ("Engineering team", json!({})),
        ("Please check", json!({"code": "Please check"})),
        ("train AI models", json!({})),
        ("anything is sent", json!({"auto": true})),
    ];
    for (text, extra) in reported {
        assert!(piece(text, extra).is_some(), "{text} passed");
    }
}
