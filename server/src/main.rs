//! `caucus-server`: parse the command line, then hand over to the library.
//!
//! Exit codes: 0 after a clean shutdown, 1 when start-up fails (bad config,
//! data directory unusable, address in use), 2 for command-line usage errors.

use std::process::ExitCode;

fn main() -> ExitCode {
    caucus_server::main_entry()
}
