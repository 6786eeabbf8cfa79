//! `caucus-bench`: how many durable survey submissions this machine takes,
//! set against what the same machine can do at best.
//!
//! A raw "requests per second" says little on its own: it moves with the
//! CPU, the disk and whatever else shares the host. So every figure for
//! caucus is printed next to the ceilings it cannot beat on this machine,
//! measured in the same run:
//!
//! - the cryptography of one submission alone (invite verification plus
//!   HPKE sealing to three organisers), because no server can accept
//!   answers faster than it can check and seal them;
//! - HPKE opening, because a tally can never count faster than it opens;
//! - sled single-key writes made durable by group commit (flush plus an
//!   fsync of sled's data file), because a 2xx promises the write is on
//!   disk, and that costs the same here as anywhere;
//! - a bare actix-web handler, because that is what the HTTP stack and
//!   the loopback network cost before caucus does anything.
//!
//! Statement signatures are set against their own crypto ceiling (invite
//! verification, the spend tag's HMAC, hashing and one checkpoint
//! signature). The run also records the server's start-up time, its idle
//! memory, and the weight of the survey and statement pages: bytes and
//! requests a browser with an empty cache needs, and any reference to
//! another origin.
//!
//! If durable submissions fall far below the lowest of these, the cause is
//! our code, not the hardware. Latency is taken at saturation and again at
//! a fixed half of the measured maximum, paced open-loop so a slow answer
//! cannot hide the requests that should have been sent meanwhile.
//!
//! Then a large survey: a fresh server filled over HTTP with 100k real
//! responses (and, in the full run, another with a million), measured for
//! the server's memory holding them (also after a restart on the same
//! data), the pause a backup imposes on writers, and the organiser's
//! `caucus tally` of them, timed and set against the HPKE opening
//! ceiling, since a tally cannot count faster than it opens. The release
//! check every tally runs is timed on its own, on a survey with two
//! breakdowns and ten earlier releases.

mod answers;
mod ceilings;
mod client;
mod cycles;
mod disk_share;
mod disk_writes;
mod log_verify;
mod pages;
mod proc;
mod release_check;
mod server;
mod stats;
mod tally;
mod threads;
mod tickets;

use std::time::Duration;

use anyhow::{bail, Context};
use clap::Parser;
use serde_json::{json, Map, Value};

/// Connections for every HTTP measurement: the burst scenario.
const CONNECTIONS: usize = 64;
/// Threads for the CPU ceilings: the machine the figures are for has two.
const THREADS: usize = 2;
/// Entries of the statement log checked from its tiles (issue 18: a log
/// that went viral).
const LOG_VERIFY_ENTRIES: u64 = 1_000_000;
/// Each crypto ceiling is measured this many times; the median is used.
const CEILING_RUNS: usize = 3;
/// Connection counts tried after the 64 of the main signature run.
const SIGNATURE_SWEEP: [usize; 2] = [128, 256];

#[derive(Parser)]
#[command(
    name = "caucus-bench",
    about = "Measure durable submissions per second against this machine's own ceilings"
)]
struct Args {
    /// Short measuring windows and no million-response survey (the 100k
    /// one stays): the whole run stays under three minutes on 2 cores.
    #[arg(long)]
    quick: bool,
    /// Measure only this part (with what it needs: `writes` fills the
    /// 100k survey first).
    #[arg(long, value_enum)]
    only: Option<Part>,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
    /// The `caucus-server` binary to measure. By default the release build
    /// of this workspace is brought up to date and used.
    #[arg(long)]
    server_bin: Option<std::path::PathBuf>,
    /// The organiser CLI `caucus` whose tally is measured. By default the
    /// release build of this workspace is brought up to date and used.
    #[arg(long)]
    cli_bin: Option<std::path::PathBuf>,
}

/// A part of the run that can be measured alone.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Part {
    /// Bytes written per durable response, at a trickle and at a high
    /// rate, with 100k responses stored.
    Writes,
    /// The release check with 100k answers and 10 earlier releases.
    ReleaseCheck,
    /// Statement signatures: their crypto ceiling, invite checks one by
    /// one and in batches, and the real server saturated, swept and at
    /// half load.
    Signatures,
}

/// A realistic trickle of responses (issue 18), and a high rate.
const LOW_RATE: f64 = 3.0;
const HIGH_RATE: f64 = 1000.0;

