//! The kill -9 harness shared by the crash tests: survey responses and
//! statement signatures from 64 connections at once (a quarter of the
//! survey connections trade each invite for a blind ticket first, and
//! answer with the ticket), SIGKILL at a random moment, restart on the
//! same data directory and address, retry what was in flight, and at the
//! end a report of what the server acknowledged against what it holds. It
//! reports losses instead of asserting on them, so the same code serves
//! the real test and its negative control.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use caucus_core::encoding::{from_b64url, hex};
use caucus_core::log::checkpoint::Checkpoint;
use caucus_core::log::merkle::{leaf_hash, LogTree};
use caucus_core::log::note::Note;
use caucus_core::ticket::{IssuerPublicKey, PendingTicket, TokenChallenge};
use caucus_core::{CampaignId, Invite, OrganiserKey, Receipt};
use caucus_server::store::Store;
use rand::Rng;
use serde_json::{json, Value};

use crate::common::*;

/// Connections in total, split evenly between the two kinds of write.
pub const CONNECTIONS: usize = 64;

/// Every signature spends an invite (named ones too), so spent invites and
/// signature entries must match one for one.
const STATEMENT: &str =
    "title = \"Through crashes\"\nbody = \"We sign, whatever happens to the server.\"\n\
named = true\nanonymous = true\ninvite_required_for_named = true\n";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Survey,
    Statement,
}

/// One request, kept whole so that a retry sends exactly the same thing.
struct Attempt {
    kind: Kind,
    id: CampaignId,
    body: Value,
}

/// What one kind of write saw over a whole run.
#[derive(Debug, Default)]
pub struct Tally {
    /// 201 on the first try.
    pub acked: usize,
    /// No answer: the request was in flight (or not yet sent) at a kill.
    pub in_flight: usize,
    /// Their retry after the restart: 201, so the invite was not burned.
    pub retried_created: usize,
    /// Their retry: 409, so the invite was burned and its write must be stored.
    pub retried_spent: usize,
    /// Acknowledged receipts missing afterwards (or, for statements, a
    /// different entry at the receipt's index).
    pub lost: usize,
    /// Responses in the ballot box / signature entries in the log, at the end.
    pub stored: u64,
    /// Invites the store records as spent, at the end (with tickets).
    pub spent: u64,
    /// Invites traded for a ticket (acknowledged, first try or retry):
    /// each burns an invite, and its ticket is spent by its answer.
    pub tickets: usize,
}

impl Tally {
    /// Writes the server answered 201 for, first try or retry.
    pub fn created(&self) -> usize {
        self.acked + self.retried_created
    }

