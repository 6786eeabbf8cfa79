//! Backups: a consistent snapshot of the data directory, and loading one.
//!
//! sled cannot be copied file by file while it runs, and its iterators are
//! not a point in time across trees. But every change to the data
//! directory (sled, campaign keys, personal text files) is made by the
//! commit thread, so a snapshot taken *by* that thread, between two
//! batches, sees one consistent state: writers simply wait for it. With
//! no server running, `caucus-server backup` opens the store and takes the
//! same snapshot itself.
//!
//! A snapshot is a directory: `sled/` (a fresh database with every tree
//! copied, so without the superseded copies sled's own files keep, and
//! each statement's spent invites regrouped by value), `server.key.sealed`,
//! `keys/<id>.key.sealed`, `personal/`, `responses/` (each survey's
//! response file, its records in a new random order so that a backup
//! never keeps the order answers came in), and
//! `manifest.json`, which records, for each tree, its item count and a
//! SHA-256 over its items, and a SHA-256 for each file. `restore` checks
//! all of it before copying anything into place.
//!
//! The campaign keys and the server key are sealed (HPKE) to the
//! organisers' public keys, each under its own name. Every stored answer
//! and spend record is wrapped under a campaign key, so a stolen backup
//! without an organiser key opens no answer and tests no invite against
//! its spend records, and cannot sign as the server. Restoring therefore
//! takes an organiser key. What a backup cannot undo: one taken before a
//! campaign's retention ended keeps that campaign's key (sealed), so an
//! organiser key still opens that copy's answers after the live server
//! destroyed them; delete old backups on the same schedule.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use caucus_core::encoding::hex;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use caucus_core::seal::SealedBackupSecret;
use caucus_core::{CampaignId, OrganiserKey, OrganiserPublicKey};

use crate::store::personal::{copy_durably, sync_dir, write_durably, write_durably_with};
use crate::store::response_files::copy_shuffled;
use crate::store::spends::{pooled_tags, regrouped_by_value, SpendTag};
use crate::store::{restrict_permissions, today, Store, STATEMENT_DATA};

/// Format 4 may hold a statement's spent invites as a pool and groups
/// (`crate::store::spends`), which an older version would not read: it
/// would take those invites again.
const FORMAT: &str = "caucus-backup-4";
/// Format 3 holds responses in `responses/`, not in sled: an older
/// version would restore it as spent invites without their responses.
/// Restored as it is.
const FORMAT_RESPONSE_FILES: &str = "caucus-backup-3";
/// Snapshots with responses in sled: restored as they are, and moved out
/// of sled when the restored store opens.
const FORMAT_IN_SLED: &str = "caucus-backup-2";
/// Snapshots from before secrets were sealed: restored as they are.
const FORMAT_PLAIN: &str = "caucus-backup-1";
/// The name of a sealed secret in a snapshot: its data directory name plus
/// this.
const SEALED: &str = ".sealed";
const MANIFEST: &str = "manifest.json";
/// Files and directories beside sled that belong in a snapshot (the
/// demo's own key and ids too, so a restored demo still opens its box).
const FILES: [&str; 9] = [
    "server.key",
    "server.key.sealed",
    "demo-organiser.key.sealed",
    "keys",
    "personal",
    "responses",
    "demo-organiser.key",
    "demo-survey.id",
    "demo-statement.id",
];

#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Manifest {
    pub format: String,
    /// The day it was made: never a finer time.
    pub made_on: String,
    /// Tree name (lossy UTF-8) → item count and SHA-256 of its items.
    pub trees: BTreeMap<String, TreeSum>,
    /// Path relative to the snapshot → SHA-256 of the file.
    pub files: BTreeMap<String, String>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct TreeSum {
    pub items: u64,
    pub sha256: String,
}

/// A tree's [`TreeSum`], item by item in key order.
#[derive(Default)]
struct Summing {
    hash: Sha256,
    items: u64,
}

impl Summing {
    fn add(&mut self, key: &[u8], value: &[u8]) {
        for part in [key, value] {
            self.hash.update((part.len() as u64).to_be_bytes());
            self.hash.update(part);
        }
        self.items += 1;
    }

