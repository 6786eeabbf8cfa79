//! `--lang` of the CLI's HTML report, as people run it: `caucus redact
//! --format html --lang es` (offline, from a JSON report) writes the
//! report in Spanish, and an unknown code is a usage error that names the
//! shipped ones; `caucus invites --lang` refuses an unknown code the same way.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

use std::path::Path;
use std::process::Command;

use caucus_core::i18n::{text, LANGUAGES};

/// `caucus redact` of the by-area golden report with no edits, as HTML
/// with `extra` arguments; (exit code, stdout, stderr).
fn report(extra: &[&str]) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let edits = dir.path().join("edits.toml");
    std::fs::write(&edits, "").unwrap();
    let json = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/by-area.json");
    let output = Command::new(env!("CARGO_BIN_EXE_caucus"))
        .arg("redact")
        .arg(&json)
        .arg("--edits")
        .arg(&edits)
        .args(["--format", "html"])
        .args(extra)
        .env_remove("CAUCUS_SERVER")
        .env_remove("CAUCUS_KEY")
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn lang_es_writes_the_report_in_spanish() {
    let (code, html, stderr) = report(&["--lang", "es"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(html.contains("<html lang=\"es\" dir=\"ltr\">"), "{html}");
    for heading in [
        "<p class=\"rp-kicker\">Resultados de la encuesta</p>",
        "<h2 id=\"rp-everyone\">Todas las personas</h2>",
        "<h2 id=\"rp-groups\">Por area</h2>",
        "<th scope=\"col\">Respuesta</th><th scope=\"col\">Recuento</th>",
        "40 respuestas",
        "Totalmente en desacuerdo",
    ] {
        assert!(html.contains(heading), "no {heading:?} in {html}");
    }
    for english in [
        "Survey results",
        "Everyone",
        "Strongly disagree",
        "Answered:",
        "Report made on",
    ] {
        assert!(
            !html.contains(english),
            "English {english:?} left in {html}"
        );
    }
    // The organisers' own words are theirs: not translated.
    assert!(html.contains("Which part of the organisation do you work in?"));
}

#[test]
fn arabic_is_right_to_left_and_english_is_the_default() {
    let (code, html, stderr) = report(&["--lang", "ar"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains(&text("ar", "results-everyone", &[])));
    let (code, html, _) = report(&[]);
    assert_eq!(code, 0);
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("<h2 id=\"rp-everyone\">Everyone</h2>"));
}

#[test]
fn an_unknown_language_is_a_usage_error_naming_the_shipped_ones() {
    let (code, html, stderr) = report(&["--lang", "xx"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(html.is_empty());
    assert!(stderr.contains("xx"), "{stderr}");
    let codes: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
    assert!(stderr.contains(&codes.join(", ")), "{stderr}");
}

/// `caucus invites --lang` takes language tags (a campaign may be
/// translated into any language); one that is no tag is refused before
/// any server is asked.
#[test]
fn the_invite_sheet_refuses_a_malformed_language() {
    let output = Command::new(env!("CARGO_BIN_EXE_caucus"))
        .args(["invites", "abc", "--format", "html", "--lang", "es,pt_br"])
        .args(["--server", "http://127.0.0.1:9", "--key", "/nonexistent"])
        .env_remove("CAUCUS_SERVER")
        .env_remove("CAUCUS_KEY")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("write `pt-BR`"), "{stderr}");
}
