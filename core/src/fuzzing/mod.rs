//! The checks behind the fuzz targets in `fuzz/`, kept here so the
//! ordinary test suite replays the committed corpus through the very same
//! code (`core/tests/fuzz_corpus.rs`) without the fuzzing toolchain.
//!
//! Each check takes arbitrary bytes and hands them to a parser that takes
//! untrusted input, exactly as the server or the CLI calls it. Where the
//! parse succeeds it also checks a property that must hold (a round trip,
//! an idempotent validation, a count that adds up), so fuzzing finds wrong
//! answers as well as crashes. A panic is a bug; so is an `Err`.
//!
//! The fixed keys, campaign and log ([`fixtures`]) are public only so the
//! corpus generator can sign seeds that these checks accept.

/// A property that failed: what was expected, for the crash report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation(pub String);

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub type Outcome = Result<(), Violation>;

macro_rules! ensure {
    ($cond:expr, $($why:tt)+) => {
        if !$cond {
            return Err(Violation(format!($($why)+)));
        }
    };
}

mod answers;
mod campaign;
mod codes;
pub mod fixtures;
mod log;
mod request;
mod sealed;

pub use answers::{answers_json, form_body};
pub use campaign::{statement_to_toml, statement_toml, survey_to_toml, survey_toml};
pub use codes::{invite, keys};
pub use fixtures::*;
pub use log::{checkpoint_note, log_entries, merkle_proof, receipt_json};
pub use request::request_signature;
pub use sealed::{redactions, release_check, sealed};

/// One target's check of one input.
pub type Check = fn(&[u8]) -> Outcome;

/// Every target: its name (a directory under `fuzz/corpus/`) and check.
pub const TARGETS: &[(&str, Check)] = &[
    ("survey_toml", survey_toml),
    ("statement_toml", statement_toml),
    ("answers_json", answers_json),
    ("form", form_body),
    ("invite", invite),
    ("keys", keys),
    ("request_sig", request_signature),
    ("log_entry", log_entries),
    ("checkpoint", checkpoint_note),
    ("merkle_proof", merkle_proof),
    ("receipt", receipt_json),
    ("sealed", sealed),
    ("redactions", redactions),
    ("release_check", release_check),
];
