//! Which language a page is written in, and how the choice travels.
//!
//! The site sets no cookie, so an explicit choice lives in the URL
//! (`?lang=es`) and every link and form of a page carries it on
//! ([`link`]); without one, the browser's
//! `Accept-Language` decides, then English
//! (`caucus_core::i18n::negotiate`). The middleware keeps what the request
//! said for the length of its handler (a task-local), so that rendering a
//! page needs no request in hand, and marks pages as varying with the
//! header for any cache in front.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderValue, ACCEPT_LANGUAGE, VARY};
use actix_web::middleware::Next;
use caucus_core::i18n::{self, Language};
use serde::Serialize;

/// What a request says about its language.
#[derive(Clone, Debug, Default)]
pub struct RequestLanguage {
    /// `?lang=`, if it names a shipped language.
    pub explicit: Option<&'static Language>,
    /// The `Accept-Language` header.
    pub accept: Option<String>,
    /// The request's path and query, for the language switcher's links.
    pub path: String,
    pub query: String,
}

tokio::task_local! {
    static REQUEST: RequestLanguage;
}

/// One entry of the language switcher.
#[derive(Serialize)]
pub struct Choice {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

impl RequestLanguage {
    fn of(req: &actix_web::HttpRequest) -> Self {
        let query = req.query_string().to_string();
        let explicit = serde_urlencoded::from_str::<Vec<(String, String)>>(&query)
            .ok()
            .and_then(|pairs| {
                pairs
                    .into_iter()
                    .find(|(name, _)| name == "lang")
                    .and_then(|(_, code)| i18n::language(&code))
            });
        Self {
            explicit,
            accept: req
                .headers()
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            path: req.path().to_string(),
            query,
        }
    }

    /// The request being handled now (a default one outside a request).
    pub fn current() -> Self {
        REQUEST.try_with(Clone::clone).unwrap_or_default()
    }

    /// The page's language.
    pub fn language(&self) -> &'static Language {
        i18n::negotiate(
            self.explicit.map(|l| l.code),
            self.accept.as_deref(),
            i18n::ENGLISH.code,
        )
    }

    /// The switcher: this page again in each shipped language.
    pub fn choices(&self, current: &Language) -> Vec<Choice> {
        let here = if self.query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, self.query)
        };
        i18n::LANGUAGES
            .iter()
            .map(|language| Choice {
                code: language.code,
                name: language.name,
                href: with_lang(&here, language.code),
                current: language.code == current.code,
            })
            .collect()
    }
}

/// `href` with the page's explicit choice carried on: `?lang=` added to a
/// path of this site, so that following it keeps the language.
pub fn link(href: &str, explicit: Option<&str>) -> String {
    match explicit {
        Some(code) if href.starts_with('/') => with_lang(href, code),
        _ => href.to_string(),
    }
}

/// `href` (a path, with or without a query and fragment) with `lang` set
/// to `code`, any earlier `lang` replaced.
fn with_lang(href: &str, code: &str) -> String {
    let (rest, fragment) = match href.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment)),
        None => (href, None),
    };
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut pairs: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && *p != "lang" && !p.starts_with("lang="))
        .collect();
    let lang = format!("lang={code}");
    pairs.push(&lang);
    let mut out = format!("{path}?{}", pairs.join("&"));
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// Middleware: remember the request's language for its handler, and say
/// that pages vary with `Accept-Language`. The JSON API answers in one
/// language whatever is asked, so its requests (the ones under load) are
/// passed straight on.
pub async fn choose(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if req.path().starts_with("/api/") {
        return next.call(req).await;
    }
    let language = RequestLanguage::of(req.request());
    let mut response = REQUEST.scope(language, next.call(req)).await?;
    response
        .headers_mut()
        .append(VARY, HeaderValue::from_static("accept-language"));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::with_lang;

    #[test]
    fn the_choice_is_set_once_and_keeps_the_rest_of_the_link() {
        assert_eq!(with_lang("/privacy", "es"), "/privacy?lang=es");
        assert_eq!(
            with_lang("/s/ID?invite=AB-CD&lang=fr#q-area", "ar"),
            "/s/ID?invite=AB-CD&lang=ar#q-area"
        );
        assert_eq!(
            with_lang("/st/ID/ticket?lang", "de"),
            "/st/ID/ticket?lang=de"
        );
    }
}
