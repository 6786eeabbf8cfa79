//! `GET /api/v1/openapi.json`: the API's OpenAPI description, the
//! hand-written docs/openapi.json built into the binary, so a server always
//! describes the routes it was built with; and, read from the same
//! document, the 405 for a known route asked with another method. The
//! tests below fail when a route is registered but not documented, or
//! documented but gone.

use std::sync::OnceLock;

use actix_web::http::header::{HeaderValue, ALLOW};
use actix_web::{get, HttpResponse, ResponseError};
use serde_json::Value;

use crate::error::AppError;

pub const DOCUMENT: &str = include_str!("../../../docs/openapi.json");

/// Each documented path template, split at `/`, with its `Allow` value.
type Routes = Vec<(Vec<String>, String)>;

fn routes_table() -> &'static Routes {
    static TABLE: OnceLock<Routes> = OnceLock::new();
    TABLE.get_or_init(|| {
        let doc: Value = serde_json::from_str(DOCUMENT).unwrap_or_default();
        let Some(paths) = doc["paths"].as_object() else {
            return Vec::new();
        };
        paths
            .iter()
            .map(|(template, item)| {
                let mut methods: Vec<String> = item
                    .as_object()
                    .map(|ops| ops.keys().map(|m| m.to_uppercase()).collect())
                    .unwrap_or_default();
                // Every GET answers HEAD too (see `crate::http::head`).
                if methods.iter().any(|m| m == "GET") {
                    methods.push("HEAD".into());
                }
                let segments = template.split('/').map(str::to_string).collect();
                (segments, methods.join(", "))
            })
            .collect()
    })
}

/// The 405 answer (RFC 9110: with `Allow`) for a documented route asked
/// with a method it does not take; `None` when no route has this path,
/// which stays a 404. The document is the table: the tests below hold it
/// equal to the routes the handlers register.
pub fn method_not_allowed(path: &str) -> Option<HttpResponse> {
    let asked: Vec<&str> = path.split('/').collect();
    let (_, allow) = routes_table().iter().find(|(template, _)| {
        template.len() == asked.len()
            && template
                .iter()
                .zip(&asked)
                .all(|(t, a)| t == a || (t.starts_with('{') && t.ends_with('}') && !a.is_empty()))
    })?;
    let mut response = AppError::MethodNotAllowed(allow.clone()).error_response();
    if let Ok(value) = HeaderValue::from_str(allow) {
        response.headers_mut().insert(ALLOW, value);
    }
    Some(response)
}

