//! What checking a statement log from its C2SP tiles costs at a million
//! entries, next to the one cost no verifier can skip: hashing every entry.
//!
//! A log that goes viral is checked by many people, each from whatever
//! mirror holds its tiles, so the check itself must stay close to the
//! hashing floor: a full check reads every hash tile and bundle, checks
//! the tiles against the signed root and each bundle against its level-0
//! tile, and parses every entry; an incremental check (a witness, or a
//! verifier that saw the log an hour ago) reads at most two tiles a level
//! and proves the old tree is a prefix of the new one. The tiles are made
//! in memory exactly as the server serves them, so this measures the
//! verifier's CPU, not the network.

use std::time::{Duration, Instant};

use caucus_core::encoding::hex;
use caucus_core::log::entry::{Entry, SignatureKind};
use caucus_core::log::merkle::{leaf_hash, LogTree};
use caucus_core::log::tiles::{self, TileSet};
use rand::RngCore;

/// Entries a verifier saw less than the full log in the incremental check:
/// about an hour of signing at a brisk rate.
pub const NEW_SINCE_SAVED: u64 = 10_000;

pub struct LogVerify {
    pub entries: u64,
    /// Hashing every entry (RFC 6962 leaf hashes): the floor.
    pub hashing: Duration,
    /// Every tile and bundle read, checked and parsed.
    pub full: Duration,
    pub full_bytes: u64,
    /// From a checkpoint `NEW_SINCE_SAVED` entries older: the prefix
    /// proved from tiles, the new bundles checked and parsed.
    pub incremental: Duration,
    pub incremental_bytes: u64,
}

/// Anonymous signature entries, as the server logs them.
fn entries(count: u64) -> Vec<Vec<u8>> {
    let mut rng = rand::rngs::OsRng;
    (0..count)
        .map(|_| {
            let mut secret = [0u8; 32];
            rng.fill_bytes(&mut secret);
            let entry = Entry::Signature {
                kind: SignatureKind::Anonymous,
                commitment: None,
                withdrawal_sha256: hex(&secret),
            };
            entry.to_bytes().unwrap_or_default()
        })
        .collect()
}

pub fn measure(count: u64) -> anyhow::Result<LogVerify> {
    let log = entries(count);
    let started = Instant::now();
    let leaves: Vec<_> = log.iter().map(|e| leaf_hash(e)).collect();
    let hashing = started.elapsed();

    let mut tree = LogTree::new();
    for leaf in leaves {
        tree.push(leaf);
    }
    let size = count;
    let root = tree
        .root(log.len())
        .ok_or_else(|| anyhow::anyhow!("no root"))?;
    let serve = |tile: &tiles::Tile| -> anyhow::Result<Vec<u8>> {
        match tile.kind {
            tiles::TileKind::Entries => {
                let (start, end) = tile.span();
                Ok(tiles::bundle(&log[start as usize..end as usize])?)
            }
            tiles::TileKind::Hashes(_) => tiles::tile_from_tree(&tree, tile)
                .ok_or_else(|| anyhow::anyhow!("no tile {}", tile.path())),
        }
    };
    let hash_tiles: Vec<_> = tiles::hash_tiles(size)
        .iter()
        .map(|t| serve(t).map(|b| (*t, b)))
        .collect::<anyhow::Result<_>>()?;
    let bundles: Vec<_> = tiles::bundles(size)
        .iter()
        .map(|t| serve(t).map(|b| (*t, b)))
        .collect::<anyhow::Result<_>>()?;

    // Full: every tile, every bundle, every entry parsed.
    let started = Instant::now();
    let mut set = TileSet::new(size);
    for (tile, bytes) in &hash_tiles {
        set.insert(tile, bytes)?;
    }
    set.check(&root)?;
    let mut parsed = 0u64;
    for (bundle, bytes) in &bundles {
        let entries = tiles::parse_bundle(bundle, bytes)?;
        set.check_bundle(bundle, &entries)?;
        for (offset, entry) in entries.iter().enumerate() {
            Entry::parse(entry, bundle.span().0 + offset as u64)?;
            parsed += 1;
        }
    }
    let full = started.elapsed();
    anyhow::ensure!(parsed == count, "parsed {parsed} of {count}");
    let full_bytes = hash_tiles
        .iter()
        .chain(&bundles)
        .map(|(_, b)| b.len() as u64)
        .sum();

    // Incremental: the old tree proved a prefix, then the new entries.
    let old = size.saturating_sub(NEW_SINCE_SAVED);
    let old_root = tree
        .root(old as usize)
        .ok_or_else(|| anyhow::anyhow!("no old root"))?;
    let started = Instant::now();
    let mut incremental_bytes = 0u64;
    let mut set = TileSet::new(size);
    // The prefix's tiles, and every hash tile the old tree lacks (above
    // the new bundles).
    let mut needed: std::collections::BTreeSet<tiles::Tile> =
        tiles::for_prefix(old, size).into_iter().collect();
    needed.extend(
        tiles::added(old, size)
            .into_iter()
            .filter(|t| matches!(t.kind, tiles::TileKind::Hashes(_))),
    );
    for tile in &needed {
        let bytes = serve(tile)?;
        incremental_bytes += bytes.len() as u64;
        set.insert(tile, &bytes)?;
    }
    set.check(&root)?;
    anyhow::ensure!(set.root_of(old)? == old_root, "the old tree is no prefix");
    for bundle in tiles::added(old, size)
        .into_iter()
        .filter(|t| t.kind == tiles::TileKind::Entries)
    {
        let bytes = serve(&bundle)?;
        incremental_bytes += bytes.len() as u64;
        let entries = tiles::parse_bundle(&bundle, &bytes)?;
        set.check_bundle(&bundle, &entries)?;
        for (offset, entry) in entries.iter().enumerate() {
            Entry::parse(entry, bundle.span().0 + offset as u64)?;
        }
    }
    let incremental = started.elapsed();
    Ok(LogVerify {
        entries: count,
        hashing,
        full,
        full_bytes,
        incremental,
        incremental_bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small log checks both ways, and the incremental check reads less.
    #[test]
    fn a_small_log_checks_fully_and_incrementally() {
        let measured = measure(NEW_SINCE_SAVED + 1_000).unwrap();
        assert_eq!(measured.entries, NEW_SINCE_SAVED + 1_000);
        assert!(measured.incremental_bytes < measured.full_bytes);
    }
}
