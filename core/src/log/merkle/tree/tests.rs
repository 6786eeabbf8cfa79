use super::super::{consistency_proof, inclusion_proof, leaf_hash, root};
use super::*;

fn leaves(n: usize) -> Vec<Hash> {
    (0..n as u32).map(|i| leaf_hash(&i.to_be_bytes())).collect()
}

fn tree_of(leaves: &[Hash]) -> LogTree {
    let mut tree = LogTree::new();
    for leaf in leaves {
        tree.push(*leaf);
    }
    tree
}

/// Every prefix root, inclusion proof and consistency proof of a 70-leaf
/// tree (past 64, so a level is added while another is incomplete) equals
/// the direct transcription of RFC 6962 over the leaf list.
#[test]
fn every_prefix_and_proof_equals_the_recomputed_one() {
    let all = leaves(70);
    let tree = tree_of(&all);
    assert_eq!(tree.len(), 70);
    for size in 0..=all.len() {
        let prefix = &all[..size];
        assert_eq!(tree.root(size), Some(root(prefix)), "root of {size}");
        for index in 0..=size {
            assert_eq!(
                tree.inclusion_proof(index, size),
                inclusion_proof(prefix, index),
                "inclusion of {index} in {size}"
            );
        }
        for old in 0..=size + 1 {
            assert_eq!(
                tree.consistency_proof(old, size),
                consistency_proof(prefix, old),
                "consistency of {old} with {size}"
            );
        }
    }
}

#[test]
fn sizes_beyond_the_leaves_are_refused() {
    let tree = tree_of(&leaves(5));
    assert_eq!(tree.root(6), None);
    assert_eq!(tree.inclusion_proof(0, 6), None);
    assert_eq!(tree.consistency_proof(2, 6), None);
    assert_eq!(LogTree::new().root(0), Some(root(&[])));
}

/// A truncated tree grows again exactly as one that never held the leaves.
#[test]
fn truncate_then_push_equals_a_fresh_tree() {
    let all = leaves(40);
    let other: Vec<Hash> = (100..140u32).map(|i| leaf_hash(&i.to_le_bytes())).collect();
    for cut in [0, 1, 7, 16, 31, 33] {
        let mut tree = tree_of(&all);
        tree.truncate(cut);
        assert_eq!(tree.len(), cut);
        let mut expected = all[..cut].to_vec();
        for leaf in &other[..9] {
            tree.push(*leaf);
            expected.push(*leaf);
        }
        assert_eq!(
            tree.root(expected.len()),
            Some(root(&expected)),
            "cut {cut}"
        );
        assert_eq!(
            tree.inclusion_proof(cut, expected.len()),
            inclusion_proof(&expected, cut)
        );
    }
}
