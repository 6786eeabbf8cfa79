//! `caucus verify`: check a statement's log the way an outsider (a
//! journalist, a union local, the employer) would, trusting nothing the
//! server says that it cannot prove.
//!
//! Reads the signed checkpoint and the whole log as C2SP tiles, from the
//! server's `/log/<id>/` or from a mirror (`--mirror`), checks every tile
//! and entry against the signed root, checks the organiser-signed header
//! and every entry's rules, checks revealed names against their
//! commitments, and compares the checkpoint with the last one seen for this
//! statement (kept in a state directory), so a server that shows different
//! histories is caught. A mirror is storage only: the key the checkpoint
//! must be signed with, the statement's text and the revealed names come
//! from the server, and when it cannot be reached the command says what
//! was left unchecked and exits [`INCOMPLETE_EXIT`], never 0.

mod report;
mod shown;

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context};
use caucus_core::log::audit::{
    check_extends, check_receipt, signed_checkpoint, AuditError, StatementReceipt,
};
use caucus_core::log::checkpoint::{verify_cosignature, Checkpoint};
use caucus_core::log::entry::{check_log, Entry, Header};
use caucus_core::log::merkle::consistency_proof_in;
use caucus_core::log::note::Note;
use caucus_core::log::tiles::{parse_bundle, Tile, TileKind, TileSet};
use caucus_core::log::witnesses::{parse_witnesses, Witness};
use caucus_core::ticket::IssuerPublicKey;
use caucus_core::{CampaignId, ServerPublicKey};
use serde_json::Value;

use crate::args::VerifyOptions;
use crate::client::{is_unreachable, parse_id, Client};
use crate::seen::{self, state_dir};
use crate::tiles::LogSource;
pub use shown::consistency;
use shown::{check_names, check_view, compare_with_server, no_such_statement};

/// The exit status of a verification that could not check everything.
pub const INCOMPLETE_EXIT: u8 = 3;

/// The log verified, but the server could not be reached for these.
#[derive(Debug)]
pub struct Incomplete(pub Vec<String>);

impl std::fmt::Display for Incomplete {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the log verifies, but the server could not be reached, so these were NOT checked: {}",
            self.0.join("; ")
        )
    }
}

impl std::error::Error for Incomplete {}

/// Where the key the checkpoint is checked against came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyFrom {
    /// The server announced it (and the header names it, or names none).
    Server,
    /// The server could not be reached: the organiser-signed header's.
    Header,
    /// Neither: the one saved when this log was last verified here.
    Saved,
}

/// What was found, for the report.
pub struct Verified {
    pub id: CampaignId,
    pub counts: caucus_core::log::entry::LogCounts,
    pub header: Header,
    pub server_text: String,
    pub key_from: KeyFrom,
    pub source: String,
    pub mirror: bool,
    /// The server's own checkpoint size, compared with a mirror's.
    pub server_size: Option<u64>,
    /// The title, once the text shown was checked against the header.
    pub title: Option<String>,
    pub ticket_key: Option<IssuerPublicKey>,
    pub witnessed_by: Vec<(String, u64)>,
    pub receipt_index: Option<u64>,
    pub not_checked: Vec<String>,
}

