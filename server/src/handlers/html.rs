//! What every HTML route shares: rendering a template, the error page with
//! advice that fits the error, and reading a posted form. Plain HTML, no
//! script, no cookie.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use caucus_core::form::FormError;
use minijinja::{context, Value};

use crate::error::AppError;
use crate::state::AppState;

fn html(status: StatusCode, body: String) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body)
}

pub fn render(state: &AppState, status: StatusCode, name: &str, ctx: Value) -> HttpResponse {
    match state.templates.render(name, ctx) {
        Ok(body) => html(status, body),
        Err(err) => {
            log::error!("rendering {name}: {err:#}");
            HttpResponse::InternalServerError()
                .content_type("text/plain; charset=utf-8")
                .body("internal error")
        }
    }
}

/// The error page for an error on an HTML route.
pub fn error_page(state: &AppState, err: &AppError) -> HttpResponse {
    use actix_web::ResponseError;
    if let AppError::Internal(cause) = err {
        log::error!("internal error: {cause:#}");
    }
    let (title, advice) = match err.code() {
        "not_found" | "no_route" => (
            "Not found",
            "Check the link you were given; it may have been cut short.",
        ),
        "invite_invalid" => (
            "This invite code does not work",
            "Copy the whole link or code again, or ask an organiser for a new one.",
        ),
        "invite_forged" => (
            "This invite is not for this survey",
            "Invites belong to one survey. Ask an organiser, in person, for the right one.",
        ),
        "invite_spent" => (
            "This invite has already been used",
            "Each invite counts once. If you did not use it yourself, tell an organiser in person.",
        ),
        "closed" => (
            "This is closed",
            "Answers and signatures are no longer taken. Results are shared by the organisers.",
        ),
        _ => ("Something went wrong", "Please try again in a moment."),
    };
    let mut response = render(
        state,
        err.status_code(),
        "error.html",
        context! { title, message => err.message(), advice, status => err.status_code().as_u16() },
    );
    err.add_headers(&mut response);
    response
}

/// An HTML route's answer: its page, or the error page for what went wrong.
pub fn page(state: &AppState, result: Result<HttpResponse, AppError>) -> HttpResponse {
    result.unwrap_or_else(|err| error_page(state, &err))
}

/// A non-blank form or query field, trimmed.
pub fn form_value(pairs: &[(String, String)], name: &str) -> Option<String> {
    caucus_core::form::value(pairs, name)
}

/// The fields of an HTML form post, after checking its type and size.
pub fn form_pairs(req: &HttpRequest, body: &[u8]) -> Result<Vec<(String, String)>, AppError> {
    let form_type = req
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !form_type {
        return Err(AppError::UnsupportedMedia(
            "an HTML form (application/x-www-form-urlencoded)",
        ));
    }
    caucus_core::form::pairs(body).map_err(|e| match e {
        FormError::TooLarge => AppError::TooLarge,
        e @ (FormError::NotUtf8 | FormError::Unreadable) => AppError::BadRequest(e.to_string()),
    })
}
