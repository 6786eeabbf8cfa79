//! `caucus tally` and `caucus publish`: open the sealed ballot box in
//! memory, count, check the release against every earlier one, register
//! it with the server, and only then write or publish it.
//!
//! Opened answers live only inside the worker thread that counts them
//! (see [`open`]); nothing per-respondent is kept, printed or written
//! (free text, when asked for, is kept per question and published only
//! under the rules of [`caucus_core::tally`]).

use std::io::Write;

use anyhow::{anyhow, bail, Context};
use caucus_core::encoding::from_b64url;
use caucus_core::redact::Redactions;
use caucus_core::release::{self, Earlier};
use caucus_core::report::Report;
use caucus_core::seal::{SealError, SealedRelease};
use caucus_core::tally::{shuffle_comments, Tally};
use caucus_core::{CampaignId, OrganiserKey, Survey};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{json, Value};

use crate::args::{PublishOptions, ReleaseOptions, TallyOptions};
use crate::client::{parse_id, Client, SEALED_PAGE};
use crate::{exports, report};

pub mod open;

pub use open::Opened;
use open::Opener;

/// A progress bar on stderr for `total` responses. indicatif draws nothing
/// when stderr is not a terminal, so scripts and tests stay quiet.
fn progress(total: u64) -> ProgressBar {
    let bar = ProgressBar::new(total);
    if let Ok(style) =
        ProgressStyle::with_template("opening {bar:30} {pos}/{len} responses ({eta} left)")
    {
        bar.set_style(style);
    }
    bar
}

/// Open every sealed response of `id` and count it, on every core while
/// the box downloads (see [`open`]).
pub fn open_box(
    client: &Client,
    id: &CampaignId,
    survey: &Survey,
    options: &ReleaseOptions,
    expected: u64,
) -> anyhow::Result<Opened> {
    let key: &OrganiserKey = client.key()?;
    let by: Vec<&str> = options.by.iter().map(String::as_str).collect();
    let tallies = (0..open::workers())
        .map(|_| {
            let tally = Tally::new(survey, &by)?;
            Ok(if options.include_text {
                tally.with_text()
            } else {
                tally
            })
        })
        .collect::<anyhow::Result<Vec<Tally>>>()?;
    let bar = progress(expected);
    let opened = open::open_all(Opener { id, key }, tallies, &bar, |each| {
        client.for_each_sealed_page(id, SEALED_PAGE, each)
    });
    bar.finish_and_clear();
    opened
}

/// The report a release would carry, checked against every earlier one.
/// The release, checked against earlier ones, and the survey it counts.
pub fn prepare(
    client: &Client,
    id_text: &str,
    options: &ReleaseOptions,
) -> anyhow::Result<(Report, Survey)> {
    let id = parse_id(id_text)?;
    let status = client.status(id_text)?;
    if status["state"].as_str() == Some("open") {
        bail!(
            "survey {id} is still open ({} responses so far). Close it first (caucus close {id} ...): \
             results taken while answers still arrive could be compared to single out the newest ones",
            status["responses"]
        );
    }
    let survey: Survey = serde_json::from_value(status["survey"].clone()).map_err(|e| {
        anyhow!("the server sent a survey definition this version cannot read: {e}")
    })?;
    let redactions = match &options.redact {
        Some(path) => Some(
            std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))
                .and_then(|text| {
                    Redactions::from_toml(&text).with_context(|| format!("{}", path.display()))
                })?,
        ),
        None => None,
    };
    let expected = status["responses"].as_u64().unwrap_or(0);
    let opened = open_box(client, &id, &survey, options, expected)?;
    if opened.unreadable > 0 {
        eprintln!(
            "warning: {} sealed responses could not be opened with this key and are not counted",
            opened.unreadable
        );
    }
    let mut rng = rand::rngs::OsRng;
    let mut report = match options.epsilon {
        Some(epsilon) => opened
            .tally
            .noisy_report(&id.to_string(), epsilon, &mut rng)?,
        None => opened.tally.report(&id.to_string()),
    };
    shuffle_comments(&mut report, &mut rng);
    if let Some(redactions) = redactions {
        let done = redactions.apply(&mut report)?;
        eprintln!(
            "redacted: {} comments removed, {} edited",
            done.removed, done.edited
        );
    }
    let earlier = earlier_reports(client, &id)?;
    let views: Vec<Earlier> = earlier
        .iter()
        .map(|(seq, report)| Earlier { seq: *seq, report })
        .collect();
    release::check(&survey, &views, &report).map_err(|e| {
        anyhow!(
            "refused for question `{}`: {e}. Nothing was written or registered",
            e.question
        )
    })?;
    print_budget(&report, &earlier)?;
    Ok((report, survey))
}