pub fn command(options: &VerifyOptions, out: &mut dyn Write) -> anyhow::Result<()> {
    let id = parse_id(&options.id)?;
    let client = Client::new(&options.server)?;
    let dir = state_dir(&options.state)?;
    // 1. The key: the server's, as it announces it. Behind a mirror with
    // the server out of reach, the log goes on alone.
    let announced = match client.server_key() {
        Ok(key) => Some(key.to_string()),
        Err(err) if options.mirror.is_some() && is_unreachable(&err) => None,
        Err(err) => return Err(err),
    };
    let reachable = announced.is_some();
    let (source, note) = match &options.mirror {
        Some(url) => {
            let source = LogSource::mirror(url);
            let note = source.checkpoint()?;
            (source, note)
        }
        None => {
            let note = client
                .get_text(&format!("/api/v1/statements/{id}/checkpoint"))
                .map_err(|err| no_such_statement(&client, &id, err))?;
            (LogSource::server(client.base(), &id), note)
        }
    };
    let (server_text, key_from) = match announced {
        Some(key) => (key, KeyFrom::Server),
        None => key_without_server(&source, &note, &dir, &id)?,
    };
    let server: ServerPublicKey = server_text.parse().context("server key")?;
    // 2. The checkpoint, signed by that key for this statement.
    let (_, checkpoint) = signed_checkpoint(&id, &server, &note)?;
    // 3. Every tile against the signed root, every entry against its tile.
    let tiles = source.tree(&checkpoint)?;
    let entries = source.entries(&tiles)?;
    // 4. The rules of a whole log, and the counts; the header's server.
    let (header, counts) = check_log(&id, &entries).map_err(|e| AuditError::Log(e.to_string()))?;
    if let Some(named) = &header.server_key {
        if *named != server {
            bail!(
                "the log is signed by the server key {server_text}, but the organiser-signed \
                 header names {named}: this is not the server the organisers chose"
            );
        }
    }
    let mut found = Verified {
        id,
        counts,
        header,
        server_text,
        key_from,
        source: source.base().to_string(),
        mirror: options.mirror.is_some(),
        server_size: None,
        title: None,
        ticket_key: caucus_core::log::entry::ticket_key(&entries),
        witnessed_by: Vec::new(),
        receipt_index: None,
        not_checked: Vec::new(),
    };
    // 5. What only the server holds: the text shown, the names, the ticket
    // key it announces; and, behind a mirror, its own checkpoint.
    if reachable {
        let (title, revealed) = check_view(&client, &id, &entries, &found.header)?;
        found.title = Some(title);
        if revealed {
            check_names(&client, &id, &entries)?;
        }
        if found.mirror {
            found.server_size = Some(compare_with_server(
                &client,
                &id,
                &server,
                &checkpoint,
                &tiles,
            )?);
        }
    } else {
        found.not_checked.extend([
            "that the statement's text (and each translation) shown is the one the organiser signed".to_string(),
            "the names revealed, if any, against their commitments".to_string(),
            "that the ticket key the server announces is the one in the log".to_string(),
            "that the server's own checkpoint agrees with the mirror's".to_string(),
        ]);
    }
    // 6. The last checkpoint seen for this statement.
    if let Some(saved_note) = seen::load(&dir, "verify", &id, &found.server_text)? {
        let (_, saved) =
            signed_checkpoint(&id, &server, &saved_note).context("the saved checkpoint")?;
        check_extends(&saved, &checkpoint, &tiles)?;
    }
    // 7. The witnesses asked for.
    let client = reachable.then_some(&client);
    found.witnessed_by = check_witnesses(
        client,
        &server,
        &note,
        &checkpoint,
        &tiles,
        options,
        &mut found,
    )?;
    // 8. A receipt.
    if let Some(path) = &options.receipt {
        found.receipt_index = Some(check_receipt_file(
            path,
            &id,
            &server,
            &checkpoint,
            &tiles,
            &entries,
        )?);
    }
    // 9. Only then is the checkpoint remembered.
    seen::save(&dir, "verify", &id, &found.server_text, &note)?;
    report::write(&found, options.json, out)?;
    if found.not_checked.is_empty() {
        Ok(())
    } else {
        Err(Incomplete(found.not_checked).into())
    }
}

/// Behind a mirror, with the server out of reach: the key the organiser
/// signed into the header (entry 0, read from the mirror; the checkpoint
/// is then checked against it, and the whole log later), else the one
/// saved when this log was last verified here. A log with neither has
/// nothing to be checked against.
fn key_without_server(
    source: &LogSource,
    note: &str,
    dir: &Path,
    id: &CampaignId,
) -> anyhow::Result<(String, KeyFrom)> {
    let size = Note::parse(note)
        .ok()
        .and_then(|note| Checkpoint::parse(&note.text).ok())
        .map(|checkpoint| checkpoint.size)
        .ok_or_else(|| anyhow!("{}/checkpoint is not a checkpoint", source.base()))?;
    if let Some(first) = Tile::in_tree(TileKind::Entries, 0, size) {
        let entries = parse_bundle(&first, &source.tile(&first)?)?;
        if let Some(Ok(Entry::Header(header))) = entries.first().map(|e| Entry::parse(e, 0)) {
            if let (true, Some(key)) = (header.statement == *id, &header.server_key) {
                return Ok((key.to_string(), KeyFrom::Header));
            }
        }
    }
    if let Some(key) = seen::saved_key(dir, "verify", id)? {
        return Ok((key, KeyFrom::Saved));
    }
    bail!(
        "the server cannot be reached, and this log's header names no server key (it was made \
         before servers were named) nor was it verified here before: there is no key to check \
         the mirror's checkpoint against"
    )
}

