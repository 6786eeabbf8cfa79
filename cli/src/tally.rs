//! `caucus tally`: download the sealed ballot box, open it in memory one
//! response at a time, count, and print only the suppressed report.
//!
//! Opened answers live only inside the loop that counts them; nothing
//! per-respondent is kept, printed or written.

use std::io::Write;

use anyhow::{anyhow, bail, Context};
use caucus_core::seal::SealError;
use caucus_core::tally::{Report, Tally};
use caucus_core::{CampaignId, OrganiserKey, SealedResponse, Survey};

use crate::args::TallyOptions;
use crate::client::{parse_id, Client};
use crate::report;

/// What opening the box found, besides the counts.
pub struct Opened {
    pub report: Report,
    /// Responses that failed to open (damaged, or sealed to other keys).
    pub unreadable: u64,
}

pub fn tally_survey(
    client: &Client,
    id: &CampaignId,
    survey: &Survey,
    by: Option<&str>,
) -> anyhow::Result<Opened> {
    let key: &OrganiserKey = client.key()?;
    let mut tally = Tally::new(survey, by)?;
    let mut unreadable = 0u64;
    let mut not_for_key = 0u64;
    client.for_each_sealed(id, |bytes| match SealedResponse(bytes).open(id, key) {
        Ok(answers) => tally.add(&answers),
        Err(SealError::NotForThisKey) => not_for_key += 1,
        Err(_) => unreadable += 1,
    })?;
    if not_for_key > 0 && tally.responses() == 0 {
        bail!("this key opens none of the {not_for_key} responses: it is not one of the organiser keys the server sealed them to");
    }
    Ok(Opened {
        report: tally.report(&id.to_string()),
        unreadable: unreadable + not_for_key,
    })
}

pub fn command(options: &TallyOptions, out: &mut dyn Write) -> anyhow::Result<()> {
    let id = parse_id(&options.id)?;
    let client = Client::new(&options.remote.server)?.with_key(&options.remote.key)?;
    let status = client.status(&options.id)?;
    if status["state"].as_str() == Some("open") {
        bail!(
            "survey {id} is still open. Close it first (caucus close {id} ...): results taken while \
             answers still arrive could be compared to single out the newest ones"
        );
    }
    let survey: Survey = serde_json::from_value(status["survey"].clone()).map_err(|e| {
        anyhow!("the server sent a survey definition this version cannot read: {e}")
    })?;
    let opened = tally_survey(&client, &id, &survey, options.by.as_deref())?;
    if opened.unreadable > 0 {
        eprintln!(
            "warning: {} sealed responses could not be opened with this key and are not counted",
            opened.unreadable
        );
    }
    let text = report::render(&opened.report, options.format)?;
    match &options.out {
        Some(path) => {
            crate::write_private(path, text.as_bytes())?;
            eprintln!("wrote {}", path.display());
        }
        None => out
            .write_all(text.as_bytes())
            .context("writing the report")?,
    }
    Ok(())
}
