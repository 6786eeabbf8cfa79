//! How many connections the server holds open at once: fewer than its
//! file-descriptor limit allows, so that a flood of idle or slow sockets
//! (slowloris) can never take the descriptors that the writer needs.
//!
//! Each open connection is a descriptor. Without a cap, 1,100 sockets
//! against a server at `ulimit -n 1024` took every descriptor: accepting
//! stalled, and the commit thread, which opens files for every batch (the
//! sled blob directory, campaign keys, personal text), would fail with
//! EMFILE and stop all writes. So the soft limit is first raised to the
//! hard one, a reserve is kept for files, and what is left is split among
//! the workers (actix-web counts connections per worker). Past the cap,
//! new connections wait in the kernel's listen queue, which costs no
//! descriptor, until a slot frees; the request timeouts in `lib.rs` free
//! slots held by clients that send nothing (5 s for a head, 5 s idle).

use rustix::process::{getrlimit, setrlimit, Resource};

/// Descriptors kept for everything but connections: sled's files, the
/// listening and control sockets, campaign key and personal text files
/// opened by the writer, standard streams.
pub const RESERVED: u64 = 256;
/// Fewest connections per worker, even under a very low limit.
const FLOOR: u64 = 16;

/// What the server runs with: workers, and the cap per worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub workers: usize,
    pub per_worker: usize,
    /// The descriptor limit in force.
    pub descriptors: u64,
}

/// Raise the soft descriptor limit to the hard one, then split what is
/// left after [`RESERVED`] among the workers.
pub fn limits() -> Limits {
    let mut limit = getrlimit(Resource::Nofile);
    if limit.current < limit.maximum {
        let raised = rustix::process::Rlimit {
            current: limit.maximum,
            maximum: limit.maximum,
        };
        if setrlimit(Resource::Nofile, raised).is_ok() {
            limit = getrlimit(Resource::Nofile);
        }
    }
    let workers = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
    split(limit.current.unwrap_or(u64::MAX), workers)
}

/// The cap per worker for `descriptors` and `workers` (see [`limits`]).
pub fn split(descriptors: u64, workers: usize) -> Limits {
    let workers = workers.max(1);
    let usable = descriptors.saturating_sub(RESERVED);
    // actix-web's own default cap is 25,000 per worker.
    let per_worker = (usable / workers as u64).clamp(FLOOR, 25_000);
    Limits {
        workers,
        per_worker: usize::try_from(per_worker).unwrap_or(25_000),
        descriptors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_stay_below_the_descriptor_limit() {
        let l = split(1024, 2);
        assert_eq!(l.per_worker, 384);
        assert!(l.per_worker as u64 * 2 + RESERVED <= 1024);
        assert_eq!(split(1 << 20, 2).per_worker, 25_000);
        assert_eq!(split(100, 4).per_worker, 16, "a floor under a tiny limit");
        assert_eq!(split(u64::MAX, 0).workers, 1);
    }
}
