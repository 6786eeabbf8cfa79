use super::*;
use crate::log::merkle::{leaf_hash, root};
use crate::log::note::{parse_verifier_key, verifier_key, ED25519};

fn key(seed: u8) -> SigningKey {
    SigningKey::from_bytes(&[seed; 32])
}

fn checkpoint(size: usize) -> Checkpoint {
    let leaves: Vec<_> = (0..size).map(|i| leaf_hash(&[i as u8])).collect();
    Checkpoint {
        origin: "caucus.example/st/AAAAAAAAAAAAAAAAAAAAAA".into(),
        size: size as u64,
        root: root(&leaves),
        extensions: Vec::new(),
    }
}

#[test]
fn checkpoints_round_trip_and_reject_odd_forms() {
    let cp = checkpoint(5);
    let text = cp.to_text();
    assert_eq!(text.lines().count(), 3);
    assert_eq!(Checkpoint::parse(&text), Ok(cp.clone()));
    let root_line = STANDARD.encode(cp.root);
    for bad in [
        format!("{}\n05\n{root_line}\n", cp.origin),
        format!("{}\n-5\n{root_line}\n", cp.origin),
        format!("{}\n5\n{root_line}", cp.origin),
        format!("\n5\n{root_line}\n"),
        format!("{}\n5\nAAAA\n", cp.origin),
    ] {
        assert!(Checkpoint::parse(&bad).is_err(), "{bad:?}");
    }
}

#[test]
fn signed_notes_verify_round_trip_and_resist_edits() {
    let log = key(1);
    let text = checkpoint(3).to_text();
    let note = Note::sign(&text, "caucus.example", &log).expect("sign");
    let wire = note.to_text();
    assert!(wire.contains("\n\n\u{2014} caucus.example "));
    let parsed = Note::parse(&wire).expect("parse");
    assert_eq!(parsed, note);
    assert!(parsed.verify("caucus.example", &log.verifying_key()));
    assert!(
        !parsed.verify("caucus.example", &key(2).verifying_key()),
        "other key"
    );
    assert!(
        !parsed.verify("other.example", &log.verifying_key()),
        "other name"
    );
    // Any edit to the text breaks the signature.
    let edited = wire.replacen("\n3\n", "\n4\n", 1);
    let edited = Note::parse(&edited).expect("still parses");
    assert!(!edited.verify("caucus.example", &log.verifying_key()));
    for bad in [
        "no blank line\n",
        "text\n\n- name AAAA\n",
        "text\n\n\u{2014} name !!!!\n",
    ] {
        assert!(Note::parse(bad).is_err(), "{bad:?}");
    }
    assert_eq!(Note::sign("no newline", "n", &log), Err(NoteError::BadText));
    assert_eq!(
        Note::sign("a\n", "has space", &log),
        Err(NoteError::BadName)
    );
}

#[test]
fn cosignatures_verify_and_bind_the_checkpoint() {
    let log = key(1);
    let witness = key(9);
    let mut note = Note::sign(&checkpoint(8).to_text(), "caucus.example", &log).expect("sign");
    let cosig = cosign(&note, "witness.example/w1", &witness, 1_700_000_000).expect("cosign");
    assert_eq!(cosig.bytes.len(), 72);
    note.signatures.push(cosig);
    let wire = Note::parse(&note.to_text()).expect("parse");
    assert!(
        wire.verify("caucus.example", &log.verifying_key()),
        "log signature still valid"
    );
    assert_eq!(
        verify_cosignature(&wire, "witness.example/w1", &witness.verifying_key()),
        Some(1_700_000_000)
    );
    assert_eq!(
        verify_cosignature(&wire, "witness.example/w1", &log.verifying_key()),
        None
    );
    // The cosignature does not carry over to another checkpoint.
    let mut other = Note::sign(&checkpoint(9).to_text(), "caucus.example", &log).expect("sign");
    other.signatures.push(note.signatures[1].clone());
    assert_eq!(
        verify_cosignature(&other, "witness.example/w1", &witness.verifying_key()),
        None
    );
}

#[test]
fn verifier_keys_round_trip() {
    let witness = key(9);
    let text = verifier_key(
        "witness.example/w1",
        COSIGNATURE_V1,
        &witness.verifying_key(),
    );
    let (name, kind, parsed) = parse_verifier_key(&text).expect("parse");
    assert_eq!(
        (name.as_str(), kind, parsed),
        (
            "witness.example/w1",
            COSIGNATURE_V1,
            witness.verifying_key()
        )
    );
    let tampered = text.replacen('+', "+0", 1);
    assert!(parse_verifier_key(&tampered).is_err());
    assert!(parse_verifier_key(&verifier_key("log", ED25519, &witness.verifying_key())).is_ok());
}

/// Interoperability: the example of Go's golang.org/x/mod/sumdb/note, the
/// reference implementation of signed notes. Ed25519 is deterministic, so
/// signing the same text with the same key must give the same bytes.
#[test]
fn matches_the_go_reference_note() {
    let vkey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    let skey_blob = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    let text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    let wire = format!(
        "{text}\n\u{2014} PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
    );
    let (name, kind, public) = parse_verifier_key(vkey).expect("Go verifier key");
    assert_eq!((name.as_str(), kind), ("PeterNeumann", ED25519));
    let note = Note::parse(&wire).expect("Go note");
    assert!(note.verify("PeterNeumann", &public));
    let seed_blob = STANDARD.decode(skey_blob).expect("base64");
    assert_eq!(seed_blob[0], ED25519);
    let seed: [u8; 32] = seed_blob[1..].try_into().expect("seed");
    let ours = Note::sign(text, "PeterNeumann", &SigningKey::from_bytes(&seed)).expect("sign");
    assert_eq!(ours.to_text(), wire, "byte-for-byte the Go signer's output");
    // A cosignature (type 0x04) verifier key from transparency-dev/formats:
    // parsing checks our key ID computation for that type too.
    let (_, kind, _) =
        parse_verifier_key("remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2")
            .expect("cosignature verifier key");
    assert_eq!(kind, COSIGNATURE_V1);
}
