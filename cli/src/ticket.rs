//! `caucus ticket get`: trade an invite for a blind ticket (RFC 9578), as
//! any Privacy Pass client would, plus the invite in one header.
//!
//! The key is checked before anything is sent: the campaign's key as its
//! page announces it must be the one in the server's public issuer
//! directory, the same for everyone, and the issuer's proof must verify
//! against it. A server that tried to tag one person with a key of their
//! own fails one check or the other.

use std::io::Write;

use anyhow::{bail, Context};
use caucus_core::ticket::{IssuerPublicKey, PendingTicket, TokenChallenge};
use caucus_core::CampaignId;

use crate::args::TicketCommand;
use crate::client::{parse_id, Client};

pub fn command(command: TicketCommand, out: &mut dyn Write) -> anyhow::Result<()> {
    match command {
        TicketCommand::Get {
            link,
            invite,
            out: path,
        } => get(&link, invite.as_deref(), &path, out),
    }
}

/// What an invite link names.
struct Link {
    base: String,
    host: String,
    /// `s` for a survey, `st` for a statement.
    kind: &'static str,
    id: CampaignId,
    invite: Option<String>,
}

fn parse_link(link: &str) -> anyhow::Result<Link> {
    let link = link.trim();
    let (scheme, rest) = link
        .split_once("://")
        .filter(|(s, _)| *s == "http" || *s == "https")
        .with_context(|| format!("`{link}` is not an http:// or https:// link"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let mut parts = path.trim_end_matches('/').split('/');
    let kind = match parts.next() {
        Some("s") => "s",
        Some("st") => "st",
        _ => bail!("`{link}` is not a survey (/s/ID) or statement (/st/ID) link"),
    };
    let id = parse_id(parts.next().unwrap_or_default())?;
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    let invite = pairs
        .into_iter()
        .find(|(k, v)| k == "invite" && !v.trim().is_empty())
        .map(|(_, v)| v);
    Ok(Link {
        base: format!("{scheme}://{host}"),
        host: host.to_string(),
        kind,
        id,
        invite,
    })
}

fn get(
    link: &str,
    invite: Option<&str>,
    path: &std::path::Path,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let link = parse_link(link)?;
    let Some(invite) = invite.map(str::to_string).or(link.invite.clone()) else {
        bail!("no invite: the link carries none, and --invite was not given");
    };
    if path.exists() {
        bail!(
            "{} already exists; refusing to overwrite it",
            path.display()
        );
    }
    let client = Client::new(&link.base)?;
    let api = if link.kind == "s" {
        "surveys"
    } else {
        "statements"
    };
    let campaign = client.get_json(&format!("/api/v1/{api}/{}", link.id))?;
    let key = campaign["ticket_key"]["token_key"]
        .as_str()
        .context("this campaign issues no tickets (its retention may be over)")?;
    let key = IssuerPublicKey::parse(key).context("the campaign's ticket key")?;
    let directory = client.get_json("/.well-known/private-token-issuer-directory")?;
    let listed = directory["token-keys"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|k| {
            k["token-type"] == 1
                && k["token-key"]
                    .as_str()
                    .and_then(|t| IssuerPublicKey::parse(t).ok())
                    == Some(key)
        });
    if !listed {
        bail!(
            "the campaign's ticket key {} is not in the server's public issuer directory: \
             it may be a key made for you alone. Do not use this server's tickets; tell the organisers",
            key.fingerprint()
        );
    }
    let issue_at = directory["issuer-request-uri"]
        .as_str()
        .context("the issuer directory names no issuance endpoint")?;
    let challenge = TokenChallenge::for_campaign(&link.host, &link.id);
    let (pending, request) = PendingTicket::new(&challenge, &key, &mut rand::rngs::OsRng)?;
    let response = client.request_ticket(issue_at, &invite, &request.to_bytes())?;
    let token = pending.finish(&response).context(
        "the server's answer does not prove it used the campaign's key; the ticket is refused",
    )?;
    let title = campaign["title"].as_str().unwrap_or_default();
    let answer_at = format!("{}/{}/{}?with=ticket", link.base, link.kind, link.id);
    let text = format!(
        "# caucus anonymous ticket: {title}\n# Use it at {answer_at}\n# Ticket key: {}\n{}\n",
        key.fingerprint(),
        token.encode()
    );
    crate::write_private(path, text.as_bytes())?;
    writeln!(
        out,
        "ticket saved to {} (readable by you only)",
        path.display()
    )?;
    writeln!(
        out,
        "ticket key: {} (compare it with the one on your invite sheet)",
        key.fingerprint()
    )?;
    writeln!(out, "use it at: {answer_at}")?;
    eprintln!(
        "Your invite is now used up; the ticket stands for it. Answering later, from another \
         network (or Tor), makes it harder to match the two by time or address."
    );
    Ok(())
}
