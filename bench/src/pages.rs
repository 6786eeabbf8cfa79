//! Page weight: what a browser with an empty cache must fetch to show the
//! survey page and the statement page, and whether any of it comes from
//! another origin (which would tell a third party who opened the page).
//!
//! The page is read from the real server, every subresource it references
//! is found by reading its HTML (and the CSS it loads), and each one on
//! this origin is fetched and counted. References elsewhere are counted,
//! never fetched.

use std::collections::BTreeSet;
use std::net::SocketAddr;

use anyhow::{bail, Context};

use crate::client;

/// The weight of one page and everything it loads.
#[derive(Debug)]
pub struct Weight {
    /// The page itself plus each same-origin subresource.
    pub requests: usize,
    /// Response bodies, uncompressed.
    pub bytes: usize,
    /// Bodies plus status lines and headers.
    pub bytes_with_headers: usize,
    /// References to another origin, which a browser would fetch.
    pub external: Vec<String>,
}

/// Fetch `path` and everything it loads from the server at `addr`.
pub fn weigh(addr: SocketAddr, path: &str) -> anyhow::Result<Weight> {
    let origin = format!("http://{addr}");
    let page = fetch_ok(addr, path)?;
    let html = String::from_utf8_lossy(&page.body).into_owned();
    let mut weight = Weight {
        requests: 1,
        bytes: page.body.len(),
        bytes_with_headers: page.body.len() + page.head_bytes,
        external: Vec::new(),
    };
    let mut seen = BTreeSet::from([path.to_string()]);
    let mut pending: Vec<(String, String)> = html_references(&html)
        .into_iter()
        .map(|r| (path.to_string(), r))
        .collect();
    while let Some((from, reference)) = pending.pop() {
        let target = match classify(&origin, &from, &reference) {
            Target::Inline => continue,
            Target::External => {
                weight.external.push(reference);
                continue;
            }
            Target::Local(target) => target,
        };
        if !seen.insert(target.clone()) {
            // A browser fetches one URL once per page.
            continue;
        }
        let fetched = fetch_ok(addr, &target)?;
        weight.requests += 1;
        weight.bytes += fetched.body.len();
        weight.bytes_with_headers += fetched.body.len() + fetched.head_bytes;
        if target
            .split(['?', '#'])
            .next()
            .unwrap_or("")
            .ends_with(".css")
        {
            let css = String::from_utf8_lossy(&fetched.body);
            pending.extend(
                css_references(&css)
                    .into_iter()
                    .map(|r| (target.clone(), r)),
            );
        }
    }
    Ok(weight)
}

fn fetch_ok(addr: SocketAddr, path: &str) -> anyhow::Result<client::Fetched> {
    let fetched = client::get(addr, path).with_context(|| format!("GET {path}"))?;
    if fetched.status != 200 {
        bail!("GET {path} answered {}, not 200", fetched.status);
    }
    Ok(fetched)
}

#[derive(Debug, PartialEq)]
enum Target {
    /// A `data:` URL or a fragment: nothing is fetched.
    Inline,
    /// Another origin.
    External,
    /// A path on this origin.
    Local(String),
}

/// Where `reference`, found in the document at path `from`, points.
fn classify(origin: &str, from: &str, reference: &str) -> Target {
    let reference = reference.trim();
    let lower = reference.to_ascii_lowercase();
    if lower.starts_with("data:") || reference.starts_with('#') || reference.is_empty() {
        return Target::Inline;
    }
    let scheme = reference
        .split(['/', '?', '#'])
        .next()
        .is_some_and(|head| head.contains(':'));
    let absolute = if let Some(rest) = reference.strip_prefix("//") {
        Some(format!("http://{rest}"))
    } else if lower.starts_with("http://") || lower.starts_with("https://") {
        Some(reference.to_string())
    } else if scheme {
        // Any other scheme (`ftp:`, `javascript:`) is not this origin.
        return Target::External;
    } else {
        None
    };
    if let Some(absolute) = absolute {
        // `https://` on this address is another origin too (scheme differs).
        return match absolute.strip_prefix(origin) {
            Some("") => Target::Local("/".into()),
            Some(path) if path.starts_with('/') || path.starts_with('?') => {
                Target::Local(path.to_string())
            }
            _ => Target::External,
        };
    }
    if reference.starts_with('/') {
        return Target::Local(reference.to_string());
    }
    // Relative to the directory of the referring document.
    let base = from.split(['?', '#']).next().unwrap_or("/");
    let dir = &base[..base.rfind('/').map_or(0, |i| i + 1)];
    Target::Local(format!("{dir}{reference}"))
}

/// Every subresource an HTML document makes a browser fetch: stylesheets,
/// icons and preloads, `src` of images, scripts, frames and media, an
/// `<object>`'s data, a video's poster, and every `url(...)` or `@import`
/// in `<style>` elements and `style` attributes.
pub fn html_references(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let Some((name, attributes, after)) = tag(rest) else {
            rest = &rest[1..];
            continue;
        };
        rest = after;
        let get = |wanted: &str| {
            attributes
                .iter()
                .find(|(n, _)| n == wanted)
                .map(|(_, v)| v.clone())
        };
        match name.as_str() {
            "link" => {
                let rel = get("rel").unwrap_or_default().to_ascii_lowercase();
                let fetched = rel.split_whitespace().any(|r| {
                    matches!(
                        r,
                        "stylesheet"
                            | "icon"
                            | "apple-touch-icon"
                            | "preload"
                            | "modulepreload"
                            | "prefetch"
                            | "manifest"
                    )
                });
                if fetched {
                    found.extend(get("href"));
                }
            }
            "img" | "script" | "iframe" | "frame" | "source" | "audio" | "video" | "embed"
            | "track" | "input" => {
                found.extend(get("src"));
                if let Some(set) = get("srcset") {
                    found.extend(
                        set.split(',')
                            .filter_map(|c| c.split_whitespace().next())
                            .map(str::to_string),
                    );
                }
                found.extend(get("poster"));
            }
            "object" => found.extend(get("data")),
            "style" => {
                let end = rest
                    .to_ascii_lowercase()
                    .find("</style")
                    .unwrap_or(rest.len());
                found.extend(css_references(&rest[..end]));
                rest = &rest[end..];
            }
            _ => {}
        }
        if let Some(style) = get("style") {
            found.extend(css_references(&style));
        }
    }
    found
}

