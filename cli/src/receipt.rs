//! `caucus receipt`: what a survey receipt proves, checked. Anyone holding
//! one can check that the server that answers at `--server` signed it (it
//! acknowledged storing the sealed answer the receipt names, and nothing
//! about what it says). Only an organiser can look into the ballot box, so
//! `--key` adds the check that the sealed answer is there: a receipt is
//! how a respondent can ask the organisers to make sure their answer was
//! counted without saying what it was.

use std::io::Write;

use anyhow::{bail, Context};
use caucus_core::encoding::sha256;
use caucus_core::{Receipt, ServerPublicKey};

use crate::args::ReceiptOptions;
use crate::client::Client;

pub fn check(options: &ReceiptOptions, out: &mut dyn Write) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(&options.file)
        .with_context(|| format!("reading {}", options.file.display()))?;
    let receipt: Receipt = serde_json::from_str(&text).with_context(|| {
        format!(
            "{} is not a survey receipt (the JSON on the thank-you page)",
            options.file.display()
        )
    })?;
    let mut client = Client::new(&options.server)?;
    if let Some(key) = &options.key {
        client = client.with_key(key)?;
    }
    let server: ServerPublicKey = client
        .server_key()?
        .parse()
        .context("the server announced a malformed key")?;
    if !receipt.verify(Some(&server)) {
        bail!(
            "this receipt is not signed by the key of the server at {} ({server}): it was made by another server, or changed",
            options.server
        );
    }
    writeln!(
        out,
        "signed by this server's key ({server}): it acknowledged storing the sealed answer {} for survey {}",
        receipt.sealed_sha256, receipt.campaign
    )?;
    if options.key.is_none() {
        writeln!(
            out,
            "whether it is in the ballot box only the organisers can check, once the survey is closed: \
             caucus receipt FILE --server URL --key organiser.key"
        )?;
        return Ok(());
    }
    let mut found = false;
    client.for_each_sealed(&receipt.campaign, |sealed| {
        found |= caucus_core::encoding::hex(&sha256(&[&sealed])) == receipt.sealed_sha256;
    })?;
    if !found {
        bail!(
            "the sealed answer this receipt names is NOT in the ballot box of survey {}",
            receipt.campaign
        );
    }
    writeln!(
        out,
        "in the ballot box: the sealed answer is stored and will be counted"
    )?;
    Ok(())
}
