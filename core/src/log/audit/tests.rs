use super::*;
use crate::encoding::b64url;
use crate::keys::{OrganiserKey, ServerKey};
use crate::log::checkpoint::sign_checkpoint;
use crate::log::entry::{withdrawal_hash, Header, SignatureKind};
use crate::log::merkle::{consistency_proof, inclusion_proof};
use crate::statement::Statement;

struct Log {
    id: CampaignId,
    server: ServerKey,
    entries: Vec<Vec<u8>>,
}

fn personal(name: &str) -> PersonalText {
    PersonalText {
        name: name.into(),
        role: None,
        comment: Some("count me in".into()),
    }
}

impl Log {
    fn new() -> Self {
        let mut rng = rand::thread_rng();
        let organiser = OrganiserKey::generate(&mut rng);
        let id = CampaignId::random(&mut rng);
        let statement = Statement::from_toml("title = 't'\nbody = 'b'\n").expect("statement");
        let header = Header::new(id, &statement, organiser.public()).signed_bytes(&organiser);
        let mut log = Self {
            id,
            server: ServerKey::generate(&mut rng),
            entries: vec![header],
        };
        for i in 0..6u8 {
            let kind = if i % 2 == 0 {
                SignatureKind::Named
            } else {
                SignatureKind::Anonymous
            };
            log.entries.push(
                Entry::Signature {
                    kind,
                    commitment: (kind == SignatureKind::Named)
                        .then(|| personal(&format!("P{i}")).commitment(&[i; 16])),
                    withdrawal_sha256: withdrawal_hash(&[i; 32]),
                }
                .to_bytes()
                .expect("entry"),
            );
        }
        log
    }

    fn leaves(&self, n: usize) -> Vec<Hash> {
        self.entries[..n].iter().map(|e| leaf_hash(e)).collect()
    }

    fn checkpoint(&self, n: usize) -> (Checkpoint, String) {
        let cp = Checkpoint {
            origin: origin(&self.id),
            size: n as u64,
            root: root(&self.leaves(n)),
            extensions: Vec::new(),
        };
        let note = sign_checkpoint(&cp, &self.server).expect("sign").to_text();
        (cp, note)
    }

    fn receipt(&self, index: usize, n: usize) -> StatementReceipt {
        StatementReceipt {
            statement: self.id.to_string(),
            index: index as u64,
            entry: b64url(&self.entries[index]),
            checkpoint: self.checkpoint(n).1,
            inclusion_proof: inclusion_proof(&self.leaves(n), index)
                .expect("proof")
                .iter()
                .map(|h| b64url(h))
                .collect(),
        }
    }
}

#[test]
fn an_honest_log_audits_and_counts() {
    let log = Log::new();
    let (_, note) = log.checkpoint(log.entries.len());
    let (cp, _, counts) = audit(&log.id, &log.server.public(), &note, &log.entries).expect("audit");
    assert_eq!(cp.size, 7);
    assert_eq!((counts.named, counts.anonymous), (3, 3));
}

#[test]
fn any_changed_byte_of_any_entry_or_checkpoint_fails() {
    let log = Log::new();
    let (_, note) = log.checkpoint(log.entries.len());
    let server = log.server.public();
    for (e, entry) in log.entries.iter().enumerate() {
        for b in 0..entry.len() {
            let mut entries = log.entries.clone();
            entries[e][b] ^= 0x01;
            assert!(
                audit(&log.id, &server, &note, &entries).is_err(),
                "entry {e} byte {b}"
            );
        }
    }
    for b in 0..note.len() {
        let mut bytes = note.clone().into_bytes();
        bytes[b] ^= 0x01;
        let Ok(tampered) = String::from_utf8(bytes) else {
            continue;
        };
        assert!(
            audit(&log.id, &server, &tampered, &log.entries).is_err(),
            "checkpoint byte {b}"
        );
    }
    // Dropping or adding an entry fails too.
    assert_eq!(
        audit(&log.id, &server, &note, &log.entries[..6]),
        Err(AuditError::Root)
    );
    let mut longer = log.entries.clone();
    longer.push(log.entries[1].clone());
    assert_eq!(
        audit(&log.id, &server, &note, &longer),
        Err(AuditError::Root)
    );
    // Another server's key does not vouch for this log.
    let other = ServerKey::generate(&mut rand::thread_rng()).public();
    assert!(matches!(
        audit(&log.id, &other, &note, &log.entries),
        Err(AuditError::Checkpoint(_))
    ));
}

