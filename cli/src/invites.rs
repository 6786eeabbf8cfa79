//! `caucus invites`: signed invites made on the organiser's machine.
//!
//! The server is only asked whether the survey exists and is open; it
//! never sees the invites until someone uses one. The HTML sheet is for
//! printing, cutting and shuffling, so that after a handout in person no
//! one, organisers included, knows who holds which code.

use std::io::Write;

use anyhow::{bail, Context};
use caucus_core::{CampaignId, Invite, OrganiserKey};
use minijinja::{context, Environment, Value};
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use serde::Serialize;

use crate::args::{InviteFormat, InviteOptions};
use crate::client::{parse_id, Client};

const SHEET: &str = include_str!("../../templates/invites.html");
pub const MAX_INVITES: u32 = 100_000;

#[derive(Serialize)]
struct Card {
    code: String,
    url: String,
    qr: Value,
}

/// `page` is the survey (`/s/ID`) or statement (`/st/ID`) page URL.
pub fn link(page: &str, invite: &Invite) -> String {
    format!("{page}?invite={}", invite.code())
}

pub fn make(key: &OrganiserKey, id: &CampaignId, count: u32) -> Vec<Invite> {
    let mut rng = rand::rngs::OsRng;
    (0..count)
        .map(|_| Invite::issue(key, id, &mut rng))
        .collect()
}

fn qr_svg(text: &str) -> anyhow::Result<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .context("making a QR code")?;
    let image = code
        .render::<svg::Color>()
        .min_dimensions(180, 180)
        .quiet_zone(true)
        .build();
    // Drop the XML prolog: the SVG is inlined into HTML.
    Ok(match image.find("<svg") {
        Some(start) => image[start..].to_string(),
        None => image,
    })
}

pub fn render(
    format: InviteFormat,
    base: &str,
    page: &str,
    title: &str,
    invites: &[Invite],
) -> anyhow::Result<String> {
    Ok(match format {
        InviteFormat::Links => invites.iter().map(|i| link(page, i) + "\n").collect(),
        InviteFormat::Csv => {
            let mut out = String::from("code,url\n");
            for invite in invites {
                out.push_str(&format!("{},{}\n", invite.code(), link(page, invite)));
            }
            out
        }
        InviteFormat::Html => {
            let cards = invites
                .iter()
                .map(|invite| {
                    let url = link(page, invite);
                    Ok(Card {
                        code: invite.code(),
                        qr: Value::from_safe_string(qr_svg(&url)?),
                        url,
                    })
                })
                .collect::<anyhow::Result<Vec<_>>>()?;
            let mut env = Environment::new();
            env.add_template("invites.html", SHEET)?;
            env.get_template("invites.html")?.render(context! {
                title, base, survey_url => page, cards, privacy_url => format!("{base}/privacy"),
            })?
        }
    })
}

pub fn command(options: &InviteOptions, out: &mut dyn Write) -> anyhow::Result<()> {
    if !(1..=MAX_INVITES).contains(&options.count) {
        bail!("--count must be from 1 to {MAX_INVITES}");
    }
    let id = parse_id(&options.id)?;
    let client = Client::new(&options.remote.server)?.with_key(&options.remote.key)?;
    // A survey or a statement: the invite is the same, the page differs.
    let (campaign, page) = match client.public_survey(&id) {
        Ok(survey) => (survey, format!("{}/s/{id}", client.base())),
        Err(survey_err) => match client.get_json(&format!("/api/v1/statements/{id}")) {
            Ok(statement) => (statement, format!("{}/st/{id}", client.base())),
            Err(_) => return Err(survey_err),
        },
    };
    if campaign["state"].as_str() == Some("closed") {
        bail!("{id} is closed; invites for it would not work");
    }
    let title = campaign["title"].as_str().unwrap_or("caucus").to_string();
    let invites = make(client.key()?, &id, options.count);
    let text = render(options.format, client.base(), &page, &title, &invites)?;
    match &options.out {
        Some(path) => {
            crate::write_private(path, text.as_bytes())?;
            eprintln!("wrote {} invites to {}", invites.len(), path.display());
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(())
}
