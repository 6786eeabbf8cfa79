//! `caucus-server --demo` as a newcomer meets it: the links it prints must
//! work, on the first start and on every later one, and the commands it
//! prints must run as printed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use common::{agent, answers, call, cli, submit};
use serde_json::{json, Value};

/// A `--demo` server and what it printed before serving; killed (by PID)
/// when dropped.
struct Demo {
    child: Child,
    base: String,
    banner: String,
}

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Demo {
    fn start(data: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_caucus-server"))
            .args(["--demo", "--bind", "127.0.0.1:0", "--log", "warn", "--data"])
            .arg(data)
            .env_remove("CAUCUS_ORGANISER")
            .env_remove("CAUCUS_DEMO")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start caucus-server --demo");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let mut banner = String::new();
        // The banner ends with the statement's verify command.
        loop {
            let line = lines
                .next()
                .and_then(Result::ok)
                .unwrap_or_else(|| panic!("the demo stopped before its banner ended:\n{banner}"));
            banner.push_str(&line);
            banner.push('\n');
            if line.contains("caucus verify ") {
                break;
            }
        }
        std::thread::spawn(move || for _ in lines {});
        let base = banner
            .lines()
            .find_map(|l| l.strip_prefix("caucus-server listening on "))
            .expect("listening line")
            .trim()
            .to_string();
        Self {
            child,
            base,
            banner,
        }
    }

    /// The invite links under `/{kind}/` (`s` or `st`): (campaign id, invite).
    fn links(&self, kind: &str) -> Vec<(String, String)> {
        let prefix = format!("{}/{kind}/", self.base);
        self.banner
            .lines()
            .filter_map(|l| l.trim().strip_prefix(prefix.as_str()))
            .map(|rest| {
                let (id, invite) = rest.split_once("?invite=").expect("invite link");
                (id.to_string(), invite.to_string())
            })
            .collect()
    }

    /// The one campaign id the `kind` links share.
    fn id(&self, kind: &str) -> String {
        let links = self.links(kind);
        let id = links.first().expect("links").0.clone();
        assert!(links.iter().all(|(i, _)| *i == id), "{}", self.banner);
        id
    }

    /// Run the first printed command line `caucus {verb} ...`, with
    /// `extra` arguments after it.
    fn run_printed(&self, verb: &str, extra: &[&str]) -> anyhow::Result<String> {
        let start = format!("caucus {verb} ");
        let line = self
            .banner
            .lines()
            .find_map(|l| l.find(&start).map(|at| &l[at..]))
            .unwrap_or_else(|| panic!("no `{start}` line in\n{}", self.banner));
        let args: Vec<&str> = line
            .split_whitespace()
            .skip(1)
            .chain(extra.iter().copied())
            .collect();
        cli(&args)
    }

    fn stop(self) {}
}

#[test]
fn a_start_after_the_demo_survey_was_closed_prints_links_that_work() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");

    let first = Demo::start(&data);
    let old = first.id("s");
    let (_, invite) = first.links("s").remove(0);
    let (status, body) = submit(&first.base, &old, &invite, &answers("Operations", 2, ""));
    assert_eq!(status, 201, "{body}");
    first
        .run_printed("close", &[])
        .expect("the printed close command");
    first.stop();

    // The closed survey is kept; a new one takes the links.
    let second = Demo::start(&data);
    let new = second.id("s");
    assert_ne!(new, old, "{}", second.banner);
    assert!(
        second.banner.contains(&format!("({old}) is closed")),
        "the banner says why the survey changed:\n{}",
        second.banner
    );
    let (_, invite) = second.links("s").remove(0);
    let (status, body) = submit(&second.base, &new, &invite, &answers("Other", 3, ""));
    assert_eq!(status, 201, "a link of the second start works: {body}");
    let (status, old_view) = call(
        agent()
            .get(&format!("{}/api/v1/surveys/{old}", second.base))
            .call(),
    );
    assert_eq!(status, 200, "the closed demo survey is still there");
    assert!(old_view.contains("closed"), "{old_view}");
    second.stop();

    // An open one is kept, with the answers it has.
    let third = Demo::start(&data);
    assert_eq!(third.id("s"), new, "{}", third.banner);
    assert!(third.banner.contains("still open"), "{}", third.banner);
}

#[test]
fn the_demo_statement_reaches_its_reveal_with_the_printed_links() {
    let dir = tempfile::tempdir().expect("tempdir");
    let demo = Demo::start(&dir.path().join("data"));
    let id = demo.id("st");
    let links = demo.links("st");
    let view = |demo: &Demo| -> Value {
        let url = format!("{}/api/v1/statements/{id}", demo.base);
        serde_json::from_str(&call(agent().get(&url).call()).1).expect("json")
    };
    let threshold = view(&demo)["reveal_at"].as_u64().expect("reveal_at");
    assert!(
        (links.len() as u64) >= threshold,
        "{} links for a threshold of {threshold}",
        links.len()
    );
    assert!(
        demo.banner
            .contains(&format!("sealed until {threshold} people")),
        "{}",
        demo.banner
    );
    let names = ["Ada Zebrafinch", "Grace Quokka", "Hedy Marmoset"];
    for (i, (_, invite)) in links.iter().take(threshold as usize).enumerate() {
        let body = match names.get(i) {
            Some(name) => json!({"name": name, "invite": invite}),
            None => json!({"anonymous": true, "invite": invite}),
        };
        let (status, reply) = call(
            agent()
                .post(&format!("{}/api/v1/statements/{id}/signatures", demo.base))
                .send_json(body),
        );
        assert_eq!(status, 201, "{reply}");
    }
    assert_eq!(view(&demo)["threshold_reached"], true);
    let printed = demo
        .run_printed("statement", &[])
        .expect("the printed reveal command");
    assert!(printed.contains("published"), "{printed}");
    let shown = view(&demo).to_string();
    assert!(shown.contains("Zebrafinch"), "{shown}");
    // Its state goes to this test's directory, not the home directory.
    let state = dir.path().join("verify-state");
    demo.run_printed("verify", &["--state", state.to_str().expect("utf8")])
        .expect("the printed verify command");
}
