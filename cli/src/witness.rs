//! `caucus witness`: an independent party's check that a statement's log
//! only ever grows, and its cosignature (C2SP tlog-cosignature/v1) saying
//! so.
//!
//! The witness keeps the last checkpoint it cosigned per server and
//! statement. It cosigns a new one only if the old one is a prefix of it:
//! the old root is recomputed from a few of the new tree's tiles (at most
//! two a level, from the server's `/log/<id>/` or a mirror), checked first
//! against the new signed root. A fork or a shrinking log is refused,
//! loudly.
//! Verifiers then require the witness's cosignature (`caucus verify
//! --witness <vkey>`), so the server cannot show one list to them and
//! another to the witness.

use std::io::Write;

use anyhow::{anyhow, bail, Context};
use caucus_core::encoding::{hex, sha256};
use caucus_core::log::audit::{check_extends, signed_checkpoint};
use caucus_core::log::checkpoint::cosign;
use caucus_core::log::note::{valid_name, verifier_key, Note, COSIGNATURE_V1};
use caucus_core::{OrganiserKey, ServerPublicKey};
use ed25519_dalek::SigningKey;
use serde_json::json;

use crate::args::WitnessOptions;
use crate::client::{parse_id, Client};
use crate::seen::{self, state_dir};
use crate::tiles::LogSource;

/// The name a witness cosigns under: `--name`, or one made from its key.
fn witness_name(key: &SigningKey, name: Option<&str>) -> anyhow::Result<String> {
    let name = match name {
        Some(name) => name.to_string(),
        None => format!(
            "caucus-witness/{}",
            hex(&sha256(&[key.verifying_key().as_bytes()])[..4])
        ),
    };
    if !valid_name(&name) {
        bail!("--name must be non-empty, without spaces or `+`");
    }
    Ok(name)
}

/// The verifier key organisers name in a statement file for this witness.
pub fn verifier_key_of(key: &OrganiserKey, name: Option<&str>) -> anyhow::Result<String> {
    let key = key.ed25519();
    let name = witness_name(key, name)?;
    Ok(verifier_key(&name, COSIGNATURE_V1, &key.verifying_key()))
}

pub fn command(options: &WitnessOptions, out: &mut dyn Write) -> anyhow::Result<()> {
    let id = parse_id(&options.id)?;
    let client = Client::new(&options.remote.server)?.with_key(&options.remote.key)?;
    let key = client.key()?.ed25519().clone();
    let name = witness_name(&key, options.name.as_deref())?;
    let server_text = client.server_key()?.to_string();
    let server: ServerPublicKey = server_text.parse().context("server key")?;
    let note_text = client.get_text(&format!("/api/v1/statements/{id}/checkpoint"))?;
    let (note, checkpoint) = signed_checkpoint(&id, &server, &note_text)?;
    let dir = state_dir(&options.state)?;
    if let Some(saved_note) = seen::load(&dir, "witness", &id, &server_text)? {
        let source = match &options.mirror {
            Some(url) => LogSource::mirror(url).or_server(client.base(), &id),
            None => LogSource::server(client.base(), &id),
        };
        let extends = || -> anyhow::Result<()> {
            let (_, saved) =
                signed_checkpoint(&id, &server, &saved_note).context("the saved checkpoint")?;
            let tiles = source.prefix(saved.size, &checkpoint)?;
            check_extends(&saved, &checkpoint, &tiles)?;
            Ok(())
        };
        extends().map_err(|e| anyhow!("refusing to cosign: {e:#}"))?;
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let signature = cosign(&note, &name, &key, now)?;
    let line = Note {
        text: note.text.clone(),
        signatures: vec![signature],
    }
    .to_text()
    .lines()
    .last()
    .map(str::to_string)
    .ok_or_else(|| anyhow!("empty cosignature"))?;
    let vkey = verifier_key(&name, COSIGNATURE_V1, &key.verifying_key());
    let body = serde_json::to_vec(&json!({"witness": vkey, "cosignature": line}))?;
    client.post_json(&format!("/api/v1/statements/{id}/cosignatures"), &body)?;
    seen::save(&dir, "witness", &id, &server_text, &note_text)?;
    writeln!(
        out,
        "cosigned statement {id} at {} entries as {name}",
        checkpoint.size
    )?;
    writeln!(
        out,
        "verifiers can require this witness with: --witness {vkey}"
    )?;
    writeln!(out, "{vkey}")?;
    Ok(())
}
