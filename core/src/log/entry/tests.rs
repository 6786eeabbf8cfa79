use super::*;

fn setup(toml: &str) -> (OrganiserKey, CampaignId, Vec<u8>) {
    let mut rng = rand::thread_rng();
    let key = OrganiserKey::generate(&mut rng);
    let id = CampaignId::random(&mut rng);
    let statement = Statement::from_toml(toml).expect("statement");
    let header = Header::new(id, &statement, key.public()).signed_bytes(&key);
    (key, id, header)
}

fn signature(kind: SignatureKind, secret: &[u8; 32]) -> Vec<u8> {
    let personal = PersonalText {
        name: "Ada".into(),
        role: Some("Support".into()),
        comment: None,
    };
    Entry::Signature {
        kind,
        commitment: (kind != SignatureKind::Anonymous).then(|| personal.commitment(&[7; 16])),
        withdrawal_sha256: withdrawal_hash(secret),
    }
    .to_bytes()
    .expect("bytes")
}

fn withdrawal(entry: u64, secret: [u8; 32]) -> Vec<u8> {
    Entry::Withdrawal { entry, secret }
        .to_bytes()
        .expect("bytes")
}

const OPEN: &str = "title = 't'\nbody = 'b'\ninvite_required_for_named = false\nreveal_at = 3\n";

#[test]
fn a_log_counts_each_kind_and_withdrawals() {
    let (_, id, header) = setup(OPEN);
    let log = vec![
        header,
        signature(SignatureKind::Named, &[1; 32]),
        signature(SignatureKind::Anonymous, &[2; 32]),
        signature(SignatureKind::Unverified, &[3; 32]),
        signature(SignatureKind::Named, &[4; 32]),
        withdrawal(1, [1; 32]),
    ];
    let (header, counts) = check_log(&id, &log).expect("valid log");
    assert_eq!(header.reveal_at, 3);
    assert_eq!(
        counts,
        LogCounts {
            tree_size: 6,
            named: 1,
            anonymous: 1,
            unverified: 1,
            withdrawn: 1,
            struck: 0,
        }
    );
    for entry in &log[1..] {
        let text = std::str::from_utf8(entry).expect("ascii");
        assert!(
            !text.contains("Ada") && !text.contains("Support"),
            "no personal text in the log"
        );
    }
}

#[test]
fn withdrawals_need_the_signers_secret_and_happen_once() {
    let (_, id, header) = setup(OPEN);
    let base = vec![header, signature(SignatureKind::Named, &[1; 32])];
    let with = |extra: Vec<Vec<u8>>| [base.clone(), extra].concat();
    assert!(
        check_log(&id, &with(vec![withdrawal(1, [9; 32])])).is_err(),
        "wrong secret"
    );
    assert!(
        check_log(
            &id,
            &with(vec![withdrawal(1, [1; 32]), withdrawal(1, [1; 32])])
        )
        .is_err(),
        "twice"
    );
    assert!(
        check_log(&id, &with(vec![withdrawal(0, [1; 32])])).is_err(),
        "the header"
    );
    assert!(
        check_log(&id, &with(vec![withdrawal(5, [1; 32])])).is_err(),
        "a later entry"
    );
}

#[test]
fn settings_in_the_header_bind_every_entry() {
    let (_, id, header) = setup("title = 't'\nbody = 'b'\nnamed = false\n");
    assert!(check_log(
        &id,
        &[
            header.clone(),
            signature(SignatureKind::Anonymous, &[1; 32])
        ]
    )
    .is_ok());
    let err = check_log(
        &id,
        &[header.clone(), signature(SignatureKind::Named, &[1; 32])],
    )
    .expect_err("named");
    assert_eq!(err.index, 1);
    let (_, id2, strict) = setup("title = 't'\nbody = 'b'\n");
    assert!(
        check_log(
            &id2,
            &[strict, signature(SignatureKind::Unverified, &[1; 32])]
        )
        .is_err(),
        "invite required"
    );
    assert!(
        check_log(&id2, &[header]).is_err(),
        "header of another statement"
    );
}

