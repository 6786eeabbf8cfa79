//! Reading a statement's log as C2SP tlog-tiles over HTTP: from the caucus
//! server's `/log/<id>/`, or from a mirror, any static copy of it (`caucus
//! mirror`) behind any web server or CDN. Neither is trusted: every hash
//! tile is checked against the checkpoint the server's key signed, and
//! every entry bundle against its tile ([`TileSet`]), before anything read
//! here is used.

use std::io::Read;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use anyhow::{anyhow, bail, Context};
use caucus_core::log::checkpoint::Checkpoint;
use caucus_core::log::tiles::{
    bundles, for_prefix, hash_tiles, parse_bundle, Tile, TileKind, TileSet, FULL, HASH_BYTES,
    MAX_ENTRY,
};
use caucus_core::CampaignId;

use crate::refusal::Unreachable;

/// Requests in flight at once: enough to hide the round trips to a distant
/// mirror, few enough to be polite to a small server.
const IN_FLIGHT: usize = 4;
/// Bundles fetched, checked and handed on at a time.
const BATCH: usize = 256;
/// The largest answer a checkpoint may be (a signed note is at most 1 MiB).
const NOTE_LIMIT: u64 = 1 << 20;

/// Where a log's tiles are read from.
pub struct LogSource {
    base: String,
    agent: ureq::Agent,
    /// Where a tile missing from `base` is asked for next: the server's
    /// own `/log/<id>`, behind a mirror that has not caught up yet.
    fallback: Option<String>,
    /// `base` is the caucus server itself, not a copy.
    is_server: bool,
}

impl LogSource {
    /// The log as server `server` (a base URL) serves it.
    pub fn server(server: &str, id: &CampaignId) -> Self {
        let mut source = Self::mirror(&format!("{server}/log/{id}"));
        source.is_server = true;
        source
    }

    /// A copy under `base`, the URL under which `checkpoint` and `tile/`
    /// are served.
    pub fn mirror(base: &str) -> Self {
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(Duration::from_secs(20))
            .timeout(Duration::from_secs(120))
            .user_agent("caucus")
            .build();
        Self {
            base: base.trim_end_matches('/').to_string(),
            agent,
            fallback: None,
            is_server: false,
        }
    }

