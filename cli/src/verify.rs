//! `caucus verify`: check a statement's log the way an outsider (a
//! journalist, a union local, the employer) would, trusting nothing the
//! server says that it cannot prove.
//!
//! Downloads the signed checkpoint and every entry, recomputes the root,
//! checks the organiser-signed header and every entry's rules, checks
//! revealed names against their commitments, and compares the checkpoint
//! with the last one seen for this server and statement (kept in a state
//! directory), so a server that shows different histories is caught.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use anyhow::{anyhow, bail, Context};
use caucus_core::encoding::from_b64url;
use caucus_core::log::audit::{
    audit, check_consistent, check_personal, check_receipt, signed_checkpoint, RevealedPersonal,
    StatementReceipt,
};
use caucus_core::log::checkpoint::{verify_cosignature, Checkpoint};
use caucus_core::log::entry::Header;
use caucus_core::log::merkle::Hash;
use caucus_core::log::witnesses::{parse_witnesses, Witness};
use caucus_core::statement::StatementTranslation;
use caucus_core::ticket::IssuerPublicKey;
use caucus_core::{CampaignId, ServerPublicKey};
use serde_json::{json, Value};

use crate::args::VerifyOptions;
use crate::client::{is_not_found, parse_id, Client};
use crate::seen::{self, state_dir};

const PAGE: u64 = 1000;

pub fn consistency(
    client: &Client,
    id: &CampaignId,
    old: u64,
    new: u64,
) -> anyhow::Result<Vec<Hash>> {
    if old == new || old == 0 {
        return Ok(Vec::new());
    }
    let reply = client.get_json(&format!(
        "/api/v1/statements/{id}/proof/consistency?old={old}&new={new}"
    ))?;
    reply["proof"]
        .as_array()
        .ok_or_else(|| anyhow!("malformed consistency proof"))?
        .iter()
        .map(|h| {
            h.as_str()
                .and_then(caucus_core::encoding::fixed_b64url::<32>)
                .ok_or_else(|| anyhow!("malformed hash"))
        })
        .collect()
}

/// The checkpoint seen before (`saved_note`) must be a prefix of `current`.
pub fn extends_saved(
    client: &Client,
    id: &CampaignId,
    server: &ServerPublicKey,
    saved_note: &str,
    current: &Checkpoint,
) -> anyhow::Result<()> {
    let (_, saved) = signed_checkpoint(id, server, saved_note).context("the saved checkpoint")?;
    if saved.size > current.size {
        bail!(
            "the log shrank: {} entries were seen before, the server now shows {}; it showed a different history",
            saved.size,
            current.size
        );
    }
    check_consistent(
        &saved,
        current,
        &consistency(client, id, saved.size, current.size)?,
    )?;
    Ok(())
}

/// Each required witness must be named in the organiser-signed header and
/// have cosigned a checkpoint that the log just verified extends. Witnesses
/// may have cosigned different sizes. Returns (name, size) for each.
fn check_witnesses(
    client: &Client,
    id: &CampaignId,
    server: &ServerPublicKey,
    header: &Header,
    current: &Checkpoint,
    options: &VerifyOptions,
) -> anyhow::Result<Vec<(String, u64)>> {
    if options.witnesses.is_empty() {
        return Ok(Vec::new());
    }
    let named =
        parse_witnesses(&header.witnesses).map_err(|e| anyhow!("the header's witnesses: {e}"))?;
    let listed = client.get_json(&format!("/api/v1/statements/{id}/witnesses"))?;
    let listed = listed["witnesses"]
        .as_array()
        .ok_or_else(|| anyhow!("malformed witness list"))?;
    let mut out = Vec::new();
    for vkey in &options.witnesses {
        let witness = Witness::parse(vkey).map_err(|e| anyhow!("--witness {vkey}: {e}"))?;
        if !named.contains(&witness) {
            bail!(
                "witness {} is not named in this statement's signed header, so the server keeps no cosignature of it",
                witness.name
            );
        }
        let note_text = listed
            .iter()
            .find(|w| {
                w["vkey"]
                    .as_str()
                    .and_then(|v| Witness::parse(v).ok())
                    .is_some_and(|w| w == witness)
            })
            .and_then(|w| w["checkpoint"].as_str())
            .ok_or_else(|| anyhow!("witness {} has not cosigned this log", witness.name))?;
        let (note, cosigned) = signed_checkpoint(id, server, note_text)
            .with_context(|| format!("the checkpoint witness {} cosigned", witness.name))?;
        if verify_cosignature(&note, &witness.name, &witness.key).is_none() {
            bail!(
                "witness {}'s cosignature does not verify over the checkpoint served with it",
                witness.name
            );
        }
        if cosigned.size > current.size {
            bail!(
                "witness {} cosigned a larger log ({} entries) than the server shows now ({}): the server dropped entries",
                witness.name,
                cosigned.size,
                current.size
            );
        }
        check_consistent(
            &cosigned,
            current,
            &consistency(client, id, cosigned.size, current.size)?,
        )
        .with_context(|| {
            format!(
                "the log the server shows is not consistent with what witness {} cosigned",
                witness.name
            )
        })?;
        out.push((witness.name, cosigned.size));
    }
    Ok(out)
}

