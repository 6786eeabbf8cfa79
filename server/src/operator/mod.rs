//! The hosting operator's commands, apart from any HTTP route: consistent
//! backups and restores (`backup`, through the running server's `control`
//! socket), and the `--demo` data.

pub mod backup;
pub mod control;
pub mod demo;
