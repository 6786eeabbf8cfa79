//! The server's copy of a statement log's Merkle tree: every complete,
//! aligned subtree's hash is kept, so appending costs amortised O(1)
//! hashes and the root of any prefix, or any proof against it, costs
//! O(log² n) at worst. Recomputing from the leaves made every signature
//! pay for the whole log (docs/performance.md).

use super::{empty_root, node_hash, split, Hash, Subtrees};

/// `levels[l][i]` is the hash of leaves `i * 2^l .. (i + 1) * 2^l`; level 0
/// holds the leaf hashes. About 64 bytes per leaf in all.
#[derive(Clone, Debug, Default)]
pub struct LogTree {
    levels: Vec<Vec<Hash>>,
}

impl LogTree {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of leaves.
    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Append a leaf hash, completing whatever subtrees it closes.
    pub fn push(&mut self, leaf: Hash) {
        let mut hash = leaf;
        let mut level = 0;
        loop {
            if self.levels.len() == level {
                self.levels.push(Vec::new());
            }
            let row = &mut self.levels[level];
            row.push(hash);
            let n = row.len();
            if !n.is_multiple_of(2) {
                return;
            }
            hash = node_hash(&row[n - 2], &row[n - 1]);
            level += 1;
        }
    }

    /// Forget every leaf from `size` on.
    pub fn truncate(&mut self, size: usize) {
        for (level, row) in self.levels.iter_mut().enumerate() {
            row.truncate(size >> level);
        }
    }

    /// The hashes of tree level `level` (each that of 2^level leaves) at
    /// positions `start..end`, as kept: C2SP tiles are slices of these.
    /// `None` unless every one is complete.
    pub fn level_hashes(&self, level: usize, start: usize, end: usize) -> Option<&[Hash]> {
        self.levels.get(level)?.get(start..end)
    }

    /// MTH of the first `size` leaves; `None` if there are fewer.
    pub fn root(&self, size: usize) -> Option<Hash> {
        if size > self.len() {
            return None;
        }
        self.subtree_root(0, size)
    }

    /// The audit path of leaf `index` in the tree of the first `size`.
    pub fn inclusion_proof(&self, index: usize, size: usize) -> Option<Vec<Hash>> {
        super::inclusion_proof_in(self, size, index)
    }

    /// That the first `old_size` leaves are a prefix of the first `size`.
    pub fn consistency_proof(&self, old_size: usize, size: usize) -> Option<Vec<Hash>> {
        super::consistency_proof_in(self, old_size, size)
    }
}

impl Subtrees for LogTree {
    fn subtree_root(&self, start: usize, end: usize) -> Option<Hash> {
        if end > self.len() || start > end {
            return None;
        }
        let n = end - start;
        if n == 0 {
            return Some(empty_root());
        }
        // RFC 6962's split keeps every left part complete and aligned, so
        // only the right spine is ever hashed here.
        if n.is_power_of_two() && start.is_multiple_of(n) {
            let level = n.trailing_zeros() as usize;
            return self.levels.get(level)?.get(start >> level).copied();
        }
        let k = split(n);
        Some(node_hash(
            &self.subtree_root(start, start + k)?,
            &self.subtree_root(start + k, end)?,
        ))
    }
}

#[cfg(test)]
mod tests;
