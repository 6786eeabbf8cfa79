//! `caucus mirror`: a complete static copy of a statement's log, in the
//! C2SP tlog-tiles layout, that any web server, object store or CDN can
//! serve to `caucus verify --mirror` and `caucus witness --mirror`. A log
//! that goes viral then costs its server one copy, not one pass per
//! verifier.
//!
//! The directory holds `checkpoint` and `tile/...` directly: the paths
//! under the server's `/log/<id>/`, to be served as they are under any
//! URL. Everything is checked before it is written (every hash tile
//! against the signed checkpoint, every bundle against its tile); tiles
//! are written before the checkpoint that needs them, each by a rename, so
//! a reader never meets half a file or a checkpoint whose tiles are not
//! there yet. A second run fetches only what is new, after checking that
//! the new checkpoint extends the one already there; it never writes into
//! a directory that holds anything else.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context};
use caucus_core::log::audit::{check_extends, signed_checkpoint};
use caucus_core::log::checkpoint::Checkpoint;
use caucus_core::log::tiles::{added, bundles, for_prefix, hash_tiles, Tile, TileKind, TileSet};
use caucus_core::{CampaignId, ServerPublicKey};

use crate::args::MirrorOptions;
use crate::client::{parse_id, Client};
use crate::tiles::LogSource;

pub fn command(options: &MirrorOptions, out: &mut dyn Write) -> anyhow::Result<()> {
    let id = parse_id(&options.id)?;
    let client = Client::new(&options.server)?;
    let server: ServerPublicKey = client.server_key()?.parse().context("server key")?;
    let dir = &options.out;
    let old = previous(dir, &id, &server)?;
    let note = client.get_text(&format!("/api/v1/statements/{id}/checkpoint"))?;
    let (_, current) = signed_checkpoint(&id, &server, &note)?;
    let old_size = old.as_ref().map_or(0, |c| c.size);
    let source = LogSource::server(client.base(), &id);

    // What to fetch: the tiles the new tree has and the copied one did not,
    // and any the copy should hold but does not (a run cut short, a file
    // removed by hand).
    let new: BTreeSet<Tile> = added(old_size.min(current.size), current.size)
        .into_iter()
        .collect();
    let lacking: BTreeSet<Tile> = hash_tiles(current.size)
        .into_iter()
        .chain(bundles(current.size))
        .filter(|tile| new.contains(tile) || !on_disk(dir, tile))
        .collect();
    // The hash tiles checked against the new root: those fetched, the
    // level-0 tile of each bundle fetched, those on disk that the old root
    // is recomputed from, and the ones above each full tile that its hash
    // is checked in.
    let mut checked: BTreeSet<Tile> = lacking
        .iter()
        .filter_map(|t| match t.kind {
            TileKind::Entries => Tile::in_tree(TileKind::Hashes(0), t.index, current.size),
            TileKind::Hashes(_) => Some(*t),
        })
        .chain(for_prefix(old_size, current.size))
        .collect();
    let mut todo: Vec<Tile> = checked.iter().copied().collect();
    while let Some(tile) = todo.pop() {
        if let Some(parent) = tile.parent(current.size) {
            if checked.insert(parent) {
                todo.push(parent);
            }
        }
    }
    let fetch: Vec<Tile> = checked
        .iter()
        .copied()
        .filter(|t| lacking.contains(t))
        .collect();
    let mut tiles = TileSet::new(current.size);
    let fetched = source.fetch(&fetch)?;
    for (tile, bytes) in fetch.iter().zip(&fetched) {
        tiles
            .insert(tile, bytes)
            .with_context(|| format!("read from {}", source.base()))?;
    }
    for tile in checked.iter().filter(|t| !lacking.contains(t)) {
        let bytes = std::fs::read(dir.join(tile.path()))
            .with_context(|| format!("reading {}", dir.join(tile.path()).display()))?;
        tiles
            .insert(tile, &bytes)
            .with_context(|| format!("the copy in {}", dir.display()))?;
    }
    tiles
        .check(&current.root)
        .with_context(|| format!("the tiles of {}", source.base()))?;
    if let Some(old) = &old {
        check_extends(old, &current, &tiles).with_context(|| {
            format!(
                "the server's log does not extend the copy in {}: nothing was written",
                dir.display()
            )
        })?;
    }

    for (tile, bytes) in fetch.iter().zip(&fetched) {
        write_file(dir, &tile.path(), bytes)?;
    }
    let new_bundles: Vec<Tile> = lacking
        .iter()
        .copied()
        .filter(|t| t.kind == TileKind::Entries)
        .collect();
    source.each_bundle(&tiles, &new_bundles, |tile, bytes, _| {
        write_file(dir, &tile.path(), bytes)
    })?;
    write_file(dir, "checkpoint", note.as_bytes())?;

    let total = hash_tiles(current.size).len() + bundles(current.size).len();
    writeln!(
        out,
        "statement {id}: {} entries copied into {}",
        current.size,
        dir.display()
    )?;
    writeln!(
        out,
        "  {} tiles and {} entry bundles written, {} already there; every one checked against the checkpoint",
        fetch.len(),
        new_bundles.len(),
        total.saturating_sub(fetch.len() + new_bundles.len())
    )?;
    writeln!(
        out,
        "  serve the directory as it is (e.g. at https://HOST/log/{id}/), then: \
         caucus verify {id} --server {} --mirror https://HOST/log/{id}",
        client.base()
    )?;
    Ok(())
}

