//! What every HTML route shares: rendering a template, the error page with
//! advice that fits the error, and reading a posted form. Plain HTML, no
//! script, no cookie.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use caucus_core::form::FormError;
use minijinja::{context, Value};

use crate::error::AppError;
use crate::handlers::error_page::{advice, message as error_message, way_back, Place};
use crate::http::language::{PageLanguage, RequestLanguage};
use crate::state::AppState;

fn html(status: StatusCode, body: String) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body)
}

pub fn render(state: &AppState, status: StatusCode, name: &str, ctx: Value) -> HttpResponse {
    // The page's language: the URL's choice, the browser's, then English.
    let page = RequestLanguage::current().for_site();
    render_in(state, status, name, ctx, &page)
}

/// The languages of a page of a campaign written in `own` (its file's own
/// first): the interface and the campaign's text each in the best
/// language they have for this request.
pub fn campaign_language(own: &[&str]) -> PageLanguage {
    RequestLanguage::current().for_campaign(own)
}

/// A page in the languages `page` names (see [`campaign_language`]).
pub fn render_in(
    state: &AppState,
    status: StatusCode,
    name: &str,
    ctx: Value,
    page: &PageLanguage,
) -> HttpResponse {
    let request = RequestLanguage::current();
    let choices = request.choices(page);
    let ctx = context! {
        lang => page.interface.code,
        dir => page.interface.dir(),
        content_lang => &page.content,
        // What `url()` carries on in every link of the page: the URL's
        // choice as it was made (a campaign's language may be no
        // interface language).
        explicit_lang => request.carried(page),
        languages => Value::from_serialize(choices),
        ..ctx
    };
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

/// The error page for an error on the HTML route at `path`: what went
/// wrong, worded for the statement or survey the path names, advice that
/// fits it, and the way back (see `error_page`).
pub fn error_page(state: &AppState, path: &str, err: &AppError) -> HttpResponse {
    use actix_web::ResponseError;
    if let AppError::Internal(cause) = err {
        log::error!("internal error: {cause:#}");
    }
    let place = Place::of(path);
    let (title, advice) = advice(err, &place);
    let message = error_message(err, &place);
    // Said once: the title often is the message. Compared in the language
    // the page will be in (error.html takes the request's, as `render` does).
    let lang = RequestLanguage::current().language().code;
    let same = message
        .in_language(lang)
        .trim_end_matches('.')
        .eq_ignore_ascii_case(&title.in_language(lang));
    let message = (!same).then_some(message);
    let back = way_back(state, &place);
    let mut response = render(
        state,
        err.status_code(),
        "error.html",
        context! {
            title => Value::from_serialize(&title),
            message => Value::from_serialize(&message),
            advice => Value::from_serialize(&advice),
            // Built from fixed paths and a parsed campaign id (base64url
            // letters only), so it needs no escaping, and escaping would
            // spell its slashes `&#x2f;` in the page's source.
            back_href => back.href, back_text => back.text,
            status => err.status_code().as_u16(),
        },
    );
    err.add_headers(&mut response);
    response
}

/// An HTML route's answer: its page, or the error page for what went wrong.
pub fn page(
    state: &AppState,
    req: &HttpRequest,
    result: Result<HttpResponse, AppError>,
) -> HttpResponse {
    result.unwrap_or_else(|err| error_page(state, req.path(), &err))
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
        e @ (FormError::NotUtf8 | FormError::Unreadable) => AppError::Form(e),
    })
}
