//! What the kernel says about a process (Linux `/proc`): its memory and
//! its time on CPU, read from outside so that the figures are the measured
//! program's own and no instrumentation runs inside it.

use std::path::Path;
use std::time::Duration;

/// Time on CPU of every thread of process `pid` (Linux `schedstat`,
/// nanoseconds). The server's threads (HTTP workers, the commit thread,
/// sled's flusher) live as long as it does, so none is missed by exiting.
/// A thread that exits between the listing and the read (a short-lived
/// worker, or a sibling test thread) is skipped rather than failing the
/// whole reading: its time is gone from `/proc` either way. `None` only
/// when the process is gone or the kernel keeps no `schedstat`.
pub fn cpu_time(pid: u32) -> Option<Duration> {
    let mut total = 0u64;
    let mut read_any = false;
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).ok()? {
        let Ok(text) = std::fs::read_to_string(task.ok()?.path().join("schedstat")) else {
            continue;
        };
        total += text.split_whitespace().next()?.parse::<u64>().ok()?;
        read_any = true;
    }
    read_any.then(|| Duration::from_nanos(total))
}

/// Bytes process `pid` has caused to be sent to the block layer so far,
/// by all its threads, the ones gone included (`write_bytes` in
/// `/proc/PID/io`): data written back or fsynced, not bytes handed to
/// `write` that a later write replaced in the page cache.
pub fn write_bytes(pid: u32) -> Option<u64> {
    let io = std::fs::read_to_string(format!("/proc/{pid}/io")).ok()?;
    io.lines()
        .find_map(|l| l.strip_prefix("write_bytes:"))?
        .trim()
        .parse()
        .ok()
}

/// Resident memory of process `pid` now, in bytes (`VmRSS`).
pub fn rss(pid: u32) -> Option<u64> {
    status_bytes(pid, "VmRSS:")
}

/// The most resident memory process `pid` has had since it started, in
/// bytes (`VmHWM`, the "high water mark"). Gone once the process has
/// exited, so it is read while the process runs.
pub fn peak_rss(pid: u32) -> Option<u64> {
    status_bytes(pid, "VmHWM:")
}

fn status_bytes(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// Bytes of every file under `dir`, as their lengths say (the apparent
/// size: what a copy of the directory would weigh).
pub fn dir_bytes(dir: &Path) -> std::io::Result<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            total += dir_bytes(&entry.path())?;
        } else if kind.is_file() {
            total += entry.metadata()?.len();
        }
    }
    Ok(total)
}

/// Bytes as MiB with two decimals, as every memory figure is printed.
pub fn mib(bytes: u64) -> f64 {
    (bytes as f64 / (1024.0 * 1024.0) * 100.0).round() / 100.0
}

/// Time on CPU of process `pid` so far, user and system, in clock ticks
/// (`/proc/<pid>/stat`): unlike [`cpu_time`] it keeps the time of threads
/// that have already exited, so it only ever grows while the process runs.
pub fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may hold spaces and parentheses; fields are counted
    // from the last `)`. utime and stime are fields 14 and 15.
    let rest = &stat[stat.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace().skip(11);
    let user: u64 = fields.next()?.parse().ok()?;
    let system: u64 = fields.next()?.parse().ok()?;
    Some(user + system)
}

/// The machine's CPU time so far, all cores (`/proc/stat`, clock ticks):
/// (idle, total). Idle includes time waiting on I/O, which is idle for
/// the question asked here: could another runnable thread have used it.
pub fn machine_ticks() -> Option<(u64, u64)> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let line = stat.lines().find(|l| l.starts_with("cpu "))?;
    let ticks: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    let idle = ticks.get(3)? + ticks.get(4)?;
    Some((idle, ticks.iter().sum()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

    use super::*;
    use std::time::Instant;

    #[test]
    fn reads_this_process() {
        let me = std::process::id();
        let (now, peak) = (rss(me).unwrap(), peak_rss(me).unwrap());
        assert!(now > 0 && peak >= now, "rss {now}, peak {peak}");
        // Busy for up to two seconds: the tick count must move.
        let before = cpu_ticks(me).unwrap();
        let started = Instant::now();
        let mut x = 0u64;
        while cpu_ticks(me).unwrap() == before && started.elapsed() < Duration::from_secs(2) {
            for i in 0..100_000u64 {
                x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
            }
        }
        assert!(cpu_ticks(me).unwrap() > before, "no CPU time counted");
        assert!(cpu_time(me).unwrap() > Duration::ZERO);
        let (idle, total) = machine_ticks().unwrap();
        assert!(total > 0 && idle <= total, "idle {idle} of {total}");
        assert_eq!(rss(u32::MAX), None, "no such process");
    }

    #[test]
    fn sums_nested_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a"), [0u8; 1000]).unwrap();
        std::fs::create_dir_all(dir.path().join("b/c")).unwrap();
        std::fs::write(dir.path().join("b/c/d"), [0u8; 24]).unwrap();
        assert_eq!(dir_bytes(dir.path()).unwrap(), 1024);
        assert_eq!(mib(1024 * 1024 * 3 / 2), 1.5);
    }
}
