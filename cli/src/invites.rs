//! `caucus invites`: invites made on the organiser's machine.
//!
//! By default, short codes a person can type (`K7QM-4XPD-93FT-WQ2B`): the
//! server receives only their hashes, in a batch signed by the organiser
//! key, and sees a code only when someone uses it. With `--long`, signed
//! 107-character invites, of which the server learns nothing in advance.
//! The HTML sheet is for printing, cutting and shuffling, so that after a
//! handout in person no one, organisers included, knows who holds which.

use std::io::Write;

use anyhow::{bail, Context};
use caucus_core::encoding::b64url;
use caucus_core::i18n::{self, escape_html};
use caucus_core::short_code::ShortCode;
use caucus_core::{CampaignId, Invite, OrganiserKey};
use minijinja::value::Kwargs;
use minijinja::{context, Environment, Value};
use qrcode::{Color, EcLevel, QrCode};
use serde::Serialize;

use crate::args::{InviteFormat, InviteOptions};
use crate::client::{parse_id, Client};
use crate::html_report::message;

const SHEET: &str = include_str!("../../templates/invites.html");
pub const MAX_INVITES: u32 = 100_000;

/// One language of a sheet: the campaign's title in it, and the
/// interface words (a shipped language, English otherwise) beside it.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct Side {
    /// The language of the title (`lang` attribute).
    pub lang: String,
    pub title: String,
    /// The language of the words around it.
    pub words: &'static str,
    pub dir: &'static str,
}

impl Side {
    /// Language `lang` of a campaign whose public JSON is `campaign`: its
    /// translated title where it has one.
    pub fn of(campaign: &serde_json::Value, lang: &str) -> Self {
        let own = campaign["title"].as_str().unwrap_or("caucus");
        let (title, title_lang) = match campaign["translations"][lang]["title"].as_str() {
            Some(title) => (title, lang),
            None => (own, campaign["lang"].as_str().unwrap_or("en")),
        };
        let words = i18n::language(lang).unwrap_or(i18n::ENGLISH);
        Self {
            lang: title_lang.to_string(),
            title: title.to_string(),
            words: words.code,
            dir: words.dir(),
        }
    }
}

#[derive(Serialize)]
struct Card {
    code: String,
    url: String,
    qr: Value,
}

/// Hashes sent to the server per signed batch (see the server's limit).
const BATCH: usize = 20_000;

/// `page` is the survey (`/s/ID`) or statement (`/st/ID`) page URL.
pub fn link(page: &str, code: &str) -> String {
    format!("{page}?invite={code}")
}

pub fn make(key: &OrganiserKey, id: &CampaignId, count: u32) -> Vec<Invite> {
    let mut rng = rand::rngs::OsRng;
    (0..count)
        .map(|_| Invite::issue(key, id, &mut rng))
        .collect()
}

/// A QR code as one small inline SVG: each row's runs of dark modules are
/// strokes of one path, in relative moves, so a card stays under 4 KB of
/// HTML (the crate's own SVG writes a rectangle per module, about 13 KB).
/// `label` is its accessible name.
fn qr_svg(text: &str, label: &str) -> anyhow::Result<String> {
    const QUIET: usize = 4;
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .context("making a QR code")?;
    let width = code.width();
    let modules = code.to_colors();
    let mut path = String::new();
    for y in 0..width {
        let row = &modules[y * width..(y + 1) * width];
        // Where the pen is after the last run of this row, if any.
        let mut pen: Option<usize> = None;
        let mut x = 0;
        while x < width {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] == Color::Dark {
                x += 1;
            }
            match pen {
                None => path.push_str(&format!("M{} {}.5", start + QUIET, y + QUIET)),
                Some(at) => path.push_str(&format!("m{} 0", start - at)),
            }
            path.push_str(&format!("h{}", x - start));
            pen = Some(x);
        }
    }
    let size = width + 2 * QUIET;
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" \
         shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"{label}\">\
         <rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path stroke=\"#000\" d=\"{path}\"/></svg>",
        label = escape_html(label)
    ))
}

/// `count` short codes, their hashes registered with the server for `id`
/// (a survey or statement: `kind`) before any is shown.
fn make_short(
    client: &Client,
    kind: &str,
    id: &CampaignId,
    count: u32,
) -> anyhow::Result<Vec<String>> {
    let mut rng = rand::rngs::OsRng;
    let codes: Vec<ShortCode> = (0..count).map(|_| ShortCode::generate(&mut rng)).collect();
    let hashes: Vec<String> = codes.iter().map(|c| b64url(&c.hash(id))).collect();
    for batch in hashes.chunks(BATCH) {
        client
            .register_invites(kind, id, batch)
            .context("registering the invite codes; none of them was written out")?;
    }
    Ok(codes.iter().map(ShortCode::code).collect())
}

