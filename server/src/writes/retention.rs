//! Retention: when a campaign's retention period is over, destroy what
//! could still expose the people in it.
//!
//! A survey's clock starts the day it closes (a reopen stops it); a
//! statement's starts the day after its `closes` date (a statement without
//! one is never swept). When it runs out, the commit thread deletes the
//! sealed responses and spent-invite records ([`Write::Shred`]) and, once
//! that is durable, destroys the campaign key, which makes every copy sled's log or
//! an old backup still holds unreadable (see [`crate::store::campaign_keys`]).
//! Published results, release counts, statement logs and revealed names
//! stay: they are the public record.
//!
//! The sweep runs at start (which also finishes a shred a crash
//! interrupted) and then hourly.

use std::time::Duration;

use caucus_core::CampaignId;

use crate::store::{today, Store, SurveyState};
use crate::writes::commit::{Committer, Outcome, Write};

const EVERY: Duration = Duration::from_secs(3600);

/// The Julian day number of a `YYYY-MM-DD` date; `None` if malformed.
fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.split('-').map(|p| p.parse::<i32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let month = time::Month::try_from(u8::try_from(m).ok()?).ok()?;
    let date = time::Date::from_calendar_date(y, month, u8::try_from(d).ok()?).ok()?;
    Some(i64::from(date.to_julian_day()))
}

/// Whether `days` have passed since `start` by `today`.
pub(crate) fn passed(start: &str, days: u32, today: &str) -> bool {
    match (day_number(start), day_number(today)) {
        (Some(start), Some(today)) => today - start >= i64::from(days),
        _ => false,
    }
}

/// Campaigns whose retention is over and that still hold data, and
/// shredded ones whose key a crash left behind.
pub fn due(store: &Store, today: &str) -> anyhow::Result<Vec<CampaignId>> {
    let mut due = Vec::new();
    for id in store.survey_ids()? {
        let Some(record) = store.survey(&id)? else {
            continue;
        };
        let over = match (&record.shredded_on, record.state, &record.closed_on) {
            (Some(_), _, _) => store.keys.exists(&id),
            (None, SurveyState::Closed, Some(closed)) => {
                passed(closed, record.survey.retention_days, today)
            }
            _ => false,
        };
        if over {
            due.push(id);
        }
    }
    for (id, record) in store.statements()? {
        let over = match (&record.shredded_on, &record.statement.closes) {
            (Some(_), _) => store.keys.exists(&id),
            // Signing is allowed through the `closes` day itself.
            (None, Some(closes)) => passed(closes, record.statement.retention_days + 1, today),
            (None, None) => false,
        };
        if over {
            due.push(id);
        }
    }
    Ok(due)
}

/// Shred every campaign that is due (the writer destroys its key).
pub async fn sweep(store: &Store, committer: &Committer) -> anyhow::Result<usize> {
    let today = today();
    let mut shredded = 0;
    for id in due(store, &today)? {
        let write = Write::Shred {
            id,
            today: today.clone(),
        };
        match committer.commit(write).await? {
            Outcome::Done | Outcome::Unchanged => {
                log::info!("retention: campaign {id}'s stored responses, spent invites and key are destroyed");
                shredded += 1;
            }
            other => log::warn!("retention: campaign {id} not shredded ({other:?})"),
        }
    }
    Ok(shredded)
}

/// Sweep now and then every hour, for as long as the server runs.
pub fn start(store: Store, committer: Committer) {
    actix_web::rt::spawn(async move {
        let mut reshuffles = crate::writes::reshuffle::Schedule::default();
        loop {
            if let Err(err) = sweep(&store, &committer).await {
                log::error!("retention sweep failed: {err:#}");
            }
            // Responses stored again in random order (see `reshuffle`).
            if let Err(err) = reshuffles.run(&store, &committer).await {
                log::error!("reshuffle failed: {err:#}");
            }
            actix_web::rt::time::sleep(EVERY).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_counted_across_months_leap_days_and_years() {
        assert!(passed("2026-11-23", 0, "2026-11-23"));
        assert!(!passed("2026-11-23", 1, "2026-11-23"));
        assert!(passed("2026-11-23", 1, "2026-11-24"));
        assert!(passed("2028-02-28", 2, "2028-03-01"));
        assert!(!passed("2028-02-28", 2, "2028-02-29"));
        assert!(!passed("2027-02-28", 2, "2027-03-01"));
        assert!(passed("2026-12-31", 90, "2027-03-31"));
        assert!(!passed("2026-12-31", 90, "2027-03-30"));
        assert!(passed("2026-01-01", 3650, "2035-12-30"));
        assert!(!passed("garbage", 1, "2026-01-01"));
    }
}
