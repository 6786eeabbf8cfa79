//! A signing form that comes back refused: what was typed stays in it,
//! and each problem is named at the field it concerns, for the summary at
//! the top of the form to link to (`#field-id`) and the field to point at
//! (`aria-describedby`). Field ids are those of `statement.html`.

use std::collections::BTreeMap;

use caucus_core::{AnswerArg, AnswerError, InviteError};
use serde::Serialize;

use crate::error::{About, AppError};
use crate::handlers::error_page::{advice, Place};
use crate::http::message::Message;
use crate::writes::signing::SignatureRequest;

/// One problem, at the element whose id is `field`.
#[derive(Debug, Serialize)]
pub(crate) struct FieldError {
    pub field: String,
    pub title: Message,
    pub advice: Option<Message>,
}

/// The signing forms as they come back: which one was sent (`named` or
/// `anon`, the suffix of its field ids), what it held by field id, and
/// what was wrong.
#[derive(Debug, Default)]
pub(crate) struct Typed {
    pub form: Option<&'static str>,
    pub values: BTreeMap<String, String>,
    pub errors: Vec<FieldError>,
    /// Whether the invite came with the page's link (a hidden field),
    /// rather than typed, and nothing is wrong with it.
    pub invite_from_link: bool,
}

/// Whether a refusal is about the invite or ticket, not the typed text.
fn about_credential(err: &AppError) -> bool {
    matches!(
        err,
        AppError::Invite(_)
            | AppError::Spent
            | AppError::Ticket(_)
            | AppError::TicketSpent
            | AppError::NoCredential { .. }
            | AppError::Flooded { .. }
    )
}

/// Whether the form comes back for `err`; any other refusal (closed, not
/// found, a busy server) gets the error page.
pub(crate) fn comes_back(err: &AppError) -> bool {
    matches!(err, AppError::Answers(_)) || about_credential(err)
}

/// What is wrong with a signer's text field, in the catalogues' words:
/// `message` is the English of `writes::signing::field`, read back into
/// its kind (`sign-error-…`, chosen per field by `{ $field -> … }`).
/// A signer's field refused (`writes::signing::field`): its message, for
/// that field, in the catalogues (`sign-error-*`, which take the field and
/// its longest length).
fn field_problem(field: &str, error: &AnswerError) -> Message {
    let mut message = Message::new(error.key).text("field", field);
    for (name, value) in &error.args {
        message = match value {
            AnswerArg::Number(n) => message.number(name, *n),
            AnswerArg::Text(t) => message.text(name, t.clone()),
        };
    }
    message
}

impl Typed {
    /// The forms for `request` refused with `errors` (the first from
    /// signing, then any the handler found besides). `from_link` says the
    /// invite came in the hidden field of a link's page.
    pub(crate) fn refused(
        request: &SignatureRequest,
        from_link: bool,
        errors: &[AppError],
    ) -> Self {
        let form = if request.anonymous { "anon" } else { "named" };
        let credential = if request.ticket.is_some() {
            format!("ticket-{form}")
        } else {
            format!("invite-{form}")
        };
        let mut values = BTreeMap::new();
        let given = [
            ("name".to_string(), &request.name),
            ("role".to_string(), &request.role),
            ("comment".to_string(), &request.comment),
            (format!("invite-{form}"), &request.invite),
            (format!("ticket-{form}"), &request.ticket),
        ];
        for (field, value) in given {
            if let Some(value) = value {
                values.insert(field, value.clone());
            }
        }
        let place = Place {
            about: About::Statement,
            id: None,
            withdraw: false,
            results: false,
        };
        let mut field_errors = Vec::new();
        for err in errors {
            match err {
                AppError::Answers(list) => {
                    for e in list {
                        let field = e.question.clone().unwrap_or_else(|| "name".into());
                        field_errors.push(FieldError {
                            title: field_problem(&field, e),
                            field,
                            advice: None,
                        });
                    }
                }
                AppError::Invite(InviteError::Missing) | AppError::NoCredential { .. } => {
                    field_errors.push(FieldError {
                        field: credential.clone(),
                        title: Message::new("sign-error-invite-missing"),
                        advice: Some(Message::new("sign-error-invite-missing-advice")),
                    })
                }
                other => {
                    let (title, advice) = advice(other, &place);
                    field_errors.push(FieldError {
                        field: credential.clone(),
                        title,
                        advice: Some(advice),
                    });
                }
            }
        }
        let credential_refused = errors.iter().any(about_credential);
        Self {
            form: Some(form),
            values,
            errors: field_errors,
            invite_from_link: from_link && !credential_refused,
        }
    }

    /// Problems by field id, for the fields to show and point at.
    pub(crate) fn invalid(&self) -> BTreeMap<&str, &FieldError> {
        let mut map = BTreeMap::new();
        for e in &self.errors {
            map.entry(e.field.as_str()).or_insert(e);
        }
        map
    }
}