fn read_receipt(path: &PathBuf) -> anyhow::Result<StatementReceipt> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let value: Value =
        serde_json::from_str(&text).with_context(|| format!("{} is not JSON", path.display()))?;
    // Accept the whole answer the server gave when signing, or the receipt alone.
    let receipt = if value.get("receipt").is_some() {
        value["receipt"].clone()
    } else {
        value
    };
    serde_json::from_value(receipt)
        .with_context(|| format!("{} is not a statement receipt", path.display()))
}

pub fn command(options: &VerifyOptions, out: &mut dyn Write) -> anyhow::Result<()> {
    let id = parse_id(&options.id)?;
    let client = Client::new(&options.server)?;
    let server_text = client.server_key()?.to_string();
    let server: ServerPublicKey = server_text.parse().context("server key")?;
    let note = client
        .get_text(&format!("/api/v1/statements/{id}/checkpoint"))
        .map_err(|err| no_such_statement(&client, &id, err))?;
    let (_, announced) = signed_checkpoint(&id, &server, &note)?;
    let mut entries = Vec::new();
    let mut personal = Vec::new();
    while (entries.len() as u64) < announced.size {
        let start = entries.len() as u64;
        let limit = (announced.size - start).min(PAGE);
        let page = client.get_json(&format!(
            "/api/v1/statements/{id}/entries?start={start}&limit={limit}"
        ))?;
        let list = page["entries"]
            .as_array()
            .ok_or_else(|| anyhow!("malformed entries page"))?;
        if list.is_empty() {
            bail!("the server serves fewer entries than its checkpoint counts");
        }
        for item in list {
            let bytes = item["entry"]
                .as_str()
                .and_then(from_b64url)
                .ok_or_else(|| anyhow!("malformed entry"))?;
            entries.push(bytes);
            personal.push(item["personal"].clone());
        }
    }
    let (checkpoint, header, counts) = audit(&id, &server, &note, &entries)?;
    // The organiser named the server in the signed header: its key is
    // checked there, not taken on trust from the server itself.
    if let Some(named) = &header.server_key {
        if *named != server {
            bail!(
                "the log is signed by the server key {server_text}, but the organiser-signed \
                 header names {named}: this is not the server the organisers chose"
            );
        }
    }
    for (index, p) in personal.iter().enumerate() {
        if !p.is_null() {
            let revealed: RevealedPersonal =
                serde_json::from_value(p.clone()).context("malformed personal text")?;
            check_personal(index as u64, &entries[index], &revealed)?;
        }
    }
    // The last checkpoint seen for this server and statement.
    let dir = state_dir(&options.state)?;
    if let Some(saved_note) = seen::load(&dir, "verify", &id, &server_text)? {
        extends_saved(&client, &id, &server, &saved_note, &checkpoint)?;
    }
    let witnessed_by = check_witnesses(&client, &id, &server, &header, &checkpoint, options)?;
    let mut receipt_included = None;
    if let Some(path) = &options.receipt {
        let receipt = read_receipt(path)?;
        let (_, then) = signed_checkpoint(&id, &server, &receipt.checkpoint)
            .context("the receipt's checkpoint")?;
        if then.size > checkpoint.size {
            bail!("the receipt's checkpoint is larger than the log the server shows now: the server dropped entries");
        }
        let proof = consistency(&client, &id, then.size, checkpoint.size)?;
        check_receipt(&id, &server, &receipt, &checkpoint, &entries, &proof)?;
        receipt_included = Some(receipt.index);
    }
    seen::save(&dir, "verify", &id, &server_text, &note)?;
    let (title, ticket_key) = check_view(&client, &id, &entries, &header)?;
    let translations: Vec<&str> = header.translations.keys().map(String::as_str).collect();

    if options.json {
        let mut report = json!({
            "statement": id.to_string(),
            "tree_size": counts.tree_size,
            "named": counts.named,
            "anonymous": counts.anonymous,
            "unverified": counts.unverified,
            "withdrawn": counts.withdrawn,
            "struck": counts.struck,
            "organiser": header.organiser.to_string(),
            "server_key": server_text,
            "text_sha256": header.text_sha256,
            "server_key_in_header": header.server_key.is_some(),
            "title": title,
            "text_matches_header": true,
            "translations_match_header": translations,
            "ticket_key": ticket_key.map(|k| k.encode()),
            "ticket_key_fingerprint": ticket_key.map(|k| k.fingerprint()),
        });
        if !witnessed_by.is_empty() {
            report["witnessed_by"] = json!(witnessed_by
                .iter()
                .map(|(name, _)| name)
                .collect::<Vec<_>>());
            report["witnessed_sizes"] = json!(witnessed_by
                .iter()
                .map(|(_, size)| size)
                .collect::<Vec<_>>());
        }
        if let Some(index) = receipt_included {
            report["receipt_included"] = json!(true);
            report["receipt_index"] = json!(index);
        }
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        writeln!(out, "statement {id}: the log verifies")?;
        writeln!(
            out,
            "  {} entries, checkpoint signed by {server_text}",
            counts.tree_size
        )?;
        writeln!(out, "  header signed by organiser {}", header.organiser)?;
        match &header.server_key {
            Some(_) => writeln!(
                out,
                "  server key checked against the one the organiser signed into the header"
            )?,
            None => writeln!(
                out,
                "  server key taken from the server on first use (this header names none: made before servers were named)"
            )?,
        }
        writeln!(
            out,
            "  text SHA-256 {}: the text shown (\"{title}\") is the one the organiser signed",
            header.text_sha256
        )?;
        if !translations.is_empty() {
            writeln!(
                out,
                "  translations ({}): each one shown is the one the organiser signed",
                translations.join(", ")
            )?;
        }
        writeln!(
            out,
            "  named signatures (invite-verified):   {}",
            counts.named
        )?;
        writeln!(
            out,
            "  anonymous signatures (invite-verified): {}",
            counts.anonymous
        )?;
        writeln!(
            out,
            "  unverified supporters:                {}",
            counts.unverified
        )?;
        writeln!(
            out,
            "  withdrawn:                            {}",
            counts.withdrawn
        )?;
        writeln!(
            out,
            "  struck by the header's organiser:     {}",
            counts.struck
        )?;
        for (name, size) in &witnessed_by {
            writeln!(
                out,
                "  cosigned by witness {name} at {size} entries, consistent with the log now"
            )?;
        }
        match ticket_key {
            Some(key) => writeln!(
                out,
                "  ticket key {} (entry 1 of the log, the one the server announces)",
                key.fingerprint()
            )?,
            None => writeln!(out, "  no ticket key in the log (made before tickets)")?,
        }
        if let Some(index) = receipt_included {
            writeln!(out, "  receipt: entry {index} is in the log")?;
        }
    }
    Ok(())
}

