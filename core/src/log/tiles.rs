//! C2SP tlog-tiles (c2sp.org/tlog-tiles): a statement's log as static
//! files that any web server, object store or CDN can hold, so a verifier
//! needs the caucus server for nothing it cannot check.
//!
//! This module owns the tile arithmetic, all of it pure: which tiles a tree
//! of a given size has, their paths (`tile/<L>/<N>[.p/<W>]` and
//! `tile/entries/<N>[.p/<W>]`), their bytes, and entry bundles. Checking
//! tiles read from somewhere untrusted against a signed root is
//! [`TileSet`]'s.
//!
//! A tile at level L holds up to 256 consecutive hashes of tree level 8L
//! (leaf hashes at level 0; at level L > 0 each hash is the root of one
//! full tile of the level below). The tile of index N at level L is full
//! once the tree has (N + 1) · 256 hashes at that level; before that the
//! tree has it as a partial tile of the width it has reached. Full tiles
//! never change, which is what lets anyone cache and copy them.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::merkle::{Hash, LogTree};

mod set;
pub use set::TileSet;

/// Tree levels per tile: a tile is a subtree of height 8.
pub const HEIGHT: u32 = 8;
/// Hashes (or entries) in a full tile.
pub const FULL: u16 = 256;
/// Bytes of one hash in a tile.
pub const HASH_BYTES: usize = 32;
/// The longest entry a bundle can carry: lengths are big-endian uint16.
pub const MAX_ENTRY: usize = u16::MAX as usize;
/// Tile levels a tree of up to 2^64 leaves can have (level 8 would need
/// 256^8 = 2^64 hashes below one tile).
pub const LEVELS: u8 = 8;

/// What a tile holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TileKind {
    /// Hashes of tree level 8 × this level.
    Hashes(u8),
    /// An entry bundle: the entries whose leaf hashes are the level-0
    /// tile of the same index and width.
    Entries,
}

/// One tile (or entry bundle) as a tree of some size has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tile {
    pub kind: TileKind,
    pub index: u64,
    /// 1 to 256; 256 is a full tile, which never changes.
    pub width: u16,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TileError {
    #[error("`{0}` is not a tile path: C2SP tlog-tiles names tile/<L>/<N>[.p/<W>] and tile/entries/<N>[.p/<W>], N in groups of three digits")]
    Path(String),
    #[error("{path} is not a tile of a log of {size} entries")]
    NotInTree { path: String, size: u64 },
    #[error("{path} holds {got} bytes where it must hold {expected}")]
    Length {
        path: String,
        expected: usize,
        got: usize,
    },
    #[error("{path} is not a bundle of {width} entries, each a big-endian uint16 length and that many bytes")]
    Bundle { path: String, width: u16 },
    #[error("an entry of {0} bytes is longer than an entry bundle can carry (65535)")]
    EntryTooLong(usize),
    #[error("{0} is needed to check the log, and was not read")]
    Missing(String),
    #[error("the tiles do not hash to the signed checkpoint's root: {0} was damaged or altered, or is from another log")]
    Root(String),
    #[error("{path} does not hash to its hash in {parent}: the tile was damaged or altered")]
    Tile { path: String, parent: String },
    #[error("entry {index} in {path} does not hash to its leaf in {tile}: the entry was altered")]
    Entry {
        index: u64,
        path: String,
        tile: String,
    },
    #[error("these tiles were not checked against the root of a tree of {0} entries")]
    Unchecked(u64),
}

/// How many hashes tree level 8 × `level` has in a tree of `size` leaves
/// (complete subtrees only).
pub fn hashes_at(size: u64, level: u8) -> u64 {
    size.checked_shr(HEIGHT * u32::from(level)).unwrap_or(0)
}

impl TileKind {
    /// The tile level whose hashes this tile holds or stands behind.
    pub fn level(self) -> u8 {
        match self {
            Self::Hashes(level) => level,
            Self::Entries => 0,
        }
    }
}

impl Tile {
    /// The tile of this kind and index in a tree of `size` leaves: full,
    /// or as wide as the tree has it. `None` if the tree has none there.
    pub fn in_tree(kind: TileKind, index: u64, size: u64) -> Option<Self> {
        let have = hashes_at(size, kind.level());
        let start = index.checked_mul(u64::from(FULL))?;
        let width = have.checked_sub(start).filter(|w| *w > 0)?;
        Some(Self {
            kind,
            index,
            width: u16::try_from(width.min(u64::from(FULL))).ok()?,
        })
    }

    pub fn is_full(&self) -> bool {
        self.width == FULL
    }

