//! What `caucus verify` prints: the counts and what each was checked
//! against, as text for people or JSON for programs, and, plainly, what
//! could not be checked.

use std::io::Write;

use serde_json::json;

use super::{KeyFrom, Verified};

pub fn write(found: &Verified, as_json: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    if as_json {
        json_report(found, out)
    } else {
        text_report(found, out)
    }
}

fn json_report(found: &Verified, out: &mut dyn Write) -> anyhow::Result<()> {
    let (counts, header) = (&found.counts, &found.header);
    let checked_text = found.title.is_some();
    let translations: Vec<&str> = header.translations.keys().map(String::as_str).collect();
    let mut report = json!({
        "statement": found.id.to_string(),
        "tree_size": counts.tree_size,
        "named": counts.named,
        "anonymous": counts.anonymous,
        "unverified": counts.unverified,
        "withdrawn": counts.withdrawn,
        "struck": counts.struck,
        "organiser": header.organiser.to_string(),
        "server_key": found.server_text,
        "server_key_from": match found.key_from {
            KeyFrom::Server => "server",
            KeyFrom::Header => "header",
            KeyFrom::Saved => "saved",
        },
        "text_sha256": header.text_sha256,
        "server_key_in_header": header.server_key.is_some(),
        "title": found.title,
        "text_matches_header": checked_text.then_some(true),
        "translations_match_header": checked_text.then_some(translations),
        "ticket_key": found.ticket_key.as_ref().map(|k| k.encode()),
        "ticket_key_fingerprint": found.ticket_key.as_ref().map(|k| k.fingerprint()),
        "tiles_from": found.source,
        "mirror": found.mirror,
        "complete": found.not_checked.is_empty(),
        "not_checked": found.not_checked,
    });
    if found.mirror {
        report["server_tree_size"] = json!(found.server_size);
    }
    if !found.witnessed_by.is_empty() {
        report["witnessed_by"] = json!(found
            .witnessed_by
            .iter()
            .map(|(name, _)| name)
            .collect::<Vec<_>>());
        report["witnessed_sizes"] = json!(found
            .witnessed_by
            .iter()
            .map(|(_, size)| size)
            .collect::<Vec<_>>());
    }
    if let Some(index) = found.receipt_index {
        report["receipt_included"] = json!(true);
        report["receipt_index"] = json!(index);
    }
    writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    Ok(())
}

fn text_report(found: &Verified, out: &mut dyn Write) -> anyhow::Result<()> {
    let (counts, header) = (&found.counts, &found.header);
    writeln!(out, "statement {}: the log verifies", found.id)?;
    writeln!(
        out,
        "  {} entries, checkpoint signed by {}",
        counts.tree_size, found.server_text
    )?;
    writeln!(
        out,
        "  every tile and entry read from {}{} checked against it",
        found.source,
        if found.mirror { " (a mirror)" } else { "" }
    )?;
    if let Some(size) = found.server_size {
        writeln!(
            out,
            "  the server's own checkpoint ({size} entries) agrees with the mirror's"
        )?;
    }
    writeln!(out, "  header signed by organiser {}", header.organiser)?;
    writeln!(
        out,
        "  {}",
        match (found.key_from, header.server_key.is_some()) {
            (KeyFrom::Server, true) =>
                "server key checked against the one the organiser signed into the header",
            (KeyFrom::Server, false) =>
                "server key taken from the server on first use (this header names none: made before servers were named)",
            (KeyFrom::Header, _) =>
                "server key taken from the organiser-signed header (the server could not be reached)",
            (KeyFrom::Saved, _) =>
                "server key as saved when this log was last verified here (the server could not be reached, and the header names none)",
        }
    )?;
    match &found.title {
        Some(title) => writeln!(
            out,
            "  text SHA-256 {}: the text shown (\"{title}\") is the one the organiser signed",
            header.text_sha256
        )?,
        None => writeln!(out, "  text SHA-256 {}", header.text_sha256)?,
    }
    let translations: Vec<&str> = header.translations.keys().map(String::as_str).collect();
    if found.title.is_some() && !translations.is_empty() {
        writeln!(
            out,
            "  translations ({}): each one shown is the one the organiser signed",
            translations.join(", ")
        )?;
    }
    for (label, count) in [
        ("named signatures (invite-verified):   ", counts.named),
        ("anonymous signatures (invite-verified): ", counts.anonymous),
        ("unverified supporters:                ", counts.unverified),
        ("withdrawn:                            ", counts.withdrawn),
        ("struck by the header's organiser:     ", counts.struck),
    ] {
        writeln!(out, "  {label}{count}")?;
    }
    for (name, size) in &found.witnessed_by {
        writeln!(
            out,
            "  cosigned by witness {name} at {size} entries, consistent with the log now"
        )?;
    }
    match &found.ticket_key {
        Some(key) if found.title.is_some() => writeln!(
            out,
            "  ticket key {} (entry 1 of the log, the one the server announces)",
            key.fingerprint()
        )?,
        Some(key) => writeln!(
            out,
            "  ticket key {} (entry 1 of the log)",
            key.fingerprint()
        )?,
        None => writeln!(out, "  no ticket key in the log (made before tickets)")?,
    }
    if let Some(index) = found.receipt_index {
        writeln!(out, "  receipt: entry {index} is in the log")?;
    }
    if !found.not_checked.is_empty() {
        writeln!(out, "  NOT CHECKED (the server could not be reached):")?;
        for item in &found.not_checked {
            writeln!(out, "    - {item}")?;
        }
    }
    Ok(())
}
