//! Per-campaign keys: the secret that lets a campaign's stored data be
//! destroyed for good when its retention period ends (crypto-shredding).
//!
//! sled is log-structured: a removed value stays in its segment files until
//! garbage collection happens to rewrite them, and backups keep whatever
//! they copied. Deleting records is therefore not enough. Instead, every
//! sealed response is stored wrapped (XChaCha20-Poly1305) under a random
//! 32-byte key of its campaign, and every spent-invite record is an
//! HMAC-SHA256 under the same key. The key lives in its own small file,
//! `keys/<campaign id>.key`, outside sled; destroying it (overwrite, fsync,
//! unlink) makes every leftover copy of the ciphertexts unreadable, even to
//! an organiser key, and every leftover spend record untestable against a
//! list of invites.
//!
//! The campaign's blind-ticket issuer (see `caucus_core::ticket`) is derived
//! from the same key, so it is made with the campaign, sealed in backups
//! with it, and destroyed with it: a ticket can no longer be checked, nor
//! one issued, once retention is over.
//!
//! Stored items are wrapped under a second key in the same file, which is
//! replaced when a survey's responses are rewritten in random order (see
//! `rewrap` and `crate::writes::reshuffle`): the copies sled's log still
//! holds in write order then no longer open.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock, RwLockWriteGuard};

use anyhow::{bail, Context};
use caucus_core::ticket::Issuer;
use caucus_core::CampaignId;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use super::personal::{erase, write_durably};

mod rewrap;

const NONCE: usize = 24;

/// A campaign's secrets, as its key file holds them: the key spend
/// records and the ticket issuer come from, then the wrapping keys of its
/// stored items, newest last (two while a rewrite is under way). A file of
/// 32 bytes, from before wrapping keys were replaced, is both.
#[derive(Clone)]
pub(crate) struct Secret {
    spend: [u8; 32],
    wraps: Vec<[u8; 32]>,
}

impl Secret {
    fn parse(bytes: &[u8]) -> anyhow::Result<Self> {
        let keys: Vec<[u8; 32]> = bytes
            .chunks(32)
            .map(|c| {
                c.try_into()
                    .context("a campaign key file is not whole 32-byte keys")
            })
            .collect::<anyhow::Result<_>>()?;
        match keys.as_slice() {
            [spend] => Ok(Self {
                spend: *spend,
                wraps: vec![*spend],
            }),
            [spend, wraps @ ..] if wraps.len() <= 2 => Ok(Self {
                spend: *spend,
                wraps: wraps.to_vec(),
            }),
            _ => bail!("a campaign key file holds {} keys, not 1 to 3", keys.len()),
        }
    }

    fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.spend.to_vec();
        for wrap in &self.wraps {
            out.extend_from_slice(wrap);
        }
        out
    }

    fn newest(&self) -> &[u8; 32] {
        // `parse` and every constructor keep at least one.
        self.wraps.last().unwrap_or(&self.spend)
    }
}

/// The keys of every live campaign, loaded lazily and cached. Shared by
/// every clone of the store.
#[derive(Clone)]
pub struct CampaignKeys {
    dir: PathBuf,
    cache: Arc<RwLock<HashMap<CampaignId, Secret>>>,
    /// Deriving an issuer costs a few scalar multiplications: once each.
    issuers: Arc<RwLock<HashMap<CampaignId, Arc<Issuer>>>>,
}

impl CampaignKeys {
    pub fn new(data: &Path) -> Self {
        Self {
            dir: data.join("keys"),
            cache: Arc::default(),
            issuers: Arc::default(),
        }
    }