/// Earlier releases, opened: publications are plain, exports sealed.
fn earlier_reports(client: &Client, id: &CampaignId) -> anyhow::Result<Vec<(u32, Report)>> {
    let key = client.key()?;
    let list = client.releases(id)?;
    let releases = list["releases"]
        .as_array()
        .ok_or_else(|| anyhow!("the server sent a malformed list of releases"))?;
    let mut reports = Vec::with_capacity(releases.len());
    for release in releases {
        let seq = release["seq"]
            .as_u64()
            .and_then(|s| u32::try_from(s).ok())
            .unwrap_or(0);
        let report: Report = if let Some(sealed) = release["sealed"].as_str() {
            let bytes = from_b64url(sealed).ok_or_else(|| anyhow!("release #{seq}: malformed"))?;
            let json = SealedRelease(bytes).open(id, key).map_err(|e| match e {
                SealError::NotForThisKey => anyhow!(
                    "release #{seq} is sealed to other organiser keys, so this release cannot be \
                     checked against it; make it with one of those keys"
                ),
                e => anyhow!("release #{seq}: {e}"),
            })?;
            serde_json::from_slice(&json).with_context(|| format!("release #{seq}"))?
        } else {
            serde_json::from_value(release["report"].clone())
                .with_context(|| format!("release #{seq}"))?
        };
        reports.push((seq, report));
    }
    Ok(reports)
}

/// Differential privacy spends budget release after release: say how much.
fn print_budget(report: &Report, earlier: &[(u32, Report)]) -> anyhow::Result<()> {
    let Some(noise) = &report.noise else {
        return Ok(());
    };
    let before: Vec<&caucus_core::report::Noise> = earlier
        .iter()
        .filter_map(|(_, r)| r.noise.as_ref())
        .collect();
    let used = caucus_core::noise::survey_budget(&before, noise)
        .map_err(|e| anyhow!("refused: {e}. Nothing was written or registered"))?;
    let errors: Vec<String> = report
        .questions
        .iter()
        .filter_map(|q| q.expected_error.map(|e| format!("{} ±{e}", q.id)))
        .collect();
    eprintln!(
        "noise: {}; epsilon {} over {} tables; expected error per count: {}",
        noise.mechanism,
        noise.epsilon,
        noise.tables,
        errors.join(", ")
    );
    eprintln!(
        "privacy budget spent on this survey, with earlier noisy releases: epsilon {:.3} per count, of at most {} (so no count's combined error falls under one person)",
        used,
        caucus_core::noise::MAX_EPSILON_PER_COUNT
    );
    Ok(())
}

/// Register with the server; it refuses a release too close to another.
fn register(client: &Client, report: &Report, kind: &str) -> anyhow::Result<Value> {
    let id = parse_id(&report.survey)?;
    let body = json!({"kind": kind, "responses": report.responses, "report": report});
    client
        .register_release(&id, &body)
        .context("registering the release")
}

pub fn command(options: &TallyOptions, out: &mut dyn Write) -> anyhow::Result<()> {
    if let Some(path) = &options.out {
        exports::refuse_taken(path, options.sign)?;
    }
    let client = Client::new(&options.remote.server)?.with_key(&options.remote.key)?;
    let (report, survey) = prepare(&client, &options.id, &options.release)?;
    // Printed in the language asked for; registered as counted, in the
    // survey's own words (the server shows each reader theirs).
    let lang = options.lang.as_deref().unwrap_or(&survey.lang);
    if !survey.languages().contains(&lang) && caucus_core::i18n::language(lang).is_none() {
        bail!(
            "--lang {lang}: the survey is in {} and caucus's own words are in {}; nothing was written or registered",
            survey.languages().join(", "),
            caucus_core::i18n::LANGUAGES.iter().map(|l| l.code).collect::<Vec<_>>().join(", ")
        );
    }
    let shown = report.in_language(&survey, lang);
    let words = Some(survey.content_language(lang));
    let text = report::render(&shown, options.format, lang, words)?;
    let reply = register(&client, &report, "export")?;
    eprintln!("registered as release #{}", reply["seq"]);
    let signer = if options.sign {
        Some(client.key()?)
    } else {
        None
    };
    exports::write_export(&text, options.out.as_deref(), signer, out)
}

pub fn publish(options: &PublishOptions, out: &mut dyn Write) -> anyhow::Result<()> {
    let client = Client::new(&options.remote.server)?.with_key(&options.remote.key)?;
    let (report, _) = prepare(&client, &options.id, &options.release)?;
    let reply = register(&client, &report, "publication")?;
    writeln!(
        out,
        "published as release #{}: {}{}",
        reply["seq"],
        client.base(),
        reply["results"].as_str().unwrap_or("")
    )?;
    Ok(())
}
