//! RFC 6962 (section 2.1) Merkle tree hashing, proofs, and their RFC 9162
//! (section 2.1.3.2 and 2.1.4.2) verification algorithms.
//!
//! Leaves are hashed as SHA-256(0x00 || data) and interior nodes as
//! SHA-256(0x01 || left || right), so a leaf can never pass for a node.
//! An auditor computes proofs from the full list of leaf hashes; the
//! server keeps a [`LogTree`] so a signature costs O(log n) hashes, not a
//! pass over the whole log.

use sha2::{Digest, Sha256};

mod tree;
pub use tree::LogTree;

pub type Hash = [u8; 32];

/// SHA-256 of the empty string: the root of an empty tree.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

pub fn leaf_hash(data: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(data);
    h.finalize().into()
}

pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The largest power of two strictly below `n` (n >= 2).
pub(crate) fn split(n: usize) -> usize {
    let mut k = 1;
    while k << 1 < n {
        k <<= 1;
    }
    k
}

/// MTH(D[n]) over leaf hashes.
pub fn root(leaves: &[Hash]) -> Hash {
    match leaves.len() {
        0 => empty_root(),
        1 => leaves[0],
        n => {
            let k = split(n);
            node_hash(&root(&leaves[..k]), &root(&leaves[k..]))
        }
    }
}

/// Where subtree hashes come from: recomputed from a slice of leaf
/// hashes (what an auditor holds), or looked up in a [`LogTree`] (what the
/// server keeps), so both share one transcription of RFC 6962's proofs.
pub trait Subtrees {
    /// MTH of leaves `start..end`; `None` if `end` is beyond the leaves.
    fn subtree_root(&self, start: usize, end: usize) -> Option<Hash>;
}

impl Subtrees for [Hash] {
    fn subtree_root(&self, start: usize, end: usize) -> Option<Hash> {
        self.get(start..end).map(root)
    }
}

/// PATH(m, D[n]): the audit path of leaf `index`. `None` if out of range.
pub fn inclusion_proof(leaves: &[Hash], index: usize) -> Option<Vec<Hash>> {
    inclusion_proof_in(leaves, leaves.len(), index)
}

/// PATH(m, D[size]) over the first `size` leaves of `tree`.
pub fn inclusion_proof_in<T: Subtrees + ?Sized>(
    tree: &T,
    size: usize,
    index: usize,
) -> Option<Vec<Hash>> {
    if index >= size {
        return None;
    }
    let mut proof = Vec::new();
    path(tree, index, 0, size, &mut proof)?;
    Some(proof)
}

fn path<T: Subtrees + ?Sized>(
    tree: &T,
    m: usize,
    start: usize,
    end: usize,
    out: &mut Vec<Hash>,
) -> Option<()> {
    let n = end - start;
    if n <= 1 {
        return Some(());
    }
    let k = split(n);
    if m < k {
        path(tree, m, start, start + k, out)?;
        out.push(tree.subtree_root(start + k, end)?);
    } else {
        path(tree, m - k, start + k, end, out)?;
        out.push(tree.subtree_root(start, start + k)?);
    }
    Some(())
}

/// PROOF(m, D[n]): that the first `old_size` leaves are a prefix of all
/// of them. `None` if `old_size` is larger than the tree.
pub fn consistency_proof(leaves: &[Hash], old_size: usize) -> Option<Vec<Hash>> {
    consistency_proof_in(leaves, old_size, leaves.len())
}

/// PROOF(old_size, D[size]) over the first `size` leaves of `tree`.
pub fn consistency_proof_in<T: Subtrees + ?Sized>(
    tree: &T,
    old_size: usize,
    size: usize,
) -> Option<Vec<Hash>> {
    if old_size > size {
        return None;
    }
    let mut proof = Vec::new();
    if old_size > 0 && old_size < size {
        subproof(tree, old_size, 0, size, true, &mut proof)?;
    }
    Some(proof)
}

fn subproof<T: Subtrees + ?Sized>(
    tree: &T,
    m: usize,
    start: usize,
    end: usize,
    whole: bool,
    out: &mut Vec<Hash>,
) -> Option<()> {
    let n = end - start;
    if m == n {
        if !whole {
            out.push(tree.subtree_root(start, end)?);
        }
        return Some(());
    }
    let k = split(n);
    if m <= k {
        subproof(tree, m, start, start + k, whole, out)?;
        out.push(tree.subtree_root(start + k, end)?);
    } else {
        subproof(tree, m - k, start + k, end, false, out)?;
        out.push(tree.subtree_root(start, start + k)?);
    }
    Some(())
}

/// RFC 9162 section 2.1.3.2.
pub fn verify_inclusion(index: u64, size: u64, leaf: &Hash, proof: &[Hash], root: &Hash) -> bool {
    if index >= size {
        return false;
    }
    let (mut f, mut s) = (index, size - 1);
    let mut r = *leaf;
    for p in proof {
        if s == 0 {
            return false;
        }
        if f & 1 == 1 || f == s {
            r = node_hash(p, &r);
            while f & 1 == 0 && f != 0 {
                f >>= 1;
                s >>= 1;
            }
        } else {
            r = node_hash(&r, p);
        }
        f >>= 1;
        s >>= 1;
    }
    s == 0 && r == *root
}

/// RFC 9162 section 2.1.4.2. Any tree is consistent with the empty tree,
/// and with itself, given an empty proof.
pub fn verify_consistency(
    old_size: u64,
    new_size: u64,
    old_root: &Hash,
    new_root: &Hash,
    proof: &[Hash],
) -> bool {
    if old_size > new_size {
        return false;
    }
    if old_size == new_size {
        return proof.is_empty() && old_root == new_root;
    }
    if old_size == 0 {
        return proof.is_empty() && *old_root == empty_root();
    }
    if proof.is_empty() {
        return false;
    }
    let mut path: Vec<Hash> = Vec::with_capacity(proof.len() + 1);
    if old_size.is_power_of_two() {
        path.push(*old_root);
    }
    path.extend_from_slice(proof);
    let (mut f, mut s) = (old_size - 1, new_size - 1);
    while f & 1 == 1 {
        f >>= 1;
        s >>= 1;
    }
    let (mut fr, mut sr) = (path[0], path[0]);
    for c in &path[1..] {
        if s == 0 {
            return false;
        }
        if f & 1 == 1 || f == s {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            while f & 1 == 0 && f != 0 {
                f >>= 1;
                s >>= 1;
            }
        } else {
            sr = node_hash(&sr, c);
        }
        f >>= 1;
        s >>= 1;
    }
    s == 0 && fr == *old_root && sr == *new_root
}

#[cfg(test)]
pub(crate) mod tests;
