//! The load generator: plain HTTP/1.1 over keep-alive `TcpStream`s, one
//! blocking thread per connection.
//!
//! A thread per connection costs almost nothing next to the server's work
//! and keeps each timing exact: the clock is read right before the request
//! is written and right after the last byte of the answer is read, with no
//! runtime or pool in between. Two ways to drive it:
//!
//! - closed loop (saturation): each connection sends its next request as
//!   soon as the previous answer arrives, which finds the maximum rate;
//! - open loop (paced): each connection follows a fixed schedule, and a
//!   request's latency runs from the moment it *should* have been sent, so
//!   a stalled server is charged for the requests it held back (no
//!   coordinated omission).
//!
//! Only answers that complete inside the measured window count, both for
//! the rate and for the percentiles; the warm-up before it is discarded.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Barrier, Mutex, OnceLock};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context};

use crate::stats::{latency, Latency};
use crate::threads::on_threads;
use crate::Window;

/// One keep-alive connection.
struct Conn {
    reader: BufReader<TcpStream>,
    body: Vec<u8>,
    /// Bytes of the last answer's status line and headers.
    head_bytes: usize,
}

impl Conn {
    fn connect(addr: SocketAddr) -> anyhow::Result<Self> {
        let stream = TcpStream::connect(addr).with_context(|| format!("connecting to {addr}"))?;
        stream.set_nodelay(true)?;
        // Bounded: a hung server fails the run instead of stalling it.
        stream.set_read_timeout(Some(Duration::from_secs(30)))?;
        Ok(Self {
            reader: BufReader::with_capacity(16 * 1024, stream),
            body: Vec::new(),
            head_bytes: 0,
        })
    }

    /// Send one request and read its whole answer; returns the status.
    fn exchange(&mut self, request: &[u8]) -> anyhow::Result<u16> {
        self.reader.get_mut().write_all(request)?;
        let mut line = String::new();
        self.head_bytes = self.reader.read_line(&mut line)?;
        if self.head_bytes == 0 {
            bail!("connection closed before an answer");
        }
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| anyhow!("bad status line {line:?}"))?;
        let mut length = None;
        loop {
            line.clear();
            let read = self.reader.read_line(&mut line)?;
            if read == 0 {
                bail!("connection closed inside the answer's head");
            }
            self.head_bytes += read;
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = Some(value.trim().parse::<usize>()?);
                } else if name.eq_ignore_ascii_case("transfer-encoding") {
                    // Every answer measured here has a known length; a
                    // chunked one would mean the server changed under us.
                    bail!("unexpected transfer-encoding: {}", value.trim());
                }
            }
        }
        let length = length.ok_or_else(|| anyhow!("answer without content-length"))?;
        self.body.resize(length, 0);
        self.reader.read_exact(&mut self.body)?;
        Ok(status)
    }
}

/// One request on a new connection; returns the status.
pub fn once(addr: SocketAddr, request: &[u8]) -> anyhow::Result<u16> {
    Conn::connect(addr)?.exchange(request)
}

/// One whole answer, as [`get`] read it.
pub struct Fetched {
    pub status: u16,
    /// Status line and headers, as sent on the wire.
    pub head_bytes: usize,
    pub body: Vec<u8>,
}

/// `GET path` on a new connection, as a browser with an empty cache would.
/// No `Accept-Encoding` is sent, so sizes are uncompressed: an upper bound
/// on what a browser would receive.
pub fn get(addr: SocketAddr, path: &str) -> anyhow::Result<Fetched> {
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    let mut conn = Conn::connect(addr)?;
    let status = conn.exchange(request.as_bytes())?;
    Ok(Fetched {
        status,
        head_bytes: conn.head_bytes,
        body: std::mem::take(&mut conn.body),
    })
}

/// After an unexpected answer: keep the first one seen for the report, and
/// replace a broken connection (an answer with another status leaves it
/// usable).
fn recover(
    conn: Conn,
    addr: SocketAddr,
    answer: &anyhow::Result<u16>,
    first_error: &Mutex<Option<String>>,
) -> anyhow::Result<Conn> {
    let what = match answer {
        Ok(status) => format!("status {status}"),
        Err(e) => format!("{e:#}"),
    };
    if let Ok(mut slot) = first_error.lock() {
        slot.get_or_insert(what);
    }
    match answer {
        Ok(_) => Ok(conn),
        Err(_) => Conn::connect(addr),
    }
}

/// Run `body` on `connections` threads, each with its index and its own
/// keep-alive connection, all connected before any of them starts (so no
/// connection's set-up falls in another's measurement); the first error
/// or panic is the result.
fn on_connections<B>(addr: SocketAddr, connections: usize, body: B) -> anyhow::Result<()>
where
    B: Fn(usize, Conn) -> anyhow::Result<()> + Sync,
{
    let barrier = Barrier::new(connections);
    on_threads(connections, |index| {
        let connected = Conn::connect(addr);
        barrier.wait();
        body(index, connected?)
    })
}

/// How each connection decides when to send.
#[derive(Clone, Copy)]
pub enum Pace {
    Closed,
    /// This many requests per second over all connections together.
    Open(f64),
}

/// What one run measured.
pub struct Outcome {
    /// Successful answers per second inside the measured window.
    pub per_s: f64,
    pub latency: Latency,
    /// Answers with another status, and broken connections.
    pub errors: u64,
}