    fn finish(self) -> TreeSum {
        TreeSum {
            items: self.items,
            sha256: hex(&self.hash.finalize()),
        }
    }
}

fn sum_tree(tree: &sled::Tree) -> anyhow::Result<TreeSum> {
    let mut sum = Summing::default();
    for entry in tree.iter() {
        let (key, value) = entry?;
        sum.add(&key, &value);
    }
    Ok(sum.finish())
}

fn sum_trees(db: &sled::Db) -> anyhow::Result<BTreeMap<String, TreeSum>> {
    let mut trees = BTreeMap::new();
    for name in db.tree_names() {
        let tree = db.open_tree(&name)?;
        trees.insert(
            String::from_utf8_lossy(&name).into_owned(),
            sum_tree(&tree)?,
        );
    }
    Ok(trees)
}

/// Bytes read or written through SHA-256, so that a file is summed as
/// it is copied.
struct Hashed<'a, T> {
    inner: T,
    hash: &'a mut Sha256,
}

impl<'a, T> Hashed<'a, T> {
    fn reader(inner: T, hash: &'a mut Sha256) -> Self
    where
        T: std::io::Read,
    {
        Self { inner, hash }
    }

    fn writer(inner: T, hash: &'a mut Sha256) -> Self
    where
        T: std::io::Write,
    {
        Self { inner, hash }
    }
}

impl<T: std::io::Read> std::io::Read for Hashed<'_, T> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }
}

impl<T: std::io::Write> std::io::Write for Hashed<'_, T> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The survey whose response file this is (`responses/<id>.box`).
fn response_file(relative: &Path) -> Option<caucus_core::CampaignId> {
    if relative.parent() != Some(Path::new("responses")) {
        return None;
    }
    let name = relative.file_name()?.to_str()?;
    name.strip_suffix(".box")?.parse().ok()
}

/// A file still being written: a durable write's temp file, or a rewrite
/// of a survey's responses being staged beside the commit thread.
fn unfinished(relative: &Path) -> bool {
    relative
        .extension()
        .is_some_and(|e| e == "tmp" || e == "new")
}

/// Every regular file under `root`'s entries in [`FILES`], relative paths.
fn list_files(root: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending: Vec<PathBuf> = FILES.iter().map(PathBuf::from).collect();
    while let Some(relative) = pending.pop() {
        let path = root.join(&relative);
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            for entry in std::fs::read_dir(&path)? {
                pending.push(relative.join(entry?.file_name()));
            }
        } else if meta.is_file() && !unfinished(&relative) {
            found.push(relative);
        }
    }
    found.sort();
    Ok(found)
}

fn empty_or_new(dir: &Path) -> anyhow::Result<()> {
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        bail!("{} is not empty; choose a new directory", dir.display());
    }
    Ok(())
}

fn name_of(path: &Path) -> anyhow::Result<String> {
    path.to_str()
        .map(str::to_string)
        .context("a file name in the data directory is not UTF-8")
}