#[test]
fn a_tampered_or_foreign_header_is_refused() {
    let (_, id, header) = setup(OPEN);
    let text = String::from_utf8(header.clone()).expect("ascii");
    for tampered in [
        text.replace("reveal-at 3", "reveal-at 4"),
        text.replace("reveal-at 3", "reveal-at 03"),
        text.replace("named true", "named false"),
        text.replacen("text-sha256 ", "text-sha256 0", 1),
    ] {
        assert!(
            check_log(&id, &[tampered.clone().into_bytes()]).is_err(),
            "{tampered}"
        );
    }
    // Re-signed by a key that is valid but not the one a verifier expects:
    // check_log reports the key, and the caller compares it.
    let (other_key, _, _) = setup(OPEN);
    let statement = Statement::from_toml(OPEN).expect("statement");
    let forged = Header::new(id, &statement, other_key.public()).signed_bytes(&other_key);
    let (header, _) = check_log(&id, &[forged]).expect("self-consistent");
    assert_eq!(&header.organiser, other_key.public());
    assert!(check_log(&id, &[]).is_err());
    assert!(
        check_log(&id, &[signature(SignatureKind::Named, &[1; 32])]).is_err(),
        "no header"
    );
}

#[test]
fn commitments_hide_and_bind_personal_text() {
    let a = PersonalText {
        name: "Ada".into(),
        role: None,
        comment: Some("yes".into()),
    };
    let mut b = a.clone();
    b.comment = Some("yes!".into());
    assert_ne!(a.commitment(&[1; 16]), b.commitment(&[1; 16]));
    assert_ne!(a.commitment(&[1; 16]), a.commitment(&[2; 16]), "salted");
    assert_eq!(a.commitment(&[1; 16]).len(), 64);
}

/// The worked example of docs/protocol.md, section 9.
#[test]
fn protocol_document_statement_example() {
    let salt: [u8; 16] = core::array::from_fn(|i| i as u8);
    let secret: [u8; 32] = core::array::from_fn(|i| i as u8);
    let personal = PersonalText {
        name: "Ada Zebrafinch".into(),
        role: Some("Support".into()),
        comment: None,
    };
    let commitment = personal.commitment(&salt);
    let entry = Entry::Signature {
        kind: SignatureKind::Named,
        commitment: Some(commitment.clone()),
        withdrawal_sha256: withdrawal_hash(&secret),
    }
    .to_bytes()
    .expect("entry");
    let leaf = crate::encoding::hex(&crate::log::merkle::leaf_hash(&entry));
    let server_seed: Vec<u8> = (0x40u8..0x60).collect();
    let server = crate::keys::ServerKey::from_file_text(&format!(
        "caucus-server-secret1:{}",
        crate::encoding::b64url(&server_seed)
    ))
    .expect("server key");
    let id: CampaignId = "mkwfDns9KohW4cD_M6e5Eg".parse().expect("id");
    let vkey = crate::log::note::verifier_key(
        &crate::log::checkpoint::origin(&id),
        crate::log::note::ED25519,
        server.public().ed25519(),
    );
    assert_eq!(
        commitment,
        "9e2d28ed34ecb175fc1962cf5cbc287b6a41b808f301719b8cb247c305dcdd9f"
    );
    assert_eq!(
        withdrawal_hash(&secret),
        "69389eda398a71cda25d36e44ceacc64df752e2dca62e2c69cdd6f29c5e7c9b4"
    );
    assert_eq!(entry.len(), 190);
    assert_eq!(
        leaf,
        "fde163f693e9be4845e76a8826f9b35a95377bef3fb487fd7575abfc41608c5c"
    );
    assert_eq!(vkey, "caucus-statement/mkwfDns9KohW4cD_M6e5Eg+00af1507+ASVDuS/xCVURR2rcg2nbbdyTNmWhGXjdoUBO4QZsqVWd");
}

