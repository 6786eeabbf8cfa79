//! Connections cannot starve the server. A slowloris (1,100 sockets that
//! open a request and never finish it, reopened as the server drops them)
//! against a server at `ulimit -n 1024` once took every file descriptor:
//! the writer then failed to open its files (a named signer's text, a new
//! campaign's key) and stopped all writes until a restart. Now connections are capped below the descriptor limit and
//! slow or idle ones time out, so `/healthz` answers and answers are
//! stored throughout, and writes go on afterwards.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use std::io::Write as _;
use std::net::{SocketAddr, TcpStream};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;

const SOCKETS: usize = 1100;
/// How long the flood runs, in all.
const FLOOD: Duration = Duration::from_secs(14);
/// A socket is let go this long after it opened (the server drops an
/// unfinished head at 5 s), and a fresh one takes its place.
const HOLD: Duration = Duration::from_millis(4500);

/// This test process needs more descriptors than the server gets.
fn raise_own_limit() {
    use rustix::process::{getrlimit, setrlimit, Resource, Rlimit};
    let limit = getrlimit(Resource::Nofile);
    let _ = setrlimit(
        Resource::Nofile,
        Rlimit {
            current: limit.maximum,
            maximum: limit.maximum,
        },
    );
    let now = getrlimit(Resource::Nofile).current.unwrap_or(u64::MAX);
    assert!(
        now >= 2 * SOCKETS as u64,
        "this test needs 2200 descriptors, has {now}"
    );
}

/// Keep `SOCKETS` unfinished requests open against `addr` until `stop`.
fn flood(addr: SocketAddr, stop: Arc<AtomicBool>, opened: Arc<AtomicUsize>) {
    let mut held: std::collections::VecDeque<(Instant, TcpStream)> = Default::default();
    let started = Instant::now();
    while !stop.load(Ordering::Relaxed) && started.elapsed() < FLOOD {
        while held.front().is_some_and(|(at, _)| at.elapsed() > HOLD) {
            held.pop_front();
        }
        while held.len() < SOCKETS && !stop.load(Ordering::Relaxed) {
            let Ok(mut socket) = TcpStream::connect_timeout(&addr, Duration::from_millis(200))
            else {
                break;
            };
            let _ = socket.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n");
            held.push_back((Instant::now(), socket));
            opened.fetch_add(1, Ordering::Relaxed);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_slowloris_at_ulimit_1024_stops_neither_health_checks_nor_writes() {
    raise_own_limit();
    let dir = tempfile::tempdir().expect("tempdir");
    let key = key();
    let key_path = key_file(dir.path(), &key);
    let data = dir.path().join("data");
    let inner = server_command(&data, &[&key]);
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("ulimit -n 1024 && exec \"$0\" \"$@\"")
        .arg(inner.get_program())
        .args(inner.get_args())
        .env_remove("CAUCUS_ORGANISER");
    let stderr_log = data.with_extension("stderr.log");
    let log = std::fs::File::create(&stderr_log).expect("log");
    let server = Server::spawn(command, &data, &stderr_log, log);
    let id = create_survey(&server, &key_path, SURVEY);
    let mut codes = invites(&key, &id, 200);
    // A named signature makes the writer open a file of its own (the
    // signer's sealed text), as new campaigns do (their key file).
    let st = create_statement(&server, &key_path, "title = \"t\"\nbody = \"b\"\n");
    let mut st_codes = invites(&key, &st, 200);
    let addr: SocketAddr = server
        .base
        .trim_start_matches("http://")
        .parse()
        .expect("addr");

    let stop = Arc::new(AtomicBool::new(false));
    let opened = Arc::new(AtomicUsize::new(0));
    let flooder = {
        let (stop, opened) = (stop.clone(), opened.clone());
        std::thread::spawn(move || flood(addr, stop, opened))
    };
    while opened.load(Ordering::Relaxed) < SOCKETS {
        std::thread::sleep(Duration::from_millis(50));
    }
    // Under the flood, for several rounds of sockets being dropped and
    // reopened: health checks answer and answers are stored.
    let client = ureq::AgentBuilder::new()
        .timeout(Duration::from_secs(20))
        .build();
    let mut rounds = 0;
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(9) {
        let health = call(client.get(&format!("{}/healthz", server.base)).call());
        assert_eq!(health.0, 200, "healthz under the flood: {}", health.1);
        let (status, body) = submit(
            &server.base,
            &id,
            &codes.pop().expect("invite"),
            &answers("Operations", 2, ""),
        );
        assert_eq!(status, 201, "an answer under the flood: {body}");
        let signed = call(
            client
                .post(&format!(
                    "{}/api/v1/statements/{st}/signatures",
                    server.base
                ))
                .send_json(serde_json::json!({
                    "name": format!("Signer {rounds}"),
                    "invite": st_codes.pop().expect("invite"),
                })),
        );
        assert_eq!(
            signed.0, 201,
            "a named signature under the flood: {}",
            signed.1
        );
        rounds += 1;
    }
    stop.store(true, Ordering::Relaxed);
    flooder.join().expect("flood");
    assert!(
        opened.load(Ordering::Relaxed) > SOCKETS,
        "sockets were reopened as the server dropped them"
    );
    assert!(rounds >= 1);
    // And afterwards: the writer did not stop.
    let (status, body) = submit(
        &server.base,
        &id,
        &codes.pop().expect("invite"),
        &answers("Operations", 2, ""),
    );
    assert_eq!(status, 201, "after the flood: {body}");
    let log = std::fs::read_to_string(&stderr_log).unwrap_or_default();
    assert!(!log.contains("storage failed"), "{log}");
}