/// Write a snapshot of `store` into `dir` (new or empty). Call it only
/// where no write can happen meanwhile: from the commit thread, or with
/// no server running. The manifest sums the items as they are copied, so
/// writers wait for one pass over the store; [`complete`] then makes the
/// copy durable and reads it back, after they have gone on.
pub fn snapshot(
    store: &Store,
    dir: &Path,
    organisers: &[OrganiserPublicKey],
) -> anyhow::Result<Manifest> {
    if organisers.is_empty() {
        bail!("a backup seals its keys to the organisers' public keys, and none is configured: pass --organiser caucus-org1:... (or set it in the config file)");
    }
    empty_or_new(dir)?;
    std::fs::create_dir_all(dir)?;
    restrict_permissions(dir, 0o700)?;
    let copy = crate::store::open_database(&dir.join("sled"), crate::store::SEGMENT_SIZE)
        .context("creating the snapshot database")?;
    let mut trees = BTreeMap::new();
    for name in store.db.tree_names() {
        let from = store.db.open_tree(&name)?;
        let to = copy.open_tree(&name)?;
        // Spent invites are regrouped by value as they are copied
        // (`spends::regrouped_by_value`): the live groups date them.
        let statements = &*name == STATEMENT_DATA.as_bytes();
        let mut spent: BTreeMap<CampaignId, Vec<SpendTag>> = BTreeMap::new();
        let mut sum = Summing::default();
        let mut batch = sled::Batch::default();
        let mut pending = 0;
        for entry in from.iter() {
            let (key, value) = entry?;
            if statements {
                if let Some((id, tags)) = pooled_tags(&key, &value)? {
                    spent.entry(id).or_default().extend(tags);
                    continue;
                }
            }
            sum.add(&key, &value);
            batch.insert(key, value);
            pending += 1;
            if pending == 4096 {
                to.apply_batch(std::mem::take(&mut batch))?;
                pending = 0;
            }
        }
        let regrouped = !spent.is_empty();
        for (id, tags) in spent {
            for (key, value) in regrouped_by_value(&id, tags) {
                batch.insert(key, value);
            }
        }
        to.apply_batch(batch)?;
        // The sum is of the copy, in key order, which the regrouped
        // records (under new random keys) break: read that tree back.
        let sum = if regrouped {
            sum_tree(&to)?
        } else {
            sum.finish()
        };
        trees.insert(String::from_utf8_lossy(&name).into_owned(), sum);
    }
    copy.flush()?;
    drop(copy);
    let mut files = BTreeMap::new();
    for relative in list_files(store.dir())? {
        let from = store.dir().join(&relative);
        let mut name = name_of(&relative)?;
        let sum = if is_secret(&relative) {
            let bytes = SealedBackupSecret::seal(
                &std::fs::read(&from)?,
                &name,
                organisers,
                &mut rand::rngs::OsRng,
            )
            .map_err(|e| anyhow::anyhow!("sealing {name}: {e}"))?
            .0;
            name.push_str(SEALED);
            write_durably(&dir.join(&name), &bytes)?;
            Sha256::digest(&bytes)
        } else if let Some(id) = response_file(&relative) {
            // Shuffled as copied, so that a backup never keeps the order
            // an open survey's answers came in (threat-model.md).
            let length = store.response_length(&id)?;
            let Some(records) = store.responses.records(&id, length, None)? else {
                continue;
            };
            let mut hash = Sha256::new();
            write_durably_with(&dir.join(&name), |file| {
                let mut out = Hashed::writer(std::io::BufWriter::new(file), &mut hash);
                copy_shuffled(records, length, &mut out, true, Ok)?;
                std::io::Write::flush(&mut out)?;
                Ok(())
            })?;
            hash.finalize()
        } else {
            let mut hash = Sha256::new();
            let mut source = Hashed::reader(std::fs::File::open(&from)?, &mut hash);
            write_durably_with(&dir.join(&name), |file| {
                std::io::copy(&mut source, file)?;
                Ok(())
            })?;
            hash.finalize()
        };
        files.insert(name, hex(&sum));
    }
    let manifest = Manifest {
        format: FORMAT.into(),
        made_on: today(),
        trees,
        files,
    };
    write_durably(&dir.join(MANIFEST), &serde_json::to_vec_pretty(&manifest)?)?;
    Ok(manifest)
}

/// Check a snapshot against its manifest: every tree and file, nothing
/// missing and nothing extra.
pub fn verify(snapshot: &Path) -> anyhow::Result<Manifest> {
    let text = std::fs::read(snapshot.join(MANIFEST)).with_context(|| {
        format!(
            "{} has no {MANIFEST}: not a caucus backup",
            snapshot.display()
        )
    })?;
    let manifest: Manifest = serde_json::from_slice(&text).context("reading the manifest")?;
    if ![FORMAT, FORMAT_RESPONSE_FILES, FORMAT_IN_SLED, FORMAT_PLAIN]
        .contains(&manifest.format.as_str())
    {
        bail!("unknown backup format `{}`", manifest.format);
    }
    if copied_trees(&snapshot.join("sled"))? != manifest.trees {
        bail!("the snapshot database does not match its manifest: damaged or altered");
    }
    let mut files = BTreeMap::new();
    for relative in list_files(snapshot)? {
        let mut hash = Sha256::new();
        let mut summed = Hashed::reader(std::fs::File::open(snapshot.join(&relative))?, &mut hash);
        std::io::copy(&mut summed, &mut std::io::sink())?;
        files.insert(name_of(&relative)?, hex(&hash.finalize()));
    }
    if files != manifest.files {
        bail!("the snapshot's files do not match its manifest: damaged or altered");
    }
    Ok(manifest)
}