    /// Ask the server's `/log/<id>` for what this copy lacks.
    pub fn or_server(mut self, server: &str, id: &CampaignId) -> Self {
        self.fallback = Some(format!("{server}/log/{id}"));
        self
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// `path` under `base`: its bytes, or `None` for a 404.
    fn get(&self, base: &str, path: &str, limit: u64) -> anyhow::Result<Option<Vec<u8>>> {
        let url = format!("{base}/{path}");
        match self.agent.get(&url).call() {
            Ok(response) => {
                let mut bytes = Vec::new();
                response
                    .into_reader()
                    .take(limit + 1)
                    .read_to_end(&mut bytes)
                    .with_context(|| format!("reading {url}"))?;
                if bytes.len() as u64 > limit {
                    bail!("{url} is larger than it can be ({limit} bytes at most)");
                }
                Ok(Some(bytes))
            }
            Err(ureq::Error::Status(404, _)) => Ok(None),
            Err(ureq::Error::Status(status, _)) => bail!("{url} answered {status}"),
            Err(ureq::Error::Transport(err)) => Err(Unreachable {
                base: base.to_string(),
                cause: err.to_string(),
            }
            .into()),
        }
    }

    /// The signed checkpoint note this copy serves, unchecked.
    pub fn checkpoint(&self) -> anyhow::Result<String> {
        let bytes = self
            .get(&self.base, "checkpoint", NOTE_LIMIT)?
            .ok_or_else(|| anyhow!("there is no checkpoint at {}/checkpoint", self.base))?;
        String::from_utf8(bytes)
            .map_err(|_| anyhow!("{}/checkpoint is not a signed note", self.base))
    }

    /// One tile's bytes, as read (unchecked).
    pub fn tile(&self, tile: &Tile) -> anyhow::Result<Vec<u8>> {
        let limit = match tile.kind {
            TileKind::Hashes(_) => usize::from(tile.width) * HASH_BYTES,
            TileKind::Entries => usize::from(tile.width) * (MAX_ENTRY + 2),
        } as u64;
        let path = tile.path();
        if let Some(bytes) = self.get(&self.base, &path, limit)? {
            return Ok(bytes);
        }
        if let Some(fallback) = &self.fallback {
            if let Some(bytes) = self.get(fallback, &path, limit)? {
                return Ok(bytes);
            }
        }
        if self.is_server {
            bail!(
                "{}/{path} is missing (404): the server does not serve this log as tiles (a caucus server older than this command?)",
                self.base
            );
        }
        bail!(
            "{}/{path} is missing (404): the copy there is incomplete, or behind the checkpoint it serves",
            self.base
        )
    }

    /// The bytes of each of `tiles`, in order, a few requests at a time.
    pub fn fetch(&self, tiles: &[Tile]) -> anyhow::Result<Vec<Vec<u8>>> {
        let next = AtomicUsize::new(0);
        let failed = AtomicBool::new(false);
        let work = || {
            let mut got = Vec::new();
            while !failed.load(Ordering::Relaxed) {
                let at = next.fetch_add(1, Ordering::Relaxed);
                let Some(tile) = tiles.get(at) else { break };
                let result = self.tile(tile);
                failed.fetch_or(result.is_err(), Ordering::Relaxed);
                got.push((at, result));
            }
            got
        };
        let mut results: Vec<(usize, anyhow::Result<Vec<u8>>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..IN_FLIGHT.min(tiles.len()))
                .map(|_| scope.spawn(work))
                .collect();
            workers
                .into_iter()
                .flat_map(|worker| {
                    worker
                        .join()
                        .unwrap_or_else(|_| vec![(0, Err(anyhow!("a download thread failed")))])
                })
                .collect()
        });
        // The first failure in tile order, whichever thread met it.
        results.sort_by_key(|(at, _)| *at);
        let mut out = Vec::with_capacity(tiles.len());
        for (_, result) in results {
            out.push(result?);
        }
        if out.len() != tiles.len() {
            bail!("not every tile was read");
        }
        Ok(out)
    }

    /// The hash tiles `tiles` of `checkpoint`'s tree, checked against its
    /// signed root.
    fn checked(&self, tiles: &[Tile], checkpoint: &Checkpoint) -> anyhow::Result<TileSet> {
        let mut set = TileSet::new(checkpoint.size);
        for (tile, bytes) in tiles.iter().zip(self.fetch(tiles)?) {
            set.insert(tile, &bytes)
                .with_context(|| format!("read from {}", self.base))?;
        }
        set.check(&checkpoint.root)
            .with_context(|| format!("the tiles read from {}", self.base))?;
        Ok(set)
    }

    /// Every hash tile of `checkpoint`'s tree, checked.
    pub fn tree(&self, checkpoint: &Checkpoint) -> anyhow::Result<TileSet> {
        self.checked(&hash_tiles(checkpoint.size), checkpoint)
    }

    /// The few tiles that give the root of the first `old` entries of
    /// `checkpoint`'s tree, checked: what a witness needs.
    pub fn prefix(&self, old: u64, checkpoint: &Checkpoint) -> anyhow::Result<TileSet> {
        self.checked(&for_prefix(old, checkpoint.size), checkpoint)
    }

    /// Every bundle of `tiles`' tree, each checked against its level-0
    /// tile, handed to `each` with its bytes and entries, in order.
    pub fn each_bundle(
        &self,
        tiles: &TileSet,
        list: &[Tile],
        mut each: impl FnMut(&Tile, &[u8], Vec<Vec<u8>>) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        for batch in list.chunks(BATCH) {
            for (bundle, bytes) in batch.iter().zip(self.fetch(batch)?) {
                let entries = parse_bundle(bundle, &bytes)
                    .and_then(|entries| tiles.check_bundle(bundle, &entries).map(|()| entries))
                    .with_context(|| format!("read from {}", self.base))?;
                each(bundle, &bytes, entries)?;
            }
        }
        Ok(())
    }

    /// Every entry of `tiles`' tree, from its bundle, checked.
    pub fn entries(&self, tiles: &TileSet) -> anyhow::Result<Vec<Vec<u8>>> {
        let list = bundles(tiles.size());
        let mut out = Vec::with_capacity(list.len() * usize::from(FULL));
        self.each_bundle(tiles, &list, |_, _, entries| {
            out.extend(entries);
            Ok(())
        })?;
        Ok(out)
    }
}
