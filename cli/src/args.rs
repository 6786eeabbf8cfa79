//! The command line, as clap sees it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "caucus",
    version,
    about = "Organise anonymous surveys: keys, invites, tallies"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// Where the server is and which organiser key signs requests.
#[derive(Args, Debug, Clone)]
pub struct Remote {
    /// Server base URL, e.g. https://caucus.example.org
    #[arg(long, env = "CAUCUS_SERVER")]
    pub server: String,
    /// Organiser key file (from `caucus keygen`).
    #[arg(long, env = "CAUCUS_KEY")]
    pub key: PathBuf,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Make an organiser key; prints its public key on the last line.
    Keygen {
        /// Where to write the key (mode 0600; never overwritten).
        #[arg(long)]
        out: PathBuf,
    },
    /// Create, check or inspect surveys.
    Survey {
        #[command(subcommand)]
        command: SurveyCommand,
    },
    /// Close a survey: no more answers, and tallies become possible.
    Close {
        id: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// Make signed invites, offline, as links, CSV or a printable QR sheet.
    Invites(InviteOptions),
    /// Open the sealed answers of a closed survey and print safe totals.
    Tally(TallyOptions),
}

#[derive(Subcommand, Debug)]
pub enum SurveyCommand {
    /// Upload a survey file; prints the new survey's id on the last line.
    Create {
        file: PathBuf,
        #[command(flatten)]
        remote: Remote,
    },
    /// Validate a survey file locally, without a server.
    Check { file: PathBuf },
    /// Show a survey's state and number of responses.
    Status {
        id: String,
        #[command(flatten)]
        remote: Remote,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum InviteFormat {
    Links,
    Csv,
    Html,
}

#[derive(Args, Debug)]
pub struct InviteOptions {
    pub id: String,
    /// How many invites to make (1 to 100000).
    #[arg(long, default_value_t = 1)]
    pub count: u32,
    #[arg(long, value_enum, default_value_t = InviteFormat::Links)]
    pub format: InviteFormat,
    /// Write to this file (mode 0600, never overwritten) instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub remote: Remote,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    Table,
    Csv,
    Json,
    Markdown,
}

#[derive(Args, Debug)]
pub struct TallyOptions {
    pub id: String,
    /// Split results by a breakdown question (single choice, `breakdown = true`).
    #[arg(long)]
    pub by: Option<String>,
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    /// Write to this file (never overwritten) instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub remote: Remote,
}