    /// Positions `start..end` of what it holds: hashes of its level, or
    /// entries (leaf indexes) for a bundle.
    pub fn span(&self) -> (u64, u64) {
        let start = self.index.saturating_mul(u64::from(FULL));
        (start, start.saturating_add(u64::from(self.width)))
    }

    /// Whether a tree of `size` leaves has everything this tile holds: true
    /// for the tree's own tiles, and for narrower partial tiles of earlier
    /// sizes of it, whose bytes are a prefix of the tile now.
    pub fn within(&self, size: u64) -> bool {
        let (_, end) = self.span();
        self.width >= 1
            && self.width <= FULL
            && end <= hashes_at(size, self.kind.level())
            && self.index <= max_index(self.kind.level())
    }

    /// The tile one level up holding this full hash tile's root, as a tree
    /// of `size` leaves has it; `None` for partial tiles and bundles.
    pub fn parent(&self, size: u64) -> Option<Self> {
        match self.kind {
            TileKind::Hashes(level) if self.is_full() && level + 1 < LEVELS => Tile::in_tree(
                TileKind::Hashes(level + 1),
                self.index / u64::from(FULL),
                size,
            ),
            _ => None,
        }
    }

    /// Its path under a log's prefix, exactly as C2SP tlog-tiles spells it.
    pub fn path(&self) -> String {
        let mut path = match self.kind {
            TileKind::Hashes(level) => format!("tile/{level}/"),
            TileKind::Entries => "tile/entries/".to_string(),
        };
        let mut groups = Vec::new();
        let mut rest = self.index;
        loop {
            groups.push(rest % 1000);
            rest /= 1000;
            if rest == 0 {
                break;
            }
        }
        // Most significant first; every group but the last is a directory.
        while let Some(group) = groups.pop() {
            if groups.is_empty() {
                let _ = write!(path, "{group:03}");
            } else {
                let _ = write!(path, "x{group:03}/");
            }
        }
        if !self.is_full() {
            let _ = write!(path, ".p/{}", self.width);
        }
        path
    }

    /// The tile a path names. Only the one spelling [`Tile::path`] writes
    /// is accepted (no leading zeros, no missing or extra `x`, no width of
    /// 256 written out), so every tile has exactly one URL to cache.
    pub fn parse(path: &str) -> Result<Self, TileError> {
        let bad = || TileError::Path(path.to_string());
        let rest = path.strip_prefix("tile/").ok_or_else(bad)?;
        let (level, rest) = rest.split_once('/').ok_or_else(bad)?;
        let kind = match level {
            "entries" => TileKind::Entries,
            digit if digit.len() == 1 => {
                let level = digit.parse::<u8>().map_err(|_| bad())?;
                if level >= LEVELS {
                    return Err(bad());
                }
                TileKind::Hashes(level)
            }
            _ => return Err(bad()),
        };
        let (index_text, width) = match rest.split_once(".p/") {
            Some((index, width)) => {
                let width = width.parse::<u16>().map_err(|_| bad())?;
                (index, width)
            }
            None => (rest, FULL),
        };
        let mut index: u64 = 0;
        for group in index_text.split('/') {
            let digits = group.strip_prefix('x').unwrap_or(group);
            if digits.len() != 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            let value: u64 = digits.parse().map_err(|_| bad())?;
            index = index
                .checked_mul(1000)
                .and_then(|i| i.checked_add(value))
                .ok_or_else(bad)?;
        }
        let tile = Self { kind, index, width };
        if width == 0 || width > FULL || index > max_index(kind.level()) || tile.path() != path {
            return Err(bad());
        }
        Ok(tile)
    }
}

/// The highest tile index a tree of up to 2^64 leaves has at `level`.
fn max_index(level: u8) -> u64 {
    u64::MAX
        .checked_shr(HEIGHT * (u32::from(level) + 1))
        .unwrap_or(0)
}

/// The tiles of `kind` at `level` in a tree of `size` leaves, from index
/// `from` on.
fn row(kind: TileKind, size: u64, from: u64) -> impl Iterator<Item = Tile> {
    (from..).map_while(move |index| Tile::in_tree(kind, index, size))
}

/// Every hash tile of a tree of `size` leaves, level by level.
pub fn hash_tiles(size: u64) -> Vec<Tile> {
    (0..LEVELS)
        .flat_map(|level| row(TileKind::Hashes(level), size, 0))
        .collect()
}

/// Every entry bundle of a tree of `size` leaves.
pub fn bundles(size: u64) -> Vec<Tile> {
    row(TileKind::Entries, size, 0).collect()
}