/// The files a snapshot holds only sealed: the campaign keys, the server's
/// signing key, and a demo's organiser key (a plain copy of it would open
/// everything sealed to it, the other secrets included).
fn is_secret(relative: &Path) -> bool {
    relative.starts_with("keys")
        || relative == Path::new("server.key")
        || relative == Path::new("demo-organiser.key")
}

/// Verify `snapshot`, unseal its secrets with `key`, then copy it into
/// `data` (new or empty). Everything is opened before anything is written.
pub fn restore(
    snapshot: &Path,
    data: &Path,
    key: Option<&OrganiserKey>,
) -> anyhow::Result<Manifest> {
    let manifest = verify(snapshot)?;
    empty_or_new(data)?;
    let mut files = Vec::with_capacity(manifest.files.len());
    for name in manifest.files.keys() {
        files.push(match name.strip_suffix(SEALED) {
            // Copied as they are, streamed (response files can be large).
            None => (name.clone(), None),
            Some(plain) => {
                let bytes = std::fs::read(snapshot.join(name))?;
                let key = key.context(
                    "this backup's campaign keys are sealed to the organisers: restore with an \
                     organiser key (--key FILE, from `caucus keygen`)",
                )?;
                let opened = SealedBackupSecret(bytes).open(plain, key).map_err(|_| {
                    anyhow::anyhow!(
                        "this organiser key cannot open {plain} in the backup: it was sealed to \
                         the server's organiser keys when the backup was made"
                    )
                })?;
                (plain.to_string(), Some(opened))
            }
        });
    }
    copy_tree(&snapshot.join("sled"), &data.join("sled"))?;
    for (name, opened) in files {
        match opened {
            Some(bytes) => write_durably(&data.join(name), &bytes)?,
            None => copy_durably(&snapshot.join(&name), &data.join(&name))?,
        }
    }
    // Checked as copied: opening it as a store may add to it (a store from
    // before stored response counts gets them).
    if copied_trees(&data.join("sled"))? != manifest.trees {
        bail!("the restored database does not match the snapshot");
    }
    // Opening it proves the copy is a working store (and sets permissions).
    drop(Store::open(data)?);
    Ok(manifest)
}

/// The sums of the trees of a copied sled database. A copy keeps the
/// segment size it was made with, which an earlier version chose
/// differently.
fn copied_trees(sled_dir: &Path) -> anyhow::Result<BTreeMap<String, TreeSum>> {
    let db = crate::store::open_database(sled_dir, crate::store::segment_size(sled_dir)?)
        .context("opening the copied database")?;
    sum_trees(&db)
}

/// After [`snapshot`], with writers going on: make the copied database
/// durable (sled's flush is no fsync, and a snapshot must survive a crash
/// of the machine that made it), then read the snapshot back from disk; it
/// must be the one its manifest describes.
pub fn complete(dir: &Path, written: &Manifest) -> anyhow::Result<()> {
    sync_files_under(&dir.join("sled"))?;
    if verify(dir)? != *written {
        bail!("the snapshot's manifest on disk is not the one just written");
    }
    Ok(())
}

/// fsync every file under `dir`, and the directories holding them.
fn sync_files_under(dir: &Path) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            sync_files_under(&entry.path())?;
        } else {
            std::fs::File::open(entry.path())?.sync_all()?;
        }
    }
    sync_dir(dir)
}

