//! Every route of the server, in one list.
//!
//! actix-web tries resources in the order they are registered, one regular
//! expression each, until a path matches: the two that take load (a survey
//! answer, a signature) come first. About 6% of the server's time under
//! signing load went to matching before (docs/performance.md). No two
//! paths here overlap, so the order changes nothing else, but for one
//! pair: a log's entry bundles (`tile/entries/...`) come before its hash
//! tiles (`tile/...`, any other path there).

use actix_web::web::{self, PayloadConfig, ServiceConfig};

use crate::handlers::{
    admin_invites, admin_statements, admin_surveys, openapi, releases, results, reveal, site,
    statement_pages, statements, survey_pages, surveys, ticket_pages, tickets, tiles, witnesses,
};

pub fn routes(cfg: &mut ServiceConfig) {
    // Under load.
    cfg.service(surveys::respond)
        .service(statements::add_signature);
    // The public JSON API.
    cfg.service(surveys::survey)
        .service(surveys::server_info)
        .service(surveys::healthz)
        .service(statements::view)
        .service(statements::add_withdrawal)
        .service(statements::checkpoint)
        .service(statements::entries)
        .service(statements::inclusion)
        .service(statements::consistency)
        .service(witnesses::add_cosignature)
        .service(witnesses::witnessed)
        .service(witnesses::witnesses)
        .service(releases::results)
        .service(tickets::directory)
        .service(tickets::issue)
        .service(openapi::openapi);
    // Each statement's log as static files (C2SP tlog-tiles), for caches,
    // mirrors and verifiers.
    cfg.service(tiles::checkpoint)
        .service(tiles::entry_bundle)
        .service(tiles::hash_tile);
    // Organisers' signed requests.
    cfg.service(admin_surveys::create)
        .service(admin_surveys::close)
        .service(admin_surveys::reopen)
        .service(admin_surveys::status)
        .service(admin_surveys::sealed)
        .service(releases::register)
        .service(releases::list)
        .service(admin_statements::create_statement)
        .service(admin_statements::strike)
        .service(reveal::sealed_names)
        // All names in one request, so it has a body limit of its own.
        .service(
            web::resource("/api/v1/admin/statements/{id}/reveal")
                .app_data(PayloadConfig::new(reveal::REVEAL_BODY_LIMIT))
                .route(web::post().to(reveal::reveal)),
        )
        .service(admin_invites::survey_invites)
        .service(admin_invites::statement_invites);
    // The HTML pages.
    cfg.service(site::index)
        .service(site::privacy)
        .service(site::stylesheet)
        .service(site::page_script)
        .service(survey_pages::survey_page)
        .service(survey_pages::survey_submit)
        .service(results::results)
        .service(statement_pages::show)
        .service(statement_pages::sign_form)
        .service(statement_pages::withdraw_page)
        .service(statement_pages::withdraw_form)
        .service(ticket_pages::survey_ticket)
        .service(ticket_pages::statement_ticket)
        .service(ticket_pages::survey_with_ticket)
        .service(ticket_pages::statement_with_ticket);
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

    /// A handler written but not listed above would answer 404 for ever.
    #[test]
    fn every_handler_is_listed() {
        let router = include_str!("router.rs");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/handlers");
        let mut seen = 0;
        for entry in std::fs::read_dir(dir).expect("handlers") {
            let path = entry.expect("entry").path();
            let module = path.file_stem().and_then(|s| s.to_str()).expect("name");
            let text = std::fs::read_to_string(&path).expect("source");
            let mut lines = text.lines().peekable();
            while let Some(line) = lines.next() {
                if !(line.starts_with("#[get(") || line.starts_with("#[post(")) {
                    continue;
                }
                let handler = lines
                    .find_map(|l| l.strip_prefix("pub async fn "))
                    .and_then(|rest| rest.split('(').next())
                    .expect("a handler after its route");
                assert!(
                    router.contains(&format!("{module}::{handler})")),
                    "{module}::{handler} is not in router.rs"
                );
                seen += 1;
            }
        }
        assert!(seen > 30, "found only {seen} handlers: the scan is broken");
    }
}