/// The partial tile of each level, which a root is computed from (the full
/// tiles stand behind their hashes in the level above).
pub fn edge(size: u64) -> Vec<Tile> {
    (0..LEVELS)
        .filter_map(|level| {
            let kind = TileKind::Hashes(level);
            let have = hashes_at(size, level);
            Tile::in_tree(kind, have / u64::from(FULL), size)
        })
        .collect()
}

/// The tiles and bundles of a tree of `size` leaves that a tree of `old`
/// leaves does not have in the same form: what a copy made at `old` lacks.
pub fn added(old: u64, size: u64) -> Vec<Tile> {
    let kinds = (0..LEVELS).map(TileKind::Hashes).chain([TileKind::Entries]);
    kinds
        .flat_map(|kind| {
            let from = hashes_at(old, kind.level()) / u64::from(FULL);
            row(kind, size, from).filter(move |t| Tile::in_tree(kind, t.index, old) != Some(*t))
        })
        .collect()
}

/// The tiles of a tree of `size` leaves needed to compute the root of its
/// first `old` leaves and to check them against its own root: its right
/// edge, the tiles holding the first `old` leaves' right edge, and every
/// tile above a full one of those, up to a partial tile. At most two a
/// level, so a witness's check costs the same for any size.
pub fn for_prefix(old: u64, size: u64) -> Vec<Tile> {
    let mut set: BTreeSet<Tile> = edge(size).into_iter().collect();
    for level in 0..LEVELS {
        let have = hashes_at(old.min(size), level);
        if !have.is_multiple_of(u64::from(FULL)) {
            let index = have / u64::from(FULL);
            set.extend(Tile::in_tree(TileKind::Hashes(level), index, size));
        }
    }
    let mut todo: Vec<Tile> = set.iter().copied().collect();
    while let Some(tile) = todo.pop() {
        if let Some(parent) = tile.parent(size) {
            if set.insert(parent) {
                todo.push(parent);
            }
        }
    }
    set.into_iter().collect()
}

/// A hash tile's bytes: its hashes, concatenated.
pub fn hash_tile_bytes(hashes: &[Hash]) -> Vec<u8> {
    hashes.concat()
}

/// The hashes of a hash tile, from its bytes.
pub fn parse_hash_tile(tile: &Tile, bytes: &[u8]) -> Result<Vec<Hash>, TileError> {
    let expected = usize::from(tile.width) * HASH_BYTES;
    if bytes.len() != expected {
        return Err(TileError::Length {
            path: tile.path(),
            expected,
            got: bytes.len(),
        });
    }
    Ok(bytes
        .chunks_exact(HASH_BYTES)
        .filter_map(|chunk| chunk.try_into().ok())
        .collect())
}

/// A hash tile as the server's tree holds it; `None` unless the tree has
/// every hash of it.
pub fn tile_from_tree(tree: &LogTree, tile: &Tile) -> Option<Vec<u8>> {
    let TileKind::Hashes(level) = tile.kind else {
        return None;
    };
    let (start, end) = tile.span();
    let hashes = tree.level_hashes(
        usize::try_from(HEIGHT * u32::from(level)).ok()?,
        usize::try_from(start).ok()?,
        usize::try_from(end).ok()?,
    )?;
    Some(hash_tile_bytes(hashes))
}

/// An entry bundle: each entry as a big-endian uint16 length, then its
/// bytes.
pub fn bundle<E: AsRef<[u8]>>(entries: &[E]) -> Result<Vec<u8>, TileError> {
    let mut out = Vec::with_capacity(entries.iter().map(|e| e.as_ref().len() + 2).sum());
    for entry in entries {
        let entry = entry.as_ref();
        let len = u16::try_from(entry.len()).map_err(|_| TileError::EntryTooLong(entry.len()))?;
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(entry);
    }
    Ok(out)
}

/// The entries of a bundle: exactly its width of them, and nothing after.
pub fn parse_bundle(tile: &Tile, bytes: &[u8]) -> Result<Vec<Vec<u8>>, TileError> {
    let bad = || TileError::Bundle {
        path: tile.path(),
        width: tile.width,
    };
    let mut entries = Vec::with_capacity(usize::from(tile.width));
    let mut rest = bytes;
    while let Some((len, after)) = rest.split_first_chunk::<2>() {
        let len = usize::from(u16::from_be_bytes(*len));
        let (entry, after) = after.split_at_checked(len).ok_or_else(bad)?;
        entries.push(entry.to_vec());
        rest = after;
    }
    if !rest.is_empty() || entries.len() != usize::from(tile.width) {
        return Err(bad());
    }
    Ok(entries)
}

#[cfg(test)]
mod tests;