/// Each required witness must be named in the organiser-signed header and
/// have cosigned a checkpoint that the log just verified extends: the
/// checkpoint itself when it carries the cosignature (the server, and so
/// its mirrors, serve the named witnesses' cosignatures over exactly it),
/// else the witness's latest as the server lists it. Witnesses may have
/// cosigned different sizes. Returns (name, size) for each.
fn check_witnesses(
    client: Option<&Client>,
    server: &ServerPublicKey,
    note_text: &str,
    current: &Checkpoint,
    tiles: &TileSet,
    options: &VerifyOptions,
    found: &mut Verified,
) -> anyhow::Result<Vec<(String, u64)>> {
    if options.witnesses.is_empty() {
        return Ok(Vec::new());
    }
    let id = found.id;
    let named = parse_witnesses(&found.header.witnesses)
        .map_err(|e| anyhow!("the header's witnesses: {e}"))?;
    let note = Note::parse(note_text).map_err(|e| anyhow!("the checkpoint: {e}"))?;
    let mut listed: Option<Vec<Value>> = None;
    let mut out = Vec::new();
    for vkey in &options.witnesses {
        let witness = Witness::parse(vkey).map_err(|e| anyhow!("--witness {vkey}: {e}"))?;
        if !named.contains(&witness) {
            bail!(
                "witness {} is not named in this statement's signed header, so the server keeps no cosignature of it",
                witness.name
            );
        }
        if verify_cosignature(&note, &witness.name, &witness.key).is_some() {
            out.push((witness.name, current.size));
            continue;
        }
        let Some(client) = client else {
            found.not_checked.push(format!(
                "witness {}: its cosignature is not on the mirror's checkpoint, and the server that lists the latest one cannot be reached",
                witness.name
            ));
            continue;
        };
        if listed.is_none() {
            let reply = client.get_json(&format!("/api/v1/statements/{id}/witnesses"))?;
            listed = Some(
                reply["witnesses"]
                    .as_array()
                    .cloned()
                    .ok_or_else(|| anyhow!("malformed witness list"))?,
            );
        }
        let note_text = listed
            .iter()
            .flatten()
            .find(|w| {
                w["vkey"]
                    .as_str()
                    .and_then(|v| Witness::parse(v).ok())
                    .is_some_and(|w| w == witness)
            })
            .and_then(|w| w["checkpoint"].as_str())
            .ok_or_else(|| anyhow!("witness {} has not cosigned this log", witness.name))?;
        let (cosigned_note, cosigned) = signed_checkpoint(&id, server, note_text)
            .with_context(|| format!("the checkpoint witness {} cosigned", witness.name))?;
        if verify_cosignature(&cosigned_note, &witness.name, &witness.key).is_none() {
            bail!(
                "witness {}'s cosignature does not verify over the checkpoint served with it",
                witness.name
            );
        }
        check_extends(&cosigned, current, tiles).with_context(|| {
            format!(
                "the log shown is not consistent with what witness {} cosigned ({} entries): \
                 a larger or different log was shown to it",
                witness.name, cosigned.size
            )
        })?;
        out.push((witness.name, cosigned.size));
    }
    Ok(out)
}

/// A receipt (the whole signing answer, or the `receipt` object alone)
/// against the log as verified; the index of its entry.
fn check_receipt_file(
    path: &PathBuf,
    id: &CampaignId,
    server: &ServerPublicKey,
    current: &Checkpoint,
    tiles: &TileSet,
    entries: &[Vec<u8>],
) -> anyhow::Result<u64> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let value: Value =
        serde_json::from_str(&text).with_context(|| format!("{} is not JSON", path.display()))?;
    let receipt = if value.get("receipt").is_some() {
        value["receipt"].clone()
    } else {
        value
    };
    let receipt: StatementReceipt = serde_json::from_value(receipt)
        .with_context(|| format!("{} is not a statement receipt", path.display()))?;
    let (_, then) =
        signed_checkpoint(id, server, &receipt.checkpoint).context("the receipt's checkpoint")?;
    if then.size > current.size {
        bail!("the receipt's checkpoint is larger than the log shown now: entries were dropped");
    }
    // Computed from the checked tiles: a proof the server need not give.
    let proof = usize::try_from(then.size)
        .ok()
        .zip(usize::try_from(current.size).ok())
        .and_then(|(old, new)| consistency_proof_in(tiles, old, new))
        .ok_or_else(|| anyhow!("no consistency proof from {} entries", then.size))?;
    check_receipt(id, server, &receipt, current, entries, &proof)?;
    Ok(receipt.index)
}
