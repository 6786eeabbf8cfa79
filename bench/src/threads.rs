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