/// A tag's attributes, names and values, in document order.
type Attributes = Vec<(String, String)>;

/// Parse the tag at the start of `text` (which begins with `<`): its
/// lower-case name, its attributes (names lower-cased, entities decoded),
/// and the text after it. `None` for a closing tag or a stray `<`.
fn tag(text: &str) -> Option<(String, Attributes, &str)> {
    let body = text.strip_prefix('<')?;
    let name_len = body
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    if name_len == 0 || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name = body[..name_len].to_ascii_lowercase();
    let mut rest = &body[name_len..];
    let mut attributes = Vec::new();
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if let Some(after) = rest.strip_prefix('>') {
            return Some((name, attributes, after));
        }
        if rest.is_empty() {
            return Some((name, attributes, rest));
        }
        let end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
            .unwrap_or(rest.len())
            .max(1);
        let attribute = rest[..end].to_ascii_lowercase();
        rest = rest[end..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            rest = after.trim_start();
            let (raw, after) = match rest.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let inner = &rest[1..];
                    let close = inner.find(quote).unwrap_or(inner.len());
                    (&inner[..close], inner.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let close = rest
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .unwrap_or(rest.len());
                    (&rest[..close], &rest[close..])
                }
            };
            value = decode_entities(raw);
            rest = after;
        }
        attributes.push((attribute, value));
    }
}

/// The character references a stylesheet URL may plausibly carry in an
/// attribute; `&amp;` last, so `&amp;quot;` stays `&quot;`.
fn decode_entities(raw: &str) -> String {
    raw.replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// `url(...)` and `@import "..."` references in CSS.
pub fn css_references(css: &str) -> Vec<String> {
    let mut found = Vec::new();
    let lower = css.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find("url(") {
        let start = from + at + 4;
        let end = css[start..].find(')').map_or(css.len(), |e| start + e);
        found.push(unquote(&css[start..end]));
        from = end;
    }
    let mut from = 0;
    while let Some(at) = lower[from..].find("@import") {
        let start = from + at + 7;
        let rest = css[start..].trim_start();
        if let Some(quote @ ('"' | '\'')) = rest.chars().next() {
            let inner = &rest[1..];
            if let Some(close) = inner.find(quote) {
                found.push(inner[..close].to_string());
            }
        }
        // `@import url(...)` was found above.
        from = start;
    }
    found
}

fn unquote(value: &str) -> String {
    let value = value.trim();
    value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(value)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_kind_of_subresource() {
        let html = r#"<!doctype html><html><head>
<link rel="icon" href="data:,">
<link rel=stylesheet href="/static/style.css">
<link rel="canonical" href="/elsewhere">
<!-- <img src="/commented-out.png"> -->
<style>body { background: url('/bg.png') } @import "/more.css";</style>
<script src="https://cdn.example.com/x.js"></script>
</head><body><a href="/not-fetched">link</a>
<IMG SRC='/a.png' srcset="/a2.png 2x, /a3.png 3x" alt="a > b">
<div style="background-image:url(&quot;/c.png&quot;)"></div>
<video poster=/poster.jpg></video>
</body></html>"#;
        let found = html_references(html);
        assert_eq!(
            found,
            vec![
                "data:,",
                "/static/style.css",
                "/bg.png",
                "/more.css",
                "https://cdn.example.com/x.js",
                "/a.png",
                "/a2.png",
                "/a3.png",
                "/c.png",
                "/poster.jpg",
            ]
        );
    }

    #[test]
    fn css_imports_and_urls() {
        let css = "@import url(/one.css); @import '/two.css'; a { b: URL( \"/three.png\" ) }";
        assert_eq!(
            css_references(css),
            vec!["/one.css", "/three.png", "/two.css"]
        );
    }

    #[test]
    fn origins() {
        let origin = "http://127.0.0.1:8080";
        let local = |p: &str| Target::Local(p.to_string());
        assert_eq!(classify(origin, "/s/x", "data:,"), Target::Inline);
        assert_eq!(classify(origin, "/s/x", "#top"), Target::Inline);
        assert_eq!(
            classify(origin, "/s/x", "/static/a.css"),
            local("/static/a.css")
        );
        assert_eq!(classify(origin, "/s/x?i=1", "a.png"), local("/s/a.png"));
        assert_eq!(
            classify(origin, "/", "http://127.0.0.1:8080/static/a.css"),
            local("/static/a.css")
        );
        assert_eq!(
            classify(origin, "/", "https://127.0.0.1:8080/a.css"),
            Target::External
        );
        assert_eq!(
            classify(origin, "/", "http://127.0.0.1:80801/a.css"),
            Target::External
        );
        assert_eq!(
            classify(origin, "/", "//fonts.example/a.woff"),
            Target::External
        );
        assert_eq!(
            classify(origin, "/", "HTTPS://cdn.example/x.js"),
            Target::External
        );
    }
}
