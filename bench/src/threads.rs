//! Running one body on many threads at once and collecting the first
//! failure: the load loops and the crypto ceilings both need it, and a
//! panicking thread must fail the run rather than shrink it silently.

use anyhow::anyhow;

/// Run `body(index)` on `threads` scoped threads and wait for all of them.
/// The result is the first error any of them returned, or a panic.
pub fn on_threads<B>(threads: usize, body: B) -> anyhow::Result<()>
where
    B: Fn(usize) -> anyhow::Result<()> + Sync,
{
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|index| {
                let body = &body;
                scope.spawn(move || body(index))
            })
            .collect();
        for worker in workers {
            worker
                .join()
                .map_err(|_| anyhow!("a thread of the run panicked"))??;
        }
        Ok(())
    })
}

/// `count` values of `make`, made on two threads (invites to sign, tickets
/// to mint: the load runs need many, made before they start).
pub fn make_on_two<T, F>(count: usize, make: F) -> anyhow::Result<Vec<T>>
where
    T: Send,
    F: Fn() -> anyhow::Result<T> + Sync,
{
    let half = count.div_ceil(2);
    std::thread::scope(|scope| {
        let parts: Vec<_> = [half, count - half]
            .into_iter()
            .map(|n| {
                let make = &make;
                scope.spawn(move || (0..n).map(|_| make()).collect::<anyhow::Result<Vec<T>>>())
            })
            .collect();
        let mut all = Vec::with_capacity(count);
        for part in parts {
            all.extend(
                part.join()
                    .map_err(|_| anyhow!("a making thread panicked"))??,
            );
        }
        Ok(all)
    })
}
