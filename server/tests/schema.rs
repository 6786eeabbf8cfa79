//! Schema testing: schemathesis (pinned below) reads the server's own
//! `GET /api/v1/openapi.json` and throws generated requests, valid and
//! not, at every documented operation of a real server. The test fails on
//! any 5xx, any status, content type, header or body the document does not
//! declare, valid data refused or invalid data accepted, and on any change
//! an unsigned request made to what organisers own.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{agent, call, Fixture, SURVEY};
use serde_json::json;

/// The version this test was written against; CI installs exactly this.
const SCHEMATHESIS: &str = "4.32.5";
/// Schemathesis's own budget: it fuzzes until this is spent.
const MAX_TIME_S: u64 = 120;
/// Generated cases per operation and phase.
const MAX_EXAMPLES: u32 = 20;
/// Fixed, so a failure can be reproduced with the same cases.
const SEED: u64 = 1;
/// Hard bound on the run, past which schemathesis is stopped by PID.
const KILL_AFTER: Duration = Duration::from_secs(MAX_TIME_S + 180);

/// Open for named signatures without an invite, so generated signatures
/// get through; revealed by the organiser after two invite-backed ones
/// (signed below), so the statement and its entries carry names.
const STATEMENT: &str = r#"title = "Schema test statement"
body = "We ask for **fair** conditions."
named = true
anonymous = true
invite_required_for_named = false
reveal_at = 2
"#;

fn require_schemathesis() {
    let install = format!("pip install schemathesis=={SCHEMATHESIS}");
    let output = Command::new("schemathesis").arg("--version").output();
    let version = match output {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).into_owned(),
        Ok(out) => panic!(
            "schemathesis --version failed ({}): {install}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(err) => panic!("schemathesis is not installed ({err}): {install}"),
    };
    assert!(
        version.trim().ends_with(&format!("version {SCHEMATHESIS}")),
        "found {}, this test is pinned to {SCHEMATHESIS}: {install}",
        version.trim()
    );
}

/// What organisers own, as a signed reader sees it.
fn organiser_view(fixture: &Fixture, surveys: &[&str]) -> Vec<String> {
    let mut view = Vec::new();
    for id in surveys {
        view.push(fixture.cli(&["survey", "status", id]).expect("status"));
        let (status, body) = call(
            agent()
                .get(&format!("{}/api/v1/surveys/{id}/results", fixture.base()))
                .call(),
        );
        view.push(format!("{status} {body}"));
    }
    view
}