fn strike(key: &OrganiserKey, id: CampaignId, entry: u64) -> Vec<u8> {
    crate::log::strike::Strike {
        statement: id,
        entry,
        organiser: key.public().clone(),
    }
    .signed_bytes(key)
}

#[test]
fn a_strike_by_the_header_organiser_counts_a_name_apart() {
    let (key, id, header) = setup(OPEN);
    let log = vec![
        header,
        signature(SignatureKind::Named, &[1; 32]),
        signature(SignatureKind::Unverified, &[2; 32]),
        signature(SignatureKind::Named, &[3; 32]),
        strike(&key, id, 1),
        strike(&key, id, 2),
        // The signer may still withdraw a struck signature.
        withdrawal(2, [2; 32]),
    ];
    let (_, counts) = check_log(&id, &log).expect("valid log");
    assert_eq!(
        (
            counts.named,
            counts.unverified,
            counts.struck,
            counts.withdrawn
        ),
        (1, 0, 1, 1)
    );
    let text = String::from_utf8(strike(&key, id, 1)).expect("ascii");
    assert!(text.starts_with("caucus-strike/v1\nstatement "), "{text}");
}

#[test]
fn strikes_that_do_not_hold_are_refused() {
    let (key, id, header) = setup(OPEN);
    let other = OrganiserKey::generate(&mut rand::thread_rng());
    let base = vec![
        header,
        signature(SignatureKind::Named, &[1; 32]),
        signature(SignatureKind::Anonymous, &[2; 32]),
    ];
    let refused = |extra: Vec<Vec<u8>>| {
        let mut log = base.clone();
        log.extend(extra);
        check_log(&id, &log).expect_err("refused").problem
    };
    assert!(refused(vec![strike(&other, id, 1)]).contains("organiser key of the header"));
    assert!(refused(vec![strike(&key, id, 2)]).contains("anonymous"));
    assert!(refused(vec![strike(&key, id, 1), strike(&key, id, 1)]).contains("already"));
    assert!(refused(vec![withdrawal(1, [1; 32]), strike(&key, id, 1)]).contains("already"));
    assert!(refused(vec![strike(&key, id, 5)]).contains("earlier signature"));
    let elsewhere = CampaignId::random(&mut rand::thread_rng());
    assert!(refused(vec![strike(&key, elsewhere, 1)]).contains("another statement"));
    let mut forged = strike(&key, id, 1);
    let at = forged.len() - 5;
    forged[at] ^= 1;
    assert!(refused(vec![forged]).contains("signature"));
}

#[test]
fn a_header_names_its_server_once_in_its_place() {
    let key = OrganiserKey::generate(&mut rand::rngs::OsRng);
    let server = crate::ServerKey::generate(&mut rand::rngs::OsRng).public();
    let statement = Statement::from_toml("title = \"t\"\nbody = \"b\"\n").unwrap();
    let id = CampaignId::random(&mut rand::rngs::OsRng);
    let bytes = Header::new(id, &statement, key.public())
        .with_server_key(&server)
        .signed_bytes(&key);
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.contains(&format!("\nserver-key {server}\n")), "{text}");
    let Entry::Header(header) = Entry::parse(&bytes, 0).unwrap() else {
        panic!("not a header");
    };
    assert_eq!(header.server_key, Some(server.clone()));
    // Twice, or moved, is refused.
    let twice = text.replace(
        &format!("server-key {server}\n"),
        &format!("server-key {server}\nserver-key {server}\n"),
    );
    assert!(Entry::parse(twice.as_bytes(), 0).is_err());
    let moved = text
        .replace(&format!("server-key {server}\n"), "")
        .replacen("statement ", &format!("server-key {server}\nstatement "), 1);
    assert!(Entry::parse(moved.as_bytes(), 0).is_err());
}
