use super::*;
use crate::log::merkle::tests::{h, unhex, LEAVES, ROOTS};
use crate::log::merkle::{leaf_hash, LogTree};

fn hashes(level: u8, index: u64, width: u16) -> Tile {
    Tile {
        kind: TileKind::Hashes(level),
        index,
        width,
    }
}

fn entries(index: u64, width: u16) -> Tile {
    Tile {
        kind: TileKind::Entries,
        index,
        width,
    }
}

fn tree(size: u64) -> LogTree {
    let mut tree = LogTree::new();
    for i in 0..size {
        tree.push(leaf_hash(&i.to_be_bytes()));
    }
    tree
}

/// The tiles in `list`, read from `tree` (as a server serves them).
fn set_of(tree: &LogTree, size: u64, list: &[Tile]) -> TileSet {
    let mut set = TileSet::new(size);
    for tile in list {
        let bytes = tile_from_tree(tree, tile).expect("the tree has it");
        set.insert(tile, &bytes).expect("a tile of the tree");
    }
    set
}

fn root(tree: &LogTree, size: u64) -> Hash {
    tree.root(size as usize).expect("size within the tree")
}

#[test]
fn paths_are_spelled_as_the_spec_says() {
    // The spec's example: index 1234067 is x001/x234/067.
    assert_eq!(hashes(0, 1_234_067, 256).path(), "tile/0/x001/x234/067");
    assert_eq!(hashes(0, 0, 256).path(), "tile/0/000");
    assert_eq!(hashes(1, 999, 256).path(), "tile/1/999");
    assert_eq!(hashes(2, 1000, 256).path(), "tile/2/x001/000");
    assert_eq!(hashes(0, 273, 112).path(), "tile/0/273.p/112");
    assert_eq!(entries(5, 17).path(), "tile/entries/005.p/17");
    assert_eq!(entries(1_000_000, 256).path(), "tile/entries/x001/x000/000");
    for tile in [
        hashes(0, 1_234_067, 256),
        hashes(7, 0, 1),
        hashes(3, 42, 255),
        entries(1_000_000, 256),
        entries(0, 1),
        hashes(0, u64::MAX >> 8, 256),
    ] {
        assert_eq!(Tile::parse(&tile.path()), Ok(tile), "{}", tile.path());
    }
}

#[test]
fn only_the_one_spelling_of_a_tile_parses() {
    for bad in [
        "tile/0/0000",
        "tile/0/00",
        "tile/0/1",
        "tile/0/x000/001",
        "tile/0/001/234",
        "tile/0/x001x/234",
        "tile/0/x1234/567",
        "tile/0/001.p/256",
        "tile/0/001.p/0",
        "tile/0/001.p/05",
        "tile/0/001.p/+5",
        "tile/0/001.p/",
        "tile/0/001/",
        "tile/00/000",
        "tile/8/000",
        "tile/a/000",
        "tile/-1/000",
        "tile/data/000",
        "tile/entries/x001",
        "tile/000",
        "tile/0/",
        "0/000",
        "/tile/0/000",
        "tile/0/-01",
        "tile/0/ 01",
        // Past the last tile a tree of 2^64 leaves has.
        "tile/0/x072/x057/x594/x037/x927/936",
        "tile/0/x018/x446/x744/x073/x709/x551/615",
        "tile/7/001",
    ] {
        assert!(Tile::parse(bad).is_err(), "{bad} parsed");
    }
    assert!(Tile::parse("tile/0/x072/x057/x594/x037/x927/935").is_ok());
}

#[test]
fn the_spec_examples_of_partial_tiles() {
    // "a tree of size 70,000 will be represented by 273 full level 0 tiles,
    // one partial level 0 tile of width 112, one full level 1 tile, one
    // partial level 1 tile of width 17, and one partial level 2 tile of
    // width 1."
    let tiles = hash_tiles(70_000);
    let level = |l: u8| -> Vec<Tile> {
        tiles
            .iter()
            .copied()
            .filter(|t| t.kind == TileKind::Hashes(l))
            .collect()
    };
    assert_eq!(level(0).len(), 274);
    assert!(level(0)[..273].iter().all(Tile::is_full));
    assert_eq!(level(0)[273], hashes(0, 273, 112));
    assert_eq!(level(1), vec![hashes(1, 0, 256), hashes(1, 1, 17)]);
    assert_eq!(level(2), vec![hashes(2, 0, 1)]);
    assert_eq!(tiles.len(), 274 + 2 + 1);
    assert_eq!(
        edge(70_000),
        vec![hashes(0, 273, 112), hashes(1, 1, 17), hashes(2, 0, 1)]
    );
    // "a tree of size 256 will be represented by a full level 0 tile and a
    // partial level 1 tile of width 1."
    assert_eq!(hash_tiles(256), vec![hashes(0, 0, 256), hashes(1, 0, 1)]);
    assert_eq!(edge(256), vec![hashes(1, 0, 1)]);
    assert!(hash_tiles(0).is_empty() && bundles(0).is_empty());
    assert_eq!(
        bundles(513),
        vec![entries(0, 256), entries(1, 256), entries(2, 1)]
    );
}

