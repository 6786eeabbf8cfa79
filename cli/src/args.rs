//! The command line, as clap sees it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::exports::read_public_key;

/// A server's base URL from the command line (`--server`), checked before
/// anything runs so that a mistyped address is a usage error (exit 2), not
/// a failed request. Returns it without a trailing `/`.
pub fn parse_server(text: &str) -> Result<String, String> {
    let trimmed = text.trim();
    let Some((scheme, rest)) = trimmed.split_once("://") else {
        // The usual slip: an address copied without its scheme.
        return Err(format!(
            "`{text}` has no scheme; write http://{} (or https:// for a server behind TLS)",
            trimmed.trim_end_matches('/')
        ));
    };
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err(format!(
            "`{text}` is not an http:// or https:// URL (its scheme is `{scheme}`)"
        ));
    }
    let rest = rest.trim_end_matches('/');
    if rest.split('/').next().unwrap_or_default().is_empty() {
        return Err(format!("`{text}` names no host"));
    }
    if rest.contains(|c: char| c.is_whitespace() || c == '?' || c == '#') {
        return Err(format!(
            "`{text}` is not a server's base URL: it must hold no spaces, query or fragment"
        ));
    }
    Ok(format!("{scheme}://{rest}"))
}

#[derive(Parser, Debug)]
#[command(
    name = "caucus",
    version,
    about = "Organise anonymous surveys and collective statements: keys, invites, tallies, signatures",
    long_about = "Organise anonymous surveys and collective statements: keys, invites, \
                  tallies, signatures.\n\n\
                  Exit codes: 0 success; 1 the command failed (the message says why); \
                  2 usage error (a missing or malformed argument, such as a --server \
                  without http:// or https://); 3 `verify --mirror` checked the log \
                  but could not reach the server for the rest (the message lists it)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// Where the server is and which organiser key signs requests.