    fn write_cache(&self) -> anyhow::Result<RwLockWriteGuard<'_, HashMap<CampaignId, Secret>>> {
        self.cache
            .write()
            .map_err(|_| anyhow::anyhow!("key cache poisoned"))
    }

    fn path(&self, id: &CampaignId) -> PathBuf {
        self.dir.join(format!("{id}.key"))
    }

    /// Make a new campaign's key, durably, before its record is committed.
    /// Never replaces a key: the caller checks first, and this refuses.
    pub fn create(&self, id: &CampaignId) -> anyhow::Result<()> {
        self.create_with(id, Self::fresh())
    }

    /// A new random campaign key, to decide with before it is stored
    /// (a statement's log names its ticket key in the same batch).
    pub fn fresh() -> [u8; 32] {
        let mut key = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut key);
        key
    }

    /// Store `key` as the new campaign's key (see [`Self::create`]).
    pub fn create_with(&self, id: &CampaignId, key: [u8; 32]) -> anyhow::Result<()> {
        let mut cache = self.write_cache()?;
        // Not `exists`: its read lock would wait on our own write lock.
        if cache.contains_key(id) || self.path(id).exists() {
            bail!("campaign {id} has a key already");
        }
        let secret = Secret {
            spend: key,
            wraps: vec![Self::fresh()],
        };
        write_durably(&self.path(id), &secret.to_bytes())?;
        cache.insert(*id, secret);
        Ok(())
    }

    fn key(&self, id: &CampaignId) -> anyhow::Result<Secret> {
        if let Some(secret) = self
            .cache
            .read()
            .map_err(|_| anyhow::anyhow!("key cache poisoned"))?
            .get(id)
        {
            return Ok(secret.clone());
        }
        // Read and cache under the write lock, which `destroy` holds while
        // it erases: a key read just before its destruction is never
        // cached after it.
        let mut cache = self.write_cache()?;
        if let Some(secret) = cache.get(id) {
            return Ok(secret.clone());
        }
        let secret = self.read(id)?;
        cache.insert(*id, secret.clone());
        Ok(secret)
    }

    fn read(&self, id: &CampaignId) -> anyhow::Result<Secret> {
        match std::fs::read(self.path(id)) {
            Ok(bytes) => Secret::parse(&bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                bail!("campaign {id} has no key: destroyed under retention, or never made")
            }
            Err(e) => Err(e).context("reading a campaign key"),
        }
    }

    /// Whether the campaign still has its key. Asked on every submission,
    /// so a cached key answers without touching the disk (`destroy`
    /// empties the cache entry before it erases the file).
    pub fn exists(&self, id: &CampaignId) -> bool {
        let cached = self
            .cache
            .read()
            .map(|cache| cache.contains_key(id))
            .unwrap_or(false);
        cached || self.path(id).exists()
    }

    /// What is stored when an invite is spent on campaign `id`: a MAC of
    /// the value that names it (a signed invite's spend tag, or a short
    /// code's hash), so that once the key is gone nobody can tell which
    /// invites were spent, even holding the list of them.
    pub fn spend_record(&self, id: &CampaignId, names: &[u8; 32]) -> anyhow::Result<[u8; 32]> {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.key(id)?.spend)
            .context("HMAC key length")?;
        mac.update(names);
        Ok(mac.finalize().into_bytes().into())
    }

    /// The campaign's ticket issuer, derived from its key.
    pub fn issuer(&self, id: &CampaignId) -> anyhow::Result<Arc<Issuer>> {
        let poisoned = || anyhow::anyhow!("issuer cache poisoned");
        if let Some(issuer) = self.issuers.read().map_err(|_| poisoned())?.get(id) {
            return Ok(issuer.clone());
        }
        let issuer = Arc::new(Self::issuer_of(&self.key(id)?.spend, id)?);
        let mut issuers = self.issuers.write().map_err(|_| poisoned())?;
        // Checked again under the lock `destroy` takes: a key destroyed
        // meanwhile leaves no issuer behind.
        if !self.exists(id) {
            bail!("campaign {id} has no key: destroyed under retention");
        }
        issuers.insert(*id, issuer.clone());
        Ok(issuer)
    }

    /// The issuer a campaign key derives (see `Issuer::from_campaign_key`).
    pub fn issuer_of(key: &[u8; 32], id: &CampaignId) -> anyhow::Result<Issuer> {
        Issuer::from_campaign_key(key, id).map_err(|e| anyhow::anyhow!("{e}"))
    }

    /// Wrap a sealed response (or sealed export) for storage: a random
    /// 24-byte nonce, then the ciphertext; the campaign id is the AAD.
    pub fn wrap(&self, id: &CampaignId, sealed: &[u8]) -> anyhow::Result<Vec<u8>> {
        wrap_with(self.key(id)?.newest(), id, sealed)
    }

    /// Wrap a sealed export: under the campaign key itself, which a rewrite
    /// of the responses leaves alone (exports are not stored beside spend
    /// records, so where they sit says nothing), and retention destroys.
    pub fn wrap_export(&self, id: &CampaignId, sealed: &[u8]) -> anyhow::Result<Vec<u8>> {
        wrap_with(&self.key(id)?.spend, id, sealed)
    }

    /// Open a stored response under whichever wrapping key made it.
    pub fn unwrap(&self, id: &CampaignId, stored: &[u8]) -> anyhow::Result<Vec<u8>> {
        let secret = self.key(id)?;
        secret
            .wraps
            .iter()
            .rev()
            .find_map(|key| open_with(key, id, stored))
            .ok_or_else(|| anyhow::anyhow!("a stored item does not open under its campaign key"))
    }

    /// Open a stored export (see [`Self::wrap_export`]).
    pub fn unwrap_export(&self, id: &CampaignId, stored: &[u8]) -> anyhow::Result<Vec<u8>> {
        open_with(&self.key(id)?.spend, id, stored)
            .ok_or_else(|| anyhow::anyhow!("a stored export does not open under its campaign key"))
    }

    /// Destroy a campaign's key for good. Idempotent.
    pub fn destroy(&self, id: &CampaignId) -> anyhow::Result<()> {
        // Locks in the order `issuer` takes them: issuers, then keys.
        let mut issuers = self
            .issuers
            .write()
            .map_err(|_| anyhow::anyhow!("issuer cache poisoned"))?;
        issuers.remove(id);
        let mut cache = self.write_cache()?;
        cache.remove(id);
        erase(&self.path(id))
    }
}

