//! What every handler shares, built once at start.

use caucus_core::{OrganiserPublicKey, ServerKey};

use crate::http::render::Templates;
use crate::store::Store;
use crate::writes::commit::Committer;

pub struct AppState {
    pub store: Store,
    pub committer: Committer,
    pub organisers: Vec<OrganiserPublicKey>,
    /// Invite signatures, checked in batches across requests.
    pub invite_checks: std::sync::Arc<crate::writes::invite_checks::InviteChecks>,
    pub server_key: ServerKey,
    pub templates: Templates,
    /// Per-campaign budgets of failed attempts (memory only).
    pub flood: crate::http::flood::Flood,
}

/// Seconds since the Unix epoch, for signed-request windows only (never stored
/// next to a response).
pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
