//! `--demo`: a ready survey on workplace monitoring, a demo organiser key in
//! the data directory, and a few invite links, so a newcomer can answer and
//! tally within a minute. Re-running keeps the same key, and the same survey
//! while it is open; once it was closed, a start makes a new one beside it
//! (closed surveys stay, with their answers, to tally again), since links
//! that all say "closed" help nobody.

use std::path::{Path, PathBuf};

use anyhow::Context;
use caucus_core::log::entry::Header;
use caucus_core::statement::Statement;
use caucus_core::{CampaignId, Invite, OrganiserKey, Survey};

use crate::store::statements::StatementRecord;
use crate::store::{write_secret, Store, SurveyRecord, SurveyState};
use crate::writes::commit::{Committer, Write};

pub const DEMO_SURVEY: &str = include_str!("../../../examples/monitoring-survey.toml");
pub const DEMO_STATEMENT: &str = include_str!("../../../examples/monitoring-statement.toml");
const STATEMENT_ID_FILE: &str = "demo-statement.id";
const KEY_FILE: &str = "demo-organiser.key";
const ID_FILE: &str = "demo-survey.id";
/// The demo statement's threshold. The example file asks for 25 names, as
/// a real campaign might, but the demo prints [`STATEMENT_LINKS`] links:
/// a newcomer must be able to reach the reveal alone.
pub const DEMO_REVEAL_AT: u64 = 3;
/// Statement invite links in the banner: enough to pass the threshold
/// and try both a named and an anonymous signature.
const STATEMENT_LINKS: usize = 5;

/// The survey the demo runs, and how it came to be this one.
pub struct DemoSurvey {
    pub id: CampaignId,
    pub origin: Origin,
}

/// Why the banner shows the survey it shows.
pub enum Origin {
    /// No demo survey yet: made now.
    New,
    /// The one of an earlier start, still open: its answers so far count.
    StillOpen,
    /// The earlier one was closed, so this one is new; that one is kept.
    Replaced { closed: CampaignId },
}

/// The demo key, made on first use and kept in the data directory.
pub fn demo_key(dir: &Path) -> anyhow::Result<(OrganiserKey, PathBuf)> {
    let path = dir.join(KEY_FILE);
    if path.exists() {
        let text = std::fs::read_to_string(&path).context("reading the demo key")?;
        return Ok((
            OrganiserKey::from_file_text(&text).context("demo key")?,
            path,
        ));
    }
    std::fs::create_dir_all(dir)?;
    let key = OrganiserKey::generate(&mut rand::rngs::OsRng);
    write_secret(&path, &key.to_file_text())?;
    Ok((key, path))
}

/// The demo survey: the one of an earlier start while it is open, or a
/// new one (the first time, or once that one was closed).
pub async fn demo_survey(store: &Store, committer: &Committer) -> anyhow::Result<DemoSurvey> {
    let id_path = store.dir().join(ID_FILE);
    let mut origin = Origin::New;
    if let Ok(text) = std::fs::read_to_string(&id_path) {
        if let Ok(id) = text.trim().parse::<CampaignId>() {
            if let Some(record) = store.survey(&id)? {
                if matches!(record.state, SurveyState::Open) && record.shredded_on.is_none() {
                    return Ok(DemoSurvey {
                        id,
                        origin: Origin::StillOpen,
                    });
                }
                origin = Origin::Replaced { closed: id };
            }
        }
    }
    let survey = Survey::from_toml(DEMO_SURVEY).context("the demo survey")?;
    let id = CampaignId::random(&mut rand::rngs::OsRng);
    let record = SurveyRecord::open_now(survey);
    committer
        .commit(Write::CreateSurvey { id, record })
        .await
        .map_err(|e| anyhow::anyhow!("creating the demo survey: {e}"))?;
    std::fs::write(&id_path, format!("{id}\n")).context("remembering the demo survey")?;
    Ok(DemoSurvey { id, origin })
}