    /// What must be stored if nothing was lost and nothing burned in vain.
    pub fn expected(&self) -> u64 {
        (self.created() + self.retried_spent) as u64
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub rounds: usize,
    pub survey: Tally,
    pub statement: Tally,
    /// `caucus verify` refusals (after a restart, or at the end).
    pub verify_failures: Vec<String>,
    /// The server keys that signed survey receipts (one, across restarts).
    pub server_keys: usize,
    /// Survey receipts whose signature did not verify.
    pub bad_receipts: usize,
    /// Statement receipts whose checkpoint the final log contradicts: a
    /// checkpoint handed out before it was durable, then lost to a crash.
    pub forked_checkpoints: usize,
    /// Ticket requests in flight at a kill whose retry, with the same
    /// invite and request, was refused: an invite burned without its
    /// ticket.
    pub burned_without_ticket: usize,
    /// Ticket requests in flight at a kill, sent again after it.
    pub tickets_retried: usize,
}

/// A ticket request with no answer at a kill, kept whole for its retry.
struct TicketAttempt {
    invite: String,
    request: Vec<u8>,
    pending: PendingTicket,
    answers: Value,
}

/// Receipts as they came back, for the final comparison.
#[derive(Default)]
struct Ledger {
    receipts: Vec<Receipt>,
    entries: Vec<Value>,
    in_flight: Vec<Attempt>,
    tickets_in_flight: Vec<TicketAttempt>,
    tickets: usize,
}

struct Campaigns {
    key: Arc<OrganiserKey>,
    key_path: PathBuf,
    survey: CampaignId,
    statement: CampaignId,
    /// The survey's ticket key, as its JSON announces it.
    ticket_key: IssuerPublicKey,
}

/// Run `rounds` kill-and-restart rounds with the server environment `env`.
pub fn run(rounds: usize, env: &[(&str, &str)]) -> Report {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let campaigns = setup(dir.path(), &data);
    let mut server = Server::start_with(&data, &[&campaigns.key], env);
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let mut report = Report::default();
    let state = dir.path().join("verify-state");
    let (ack_tx, ack_rx) = channel::<()>();
    let mut rng = rand::thread_rng();
    for round in 0..rounds {
        let stop = Arc::new(AtomicBool::new(false));
        let writers: Vec<_> = (0..CONNECTIONS)
            .map(|n| {
                let kind = if n % 2 == 0 {
                    Kind::Survey
                } else {
                    Kind::Statement
                };
                writer(
                    kind,
                    n,
                    &server.base,
                    &campaigns,
                    &ledger,
                    &stop,
                    ack_tx.clone(),
                )
            })
            .collect();
        // A random number of acknowledgements, then a random short delay,
        // so the kill lands anywhere: between batches, during one, between
        // a batch's fsync and its answers.
        let acks = rng.gen_range(8..120);
        for _ in 0..acks {
            ack_rx
                .recv_timeout(Duration::from_secs(60))
                .expect("no acknowledgement for a minute: the writers stalled");
        }
        std::thread::sleep(Duration::from_micros(rng.gen_range(0..3000)));
        let addr = server.addr().to_string();
        server.kill();
        stop.store(true, Ordering::Relaxed);
        for w in writers {
            w.join().expect("writer");
        }
        while ack_rx.try_recv().is_ok() {}
        // At the same address: a ticket answers the challenge of its host.
        server = Server::start_at(&data, &[&campaigns.key], env, &addr);
        let retried = retry(&server.base, &campaigns, &ledger, &mut report);
        eprintln!("round {round}: killed after at least {acks} acks; retried {retried} in flight");
        if let Err(err) = verify(&server.base, &campaigns.statement, &state, None) {
            report
                .verify_failures
                .push(format!("round {round}: {err:#}"));
        }
        report.rounds += 1;
    }
    finish(
        server,
        &data,
        dir.path(),
        &campaigns,
        &ledger,
        &state,
        report,
    )
}

/// Create the survey and the statement on a durable server, so that the
/// campaigns themselves exist whatever the rounds' setting.
fn setup(dir: &Path, data: &Path) -> Campaigns {
    let key = key();
    let key_path = key_file(dir, &key);
    let server = Server::start(data, &[&key]);
    let survey = create_survey(&server, &key_path, SURVEY);
    let statement = create_statement(&server, &key_path, STATEMENT);
    let (status, view) = call(
        agent()
            .get(&format!("{}/api/v1/surveys/{survey}", server.base))
            .call(),
    );
    assert_eq!(status, 200, "{view}");
    let view: Value = serde_json::from_str(&view).expect("survey view");
    let ticket_key = IssuerPublicKey::parse(view["ticket_key"]["token_key"].as_str().expect("key"))
        .expect("ticket key");
    server.kill();
    Campaigns {
        key: Arc::new(key),
        key_path,
        survey: survey.parse().expect("survey id"),
        statement: statement.parse().expect("statement id"),
        ticket_key,
    }
}

/// One connection: fresh invites until stopped or the server is gone.
fn writer(
    kind: Kind,
    n: usize,
    base: &str,
    campaigns: &Campaigns,
    ledger: &Arc<Mutex<Ledger>>,
    stop: &Arc<AtomicBool>,
    acks: Sender<()>,
) -> std::thread::JoinHandle<()> {
    let (base, key, ledger, stop) = (
        base.to_string(),
        campaigns.key.clone(),
        ledger.clone(),
        stop.clone(),
    );
    let id = match kind {
        Kind::Survey => campaigns.survey,
        Kind::Statement => campaigns.statement,
    };
    let ticket_key = campaigns.ticket_key;
    std::thread::spawn(move || {
        let agent = agent();
        let mut i = 0usize;
        while !stop.load(Ordering::Relaxed) {
            i += 1;
            let invite = Invite::issue(&key, &id, &mut rand::thread_rng()).code();
            if kind == Kind::Survey && n.is_multiple_of(8) {
                let answers = answers("Operations", 1 + (n % 5) as i64, &format!("ticket {n}"));
                let (pending, request) = PendingTicket::new(
                    &TokenChallenge::for_campaign(base.trim_start_matches("http://"), &id),
                    &ticket_key,
                    &mut rand::thread_rng(),
                )
                .expect("ticket request");
                let attempt = TicketAttempt {
                    invite,
                    request: request.to_bytes(),
                    pending,
                    answers,
                };
                let (status, reply) = request_ticket(&agent, &base, &attempt);
                match status {
                    200 => {
                        ledger.lock().expect("ledger").tickets += 1;
                        let answer = answer_with_ticket(id, attempt, &reply);
                        if !answer_once(&agent, &base, &ledger, &acks, answer) {
                            return;
                        }
                    }
                    0 => {
                        ledger
                            .lock()
                            .expect("ledger")
                            .tickets_in_flight
                            .push(attempt);
                        return;
                    }
                    other => panic!("ticket request: unexpected status {other}"),
                }
                continue;
            }
            let body = match kind {
                Kind::Survey => json!({
                    "invite": invite,
                    "answers": answers("Operations", 1 + (n % 5) as i64, &format!("crash {n}")),
                }),
                Kind::Statement if i.is_multiple_of(4) => {
                    json!({"name": format!("Signer {n}-{i}"), "invite": invite})
                }
                Kind::Statement => json!({"anonymous": true, "invite": invite}),
            };
            if !answer_once(&agent, &base, &ledger, &acks, Attempt { kind, id, body }) {
                return;
            }
        }
    })
}

/// Send one answer or signature; false when the server is gone (the
/// attempt is then kept for its retry).
fn answer_once(
    agent: &ureq::Agent,
    base: &str,
    ledger: &Mutex<Ledger>,
    acks: &Sender<()>,
    attempt: Attempt,
) -> bool {
    let (status, reply) = send(agent, base, &attempt.id, &attempt);
    match status {
        201 => {
            record(ledger, attempt.kind, &reply);
            let _ = acks.send(());
            true
        }
        0 => {
            ledger.lock().expect("ledger").in_flight.push(attempt);
            false
        }
        other => panic!("{:?}: unexpected status {other}: {reply}", attempt.kind),
    }
}

/// RFC 9578 issuance: (status, the token response's bytes).
fn request_ticket(agent: &ureq::Agent, base: &str, attempt: &TicketAttempt) -> (u16, Vec<u8>) {
    let result = agent
        .post(&format!("{base}/api/v1/tickets"))
        .set("Content-Type", "application/private-token-request")
        .set("Caucus-Invite", &attempt.invite)
        .send_bytes(&attempt.request);
    match result {
        Ok(response) => {
            let mut bytes = Vec::new();
            let read = std::io::Read::read_to_end(&mut response.into_reader(), &mut bytes);
            // Cut off mid-answer by the kill: as good as no answer.
            if read.is_err() {
                return (0, Vec::new());
            }
            (200, bytes)
        }
        Err(ureq::Error::Status(code, _)) => (code, Vec::new()),
        Err(ureq::Error::Transport(_)) => (0, Vec::new()),
    }
}

/// The survey answer a ticket backs, once its proof checks out.
fn answer_with_ticket(id: CampaignId, attempt: TicketAttempt, response: &[u8]) -> Attempt {
    let token = attempt
        .pending
        .finish(response)
        .expect("the issuer's proof verifies against the campaign key");
    Attempt {
        kind: Kind::Survey,
        id,
        body: json!({"ticket": token.encode(), "answers": attempt.answers}),
    }
}

fn send(agent: &ureq::Agent, base: &str, id: &CampaignId, attempt: &Attempt) -> (u16, Value) {
    let url = match attempt.kind {
        Kind::Survey => format!("{base}/api/v1/surveys/{id}/responses"),
        Kind::Statement => format!("{base}/api/v1/statements/{id}/signatures"),
    };
    let (status, text) = call(agent.post(&url).send_json(attempt.body.clone()));
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

fn record(ledger: &Mutex<Ledger>, kind: Kind, reply: &Value) {
    let mut ledger = ledger.lock().expect("ledger");
    match kind {
        Kind::Survey => ledger
            .receipts
            .push(serde_json::from_value(reply["receipt"].clone()).expect("survey receipt")),
        Kind::Statement => ledger.entries.push(reply["receipt"].clone()),
    }
}

/// Send every request that had no answer again, with the same invite:
/// either it was never stored (201 now) or it was, and its invite is
/// spent (409). A ticket request is sent again as it was, and must be
/// answered (a burned invite answers the same request again); its answer
/// follows. Returns how many there were.
fn retry(base: &str, campaigns: &Campaigns, ledger: &Mutex<Ledger>, report: &mut Report) -> usize {
    let agent = agent();
    let tickets = std::mem::take(&mut ledger.lock().expect("ledger").tickets_in_flight);
    let (ack, _) = channel();
    for attempt in tickets {
        report.tickets_retried += 1;
        let (status, reply) = request_ticket(&agent, base, &attempt);
        if status != 200 {
            report.burned_without_ticket += 1;
            continue;
        }
        ledger.lock().expect("ledger").tickets += 1;
        let answer = answer_with_ticket(campaigns.survey, attempt, &reply);
        assert!(
            answer_once(&agent, base, ledger, &ack, answer),
            "the server is up"
        );
    }
    let pending = std::mem::take(&mut ledger.lock().expect("ledger").in_flight);
    for attempt in &pending {
        let (status, reply) = send(&agent, base, &attempt.id, attempt);
        let tally = match attempt.kind {
            Kind::Survey => &mut report.survey,
            Kind::Statement => &mut report.statement,
        };
        tally.in_flight += 1;
        match status {
            201 => {
                tally.retried_created += 1;
                record(ledger, attempt.kind, &reply);
            }
            409 => tally.retried_spent += 1,
            other => panic!("retry of an in-flight {:?}: {other}: {reply}", attempt.kind),
        }
    }
    pending.len()
}

/// `caucus verify` of the statement, keeping what it saw in `state` so a
/// log that lost entries and grew again counts as a different history.
fn verify(
    base: &str,
    id: &CampaignId,
    state: &Path,
    receipt: Option<&Path>,
) -> anyhow::Result<Value> {
    let id = id.to_string();
    let mut args = vec![
        "verify",
        id.as_str(),
        "--server",
        base,
        "--state",
        state.to_str().expect("utf8"),
        "--json",
    ];
    if let Some(path) = receipt {
        args.extend(["--receipt", path.to_str().expect("utf8")]);
    }
    Ok(serde_json::from_str(&cli(&args)?)?)
}

/// The statement's whole log, as the public API serves it.
fn log_entries(base: &str, id: &CampaignId) -> Vec<Value> {
    let mut out = Vec::new();
    loop {
        let url = format!(
            "{base}/api/v1/statements/{id}/entries?start={}&limit=1000",
            out.len()
        );
        let (status, text) = call(agent().get(&url).call());
        assert_eq!(status, 200, "{text}");
        let page: Value = serde_json::from_str(&text).expect("entries");
        let list = page["entries"].as_array().expect("entries").clone();
        let size = page["tree_size"].as_u64().expect("size") as usize;
        out.extend(list);
        if out.len() >= size {
            return out;
        }
    }
}

/// Receipts whose checkpoint is not the root of the same-sized prefix of
/// `log`, the final log.
fn forked(log: &[Value], receipts: &[Value]) -> usize {
    let mut tree = LogTree::new();
    for entry in log {
        let bytes = from_b64url(entry["entry"].as_str().expect("entry")).expect("base64");
        tree.push(leaf_hash(&bytes));
    }
    receipts
        .iter()
        .filter(|receipt| {
            let note = Note::parse(receipt["checkpoint"].as_str().expect("checkpoint"))
                .expect("checkpoint note");
            let checkpoint = Checkpoint::parse(&note.text).expect("checkpoint");
            tree.root(checkpoint.size as usize) != Some(checkpoint.root)
        })
        .count()
}

fn finish(
    server: Server,
    data: &Path,
    dir: &Path,
    campaigns: &Campaigns,
    ledger: &Mutex<Ledger>,
    state: &Path,
    mut report: Report,
) -> Report {
    let ledger = std::mem::take(&mut *ledger.lock().expect("ledger"));
    report.survey.acked = ledger.receipts.len() - report.survey.retried_created;
    report.survey.tickets = ledger.tickets;
    report.statement.acked = ledger.entries.len() - report.statement.retried_created;

    // Survey: every acknowledged receipt's sealed response is in the box.
    let remote = [
        "--server",
        server.base.as_str(),
        "--key",
        campaigns.key_path.to_str().expect("utf8"),
    ];
    let survey = campaigns.survey.to_string();
    cli(&[&["close", survey.as_str()][..], &remote[..]].concat()).expect("close");
    let client = caucus::client::Client::new(&server.base)
        .expect("client")
        .with_key(&campaigns.key_path)
        .expect("key");
    let mut stored = HashSet::new();
    client
        .for_each_sealed(&campaigns.survey, |bytes| {
            stored.insert(hex(&caucus_core::SealedResponse(bytes).digest()));
        })
        .expect("download the ballot box");
    report.survey.stored = stored.len() as u64;
    report.survey.lost = ledger
        .receipts
        .iter()
        .filter(|r| !stored.contains(&r.sealed_sha256))
        .count();
    report.bad_receipts = ledger.receipts.iter().filter(|r| !r.verify(None)).count();
    report.server_keys = ledger
        .receipts
        .iter()
        .map(|r| r.server_key.clone())
        .collect::<HashSet<_>>()
        .len();

    // Statement: every acknowledged entry is at its index; the log and
    // the latest acknowledged receipt verify.
    let log = log_entries(&server.base, &campaigns.statement);
    report.statement.lost = ledger
        .entries
        .iter()
        .filter(|receipt| {
            let index = receipt["index"].as_u64().expect("index") as usize;
            log.get(index).map(|e| &e["entry"]) != Some(&receipt["entry"])
        })
        .count();
    report.forked_checkpoints = forked(&log, &ledger.entries);
    if let Some(last) = ledger.entries.last() {
        let path = dir.join("receipt.json");
        std::fs::write(&path, last.to_string()).expect("receipt file");
        match verify(&server.base, &campaigns.statement, state, Some(&path)) {
            Ok(v) => {
                let signatures = ["anonymous", "named", "unverified"]
                    .iter()
                    .map(|k| v[k].as_u64().expect("count"))
                    .sum::<u64>();
                report.statement.stored = signatures;
                // Entry 0 is the header, entry 1 the ticket key.
                if signatures != log.len() as u64 - 2 {
                    report.verify_failures.push(format!(
                        "{signatures} signatures counted in a log of {}",
                        log.len()
                    ));
                }
            }
            Err(err) => {
                report.statement.stored = log.len() as u64 - 2;
                report.verify_failures.push(format!("at the end: {err:#}"));
            }
        }
    }
    server.kill();

    let store = Store::open(data).expect("store");
    let (spent, responses) = store.ballot_counts().expect("ballot counts");
    report.survey.spent = spent;
    if responses != report.survey.stored {
        report.verify_failures.push(format!(
            "{responses} responses on disk, {} served",
            report.survey.stored
        ));
    }
    for miscount in store.miscounted_surveys().expect("response counts") {
        report.verify_failures.push(format!(
            "survey {} counts {} responses and holds {}",
            miscount.id, miscount.counted, miscount.stored
        ));
    }
    report.statement.spent = store
        .statement_invites_spent(&campaigns.statement)
        .expect("statement spent count");
    report
}
