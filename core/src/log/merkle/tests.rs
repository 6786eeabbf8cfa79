use super::*;

pub(crate) fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
        .collect()
}

pub(crate) fn h(text: &str) -> Hash {
    unhex(text).try_into().expect("32 bytes")
}

/// The Certificate Transparency reference leaves and roots (sizes 1..=8).
pub(crate) const LEAVES: [&str; 8] = [
    "",
    "00",
    "10",
    "2021",
    "3031",
    "40414243",
    "5051525354555657",
    "606162636465666768696a6b6c6d6e6f",
];
pub(crate) const ROOTS: [&str; 8] = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];

fn reference() -> Vec<Hash> {
    LEAVES.iter().map(|l| leaf_hash(&unhex(l))).collect()
}

#[test]
fn roots_match_the_reference_trees() {
    let leaves = reference();
    assert_eq!(
        root(&[]),
        h("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    );
    for n in 1..=8 {
        assert_eq!(root(&leaves[..n]), h(ROOTS[n - 1]), "size {n}");
    }
}

#[test]
fn inclusion_proofs_match_the_reference() {
    let leaves = reference();
    let proof = inclusion_proof(&leaves, 0).expect("in range");
    let want = [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ];
    assert_eq!(proof, want.map(h).to_vec());
    let proof = inclusion_proof(&leaves, 5).expect("in range");
    let want = [
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ];
    assert_eq!(proof, want.map(h).to_vec());
    assert!(inclusion_proof(&leaves, 8).is_none());
}

fn many(n: usize) -> Vec<Hash> {
    (0..n)
        .map(|i| leaf_hash(format!("signature {i}").as_bytes()))
        .collect()
}

#[test]
fn every_inclusion_proof_verifies_and_tampering_fails() {
    let all = many(40);
    for n in 1..=all.len() {
        let leaves = &all[..n];
        let r = root(leaves);
        for i in 0..n {
            let proof = inclusion_proof(leaves, i).expect("proof");
            assert!(
                verify_inclusion(i as u64, n as u64, &leaves[i], &proof, &r),
                "{i} of {n}"
            );
            let other = leaves[(i + 1) % n];
            if n > 1 {
                assert!(
                    !verify_inclusion(i as u64, n as u64, &other, &proof, &r),
                    "wrong leaf"
                );
            }
            if let Some(first) = proof.first() {
                let mut bad = proof.clone();
                bad[0] = node_hash(first, first);
                assert!(
                    !verify_inclusion(i as u64, n as u64, &leaves[i], &bad, &r),
                    "bad proof"
                );
            }
        }
    }
}

#[test]
fn every_consistency_proof_verifies_and_forks_fail() {
    let all = many(33);
    let forked: Vec<Hash> = (0..33)
        .map(|i| leaf_hash(format!("fork {i}").as_bytes()))
        .collect();
    for new in 0..=all.len() {
        let new_root = root(&all[..new]);
        for old in 0..=new {
            let proof = consistency_proof(&all[..new], old).expect("proof");
            let old_root = root(&all[..old]);
            assert!(
                verify_consistency(old as u64, new as u64, &old_root, &new_root, &proof),
                "{old} -> {new}"
            );
            if old > 0 && old < new {
                // A different history of the same size is not consistent.
                let fork_root = root(&forked[..old]);
                assert!(
                    !verify_consistency(old as u64, new as u64, &fork_root, &new_root, &proof),
                    "fork {old} -> {new}"
                );
                let mut bad = proof.clone();
                bad.pop();
                assert!(
                    !verify_consistency(old as u64, new as u64, &old_root, &new_root, &bad),
                    "short proof"
                );
            }
        }
    }
    assert!(!verify_consistency(
        5,
        4,
        &root(&all[..5]),
        &root(&all[..4]),
        &[]
    ));
}
