//! Checking a statement's log as an outsider would: the server's signed
//! checkpoint, every entry against its root, the header and every entry's
//! rules, revealed personal text against its commitment, a signer's
//! receipt, and consistency with a checkpoint seen before.
//!
//! Everything here takes plain data, so the same checks run in the CLI
//! against a live server and in tests against deliberately damaged input.

use serde::{Deserialize, Serialize};

use super::checkpoint::{origin, Checkpoint};
use super::entry::{check_log, Entry, Header, LogCounts, PersonalText};
use super::merkle::{leaf_hash, root, verify_consistency, verify_inclusion, Hash};
use super::note::Note;
use super::tiles::{TileError, TileSet};
use crate::encoding::{b64url, fixed_b64url, from_b64url};
use crate::id::CampaignId;
use crate::keys::ServerPublicKey;

/// What a signer keeps: their entry, where it is, and proof it is there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementReceipt {
    pub statement: String,
    pub index: u64,
    /// The log entry, base64url.
    pub entry: String,
    /// The signed checkpoint the proof is against (C2SP note text).
    pub checkpoint: String,
    /// RFC 6962 audit path, base64url hashes.
    pub inclusion_proof: Vec<String>,
}

/// Personal text with the salt of its commitment: what a sealed text
/// holds, what the organisers post to reveal it, and what is served once
/// names are revealed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevealedPersonal {
    /// The commitment's 16-byte salt, base64url.
    pub salt: String,
    pub name: String,
    pub role: Option<String>,
    pub comment: Option<String>,
}

impl RevealedPersonal {
    pub fn new(salt: &[u8; 16], text: &PersonalText) -> Self {
        Self {
            salt: b64url(salt),
            name: text.name.clone(),
            role: text.role.clone(),
            comment: text.comment.clone(),
        }
    }

    pub fn text(&self) -> PersonalText {
        PersonalText {
            name: self.name.clone(),
            role: self.role.clone(),
            comment: self.comment.clone(),
        }
    }