/// When the server has no statement `id`, say whether it is a survey's
/// id (an easy mix-up: both are 22 characters), and which command fits.
fn no_such_statement(client: &Client, id: &CampaignId, err: anyhow::Error) -> anyhow::Error {
    if !is_not_found(&err) {
        return err;
    }
    if client.public_survey(id).is_ok() {
        return anyhow!(
            "{id} is a survey, not a statement: `caucus verify` checks a statement's log of \
             signatures. For a survey, use `caucus survey status {id}` or `caucus tally {id}` \
             (with --server and --key)"
        );
    }
    anyhow!("there is no statement {id} on {}", client.base())
}

/// What the server shows of the statement, checked against the verified
/// log: the text must hash to the header's `text-sha256` (the organiser
/// signed that hash, not the words shown), and the ticket key must be the
/// one entry 1 names (a second key, shown to some signers only, is how a
/// server would tag them). Each translation shown must hash to its
/// header's `translation` line, and be every one the header names.
/// Returns the title and the logged key.
fn check_view(
    client: &Client,
    id: &CampaignId,
    entries: &[Vec<u8>],
    header: &Header,
) -> anyhow::Result<(String, Option<IssuerPublicKey>)> {
    let view = client.get_json(&format!("/api/v1/statements/{id}"))?;
    let (title, body) = (
        view["title"].as_str().unwrap_or_default(),
        view["body"].as_str().unwrap_or_default(),
    );
    let translations: BTreeMap<String, StatementTranslation> =
        serde_json::from_value(view["translations"].clone()).unwrap_or_default();
    header
        .check_shown(title, body, &translations)
        .map_err(|e| anyhow!(e))?;
    let Some(logged) = caucus_core::log::entry::ticket_key(entries) else {
        return Ok((title.to_string(), None));
    };
    let announced = view["ticket_key"]["token_key"]
        .as_str()
        .map(IssuerPublicKey::parse)
        .transpose()
        .context("the ticket key the server announces")?;
    if announced.is_some_and(|key| key != logged) {
        bail!(
            "the server announces ticket key {} but its log names {}: tickets from it could tag their holders",
            announced.map(|k| k.fingerprint()).unwrap_or_default(),
            logged.fingerprint()
        );
    }
    Ok((title.to_string(), Some(logged)))
}
