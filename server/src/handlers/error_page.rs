//! What an error page says: a title, advice that fits the error, and the
//! way back to where the person came from. The advice lives here, in one
//! match beside no other; the status stays in `error.rs`.
//!
//! The way back is read from the request's own path, never from the
//! Referer header (the pages send none: `referrer` is `no-referrer`), and
//! points to a page that answers 200: the campaign's page when it exists
//! and takes visitors, the withdrawal page for a withdrawal, else home.

use caucus_core::CampaignId;

use crate::error::{About, AppError};
use crate::state::AppState;
use crate::store::SurveyState;

/// Where a request was, as its path says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub about: About,
    /// The campaign the path names, if its id parses.
    pub id: Option<CampaignId>,
    /// `/st/{id}/withdraw`.
    pub withdraw: bool,
    /// `/s/{id}/results`.
    pub results: bool,
}

impl Place {
    pub fn of(path: &str) -> Self {
        let mut parts = path.trim_start_matches('/').split('/');
        let about = match parts.next() {
            Some("s") => About::Survey,
            Some("st") => About::Statement,
            _ => About::Neither,
        };
        let id = match about {
            About::Neither => None,
            _ => parts.next().and_then(|id| id.parse().ok()),
        };
        let rest = parts.next();
        Self {
            about,
            id,
            withdraw: about == About::Statement && rest == Some("withdraw"),
            results: about == About::Survey && rest == Some("results"),
        }
    }
}

/// A link on the error page: where, and what it says.
pub struct Link {
    pub href: String,
    pub text: &'static str,
}

/// The page to go back to from an error at `place`. A lookup that fails
/// leads home: the error page must never fail for want of a link.
pub fn way_back(state: &AppState, place: &Place) -> Link {
    let home = || Link {
        href: "/".into(),
        text: "Go to the home page",
    };
    let Some(id) = place.id else {
        return home();
    };
    match place.about {
        About::Statement => match state.store.statement(&id) {
            Ok(Some(_)) if place.withdraw => Link {
                href: format!("/st/{id}/withdraw"),
                text: "Back to the withdrawal page",
            },
            Ok(Some(_)) => Link {
                href: format!("/st/{id}"),
                text: "Back to the statement",
            },
            _ => home(),
        },
        // A closed survey's page is itself an error; its results, once
        // published, are the page that stays.
        About::Survey => match state.store.survey(&id) {
            Ok(Some(record)) if record.state != SurveyState::Closed => Link {
                href: format!("/s/{id}"),
                text: "Back to the survey",
            },
            Ok(Some(_))
                if !place.results && matches!(state.store.latest_publication(&id), Ok(Some(_))) =>
            {
                Link {
                    href: format!("/s/{id}/results"),
                    text: "See the survey's published results",
                }
            }
            _ => home(),
        },
        About::Neither => home(),
    }
}