/// The demo statement: the example file with a threshold the demo's links
/// can reach.
pub fn demo_statement_text() -> anyhow::Result<Statement> {
    let mut statement = Statement::from_toml(DEMO_STATEMENT).context("the demo statement")?;
    statement.reveal_at = DEMO_REVEAL_AT;
    Ok(statement)
}

/// The demo statement's id, creating it (header signed by the demo key)
/// the first time, or when the one kept was made from another text (an
/// older demo's threshold of 25, which its links could never reach).
pub async fn demo_statement(
    store: &Store,
    committer: &Committer,
    key: &OrganiserKey,
) -> anyhow::Result<CampaignId> {
    let id_path = store.dir().join(STATEMENT_ID_FILE);
    if let Ok(text) = std::fs::read_to_string(&id_path) {
        if let Ok(id) = text.trim().parse::<CampaignId>() {
            let statement = demo_statement_text()?;
            if store
                .statement(&id)?
                .is_some_and(|record| record.statement == statement)
            {
                return Ok(id);
            }
        }
    }
    let statement = demo_statement_text()?;
    let id = CampaignId::random(&mut rand::rngs::OsRng);
    let server_key = store.server_key()?.public();
    let header = Header::new(id, &statement, key.public())
        .with_server_key(&server_key)
        .signed_bytes(key);
    let record = StatementRecord::new(statement);
    committer
        .commit(Write::CreateStatement { id, record, header })
        .await
        .map_err(|e| anyhow::anyhow!("creating the demo statement: {e}"))?;
    std::fs::write(&id_path, format!("{id}\n")).context("remembering the demo statement")?;
    Ok(id)
}

/// The statement part of the banner.
pub fn statement_banner(
    base: &str,
    id: &CampaignId,
    key: &OrganiserKey,
    key_path: &Path,
) -> String {
    let mut rng = rand::rngs::OsRng;
    let links: Vec<String> = (0..STATEMENT_LINKS)
        .map(|_| {
            format!(
                "    {base}/st/{id}?invite={}",
                Invite::issue(key, id, &mut rng).code()
            )
        })
        .collect();
    let key_path = key_path.display();
    format!(
        "  And a collective statement to sign (by name or anonymously):\n{}\n\
         \n  Names stay sealed until {DEMO_REVEAL_AT} people have signed with these links; then\
         \n  publish them all at once (the statement page says when):\
         \n    caucus statement reveal {id} --server {base} --key {key_path}\n\
         \n  Anyone can check its count:  caucus verify {id} --server {base}\n",
        links.join("\n")
    )
}

/// What `--demo` prints once the server is listening.
pub fn banner(base: &str, survey: &DemoSurvey, key: &OrganiserKey, key_path: &Path) -> String {
    let id = &survey.id;
    let key_path = key_path.display();
    let origin = match &survey.origin {
        Origin::New => String::new(),
        Origin::StillOpen => {
            "\n  The same survey as the last start: it is still open, and its answers count.\n"
                .to_string()
        }
        Origin::Replaced { closed } => format!(
            "\n  A new survey: the last start's ({closed}) is closed. It is kept with its\
             \n  answers; tally it with:\
             \n    caucus tally {closed} --server {base} --key {key_path} --by area\n"
        ),
    };
    let mut rng = rand::rngs::OsRng;
    let links: Vec<String> = (0..8)
        .map(|_| {
            format!(
                "    {base}/s/{id}?invite={}",
                Invite::issue(key, id, &mut rng).code()
            )
        })
        .collect();
    format!(
        "\ncaucus demo: a survey on workplace monitoring and AI training\n{origin}\
         \n  Open one invite link per response (each works once):\n{}\n\
         \n  After 5 or more responses, close the survey and tally it:\n\
         \n    caucus close {id} --server {base} --key {key_path}\
         \n    caucus tally {id} --server {base} --key {key_path} --by area\n\
         \n  More invites: caucus invites {id} --count 20 --server {base} --key {key_path}\n",
        links.join("\n")
    )
}
