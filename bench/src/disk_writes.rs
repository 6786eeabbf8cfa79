//! Bytes written to disk per durable response (issue 18, part 1), at a
//! realistic trickle and at a high rate, into a store that already holds
//! many responses.
//!
//! Two counters, read from outside the server so that nothing in it is
//! instrumented:
//! * the server process's `write_bytes` (`/proc/PID/io`): what it sent to
//!   the block layer, through `pwrite` and the fsyncs that followed;
//! * the sectors written by the block device under the data directory
//!   (`/sys/dev/block/MAJ:MIN/stat`): what the drive took, which adds the
//!   file system's journal and metadata, and anything else writing to that
//!   device at the time (run it on a quiet machine).
//!
//! Both are divided by the responses the server itself counts as stored
//! during the run, so a request still in flight at the end is neither
//! paid for nor counted.

use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::time::Duration;

use anyhow::{anyhow, Context};

use crate::proc;
use crate::tally::Large;

/// Quiet time before and after a run, so that writes still owed to
/// earlier work (the kernel's write-back of pages written without a sync)
/// mostly land before the first reading, and the run's own before the
/// last.
const SETTLE: Duration = Duration::from_secs(2);

/// What one run wrote.
pub struct Written {
    /// Responses stored during the run (the server's own count).
    pub responses: u64,
    /// Responses stored per second of the run.
    pub per_s: f64,
    /// `write_bytes` of the server process.
    pub process_bytes: u64,
    /// Bytes the block device under the data directory wrote, where the
    /// kernel says (`None` on a file system with no block device).
    pub device_bytes: Option<u64>,
}

impl Written {
    pub fn process_per_response(&self) -> f64 {
        self.process_bytes as f64 / self.responses.max(1) as f64
    }

    pub fn device_per_response(&self) -> Option<f64> {
        Some(self.device_bytes? as f64 / self.responses.max(1) as f64)
    }
}

/// Send fresh responses to a new survey on `large` at `rate` per second
/// over `connections` for `length`, and count what reached the disk.
pub fn measure(
    large: &Large,
    rate: f64,
    connections: usize,
    length: Duration,
) -> anyhow::Result<Written> {
    let device = BlockDevice::under(large.data_dir())?;
    let survey = large.another_survey()?;
    std::thread::sleep(SETTLE);
    let process_start = proc::write_bytes(large.pid()).ok_or_else(no_io_counter)?;
    let device_start = device.as_ref().and_then(BlockDevice::bytes_written);
    large.paced(&survey, rate, connections, length)?;
    std::thread::sleep(SETTLE);
    let process_end = proc::write_bytes(large.pid()).ok_or_else(no_io_counter)?;
    let device_end = device.as_ref().and_then(BlockDevice::bytes_written);
    let responses = large.responses_of(&survey)?;
    if responses == 0 {
        return Err(anyhow!("no response was stored while writes were counted"));
    }
    Ok(Written {
        responses,
        per_s: responses as f64 / length.as_secs_f64(),
        process_bytes: process_end.saturating_sub(process_start),
        device_bytes: device_start
            .zip(device_end)
            .map(|(start, end)| end.saturating_sub(start)),
    })
}

fn no_io_counter() -> anyhow::Error {
    anyhow!("the kernel keeps no I/O counters for the server (/proc/PID/io)")
}

/// The block device (or partition) a directory's file system lives on.
struct BlockDevice {
    stat: std::path::PathBuf,
}

impl BlockDevice {
    /// `None` where the file system has no block device behind it (tmpfs,
    /// overlay): there is then no drive to count.
    fn under(dir: &Path) -> anyhow::Result<Option<Self>> {
        let dev = std::fs::metadata(dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .dev();
        // Linux's encoding of a device number (glibc's gnu_dev_major and
        // gnu_dev_minor).
        let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & !0xfff);
        let minor = (dev & 0xff) | ((dev >> 12) & !0xff);
        let stat = std::path::PathBuf::from(format!("/sys/dev/block/{major}:{minor}/stat"));
        Ok(stat.exists().then_some(Self { stat }))
    }

    /// Bytes written since boot: the seventh field counts 512-byte
    /// sectors whatever the device's own block size (Documentation/block/stat.rst).
    fn bytes_written(&self) -> Option<u64> {
        let text = std::fs::read_to_string(&self.stat).ok()?;
        let sectors: u64 = text.split_whitespace().nth(6)?.parse().ok()?;
        Some(sectors * 512)
    }
}