/// A title and the advice that fits `err` at `place`. Only a busy or
/// failing server is worth trying again at once; every other advice says
/// what to check or whom to ask.
pub fn advice(err: &AppError, place: &Place) -> (String, String) {
    let noun = place.about.noun();
    let statement = place.about == About::Statement;
    let (title, advice): (String, String) = match err {
        AppError::NotFound => (
            format!("There is no {noun} here"),
            "Check the link you were given: it may have been cut short. Copy the whole link again, \
             or ask whoever sent it."
                .into(),
        ),
        AppError::NoRoute => (
            "There is no such page".into(),
            "Check the address: it may have been cut short or mistyped.".into(),
        ),
        AppError::NotPublished => (
            "No results published yet".into(),
            "Results appear here only after the survey has closed and its organisers have \
             counted the answers and chosen to publish them. Come back later."
                .into(),
        ),
        AppError::MethodNotAllowed(_) | AppError::UnsupportedMedia(_) => (
            "This page cannot be sent that way".into(),
            "Open the page from its link and use its form.".into(),
        ),
        AppError::BadRequest(_) if place.withdraw => (
            "This is not a withdrawal secret".into(),
            secret_advice(),
        ),
        AppError::BadRequest(_) => (
            "This request could not be read".into(),
            "Nothing was stored. Go back, fill in the form again and send it from its page.".into(),
        ),
        AppError::TooLarge | AppError::AnswersTooLong => (
            "This is too long to store".into(),
            "Nothing was stored. Shorten what you wrote and send the form again.".into(),
        ),
        AppError::Invite(caucus_core::InviteError::Forged) => (
            format!("This invite is not for this {noun}"),
            format!(
                "Each invite belongs to one {noun}. Check that you opened the link you were given \
                 for this one, or ask an organiser, in person, for the right invite."
            ),
        ),
        AppError::Invite(_) => (
            "This invite code does not work".into(),
            "Copy the whole link or code again: one cut short or mistyped does not work. If it \
             still fails, ask an organiser for a new one."
                .into(),
        ),
        AppError::Spent => (
            "This invite has already been used".into(),
            if statement {
                "Each invite signs once. If you signed with it already, your signature counts and \
                 there is nothing more to do. If you did not, tell an organiser in person."
            } else {
                "Each invite answers once. If you answered with it already, your answers are \
                 stored and there is nothing more to do. If you did not, tell an organiser in person."
            }
            .into(),
        ),
        AppError::Ticket(_) => (
            "This ticket does not work".into(),
            format!(
                "Paste the whole ticket again, exactly as it was given to you. A ticket works only \
                 for the {noun} and the site it was made for."
            ),
        ),
        AppError::TicketSpent => (
            "This ticket has already been used".into(),
            "Each ticket counts once. If you did not use it yourself, tell an organiser in person."
                .into(),
        ),
        AppError::NoCredential { .. } => (
            "An invite is needed".into(),
            "Open the invite link you were given, or enter its code, or use an anonymous ticket \
             you got with it."
                .into(),
        ),
        AppError::Closed if statement => (
            "Signing has closed".into(),
            "This statement no longer takes signatures. Its count and public log stay on the \
             statement's page."
                .into(),
        ),
        AppError::Closed => (
            format!("This {noun} is closed"),
            "It no longer takes answers. If the organisers publish results, they appear on the \
             survey's results page."
                .into(),
        ),
        AppError::Shredded(_) => (
            format!("This {noun}'s stored records are gone"),
            "Its retention period ended and what could identify anyone was destroyed, as promised. \
             Only what the organisers published remains."
                .into(),
        ),
        AppError::UnknownSecret => ("This withdrawal secret does not match".into(), secret_advice()),
        AppError::Withdrawn => (
            "This signature was already withdrawn".into(),
            "There is nothing more to do: it no longer counts, and any name, role or comment it \
             carried has been erased."
                .into(),
        ),
        AppError::Flooded { retry_after } => (
            "Too many failed attempts".into(),
            format!(
                "Many wrong codes were sent to this {noun} in a short time, so wrong ones are \
                 turned away for now. Check your code, and send it again in {retry_after} seconds; \
                 a valid invite is accepted even now."
            ),
        ),
        AppError::Busy => (
            "The server is busy".into(),
            "Nothing was stored. Wait a few seconds and send the form again.".into(),
        ),
        AppError::BodyTimeout => (
            "The form took too long to arrive".into(),
            "Nothing was stored. Send it again, on a steadier connection if you can.".into(),
        ),
        AppError::Internal(_) | AppError::NotProcessed => (
            "Something went wrong on the server".into(),
            "Nothing you did caused this, and nothing was changed. Try again later; if it keeps \
             happening, tell an organiser."
                .into(),
        ),
        // Organisers' and witnesses' requests: they read the JSON message.
        _ => (
            "This request was refused".into(),
            "Nothing was changed. The message above says why.".into(),
        ),
    };
    (title, advice)
}

fn secret_advice() -> String {
    "Check that you copied the whole withdrawal secret from the page you saw when you signed: \
     64 characters, the digits 0-9 and letters a-f, with nothing missing. A lost secret cannot \
     be recovered: no one, not even the organisers, holds a copy."
        .into()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

    use super::*;

    #[test]
    fn a_path_names_its_campaign_and_page() {
        let id = "ABCDEFGHIJKLMNOPQRSTUA";
        let place = Place::of(&format!("/st/{id}/withdraw"));
        assert_eq!(place.about, About::Statement);
        assert_eq!(place.id, Some(id.parse().unwrap()));
        assert!(place.withdraw && !place.results);
        let place = Place::of("/s/not-an-id/results");
        assert_eq!((place.about, place.id), (About::Survey, None));
        assert!(place.results);
        assert_eq!(Place::of("/privacy").about, About::Neither);
        assert_eq!(Place::of("/").about, About::Neither);
    }

    #[test]
    fn only_a_busy_or_failing_server_says_try_again() {
        let place = Place::of("/st/x/withdraw");
        for err in [
            AppError::UnknownSecret,
            AppError::NotPublished,
            AppError::Spent,
            AppError::Closed,
            AppError::Flooded { retry_after: 3 },
            AppError::BadRequest("x".into()),
        ] {
            let (_, advice) = advice(&err, &place);
            assert!(!advice.contains("in a moment"), "{err:?}: {advice}");
        }
    }
}
