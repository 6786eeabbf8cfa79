//! The verifiable signature log of a statement, in standard formats only:
//! RFC 6962 Merkle hashing with inclusion and consistency proofs
//! ([`merkle`]), C2SP signed notes ([`note`]), C2SP checkpoints and
//! cosignatures ([`checkpoint`]), and the log as C2SP tlog-tiles
//! ([`tiles`]).
//!
//! Standard formats matter here more than anywhere: the point of the log is
//! that someone who distrusts caucus (the employer included) can recompute
//! a count with tools of their own.

pub mod audit;
pub mod checkpoint;
pub mod entry;
pub mod merkle;
pub mod note;
pub mod strike;
pub mod tiles;
pub mod witnesses;
