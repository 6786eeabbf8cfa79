//! Witness cosignatures under attack, as an outside review ran it: a flood
//! of throw-away witness keys, a stranger's cosignature that would push a
//! real witness out, and the cosignature-then-signature sequence that once
//! stopped every write on the server. Only witnesses the organisers named
//! in the signed header are kept; the served checkpoint stays within what
//! every C2SP verifier accepts; and survey answers keep being stored.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use caucus_core::log::checkpoint::cosign;
use caucus_core::log::note::{verifier_key, Note, COSIGNATURE_V1};
use caucus_core::OrganiserKey;
use common::*;
use serde_json::{json, Value};

struct Witness {
    name: String,
    key: OrganiserKey,
}

impl Witness {
    fn new(name: &str) -> Self {
        Self {
            name: name.to_string(),
            key: key(),
        }
    }

    fn vkey(&self) -> String {
        verifier_key(
            &self.name,
            COSIGNATURE_V1,
            &self.key.ed25519().verifying_key(),
        )
    }

    /// A cosignature line over this checkpoint note.
    fn line(&self, checkpoint: &str) -> String {
        let note = Note::parse(checkpoint).expect("checkpoint note");
        let signature =
            cosign(&note, &self.name, self.key.ed25519(), 1_790_000_000).expect("cosign");
        Note {
            text: note.text,
            signatures: vec![signature],
        }
        .to_text()
        .lines()
        .last()
        .expect("line")
        .to_string()
    }
}

struct Target {
    f: Fixture,
    st: String,
    named: Vec<Witness>,
    /// Survey invites not used yet.
    survey_invites: std::cell::RefCell<Vec<String>>,
}

impl Target {
    /// A statement naming `n` witnesses, beside the fixture's survey.
    fn new(n: usize) -> Self {
        let f = Fixture::new();
        let named: Vec<Witness> = (0..n)
            .map(|i| Witness::new(&format!("witness{i}.example")))
            .collect();
        let list: Vec<String> = named.iter().map(|w| format!("{:?}", w.vkey())).collect();
        let text = format!(
            "title = \"Witnessed\"\nbody = \"Text.\"\nwitnesses = [{}]\n",
            list.join(", ")
        );
        let st = create_statement(&f.server, &f.key_path, &text);
        let survey_invites = std::cell::RefCell::new(f.invites(40));
        Self {
            f,
            st,
            named,
            survey_invites,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}/api/v1/statements/{}{path}", self.f.base(), self.st)
    }

    fn checkpoint(&self) -> String {
        let (status, text) = call(agent().get(&self.url("/checkpoint")).call());
        assert_eq!(status, 200, "{text}");
        text
    }

    fn cosign(&self, witness: &Witness) -> (u16, String) {
        self.cosign_as(&witness.vkey(), &witness.line(&self.checkpoint()))
    }

    fn cosign_as(&self, vkey: &str, line: &str) -> (u16, String) {
        call(
            agent()
                .post(&self.url("/cosignatures"))
                .send_json(json!({"witness": vkey, "cosignature": line})),
        )
    }

    fn sign(&self) {
        let invite = invites(&self.f.key, &self.st, 1).remove(0);
        let (status, text) = call(
            agent()
                .post(&self.url("/signatures"))
                .send_json(json!({"anonymous": true, "invite": invite})),
        );
        assert_eq!(status, 201, "signing: {text}");
    }

    /// The service still stores survey answers: the point of item 1.
    fn answer_is_stored(&self, after: &str) {
        let invite = self.survey_invites.borrow_mut().pop().expect("invite");
        let (status, body) = submit(
            self.f.base(),
            &self.f.id,
            &invite,
            &answers("Operations", 2, ""),
        );
        assert_eq!(status, 201, "a survey answer after {after}: {body}");
    }

