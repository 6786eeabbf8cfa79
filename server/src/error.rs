//! The one error type of the server, and the one place it becomes a status.
//!
//! JSON bodies are `{"error": code, "message": text}`; the cause of an
//! internal error is logged and never sent. HTML routes render the same
//! code and message through the error page instead (see `handlers::html`).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use caucus_core::request_sig::AuthError;
use caucus_core::ticket::TicketError;
use caucus_core::{AnswerError, InviteError, SurveyError};
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("no such survey or statement")]
    NotFound,
    #[error("no such page")]
    NoRoute,
    /// Under a statement's `/log/`: a path that names no tile, or a tile
    /// the log does not have (yet).
    #[error(
        "no such tile: this log does not have it (yet), or the path is not a C2SP tlog-tiles path"
    )]
    NoSuchTile,
    /// A survey that exists, with no results published yet.
    #[error("the organisers have not published results for this survey yet")]
    NotPublished,
    /// A known route asked with a method it does not take; holds the
    /// methods it does take (sent as `Allow` by `openapi`).
    #[error("this route takes only {0}")]
    MethodNotAllowed(String),
    #[error("{0}")]
    BadRequest(String),
    /// A form body that is not text (or not a form): the page says which.
    #[error("{0}")]
    Form(caucus_core::form::FormError),
    #[error("request body too large")]
    TooLarge,
    #[error("these answers are too long to store; please shorten the written answers")]
    AnswersTooLong,
    #[error("send this request as {0}")]
    UnsupportedMedia(&'static str),
    #[error("{0}")]
    Auth(#[from] AuthError),
    #[error("this signed request was already used")]
    Replayed,
    #[error("{0}")]
    Invite(#[from] InviteError),
    #[error("this invite has already been used")]
    Spent,
    #[error("{0}")]
    Ticket(#[from] TicketError),
    #[error("this ticket has already been used")]
    TicketSpent,
    /// Neither an invite nor a ticket: RFC 9577's challenge goes with it.
    #[error("this needs an invite code, or an anonymous ticket obtained with one")]
    NoCredential { www_authenticate: String },
    #[error("this survey or statement is closed")]
    Closed,
    #[error("its retention period ended and its stored responses and key were destroyed on {0}; only published results remain")]
    Shredded(String),
    #[error("the cosignature does not verify against the current checkpoint (it may have moved on: fetch it and cosign again)")]
    CheckpointMoved,
    #[error("this key is not one of the witnesses the statement's organisers named in its signed header; only their cosignatures are kept")]
    UnknownWitness,
    #[error("this request could not be carried out, and changed nothing")]
    NotProcessed,
    #[error("only the organiser key that signed the statement's header may strike a signature")]
    NotHeaderOrganiser,
    #[error("this signature was already withdrawn or struck")]
    AlreadyStruck,
    #[error("this signature has already been withdrawn")]
    Withdrawn,
    #[error("this withdrawal hash is already in use: make a new secret and send its hash")]
    WithdrawalHashTaken,
    #[error("no signature of this statement has this withdrawal secret")]
    UnknownSecret,
    #[error("names stay sealed until {needed} invite-backed signatures; this statement has {signed}. Before then nobody, organisers included, gets them")]
    RevealNotDue { signed: u64, needed: u64 },
    #[error("this reveal leaves the sealed names of entries {} unopened, so nothing was published: fetch the sealed names again and open every one", list(.0))]
    Unopened(Vec<u64>),
    #[error("the opening for entry {0} does not match the commitment in its log entry, so nothing was published")]
    BadOpening(u64),
    #[error("this survey is still open: close it first, so results cannot be compared as answers arrive")]
    StillOpen,
    #[error("{0}")]
    StaleCursor(crate::store::response_files::Rewritten),
    #[error("this release was refused: it differs from release #{seq} (at {responses} responses) by {difference} response(s), fewer than {k}, so comparing the two would expose those answers. Wait until at least {k} responses separate them")]
    Differencing {
        seq: u32,
        responses: u64,
        difference: u64,
        k: u32,
    },
    #[error("the survey now has {now} responses, not the {claimed} this release was counted from; tally again")]
    StaleRelease { claimed: u64, now: u64 },
    #[error("some answers do not fit the survey")]
    Answers(Vec<AnswerError>),
    #[error("{0}")]
    SurveyFile(#[from] SurveyError),
    #[error("the server is busy; try again in a moment")]
    Busy,
    #[error("too many failed attempts on this survey or statement; try again in {retry_after} s (a valid invite is always accepted)")]
    Flooded { retry_after: u64 },
    #[error("the request body did not arrive in time")]
    BodyTimeout,
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::NoRoute => "no_route",
            Self::NoSuchTile => "not_found",
            Self::NotPublished => "not_published",
            Self::MethodNotAllowed(_) => "method_not_allowed",
            Self::BadRequest(_) | Self::Form(_) => "bad_request",
            Self::TooLarge => "too_large",
            Self::AnswersTooLong => "answers_too_long",
            Self::UnsupportedMedia(_) => "unsupported_media_type",
            Self::Auth(_) | Self::Replayed => "unauthorized",
            Self::Invite(InviteError::Forged) => "invite_forged",
            Self::Invite(_) => "invite_invalid",
            Self::Spent => "invite_spent",
            Self::Ticket(TicketError::Malformed(_) | TicketError::WrongType(_)) => {
                "ticket_malformed"
            }
            Self::Ticket(_) => "ticket_invalid",
            Self::TicketSpent => "ticket_spent",
            Self::NoCredential { .. } => "credential_missing",
            Self::Closed => "closed",
            Self::Shredded(_) => "retention_over",
            Self::Withdrawn => "already_withdrawn",
            Self::WithdrawalHashTaken => "withdrawal_hash_taken",
            Self::CheckpointMoved => "checkpoint_moved",
            Self::UnknownWitness => "unknown_witness",
            Self::NotProcessed => "not_processed",
            Self::NotHeaderOrganiser => "not_header_organiser",
            Self::AlreadyStruck => "already_struck",
            Self::UnknownSecret => "unknown_secret",
            Self::StillOpen => "survey_open",
            Self::StaleCursor(_) => "cursor_stale",
            Self::RevealNotDue { .. } => "reveal_not_due",
            Self::Unopened(_) => "openings_missing",
            Self::BadOpening(_) => "opening_mismatch",
            Self::Differencing { .. } => "release_differencing",
            Self::StaleRelease { .. } => "release_stale",
            Self::Answers(_) => "invalid_answers",
            Self::SurveyFile(_) => "invalid_survey",
            Self::Busy => "busy",
            Self::Flooded { .. } => "too_many_failures",
            Self::BodyTimeout => "request_timeout",
            Self::Internal(_) => "internal",
        }
    }

    /// The message shown to people; for answers it lists every problem.
    pub fn message(&self) -> String {
        match self {
            Self::Answers(errors) => errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
            other => other.to_string(),
        }
    }

    /// The message for a route about `about`: it names the statement or
    /// survey the person is on, where the shared wording has to hedge
    /// ("this survey or statement"), and a signer's fields by their labels.
    pub fn message_about(&self, about: About) -> String {
        let noun = about.noun();
        match (self, about) {
            (_, About::Neither) => self.message(),
            (Self::NotFound, _) => format!("there is no {noun} at this address"),
            (Self::Closed, About::Statement) => "signing of this statement has closed".into(),
            (Self::Closed, About::Survey) => "this survey is closed".into(),
            (Self::Flooded { retry_after }, _) => format!(
                "too many failed attempts on this {noun}; try again in {retry_after} s (a valid invite is always accepted)"
            ),
            (Self::Invite(InviteError::Forged), _) => {
                format!("this invite was not issued for this {noun} by its organisers")
            }
            (Self::Answers(errors), About::Statement) => errors
                .iter()
                .map(|e| match e.question.as_deref() {
                    Some(field) => format!("{} {}", signer_field_label(field), e.message),
                    None => e.message.clone(),
                })
                .collect::<Vec<_>>()
                .join("; "),
            _ => self.message(),
        }
    }

    /// Headers that belong to the status, the same on JSON and HTML
    /// answers: Retry-After on 429 (RFC 6585), and on 401 for want of an
    /// invite the campaign's Privacy Pass challenge (RFC 9577 section 2.1),
    /// so a stock client knows which key to ask a ticket of.
    pub fn add_headers(&self, response: &mut HttpResponse) {
        use actix_web::http::header::{HeaderValue, RETRY_AFTER, WWW_AUTHENTICATE};
        match self {
            Self::Flooded { retry_after } => {
                response
                    .headers_mut()
                    .insert(RETRY_AFTER, HeaderValue::from(*retry_after));
            }
            Self::NoCredential { www_authenticate } => {
                if let Ok(value) = HeaderValue::from_str(www_authenticate) {
                    response.headers_mut().insert(WWW_AUTHENTICATE, value);
                }
            }
            _ => {}
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::NotFound
            | Self::NoRoute
            | Self::NoSuchTile
            | Self::NotPublished
            | Self::UnknownSecret => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::BadRequest(_) | Self::Form(_) => StatusCode::BAD_REQUEST,
            Self::TooLarge | Self::AnswersTooLong => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMedia(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Auth(_) | Self::Replayed | Self::NoCredential { .. } => StatusCode::UNAUTHORIZED,
            Self::Ticket(TicketError::Malformed(_) | TicketError::WrongType(_)) => {
                StatusCode::BAD_REQUEST
            }
            Self::Invite(InviteError::Forged)
            | Self::Ticket(_)
            | Self::UnknownWitness
            | Self::NotHeaderOrganiser => StatusCode::FORBIDDEN,
            Self::Invite(_) => StatusCode::UNAUTHORIZED,
            Self::Spent
            | Self::TicketSpent
            | Self::StillOpen
            | Self::StaleCursor(_)
            | Self::Withdrawn
            | Self::WithdrawalHashTaken
            | Self::CheckpointMoved
            | Self::AlreadyStruck
            | Self::RevealNotDue { .. }
            | Self::Unopened(_)
            | Self::Differencing { .. }
            | Self::StaleRelease { .. } => StatusCode::CONFLICT,
            Self::Closed | Self::Shredded(_) => StatusCode::GONE,
            Self::Answers(_) | Self::SurveyFile(_) | Self::NotProcessed | Self::BadOpening(_) => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            Self::Busy => StatusCode::SERVICE_UNAVAILABLE,
            Self::Flooded { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::BodyTimeout => StatusCode::REQUEST_TIMEOUT,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        self.json_about(About::Neither)
    }
}

impl AppError {
    /// The JSON answer, its message worded for a route about `about`.
    pub fn json_about(&self, about: About) -> HttpResponse {
        if let Self::Internal(cause) = self {
            log::error!("internal error: {cause:#}");
        }
        let mut body = json!({"error": self.code(), "message": self.message_about(about)});
        match self {
            Self::Answers(errors) => {
                body["question"] = json!(errors.iter().find_map(|e| e.question.clone()));
                body["errors"] = json!(errors);
            }
            Self::SurveyFile(e) => {
                body["field"] = json!(e.field);
                body["line"] = json!(e.line);
            }
            _ => {}
        }
        let mut response = HttpResponse::build(self.status_code()).json(body);
        self.add_headers(&mut response);
        response
    }
}

/// Entry indexes for a message: the first ten, then how many more.
fn list(indexes: &[u64]) -> String {
    let shown: Vec<String> = indexes.iter().take(10).map(u64::to_string).collect();
    match indexes.len().saturating_sub(10) {
        0 => shown.join(", "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}

/// What a route is about, read from its address (`/s/…` a survey,
/// `/st/…` and `/api/v1/statements/…` a statement).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum About {
    Survey,
    Statement,
    Neither,
}

impl About {
    pub fn noun(self) -> &'static str {
        match self {
            Self::Survey => "survey",
            Self::Statement => "statement",
            Self::Neither => "survey or statement",
        }
    }
}

/// A signer's field as the signing form labels it.
pub fn signer_field_label(field: &str) -> &str {
    match field {
        "name" => "Your name",
        "role" => "Role or team",
        "comment" => "Comment",
        other => other,
    }
}

/// Map actix's own extractor errors (bad JSON, oversize bodies, wrong
/// content type) into ours, so every 4xx has the same JSON shape.
pub fn from_json_error(err: actix_web::error::JsonPayloadError) -> AppError {
    use actix_web::error::JsonPayloadError as E;
    match err {
        E::Overflow { .. } | E::OverflowKnownLength { .. } => AppError::TooLarge,
        E::ContentType => AppError::UnsupportedMedia("application/json"),
        other => AppError::BadRequest(format!("invalid JSON body: {other}")),
    }
}
