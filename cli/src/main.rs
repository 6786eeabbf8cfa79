//! `caucus`: the organiser and auditor command line. All logic is in the
//! library so tests can drive exactly what users run.
//!
//! Exit codes: 0 success; 1 the command failed (the message says why: a
//! refusal by the server, an unreadable file, a bad key); 2 usage error.

use std::process::ExitCode;

fn main() -> ExitCode {
    caucus::main_entry()
}