fn copy_tree(from: &Path, to: &Path) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            copy_durably(&entry.path(), &target)?;
        }
    }
    Ok(())
}

/// What `backup` and `restore` print.
pub fn summary(manifest: &Manifest) -> String {
    let items: u64 = manifest.trees.values().map(|t| t.items).sum();
    format!(
        "{} trees ({items} items) and {} files, made on {}",
        manifest.trees.len(),
        manifest.files.len(),
        manifest.made_on
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::counts::tests::uncounted;

    #[test]
    fn a_snapshot_from_before_stored_response_counts_restores() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (store, id) = uncounted(&dir.path().join("old"), 5);
        store.keys.create(&id).expect("key");
        let organiser = OrganiserKey::generate(&mut rand::rngs::OsRng);
        snapshot(
            &store,
            &dir.path().join("snapshot"),
            &[organiser.public().clone()],
        )
        .expect("snapshot");
        drop(store);
        let data = dir.path().join("restored");
        restore(&dir.path().join("snapshot"), &data, Some(&organiser)).expect("restore");
        let store = Store::open(&data).expect("open");
        assert_eq!(store.response_count(&id).expect("count"), 5);
    }

    /// The sums made while copying are those of the copy as read back from
    /// disk, and a copy changed afterwards no longer passes.
    #[test]
    fn a_written_snapshot_reads_back_as_its_manifest_says() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (store, id) = uncounted(&dir.path().join("data"), 7);
        store.keys.create(&id).expect("key");
        let at = dir.path().join("snapshot");
        let organiser = OrganiserKey::generate(&mut rand::rngs::OsRng);
        let manifest = snapshot(&store, &at, &[organiser.public().clone()]).expect("snapshot");
        assert!(
            manifest.trees.values().any(|t| t.items >= 7),
            "the responses"
        );
        complete(&at, &manifest).expect("an untouched snapshot reads back");

        let copy = crate::store::open_database(&at.join("sled"), crate::store::SEGMENT_SIZE)
            .expect("open");
        copy.insert(b"added afterwards", b"".as_slice())
            .expect("insert");
        copy.flush().expect("flush");
        drop(copy);
        let err = complete(&at, &manifest).expect_err("a changed copy");
        assert!(
            format!("{err:#}").contains("does not match its manifest"),
            "{err:#}"
        );
    }

    /// A survey's responses are copied in another order than they were
    /// stored (an open survey's file holds them in the order they came),
    /// every one of them, and the restored store serves them all.
    #[test]
    fn a_snapshot_shuffles_the_response_files_and_keeps_every_response() {
        use crate::store::response_files::tests::{commit, fresh};
        let (dir, store, mut appender, id) = fresh();
        let stored: Vec<Vec<u8>> = (0..100u8).map(|i| vec![i; 40]).collect();
        for one in &stored {
            commit(&store, &mut appender, &id, &[one.as_slice()]);
        }
        assert_eq!(store.stored_responses().expect("responses"), stored);
        let at = dir.path().join("snapshot");
        let organiser = OrganiserKey::generate(&mut rand::rngs::OsRng);
        let manifest = snapshot(&store, &at, &[organiser.public().clone()]).expect("snapshot");
        complete(&at, &manifest).expect("reads back");
        let copy = std::fs::read(at.join(format!("responses/{id}.box"))).expect("copy");
        let original =
            std::fs::read(store.dir().join(format!("responses/{id}.box"))).expect("original");
        assert_eq!(copy.len(), original.len());
        assert_ne!(copy, original);
        drop(store);
        let restored = dir.path().join("restored");
        restore(&at, &restored, Some(&organiser)).expect("restore");
        let store = Store::open(&restored).expect("open");
        let mut back = store.stored_responses().expect("responses");
        assert_ne!(back, stored, "the copy kept the order they came in");
        back.sort();
        assert_eq!(back, stored);
    }

    /// No secret is copied in the clear, a demo's organiser key included:
    /// sealed to it, the others would open with the copy beside them.
    #[test]
    fn a_snapshot_holds_every_secret_sealed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (store, id) = uncounted(&dir.path().join("data"), 3);
        store.keys.create(&id).expect("key");
        store.server_key().expect("server key");
        let demo = OrganiserKey::generate(&mut rand::rngs::OsRng);
        let demo_text = demo.to_file_text();
        std::fs::write(dir.path().join("data/demo-organiser.key"), &demo_text).expect("demo key");
        let at = dir.path().join("snapshot");
        snapshot(&store, &at, &[demo.public().clone()]).expect("snapshot");
        let secrets = [
            std::fs::read(dir.path().join("data/server.key")).expect("server key"),
            std::fs::read(dir.path().join(format!("data/keys/{id}.key"))).expect("key"),
            demo_text.into_bytes(),
        ];
        for file in list_files(&at).expect("files") {
            let bytes = std::fs::read(at.join(&file)).expect("read");
            for secret in &secrets {
                assert!(
                    !bytes.windows(secret.len()).any(|w| w == secret.as_slice()),
                    "{} holds a secret in the clear",
                    file.display()
                );
            }
        }
        assert!(at.join("demo-organiser.key.sealed").exists());
        drop(store);
        let restored = dir.path().join("restored");
        restore(&at, &restored, Some(&demo)).expect("restore");
        assert_eq!(
            std::fs::read(restored.join("demo-organiser.key")).expect("demo key back"),
            secrets[2]
        );
    }

    /// A statement's spent invites, one a batch as on a quiet statement:
    /// the live groups were drawn from the pool, each mostly of tags spent
    /// shortly before; the backup's are runs of the sorted tags, so they
    /// say nothing of when any was spent. Restored, every one stays spent.
    #[test]
    fn a_snapshot_regroups_spent_invites_by_value_and_keeps_them_spent() {
        use crate::store::spends::tests::{commit, stored, tag};
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("data")).expect("open");
        let id = CampaignId::random(&mut rand::rngs::OsRng);
        let total = 1000;
        for n in 0..total {
            commit(&store, &id, vec![tag(n)]);
        }
        let runs = |groups: &[Vec<SpendTag>]| {
            let mut groups = groups.to_vec();
            groups.sort();
            let all = groups.concat();
            all.windows(2).all(|w| w[0] < w[1])
        };
        let (live, _) = stored(&store, &id);
        assert!(live.len() >= 5 && !runs(&live), "the live groups are drawn");
        let at = dir.path().join("snapshot");
        let organiser = OrganiserKey::generate(&mut rand::rngs::OsRng);
        let manifest = snapshot(&store, &at, &[organiser.public().clone()]).expect("snapshot");
        complete(&at, &manifest).expect("reads back");
        drop(store);
        fn copies(dir: &Path, t: SpendTag) -> usize {
            std::fs::read_dir(dir)
                .expect("dir")
                .map(|e| {
                    let path = e.expect("entry").path();
                    if path.is_dir() {
                        return copies(&path, t);
                    }
                    let bytes = std::fs::read(&path).expect("read");
                    bytes.windows(32).filter(|w| *w == t.as_slice()).count()
                })
                .sum()
        }
        // Nor do sled's files in the copy keep superseded pools, as the
        // live ones do (hundreds of copies of the first tags here).
        for n in (0..total).step_by(50).chain([total - 1]) {
            assert_eq!(copies(&at.join("sled"), tag(n)), 1, "tag {n}");
        }
        let restored = dir.path().join("restored");
        restore(&at, &restored, Some(&organiser)).expect("restore");
        let store = Store::open(&restored).expect("open");
        let (copied, pool) = stored(&store, &id);
        assert!(
            runs(&copied),
            "the backup's groups are runs of the sorted tags"
        );
        assert_eq!(pool.len(), 128);
        assert_eq!(
            store.statement_invites_spent(&id).expect("count"),
            u64::from(total)
        );
        for n in 0..total {
            assert!(store.spent_on_statement(&id, &tag(n)).expect("spent"));
        }
        assert!(!store.spent_on_statement(&id, &tag(total)).expect("unspent"));
    }
}