    /// Its commitment, if the salt is well formed: the one its signature
    /// entry must carry.
    pub fn commitment(&self) -> Option<String> {
        let salt: [u8; 16] = fixed_b64url(&self.salt)?;
        Some(self.text().commitment(&salt))
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AuditError {
    #[error("the checkpoint is not validly signed by the server's key: {0}")]
    Checkpoint(String),
    #[error("the entries do not hash to the signed checkpoint's root (an entry was changed, added or dropped)")]
    Root,
    #[error("{0}")]
    Log(String),
    #[error("entry {0}: the revealed name, role or comment does not match what was signed")]
    Personal(u64),
    #[error("the receipt does not check out: {0}")]
    Receipt(String),
    #[error("the log is not consistent with the checkpoint seen before (size {old} then {new}): the server showed different histories")]
    Fork { old: u64, new: u64 },
    #[error("the log shrank: {old} entries were seen before, it shows {new} now; it showed a different history")]
    Shrank { old: u64, new: u64 },
    #[error("{0}")]
    Tiles(#[from] TileError),
}

/// The checkpoint in a signed note, if the server's key signed it for this statement.
pub fn signed_checkpoint(
    id: &CampaignId,
    server: &ServerPublicKey,
    note_text: &str,
) -> Result<(Note, Checkpoint), AuditError> {
    let note = Note::parse(note_text).map_err(|e| AuditError::Checkpoint(e.to_string()))?;
    let name = origin(id);
    if !note.verify(&name, server.ed25519()) {
        return Err(AuditError::Checkpoint(
            "no valid signature by the server's key".into(),
        ));
    }
    let checkpoint =
        Checkpoint::parse(&note.text).map_err(|e| AuditError::Checkpoint(e.to_string()))?;
    if checkpoint.origin != name {
        return Err(AuditError::Checkpoint("it is for another log".into()));
    }
    Ok((note, checkpoint))
}

/// A whole log: `entries` must be exactly the checkpoint's entries.
pub fn audit(
    id: &CampaignId,
    server: &ServerPublicKey,
    note_text: &str,
    entries: &[Vec<u8>],
) -> Result<(Checkpoint, Header, LogCounts), AuditError> {
    let (_, checkpoint) = signed_checkpoint(id, server, note_text)?;
    let leaves: Vec<Hash> = entries.iter().map(|e| leaf_hash(e)).collect();
    if entries.len() as u64 != checkpoint.size || root(&leaves) != checkpoint.root {
        return Err(AuditError::Root);
    }
    let (header, counts) = check_log(id, entries).map_err(|e| AuditError::Log(e.to_string()))?;
    Ok((checkpoint, header, counts))
}

/// Revealed personal text must open the commitment in its entry.
pub fn check_personal(
    index: u64,
    entry: &[u8],
    personal: &RevealedPersonal,
) -> Result<(), AuditError> {
    let Ok(Entry::Signature {
        commitment: Some(commitment),
        ..
    }) = Entry::parse(entry, index)
    else {
        return Err(AuditError::Personal(index));
    };
    if personal.commitment().as_ref() != Some(&commitment) {
        return Err(AuditError::Personal(index));
    }
    Ok(())
}

fn hashes(list: &[String]) -> Option<Vec<Hash>> {
    list.iter().map(|h| fixed_b64url::<32>(h)).collect()
}

/// A receipt is good if its own checkpoint is signed by the server, its
/// entry is in that checkpoint's tree, and the same entry sits at the same
/// place in the log as it stands (`entries`, of `current`).
pub fn check_receipt(
    id: &CampaignId,
    server: &ServerPublicKey,
    receipt: &StatementReceipt,
    current: &Checkpoint,
    entries: &[Vec<u8>],
    consistency: &[Hash],
) -> Result<(), AuditError> {
    let bad = |why: &str| AuditError::Receipt(why.to_string());
    if receipt.statement != id.to_string() {
        return Err(bad("it is for another statement"));
    }
    let (_, then) =
        signed_checkpoint(id, server, &receipt.checkpoint).map_err(|e| bad(&e.to_string()))?;
    let entry = from_b64url(&receipt.entry).ok_or_else(|| bad("malformed entry"))?;
    let proof = hashes(&receipt.inclusion_proof).ok_or_else(|| bad("malformed proof"))?;
    if !verify_inclusion(
        receipt.index,
        then.size,
        &leaf_hash(&entry),
        &proof,
        &then.root,
    ) {
        return Err(bad("the entry is not in the checkpoint it came with"));
    }
    if !verify_consistency(
        then.size,
        current.size,
        &then.root,
        &current.root,
        consistency,
    ) {
        return Err(AuditError::Fork {
            old: then.size,
            new: current.size,
        });
    }
    match usize::try_from(receipt.index)
        .ok()
        .and_then(|i| entries.get(i))
    {
        Some(now) if *now == entry => Ok(()),
        _ => Err(bad("the entry is missing from the log")),
    }
}

/// A checkpoint seen before (saved, cosigned by a witness, or a
/// receipt's) must be a prefix of the current one: its root is recomputed
/// from the current tree's tiles, which must have been checked against the
/// current root first ([`TileSet::check`]). Any tree extends the empty one.
pub fn check_extends(
    seen: &Checkpoint,
    current: &Checkpoint,
    tiles: &TileSet,
) -> Result<(), AuditError> {
    if seen.size > current.size {
        return Err(AuditError::Shrank {
            old: seen.size,
            new: current.size,
        });
    }
    if tiles.size() != current.size || tiles.checked_root() != Some(current.root) {
        return Err(TileError::Unchecked(current.size).into());
    }
    if tiles.root_of(seen.size)? != seen.root {
        return Err(AuditError::Fork {
            old: seen.size,
            new: current.size,
        });
    }
    Ok(())
}

/// A checkpoint seen before must be a prefix of the current one.
pub fn check_consistent(
    saved: &Checkpoint,
    current: &Checkpoint,
    proof: &[Hash],
) -> Result<(), AuditError> {
    if verify_consistency(saved.size, current.size, &saved.root, &current.root, proof) {
        Ok(())
    } else {
        Err(AuditError::Fork {
            old: saved.size,
            new: current.size,
        })
    }
}

#[cfg(test)]
mod tests;
