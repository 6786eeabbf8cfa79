//! Statement logs: entries, checkpoints and notes, proofs, receipts.

use crate::encoding::{b64url, from_hex};
use crate::log::audit::{check_receipt, signed_checkpoint, StatementReceipt};
use crate::log::checkpoint::{cosign, sign_checkpoint, verify_cosignature, Checkpoint};
use crate::log::entry::{check_log, Entry};
use crate::log::merkle::{
    consistency_proof, inclusion_proof, leaf_hash, root, verify_consistency, verify_inclusion,
    Hash, LogTree,
};
use crate::log::note::{parse_verifier_key, verifier_key, Note};
use crate::receipt::Receipt;

use super::fixtures::*;
use super::{Outcome, Violation};

/// Log entries, `\0`-separated. Each must re-encode to its own bytes; the
/// whole list (the fixed header first when the first part is empty) is
/// checked as a log, and its counts must add up.
pub fn log_entries(data: &[u8]) -> Outcome {
    let f = fixtures()?;
    let mut entries: Vec<Vec<u8>> = data.split(|&b| b == 0).map(<[u8]>::to_vec).collect();
    if entries.first().is_some_and(Vec::is_empty) {
        entries[0] = f.log[0].clone();
    }
    let (mut signatures, mut withdrawals) = (0u64, 0u64);
    for (i, bytes) in entries.iter().enumerate() {
        let Ok(entry) = Entry::parse(bytes, i as u64) else {
            continue;
        };
        match &entry {
            Entry::Header(header) => {
                if header.organiser == *f.organiser.public() {
                    ensure!(
                        header.signed_bytes(&f.organiser) == *bytes,
                        "a header has one spelling"
                    );
                }
            }
            other => {
                ensure!(
                    other.to_bytes().as_deref() == Some(bytes.as_slice()),
                    "entry {i} re-encodes differently"
                );
                if matches!(other, Entry::Signature { .. }) {
                    signatures += 1;
                } else {
                    withdrawals += 1;
                }
            }
        }
    }
    if let Ok((_, counts)) = check_log(&f.campaign, &entries) {
        ensure!(counts.tree_size == entries.len() as u64, "tree size");
        ensure!(counts.withdrawn == withdrawals, "withdrawals counted");
        ensure!(
            counts.named + counts.anonymous + counts.unverified + counts.withdrawn == signatures,
            "every signature is counted once: {counts:?}, {signatures} signatures"
        );
    }
    Ok(())
}

/// Signed notes and checkpoints (`caucus verify`, witnesses, the server's
/// own stored checkpoint), and C2SP verifier keys.
pub fn checkpoint_note(data: &[u8]) -> Outcome {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(());
    };
    let f = fixtures()?;
    if let Ok((name, kind, key)) = parse_verifier_key(text) {
        ensure!(
            verifier_key(&name, kind, &key) == text.trim(),
            "a verifier key has one spelling"
        );
    }
    if let Ok(checkpoint) = Checkpoint::parse(text) {
        ensure!(checkpoint.to_text() == text, "checkpoint round trip");
    }
    let Ok(note) = Note::parse(text) else {
        return Ok(());
    };
    ensure!(note.to_text() == text, "note round trip");
    if let Ok(checkpoint) = Checkpoint::parse(&note.text) {
        ensure!(checkpoint.to_text() == note.text, "checkpoint round trip");
    }
    let server = f.server.public();
    if let Ok((_, checkpoint)) = signed_checkpoint(&f.campaign, &server, text) {
        let again = sign_checkpoint(&checkpoint, &f.server)
            .map_err(|e| Violation(format!("cannot re-sign a verified checkpoint: {e}")))?;
        ensure!(
            again.signatures.iter().all(|s| note.signatures.contains(s)),
            "a verified checkpoint carries the server's own signature"
        );
    }
    let name = "witness.example";
    if let Some(time) = verify_cosignature(&note, name, &f.witness.verifying_key()) {
        let again = cosign(&note, name, &f.witness, time).map_err(|e| Violation(e.to_string()))?;
        ensure!(
            note.signatures.contains(&again),
            "a verified cosignature is the witness's own"
        );
    }
    Ok(())
}

