//! Replays the committed fuzz corpus (`fuzz/corpus/<target>/`: generated
//! seeds and the inputs of every bug fuzzing found) through the same checks
//! the fuzz targets run, so the ordinary test suite guards them, and keeps
//! the generated seeds in step with the formats they exercise.
//!
//! Seeds are made here from the examples and the fixed keys of
//! `caucus_core::fuzzing`; after a format change, rewrite them with
//! `CAUCUS_WRITE_FUZZ_SEEDS=1 cargo test -p caucus-core --test fuzz_corpus`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use caucus_core::encoding::b64url;
use caucus_core::fuzzing::{
    fixtures, statement_to_toml, survey_to_toml, EXAMPLE_SURVEY, NOW, ORGANISER_SECRET,
    SERVER_SECRET, TARGETS,
};
use caucus_core::log::audit::{check_receipt, signed_checkpoint, StatementReceipt};
use caucus_core::log::checkpoint::{cosign, verify_cosignature};
use caucus_core::log::merkle::{consistency_proof, inclusion_proof, leaf_hash, Hash};
use caucus_core::log::note::{verifier_key, Note, COSIGNATURE_V1, ED25519};
use caucus_core::request_sig::{sign, RequestParts};
use caucus_core::seal::SealedRelease;
use caucus_core::statement::Statement;
use caucus_core::survey::{Answer, Answers};
use caucus_core::{Invite, Receipt, SealedResponse, Survey};
use rand::rngs::StdRng;
use rand::SeedableRng;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus")
}

fn check(target: &str) -> caucus_core::fuzzing::Check {
    TARGETS
        .iter()
        .find(|(name, _)| *name == target)
        .map(|(_, check)| *check)
        .unwrap_or_else(|| panic!("no fuzz target {target}"))
}

#[test]
fn every_committed_input_passes_its_target() {
    let mut total = 0;
    for (target, check) in TARGETS {
        let dir = corpus().join(target);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.unwrap().path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "{target} has no corpus");
        for file in files {
            let data = std::fs::read(&file).unwrap();
            if let Err(violation) = check(&data) {
                panic!("{}: {violation}", file.display());
            }
            total += 1;
        }
    }
    for entry in std::fs::read_dir(corpus()).unwrap() {
        let name = entry.unwrap().file_name();
        let name = name.to_string_lossy();
        assert!(
            TARGETS.iter().any(|(t, _)| *t == name),
            "fuzz/corpus/{name} is not a target"
        );
    }
    assert!(total >= 3 * TARGETS.len(), "only {total} corpus files");
}

#[test]
fn generated_seeds_pass_and_are_committed() {
    let write = std::env::var_os("CAUCUS_WRITE_FUZZ_SEEDS").is_some();
    let mut stale = Vec::new();
    for (target, name, data) in seeds() {
        if let Err(violation) = check(target)(&data) {
            panic!("seed {target}/{name}: {violation}");
        }
        let path = corpus().join(target).join(format!("seed-{name}"));
        if std::fs::read(&path).ok().as_deref() == Some(data.as_slice()) {
            continue;
        }
        if write {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &data).unwrap();
        } else {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "seeds missing or stale (rewrite with CAUCUS_WRITE_FUZZ_SEEDS=1): {stale:?}"
    );
}

/// One complete, valid answer set for the example survey.
fn example_answers() -> serde_json::Value {
    serde_json::json!({
        "area": "Engineering",
        "recorded": ["Keystrokes", "I don't know"],
        "told": "No",
        "consent": 2,
        "comfort": 1,
        "reviews": "I suspect it is",
        "retention": "Up to 7 days",
        "safeguards": ["Opt-out without penalty", "Independent audit"],
        "stress": 7,
        "note": "Cameras\non every floor."
    })
}

