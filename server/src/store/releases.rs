//! The release registry: every export and publication of a survey's
//! results, in order, so each new one can be checked against all before it.
//!
//! Layout: tree `releases`, key `survey id (16) | seq (u32 big-endian)` →
//! JSON [`ReleaseRecord`]. A publication keeps its report in the clear (it
//! is public on `/s/{id}/results`); an export keeps it sealed to the
//! organiser keys, like the answers it came from, because the registry
//! needs it later but a copy of the disk should not show unpublished
//! results.

use caucus_core::report::Report;
use caucus_core::CampaignId;
use serde::{Deserialize, Serialize};

use super::Store;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReleaseKind {
    Export,
    Publication,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReleaseRecord {
    pub seq: u32,
    pub kind: ReleaseKind,
    /// Responses in the ballot box when it was registered (counted by the
    /// server, and equal to the count the report was made from).
    pub responses: u64,
    /// The day it was registered: never a finer time.
    pub on: String,
    pub by: Vec<String>,
    /// Total privacy budget, for a noisy release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub epsilon: Option<f64>,
    /// SHA-256 (hex) of the report JSON as the organiser sent it.
    pub digest: String,
    /// The report itself, for a publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<Report>,
    /// The report sealed to the organiser keys, for an export: base64url,
    /// and at rest also wrapped under the campaign key (so that it is
    /// shredded with the campaign, see `CampaignKeys::wrap_export`); the
    /// admin API unwraps it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed: Option<String>,
}

pub fn release_key(id: &CampaignId, seq: u32) -> Vec<u8> {
    let mut key = id.as_bytes().to_vec();
    key.extend_from_slice(&seq.to_be_bytes());
    key
}

impl Store {
    /// Every release of a survey, oldest first.
    pub fn releases(&self, id: &CampaignId) -> anyhow::Result<Vec<ReleaseRecord>> {
        self.releases
            .scan_prefix(id.as_bytes())
            .values()
            .map(|value| Ok(serde_json::from_slice(&value?)?))
            .collect()
    }

    /// The newest publication, for the public results page.
    pub fn latest_publication(&self, id: &CampaignId) -> anyhow::Result<Option<ReleaseRecord>> {
        for value in self.releases.scan_prefix(id.as_bytes()).values().rev() {
            let record: ReleaseRecord = serde_json::from_slice(&value?)?;
            if record.kind == ReleaseKind::Publication {
                return Ok(Some(record));
            }
        }
        Ok(None)
    }
}
