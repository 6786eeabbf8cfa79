//! A hash table split 256 ways by a keyed hash, for the commit thread's
//! indexes that grow with a statement ([`super::spends`],
//! [`super::withdrawals`]).
//!
//! Why split: a `HashMap` grows by moving every entry into a table twice
//! the size, all in one insert. With several hundred thousand spend tags
//! that took 25–33 ms, in the commit thread, where every write waits for
//! it (docs/performance.md). Split 256 ways, each part grows on its own,
//! at a different moment, and moves a 256th of the entries.
//!
//! The part is picked by a keyed hash, not by the key's first byte: a
//! signer chooses their own withdrawal hash, and could otherwise put every
//! one in the same part.

use std::collections::hash_map::{Entry, HashMap};
use std::hash::{BuildHasher, Hash, RandomState};

const SHARDS: usize = 256;

pub struct Sharded<K, V> {
    /// The keyed hash that picks a key's part.
    pick: RandomState,
    shards: Vec<HashMap<K, V>>,
}

impl<K, V> Default for Sharded<K, V> {
    fn default() -> Self {
        Self {
            pick: RandomState::new(),
            shards: (0..SHARDS).map(|_| HashMap::new()).collect(),
        }
    }
}

impl<K: Hash + Eq, V> Sharded<K, V> {
    fn shard(&self, key: &K) -> usize {
        // The top byte of a 64-bit hash: 0..256.
        (self.pick.hash_one(key) >> 56) as usize % SHARDS
    }

    fn part(&self, key: &K) -> Option<&HashMap<K, V>> {
        self.shards.get(self.shard(key))
    }

    fn part_mut(&mut self, key: &K) -> Option<&mut HashMap<K, V>> {
        let shard = self.shard(key);
        self.shards.get_mut(shard)
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        self.part(key).and_then(|part| part.get(key))
    }

    pub fn contains_key(&self, key: &K) -> bool {
        self.get(key).is_some()
    }

    /// Insert `value` unless `key` has one; returns whether it was put.
    pub fn insert_new(&mut self, key: K, value: V) -> bool {
        match self.part_mut(&key).map(|part| part.entry(key)) {
            Some(Entry::Vacant(slot)) => {
                slot.insert(value);
                true
            }
            Some(Entry::Occupied(_)) | None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_in_whichever_part_holds_them() {
        let mut map = Sharded::default();
        for n in 0u32..2000 {
            let key = caucus_core::encoding::sha256(&[&n.to_be_bytes()]);
            assert!(map.insert_new(key, n));
            assert!(!map.insert_new(key, n + 1));
        }
        assert_eq!(map.shards.iter().map(HashMap::len).sum::<usize>(), 2000);
        for n in 0u32..2000 {
            let key = caucus_core::encoding::sha256(&[&n.to_be_bytes()]);
            assert_eq!(map.get(&key), Some(&n));
        }
        assert!(!map.contains_key(&[0u8; 32]));
        // Keys spread over the parts, also keys alike in their first
        // bytes, as a signer could choose them.
        assert!(map.shards.iter().filter(|part| !part.is_empty()).count() > 200);
        let mut alike = Sharded::default();
        for n in 0u32..2000 {
            let mut key = [0u8; 8];
            key[4..].copy_from_slice(&n.to_be_bytes());
            alike.insert_new(key, ());
        }
        assert!(alike.shards.iter().filter(|part| !part.is_empty()).count() > 200);
    }
}
