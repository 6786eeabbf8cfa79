//! Invite codes, campaign ids and keys: one spelling each.

use crate::id::CampaignId;
use crate::invite::{Invite, InviteError};
use crate::keys::{OrganiserKey, OrganiserPublicKey, ServerKey, ServerPublicKey};

use super::fixtures::*;
use super::{Outcome, Violation};

/// Invite codes, as pasted into a survey or statement page.
pub fn invite(data: &[u8]) -> Outcome {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(());
    };
    let invite = match Invite::parse(text) {
        Ok(invite) => invite,
        Err(e) => {
            ensure!(
                (e == InviteError::Missing) == text.trim().is_empty(),
                "missing means blank"
            );
            return Ok(());
        }
    };
    ensure!(invite.code() == text.trim(), "an invite has one spelling");
    ensure!(
        Invite::parse(&invite.code()).as_ref() == Ok(&invite),
        "invite round trip changed it"
    );
    let f = fixtures()?;
    let other = CampaignId::from_bytes([8; 16]);
    let organisers = [f.organiser.public().clone()];
    if invite.verify(&f.campaign, &organisers).is_ok() {
        ensure!(
            invite.verify(&other, &organisers) == Err(InviteError::Forged),
            "an invite verified for two campaigns"
        );
    }
    ensure!(
        invite.spend_tag(&f.campaign) != invite.spend_tag(&other),
        "spend tags must differ per campaign"
    );
    Ok(())
}

/// Campaign ids, public keys and key files: one spelling each.
pub fn keys(data: &[u8]) -> Outcome {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(());
    };
    if let Ok(id) = text.parse::<CampaignId>() {
        ensure!(id.to_string() == text, "a campaign id has one spelling");
    }
    if let Ok(key) = text.parse::<OrganiserPublicKey>() {
        ensure!(
            key.to_string() == text.trim(),
            "an organiser key has one spelling"
        );
    }
    if let Ok(key) = text.parse::<ServerPublicKey>() {
        ensure!(
            key.to_string() == text.trim(),
            "a server key has one spelling"
        );
    }
    if let Ok(key) = OrganiserKey::from_file_text(text) {
        let back = OrganiserKey::from_file_text(&key.to_file_text())
            .map_err(|e| Violation(format!("own organiser key file refused: {e}")))?;
        ensure!(
            back.public() == key.public(),
            "organiser key file round trip"
        );
    }
    if let Ok(key) = ServerKey::from_file_text(text) {
        let back = ServerKey::from_file_text(&key.to_file_text())
            .map_err(|e| Violation(format!("own server key file refused: {e}")))?;
        ensure!(back.public() == key.public(), "server key file round trip");
    }
    Ok(())
}