#[test]
fn a_receipt_catches_a_dropped_entry() {
    let mut log = Log::new();
    let receipt = log.receipt(3, 5);
    let server = log.server.public();
    // Honest growth: the receipt holds.
    let (now, _) = log.checkpoint(7);
    let proof = consistency_proof(&log.leaves(7), 5).expect("proof");
    assert_eq!(
        check_receipt(&log.id, &server, &receipt, &now, &log.entries, &proof),
        Ok(())
    );
    // The server drops entry 3 and signs a new history.
    log.entries.remove(3);
    let (dropped, _) = log.checkpoint(6);
    let proof = consistency_proof(&log.leaves(6), 5).expect("proof");
    assert!(check_receipt(&log.id, &server, &receipt, &dropped, &log.entries, &proof).is_err());
}

#[test]
fn a_fork_is_caught_against_a_saved_checkpoint() {
    let log = Log::new();
    let (saved, _) = log.checkpoint(4);
    let (current, _) = log.checkpoint(7);
    let proof = consistency_proof(&log.leaves(7), 4).expect("proof");
    assert_eq!(check_consistent(&saved, &current, &proof), Ok(()));
    // Same size, another root: two histories.
    let mut forked = Log::new();
    forked.server = ServerKey::from_file_text(&log.server.to_file_text()).expect("same key");
    let (fork, _) = forked.checkpoint(4);
    assert!(matches!(
        check_consistent(&fork, &current, &proof),
        Err(AuditError::Fork { .. })
    ));
    assert!(
        check_consistent(&current, &saved, &[]).is_err(),
        "a log cannot shrink"
    );
}

#[test]
fn a_fork_is_caught_from_the_tiles_of_the_current_tree() {
    use crate::log::merkle::LogTree;
    use crate::log::tiles::{for_prefix, tile_from_tree, TileSet};
    let log = Log::new();
    let (saved, _) = log.checkpoint(4);
    let (current, _) = log.checkpoint(7);
    let mut tree = LogTree::new();
    for leaf in log.leaves(7) {
        tree.push(leaf);
    }
    let mut tiles = TileSet::new(7);
    for tile in for_prefix(4, 7) {
        let bytes = tile_from_tree(&tree, &tile).expect("tile");
        tiles.insert(&tile, &bytes).expect("insert");
    }
    assert_eq!(
        check_extends(&saved, &current, &tiles),
        Err(AuditError::Tiles(TileError::Unchecked(7))),
        "tiles are used only once checked"
    );
    tiles.check(&current.root).expect("check");
    assert_eq!(check_extends(&saved, &current, &tiles), Ok(()));
    assert_eq!(check_extends(&current, &current, &tiles), Ok(()));
    let mut forked = Log::new();
    forked.server = ServerKey::from_file_text(&log.server.to_file_text()).expect("same key");
    let (fork, _) = forked.checkpoint(4);
    assert_eq!(
        check_extends(&fork, &current, &tiles),
        Err(AuditError::Fork { old: 4, new: 7 })
    );
    let (longer, _) = log.checkpoint(7);
    let (shorter, _) = log.checkpoint(5);
    assert_eq!(
        check_extends(&longer, &shorter, &tiles),
        Err(AuditError::Shrank { old: 7, new: 5 })
    );
}

#[test]
fn revealed_personal_text_must_open_its_commitment() {
    let log = Log::new();
    let good = RevealedPersonal {
        salt: b64url(&[0u8; 16]),
        name: "P0".into(),
        role: None,
        comment: Some("count me in".into()),
    };
    assert_eq!(check_personal(1, &log.entries[1], &good), Ok(()));
    let renamed = RevealedPersonal {
        name: "Someone else".into(),
        ..good
    };
    assert_eq!(
        check_personal(1, &log.entries[1], &renamed),
        Err(AuditError::Personal(1))
    );
}
