//! `caucus`: the organiser and auditor command line. All logic is in the
//! library so tests can drive exactly what users run.
//!
//! Exit codes: 0 success; 1 the command failed (the message says why: a
//! refusal by the server, a server that is not caucus, an unreadable file
//! or key, a signature that does not hold); 2 usage error (a missing or
//! malformed argument: a `--server` that is not an http:// or https:// URL,
//! a `--pubkey` that is not a key), before anything is sent; 3 `verify
//! --mirror` checked the log from the mirror but could not reach the
//! server for what only it holds (the message lists what was not checked).

use std::process::ExitCode;

fn main() -> ExitCode {
    caucus::main_entry()
}
