//! The fixed keys, survey, log and report every check signs, verifies
//! and validates against: public test values, made once.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use ed25519_dalek::SigningKey;

use crate::encoding::hex;
use crate::id::CampaignId;
use crate::keys::{OrganiserKey, ServerKey};
use crate::log::checkpoint::{origin, sign_checkpoint, Checkpoint};
use crate::log::entry::{withdrawal_hash, Entry, Header, SignatureKind};
use crate::log::merkle::{leaf_hash, root, Hash};
use crate::report::Report;
use crate::statement::Statement;
use crate::survey::{Answer, Answers, Survey};
use crate::tally::Tally;

use super::Violation;

/// The server key fixed checks sign and verify with (public test values).
pub const SERVER_SECRET: &str = "caucus-server-secret1:QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8";
/// The organiser key fixed checks sign and verify with (public test values).
pub const ORGANISER_SECRET: &str = "caucus-organiser-secret1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-Pw";
/// The example survey every answer check validates against.
pub const EXAMPLE_SURVEY: &str = include_str!("../../../examples/monitoring-survey.toml");
/// When request signatures are checked, as a Unix time.
pub const NOW: u64 = 1_767_225_600;
/// The server's public key as request signatures name it.
pub(super) fn server_tag() -> String {
    fixtures()
        .map(|f| f.server.public().to_string())
        .unwrap_or_default()
}

pub struct Fixtures {
    pub organiser: OrganiserKey,
    pub server: ServerKey,
    /// A witness's cosigning key.
    pub witness: SigningKey,
    pub campaign: CampaignId,
    pub survey: Survey,
    /// A statement log: header, named, anonymous and unverified
    /// signatures, and the withdrawal of the first.
    pub log: Vec<Vec<u8>>,
    /// The server's signed checkpoint of the whole log.
    pub checkpoint: Checkpoint,
    pub checkpoint_note: String,
    /// A tally report of the example survey with twelve comments.
    pub report: Report,
}

fn build_fixtures() -> Option<Fixtures> {
    let organiser = OrganiserKey::from_file_text(ORGANISER_SECRET).ok()?;
    let witness = SigningKey::from_bytes(&[9; 32]);
    let server = ServerKey::from_file_text(SERVER_SECRET).ok()?;
    let campaign = CampaignId::from_bytes([7; 16]);
    let survey = Survey::from_toml(EXAMPLE_SURVEY).ok()?;
    let statement = Statement::from_toml(
        "title = 't'\nbody = 'b'\ninvite_required_for_named = false\ncloses = '2030-01-31'\n",
    )
    .ok()?;
    let mut log =
        vec![Header::new(campaign, &statement, organiser.public()).signed_bytes(&organiser)];
    for (i, kind) in [
        SignatureKind::Named,
        SignatureKind::Anonymous,
        SignatureKind::Unverified,
    ]
    .into_iter()
    .enumerate()
    {
        let entry = Entry::Signature {
            kind,
            commitment: (kind != SignatureKind::Anonymous).then(|| hex(&[i as u8; 32])),
            withdrawal_sha256: withdrawal_hash(&[i as u8 + 1; 32]),
        };
        log.push(entry.to_bytes()?);
    }
    log.push(
        Entry::Withdrawal {
            entry: 1,
            secret: [1; 32],
        }
        .to_bytes()?,
    );
    let leaves: Vec<Hash> = log.iter().map(|e| leaf_hash(e)).collect();
    let checkpoint = Checkpoint {
        origin: origin(&campaign),
        size: log.len() as u64,
        root: root(&leaves),
        extensions: Vec::new(),
    };
    let checkpoint_note = sign_checkpoint(&checkpoint, &server).ok()?.to_text();
    let mut tally = Tally::new(&survey, &[]).ok()?.with_text();
    for i in 0..12 {
        let mut answers = BTreeMap::new();
        answers.insert("area".to_string(), Answer::Number(i % 2));
        answers.insert("note".to_string(), Answer::Text(format!("comment {i}")));
        tally.add(&Answers(answers));
    }
    let report = tally.report("example");
    Some(Fixtures {
        organiser,
        server,
        witness,
        campaign,
        survey,
        log,
        checkpoint,
        checkpoint_note,
        report,
    })
}

/// The fixed keys, survey, log and report, made once.
pub fn fixtures() -> Result<&'static Fixtures, Violation> {
    static FIXTURES: OnceLock<Option<Fixtures>> = OnceLock::new();
    FIXTURES
        .get_or_init(build_fixtures)
        .as_ref()
        .ok_or_else(|| Violation("the fixed inputs could not be built".into()))
}