fn config(dir: &Path, surveys: &[&str], statement: &str) -> std::path::PathBuf {
    let quoted = |ids: &[&str]| {
        ids.iter()
            .map(|id| format!("\"{id}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // Real ids most of the time, so requests reach past "not found"; the
    // rest are generated. Positive data may still be refused where the
    // document cannot say why: a closed survey (410), answers that do not
    // fit its questions (422), tree sizes beyond the current log (400), a
    // witness key whose id or point does not check out (400), a ticket in
    // the Authorization header beside an invite or ticket in the body (400:
    // OpenAPI 3.0 cannot tie a header to a body field). Negative data
    // may meet the same closed survey (410) or an oversized body (413).
    let text = format!(
        r#"seed = {SEED}
max-time = {MAX_TIME_S}
workers = 1

[generation]
max-examples = {MAX_EXAMPLES}
database = "none"

[cache]
enabled = false

[checks]
negative_data_rejection = {{ expected-statuses = [400, 401, 403, 404, 405, 406, 409, 410, 413, 415, 422, 428, 429] }}
positive_data_acceptance = {{ expected-statuses = ["2xx", 401, 403, 404, 409, 410, 429] }}

[dictionaries.surveys]
values = [{surveys}]

[dictionaries.statements]
values = ["{statement}"]

[[operations]]
include-path-regex = "/surveys/[{{]id[}}]"
parameters = {{ "path.id" = {{ dictionary = "surveys", probability = 0.7 }} }}

[[operations]]
include-path-regex = "^/api/v1/statements/"
parameters = {{ "path.id" = {{ dictionary = "statements", probability = 0.7 }} }}

[[operations]]
include-path-regex = "^/log/"
parameters = {{ "path.id" = {{ dictionary = "statements", probability = 0.7 }} }}

[[operations]]
include-path-regex = "/proof/|/cosignatures$"
checks = {{ positive_data_acceptance = {{ expected-statuses = ["2xx", 400, 404, 409, 429] }} }}

[[operations]]
include-path-regex = "^/api/v1/surveys/[{{]id[}}]/responses$"
checks = {{ positive_data_acceptance = {{ expected-statuses = ["2xx", 400, 401, 403, 404, 409, 410, 413, 422, 429] }} }}

[[operations]]
include-path-regex = "^/api/v1/statements/[{{]id[}}]/signatures$"
checks = {{ positive_data_acceptance = {{ expected-statuses = ["2xx", 400, 401, 403, 404, 409, 410, 429] }} }}

[[operations]]
include-path-regex = "^/api/v1/tickets$"
checks = {{ positive_data_acceptance = {{ expected-statuses = ["2xx", 400, 401, 403, 409, 410, 429] }} }}
"#,
        surveys = quoted(surveys),
    );
    let path = dir.join("schemathesis.toml");
    std::fs::write(&path, text).expect("config");
    std::fs::write(dir.join("caucus_hooks.py"), HOOKS).expect("hooks");
    path
}

/// The Privacy Pass media types, which schemathesis does not know: a token
/// request is drawn as bytes around its 52 (the server says 400 to all but
/// well-formed ones, and the expected statuses above allow it), and the
/// issuer directory is JSON.
const HOOKS: &str = r#"import json
import schemathesis
from hypothesis import strategies as st

schemathesis.openapi.media_type(
    "application/private-token-request", st.binary(min_size=0, max_size=80)
)


@schemathesis.deserializer("application/private-token-issuer-directory")
def issuer_directory(ctx, response):
    return json.loads(response.content)
"#;

#[test]
fn the_server_conforms_to_its_openapi_document() {
    require_schemathesis();
    let fixture = Fixture::new();
    let base = fixture.base().to_string();
    let open = fixture.id.clone();
    let closed = common::create_survey(&fixture.server, &fixture.key_path, SURVEY);
    fixture.cli(&["close", &closed]).expect("close");
    fixture.cli(&["publish", &closed]).expect("publish");
    let statement_file = fixture.dir.path().join("statement.toml");
    std::fs::write(&statement_file, STATEMENT).expect("statement file");
    let printed = fixture
        .cli(&[
            "statement",
            "create",
            statement_file.to_str().expect("utf8"),
        ])
        .expect("statement create");
    let statement = printed.lines().last().expect("id").trim().to_string();
    let invites = common::invites(&fixture.key, &statement, 2);
    for (name, invite) in ["Ada", "Bo"].into_iter().zip(&invites) {
        let (status, body) = call(
            agent()
                .post(&format!("{base}/api/v1/statements/{statement}/signatures"))
                .send_json(json!({"name": name, "role": "nurse", "invite": invite})),
        );
        assert_eq!(status, 201, "{body}");
    }
    common::reveal(&fixture.server, &fixture.key_path, &statement).expect("reveal");
    let surveys = [open.as_str(), closed.as_str()];
    let before = organiser_view(&fixture, &surveys);

    let work = tempfile::tempdir().expect("tempdir");
    let config = config(work.path(), &surveys, &statement);
    let operations =
        serde_json::from_str::<serde_json::Value>(caucus_server::handlers::openapi::DOCUMENT)
            .expect("document")["paths"]
            .as_object()
            .expect("paths")
            .values()
            .map(|item| item.as_object().expect("item").len())
            .sum::<usize>();
    let started = Instant::now();
    let mut child = Command::new("schemathesis")
        .arg("--config-file")
        .arg(&config)
        .arg("--no-color")
        .arg("run")
        .arg(format!("{base}/api/v1/openapi.json"))
        .arg("--checks")
        .arg("all")
        .current_dir(work.path())
        .env("SCHEMATHESIS_HOOKS", "caucus_hooks")
        .env("PYTHONPATH", work.path())
        // Loopback only: no proxy may stand between it and the server.
        .env("NO_PROXY", "127.0.0.1")
        .env_remove("HTTP_PROXY")
        .env_remove("HTTPS_PROXY")
        .env_remove("ALL_PROXY")
        .env_remove("http_proxy")
        .env_remove("https_proxy")
        .env_remove("all_proxy")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start schemathesis");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let (done, finished) = mpsc::channel();
    std::thread::spawn(move || {
        let mut out = String::new();
        let _ = stdout.read_to_string(&mut out);
        let mut err = String::new();
        let _ = stderr.read_to_string(&mut err);
        let _ = done.send(format!("{out}\n{err}"));
    });
    let output = match finished.recv_timeout(KILL_AFTER) {
        Ok(output) => output,
        Err(_) => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("schemathesis ran past {KILL_AFTER:?}; stopped");
        }
    };
    let status = child.wait().expect("schemathesis exit");
    let elapsed = started.elapsed();
    let summary: Vec<&str> = output
        .lines()
        .filter(|l| {
            l.contains("Selected:")
                || l.contains("Tested:")
                || l.contains(" generated, ")
                || l.contains(" in ")
                    && (l.contains("passed") || l.contains("failure") || l.contains("error"))
        })
        .collect();
    println!(
        "schemathesis {SCHEMATHESIS}, seed {SEED}, max-time {MAX_TIME_S}s, max-examples {MAX_EXAMPLES}, {operations} operations, {:.0}s:\n{}",
        elapsed.as_secs_f64(),
        summary.join("\n")
    );
    assert!(status.success(), "schemathesis found problems:\n{output}");
    // Schemathesis leaves out the operation that serves the document
    // itself; every other one must have been run.
    let count = |label: &str| {
        output
            .lines()
            .find_map(|l| l.trim().strip_prefix(label))
            .and_then(|rest| rest.split('/').next())
            .and_then(|n| n.trim().parse::<usize>().ok())
    };
    assert_eq!(
        (count("Selected:"), count("Tested:")),
        (Some(operations - 1), Some(operations - 1)),
        "not every documented operation was tested:\n{output}"
    );

    assert_eq!(
        organiser_view(&fixture, &surveys),
        before,
        "unsigned requests changed what organisers own"
    );
    let log = std::fs::read_to_string(&fixture.server.stderr_log).expect("server log");
    assert!(
        !log.contains("internal error") && !log.contains("panicked"),
        "the server logged an internal error or a panic:\n{log}"
    );
}