#[test]
fn which_tiles_a_tree_holds() {
    assert_eq!(
        Tile::in_tree(TileKind::Hashes(0), 1, 300),
        Some(hashes(0, 1, 44))
    );
    assert_eq!(Tile::in_tree(TileKind::Hashes(0), 2, 300), None);
    assert_eq!(Tile::in_tree(TileKind::Hashes(1), 0, 255), None);
    // Earlier partial widths are within a tree (their bytes are a prefix
    // of the tile now); wider ones and later tiles are not.
    assert!(hashes(0, 1, 10).within(300));
    assert!(hashes(0, 1, 44).within(300));
    assert!(!hashes(0, 1, 45).within(300));
    assert!(hashes(0, 0, 256).within(300));
    assert!(!hashes(0, 1, 256).within(300));
    assert!(hashes(1, 0, 1).within(300) && !hashes(1, 0, 2).within(300));
    assert!(entries(1, 44).within(300) && !entries(2, 1).within(300));
    assert_eq!(hashes(0, 300, 256).parent(1 << 20), Some(hashes(1, 1, 256)));
    assert_eq!(hashes(0, 3, 256).parent(1000), Some(hashes(1, 0, 3)));
    assert_eq!(hashes(0, 3, 232).parent(1000), None);
}

#[test]
fn the_reference_tree_of_eight_leaves_is_one_partial_tile() {
    // The Certificate Transparency reference tree (see merkle's tests):
    // eight leaves, one level-0 tile of width 8, and its root.
    let leaves: Vec<Vec<u8>> = LEAVES.iter().map(|l| unhex(l)).collect();
    let tile = hashes(0, 0, 8);
    let bytes: Vec<u8> = leaves.iter().flat_map(|l| leaf_hash(l)).collect();
    let mut set = TileSet::new(8);
    set.insert(&tile, &bytes).expect("insert");
    let want = h(ROOTS[7]);
    set.check(&want).expect("the reference root");
    let bundle_bytes = bundle(&leaves).expect("bundle");
    let read = parse_bundle(&entries(0, 8), &bundle_bytes).expect("parse");
    set.check_bundle(&entries(0, 8), &read)
        .expect("entries hash to the tile");
}

#[test]
fn a_whole_tiled_tree_gives_every_root_and_proof() {
    let size = 70_000;
    let tree = tree(size);
    let mut set = set_of(&tree, size, &hash_tiles(size));
    assert!(set.root_of(10).is_err(), "unchecked tiles are not used");
    set.check(&root(&tree, size)).expect("check");
    for old in [
        0, 1, 2, 255, 256, 257, 511, 512, 4096, 65_535, 65_536, 65_537, 69_999, 70_000,
    ] {
        assert_eq!(set.root_of(old), Ok(root(&tree, old)), "root of {old}");
        let from_tiles =
            crate::log::merkle::consistency_proof_in(&set, old as usize, size as usize);
        assert_eq!(
            from_tiles,
            tree.consistency_proof(old as usize, size as usize),
            "consistency {old}"
        );
    }
    for index in [0, 255, 256, 65_536, 69_999] {
        assert_eq!(
            crate::log::merkle::inclusion_proof_in(&set, size as usize, index),
            tree.inclusion_proof(index, size as usize)
        );
    }
}

#[test]
fn a_prefix_root_needs_at_most_two_tiles_a_level() {
    let tree = tree(70_000);
    for (old, size) in [
        (0, 1),
        (1, 1),
        (1, 70_000),
        (255, 257),
        (256, 256),
        (256, 70_000),
        (300, 600),
        (65_535, 65_537),
        (65_536, 70_000),
        (69_999, 70_000),
        (12_345, 67_890),
    ] {
        let list = for_prefix(old, size);
        assert!(list.len() <= 6, "{old} → {size}: {list:?}");
        let mut set = set_of(&tree, size, &list);
        set.check(&root(&tree, size))
            .unwrap_or_else(|e| panic!("{old} → {size}: {e}"));
        assert_eq!(set.root_of(old), Ok(root(&tree, old)), "{old} → {size}");
    }
}

