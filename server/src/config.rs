//! Server configuration: defaults, then a TOML file, then `CAUCUS_*`
//! environment variables, then flags; validated once at start.
//!
//! clap resolves flag-over-environment; the file only fills what neither
//! set, which gives the documented order without a config framework.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use caucus_core::OrganiserPublicKey;
use clap::Parser;
use serde::Deserialize;

#[derive(Parser, Debug)]
#[command(
    name = "caucus-server",
    version,
    about = "Anonymous surveys for staff coalitions, sealed at rest"
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// TOML config file (keys: data, bind, organisers, log).
    #[arg(long, env = "CAUCUS_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    /// Data directory (sled database and server key). Default ./caucus-data.
    #[arg(long, env = "CAUCUS_DATA", global = true)]
    pub data: Option<PathBuf>,
    /// Address to listen on. Default 127.0.0.1:8080; port 0 picks a free one.
    #[arg(long, env = "CAUCUS_BIND")]
    pub bind: Option<String>,
    /// An organiser public key (`caucus-org1:...`); repeat for several.
    /// In the environment, separate keys with commas.
    #[arg(
        long = "organiser",
        env = "CAUCUS_ORGANISER",
        value_delimiter = ',',
        global = true
    )]
    pub organisers: Vec<String>,
    /// Seed a demo survey and demo organiser key, and print invite links.
    #[arg(long, env = "CAUCUS_DEMO")]
    pub demo: bool,
    /// Log level: error, warn, info or debug. Logs never hold addresses,
    /// invites or answers at any level.
    #[arg(long, env = "CAUCUS_LOG")]
    pub log: Option<String>,
}

/// Operator commands; without one, the server runs.
#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Write a consistent snapshot of the data directory into DIR (new or
    /// empty). Works while the server runs (through its control socket)
    /// or while it is stopped.
    Backup { dir: PathBuf },
    /// Check a snapshot made by `backup` and load it into the data
    /// directory, which must be new or empty (stop the server first). Its
    /// keys are sealed to the organisers: `--key` is an organiser key file.
    Restore {
        snapshot: PathBuf,
        /// An organiser key file (from `caucus keygen`) that opens the
        /// snapshot's sealed keys.
        #[arg(long)]
        key: Option<PathBuf>,
    },
}

impl Args {
    /// The data directory: flag or environment, then config file, then
    /// `./caucus-data`. All an operator command needs.
    pub fn data_dir(&self) -> anyhow::Result<PathBuf> {
        Ok(self.data_with(&self.file()?))
    }

    /// The config file's settings, or none.
    fn file(&self) -> anyhow::Result<FileConfig> {
        match &self.config {
            Some(path) => read_file(path),
            None => Ok(FileConfig::default()),
        }
    }

    /// The organiser public keys: flags or environment, else the config
    /// file. What an offline backup seals to.
    pub fn organiser_keys(&self) -> anyhow::Result<Vec<OrganiserPublicKey>> {
        self.organisers_with(&self.file()?)
    }

    fn organisers_with(&self, file: &FileConfig) -> anyhow::Result<Vec<OrganiserPublicKey>> {
        let texts = if self.organisers.is_empty() {
            &file.organisers
        } else {
            &self.organisers
        };
        let mut organisers = Vec::new();
        for text in texts.iter().filter(|t| !t.trim().is_empty()) {
            let key: OrganiserPublicKey = text
                .parse()
                .with_context(|| format!("organiser: `{text}` is not an organiser public key"))?;
            if !organisers.contains(&key) {
                organisers.push(key);
            }
        }
        Ok(organisers)
    }

    fn data_with(&self, file: &FileConfig) -> PathBuf {
        self.data
            .clone()
            .or_else(|| file.data.clone())
            .unwrap_or_else(|| PathBuf::from("caucus-data"))
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    data: Option<PathBuf>,
    bind: Option<String>,
    #[serde(default)]
    organisers: Vec<String>,
    log: Option<String>,
}

/// The validated configuration the server runs with.
#[derive(Debug, Clone)]
pub struct Config {
    pub data: PathBuf,
    pub bind: SocketAddr,
    pub organisers: Vec<OrganiserPublicKey>,
    pub demo: bool,
    pub log: log::LevelFilter,
}

impl Config {
    pub fn from_args(args: Args) -> anyhow::Result<Self> {
        let file = args.file()?;
        let data = args.data_with(&file);
        let organisers = args.organisers_with(&file)?;
        let bind_text = args
            .bind
            .or(file.bind)
            .unwrap_or_else(|| "127.0.0.1:8080".into());
        let bind: SocketAddr = bind_text.parse().with_context(|| {
            format!("bind: `{bind_text}` is not an address such as 127.0.0.1:8080")
        })?;

        let log_text = args.log.or(file.log).unwrap_or_else(|| "info".into());
        let log = match log_text.as_str() {
            "error" => log::LevelFilter::Error,
            "warn" => log::LevelFilter::Warn,
            "info" => log::LevelFilter::Info,
            "debug" | "trace" => log::LevelFilter::Debug,
            other => bail!("log: `{other}` is not one of error, warn, info, debug"),
        };
        if args.demo && !organisers.is_empty() {
            bail!(
                "--demo keeps its organiser key inside the data directory, where a copy of the \
                 disk would open every answer; it cannot be combined with real organiser keys"
            );
        }
        if organisers.is_empty() && !args.demo {
            bail!(
                "no organiser key: pass --organiser caucus-org1:... (from `caucus keygen`), \
                 set CAUCUS_ORGANISER, or try --demo"
            );
        }
        Ok(Self {
            data,
            bind,
            organisers,
            demo: args.demo,
            log,
        })
    }
}

fn read_file(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading config {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("config {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Args {
        Args::try_parse_from(std::iter::once("caucus-server").chain(list.iter().copied()))
            .expect("args")
    }

    #[test]
    fn file_fills_what_flags_leave_unset() {
        let dir = tempfile::tempdir().expect("tempdir");
        let key = caucus_core::OrganiserKey::generate(&mut rand::thread_rng());
        let path = dir.path().join("c.toml");
        std::fs::write(
            &path,
            format!(
                "bind = \"127.0.0.1:9999\"\ndata = \"/tmp/x\"\norganisers = [\"{}\"]\n",
                key.public()
            ),
        )
        .expect("write");
        let cfg = Config::from_args(args(&[
            "--config",
            path.to_str().expect("utf8"),
            "--data",
            "/tmp/y",
        ]))
        .expect("config");
        assert_eq!(cfg.bind.port(), 9999);
        assert_eq!(cfg.data, PathBuf::from("/tmp/y"), "flag beats file");
        assert_eq!(cfg.organisers.len(), 1);
    }

    #[test]
    fn bad_values_are_refused_with_their_name() {
        let err = Config::from_args(args(&["--organiser", "nope"])).expect_err("bad key");
        assert!(format!("{err:#}").contains("organiser"));
        let err = Config::from_args(args(&["--demo", "--bind", "here"])).expect_err("bad bind");
        assert!(format!("{err:#}").contains("bind"));
        assert!(
            Config::from_args(args(&[])).is_err(),
            "no organiser and no demo"
        );
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "colour = 1\n").expect("write");
        let err = Config::from_args(args(&["--demo", "--config", path.to_str().expect("utf8")]))
            .expect_err("unknown");
        assert!(format!("{err:#}").contains("colour"));
    }
}
