//! Hashes read from a log's tiles, from a server or mirror nobody has to
//! trust: they are used only once [`TileSet::check`] has found that they
//! hash to a root the log's key signed. Then any prefix's root, and any
//! RFC 6962 proof, can be computed from them, and entry bundles checked
//! against their leaves.

use std::collections::BTreeMap;

use super::{edge, parse_hash_tile, Tile, TileError, TileKind, FULL, HEIGHT};
use crate::log::merkle::{empty_root, leaf_hash, node_hash, root, split, Hash, Subtrees};

/// Some or all hash tiles of one tree, each in its form for that tree.
#[derive(Clone, Debug)]
pub struct TileSet {
    size: u64,
    /// By (tile level, tile index).
    tiles: BTreeMap<(u8, u64), Vec<Hash>>,
    /// The root they were found to hash to, once checked.
    checked: Option<Hash>,
}

impl TileSet {
    /// An empty set for a tree of `size` leaves.
    pub fn new(size: u64) -> Self {
        Self {
            size,
            tiles: BTreeMap::new(),
            checked: None,
        }
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    /// Add a hash tile as read. It must be a tile of this tree, as wide as
    /// the tree has it, and exactly that many hashes long.
    pub fn insert(&mut self, tile: &Tile, bytes: &[u8]) -> Result<(), TileError> {
        let not_in_tree = || TileError::NotInTree {
            path: tile.path(),
            size: self.size,
        };
        let TileKind::Hashes(level) = tile.kind else {
            return Err(not_in_tree());
        };
        if Tile::in_tree(tile.kind, tile.index, self.size) != Some(*tile) {
            return Err(not_in_tree());
        }
        let hashes = parse_hash_tile(tile, bytes)?;
        self.tiles.insert((level, tile.index), hashes);
        self.checked = None;
        Ok(())
    }

    /// Check every tile held against `signed`, the signed root of this tree:
    /// the right edge (the partial tiles) must be here and hash to it, and
    /// every full tile must hash to its hash in the tile above, which must
    /// be here too. Top down, so that a mismatch names the tile that is
    /// wrong rather than one that merely disagrees with it.
    pub fn check(&mut self, signed: &Hash) -> Result<(), TileError> {
        let edge = edge(self.size);
        for tile in &edge {
            if !self.holds(tile) {
                return Err(TileError::Missing(tile.path()));
            }
        }
        let computed = self
            .subtree_root(0, usize::try_from(self.size).unwrap_or(usize::MAX))
            .ok_or_else(|| TileError::Missing("the right edge of the tree".into()))?;
        if computed != *signed {
            let paths: Vec<String> = edge.iter().map(Tile::path).collect();
            return Err(TileError::Root(paths.join(" or ")));
        }
        for (&(level, index), hashes) in self.tiles.iter().rev() {
            let tile = Tile {
                kind: TileKind::Hashes(level),
                index,
                width: u16::try_from(hashes.len()).unwrap_or(0),
            };
            let Some(parent) = tile.parent(self.size) else {
                continue;
            };
            let above = self
                .tiles
                .get(&(level + 1, parent.index))
                .ok_or_else(|| TileError::Missing(parent.path()))?;
            let at = usize::try_from(index % u64::from(FULL)).unwrap_or(usize::MAX);
            if above.get(at) != Some(&root(hashes)) {
                return Err(TileError::Tile {
                    path: tile.path(),
                    parent: parent.path(),
                });
            }
        }
        self.checked = Some(*signed);
        Ok(())
    }

    /// The root of the first `size` leaves, computed from checked tiles.
    pub fn root_of(&self, size: u64) -> Result<Hash, TileError> {
        if self.checked.is_none() {
            return Err(TileError::Unchecked(self.size));
        }
        let end = usize::try_from(size).map_err(|_| TileError::Unchecked(self.size))?;
        self.subtree_root(0, end).ok_or_else(|| {
            TileError::Missing(format!("a tile for the root of the first {size} entries"))
        })
    }

    /// The root they were checked against, if they were.
    pub fn checked_root(&self) -> Option<Hash> {
        self.checked
    }

    /// Check a bundle's entries against their leaf hashes, in the level-0
    /// tile of the same index (checked before).
    pub fn check_bundle(&self, bundle: &Tile, entries: &[Vec<u8>]) -> Result<(), TileError> {
        if self.checked.is_none() {
            return Err(TileError::Unchecked(self.size));
        }
        let level0 = Tile {
            kind: TileKind::Hashes(0),
            ..*bundle
        };
        let leaves = self
            .tiles
            .get(&(0, bundle.index))
            .and_then(|hashes| hashes.get(..usize::from(bundle.width)))
            .ok_or_else(|| TileError::Missing(level0.path()))?;
        if bundle.kind != TileKind::Entries || entries.len() != leaves.len() {
            return Err(TileError::Bundle {
                path: bundle.path(),
                width: bundle.width,
            });
        }
        let (start, _) = bundle.span();
        for (offset, (entry, leaf)) in entries.iter().zip(leaves).enumerate() {
            if leaf_hash(entry) != *leaf {
                return Err(TileError::Entry {
                    index: start + offset as u64,
                    path: bundle.path(),
                    tile: level0.path(),
                });
            }
        }
        Ok(())
    }

    fn holds(&self, tile: &Tile) -> bool {
        self.tiles
            .get(&(tile.kind.level(), tile.index))
            .is_some_and(|hashes| hashes.len() == usize::from(tile.width))
    }

    /// The node of tree level `height` at `index`: the MTH of the 2^r
    /// hashes below it in the tile of level height / 8 (r = height % 8),
    /// all in one tile since tiles are aligned.
    fn node(&self, height: u32, index: u64) -> Option<Hash> {
        let level = u8::try_from(height / HEIGHT).ok()?;
        let below = height % HEIGHT;
        let first = index.checked_shl(below)?;
        let hashes = self.tiles.get(&(level, first / u64::from(FULL)))?;
        let at = usize::try_from(first % u64::from(FULL)).ok()?;
        Some(root(hashes.get(at..at + (1usize << below))?))
    }
}

impl Subtrees for TileSet {
    fn subtree_root(&self, start: usize, end: usize) -> Option<Hash> {
        if start > end || end as u64 > self.size {
            return None;
        }
        let n = end - start;
        if n == 0 {
            return Some(empty_root());
        }
        if n.is_power_of_two() && start.is_multiple_of(n) {
            return self.node(n.trailing_zeros(), (start / n) as u64);
        }
        let k = split(n);
        Some(node_hash(
            &self.subtree_root(start, start + k)?,
            &self.subtree_root(start + k, end)?,
        ))
    }
}