/// Drive `connections` keep-alive connections at `addr` for `window`.
/// `next` builds the request for a connection; `None` means the supply
/// (of invites) ran out, which makes the run invalid rather than short.
pub fn run<F>(
    addr: SocketAddr,
    connections: usize,
    window: Window,
    pace: Pace,
    expect: u16,
    next: F,
) -> anyhow::Result<Outcome>
where
    F: Fn() -> Option<Vec<u8>> + Sync,
{
    let start = OnceLock::new();
    let ok = AtomicU64::new(0);
    let errors = AtomicU64::new(0);
    let first_error = Mutex::new(None::<String>);
    let samples = Mutex::new(Vec::<u64>::new());
    let interval = match pace {
        Pace::Closed => None,
        Pace::Open(rate) if rate > 0.0 => Some(Duration::from_secs_f64(connections as f64 / rate)),
        Pace::Open(rate) => bail!("cannot pace at {rate} requests/s"),
    };
    on_connections(addr, connections, |index, mut conn| {
        let start = *start.get_or_init(Instant::now);
        let counted_from = start + window.warmup;
        let end = counted_from + window.measure;
        let mut mine = Vec::new();
        // Spread the connections' schedules over one interval.
        let phase = interval.map(|i| i.mul_f64(index as f64 / connections as f64));
        let mut sent: u32 = 0;
        loop {
            let due = match (interval, phase) {
                (Some(i), Some(p)) => {
                    let due = start + p + i * sent;
                    if due >= end {
                        break;
                    }
                    let now = Instant::now();
                    if due > now {
                        std::thread::sleep(due - now);
                    }
                    due
                }
                _ => {
                    let now = Instant::now();
                    if now >= end {
                        break;
                    }
                    now
                }
            };
            sent += 1;
            let request = next()
                .ok_or_else(|| anyhow!("ran out of pre-generated invites; the run is not valid"))?;
            let result = conn.exchange(&request);
            let done = Instant::now();
            let counted = done >= counted_from && done <= end;
            match result {
                Ok(status) if status == expect => {
                    if counted {
                        ok.fetch_add(1, Ordering::Relaxed);
                        mine.push((done - due).as_micros() as u64);
                    }
                }
                other => {
                    if counted {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                    conn = recover(conn, addr, &other, &first_error)?;
                }
            }
        }
        samples
            .lock()
            .map_err(|_| anyhow!("a load thread failed"))?
            .extend(mine);
        Ok(())
    })?;
    let errors = errors.into_inner();
    if errors > 0 {
        if let Ok(Some(first)) = first_error.into_inner() {
            eprintln!("caucus-bench: {errors} failed requests; the first: {first}");
        }
    }
    let samples = samples
        .into_inner()
        .map_err(|_| anyhow!("a load thread failed"))?;
    let latency = latency(samples).ok_or_else(|| anyhow!("no request succeeded in the window"))?;
    Ok(Outcome {
        per_s: ok.into_inner() as f64 / window.measure.as_secs_f64(),
        latency,
        errors,
    })
}

/// The bytes of one request with a body, keep-alive by default in HTTP/1.1.
pub fn request(method: &str, addr: SocketAddr, path: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

/// What [`drain`] did.
pub struct Drained {
    /// Answers with the expected status.
    pub ok: u64,
    /// Answers with another status, and broken connections.
    pub errors: u64,
    /// From the first request to the last answer.
    pub elapsed: Duration,
    pub first_error: Option<String>,
}

/// Send every request `next` gives, over `connections` keep-alive
/// connections, each as soon as the previous answer on its connection
/// arrived, until `next` says there are no more: a fixed amount of work
/// rather than a fixed time, for filling a store.
pub fn drain<F>(
    addr: SocketAddr,
    connections: usize,
    expect: u16,
    next: F,
) -> anyhow::Result<Drained>
where
    F: Fn() -> Option<Vec<u8>> + Sync,
{
    let start = OnceLock::new();
    let ok = AtomicU64::new(0);
    let errors = AtomicU64::new(0);
    let first_error = Mutex::new(None::<String>);
    let last = Mutex::new(None::<Instant>);
    on_connections(addr, connections, |_, mut conn| {
        start.get_or_init(Instant::now);
        while let Some(request) = next() {
            match conn.exchange(&request) {
                Ok(status) if status == expect => {
                    ok.fetch_add(1, Ordering::Relaxed);
                }
                other => {
                    errors.fetch_add(1, Ordering::Relaxed);
                    conn = recover(conn, addr, &other, &first_error)?;
                }
            }
        }
        let done = Instant::now();
        let mut last = last.lock().map_err(|_| anyhow!("a load thread failed"))?;
        if last.is_none_or(|t| t < done) {
            *last = Some(done);
        }
        Ok(())
    })?;
    let started = start
        .into_inner()
        .ok_or_else(|| anyhow!("no connection started"))?;
    let finished = last
        .into_inner()
        .map_err(|_| anyhow!("a load thread failed"))?
        .unwrap_or(started);
    Ok(Drained {
        ok: ok.into_inner(),
        errors: errors.into_inner(),
        elapsed: finished - started,
        first_error: first_error
            .into_inner()
            .map_err(|_| anyhow!("a load thread failed"))?,
    })
}