fn wrap_with(key: &[u8; 32], id: &CampaignId, sealed: &[u8]) -> anyhow::Result<Vec<u8>> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let mut nonce = [0u8; NONCE];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let payload = Payload {
        msg: sealed,
        aad: id.as_bytes(),
    };
    let ciphertext = cipher
        .encrypt(XNonce::from_slice(&nonce), payload)
        .map_err(|_| anyhow::anyhow!("wrapping under the campaign key failed"))?;
    let mut out = Vec::with_capacity(NONCE + ciphertext.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ciphertext);
    Ok(out)
}

fn open_with(key: &[u8; 32], id: &CampaignId, stored: &[u8]) -> Option<Vec<u8>> {
    if stored.len() < NONCE {
        return None;
    }
    let (nonce, ciphertext) = stored.split_at(NONCE);
    let payload = Payload {
        msg: ciphertext,
        aad: id.as_bytes(),
    };
    XChaCha20Poly1305::new(key.into())
        .decrypt(XNonce::from_slice(nonce), payload)
        .ok()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn wrapped_items_open_only_under_their_campaign_until_the_key_is_destroyed() {
        let dir = tempfile::tempdir().unwrap();
        let keys = CampaignKeys::new(dir.path());
        let mut rng = rand::rngs::OsRng;
        let (a, b) = (CampaignId::random(&mut rng), CampaignId::random(&mut rng));
        keys.create(&a).unwrap();
        keys.create(&b).unwrap();
        let stored = keys.wrap(&a, b"sealed bytes").unwrap();
        assert_eq!(keys.unwrap(&a, &stored).unwrap(), b"sealed bytes");
        assert!(keys.unwrap(&b, &stored).is_err(), "another campaign's key");
        let mut flipped = stored.clone();
        flipped[30] ^= 1;
        assert!(keys.unwrap(&a, &flipped).is_err(), "tampering is caught");
        // A fresh process finds the key on disk.
        let reloaded = CampaignKeys::new(dir.path());
        assert_eq!(reloaded.unwrap(&a, &stored).unwrap(), b"sealed bytes");
        let issuer = keys.issuer(&a).unwrap();
        assert_eq!(
            CampaignKeys::new(dir.path()).issuer(&a).unwrap().public(),
            issuer.public()
        );
        assert_ne!(keys.issuer(&b).unwrap().public(), issuer.public());
        keys.destroy(&a).unwrap();
        assert!(!keys.exists(&a));
        assert!(keys.issuer(&a).is_err(), "the issuer goes with the key");
        assert!(CampaignKeys::new(dir.path()).unwrap(&a, &stored).is_err());
        keys.destroy(&a).unwrap();
    }
}