#[test]
fn a_damaged_or_missing_tile_is_named() {
    let size = 70_000;
    let tree = tree(size);
    let all = hash_tiles(size);
    let good = root(&tree, size);
    let damaged = |tile: Tile| {
        let mut set = TileSet::new(size);
        for t in &all {
            let mut bytes = tile_from_tree(&tree, t).expect("tile");
            if *t == tile {
                bytes[0] ^= 1;
            }
            set.insert(t, &bytes).expect("insert");
        }
        set.check(&good).expect_err("damage is caught")
    };
    assert_eq!(
        damaged(hashes(0, 7, 256)),
        TileError::Tile {
            path: "tile/0/007".into(),
            parent: "tile/1/000".into()
        }
    );
    assert_eq!(
        damaged(hashes(1, 0, 256)),
        TileError::Tile {
            path: "tile/1/000".into(),
            parent: "tile/2/000.p/1".into()
        }
    );
    assert!(matches!(damaged(hashes(0, 273, 112)), TileError::Root(_)));
    assert!(matches!(damaged(hashes(2, 0, 1)), TileError::Root(_)));

    let without = |missing: Tile| {
        let list: Vec<Tile> = all.iter().copied().filter(|t| *t != missing).collect();
        set_of(&tree, size, &list).check(&good)
    };
    assert_eq!(
        without(hashes(1, 0, 256)),
        Err(TileError::Missing("tile/1/000".into()))
    );
    assert_eq!(
        without(hashes(0, 273, 112)),
        Err(TileError::Missing("tile/0/273.p/112".into()))
    );

    let mut set = TileSet::new(size);
    let bytes = tile_from_tree(&tree, &hashes(0, 0, 256)).expect("tile");
    assert!(matches!(
        set.insert(&hashes(0, 0, 256), &bytes[..100]),
        Err(TileError::Length { .. })
    ));
    assert!(matches!(
        set.insert(&hashes(0, 273, 100), &bytes[..3200]),
        Err(TileError::NotInTree { .. })
    ));
    assert!(matches!(
        set.insert(&entries(0, 256), &bytes),
        Err(TileError::NotInTree { .. })
    ));
    // Tiles of another tree of the same size do not pass.
    let other: Vec<Tile> = hash_tiles(size);
    let mut foreign = TileSet::new(size);
    for t in &other {
        let mut bytes = tile_from_tree(&tree, t).expect("tile");
        bytes.reverse();
        foreign.insert(t, &bytes).expect("insert");
    }
    assert!(matches!(foreign.check(&good), Err(TileError::Root(_))));
}

#[test]
fn bundles_are_length_prefixed_entries() {
    let list = vec![b"a".to_vec(), b"bc".to_vec(), Vec::new()];
    let bytes = bundle(&list).expect("bundle");
    assert_eq!(bytes, [0, 1, b'a', 0, 2, b'b', b'c', 0, 0]);
    assert_eq!(parse_bundle(&entries(0, 3), &bytes), Ok(list.clone()));
    for (width, bytes) in [
        (2, bytes.clone()),
        (4, bytes.clone()),
        (3, [bytes.as_slice(), &[0]].concat()),
        (3, bytes[..bytes.len() - 1].to_vec()),
        (1, vec![0, 5, b'x']),
    ] {
        assert!(
            parse_bundle(&entries(0, width), &bytes).is_err(),
            "{width} {bytes:?}"
        );
    }
    assert!(bundle(&[vec![0u8; MAX_ENTRY]]).is_ok());
    assert_eq!(
        bundle(&[vec![0u8; MAX_ENTRY + 1]]),
        Err(TileError::EntryTooLong(MAX_ENTRY + 1))
    );
}

#[test]
fn an_altered_entry_is_named() {
    let size = 600;
    let list: Vec<Vec<u8>> = (0..size)
        .map(|i| format!("entry {i}\n").into_bytes())
        .collect();
    let mut tree = LogTree::new();
    for entry in &list {
        tree.push(leaf_hash(entry));
    }
    let mut set = set_of(&tree, size, &hash_tiles(size));
    set.check(&root(&tree, size)).expect("check");
    let second = entries(1, 256);
    let mut read = list[256..512].to_vec();
    set.check_bundle(&second, &read).expect("as logged");
    read[44] = b"entry 300 changed\n".to_vec();
    assert_eq!(
        set.check_bundle(&second, &read),
        Err(TileError::Entry {
            index: 300,
            path: "tile/entries/001".into(),
            tile: "tile/0/001".into()
        })
    );
    // An older, narrower bundle checks against the start of the tile now.
    set.check_bundle(&entries(2, 10), &list[512..522])
        .expect("an earlier partial bundle");
    assert!(set.check_bundle(&entries(2, 10), &list[512..521]).is_err());
}

#[test]
fn added_tiles_are_what_a_copy_lacks() {
    assert_eq!(
        added(300, 600),
        vec![
            hashes(0, 1, 256),
            hashes(0, 2, 88),
            hashes(1, 0, 2),
            entries(1, 256),
            entries(2, 88),
        ]
    );
    assert!(added(600, 600).is_empty());
    assert_eq!(added(0, 2), vec![hashes(0, 0, 2), entries(0, 2)]);
    for (old, size) in [(0, 70_000), (1, 70_000), (65_536, 70_000), (69_000, 70_000)] {
        let had: std::collections::BTreeSet<Tile> =
            hash_tiles(old).into_iter().chain(bundles(old)).collect();
        let now: std::collections::BTreeSet<Tile> =
            hash_tiles(size).into_iter().chain(bundles(size)).collect();
        let want: Vec<Tile> = now.difference(&had).copied().collect();
        let mut got = added(old, size);
        got.sort();
        assert_eq!(got, want, "{old} → {size}");
    }
}