#[derive(Args, Debug, Clone)]
pub struct Remote {
    /// Server base URL, e.g. https://caucus.example.org
    #[arg(long, env = "CAUCUS_SERVER", value_parser = parse_server)]
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
        /// Survey id (may begin with `-`).
        #[arg(allow_hyphen_values = true)]
        id: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// Make signed invites, offline, as links, CSV or a printable QR sheet.
    Invites(InviteOptions),
    /// Take answers again after a close. Releases made before stay on
    /// record; the next one must be at least k responses away from each.
    Reopen {
        /// Survey id (may begin with `-`).
        #[arg(allow_hyphen_values = true)]
        id: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// Open the sealed answers of a closed survey and export safe totals
    /// (registered with the server, which refuses a release that would
    /// leak through its difference from an earlier one).
    Tally(TallyOptions),
    /// Publish safe totals on the server's public page /s/{id}/results.
    Publish(PublishOptions),
    /// Apply a file of comment edits and removals to a JSON report (from
    /// `tally --include-text --format json`) and write it in any format.
    Redact(RedactOptions),
    /// Check a survey receipt (the JSON the thank-you page shows): that the
    /// server signed it. With --key, an organiser also checks that the
    /// sealed answer it names is in the closed survey's ballot box. Exits
    /// 1 if either check fails.
    Receipt(ReceiptOptions),
    /// Check a detached signature made by `tally --sign`. Exits 1 if the
    /// file or its signature was changed or another key signed it, 2 if
    /// --pubkey is not a public key at all.
    VerifyExport(VerifyExportOptions),
    /// Create collective statements.
    Statement {
        #[command(subcommand)]
        command: StatementCommand,
    },
    /// As an independent witness: check a statement's log only grew since
    /// you last cosigned it, then cosign its checkpoint.
    Witness(WitnessOptions),
    /// Print a witness's verifier key, for the organisers to name in a
    /// statement file (`witnesses = [...]`) before creating it.
    WitnessKey {
        /// The witness's own key (from `caucus keygen`).
        #[arg(long, env = "CAUCUS_KEY")]
        key: PathBuf,
        /// The witness's name in its cosignatures (default: from its key).
        #[arg(long)]
        name: Option<String>,
    },
    /// Check a statement's log: signatures, every entry, the counts, and
    /// (with --receipt) that a signature is in it. Needs no key.
    Verify(VerifyOptions),
    /// Copy a statement's log (its checkpoint, tiles and entry bundles, as
    /// C2SP tlog-tiles) into a directory that any web server can serve, for
    /// `verify --mirror`. Run it again to bring the copy up to date.
    Mirror(MirrorOptions),
    /// Anonymous tickets (Privacy Pass): trade an invite for a ticket
    /// that the server cannot link back to it.
    Ticket {
        #[command(subcommand)]
        command: TicketCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum TicketCommand {
    /// Trade the invite in LINK (or --invite) for a ticket, checked
    /// against the campaign's one public key, and save it. Answer or sign
    /// with it later, ideally from another network.
    Get {
        /// The invite link (`https://.../s/ID?invite=CODE`, or `/st/ID` for
        /// a statement), or the campaign's page with --invite.
        link: String,
        /// The invite code, if the link does not carry it.
        #[arg(long)]
        invite: Option<String>,
        /// Where to save the ticket (mode 0600; never overwritten).
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Args, Debug)]
pub struct WitnessOptions {
    /// Statement id (may begin with `-`).
    #[arg(allow_hyphen_values = true)]
    pub id: String,
    /// The witness's name in its cosignatures (default: from its key).
    #[arg(long)]
    pub name: Option<String>,
    /// Where the last cosigned checkpoint is kept (see `verify --state`).
    #[arg(long, env = "CAUCUS_STATE")]
    pub state: Option<PathBuf>,
    /// Read the log's tiles from this copy (the URL under which
    /// `checkpoint` and `tile/` are served, e.g. https://cdn.example/log/ID);
    /// a tile it lacks is read from the server. The checkpoint to cosign
    /// still comes from the server.
    #[arg(long, value_parser = parse_server)]
    pub mirror: Option<String>,
    /// `--key` is the witness's own key (from `caucus keygen`).
    #[command(flatten)]
    pub remote: Remote,
}

#[derive(Subcommand, Debug)]
pub enum StatementCommand {
    /// Upload a statement file; prints the new statement's id on the last line.
    Create {
        file: PathBuf,
        #[command(flatten)]
        remote: Remote,
    },
    /// Validate a statement file locally, without a server. Lists every
    /// missing or refused translation with its line; exits 1 if any.
    Check { file: PathBuf },
    /// Publish the names, once enough people signed with an invite
    /// (`reveal_at`). Until then every name, role and comment is sealed to
    /// the organisers' keys and the server gives it to nobody; this opens
    /// them here with your key and publishes all of them together.
    Reveal {
        /// Statement id (may begin with `-`).
        #[arg(allow_hyphen_values = true)]
        id: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// Strike a named signature shown to be false: names are not checked
    /// against anyone's identity. The strike is a log entry signed by your
    /// key (the one that signed the statement's header), seen by every
    /// verifier; the name's text is erased and the signature counted apart.
    Strike {
        /// Statement id (may begin with `-`).
        #[arg(allow_hyphen_values = true)]
        id: String,
        /// The log index of the signature (`entries` in `caucus verify
        /// --json`, or `index` on the statement's JSON view).
        #[arg(long)]
        entry: u64,
        #[command(flatten)]
        remote: Remote,
    },
}

#[derive(Args, Debug)]
pub struct ReceiptOptions {
    /// The receipt file (saved from the thank-you page).
    pub file: PathBuf,
    /// Server base URL, e.g. https://caucus.example.org
    #[arg(long, env = "CAUCUS_SERVER", value_parser = parse_server)]
    pub server: String,
    /// An organiser key: also look for the sealed answer in the ballot
    /// box (the survey must be closed).
    #[arg(long)]
    pub key: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct VerifyOptions {
    /// Statement id (may begin with `-`).
    #[arg(allow_hyphen_values = true)]
    pub id: String,
    /// Server base URL, e.g. https://caucus.example.org
    #[arg(long, env = "CAUCUS_SERVER", value_parser = parse_server)]
    pub server: String,
    /// A receipt saved when signing (the JSON the server gave).
    #[arg(long)]
    pub receipt: Option<PathBuf>,
    /// Require a cosignature by this witness (its verifier key, as
    /// `caucus witness` prints it); repeat for several.
    #[arg(long = "witness")]
    pub witnesses: Vec<String>,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
    /// Where checkpoints seen before are kept, to catch a server that shows
    /// different histories. Default: $XDG_STATE_HOME/caucus or ~/.local/state/caucus.
    #[arg(long, env = "CAUCUS_STATE")]
    pub state: Option<PathBuf>,
    /// Read the checkpoint and the log's tiles from this copy instead of the
    /// server (the URL under which `checkpoint` and `tile/` are served, e.g.
    /// https://cdn.example/log/ID). It is trusted for nothing: everything is
    /// checked against the server's key. The statement's text and revealed
    /// names still come from the server; if it cannot be reached, the log
    /// is checked alone and the command exits 3, listing what was not.
    #[arg(long, value_parser = parse_server)]
    pub mirror: Option<String>,
}

#[derive(Args, Debug)]
pub struct MirrorOptions {
    /// Statement id (may begin with `-`).
    #[arg(allow_hyphen_values = true)]
    pub id: String,
    /// Server base URL, e.g. https://caucus.example.org
    #[arg(long, env = "CAUCUS_SERVER", value_parser = parse_server)]
    pub server: String,
    /// The directory to write: `checkpoint` and `tile/...` go directly in
    /// it, to be served as they are under any URL. A new or empty
    /// directory, or one this command wrote for the same log before (then
    /// only what is new is fetched).
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Subcommand, Debug)]
pub enum SurveyCommand {
    /// Upload a survey file; prints the new survey's id on the last line.
    Create {
        file: PathBuf,
        #[command(flatten)]
        remote: Remote,
    },
    /// Validate a survey file locally, without a server. Lists every
    /// missing or refused translation ([lang.xx] tables) with its line;
    /// exits 1 if there is any.
    Check { file: PathBuf },
    /// Show a survey's state and number of responses.
    Status {
        /// Survey id (may begin with `-`).
        #[arg(allow_hyphen_values = true)]
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
    /// Survey id (may begin with `-`).
    #[arg(allow_hyphen_values = true)]
    pub id: String,
    /// How many invites to make (1 to 100000).
    #[arg(long, default_value_t = 1)]
    pub count: u32,
    #[arg(long, value_enum, default_value_t = InviteFormat::Links)]
    pub format: InviteFormat,
    /// Write to this file (mode 0600, never overwritten) instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Make 107-character invites signed offline (nothing is sent to the
    /// server), instead of short codes a person can type
    /// (`K7QM-4XPD-93FT-WQ2B`), whose hashes are registered with the server
    /// in a batch signed by your key.
    #[arg(long)]
    pub long: bool,
    /// Language of the printable sheet (`--format html`): its words in en,
    /// es, fr, de, pt or ar, the campaign's title in any language it was
    /// translated into. Two, comma-separated (`es,en`), print each card in
    /// both.
    #[arg(
        long,
        value_name = "CODE[,CODE]",
        default_value = "en",
        value_delimiter = ',',
        value_parser = parse_tag
    )]
    pub lang: Vec<String>,
    #[command(flatten)]
    pub remote: Remote,
}

/// A shipped interface language, by its code; anything else is a usage
/// error that lists the codes there are.
fn parse_lang(code: &str) -> Result<&'static str, String> {
    caucus_core::i18n::language(code)
        .map(|language| language.code)
        .ok_or_else(|| {
            let codes: Vec<&str> = caucus_core::i18n::LANGUAGES
                .iter()
                .map(|l| l.code)
                .collect();
            format!(
                "no interface language `{code}`; there are {}",
                codes.join(", ")
            )
        })
}

/// A language tag in its usual spelling (`es`, `pt-BR`): a shipped
/// interface language or one a campaign was translated into.
fn parse_tag(code: &str) -> Result<String, String> {
    caucus_core::translation::canonical_language(code)
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    /// For the terminal, with bars.
    Table,
    Csv,
    Json,
    Markdown,
    /// One self-contained page with SVG charts; prints on A4.
    Html,
}

/// What goes into a release, shared by `tally` and `publish`.
#[derive(Args, Debug, Clone)]
pub struct ReleaseOptions {
    /// Split results by a breakdown question (single choice, `breakdown =
    /// true`); give twice for a cross-tab by two questions.
    #[arg(long = "by")]
    pub by: Vec<String>,
    /// Include free-text comments, for questions with at least 10 answers,
    /// shuffled and never split by group.
    #[arg(long)]
    pub include_text: bool,
    /// Edits and removals of comments to apply first (see `caucus redact`).
    #[arg(long, value_name = "FILE", requires = "include_text")]
    pub redact: Option<PathBuf>,
    /// Add differential-privacy noise with this total budget (e.g. 1.0),
    /// split across the tables; smaller means more noise.
    #[arg(long, conflicts_with = "include_text")]
    pub epsilon: Option<f64>,
}

#[derive(Args, Debug)]
pub struct TallyOptions {
    /// Survey id (may begin with `-`).
    #[arg(allow_hyphen_values = true)]
    pub id: String,
    #[command(flatten)]
    pub release: ReleaseOptions,
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    /// Language to print in: the survey's questions and options in any
    /// language it was translated into (default: its own), and the HTML
    /// report's (`--format html`) words in en, es, fr, de, pt or ar.
    #[arg(long, value_name = "CODE", value_parser = parse_tag)]
    pub lang: Option<String>,
    /// Write to this file (never overwritten) instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Also write a detached signature by the organiser key, `<out>.minisig`.
    #[arg(long, requires = "out")]
    pub sign: bool,
    #[command(flatten)]
    pub remote: Remote,
}

#[derive(Args, Debug)]
pub struct PublishOptions {
    /// Survey id (may begin with `-`).
    #[arg(allow_hyphen_values = true)]
    pub id: String,
    #[command(flatten)]
    pub release: ReleaseOptions,
    #[command(flatten)]
    pub remote: Remote,
}

#[derive(Args, Debug)]
pub struct RedactOptions {
    /// A JSON report, as `tally --include-text --format json` wrote it.
    pub report: PathBuf,
    /// The edits: `[[remove]] comment = "<id>"` and
    /// `[[replace]] comment = "<id>"  text = "..."`.
    #[arg(long, value_name = "FILE")]
    pub edits: PathBuf,
    #[arg(long, value_enum, default_value_t = ReportFormat::Json)]
    pub format: ReportFormat,
    /// Language of the HTML report (`--format html`): en, es, fr, de, pt
    /// or ar.
    #[arg(long, value_name = "CODE", default_value = "en", value_parser = parse_lang)]
    pub lang: &'static str,
    /// Write to this file (never overwritten) instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Sign the result with this organiser key (`<out>.minisig`).
    #[arg(long, value_name = "KEY", requires = "out")]
    pub sign_with: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct VerifyExportOptions {
    /// The exported file.
    pub file: PathBuf,
    /// Its detached signature (default: FILE.minisig).
    #[arg(long)]
    pub signature: Option<PathBuf>,
    /// The organiser's public key (`caucus-org1:...`), a minisign public
    /// key, or a file holding either. Once parsed, the key's text.
    #[arg(long, value_parser = read_public_key)]
    pub pubkey: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_may_begin_with_a_hyphen() {
        // base64url ids start with `-` one time in 64.
        let id_and_remote = [
            "-CAAAAAAAAAAAAAAAAAAAA",
            "--server",
            "http://x",
            "--key",
            "k",
        ];
        for command in [
            &["close"][..],
            &["tally"],
            &["publish"],
            &["reopen"],
            &["invites"],
            &["survey", "status"],
        ] {
            let args = [&["caucus"][..], command, &id_and_remote].concat();
            Cli::try_parse_from(&args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        }
    }
}
