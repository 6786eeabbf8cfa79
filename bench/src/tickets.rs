//! Blind tickets under load, on the real server: issuances per second
//! (an invite burned and a blinded request evaluated and proved, per
//! `POST /api/v1/tickets`) and ticket-backed answers per second, each set
//! against its own crypto ceiling (`ceilings::issuance_crypto`,
//! `ceilings::redemption_crypto`) measured in the same run.
//!
//! Issuance reuses one blinded request with fresh invites: the server's
//! work is the same for any request, and a client's blinding would only
//! slow the load generator. Tickets for the redemption run are made by the
//! issuer itself (`Issuer::mint`, unblinded), from the campaign key in the
//! server's data directory, for the campaign's challenge at the address
//! the load is sent to.

use anyhow::{anyhow, Context};
use caucus_core::ticket::{Issuer, IssuerPublicKey, PendingTicket, TokenChallenge};
use rand::rngs::OsRng;

use crate::ceilings::answers_json;
use crate::client::{self, Pace};
use crate::server::{Driven, SubmitBench};
use crate::Window;

fn issue_request(addr: std::net::SocketAddr, invite: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "POST /api/v1/tickets HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/private-token-request\r\n\
         Caucus-Invite: {invite}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

/// Issuances: `count` fresh invites traded for tickets over `connections`.
pub fn issuance(
    bench: &SubmitBench,
    connections: usize,
    window: Window,
    pace: Pace,
    count: usize,
) -> anyhow::Result<Driven> {
    let addr = bench.deployment.addr();
    let id = bench.id;
    let view = client::get(addr, &format!("/api/v1/surveys/{id}"))?;
    let view: serde_json::Value = serde_json::from_slice(&view.body).context("survey view")?;
    let key = view["ticket_key"]["token_key"]
        .as_str()
        .ok_or_else(|| anyhow!("the survey announces no ticket key"))?;
    let key = IssuerPublicKey::parse(key)?;
    let challenge = TokenChallenge::for_campaign(&addr.to_string(), &id);
    let (_, request) = PendingTicket::new(&challenge, &key, &mut OsRng)?;
    let body = request.to_bytes();
    let invites = bench.invites(&id, count)?;
    let driven = bench.load(connections, window, pace, 200, &invites, |invite| {
        issue_request(addr, invite, &body)
    })?;
    // The first invite went for a ticket: another request with it must
    // now be refused.
    let first = invites.first().ok_or_else(|| anyhow!("no invites"))?;
    let (_, other) = PendingTicket::new(&challenge, &key, &mut OsRng)?;
    let again = issue_request(addr, first, &other.to_bytes());
    bench.spent_once(&driven, &again, "a used invite's second ticket request")?;
    Ok(driven)
}

/// Ticket-backed answers: `count` tickets, each sent once with the
/// example answers, over `connections`.
pub fn redemption(
    bench: &SubmitBench,
    connections: usize,
    window: Window,
    pace: Pace,
    count: usize,
) -> anyhow::Result<Driven> {
    let addr = bench.deployment.addr();
    let id = bench.id;
    let key_file = bench.deployment.data.join("keys").join(format!("{id}.key"));
    // The campaign key is the file's first 32 bytes (protocol.md 4a).
    let campaign_key: [u8; 32] = std::fs::read(&key_file)
        .with_context(|| format!("reading {}", key_file.display()))?
        .get(..32)
        .and_then(|key| key.try_into().ok())
        .ok_or_else(|| anyhow!("a campaign key file is at least 32 bytes"))?;
    let issuer = Issuer::from_campaign_key(&campaign_key, &id)?;
    let challenge = TokenChallenge::for_campaign(&addr.to_string(), &id);
    let tickets = mint(&issuer, &challenge, count)?;
    let answers = answers_json().to_string();
    let path = format!("/api/v1/surveys/{id}/responses");
    let request = |ticket: &str| {
        let body = format!("{{\"ticket\":\"{ticket}\",\"answers\":{answers}}}");
        client::request("POST", addr, &path, body.as_bytes())
    };
    let driven = bench.load(connections, window, pace, 201, &tickets, request)?;
    let first = tickets.first().ok_or_else(|| anyhow!("no tickets"))?;
    bench.spent_once(&driven, &request(first), "a spent ticket")?;
    Ok(driven)
}

/// `count` tickets, on two threads.
fn mint(issuer: &Issuer, challenge: &TokenChallenge, count: usize) -> anyhow::Result<Vec<String>> {
    crate::threads::make_on_two(count, || Ok(issuer.mint(challenge, &mut OsRng)?.encode()))
}
