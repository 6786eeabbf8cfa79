//! What an error page says: a title, advice that fits the error, and the
//! way back to where the person came from. The advice lives here, in one
//! match beside no other; the status stays in `error.rs`. The words are in
//! the catalogues (`locales/*.ftl`, the `error-` messages): this names
//! which, so that the page is in the visitor's language.
//!
//! The way back is read from the request's own path, never from the
//! Referer header (the pages send none: `referrer` is `no-referrer`), and
//! points to a page that answers 200: the campaign's page when it exists
//! and takes visitors, the withdrawal page for a withdrawal, else home.

use caucus_core::CampaignId;

use crate::error::{About, AppError};
use crate::http::message::Message;
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

/// A link on the error page: where, and the catalogue key of what it says.
pub struct Link {
    pub href: String,
    pub text: &'static str,
}

/// The page to go back to from an error at `place`. A lookup that fails
/// leads home: the error page must never fail for want of a link.
pub fn way_back(state: &AppState, place: &Place) -> Link {
    let home = || Link {
        href: "/".into(),
        text: "error-back-home",
    };
    let Some(id) = place.id else {
        return home();
    };
    match place.about {
        About::Statement => match state.store.statement(&id) {
            Ok(Some(_)) if place.withdraw => Link {
                href: format!("/st/{id}/withdraw"),
                text: "error-back-withdraw",
            },
            Ok(Some(_)) => Link {
                href: format!("/st/{id}"),
                text: "statement-back",
            },
            _ => home(),
        },
        // A closed survey's page is itself an error; its results, once
        // published, are the page that stays.
        About::Survey => match state.store.survey(&id) {
            Ok(Some(record)) if record.state != SurveyState::Closed => Link {
                href: format!("/s/{id}"),
                text: "error-back-survey",
            },
            Ok(Some(_))
                if !place.results && matches!(state.store.latest_publication(&id), Ok(Some(_))) =>
            {
                Link {
                    href: format!("/s/{id}/results"),
                    text: "error-back-results",
                }
            }
            _ => home(),
        },
        About::Neither => home(),
    }
}

/// `about` as a message argument: the catalogues choose their own words
/// for "this survey" and "this statement" (`{ $about -> ... }`).
pub fn about_arg(about: About) -> &'static str {
    match about {
        About::Survey => "survey",
        About::Statement => "statement",
        About::Neither => "neither",
    }
}

/// A title and the advice that fits `err` at `place`, as catalogue
/// messages (`error-…-title`, `error-…-advice`). Only a busy or failing
/// server is worth trying again at once; every other advice says what to
/// check or whom to ask.
pub fn advice(err: &AppError, place: &Place) -> (Message, Message) {
    let about = about_arg(place.about);
    let pair = |name: &str| {
        (
            Message::new(format!("error-{name}-title")).text("about", about),
            Message::new(format!("error-{name}-advice")).text("about", about),
        )
    };
    match err {
        AppError::NotFound => pair("not-found"),
        AppError::NoRoute => pair("no-route"),
        AppError::NotPublished => pair("not-published"),
        AppError::MethodNotAllowed(_) | AppError::UnsupportedMedia(_) => pair("method"),
        AppError::BadRequest(_) | AppError::Form(_) if place.withdraw => pair("not-a-secret"),
        AppError::BadRequest(_) | AppError::Form(_) => pair("bad-request"),
        AppError::TooLarge | AppError::AnswersTooLong => pair("too-long"),
        AppError::Invite(caucus_core::InviteError::Forged) => pair("invite-forged"),
        AppError::Invite(_) => pair("invite-invalid"),
        AppError::Spent => pair("spent"),
        AppError::Ticket(_) => pair("ticket"),
        AppError::TicketSpent => pair("ticket-spent"),
        AppError::NoCredential { .. } => pair("no-credential"),
        AppError::Closed if place.about == About::Statement => pair("signing-closed"),
        AppError::Closed => pair("closed"),
        AppError::Shredded(_) => pair("shredded"),
        AppError::UnknownSecret => pair("unknown-secret"),
        AppError::Withdrawn => pair("withdrawn"),
        AppError::Flooded { retry_after } => {
            let (title, advice) = pair("flooded");
            (title, advice.number("retry_after", *retry_after))
        }
        AppError::Busy => pair("busy"),
        AppError::BodyTimeout => pair("timeout"),
        AppError::Internal(_) | AppError::NotProcessed => pair("internal"),
        // Organisers' and witnesses' requests: they read the JSON message.
        _ => pair("refused"),
    }
}

/// The error's own message for the page, keyed by its code
/// (`error-message-not-found` for `not_found`), with the values it names.
/// The JSON API keeps its English `message` (`AppError::message_about`).
pub fn message(err: &AppError, place: &Place) -> Message {
    let key = format!("error-message-{}", err.code().replace('_', "-"));
    let message = Message::new(key).text("about", about_arg(place.about));
    match err {
        AppError::Form(caucus_core::form::FormError::NotUtf8) => {
            Message::new("error-message-form-not-utf8")
        }
        AppError::Form(_) => Message::new("error-message-form-unreadable"),
        AppError::MethodNotAllowed(methods) => message.text("methods", methods.clone()),
        AppError::Shredded(date) => message.text("date", date.clone()),
        AppError::Flooded { retry_after } => message.number("retry_after", *retry_after),
        AppError::RevealNotDue { signed, needed } => {
            message.number("signed", *signed).number("needed", *needed)
        }
        AppError::BadOpening(entry) => message.number("entry", *entry),
        AppError::StaleRelease { claimed, now } => {
            message.number("claimed", *claimed).number("now", *now)
        }
        _ => message,
    }
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
            let advice = advice(&err, &place).1.in_language("en");
            assert!(!advice.contains("in a moment"), "{err:?}: {advice}");
        }
    }
}