/// `ticket_key` is the campaign's ticket key fingerprint, printed on each
/// card so people can check the key their ticket was made with; `sides`
/// are the sheet's languages (one, or two for a bilingual sheet), the
/// first also that of the note around the cards.
pub fn render(
    format: InviteFormat,
    base: &str,
    page: &str,
    ticket_key: Option<&str>,
    codes: &[String],
    sides: &[Side],
) -> anyhow::Result<String> {
    Ok(match format {
        InviteFormat::Links => codes.iter().map(|c| link(page, c) + "\n").collect(),
        InviteFormat::Csv => {
            let mut out = String::from("code,url\n");
            for code in codes {
                out.push_str(&format!("{code},{}\n", link(page, code)));
            }
            out
        }
        InviteFormat::Html => {
            let first = sides.first().context("a sheet needs a language")?;
            let code = first.words;
            let qr_label = i18n::text(code, "invites-qr-label", &[]);
            let cards = codes
                .iter()
                .map(|code| {
                    let url = link(page, code);
                    Ok(Card {
                        code: code.clone(),
                        qr: Value::from_safe_string(qr_svg(&url, &qr_label)?),
                        url,
                    })
                })
                .collect::<anyhow::Result<Vec<_>>>()?;
            let mut env = Environment::new();
            // The report's `t` and `th`, in the sheet's one language.
            env.add_function("t", move |key: &str, kwargs: Kwargs| {
                message(code, key, &kwargs, false)
            });
            env.add_function("th", move |key: &str, kwargs: Kwargs| {
                message(code, key, &kwargs, true).map(Value::from_safe_string)
            });
            // The same in another language of the sheet: each side of a
            // bilingual card speaks its own.
            env.add_function("th_in", |words: &str, key: &str, kwargs: Kwargs| {
                message(words, key, &kwargs, true).map(Value::from_safe_string)
            });
            env.add_function("t_in", |words: &str, key: &str, kwargs: Kwargs| {
                message(words, key, &kwargs, false)
            });
            env.add_template("invites.html", SHEET)?;
            env.get_template("invites.html")?.render(context! {
                title => &first.title, title_lang => &first.lang, sides, base,
                survey_url => page, cards, privacy_url => format!("{base}/privacy"),
                ticket_key, lang => code, dir => first.dir,
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
    let (campaign, page, kind) = match client.public_survey(&id) {
        Ok(survey) => (survey, format!("{}/s/{id}", client.base()), "surveys"),
        Err(survey_err) => match client.get_json(&format!("/api/v1/statements/{id}")) {
            Ok(statement) => (
                statement,
                format!("{}/st/{id}", client.base()),
                "statements",
            ),
            Err(_) => return Err(survey_err),
        },
    };
    if campaign["state"].as_str() == Some("closed") {
        bail!("{id} is closed; invites for it would not work");
    }
    if options.lang.len() > 2 {
        bail!("--lang takes one language, or two for a bilingual sheet");
    }
    // Before any code is registered: a language neither caucus nor the
    // campaign has would print a sheet nobody asked for.
    let own = campaign["lang"].as_str().unwrap_or("en");
    let translated = campaign["translations"].as_object();
    for lang in &options.lang {
        let known = lang == own
            || translated.is_some_and(|t| t.contains_key(lang))
            || i18n::language(lang).is_some();
        if !known {
            let mut campaign_langs = vec![own.to_string()];
            campaign_langs.extend(translated.into_iter().flat_map(|t| t.keys().cloned()));
            let shipped: Vec<&str> = i18n::LANGUAGES.iter().map(|l| l.code).collect();
            bail!(
                "--lang {lang}: {id} is in {} and caucus's own words are in {}; no invites were made",
                campaign_langs.join(", "),
                shipped.join(", ")
            );
        }
    }
    let sides: Vec<Side> = options
        .lang
        .iter()
        .map(|l| Side::of(&campaign, l))
        .collect();
    // Registered codes that are never written out would still count as
    // issued: refuse a taken output file first.
    if let Some(path) = options.out.as_ref().filter(|p| p.exists()) {
        bail!(
            "{} already exists; refusing to overwrite it",
            path.display()
        );
    }
    let codes = if options.long {
        make(client.key()?, &id, options.count)
            .iter()
            .map(Invite::code)
            .collect()
    } else {
        make_short(&client, kind, &id, options.count)?
    };
    let ticket_key = campaign["ticket_key"]["fingerprint"].as_str();
    let text = render(
        options.format,
        client.base(),
        &page,
        ticket_key,
        &codes,
        &sides,
    )?;
    match &options.out {
        Some(path) => {
            crate::write_private(path, text.as_bytes())?;
            eprintln!("wrote {} invites to {}", codes.len(), path.display());
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

    use super::*;
    use caucus_core::i18n::text;

    const PAGE: &str = "https://caucus.example/s/abc";

    fn sheet(lang: &str) -> String {
        let campaign = serde_json::json!({"title": "Monitoring <at> work"});
        sheet_of(&[Side::of(&campaign, lang)])
    }

    fn sheet_of(sides: &[Side]) -> String {
        let codes = vec!["K7QM-4XPD-93FT-WQ2B".to_string(), "A".repeat(107)];
        render(
            InviteFormat::Html,
            "https://caucus.example",
            PAGE,
            Some("9f86d081"),
            &codes,
            sides,
        )
        .unwrap()
    }

    #[test]
    fn a_bilingual_sheet_says_each_card_in_both_languages() {
        let campaign = serde_json::json!({
            "title": "Monitoring at work",
            "lang": "en",
            "translations": {"es": {"title": "La vigilancia en el trabajo"}},
        });
        let html = sheet_of(&[Side::of(&campaign, "es"), Side::of(&campaign, "en")]);
        assert!(html.contains("<html lang=\"es\" dir=\"ltr\">"), "{html}");
        assert_eq!(
            html.matches("<h2 dir=\"auto\" lang=\"es\">La vigilancia en el trabajo</h2>")
                .count(),
            2,
            "{html}"
        );
        assert_eq!(
            html.matches("<h2 dir=\"auto\" lang=\"en\">Monitoring at work</h2>")
                .count(),
            2,
            "{html}"
        );
        for lang in ["es", "en"] {
            let how = text(
                lang,
                "invites-how-short",
                &[("url", caucus_core::i18n::Arg::html(PAGE))],
            );
            assert_eq!(
                html.matches(&how).count(),
                1,
                "{lang}: {how} once, on the short card"
            );
        }
        // The code itself is printed once a card, whatever the languages.
        assert_eq!(html.matches("K7QM-4XPD-93FT-WQ2B</p>").count(), 1, "{html}");
        // A language the campaign lacks keeps its own title, marked.
        let side = Side::of(&campaign, "fr");
        assert_eq!(
            (side.title.as_str(), side.lang.as_str(), side.words),
            ("Monitoring at work", "en", "fr")
        );
    }

    /// Every fixed text of the sheet, in English.
    const ENGLISH: &[&str] = &[
        "Invites for",
        "Print, cut along",
        "shuffle",
        "Scan with a",
        "type the code",
        "capitals or not",
        "Ticket key",
        "QR code of the invite link",
        "This note does not print",
    ];

    #[test]
    fn the_sheet_is_in_its_language() {
        let html = sheet("es");
        assert!(html.contains("<html lang=\"es\" dir=\"ltr\">"), "{html}");
        for key in ["invites-intro", "invites-ticket-key", "invites-qr-label"] {
            let expected = text("es", key, &[]);
            assert!(html.contains(&expected), "no {expected:?} in {html}");
        }
        assert!(html.contains("2 invitaciones."), "{html}");
        assert!(html.contains("<strong>baraja</strong>"), "{html}");
        assert!(html.contains("Escanea con un teléfono <strong>personal</strong>"));
        assert!(html.contains("la I y la L cuentan como 1"), "{html}");
        assert!(html.contains(&format!("<bdi>{PAGE}</bdi>")), "{html}");
        assert!(html.contains("<title>Invitaciones: Monitoring &lt;at&gt; work</title>"));
        assert!(html.contains("Invitaciones para «<bdi>Monitoring &lt;at&gt; work</bdi>»"));
        for english in ENGLISH {
            assert!(!html.contains(english), "English {english:?} in {html}");
        }
    }

    #[test]
    fn arabic_is_right_to_left_and_english_is_as_before() {
        let html = sheet("ar");
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
        assert!(html.contains(&text("ar", "invites-qr-label", &[])));
        assert!(html.contains("دعوتان."), "{html}");
        for english in ENGLISH {
            assert!(!html.contains(english), "English {english:?} in {html}");
        }
        let html = sheet("en");
        assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
        for english in ENGLISH {
            assert!(html.contains(english), "no {english:?} in {html}");
        }
        assert!(html.contains("2 invites."));
    }
}
