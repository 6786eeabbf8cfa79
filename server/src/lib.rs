//! caucus-server: anonymous surveys for staff coalitions, sealed at rest.
//!
//! The only crate that touches sled and actix-web. The tree follows a
//! request: `http` (limits, headers, signatures) → `router` (every route)
//! → `handlers` (one file per resource, thin) → `writes` (the single
//! writer that makes a change durable before anyone is told) → `store`
//! (the only module that touches sled). `operator` holds the hosting
//! operator's commands (backup, restore, demo), apart from any route.

pub mod config;
pub mod error;
pub mod handlers;
pub mod http;
pub mod operator;
pub mod router;
pub mod state;
pub mod store;
pub mod writes;

use std::io::Write as _;
use std::process::ExitCode;

use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer, ResponseError};
use clap::Parser;

use crate::config::{Args, Config};
use crate::error::AppError;
use crate::handlers::{html, openapi};
use crate::http::{auth, body, connections, flood, head, language, render, security};
use crate::operator::{backup, control, demo};
use crate::state::AppState;
use crate::writes::invite_checks::InviteChecks;
use crate::writes::{commit, retention};

/// Body limit for the public JSON API.
pub const JSON_LIMIT: usize = 64 * 1024;

/// Process entry: parse, configure logging, run. See `main.rs` for exit codes.
pub fn main_entry() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    if let Some(command) = &args.command {
        return operator_command(&args, command);
    }
    let config = match Config::from_args(args) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("caucus-server: {err:#}");
            return ExitCode::from(1);
        }
    };
    env_logger::Builder::new()
        .filter_level(config.log)
        // Only our own messages: actix's and sled's internals are not
        // audited for what they might print.
        .filter_module("actix_server", log::LevelFilter::Warn)
        .filter_module("actix_web", log::LevelFilter::Warn)
        .filter_module("sled", log::LevelFilter::Warn)
        .format_timestamp(None)
        .init();
    // The crash harness's negative control switches durability off; only
    // debug builds (the test suite) honour it, never a release binary.
    let durable = !(cfg!(debug_assertions)
        && std::env::var("CAUCUS_TEST_UNSAFE_NO_FSYNC").as_deref() == Ok("1"));
    match actix_web::rt::System::new().block_on(run(config, durable)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("caucus-server: {err:#}");
            ExitCode::from(1)
        }
    }
}

/// `backup` and `restore`: print what was written, or why not (exit 1).
fn operator_command(args: &Args, command: &config::Command) -> ExitCode {
    let result = args.data_dir().and_then(|data| match command {
        config::Command::Backup { dir } => args
            .organiser_keys()
            .and_then(|organisers| control::backup_command(&data, dir, &organisers))
            .map(|b| {
                let paused = b
                    .writes_paused_ms
                    .map(|ms| format!("; writes paused {:.2} s", ms as f64 / 1000.0))
                    .unwrap_or_default();
                format!(
                    "backup written to {}: {}{paused}",
                    dir.display(),
                    backup::summary(&b.manifest)
                )
            }),
        config::Command::Restore { snapshot, key } => key
            .as_deref()
            .map(read_organiser_key)
            .transpose()
            .and_then(|key| backup::restore(snapshot, &data, key.as_ref()))
            .map(|m| format!("restored into {}: {}", data.display(), backup::summary(&m))),
    });
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("caucus-server: {err:#}");
            ExitCode::from(1)
        }
    }
}

/// An organiser key file, for `restore` to unseal a backup's keys.
fn read_organiser_key(path: &std::path::Path) -> anyhow::Result<caucus_core::OrganiserKey> {
    use anyhow::Context as _;
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading the organiser key {}", path.display()))?;
    caucus_core::OrganiserKey::from_file_text(&text)
        .with_context(|| format!("{} is not an organiser key", path.display()))
}

