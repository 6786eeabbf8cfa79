//! `caucus statement`: create a statement (its log's header signed by the
//! organiser key, offline), reveal its names (see [`crate::reveal`]) and
//! strike a named signature shown to be false.

use std::io::Write;

use anyhow::Context;
use caucus_core::log::entry::Header;
use caucus_core::log::strike::Strike;
use caucus_core::statement::Statement;

use crate::args::StatementCommand;
use crate::client::{parse_id, Client};
use crate::read_survey;

pub fn command(command: StatementCommand, out: &mut dyn Write) -> anyhow::Result<()> {
    match command {
        StatementCommand::Create { file, remote } => {
            let text = read_survey(&file)?;
            let client = Client::new(&remote.server)?.with_key(&remote.key)?;
            let id = create(&client, &text).with_context(|| format!("{}", file.display()))?;
            writeln!(out, "{id}")?;
        }
        StatementCommand::Check { file } => crate::check::statement(&file, out)?,
        StatementCommand::Reveal { id, remote } => {
            let statement = parse_id(&id)?;
            let client = Client::new(&remote.server)?.with_key(&remote.key)?;
            crate::reveal::reveal(&client, &statement, out)?;
        }
        StatementCommand::Strike { id, entry, remote } => {
            let statement = parse_id(&id)?;
            let client = Client::new(&remote.server)?.with_key(&remote.key)?;
            let key = client.key()?;
            let strike = Strike {
                statement,
                entry,
                organiser: key.public().clone(),
            }
            .signed_bytes(key);
            let reply = client.strike(&statement, &String::from_utf8(strike)?)?;
            writeln!(
                out,
                "struck signature {entry} of statement {statement} (strike entry {})",
                reply["entry"]
            )?;
        }
    }
    Ok(())
}

/// Pick an id, sign the log's header with the organiser key, upload both.
fn create(client: &Client, text: &str) -> anyhow::Result<String> {
    let statement = Statement::from_toml(text)?;
    let id = caucus_core::CampaignId::random(&mut rand::rngs::OsRng);
    let key = client.key()?;
    // The server that will sign the log, named in the signed header, so
    // verifiers check its key instead of taking it on first use.
    let server_key: caucus_core::ServerPublicKey = client
        .server_key()?
        .parse()
        .map_err(|_| anyhow::anyhow!("the server announced a malformed key"))?;
    eprintln!(
        "the header names the server key {server_key}: compare it with the one the host gave you"
    );
    let header = Header::new(id, &statement, key.public())
        .with_server_key(&server_key)
        .signed_bytes(key);
    let header = String::from_utf8(header).context("header text")?;
    client.create_statement(text, &header)
}