fn seeds() -> Vec<(&'static str, String, Vec<u8>)> {
    let f = fixtures().expect("fixtures");
    let mut out: Vec<(&'static str, String, Vec<u8>)> = Vec::new();
    let mut add = |target: &'static str, name: &str, data: Vec<u8>| {
        out.push((target, name.to_string(), data));
    };
    let mut rng = StdRng::seed_from_u64(1);

    // Campaign files.
    let survey = Survey::from_toml(EXAMPLE_SURVEY).unwrap();
    add("survey_toml", "example", EXAMPLE_SURVEY.into());
    add(
        "survey_toml",
        "rewritten",
        survey_to_toml(&survey).unwrap().into(),
    );
    add(
        "survey_toml",
        "small",
        b"title = \"t\"\nmin_group = 3\nretention_days = 30\n[[question]]\nid = \"s\"\nkind = \"scale\"\nprompt = \"p\"\nmin = -5\nmax = 5\nrequired = false\n[[question]]\nid = \"t\"\nkind = \"text\"\nprompt = \"q\"\n".to_vec(),
    );
    add(
        "survey_toml",
        "duplicate-id",
        b"title = \"t\"\n[[question]]\nid = 'a'\nkind = 'likert'\nprompt = 'p'\n[[question]]\nid = 'a'\nkind = 'text'\nprompt = 'q'\n".to_vec(),
    );
    // Translations, written back as [lang.xx] tables.
    let multilingual = include_str!("../../examples/multilingual-survey.toml");
    add("survey_toml", "multilingual", multilingual.into());
    add(
        "survey_toml",
        "multilingual-rewritten",
        survey_to_toml(&Survey::from_toml(multilingual).unwrap())
            .unwrap()
            .into(),
    );
    let translated = include_str!("../../examples/multilingual-statement.toml");
    add("statement_toml", "multilingual", translated.into());
    add(
        "statement_toml",
        "multilingual-rewritten",
        statement_to_toml(&Statement::from_toml(translated).unwrap())
            .unwrap()
            .into(),
    );
    let statement_text = include_str!("../../examples/monitoring-statement.toml");
    let statement = Statement::from_toml(statement_text).unwrap();
    add("statement_toml", "example", statement_text.into());
    add(
        "statement_toml",
        "rewritten",
        statement_to_toml(&statement).unwrap().into(),
    );
    add(
        "statement_toml",
        "small",
        b"title = 't'\nbody = 'b'\nnamed = false\nreveal_at = 0\ncloses = '2028-02-29'\nretention_days = 7\n".to_vec(),
    );

    // Answers, as JSON and as a form.
    let answers = example_answers();
    add("answers_json", "complete", answers.to_string().into());
    add(
        "answers_json",
        "errors",
        br#"{"area": "Nowhere", "recorded": ["Keystrokes", "Keystrokes"], "consent": 6, "stress": -1, "extra": 1}"#.to_vec(),
    );
    add(
        "answers_json",
        "not-an-object",
        b"[1, \"two\", null]".to_vec(),
    );
    let mut fields = vec![("invite".to_string(), "code".to_string())];
    for (id, value) in answers.as_object().unwrap() {
        let texts: Vec<String> = match value {
            serde_json::Value::Array(list) => list
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect(),
            serde_json::Value::String(s) => vec![s.clone()],
            other => vec![other.to_string()],
        };
        fields.extend(texts.into_iter().map(|t| (format!("q_{id}"), t)));
    }
    let body = serde_urlencoded::to_string(&fields).unwrap();
    let pairs = caucus_core::form::pairs(body.as_bytes()).unwrap();
    assert!(f
        .survey
        .validate_answers(&f.survey.answers_from_form(&pairs))
        .is_ok());
    add("form", "complete", body.into());
    add(
        "form",
        "partial",
        b"invite=+code+&q_area=Sales+and+marketing&q_recorded=&q_consent=+4+&q_stress=x&q_note=%0D%0Ahi"
            .to_vec(),
    );

    // Invites and keys.
    let invite = Invite::issue(&f.organiser, &f.campaign, &mut rng);
    assert!(invite
        .verify(&f.campaign, &[f.organiser.public().clone()])
        .is_ok());
    add("invite", "valid", invite.code().into());
    add("invite", "padded", format!("  {}\n", invite.code()).into());
    add("invite", "short", invite.code().as_bytes()[..50].to_vec());
    add("keys", "campaign", f.campaign.to_string().into());
    add("keys", "organiser", f.organiser.public().to_string().into());
    add("keys", "server", f.server.public().to_string().into());
    add("keys", "organiser-file", f.organiser.to_file_text().into());
    add("keys", "server-file", format!("{SERVER_SECRET}\n").into());
    assert!(ORGANISER_SECRET.len() > 80);

    // Signed requests: as received (mode 0), and signed here (mode 1).
    let server = f.server.public().to_string();
    for (name, method, path, query, body, nonce) in [
        (
            "post",
            "POST",
            "/api/v1/admin/surveys",
            "",
            "title = \"t\"",
            "abcdefghijklmnop",
        ),
        (
            "get",
            "GET",
            "/api/v1/admin/surveys/x/sealed",
            "limit=500",
            "",
            "Zq3v9XbL0pWmT7yR",
        ),
    ] {
        let parts = RequestParts {
            method,
            path,
            query,
            body: body.as_bytes(),
        };
        let headers = sign(&f.organiser, &parts, NOW, nonce, &server);
        let organisers = [f.organiser.public().clone()];
        let verified = caucus_core::request_sig::verify(
            &parts,
            Some(&headers.content_digest),
            Some(&headers.signature_input),
            Some(&headers.signature),
            NOW,
            &organisers,
            &server,
        );
        assert!(verified.is_ok(), "the seed request verifies");
        let received = format!(
            "\0{method}\n{path}\n{query}\n{body}\n{}\n{}\n{}",
            headers.content_digest, headers.signature_input, headers.signature
        );
        add("request_sig", &format!("received-{name}"), received.into());
        let signed = format!("\x01{method}\n{path}\n{query}\n{body}\n{nonce}\n{NOW}");
        add("request_sig", &format!("signed-{name}"), signed.into());
    }
    add(
        "request_sig",
        "signed-bad-nonce",
        b"\x01POST\n/p\n\nb\nshort\"nonce\n5".to_vec(),
    );

    // Statement logs, checkpoints, proofs and receipts.
    add("log_entry", "whole-log", f.log.join(&0u8));
    let mut tail = vec![Vec::new()];
    tail.extend(f.log[1..].iter().cloned());
    add("log_entry", "fixed-header-then", tail.join(&0u8));
    add("log_entry", "withdrawal", f.log[4].clone());
    add("checkpoint", "signed", f.checkpoint_note.clone().into());
    let note = Note::parse(&f.checkpoint_note).unwrap();
    let mut witnessed = note.clone();
    witnessed
        .signatures
        .push(cosign(&note, "witness.example", &f.witness, 1_767_225_600).unwrap());
    let name = "witness.example";
    assert!(verify_cosignature(&witnessed, name, &f.witness.verifying_key()).is_some());
    assert!(signed_checkpoint(&f.campaign, &f.server.public(), &witnessed.to_text()).is_ok());
    add("checkpoint", "cosigned", witnessed.to_text().into());
    add("checkpoint", "bare", f.checkpoint.to_text().into());
    add(
        "checkpoint",
        "witness-key",
        verifier_key(
            "witness.example",
            COSIGNATURE_V1,
            &f.witness.verifying_key(),
        )
        .into(),
    );
    add(
        "checkpoint",
        "server-key",
        verifier_key("log.example", ED25519, f.server.public().ed25519()).into(),
    );
    let leaves: Vec<Hash> = (0..13u8).map(|i| leaf_hash(&[i])).collect();
    for (m, old) in [(0usize, 0usize), (5, 7), (12, 8)] {
        let mut data = vec![12, m as u8, old as u8];
        for h in inclusion_proof(&leaves, m).unwrap() {
            data.extend_from_slice(&h);
        }
        add("merkle_proof", &format!("inclusion-{m}"), data);
        let mut data = vec![12, m as u8, old as u8];
        for h in consistency_proof(&leaves, old).unwrap() {
            data.extend_from_slice(&h);
        }
        add("merkle_proof", &format!("consistency-{old}"), data);
    }
    let log_leaves: Vec<Hash> = f.log.iter().map(|e| leaf_hash(e)).collect();
    for index in [1usize, 3] {
        let receipt = StatementReceipt {
            statement: f.campaign.to_string(),
            index: index as u64,
            entry: b64url(&f.log[index]),
            checkpoint: f.checkpoint_note.clone(),
            inclusion_proof: inclusion_proof(&log_leaves, index)
                .unwrap()
                .iter()
                .map(|h| b64url(h))
                .collect(),
        };
        let consistency = consistency_proof(&log_leaves, f.log.len()).unwrap();
        let checked = check_receipt(
            &f.campaign,
            &f.server.public(),
            &receipt,
            &f.checkpoint,
            &f.log,
            &consistency,
        );
        assert_eq!(checked, Ok(()));
        add(
            "receipt",
            &format!("statement-{index}"),
            serde_json::to_vec_pretty(&receipt).unwrap(),
        );
    }
    let receipt = Receipt::issue(&f.server, &f.campaign, &[3; 32]);
    assert!(receipt.verify(Some(&f.server.public())));
    add(
        "receipt",
        "survey",
        serde_json::to_vec_pretty(&receipt).unwrap(),
    );

    // Sealed answers and releases, and comment edits.
    let valid = f.survey.validate_answers(&answers).unwrap();
    let recipients = [f.organiser.public().clone()];
    let sealed = SealedResponse::seal(&valid, &f.campaign, &recipients, &mut rng).unwrap();
    assert_eq!(sealed.open(&f.campaign, &f.organiser), Ok(valid.clone()));
    add("sealed", "response", [&[0u8][..], &sealed.0].concat());
    let report = serde_json::to_vec(&f.report).unwrap();
    let release = SealedRelease::seal(&report, &f.campaign, &recipients, &mut rng).unwrap();
    add("sealed", "release", [&[0u8][..], &release.0].concat());
    let plaintext = serde_json::json!({"v": 1, "answers": valid});
    add(
        "sealed",
        "plaintext",
        [&[1u8][..], plaintext.to_string().as_bytes(), b"    "].concat(),
    );
    let mut odd = BTreeMap::new();
    odd.insert("area".to_string(), Answer::Number(9));
    odd.insert("recorded".to_string(), Answer::Choices(vec![0, 400]));
    odd.insert("stress".to_string(), Answer::Text("x".into()));
    let odd = serde_json::json!({"v": 1, "answers": Answers(odd)});
    add(
        "sealed",
        "plaintext-misfit",
        [&[1u8][..], odd.to_string().as_bytes()].concat(),
    );
    let ids: Vec<String> = f.report.questions[..]
        .iter()
        .flat_map(|q| q.comments.iter().flatten())
        .map(|c| c.id.clone())
        .collect();
    assert!(ids.len() >= 3, "the fixed report has comments");
    let edits = format!(
        "[[remove]]\ncomment = \"{}\"\nreason = \"names someone\"\n\n[[replace]]\ncomment = \"{}\"\ntext = \"reworded\"\n",
        ids[0], ids[1]
    );
    let mut report = f.report.clone();
    let parsed = caucus_core::redact::Redactions::from_toml(&edits).unwrap();
    assert!(parsed.apply(&mut report).is_ok());
    add("redactions", "remove-and-replace", edits.into());
    add(
        "redactions",
        "unknown",
        format!(
            "[[remove]]\ncomment = \"{}\"\n[[remove]]\ncomment = \"0000deadbeef\"\n",
            ids[2]
        )
        .into(),
    );
    add(
        "redactions",
        "conflict",
        b"[[remove]]\ncomment = \"a\"\n[[replace]]\ncomment = \"a\"\ntext = \"b\"\n".to_vec(),
    );
    let mut earlier = f.report.clone();
    earlier.responses = 11;
    add(
        "release_check",
        "one-fewer",
        serde_json::to_vec_pretty(&earlier).unwrap(),
    );
    add(
        "release_check",
        "same",
        serde_json::to_vec_pretty(&f.report).unwrap(),
    );
    let tally = {
        let mut tally = caucus_core::tally::Tally::new(&f.survey, &["area"]).unwrap();
        for i in 0..14 {
            let mut answers = valid.clone();
            answers.0.insert("area".into(), Answer::Number(i % 3));
            tally.add(&answers);
        }
        tally
    };
    add(
        "release_check",
        "by-area",
        serde_json::to_vec(&tally.report("example")).unwrap(),
    );
    out
}
