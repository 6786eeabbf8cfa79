//! An independent Privacy Pass client, `@cloudflare/privacypass-ts` run by
//! node (web/stock-client.mjs), obtains a ticket from the real server with
//! nothing caucus-specific but the `Caucus-Invite` header, and the ticket
//! is accepted for a survey answer and a statement signature.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::*;
use serde_json::json;

fn web_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../web")
}

/// Run the stock client; (status, body) of the answer it sent.
fn stock_client(url: &str, invite: &str, body: &serde_json::Value) -> (u16, String) {
    let web = web_dir();
    assert!(
        web.join("node_modules/@cloudflare/privacypass-ts").is_dir(),
        "the stock client is not installed: npm ci --prefix web"
    );
    let output = Command::new("node")
        .arg(web.join("stock-client.mjs"))
        .args([url, invite, &body.to_string()])
        .current_dir(&web)
        .output()
        .expect("node (Node.js 20 or later) runs");
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(
        output.status.success(),
        "the stock client failed: {stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let (status, rest) = stdout.split_once('\n').expect("status line");
    (status.trim().parse().expect("status"), rest.to_string())
}

#[test]
fn a_stock_privacy_pass_client_gets_a_ticket_and_answers_with_it() {
    let f = Fixture::new();
    let id = f.id.clone();
    let code = f.cli(&["invites", &id, "--count", "1"]).expect("invites");
    let code = code.trim().rsplit("invite=").next().unwrap().to_string();
    let url = format!("{}/api/v1/surveys/{id}/responses", f.base());
    let (status, body) = stock_client(
        &url,
        &code,
        &json!({"answers": answers("Operations", 4, "")}),
    );
    assert_eq!(status, 201, "{body}");
    assert!(body.contains("receipt"), "{body}");
    // The invite went for the ticket, and the ticket for the answer.
    assert_eq!(
        submit(f.base(), &id, &code, &answers("Operations", 4, "")).0,
        409
    );
    let status = f.cli(&["survey", "status", &id]).expect("status");
    assert!(status.contains("responses: 1"), "{status}");

    let statement = create_statement(
        &f.server,
        &f.key_path,
        "title = \"t\"\nbody = \"b\"\nanonymous = true\n",
    );
    let long = invites(&f.key, &statement, 1).remove(0);
    let url = format!("{}/api/v1/statements/{statement}/signatures", f.base());
    let (status, body) = stock_client(&url, &long, &json!({"anonymous": true}));
    assert_eq!(status, 201, "{body}");
}