/// RFC 6962 proofs over a tree of 1 to 40 fixed leaves: `[size, index,
/// old size, proof hashes...]`. A proof that verifies must be the proof
/// (they are unique), and the real proofs must verify.
pub fn merkle_proof(data: &[u8]) -> Outcome {
    let [n, m, old, rest @ ..] = data else {
        return Ok(());
    };
    let n = 1 + usize::from(*n) % 40;
    let m = usize::from(*m) % (n + 2);
    let old = usize::from(*old) % (n + 1);
    let proof: Vec<Hash> = rest
        .chunks_exact(32)
        .filter_map(|c| <Hash>::try_from(c).ok())
        .collect();
    let leaves: Vec<Hash> = (0..n).map(|i| leaf_hash(&[i as u8])).collect();
    let top = root(&leaves);
    let leaf = leaves
        .get(m)
        .copied()
        .unwrap_or_else(|| leaf_hash(b"absent"));
    let real = inclusion_proof(&leaves, m);
    // The server's tree must give the auditor's answers exactly.
    let mut tree = LogTree::new();
    for leaf in &leaves {
        tree.push(*leaf);
    }
    ensure!(tree.root(n) == Some(top), "the tree's root of {n} differs");
    ensure!(
        tree.inclusion_proof(m, n) == real,
        "the tree's inclusion proof of {m} in {n} differs"
    );
    if let Some(real) = &real {
        ensure!(
            verify_inclusion(m as u64, n as u64, &leaf, real, &top),
            "the inclusion proof of {m} in {n} does not verify"
        );
    }
    if verify_inclusion(m as u64, n as u64, &leaf, &proof, &top) {
        ensure!(
            real.as_ref() == Some(&proof),
            "a forged inclusion proof of {m} in {n} verified"
        );
    }
    let old_root = root(&leaves[..old]);
    let real = consistency_proof(&leaves, old)
        .ok_or_else(|| Violation(format!("no consistency proof of {old} in {n}")))?;
    ensure!(
        verify_consistency(old as u64, n as u64, &old_root, &top, &real),
        "the consistency proof of {old} in {n} does not verify"
    );
    ensure!(
        tree.consistency_proof(old, n).as_ref() == Some(&real),
        "the tree's consistency proof of {old} in {n} differs"
    );
    if verify_consistency(old as u64, n as u64, &old_root, &top, &proof) {
        ensure!(
            proof == real,
            "a forged consistency proof of {old} in {n} verified"
        );
    }
    // Sizes from the input as well, so no arithmetic in the verifiers can
    // overflow whatever a server sends.
    let number = |i: usize| {
        rest.get(i..i + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map_or(0, u64::from_le_bytes)
    };
    let _ = verify_inclusion(number(0), number(8), &leaf, &proof, &top);
    let _ = verify_consistency(number(0), number(8), &old_root, &top, &proof);
    Ok(())
}

/// Receipts as a signer or respondent keeps them (`caucus verify`): a
/// statement receipt checked against the fixed log, or a survey receipt.
pub fn receipt_json(data: &[u8]) -> Outcome {
    let f = fixtures()?;
    let server = f.server.public();
    if let Ok(receipt) = serde_json::from_slice::<StatementReceipt>(data) {
        let leaves: Vec<Hash> = f.log.iter().map(|e| leaf_hash(e)).collect();
        let then = Note::parse(&receipt.checkpoint)
            .ok()
            .and_then(|n| Checkpoint::parse(&n.text).ok())
            .and_then(|c| usize::try_from(c.size).ok())
            .unwrap_or(0);
        let consistency = consistency_proof(&leaves, then).unwrap_or_default();
        let checked = check_receipt(
            &f.campaign,
            &server,
            &receipt,
            &f.checkpoint,
            &f.log,
            &consistency,
        );
        if checked.is_ok() {
            let index = usize::try_from(receipt.index).map_err(|e| Violation(e.to_string()))?;
            let proof = inclusion_proof(&leaves[..then.min(leaves.len())], index)
                .ok_or_else(|| Violation("accepted an index outside the tree".into()))?;
            ensure!(
                receipt.inclusion_proof == proof.iter().map(|h| b64url(h)).collect::<Vec<_>>(),
                "accepted a proof other than the real one"
            );
            ensure!(
                receipt.entry == b64url(&f.log[index]),
                "accepted an entry spelt differently"
            );
        }
    }
    if let Ok(receipt) = serde_json::from_slice::<Receipt>(data) {
        let trusted = receipt.verify(Some(&server));
        ensure!(
            !trusted || receipt.verify(None),
            "trusted with a key but not on its own"
        );
        if trusted {
            let digest: [u8; 32] = from_hex(&receipt.sealed_sha256)
                .and_then(|d| d.try_into().ok())
                .ok_or_else(|| Violation("a verified receipt names no digest".into()))?;
            ensure!(
                Receipt::issue(&f.server, &receipt.campaign, &digest) == receipt,
                "a verified receipt the server would have written otherwise"
            );
        }
    }
    Ok(())
}
