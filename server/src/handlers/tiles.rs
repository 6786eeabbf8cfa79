//! Each statement's log as C2SP tlog-tiles under `/log/{id}/`: the signed
//! checkpoint, the hash tiles and the entry bundles, as static resources
//! that any cache, CDN or copy (`caucus mirror`) can hold, so that checking
//! a log that went viral does not cost this server a pass over it for
//! every verifier.
//!
//! Nothing extra is stored or cached here: a hash tile is a slice of the
//! Merkle tree the server keeps in memory anyway (`Store::with_log_tree`),
//! and a bundle is one range read of at most 256 entries. What makes the
//! tiles cheap at scale is the caching in front of them: a full tile never
//! changes, so it is served as immutable. And any origin may read them,
//! so that a verifier can run in a web page anywhere.

use actix_web::http::header::{
    ACCESS_CONTROL_ALLOW_ORIGIN, CACHE_CONTROL, CROSS_ORIGIN_RESOURCE_POLICY,
};
use actix_web::middleware::{Compress, DefaultHeaders};
use actix_web::{get, web, HttpResponse};
use caucus_core::log::tiles::{self, Tile, TileKind};

use crate::error::AppError;
use crate::handlers::statements::{checkpoint_note, statement};
use crate::state::AppState;

/// A full tile or bundle: the same bytes for ever.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// A partial tile's bytes never change either, but a log may stop serving
/// it once its full tile exists (C2SP tlog-tiles), so caches keep it only
/// for a while; long enough to spare the server a crowd of verifiers.
const PARTIAL: &str = "public, max-age=60";
/// The checkpoint moves with every signature: C2SP asks that caches keep
/// it no more than a few seconds.
const CHECKPOINT: &str = "public, max-age=5";

/// Any web page may read a log, on any origin (a verifier in a browser, a
/// mirror's status page): everything under `/log/` is public, carries no
/// cookie and depends on no credential, so it is shared by CORS (Fetch
/// standard, `Access-Control-Allow-Origin: *`, errors included, so that a
/// page can tell a missing tile from a blocked one) and may be embedded by
/// any origin (`Cross-Origin-Resource-Policy`, overriding the same-origin
/// default of `security::headers` for these responses only).
fn open_to_any_origin() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .add((CROSS_ORIGIN_RESOURCE_POLICY, "cross-origin"))
}

/// The latest signed checkpoint, as `GET /api/v1/statements/{id}/checkpoint`
/// serves it (with the named witnesses' cosignatures over it).
#[get("/log/{id}/checkpoint", wrap = "open_to_any_origin()")]
pub async fn checkpoint(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header((CACHE_CONTROL, CHECKPOINT))
        .body(checkpoint_note(&state, &id)?))
}

/// `tile/<L>/<N>[.p/<W>]`: a hash tile the log has, narrower partial tiles
/// of earlier checkpoints included. Sent as it is: SHA-256 hashes do not
/// compress. Any other path under `tile/` but a bundle's (registered
/// before this route) is answered here, as no such tile.
#[get("/log/{id}/tile/{tile:.*}", wrap = "open_to_any_origin()")]
pub async fn hash_tile(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, tile) = path.into_inner();
    serve(&state, &id, &format!("tile/{tile}"))
}

/// `tile/entries/<N>[.p/<W>]`: an entry bundle the log has. Its entries
/// are text with hex digests, so it is sent gzipped to any client that
/// asks (`Accept-Encoding: gzip`, as `caucus` does): about 40% of the
/// bytes.
#[get(
    "/log/{id}/tile/entries/{tile:.*}",
    wrap = "Compress::default()",
    wrap = "open_to_any_origin()"
)]
pub async fn entry_bundle(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, tile) = path.into_inner();
    serve(&state, &id, &format!("tile/entries/{tile}"))
}

fn serve(state: &AppState, id: &str, path: &str) -> Result<HttpResponse, AppError> {
    let (id, record) = statement(state, id)?;
    let tile = Tile::parse(path).map_err(|_| AppError::NoSuchTile)?;
    let size = record.counts.tree_size;
    if !tile.within(size) {
        return Err(AppError::NoSuchTile);
    }
    let bytes = match tile.kind {
        TileKind::Hashes(_) => state
            .store
            .with_log_tree(&id, size, |tree| tiles::tile_from_tree(tree, &tile))?
            .ok_or_else(|| anyhow::anyhow!("the log tree lacks {}", tile.path()))?,
        TileKind::Entries => {
            let (start, end) = tile.span();
            let entries = state.store.log_entries(&id, start, end)?;
            if entries.len() != usize::from(tile.width) {
                return Err(anyhow::anyhow!("the log lacks entries of {}", tile.path()).into());
            }
            tiles::bundle(&entries).map_err(anyhow::Error::from)?
        }
    };
    Ok(HttpResponse::Ok()
        .content_type("application/octet-stream")
        .insert_header((
            CACHE_CONTROL,
            if tile.is_full() { IMMUTABLE } else { PARTIAL },
        ))
        .body(bytes))
}