/// Open the store, start the writer, bind, announce, serve until stopped.
pub async fn run(mut config: Config, durable: bool) -> anyhow::Result<()> {
    let store = store::Store::open(&config.data)?;
    let server_key = store.server_key()?;
    let _ = commit::prune_nonces(&store, state::unix_now());
    let demo_key = if config.demo {
        let (key, path) = demo::demo_key(&config.data)?;
        if !config.organisers.contains(key.public()) {
            config.organisers.push(key.public().clone());
        }
        Some((key, path))
    } else {
        None
    };
    settle_personal_texts(&store, &config.organisers)?;
    let committer = commit::Committer::start(store.clone(), store.server_key()?, durable)?;
    retention::start(store.clone(), committer.clone());
    control::start(&config.data, committer.clone(), config.organisers.clone())?;
    let demo_ids = match &demo_key {
        Some((key, _)) => Some((
            demo::demo_survey(&store, &committer).await?,
            demo::demo_statement(&store, &committer, key).await?,
        )),
        None => None,
    };
    let state = web::Data::new(AppState {
        store,
        committer,
        organisers: config.organisers.clone(),
        invite_checks: InviteChecks::new(config.organisers.clone()),
        server_key,
        templates: render::Templates::new(),
        flood: flood::Flood::new(),
    });
    let server_public = state.server_key.public();
    let limits = connections::limits();
    log::info!(
        "{} workers, at most {} connections each ({} file descriptors)",
        limits.workers,
        limits.per_worker,
        limits.descriptors
    );
    let app_state = state.clone();
    let server = HttpServer::new(move || {
        App::new()
            .app_data(app_state.clone())
            .app_data(
                web::JsonConfig::default()
                    .limit(JSON_LIMIT)
                    .error_handler(|err, _| error::from_json_error(err).into()),
            )
            .app_data(web::PayloadConfig::new(
                auth::ADMIN_BODY_LIMIT.max(caucus_core::form::FORM_LIMIT),
            ))
            .wrap(actix_web::middleware::from_fn(language::choose))
            .wrap(actix_web::middleware::from_fn(body::read_in_time))
            .wrap(actix_web::middleware::from_fn(head::as_get))
            .wrap(security::headers())
            .configure(router::routes)
            .default_service(web::to(not_found))
    })
    // The head must arrive within 5 s (the body has its own deadline, see
    // `body`), an idle keep-alive connection closes after 5 s, and a
    // client that stops reading our answer is dropped after 2 s.
    .client_request_timeout(std::time::Duration::from_secs(5))
    .keep_alive(std::time::Duration::from_secs(5))
    .client_disconnect_timeout(std::time::Duration::from_secs(2))
    // Below the descriptor limit: see `connections`.
    .workers(limits.workers)
    .max_connections(limits.per_worker)
    .bind(config.bind)?
    .shutdown_timeout(5);
    let addr = server
        .addrs()
        .first()
        .copied()
        .ok_or_else(|| anyhow::anyhow!("bound to no address"))?;
    let base = format!("http://{addr}");
    let mut out = std::io::stdout().lock();
    writeln!(out, "caucus-server listening on {base}")?;
    writeln!(out, "server key (signs receipts): {server_public}")?;
    if let (Some((key, path)), Some((survey, statement))) = (&demo_key, &demo_ids) {
        writeln!(out, "{}", demo::banner(&base, survey, key, path))?;
        writeln!(
            out,
            "{}",
            demo::statement_banner(&base, statement, key, path)
        )?;
    }
    out.flush()?;
    drop(out);
    server.run().await?;
    Ok(())
}

/// Before any write: finish or undo a reveal a crash cut short, and seal
/// any signer's text an earlier server kept in the clear.
pub(crate) fn settle_personal_texts(
    store: &store::Store,
    organisers: &[caucus_core::OrganiserPublicKey],
) -> anyhow::Result<()> {
    let record = |id: &caucus_core::CampaignId| {
        Ok(store
            .stored_statement(id)?
            .map(|record| store::personal::Revealed {
                revealed: record.revealed,
                below: record.revealed_below,
            }))
    };
    let indexes = |id: &caucus_core::CampaignId| {
        let size = store
            .stored_statement(id)?
            .map_or(0, |r| r.counts.tree_size);
        let mut indexes = std::collections::HashMap::new();
        for (index, entry) in (0..size).zip(store.log_entries(id, 0, size)?) {
            if let Ok(caucus_core::log::entry::Entry::Signature {
                commitment: Some(commitment),
                ..
            }) = caucus_core::log::entry::Entry::parse(&entry, index)
            {
                indexes.insert(commitment, index);
            }
        }
        Ok(indexes)
    };
    let settled = store.personal_files.settle(organisers, record, indexes)?;
    if settled != store::personal::Settled::default() {
        log::info!("signers' texts settled at start: {settled:?}");
    }
    Ok(())
}

async fn not_found(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    if let Some(refusal) = openapi::method_not_allowed(req.path()) {
        return refusal;
    }
    // The logs' tiles are read by programs too: they get the JSON shape.
    if req.path().starts_with("/api/") || req.path().starts_with("/log/") {
        AppError::NoRoute.error_response()
    } else {
        html::error_page(&state, req.path(), &AppError::NoRoute)
    }
}