    fn verify(&self, witnesses: &[&Witness]) -> anyhow::Result<Value> {
        let state = self
            .f
            .dir
            .path()
            .join(format!("state-{}", rand::random::<u32>()));
        let vkeys: Vec<String> = witnesses.iter().map(|w| w.vkey()).collect();
        let mut args = vec![
            "verify".to_string(),
            self.st.clone(),
            "--server".into(),
            self.f.base().into(),
            "--state".into(),
            state.to_str().expect("utf8").into(),
            "--json".into(),
        ];
        for vkey in vkeys {
            args.extend(["--witness".to_string(), vkey]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        Ok(serde_json::from_str(&cli(&args)?)?)
    }
}

fn signature_lines(note: &str) -> usize {
    note.lines().filter(|l| l.starts_with('\u{2014}')).count()
}

#[test]
fn a_flood_of_stranger_witnesses_is_refused_and_writes_go_on() {
    let t = Target::new(1);
    t.sign();
    for i in 0..120 {
        let stranger = Witness::new(&format!("throwaway{i}.example"));
        let (status, body) = t.cosign(&stranger);
        assert_eq!(status, 403, "stranger {i}: {body}");
        assert_eq!(
            serde_json::from_str::<Value>(&body).expect("json")["error"],
            "unknown_witness"
        );
    }
    assert_eq!(signature_lines(&t.checkpoint()), 1, "only the log's own");
    t.verify(&[]).expect("verify after the flood");
    t.answer_is_stored("a flood of 120 keys");

    // The sequence that once stopped the commit thread: a signature, then
    // one more stranger's cosignature, then any write at all.
    t.sign();
    let (status, _) = t.cosign(&Witness::new("one-more.example"));
    assert_eq!(status, 403);
    t.answer_is_stored("a cosignature after a signature");
    t.sign();

    // The named witness is still welcome, and is served.
    let (status, body) = t.cosign(&t.named[0]);
    assert_eq!(status, 200, "{body}");
    assert_eq!(signature_lines(&t.checkpoint()), 2);
    t.verify(&[&t.named[0]]).expect("witnessed verify");
    t.answer_is_stored("a named witness's cosignature");
}

#[test]
fn a_stranger_cannot_push_out_a_named_witness() {
    let t = Target::new(1);
    t.sign();
    assert_eq!(t.cosign(&t.named[0]).0, 200);
    t.sign();
    // A larger checkpoint than the one the real witness cosigned.
    let (status, _) = t.cosign(&Witness::new("evictor.example"));
    assert_eq!(status, 403);
    let report = t
        .verify(&[&t.named[0]])
        .expect("the real witness still verifies");
    assert_eq!(report["witnessed_by"], json!(["witness0.example"]));
    t.answer_is_stored("an eviction attempt");
}

#[test]
fn witnesses_that_cosigned_different_sizes_both_verify() {
    let t = Target::new(2);
    t.sign();
    assert_eq!(t.cosign(&t.named[0]).0, 200);
    t.sign();
    t.sign();
    assert_eq!(t.cosign(&t.named[1]).0, 200);
    t.sign();
    let report = t
        .verify(&[&t.named[0], &t.named[1]])
        .expect("A at 3 and B at 5, both consistent with 6");
    assert_eq!(
        report["witnessed_by"],
        json!(["witness0.example", "witness1.example"])
    );
    // Each witness's latest cosignature is listed with its checkpoint.
    let (status, text) = call(agent().get(&t.url("/witnesses")).call());
    assert_eq!(status, 200, "{text}");
    let list: Value = serde_json::from_str(&text).expect("json");
    let sizes: Vec<u64> = list["witnesses"]
        .as_array()
        .expect("array")
        .iter()
        .map(|w| w["size"].as_u64().expect("size"))
        .collect();
    // The header and the ticket key, then one signature per `sign`.
    assert_eq!(sizes, vec![3, 5]);
    // A witness not named by the organisers is refused by the verifier too.
    let stranger = Witness::new("stranger.example");
    let refused = t.verify(&[&stranger]).expect_err("not named");
    assert!(format!("{refused:#}").contains("not named"), "{refused:#}");
}

#[test]
fn a_served_checkpoint_carries_at_most_sixteen_cosignatures() {
    let t = Target::new(16);
    t.sign();
    for w in &t.named {
        assert_eq!(t.cosign(w).0, 200, "{}", w.name);
        // A witness cosigning the same checkpoint again replaces itself.
        assert_eq!(t.cosign(w).0, 200, "{} again", w.name);
    }
    let checkpoint = t.checkpoint();
    assert_eq!(signature_lines(&checkpoint), 17, "{checkpoint}");
    let (_, witnessed) = call(agent().get(&t.url("/witnessed")).call());
    assert_eq!(signature_lines(&witnessed), 17, "{witnessed}");
    let everyone: Vec<&Witness> = t.named.iter().collect();
    t.verify(&everyone).expect("all sixteen verify");
    t.answer_is_stored("sixteen cosignatures");

    // Seventeen cannot be named, nor one key under two names.
    let seventeen: Vec<String> = (0..17)
        .map(|i| format!("{:?}", Witness::new(&format!("w{i}")).vkey()))
        .collect();
    let file = t.f.dir.path().join("seventeen.toml");
    std::fs::write(
        &file,
        format!(
            "title = \"t\"\nbody = \"b\"\nwitnesses = [{}]\n",
            seventeen.join(",")
        ),
    )
    .expect("write");
    let refused =
        t.f.cli(&["statement", "create", file.to_str().expect("utf8")])
            .expect_err("17 witnesses");
    assert!(format!("{refused:#}").contains("at most 16"), "{refused:#}");
    let shared = key();
    let twice: Vec<String> = ["a.example", "b.example"]
        .iter()
        .map(|name| {
            format!(
                "{:?}",
                verifier_key(name, COSIGNATURE_V1, &shared.ed25519().verifying_key())
            )
        })
        .collect();
    std::fs::write(
        &file,
        format!(
            "title = \"t\"\nbody = \"b\"\nwitnesses = [{}]\n",
            twice.join(",")
        ),
    )
    .expect("write");
    let refused =
        t.f.cli(&["statement", "create", file.to_str().expect("utf8")])
            .expect_err("one key, two names");
    assert!(
        format!("{refused:#}").contains("only one name"),
        "{refused:#}"
    );
}

#[test]
fn every_bad_cosignature_gets_a_4xx_and_changes_nothing() {
    let t = Target::new(1);
    t.sign();
    let w = &t.named[0];
    let current = t.checkpoint();
    let good_line = w.line(&current);
    let renamed = Witness {
        name: "other-name.example".into(),
        key: OrganiserKey::from_file_text(&w.key.to_file_text()).expect("same key"),
    };
    let other_statement =
        create_statement(&t.f.server, &t.f.key_path, "title = \"o\"\nbody = \"b\"\n");
    let cases: Vec<(&str, String, Value)> = vec![
        ("not JSON", t.url("/cosignatures"), json!("nope")),
        ("no fields", t.url("/cosignatures"), json!({})),
        (
            "extra field",
            t.url("/cosignatures"),
            json!({"witness": w.vkey(), "cosignature": good_line, "x": 1}),
        ),
        (
            "malformed key",
            t.url("/cosignatures"),
            json!({"witness": "not a key", "cosignature": good_line}),
        ),
        (
            "upper-case key id",
            t.url("/cosignatures"),
            json!({"witness": w.vkey().to_uppercase(), "cosignature": good_line}),
        ),
        (
            "the named key under another name",
            t.url("/cosignatures"),
            json!({"witness": renamed.vkey(), "cosignature": renamed.line(&current)}),
        ),
        (
            "garbage line",
            t.url("/cosignatures"),
            json!({"witness": w.vkey(), "cosignature": "\u{2014} witness0.example AAAA"}),
        ),
        (
            "many lines",
            t.url("/cosignatures"),
            json!({"witness": w.vkey(), "cosignature": format!("{good_line}\n{good_line}")}),
        ),
        (
            "a blank line",
            t.url("/cosignatures"),
            json!({"witness": w.vkey(), "cosignature": "\n\n"}),
        ),
        (
            "another statement",
            format!(
                "{}/api/v1/statements/{other_statement}/cosignatures",
                t.f.base()
            ),
            json!({"witness": w.vkey(), "cosignature": good_line}),
        ),
        (
            "no such statement",
            format!(
                "{}/api/v1/statements/AAAAAAAAAAAAAAAAAAAAAA/cosignatures",
                t.f.base()
            ),
            json!({"witness": w.vkey(), "cosignature": good_line}),
        ),
    ];
    for (what, url, body) in cases {
        let (status, text) = call(agent().post(&url).send_json(body));
        assert!((400..500).contains(&status), "{what}: {status} {text}");
        assert!(
            serde_json::from_str::<Value>(&text).is_ok_and(|v| v["error"].is_string()),
            "{what}: {text}"
        );
    }
    // A line over an older checkpoint, once the log has moved on.
    t.sign();
    let (status, _) = t.cosign_as(&w.vkey(), &good_line);
    assert_eq!(status, 409);
    assert_eq!(signature_lines(&t.checkpoint()), 1, "nothing was stored");
    let (status, _) = call(agent().get(&t.url("/witnessed")).call());
    assert_eq!(status, 404, "no witness has cosigned");
    t.answer_is_stored("bad cosignatures");
}
