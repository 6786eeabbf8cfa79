//! Which language a page is written in, and how the choice travels.
//!
//! The site sets no cookie, so an explicit choice lives in the URL
//! (`?lang=es`) and every link and form of a page carries it on
//! ([`link`]); without one, the browser's `Accept-Language` decides, then
//! the campaign's own language on its pages, then English. On a campaign's
//! page the interface's words and the campaign's text are chosen apart
//! ([`RequestLanguage::for_campaign`]): a survey may be translated into a
//! language caucus has no words for, and caucus has words for languages a
//! survey was never translated into. The middleware keeps what the request
//! said for the length of its handler (a task-local), so that rendering a
//! page needs no request in hand, and marks pages as varying with the
//! header for any cache in front.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderValue, ACCEPT_LANGUAGE, VARY};
use actix_web::middleware::Next;
use caucus_core::i18n::{self, Language};
use caucus_core::translation::canonical_language;
use serde::Serialize;

/// What a request says about its language.
#[derive(Clone, Debug, Default)]
pub struct RequestLanguage {
    /// `?lang=`, if it names a shipped language.
    pub explicit: Option<&'static Language>,
    /// `?lang=`, if it is a well-formed language tag: a shipped language,
    /// or one a campaign was translated into.
    pub tag: Option<String>,
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
    pub code: String,
    pub name: String,
    pub href: String,
    pub current: bool,
}

impl RequestLanguage {
    fn of(req: &actix_web::HttpRequest) -> Self {
        let query = req.query_string().to_string();
        let tag = serde_urlencoded::from_str::<Vec<(String, String)>>(&query)
            .ok()
            .and_then(|pairs| {
                pairs
                    .into_iter()
                    .find(|(name, _)| name == "lang")
                    .and_then(|(_, code)| canonical_language(&code).ok())
            });
        Self {
            explicit: tag.as_deref().and_then(i18n::language),
            tag,
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

    /// The languages of a campaign's page: `own` are the campaign's (its
    /// file's language first), which need not be shipped interface
    /// languages. The URL's choice wins, then the browser's, then the
    /// campaign's own language.
    pub fn for_campaign(&self, own: &[&str]) -> PageLanguage {
        let default = own.first().copied().unwrap_or(i18n::ENGLISH.code);
        let explicit = self.tag.as_deref();
        let accept = self.accept.as_deref();
        let content = i18n::best_of(explicit, accept, own).unwrap_or(default);
        let shipped: Vec<&str> = i18n::LANGUAGES.iter().map(|l| l.code).collect();
        let mut all = shipped.clone();
        all.extend(own.iter().filter(|c| !shipped.contains(c)));
        // An explicit interface language (a test-only one too) wins.
        let chosen = match self.explicit {
            Some(language) => language.code,
            None => i18n::best_of(explicit, accept, &all).unwrap_or(default),
        };
        let interface = i18n::language(chosen)
            .or_else(|| i18n::best_of(None, accept, &shipped).and_then(i18n::language))
            .unwrap_or_else(|| i18n::language(default).unwrap_or(i18n::ENGLISH));
        PageLanguage {
            interface,
            content: content.to_string(),
            chosen: chosen.to_string(),
            extra: own
                .iter()
                .filter(|c| !shipped.contains(c))
                .map(|c| c.to_string())
                .collect(),
        }
    }

    /// A page that is no campaign's: a shipped language.
    pub fn for_site(&self) -> PageLanguage {
        let interface = self.language();
        PageLanguage {
            interface,
            content: interface.code.to_string(),
            chosen: interface.code.to_string(),
            extra: Vec::new(),
        }
    }

    /// The choice the page's links carry on: the URL's, if it names an
    /// interface language or one of this page's campaign.
    pub fn carried(&self, page: &PageLanguage) -> Option<String> {
        let tag = self.tag.as_deref()?;
        (self.explicit.is_some() || page.extra.iter().any(|l| l == tag)).then(|| tag.to_string())
    }

    /// The switcher: this page again in each shipped language, and in
    /// each language of the campaign it shows that is not one of them.
    pub fn choices(&self, page: &PageLanguage) -> Vec<Choice> {
        let here = if self.query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, self.query)
        };
        let shipped = i18n::LANGUAGES
            .iter()
            .map(|l| (l.code.to_string(), l.name.to_string()));
        // A language caucus has no interface for is named by its tag:
        // nothing here knows its own name for itself.
        let extra = page.extra.iter().map(|c| (c.clone(), c.clone()));
        shipped
            .chain(extra)
            .map(|(code, name)| Choice {
                href: with_lang(&here, &code),
                current: code == page.chosen,
                code,
                name,
            })
            .collect()
    }
}

/// The languages of one page.
#[derive(Clone, Debug)]
pub struct PageLanguage {
    /// The interface's words (`<html lang>`, `dir`).
    pub interface: &'static Language,
    /// The language of the campaign's own text on the page (a title or
    /// prompt it lacks in this language is shown in its file's own).
    pub content: String,
    /// The switcher's current entry.
    pub chosen: String,
    /// The campaign's languages that are not interface languages.
    pub extra: Vec<String>,
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