/// The checkpoint of an earlier copy of this log in `dir`; `None` for a
/// directory that does not exist yet or is empty. Anything else is
/// refused: this command never writes into what it did not make.
fn previous(
    dir: &Path,
    id: &CampaignId,
    server: &ServerPublicKey,
) -> anyhow::Result<Option<Checkpoint>> {
    let mut listing = match std::fs::read_dir(dir) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        other => other.with_context(|| format!("reading {}", dir.display()))?,
    };
    if listing.next().is_none() {
        return Ok(None);
    }
    let refuse = |why: String| {
        anyhow!(
            "{} is not empty and {why}: refusing to write into it (give a new or empty directory)",
            dir.display()
        )
    };
    let note = std::fs::read_to_string(dir.join("checkpoint"))
        .map_err(|_| refuse("holds no copy of a log (no `checkpoint` file)".into()))?;
    let (_, old) = signed_checkpoint(id, server, &note).map_err(|e| {
        refuse(format!(
            "holds no copy of statement {id} as this server signs it ({e})"
        ))
    })?;
    Ok(Some(old))
}

/// Whether a tile of the copy is there, at its length where that is known.
fn on_disk(dir: &Path, tile: &Tile) -> bool {
    let Ok(meta) = std::fs::metadata(dir.join(tile.path())) else {
        return false;
    };
    let width = u64::from(tile.width);
    match tile.kind {
        TileKind::Hashes(_) => meta.len() == width * 32,
        TileKind::Entries => meta.is_file() && meta.len() >= width * 2,
    }
}

/// Write `bytes` at `path` under `dir` by a rename, so that a web server
/// serving the directory never sends half a file.
fn write_file(dir: &Path, path: &str, bytes: &[u8]) -> anyhow::Result<()> {
    let target: PathBuf = dir.join(path);
    let parent = target
        .parent()
        .ok_or_else(|| anyhow!("no directory for {}", target.display()))?;
    std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    let name = target
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| anyhow!("no file name in {}", target.display()))?;
    let partial = parent.join(format!(".{name}.partial-{}", std::process::id()));
    std::fs::write(&partial, bytes).with_context(|| format!("writing {}", partial.display()))?;
    std::fs::rename(&partial, &target).with_context(|| format!("writing {}", target.display()))
}