#[get("/api/v1/openapi.json")]
pub async fn openapi() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(DOCUMENT)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

    use std::collections::BTreeSet;
    use std::path::Path;

    use serde_json::Value;

    use super::DOCUMENT;

    /// Whether a route belongs in the document: the JSON API, the probe
    /// and the logs' tiles.
    fn documented_prefix(path: &str) -> bool {
        path.starts_with("/api/")
            || path == "/healthz"
            || path.starts_with("/.well-known/")
            || path.starts_with("/log/")
    }

    /// A route as OpenAPI templates it: actix's `{name:regex}` is `{name}`.
    fn template(route: &str) -> String {
        let mut out = String::new();
        let mut rest = route;
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
            let name = &rest[open..close];
            out.push_str(&rest[..open]);
            out.push_str(name.split(':').next().unwrap_or(name));
            rest = &rest[close..];
        }
        out.push_str(rest);
        out
    }

    /// The first string literal after `from` in `text`.
    fn literal_after(text: &str, from: usize) -> Option<&str> {
        let rest = text.get(from..)?;
        let start = rest.find('"')? + 1;
        let len = rest[start..].find('"')?;
        Some(&rest[start..start + len])
    }

    /// Every (method, path) registered in the server's source: attribute
    /// macros give both; `resource(...)`/`route(...)` give the path
    /// (method `None`). Read from the files, so a new handler is seen
    /// without anyone listing it here.
    fn registered(dir: &Path, out: &mut BTreeSet<(Option<String>, String)>) {
        for entry in std::fs::read_dir(dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                registered(&path, out);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source");
            for method in ["get", "post", "put", "patch", "delete"] {
                let marker = format!("#[{method}(");
                for (at, _) in text.match_indices(&marker) {
                    let route = literal_after(&text, at).expect("route literal");
                    if documented_prefix(route) {
                        out.insert((Some(method.to_string()), template(route)));
                    }
                }
            }
            // Only a literal right inside the call: `resource(PATH)`.
            for marker in ["resource(\"", ".route(\""] {
                for (at, _) in text.match_indices(marker) {
                    let route = literal_after(&text, at).expect("route literal");
                    if documented_prefix(route) {
                        out.insert((None, template(route)));
                    }
                }
            }
        }
    }

    fn document() -> Value {
        serde_json::from_str(DOCUMENT).expect("docs/openapi.json is JSON")
    }

    #[test]
    fn every_registered_route_is_documented_and_every_documented_one_exists() {
        let doc = document();
        let paths = doc["paths"].as_object().expect("paths");
        let mut routes = BTreeSet::new();
        registered(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut routes,
        );
        assert!(
            routes.len() > 20,
            "found only {} routes: the scan is broken",
            routes.len()
        );
        for (method, path) in &routes {
            let item = paths
                .get(path)
                .unwrap_or_else(|| panic!("{path} is registered but not in docs/openapi.json"));
            if let Some(method) = method {
                assert!(
                    item.get(method).is_some(),
                    "{} {path} is registered but not in docs/openapi.json",
                    method.to_uppercase()
                );
            }
        }
        for (path, item) in paths {
            for method in item.as_object().expect("path item").keys() {
                let known = routes.contains(&(Some(method.clone()), path.clone()))
                    || routes.contains(&(None, path.clone()));
                assert!(
                    known,
                    "docs/openapi.json documents {} {path}, which no handler serves",
                    method.to_uppercase()
                );
            }
        }
    }

    #[test]
    fn every_operation_documents_its_errors_and_every_reference_resolves() {
        let doc = document();
        assert_eq!(doc["openapi"], "3.0.3");
        let mut refs = Vec::new();
        collect_refs(&doc, &mut refs);
        for reference in refs {
            let pointer = reference
                .strip_prefix('#')
                .unwrap_or_else(|| panic!("external reference {reference}"));
            assert!(
                doc.pointer(pointer).is_some(),
                "unresolved reference {reference}"
            );
        }
        let admin = ["Signature", "SignatureInput", "ContentDigest"];
        for (path, item) in doc["paths"].as_object().expect("paths") {
            for (method, operation) in item.as_object().expect("path item") {
                let responses = operation["responses"].as_object().expect("responses");
                let has_id = path.contains("{id}");
                if has_id {
                    assert!(responses.contains_key("404"), "{method} {path}: no 404");
                }
                if path.starts_with("/api/v1/admin/") {
                    let security = &operation["security"][0];
                    for scheme in admin {
                        assert!(
                            security.get(scheme).is_some(),
                            "{method} {path}: not marked as signed"
                        );
                    }
                    assert!(responses.contains_key("401"), "{method} {path}: no 401");
                } else {
                    assert!(
                        operation.get("security").is_none(),
                        "{method} {path}: public routes take no signature"
                    );
                }
                if method == "post" && !path.starts_with("/api/v1/admin/") {
                    for status in ["400", "408", "413", "415", "429"] {
                        assert!(
                            responses.contains_key(status),
                            "{method} {path}: no {status}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_known_route_asked_with_another_method_is_refused_with_allow() {
        use actix_web::http::StatusCode;
        let id = "mkwfDns9KohW4cD_M6e5Eg";
        let refusal = super::method_not_allowed(&format!("/api/v1/admin/surveys/{id}/releases"))
            .expect("a documented route");
        assert_eq!(refusal.status(), StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(
            refusal.headers().get("allow").expect("Allow"),
            "GET, POST, HEAD"
        );
        let probe = super::method_not_allowed("/healthz").expect("documented");
        assert_eq!(probe.headers().get("allow").expect("Allow"), "GET, HEAD");
        for unknown in [
            "/api/v1/surveys/",
            "/api/v1/nothing",
            "/api/v1/surveys/a/b/c",
            "/",
        ] {
            assert!(super::method_not_allowed(unknown).is_none(), "{unknown}");
        }
    }

    fn collect_refs(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, inner) in map {
                    match (key.as_str(), inner) {
                        ("$ref", Value::String(target)) => out.push(target.clone()),
                        _ => collect_refs(inner, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
            _ => {}
        }
    }
}
