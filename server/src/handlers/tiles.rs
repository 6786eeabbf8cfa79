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
//! changes, so it is served as immutable.

use actix_web::http::header::CACHE_CONTROL;
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

/// The latest signed checkpoint, as `GET /api/v1/statements/{id}/checkpoint`
/// serves it (with the named witnesses' cosignatures over it).
#[get("/log/{id}/checkpoint")]
pub async fn checkpoint(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header((CACHE_CONTROL, CHECKPOINT))
        .body(checkpoint_note(&state, &id)?))
}

/// `tile/<L>/<N>[.p/<W>]` or `tile/entries/<N>[.p/<W>]`: any tile whose
/// every hash (or entry) the log has, narrower partial tiles of earlier
/// checkpoints included.
#[get("/log/{id}/tile/{tile:.*}")]
pub async fn tile(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, tile) = path.into_inner();
    let (id, record) = statement(&state, &id)?;
    let tile = Tile::parse(&format!("tile/{tile}")).map_err(|_| AppError::NoSuchTile)?;
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
