//! Where a stored response's disk goes (issue 18, part 3): the answers
//! themselves, their padding, what sealing adds to each organiser's copy,
//! its wrapping under the campaign key and its place in the survey's
//! response file, its spend record, and what sled adds on top, which is
//! the data directory's size less all of those.
//!
//! The sealed parts are measured by sealing a sample of the same random
//! answers the bench sends, with the same organiser keys, exactly as the
//! server seals them (`SealedResponse::seal`), and the plaintext before
//! and after its padding comes from the same code
//! (`SealedResponse::plaintext_len`).

use anyhow::anyhow;
use caucus_core::keys::OrganiserPublicKey;
use caucus_core::seal::SealedResponse;
use caucus_core::{CampaignId, Survey};
use rand::rngs::OsRng;

use crate::answers::random_answers;

/// Answers sealed to measure the average.
const SAMPLE: usize = 2_000;

/// The key sled keeps for each response: its invite's spend record (`i`,
/// campaign id, 32-byte spend tag, empty value). The server's `store`
/// module documents the layout.
pub const KEY_BYTES: f64 = 49.0;
/// What storing adds to a sealed response: the campaign key's wrapping
/// (a 24-byte XChaCha20 nonce and a 16-byte Poly1305 tag) and the record's
/// 4-byte length in the response file.
pub const WRAP_BYTES: f64 = 24.0 + 16.0 + 4.0;

/// Average bytes per stored response, by part.
pub struct DiskShare {
    /// The data directory's size divided by the responses it holds.
    pub per_response: f64,
    /// The answers' JSON, once for each organiser.
    pub answers: f64,
    /// Spaces added to reach a multiple of 256, once for each organiser.
    pub padding: f64,
    /// Per organiser a key fingerprint, an HPKE encapsulated key, a length
    /// and an AEAD tag; and the magic and count once.
    pub sealing: f64,
    pub wrapping: f64,
    pub keys: f64,
    /// What is left: sled's headers, half-full nodes and log segments
    /// still holding superseded copies, and the small files beside it.
    pub sled: f64,
}

pub fn measure(
    survey: &Survey,
    campaign: &CampaignId,
    organisers: &[OrganiserPublicKey],
    responses: u64,
    dir_bytes: u64,
) -> anyhow::Result<DiskShare> {
    if responses == 0 {
        return Err(anyhow!("no responses to share the disk among"));
    }
    let copies = organisers.len() as f64;
    let (mut sealed, mut plain, mut padded) = (0usize, 0usize, 0usize);
    for _ in 0..SAMPLE {
        let value = random_answers(survey, &mut OsRng);
        let answers = survey
            .validate_answers(&value)
            .map_err(|errors| anyhow!("the bench made invalid answers: {errors:?}"))?;
        let (unpadded, with_padding) = SealedResponse::plaintext_len(&answers)
            .map_err(|e| anyhow!("encoding a sample: {e}"))?;
        plain += unpadded;
        padded += with_padding;
        sealed += SealedResponse::seal(&answers, campaign, organisers, &mut OsRng)
            .map_err(|e| anyhow!("sealing a sample: {e}"))?
            .0
            .len();
    }
    let n = SAMPLE as f64;
    let (sealed, plain, padded) = (sealed as f64 / n, plain as f64 / n, padded as f64 / n);
    let per_response = dir_bytes as f64 / responses as f64;
    Ok(DiskShare {
        per_response,
        answers: copies * plain,
        padding: copies * (padded - plain),
        sealing: sealed - copies * padded,
        wrapping: WRAP_BYTES,
        keys: KEY_BYTES,
        sled: per_response - sealed - WRAP_BYTES - KEY_BYTES,
    })
}
