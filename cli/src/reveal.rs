//! `caucus statement reveal`: publish a statement's names once enough
//! people have signed. The sealed texts are opened here, on the
//! organiser's machine, with the organiser key; the server only ever sees
//! the openings, checks each against its commitment in the log, and
//! publishes all of them at once or none.

use std::io::Write;

use anyhow::{anyhow, bail, Context};
use caucus_core::encoding::from_b64url;
use caucus_core::log::audit::RevealedPersonal;
use caucus_core::{CampaignId, SealedPersonal};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::client::Client;

/// Names signed while a reveal is under way stay sealed; each round opens
/// them too. After the first reveal new names are kept opened, so two
/// rounds suffice unless signatures keep arriving mid-round.
const ROUNDS: usize = 5;

#[derive(Deserialize)]
struct Page {
    size: u64,
    sealed: Vec<SealedEntry>,
    next: Option<u64>,
}

#[derive(Deserialize)]
struct SealedEntry {
    index: u64,
    commitment: String,
    sealed: String,
}

pub fn reveal(client: &Client, id: &CampaignId, out: &mut dyn Write) -> anyhow::Result<()> {
    let key = client.key()?;
    let mut total = 0;
    for _ in 0..ROUNDS {
        let (size, sealed) = fetch(client, id)?;
        let mut openings = Vec::with_capacity(sealed.len());
        for entry in &sealed {
            let opening = open(id, entry, key)?;
            openings.push(json!({
                "index": entry.index,
                "salt": opening.salt,
                "name": opening.name,
                "role": opening.role,
                "comment": opening.comment,
            }));
        }
        let body = serde_json::to_vec(&json!({"size": size, "openings": openings}))?;
        let reply: Value = client.signed(
            "POST",
            &format!("/api/v1/admin/statements/{id}/reveal"),
            "",
            &body,
        )?;
        total += reply["published"].as_u64().unwrap_or(0);
        if reply["sealed_left"].as_u64() == Some(0) {
            writeln!(
                out,
                "published {total} name(s) of statement {id}; every name is public now, \
                 and names signed from now on appear at once"
            )?;
            return Ok(());
        }
    }
    bail!(
        "published {total} name(s), but signatures kept arriving while the reveal ran and \
         some names are still sealed: run `caucus statement reveal` again"
    )
}

/// Every sealed text, a page at a time, and the log size they were
/// listed at (the first page fixes it).
fn fetch(client: &Client, id: &CampaignId) -> anyhow::Result<(u64, Vec<SealedEntry>)> {
    let path = format!("/api/v1/admin/statements/{id}/sealed-names");
    let first: Page = serde_json::from_value(client.signed("GET", &path, "", b"")?)
        .context("the server's list of sealed names")?;
    let size = first.size;
    let mut sealed = first.sealed;
    let mut next = first.next;
    while let Some(start) = next {
        let query = format!("start={start}&end={size}");
        let page: Page = serde_json::from_value(client.signed("GET", &path, &query, b"")?)
            .context("the server's list of sealed names")?;
        sealed.extend(page.sealed);
        next = page.next;
    }
    Ok((size, sealed))
}

/// Open one sealed text, and check it opens the commitment of its entry
/// before anything is posted.
fn open(
    id: &CampaignId,
    entry: &SealedEntry,
    key: &caucus_core::OrganiserKey,
) -> anyhow::Result<RevealedPersonal> {
    let index = entry.index;
    let bytes = from_b64url(&entry.sealed)
        .ok_or_else(|| anyhow!("entry {index}: the server sent a malformed sealed text"))?;
    let opening = SealedPersonal(bytes)
        .open(id, &entry.commitment, key)
        .map_err(|e| {
            anyhow!(
                "entry {index}: {e}. A text sealed before your key was added to the server \
                 opens only with the keys of that time: ask the organiser who holds one to run \
                 the reveal. Nothing was published"
            )
        })?;
    if opening.commitment().as_deref() != Some(entry.commitment.as_str()) {
        bail!("entry {index}: the sealed text does not open its commitment; nothing was published");
    }
    Ok(opening)
}
