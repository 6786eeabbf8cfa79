//! What only the server holds, checked against the log just verified:
//! the statement's text and translations as shown, the names it reveals,
//! the ticket key it announces, and, behind a mirror, its own checkpoint.
//! A mirror need not have any of it; without the server, `verify` lists
//! these as not checked.

use std::collections::BTreeMap;

use anyhow::{anyhow, bail, Context};
use caucus_core::log::audit::{
    check_consistent, check_extends, check_personal, signed_checkpoint, RevealedPersonal,
};
use caucus_core::log::checkpoint::Checkpoint;
use caucus_core::log::entry::Header;
use caucus_core::log::merkle::Hash;
use caucus_core::log::tiles::TileSet;
use caucus_core::statement::StatementTranslation;
use caucus_core::ticket::IssuerPublicKey;
use caucus_core::{CampaignId, ServerPublicKey};
use serde_json::Value;

use crate::client::{is_not_found, Client};

const PAGE: u64 = 1000;

/// RFC 6962 consistency proof from the server's JSON API.
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

/// Behind a mirror: the server's own checkpoint now must agree with the
/// mirror's (one a prefix of the other). Returns its size.
pub fn compare_with_server(
    client: &Client,
    id: &CampaignId,
    server: &ServerPublicKey,
    mirrored: &Checkpoint,
    tiles: &TileSet,
) -> anyhow::Result<u64> {
    let note = client.get_text(&format!("/api/v1/statements/{id}/checkpoint"))?;
    let (_, now) = signed_checkpoint(id, server, &note).context("the server's checkpoint")?;
    let agree = if now.size <= mirrored.size {
        check_extends(&now, mirrored, tiles)
    } else {
        check_consistent(
            mirrored,
            &now,
            &consistency(client, id, mirrored.size, now.size)?,
        )
    };
    agree.context("the server's own checkpoint and the mirror's show different histories")?;
    Ok(now.size)
}

/// Every name the server reveals must open its entry's commitment (the
/// entries are the ones just verified, not the server's copy of them).
pub fn check_names(client: &Client, id: &CampaignId, entries: &[Vec<u8>]) -> anyhow::Result<()> {
    let size = entries.len() as u64;
    let mut start = 0;
    while start < size {
        let limit = (size - start).min(PAGE);
        let page = client.get_json(&format!(
            "/api/v1/statements/{id}/entries?start={start}&limit={limit}"
        ))?;
        let list = page["entries"]
            .as_array()
            .filter(|list| !list.is_empty())
            .ok_or_else(|| anyhow!("the server serves fewer entries than the log holds"))?;
        for item in list {
            let index = item["index"]
                .as_u64()
                .filter(|i| (start..size).contains(i))
                .ok_or_else(|| anyhow!("malformed entries page"))?;
            if !item["personal"].is_null() {
                let revealed: RevealedPersonal = serde_json::from_value(item["personal"].clone())
                    .context("malformed personal text")?;
                let entry = usize::try_from(index).ok().and_then(|i| entries.get(i));
                check_personal(index, entry.map_or(&[][..], Vec::as_slice), &revealed)?;
            }
        }
        start += list.len() as u64;
    }
    Ok(())
}

/// Behind a server that has no statement `id`, say whether it is a survey's
/// id (an easy mix-up: both are 22 characters), and which command fits.
pub fn no_such_statement(client: &Client, id: &CampaignId, err: anyhow::Error) -> anyhow::Error {
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
/// Returns the title, and whether names are shown (to be checked).
pub fn check_view(
    client: &Client,
    id: &CampaignId,
    entries: &[Vec<u8>],
    header: &Header,
) -> anyhow::Result<(String, bool)> {
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
    let names_shown = view["revealed"] == Value::Bool(true)
        || view["signatures"].as_array().is_some_and(|s| !s.is_empty());
    let Some(logged) = caucus_core::log::entry::ticket_key(entries) else {
        return Ok((title.to_string(), names_shown));
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
    Ok((title.to_string(), names_shown))
}