/// How long each measurement runs: a warm-up that is not counted, then
/// the measured window.
#[derive(Clone, Copy)]
pub struct Window {
    pub warmup: Duration,
    pub measure: Duration,
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("caucus-bench: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> anyhow::Result<()> {
    let args = Args::parse();
    STARTED.get_or_init(std::time::Instant::now);
    let window = if args.quick {
        Window {
            warmup: Duration::from_millis(500),
            measure: Duration::from_secs(3),
        }
    } else {
        Window {
            warmup: Duration::from_secs(2),
            measure: Duration::from_secs(15),
        }
    };
    // Figures from a busy machine read low; say how busy it was.
    let load = load_average();
    let server_bin = match args.server_bin {
        Some(path) => path,
        None => server::build_release_server()?,
    };
    let cli_bin = match args.cli_bin {
        Some(path) => path,
        None => server::build_release_cli()?,
    };
    let mut results = Map::new();
    results.insert("quick".into(), json!(args.quick));
    if let Some(load) = load {
        results.insert("load_average_1m_at_start".into(), json!(load));
    }
    results.insert("connections".into(), json!(CONNECTIONS));
    results.insert("threads".into(), json!(THREADS));
    results.insert("measure_s".into(), json!(window.measure.as_secs_f64()));
    match args.only {
        Some(Part::Writes) => {
            let large = fill_large(&mut results, &server_bin, LARGE, "100k")?;
            write_costs(&mut results, &large, args.quick)?;
            return emit(results, args.json);
        }
        Some(Part::Signatures) => {
            let signature_crypto = signature_ceiling(&mut results, window)?;
            let bench = server::SubmitBench::start(&server_bin)?;
            signature_runs(&mut results, &bench, window, signature_crypto)?;
            bench.stop();
            return emit(results, args.json);
        }
        Some(Part::ReleaseCheck) => {
            release_check_run(&mut results)?;
            return emit(results, args.json);
        }
        None => {}
    }

    progress("crypto ceiling (verify + seal to 3 organisers, 2 threads)");
    let crypto = ceilings::crypto(THREADS, window)?;
    results.insert("crypto_ceiling_per_s".into(), json!(round(crypto)));

    let signature_crypto = signature_ceiling(&mut results, window)?;

    progress("HPKE open ceiling (1 thread)");
    let open_one = ceilings::open(1, window)?;
    results.insert("open_ceiling_1_thread_per_s".into(), json!(round(open_one)));
    progress("HPKE open ceiling (2 threads)");
    let open_two = ceilings::open(THREADS, window)?;
    results.insert("open_ceiling_per_s".into(), json!(round(open_two)));

    progress("sled durable writes with group commit (64 writers)");
    let sled = ceilings::sled_durable(CONNECTIONS, window)?;
    results.insert("sled_durable_writes_per_s".into(), json!(round(sled)));

    progress("bare actix-web handler (64 keep-alive connections)");
    let bare = ceilings::actix_bare(CONNECTIONS, window)?;
    results.insert("actix_bare_req_per_s".into(), json!(round(bare.per_s)));
    results.insert("actix_bare_errors".into(), json!(bare.errors));

    progress("release server start-up and idle memory");
    let bench = server::SubmitBench::start(&server_bin)?;
    results.insert(
        "startup_ms".into(),
        json!(ms(bench.deployment.running.startup)),
    );
    if let Some(bytes) = bench.rss_idle {
        results.insert(
            "rss_mib_idle".into(),
            json!(two_places(bytes as f64 / (1024.0 * 1024.0))),
        );
    }

    progress("page weight (survey page with an invite, statement page)");
    let invite = bench
        .invites(&bench.id, 1)?
        .pop()
        .context("no invite for the survey page")?;
    let page_paths = [
        ("survey", format!("/s/{}?invite={invite}", bench.id)),
        ("statement", format!("/st/{}", bench.statement)),
    ];
    let mut external = Vec::new();
    for (name, path) in &page_paths {
        let weight = pages::weigh(bench.deployment.addr(), path)?;
        results.insert(format!("{name}_page_bytes"), json!(weight.bytes));
        results.insert(
            format!("{name}_page_bytes_with_headers"),
            json!(weight.bytes_with_headers),
        );
        results.insert(format!("{name}_page_requests"), json!(weight.requests));
        external.extend(weight.external);
    }
    if !external.is_empty() {
        eprintln!("caucus-bench: the pages reference other origins: {external:?}");
    }
    results.insert("external_requests".into(), json!(external.len()));

    progress("durable submissions at saturation (real server, 64 connections)");
    // The server cannot outrun the crypto it does per submission, so the
    // crypto ceiling bounds how many invites a window can use.
    let run = bench.saturate(
        server::Target::Survey,
        CONNECTIONS,
        window,
        invites_per_window(window, crypto),
    )?;
    if let Some(cores) = run.server_cores {
        results.insert(
            "server_cpu_cores_saturation".into(),
            json!(two_places(cores)),
        );
    }
    insert_cycles(&mut results, "commit_cycles_saturation", &run);
    let saturated = run.outcome;
    results.insert("submissions_per_s".into(), json!(round(saturated.per_s)));
    results.insert(
        "submissions_vs_crypto_ceiling".into(),
        json!(three_places(saturated.per_s / crypto)),
    );
    results.insert("p50_ms_saturation".into(), json!(ms(saturated.latency.p50)));
    results.insert("p99_ms_saturation".into(), json!(ms(saturated.latency.p99)));
    results.insert(
        "submission_errors_saturation".into(),
        json!(saturated.errors),
    );

    let (half, run) = at_half_load(
        &bench,
        server::Target::Survey,
        saturated.per_s,
        window,
        "durable submissions",
    )?;
    if let Some(cores) = run.server_cores {
        results.insert(
            "server_cpu_cores_half_load".into(),
            json!(two_places(cores)),
        );
    }
    insert_cycles(&mut results, "commit_cycles_half_load", &run);
    let paced = run.outcome;
    results.insert("half_load_target_per_s".into(), json!(round(half)));
    results.insert("half_load_achieved_per_s".into(), json!(round(paced.per_s)));
    results.insert("p50_ms_half_load".into(), json!(ms(paced.latency.p50)));
    results.insert("p99_ms_half_load".into(), json!(ms(paced.latency.p99)));
    results.insert("submission_errors_half_load".into(), json!(paced.errors));

    signature_runs(&mut results, &bench, window, signature_crypto)?;
    ticket_runs(&mut results, &bench, window)?;
    bench.stop();

    release_check_run(&mut results)?;

    progress(&format!(
        "checking a statement log of {LOG_VERIFY_ENTRIES} entries from its tiles, fully and from a checkpoint {} entries older",
        log_verify::NEW_SINCE_SAVED
    ));
    let checked = log_verify::measure(LOG_VERIFY_ENTRIES)?;
    results.insert("log_verify_entries".into(), json!(checked.entries));
    results.insert("log_verify_hashing_ms".into(), json!(ms(checked.hashing)));
    results.insert("log_verify_full_ms".into(), json!(ms(checked.full)));
    results.insert("log_verify_full_bytes".into(), json!(checked.full_bytes));
    results.insert(
        "log_verify_full_vs_hashing".into(),
        json!(two_places(
            checked.full.as_secs_f64() / checked.hashing.as_secs_f64().max(1e-9)
        )),
    );
    results.insert(
        "log_verify_incremental_ms".into(),
        json!(ms(checked.incremental)),
    );
    results.insert(
        "log_verify_incremental_bytes".into(),
        json!(checked.incremental_bytes),
    );

    let mut sizes = vec![(LARGE, "100k")];
    if !args.quick {
        sizes.push((HUGE, "1m"));
    }
    for (count, name) in sizes {
        large_survey(
            &mut results,
            &server_bin,
            &cli_bin,
            count,
            name,
            open_two,
            args.quick,
        )?;
    }

    emit(results, args.json)
}

/// Print the results: one JSON object, or a table.
fn emit(results: Map<String, Value>, json: bool) -> anyhow::Result<()> {
    let value = Value::Object(results);
    if json {
        println!(
            "{}",
            serde_json::to_string(&value).context("encoding the results")?
        );
    } else {
        print_table(&value);
    }
    Ok(())
}

/// Responses in the large survey measured in every run, and in the huge
/// one measured only in the full run (filling it takes minutes).
const LARGE: usize = 100_000;
const HUGE: usize = 1_000_000;

/// Responses behind the release check's releases.
const RELEASE_CHECK_RESPONSES: u64 = 100_000;

/// How many invites a run at `rate` may use up: the server cannot outrun
/// the crypto it does per write, so a ceiling bounds it.
fn invites_per_window(window: Window, rate: f64) -> usize {
    let seconds = (window.warmup + window.measure).as_secs_f64();
    // Three times over: the ceiling is measured on a shared machine and
    // may come out low; running out fails the run, never skews it.
    (rate * seconds * 3.0) as usize + CONNECTIONS * 8
}

/// The crypto ceiling of one anonymous signature (median of
/// [`CEILING_RUNS`]), with the cost of an invite check one by one and in
/// batches beside it.
fn signature_ceiling(results: &mut Map<String, Value>, window: Window) -> anyhow::Result<f64> {
    progress(&format!(
        "signature crypto ceiling (verify + spend tag + checkpoint signature, 2 threads), median of {CEILING_RUNS}"
    ));
    let (signature_crypto, samples) =
        stats::median_of(CEILING_RUNS, || ceilings::signature_crypto(THREADS, window))?;
    results.insert(
        "signature_crypto_ceiling_per_s".into(),
        json!(round(signature_crypto)),
    );
    results.insert(
        "signature_crypto_ceiling_samples".into(),
        json!(samples.iter().map(|s| round(*s)).collect::<Vec<_>>()),
    );
    progress("invite signature checks, one by one and in batches (1 thread)");
    for (size, us) in ceilings::invite_verify_cost()? {
        let key = match size {
            1 => "invite_verify_us_one_by_one".to_string(),
            n => format!("invite_verify_us_batch_{n}"),
        };
        results.insert(key, json!(two_places(us)));
    }
    // CPU time the crypto of one signature takes, for comparison with
    // what the server spends per signature (below).
    results.insert(
        "crypto_cpu_us_per_signature".into(),
        json!(two_places(THREADS as f64 * 1e6 / signature_crypto)),
    );
    Ok(signature_crypto)
}

/// Anonymous statement signatures against the real server: saturated at
/// 64 connections, the sweep over more connections, and half load.
fn signature_runs(
    results: &mut Map<String, Value>,
    bench: &server::SubmitBench,
    window: Window,
    signature_crypto: f64,
) -> anyhow::Result<()> {
    progress("anonymous statement signatures at saturation (64 connections)");
    let run = bench.saturate(
        server::Target::Statement,
        CONNECTIONS,
        window,
        invites_per_window(window, signature_crypto),
    )?;
    if let Some(cores) = run.server_cores {
        results.insert(
            "server_cpu_us_per_signature".into(),
            json!(two_places(cores * 1e6 / run.outcome.per_s.max(1.0))),
        );
    }
    insert_cores(results, "signatures", &run);
    insert_cycles(results, "commit_cycles_signatures", &run);
    let signed = run.outcome;
    results.insert("signatures_per_s".into(), json!(round(signed.per_s)));
    results.insert(
        "signatures_vs_crypto_ceiling".into(),
        json!(three_places(signed.per_s / signature_crypto)),
    );
    results.insert(
        "p50_ms_signatures_saturation".into(),
        json!(ms(signed.latency.p50)),
    );
    results.insert(
        "p99_ms_signatures_saturation".into(),
        json!(ms(signed.latency.p99)),
    );
    results.insert("signature_errors_saturation".into(), json!(signed.errors));

    // More connections keep more signatures in each commit cycle: sweep
    // to where throughput stops rising.
    let mut sweep = vec![(CONNECTIONS, signed.per_s)];
    for connections in SIGNATURE_SWEEP {
        progress(&format!(
            "anonymous statement signatures at saturation ({connections} connections)"
        ));
        let run = bench.saturate(
            server::Target::Statement,
            connections,
            window,
            invites_per_window(window, signature_crypto),
        )?;
        sweep.push((connections, run.outcome.per_s));
    }
    results.insert(
        "signatures_per_s_by_connections".into(),
        json!(sweep
            .iter()
            .map(|(c, per_s)| (c.to_string(), json!(round(*per_s))))
            .collect::<serde_json::Map<_, _>>()),
    );
    results.insert(
        "signatures_vs_crypto_ceiling_by_connections".into(),
        json!(sweep
            .iter()
            .map(|(c, per_s)| (c.to_string(), json!(three_places(per_s / signature_crypto))))
            .collect::<serde_json::Map<_, _>>()),
    );
    if let Some(knee) = stats::knee(&sweep) {
        results.insert("signatures_throughput_stops_rising_at".into(), json!(knee));
    }

    let (_, run) = at_half_load(
        bench,
        server::Target::Statement,
        signed.per_s,
        window,
        "anonymous statement signatures",
    )?;
    insert_cores(results, "signatures_half_load", &run);
    insert_cycles(results, "commit_cycles_signatures_half_load", &run);
    let paced = run.outcome;
    results.insert(
        "signatures_half_load_achieved_per_s".into(),
        json!(round(paced.per_s)),
    );
    results.insert(
        "p50_ms_signatures_half_load".into(),
        json!(ms(paced.latency.p50)),
    );
    results.insert(
        "p99_ms_signatures_half_load".into(),
        json!(ms(paced.latency.p99)),
    );
    results.insert("signature_errors_half_load".into(), json!(paced.errors));
    Ok(())
}

/// `what` paced open-loop at half of `max` per second; the rate and the run.
fn at_half_load(
    bench: &server::SubmitBench,
    target: server::Target,
    max: f64,
    window: Window,
    what: &str,
) -> anyhow::Result<(f64, server::Driven)> {
    let half = max / 2.0;
    progress(&format!("{what} at half the maximum ({half:.0}/s, paced)"));
    let run = bench.paced(
        target,
        CONNECTIONS,
        half,
        window,
        invites_per_window(window, half),
    )?;
    Ok((half, run))
}

/// Whether the two cores were full over `run`, and who filled them: the
/// question to settle before calling a target out of reach. At half load
/// it says how much slack "half" leaves, which is not half the cores.
fn insert_cores(results: &mut Map<String, Value>, what: &str, run: &server::Driven) {
    if let Some(cores) = run.server_cores {
        results.insert(format!("server_cpu_cores_{what}"), json!(two_places(cores)));
    }
    if let Some(idle) = run.machine_idle {
        results.insert(
            format!("machine_idle_share_{what}"),
            json!(three_places(idle)),
        );
    }
    if let Some(cores) = run.load_generator_cores {
        results.insert(
            format!("load_generator_cpu_cores_{what}"),
            json!(two_places(cores)),
        );
    }
}

/// The server's account of its commit cycles over `run`, if it gave one.
fn insert_cycles(results: &mut Map<String, Value>, key: &str, run: &server::Driven) {
    if let Some(cycles) = &run.cycles {
        results.insert(key.into(), cycles.to_json());
    }
}

/// The release check on a large system (see `release_check`).
fn release_check_run(results: &mut Map<String, Value>) -> anyhow::Result<()> {
    progress(&format!(
        "release check: {RELEASE_CHECK_RESPONSES} responses, two breakdowns, {} earlier releases",
        release_check::EARLIER
    ));
    let checked = release_check::measure(RELEASE_CHECK_RESPONSES)?;
    results.insert("release_check_ms".into(), json!(ms(checked.took)));
    results.insert("release_check_responses".into(), json!(checked.responses));
    results.insert("release_check_earlier".into(), json!(checked.earlier));
    Ok(())
}

/// A fresh release server with a survey filled with `count` responses
/// over HTTP; its memory and data directory. Keys end in `_{name}`.
fn fill_large(
    results: &mut Map<String, Value>,
    server_bin: &std::path::Path,
    count: usize,
    name: &str,
) -> anyhow::Result<tally::Large> {
    progress(&format!(
        "filling a fresh survey with {count} responses (64 connections, one invite each)"
    ));
    let large = tally::Large::start(server_bin)?;

    let fill = large.fill(count, |sent| {
        if sent < count {
            progress(&format!("{sent} of {count} responses stored"));
        }
    })?;
    let stored = large.responses()?;
    if stored != count as u64 {
        bail!("the server holds {stored} responses after {count} were accepted");
    }
    results.insert(format!("responses_stored_{name}"), json!(stored));
    results.insert(
        format!("invites_s_{name}"),
        json!(two_places(fill.signing.as_secs_f64())),
    );
    results.insert(
        format!("invites_per_s_{name}"),
        json!(round(count as f64 / fill.signing.as_secs_f64())),
    );
    results.insert(
        format!("invite_chunk_mib_{name}"),
        json!(proc::mib(fill.chunk_bytes)),
    );
    results.insert(
        format!("fill_s_{name}"),
        json!(two_places(fill.sending.as_secs_f64())),
    );
    results.insert(
        format!("fill_per_s_{name}"),
        json!(round(count as f64 / fill.sending.as_secs_f64())),
    );
    let idle = large.idle_rss();
    if let Some(bytes) = idle {
        results.insert(format!("rss_mib_{name}"), json!(proc::mib(bytes)));
    }
    results.insert(
        format!("store_mib_{name}"),
        json!(proc::mib(large.data_bytes()?)),
    );
    let share = large.disk_share()?;
    for (part, bytes) in [
        ("per_response", share.per_response),
        ("answers", share.answers),
        ("padding", share.padding),
        ("sealing", share.sealing),
        ("wrapping", share.wrapping),
        ("keys", share.keys),
        ("sled", share.sled),
    ] {
        results.insert(format!("disk_{part}_bytes_{name}"), json!(round(bytes)));
    }
    Ok(large)
}

/// Bytes written per durable response into a store that holds `large`'s
/// responses: at a trickle and at a high rate, each into a new survey.
fn write_costs(
    results: &mut Map<String, Value>,
    large: &tally::Large,
    quick: bool,
) -> anyhow::Result<()> {
    let (low_for, high_for) = if quick {
        (Duration::from_secs(20), Duration::from_secs(3))
    } else {
        (Duration::from_secs(60), Duration::from_secs(10))
    };
    for (name, rate, connections, length) in [
        ("low_rate", LOW_RATE, 4, low_for),
        ("high_rate", HIGH_RATE, CONNECTIONS, high_for),
    ] {
        progress(&format!(
            "bytes written per response at {rate}/s for {} s",
            length.as_secs()
        ));
        let written = disk_writes::measure(large, rate, connections, length)?;
        results.insert(format!("write_responses_{name}"), json!(written.responses));
        results.insert(
            format!("write_per_s_{name}"),
            json!(two_places(written.per_s)),
        );
        results.insert(
            format!("write_bytes_per_response_{name}_process"),
            json!(round(written.process_per_response())),
        );
        // The drive's own count when there is one: it adds the file
        // system's journal, which the process's count leaves out.
        let headline = written
            .device_per_response()
            .unwrap_or_else(|| written.process_per_response());
        results.insert(
            format!("write_bytes_per_response_{name}"),
            json!(round(headline)),
        );
    }
    Ok(())
}

/// Fill a fresh server's survey with `count` responses over HTTP, then
/// measure its memory, close it and time the organiser's tally; for the
/// 100k survey also a backup, a restart and the bytes written per new
/// response. Keys end in `_{name}`, except
/// the headline tally rate of the 100k survey (`tally_per_s`).
fn large_survey(
    results: &mut Map<String, Value>,
    server_bin: &std::path::Path,
    cli_bin: &std::path::Path,
    count: usize,
    name: &str,
    open_ceiling: f64,
    quick: bool,
) -> anyhow::Result<()> {
    let headline = count == LARGE;
    let mut large = fill_large(results, server_bin, count, name)?;

    progress(&format!(
        "closing and tallying {count} responses (release caucus tally)"
    ));
    // A close stores every response again in random order before it
    // answers (see the server's `writes::reshuffle`): timed, with the
    // store's size after it.
    let closing = std::time::Instant::now();
    large.close()?;
    results.insert(
        format!("close_s_{name}"),
        json!(two_places(closing.elapsed().as_secs_f64())),
    );
    results.insert(
        format!("store_mib_{name}_closed"),
        json!(proc::mib(large.data_bytes()?)),
    );
    let run = large.tally(cli_bin, count as u64, name)?;
    let seconds = run.took.as_secs_f64();
    let per_s = count as f64 / seconds;
    results.insert(format!("tally_s_{name}"), json!(two_places(seconds)));
    let (rate_key, share_key) = if headline {
        (
            "tally_per_s".to_string(),
            "tally_vs_open_ceiling".to_string(),
        )
    } else {
        (
            format!("tally_per_s_{name}"),
            format!("tally_vs_open_ceiling_{name}"),
        )
    };
    results.insert(rate_key, json!(round(per_s)));
    results.insert(share_key, json!(three_places(per_s / open_ceiling)));
    if let Some(bytes) = run.peak {
        results.insert(format!("tally_peak_mib_{name}"), json!(proc::mib(bytes)));
    }
    // The server's peak over its whole life so far: start-up, the fill and
    // serving the tally its sealed responses.
    if let Some(bytes) = proc::peak_rss(large.pid()) {
        results.insert(format!("rss_peak_mib_{name}"), json!(proc::mib(bytes)));
    }
    if !headline {
        return Ok(());
    }

    progress(&format!(
        "backup of the running server holding {count} responses"
    ));
    let backup = large.backup()?;
    results.insert(
        format!("backup_s_{name}"),
        json!(two_places(backup.took.as_secs_f64())),
    );
    results.insert(
        format!("backup_pause_s_{name}"),
        json!(two_places(backup.paused.as_secs_f64())),
    );
    results.insert(format!("backup_mib_{name}"), json!(proc::mib(backup.bytes)));
    if let Some(bytes) = proc::peak_rss(large.pid()) {
        results.insert(
            format!("rss_peak_mib_{name}_with_backup"),
            json!(proc::mib(bytes)),
        );
    }

    progress(&format!(
        "restarting the server on {count} stored responses"
    ));
    let startup = large.restart()?;
    results.insert(format!("startup_ms_{name}_restarted"), json!(ms(startup)));
    let idle = large.idle_rss();
    if let Some(bytes) = idle {
        results.insert(format!("rss_mib_{name}_restarted"), json!(proc::mib(bytes)));
    }
    if large.responses()? != count as u64 {
        bail!("after a restart the server no longer holds {count} responses");
    }
    write_costs(results, &large, quick)
}

/// The one-minute load average (Linux), before anything here runs.
/// Blind tickets: issuance and ticket-backed answers at saturation, each
/// against its crypto ceiling from the same run (see `tickets`).
fn ticket_runs(
    results: &mut Map<String, Value>,
    bench: &server::SubmitBench,
    window: Window,
) -> anyhow::Result<()> {
    // What a window can use at most: the ceiling bounds the server.
    let supply = |ceiling: f64| {
        let seconds = (window.warmup + window.measure).as_secs_f64();
        (ceiling * seconds * 1.5) as usize + CONNECTIONS * 8
    };
    for (name, ceiling_of, run) in [
        (
            "issuance",
            ceilings::issuance_crypto as fn(usize, Window) -> anyhow::Result<f64>,
            tickets::issuance
                as fn(
                    &server::SubmitBench,
                    usize,
                    Window,
                    client::Pace,
                    usize,
                ) -> anyhow::Result<server::Driven>,
        ),
        (
            "redemption",
            ceilings::redemption_crypto,
            tickets::redemption,
        ),
    ] {
        progress(&format!("ticket {name} crypto ceiling ({THREADS} threads)"));
        let ceiling = ceiling_of(THREADS, window)?;
        results.insert(
            format!("ticket_{name}_ceiling_per_s"),
            json!(round(ceiling)),
        );
        progress(&format!(
            "ticket {name} at saturation ({CONNECTIONS} connections)"
        ));
        let driven = run(
            bench,
            CONNECTIONS,
            window,
            client::Pace::Closed,
            supply(ceiling),
        )?;
        let outcome = driven.outcome;
        results.insert(format!("ticket_{name}_per_s"), json!(round(outcome.per_s)));
        results.insert(
            format!("ticket_{name}_vs_ceiling"),
            json!(three_places(outcome.per_s / ceiling)),
        );
        results.insert(
            format!("p50_ms_ticket_{name}"),
            json!(ms(outcome.latency.p50)),
        );
        results.insert(
            format!("p99_ms_ticket_{name}"),
            json!(ms(outcome.latency.p99)),
        );
        results.insert(format!("ticket_{name}_errors"), json!(outcome.errors));
        if let Some(cores) = driven.server_cores {
            results.insert(
                format!("server_cpu_cores_ticket_{name}"),
                json!(two_places(cores)),
            );
        }
    }
    Ok(())
}

fn load_average() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// When the run started, for the time stamps of [`progress`].
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Say what is being measured next, and when (seconds since the run
/// started), so a slow part of a long run shows which one it is.
fn progress(what: &str) {
    let at = STARTED.get_or_init(std::time::Instant::now).elapsed();
    eprintln!("caucus-bench [{:>6.1} s]: {what} ...", at.as_secs_f64());
}

/// Rates are printed as whole numbers: the noise of a shared machine is
/// far above one operation per second.
fn round(per_s: f64) -> u64 {
    per_s.round() as u64
}

fn two_places(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn three_places(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 100_000.0).round() / 100.0
}

fn print_table(value: &Value) {
    let rows: &[(&str, &str)] = &[
        ("load_average_1m_at_start", "load average (1 min) at start"),
        (
            "crypto_ceiling_per_s",
            "crypto ceiling: verify + seal to 3, 2 threads (/s)",
        ),
        (
            "signature_crypto_ceiling_per_s",
            "signature crypto ceiling, 2 threads (/s)",
        ),
        (
            "open_ceiling_1_thread_per_s",
            "HPKE open ceiling, 1 thread (/s)",
        ),
        ("open_ceiling_per_s", "HPKE open ceiling, 2 threads (/s)"),
        (
            "sled_durable_writes_per_s",
            "sled durable writes, group commit (/s)",
        ),
        (
            "actix_bare_req_per_s",
            "bare actix-web handler, 64 connections (/s)",
        ),
        ("actix_bare_errors", "  errors"),
        ("startup_ms", "server start-up to listening (ms)"),
        ("rss_mib_idle", "server RSS, idle after start-up (MiB)"),
        ("survey_page_bytes", "survey page + subresources (bytes)"),
        (
            "survey_page_bytes_with_headers",
            "  with response headers (bytes)",
        ),
        ("survey_page_requests", "  requests"),
        (
            "statement_page_bytes",
            "statement page + subresources (bytes)",
        ),
        (
            "statement_page_bytes_with_headers",
            "  with response headers (bytes)",
        ),
        ("statement_page_requests", "  requests"),
        ("external_requests", "references to other origins"),
        (
            "submissions_per_s",
            "durable submissions, 64 connections (/s)",
        ),
        (
            "submissions_vs_crypto_ceiling",
            "  as a share of the crypto ceiling",
        ),
        ("p50_ms_saturation", "  p50 at saturation (ms)"),
        ("p99_ms_saturation", "  p99 at saturation (ms)"),
        ("submission_errors_saturation", "  errors at saturation"),
        (
            "server_cpu_cores_saturation",
            "  server CPU at saturation (cores)",
        ),
        ("half_load_target_per_s", "paced at half the maximum (/s)"),
        ("half_load_achieved_per_s", "  achieved (/s)"),
        ("p50_ms_half_load", "  p50 at half load (ms)"),
        ("p99_ms_half_load", "  p99 at half load (ms)"),
        ("submission_errors_half_load", "  errors at half load"),
        (
            "server_cpu_cores_half_load",
            "  server CPU at half load (cores)",
        ),
        (
            "signatures_per_s",
            "anonymous signatures, 64 connections (/s)",
        ),
        (
            "signatures_vs_crypto_ceiling",
            "  as a share of the signature crypto ceiling",
        ),
        ("p50_ms_signatures_saturation", "  p50 at saturation (ms)"),
        ("p99_ms_signatures_saturation", "  p99 at saturation (ms)"),
        ("signature_errors_saturation", "  errors at saturation"),
        (
            "signatures_half_load_achieved_per_s",
            "  paced at half the maximum: achieved (/s)",
        ),
        ("p50_ms_signatures_half_load", "  p50 at half load (ms)"),
        ("p99_ms_signatures_half_load", "  p99 at half load (ms)"),
        ("signature_errors_half_load", "  errors at half load"),
        (
            "server_cpu_cores_signatures",
            "  server CPU at saturation (cores)",
        ),
        (
            "server_cpu_us_per_signature",
            "  server CPU per signature (µs)",
        ),
        (
            "crypto_cpu_us_per_signature",
            "  crypto CPU per signature (µs)",
        ),
        (
            "machine_idle_share_signatures",
            "  both cores idle at saturation (share)",
        ),
        (
            "load_generator_cpu_cores_signatures",
            "  load generator CPU at saturation (cores)",
        ),
        (
            "server_cpu_cores_signatures_half_load",
            "  server CPU at half load (cores)",
        ),
        (
            "machine_idle_share_signatures_half_load",
            "  both cores idle at half load (share)",
        ),
        (
            "invite_verify_us_one_by_one",
            "  invite check, one by one (µs)",
        ),
        (
            "invite_verify_us_batch_16",
            "  invite check, batches of 16 (µs)",
        ),
        (
            "invite_verify_us_batch_32",
            "  invite check, batches of 32 (µs)",
        ),
        (
            "invite_verify_us_batch_64",
            "  invite check, batches of 64 (µs)",
        ),
        ("signatures_per_s_by_connections", "  by connections (/s)"),
        (
            "signatures_vs_crypto_ceiling_by_connections",
            "  by connections, share of the ceiling",
        ),
        (
            "signatures_throughput_stops_rising_at",
            "  throughput stops rising at (connections)",
        ),
        (
            "release_check_ms",
            "release check, 2 breakdowns, 10 earlier releases (ms)",
        ),
        ("release_check_responses", "  responses behind each release"),
        (
            "log_verify_entries",
            "statement log checked from tiles (entries)",
        ),
        ("log_verify_hashing_ms", "  hashing every entry (ms)"),
        (
            "log_verify_full_ms",
            "  full check: tiles, bundles, parsing (ms)",
        ),
        ("log_verify_full_bytes", "  full check reads (bytes)"),
        ("log_verify_full_vs_hashing", "  full check / hashing"),
        (
            "log_verify_incremental_ms",
            "  from a checkpoint 10,000 entries older (ms)",
        ),
        (
            "log_verify_incremental_bytes",
            "  incremental check reads (bytes)",
        ),
        (
            "write_bytes_per_response_low_rate",
            "device bytes written per response, 3/s, 100k stored",
        ),
        (
            "write_bytes_per_response_low_rate_process",
            "  by the server process (bytes)",
        ),
        ("write_responses_low_rate", "  responses counted"),
        (
            "write_bytes_per_response_high_rate",
            "device bytes written per response, 1000/s",
        ),
        (
            "write_bytes_per_response_high_rate_process",
            "  by the server process (bytes)",
        ),
        ("write_per_s_high_rate", "  achieved (/s)"),
        (
            "disk_per_response_bytes_100k",
            "disk per response, 100k stored (bytes)",
        ),
        ("disk_answers_bytes_100k", "  answers, once per organiser"),
        (
            "disk_padding_bytes_100k",
            "  padding to 256, once per organiser",
        ),
        ("disk_sealing_bytes_100k", "  HPKE per organiser, magic"),
        (
            "disk_wrapping_bytes_100k",
            "  wrapping (nonce, tag) and record length",
        ),
        ("disk_keys_bytes_100k", "  spend record"),
        (
            "disk_sled_bytes_100k",
            "  sled: nodes, headers, old segments",
        ),
    ];
    for (key, label) in rows {
        if let Some(v) = value.get(*key) {
            println!("{label:<52} {v}");
        }
    }
    for (name, count) in [("100k", "100k"), ("1m", "1M")] {
        let rows: &[(String, String)] = &[
            (
                format!("responses_stored_{name}"),
                format!("{count} survey: responses stored"),
            ),
            (
                format!("invites_s_{name}"),
                "  signing the invites (s)".into(),
            ),
            (
                format!("invite_chunk_mib_{name}"),
                "  invites held at once (MiB)".into(),
            ),
            (
                format!("fill_s_{name}"),
                "  sending them, 64 connections (s)".into(),
            ),
            (format!("fill_per_s_{name}"), "  fill rate (/s)".into()),
            (format!("store_mib_{name}"), "  data directory (MiB)".into()),
            (format!("rss_mib_{name}"), "  server RSS, idle (MiB)".into()),
            (
                format!("rss_peak_mib_{name}"),
                "  server peak RSS, fill + tally download (MiB)".into(),
            ),
            (
                format!("tally_s_{name}"),
                "  caucus tally, wall clock (s)".into(),
            ),
            ("tally_per_s".into(), "  tally rate (/s)".into()),
            (format!("tally_per_s_{name}"), "  tally rate (/s)".into()),
            (
                "tally_vs_open_ceiling".into(),
                "  as a share of the 2-thread open ceiling".into(),
            ),
            (
                format!("tally_vs_open_ceiling_{name}"),
                "  as a share of the 2-thread open ceiling".into(),
            ),
            (
                format!("tally_peak_mib_{name}"),
                "  caucus tally peak RSS (MiB)".into(),
            ),
            (
                format!("backup_s_{name}"),
                "  backup of the running server, read back included (s)".into(),
            ),
            (
                format!("backup_pause_s_{name}"),
                "  writes paused by the backup (s)".into(),
            ),
            (format!("backup_mib_{name}"), "  backup size (MiB)".into()),
            (
                format!("rss_peak_mib_{name}_with_backup"),
                "  server peak RSS, with the backup (MiB)".into(),
            ),
            (
                format!("startup_ms_{name}_restarted"),
                "  restart on the same data, to listening (ms)".into(),
            ),
            (
                format!("rss_mib_{name}_restarted"),
                "  server RSS, idle after the restart (MiB)".into(),
            ),
        ];
        for (key, label) in rows {
            // The headline 100k tally rate has no suffix; never print it
            // under the 1M survey.
            if name != "100k" && !key.ends_with(name) {
                continue;
            }
            if let Some(v) = value.get(key.as_str()) {
                println!("{label:<52} {v}");
            }
        }
    }
}
