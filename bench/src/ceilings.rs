//! The ceilings: what this machine can do at best for each part of a
//! submission, measured alone, so the real server's figure can be read as
//! a share of them rather than as a bare number.
//!
//! Each is the same work the server does, through the same code where it
//! lives in `caucus-core` (invites and sealing), and through sled and
//! actix-web directly where the server wraps them.

use std::fs::File;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::time::Instant;

use anyhow::{anyhow, bail, Context};
use caucus_core::ticket::{PendingTicket, Token, TokenChallenge};
use caucus_core::{Answers, CampaignId, Invite, OrganiserKey, OrganiserPublicKey, SealedResponse};
use rand::rngs::OsRng;

use crate::client::{self, Outcome, Pace};
use crate::threads::on_threads;
use crate::Window;

/// The example survey the server is loaded with, and its full answer set.
pub const SURVEY: &str = include_str!("../../examples/monitoring-survey.toml");

/// The example statement, signed anonymously in the signature runs.
pub const STATEMENT: &str = include_str!("../../examples/monitoring-statement.toml");

/// A complete, valid answer set for [`SURVEY`]: every question answered,
/// a short comment, as a typical respondent would send.
pub fn answers_json() -> serde_json::Value {
    serde_json::json!({
        "area": "Engineering",
        "recorded": ["Keystrokes", "Screenshots or screen video"],
        "told": "Yes, but vaguely",
        "consent": 2,
        "comfort": 2,
        "reviews": "I suspect it is",
        "retention": "Up to 30 days",
        "safeguards": ["Opt-out without penalty", "Strict retention limits"],
        "stress": 6,
        "note": "The screenshots make me second-guess every break I take.",
    })
}

/// The answers in the form the server seals them.
fn answers() -> anyhow::Result<Answers> {
    let survey = caucus_core::Survey::from_toml(SURVEY).context("the example survey")?;
    survey
        .validate_answers(&answers_json())
        .map_err(|errors| anyhow!("example answers refused: {errors:?}"))
}

/// Three organisers, as the issue's "sealing to 3 organiser keys".
fn organisers() -> (Vec<OrganiserKey>, Vec<OrganiserPublicKey>) {
    let keys: Vec<OrganiserKey> = (0..3).map(|_| OrganiserKey::generate(&mut OsRng)).collect();
    let public = keys.iter().map(|k| k.public().clone()).collect();
    (keys, public)
}

/// Run `op` on `threads` threads for the window; operations finishing in
/// the measured part, per second. Any failed operation fails the run.
fn per_second<F>(threads: usize, window: Window, op: F) -> anyhow::Result<f64>
where
    F: Fn(u64) -> anyhow::Result<()> + Sync,
{
    let counted = AtomicU64::new(0);
    let start = Instant::now();
    let from = start + window.warmup;
    let end = from + window.measure;
    on_threads(threads, |t| {
        let mut i = t as u64;
        loop {
            op(i)?;
            i += threads as u64;
            let now = Instant::now();
            if now > end {
                return Ok(());
            }
            if now >= from {
                counted.fetch_add(1, Ordering::Relaxed);
            }
        }
    })?;
    match counted.into_inner() {
        0 => bail!("no operation finished inside the measured window"),
        n => Ok(n as f64 / window.measure.as_secs_f64()),
    }
}

/// 1024 invites to cycle through, signed by the first organiser (so one
/// verification succeeds, as on the server's fast path): parsing and
/// verifying is the work, so reusing a code costs the same as a fresh one.
struct InviteCycle {
    id: CampaignId,
    codes: Vec<String>,
    signer: OrganiserPublicKey,
}

impl InviteCycle {
    fn new(key: &OrganiserKey) -> Self {
        let id = CampaignId::random(&mut OsRng);
        let codes = (0..1024)
            .map(|_| Invite::issue(key, &id, &mut OsRng).code())
            .collect();
        Self {
            id,
            codes,
            signer: key.public().clone(),
        }
    }

    /// The `i`-th code, parsed and verified as the server does it.
    fn verified(&self, i: u64) -> anyhow::Result<Invite> {
        let invite = Invite::parse(&self.codes[(i % self.codes.len() as u64) as usize])?;
        invite.verify(&self.id, std::slice::from_ref(&self.signer))?;
        Ok(invite)
    }
}

/// CPU time (µs) to check one invite's signature, on one thread: one by
/// one as `Invite::verify` does it, then in batches of 16, 32 and 64 as
/// the server's `invite_checks` does under load (`Invite::verify_batch`).
/// The best of five passes over 1024 codes each, so another process
/// waking up does not decide the figure.
pub fn invite_verify_cost() -> anyhow::Result<Vec<(usize, f64)>> {
    let key = OrganiserKey::generate(&mut OsRng);
    let invites = InviteCycle::new(&key);
    let parsed = (0..invites.codes.len() as u64)
        .map(|i| invites.verified(i))
        .collect::<anyhow::Result<Vec<Invite>>>()?;
    let pairs: Vec<(&CampaignId, &Invite)> = parsed.iter().map(|i| (&invites.id, i)).collect();
    let organisers = std::slice::from_ref(&invites.signer);
    let best_of_five = |pass: &dyn Fn() -> anyhow::Result<()>| -> anyhow::Result<f64> {
        let mut best = f64::INFINITY;
        for _ in 0..5 {
            let start = Instant::now();
            pass()?;
            best = best.min(start.elapsed().as_secs_f64() * 1e6 / pairs.len() as f64);
        }
        Ok(best)
    };
    let mut costs = vec![(
        1,
        best_of_five(&|| {
            for (id, invite) in &pairs {
                invite.verify(id, organisers)?;
            }
            Ok(())
        })?,
    )];
    for size in [16, 32, 64] {
        let cost = best_of_five(&|| {
            for chunk in pairs.chunks(size) {
                if !Invite::verify_batch(chunk, organisers).iter().all(|ok| *ok) {
                    bail!("a good invite failed its batch");
                }
            }
            Ok(())
        })?;
        costs.push((size, cost));
    }
    Ok(costs)
}

/// (a) The crypto of one submission alone: parse and verify the invite
/// (signed by the first organiser, so one verification succeeds, as on the
/// server's fast path), then seal the answers to all three organisers.
pub fn crypto(threads: usize, window: Window) -> anyhow::Result<f64> {
    let (keys, public) = organisers();
    let invites = InviteCycle::new(&keys[0]);
    let answers = answers()?;
    per_second(threads, window, |i| {
        invites.verified(i)?;
        let sealed = SealedResponse::seal(&answers, &invites.id, &public, &mut OsRng)?;
        std::hint::black_box(sealed);
        Ok(())
    })
}

/// (a') The crypto of one anonymous statement signature alone, as the
/// server does it when a commit batch holds that one signature: parse and
/// verify the invite (signed by the first organiser), HMAC-SHA256 of its
/// spend tag under a per-campaign key, SHA-256 of a fresh withdrawal
/// secret, the log entry's leaf hash, and one Ed25519 signature of a new
/// checkpoint note. Not included: the Merkle root and inclusion proof over
/// the whole log (their cost grows with the log, so they are the server's
/// algorithm rather than a fixed price per signature), and the sharing of
/// one checkpoint signature by a larger batch (which lets the server go
/// above this ceiling).
pub fn signature_crypto(threads: usize, window: Window) -> anyhow::Result<f64> {
    use caucus_core::log::checkpoint::{origin, sign_checkpoint, Checkpoint};
    use caucus_core::log::entry::{withdrawal_hash, Entry, SignatureKind};
    use caucus_core::log::merkle::leaf_hash;
    use rand::RngCore;

    let (keys, _) = organisers();
    let invites = InviteCycle::new(&keys[0]);
    let id = invites.id;
    let server_key = caucus_core::ServerKey::generate(&mut OsRng);
    // The server's own per-campaign keys, in a scratch directory.
    let dir = tempfile::tempdir()?;
    let campaign_keys = caucus_server::store::campaign_keys::CampaignKeys::new(dir.path());
    campaign_keys.create(&id)?;
    per_second(threads, window, |i| {
        let invite = invites.verified(i)?;
        std::hint::black_box(campaign_keys.spend_record(&id, &invite.spend_tag(&id))?);
        let mut secret = [0u8; 32];
        OsRng.fill_bytes(&mut secret);
        let entry = Entry::Signature {
            kind: SignatureKind::Anonymous,
            commitment: None,
            withdrawal_sha256: withdrawal_hash(&secret),
        }
        .to_bytes()
        .ok_or_else(|| anyhow!("signature entry"))?;
        let checkpoint = Checkpoint {
            origin: origin(&id),
            size: i + 1,
            root: leaf_hash(&entry),
            extensions: Vec::new(),
        };
        let note = sign_checkpoint(&checkpoint, &server_key).map_err(|e| anyhow!("{e}"))?;
        std::hint::black_box(note.to_text());
        Ok(())
    })
}

/// (c) The crypto of one ticket issuance alone: parse and verify the
/// invite (as for a submission), its spend record's HMAC, and the VOPRF
/// evaluation of the blinded request with its DLEQ proof (RFC 9578 section
/// 5.2), through the same campaign keys and issuer the server uses.
pub fn issuance_crypto(threads: usize, window: Window) -> anyhow::Result<f64> {
    let (keys, _) = organisers();
    let invites = InviteCycle::new(&keys[0]);
    let id = invites.id;
    let dir = tempfile::tempdir()?;
    let campaign_keys = caucus_server::store::campaign_keys::CampaignKeys::new(dir.path());
    campaign_keys.create(&id)?;
    let issuer = campaign_keys.issuer(&id)?;
    let challenge = TokenChallenge::for_campaign("127.0.0.1:8080", &id);
    let (_, request) = PendingTicket::new(&challenge, issuer.public(), &mut OsRng)?;
    per_second(threads, window, |i| {
        let invite = invites.verified(i)?;
        std::hint::black_box(campaign_keys.spend_record(&id, &invite.spend_tag(&id))?);
        std::hint::black_box(issuer.issue(&request, &mut OsRng)?);
        Ok(())
    })
}

/// (d) The crypto of one ticket-backed answer alone: parse and check the
/// ticket (the VOPRF evaluation of its input, RFC 9578 section 5.4), its
/// spend record's HMAC, and the sealing of the answers to three
/// organisers, as for an invite.
pub fn redemption_crypto(threads: usize, window: Window) -> anyhow::Result<f64> {
    let (_, public) = organisers();
    let id = CampaignId::random(&mut OsRng);
    let dir = tempfile::tempdir()?;
    let campaign_keys = caucus_server::store::campaign_keys::CampaignKeys::new(dir.path());
    campaign_keys.create(&id)?;
    let issuer = campaign_keys.issuer(&id)?;
    let challenge = TokenChallenge::for_campaign("127.0.0.1:8080", &id);
    let tickets: Vec<String> = (0..256)
        .map(|_| issuer.mint(&challenge, &mut OsRng).map(|t| t.encode()))
        .collect::<Result<_, _>>()?;
    let answers = answers()?;
    per_second(threads, window, |i| {
        let token = Token::parse(&tickets[(i % tickets.len() as u64) as usize])?;
        issuer.check(&token, &challenge)?;
        std::hint::black_box(campaign_keys.spend_record(&id, &token.spend_name())?);
        let sealed = SealedResponse::seal(&answers, &id, &public, &mut OsRng)?;
        std::hint::black_box(sealed);
        Ok(())
    })
}

/// (b) HPKE opening: one organiser opening sealed answer sets, as a tally
/// does for every stored response.
pub fn open(threads: usize, window: Window) -> anyhow::Result<f64> {
    let (keys, public) = organisers();
    let id = CampaignId::random(&mut OsRng);
    let answers = answers()?;
    let sealed: Vec<SealedResponse> = (0..256)
        .map(|_| SealedResponse::seal(&answers, &id, &public, &mut OsRng))
        .collect::<Result<_, _>>()?;
    per_second(threads, window, |i| {
        let opened = sealed[(i % sealed.len() as u64) as usize].open(&id, &keys[0])?;
        if opened != answers {
            bail!("opened answers differ from the sealed ones");
        }
        Ok(())
    })
}

/// One queued write and where to send its acknowledgement.
type Job = (Vec<u8>, Vec<u8>, SyncSender<()>);

/// (c) sled single-key writes made durable by group commit, the way the
/// server's commit thread does it: one writer takes whatever is queued,
/// applies it as one batch, flushes, fsyncs sled's data file, and only then
/// acknowledges. `writers` client threads each insert a ~1 KiB value under
/// a fresh random key and wait for the acknowledgement.
pub fn sled_durable(writers: usize, window: Window) -> anyhow::Result<f64> {
    let dir = tempfile::tempdir().context("temporary directory")?;
    let path = dir.path().join("sled");
    // Opened as the server opens its store (segment size and cache), so
    // the log behaves alike.
    let db = caucus_server::store::open_database(&path, caucus_server::store::SEGMENT_SIZE)?;
    let tree = db.open_tree("ballots")?;
    let data_file = File::open(path.join("db")).context("opening sled's data file")?;
    let (queue, jobs) = sync_channel::<Job>(8192);
    let committer = std::thread::spawn(move || commit(db, tree, data_file, jobs));
    let measured = per_second(writers, window, |_| {
        let mut key = [0u8; 32];
        rand::RngCore::fill_bytes(&mut OsRng, &mut key);
        let mut value = vec![0u8; 1024];
        rand::RngCore::fill_bytes(&mut OsRng, &mut value);
        let (ack, acked) = sync_channel(1);
        queue
            .send((key.to_vec(), value, ack))
            .map_err(|_| anyhow!("the commit thread stopped"))?;
        acked
            .recv()
            .map_err(|_| anyhow!("the commit thread failed a write"))
    });
    // Closing the queue ends the commit thread.
    drop(queue);
    let committed = committer
        .join()
        .map_err(|_| anyhow!("the commit thread panicked"))?;
    let measured = measured?;
    committed?;
    Ok(measured)
}

fn commit(
    db: sled::Db,
    tree: sled::Tree,
    data_file: File,
    jobs: Receiver<Job>,
) -> anyhow::Result<()> {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        while batch.len() < 512 {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let mut writes = sled::Batch::default();
        for (key, value, _) in &batch {
            writes.insert(key.as_slice(), value.as_slice());
        }
        tree.apply_batch(writes)?;
        db.flush()?;
        data_file.sync_data().context("fsync of sled's data file")?;
        for (_, _, ack) in batch {
            let _ = ack.send(());
        }
    }
    Ok(())
}

/// (d) A bare actix-web handler answering "ok", in this process on
/// 127.0.0.1:0, driven like the real server (64 keep-alive connections).
pub fn actix_bare(connections: usize, window: Window) -> anyhow::Result<Outcome> {
    use actix_web::{web, App, HttpResponse, HttpServer};
    type Bound = anyhow::Result<(SocketAddr, actix_web::dev::ServerHandle)>;
    let (sender, bound) = sync_channel::<Bound>(1);
    let thread = std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let bound = HttpServer::new(|| {
                App::new().route(
                    "/",
                    web::get().to(|| async { HttpResponse::Ok().body("ok") }),
                )
            })
            .bind("127.0.0.1:0");
            let server = match bound {
                Ok(server) => server,
                Err(err) => {
                    let _ = sender.send(Err(err.into()));
                    return Ok(());
                }
            };
            let Some(addr) = server.addrs().first().copied() else {
                let _ = sender.send(Err(anyhow!("bound to no address")));
                return Ok(());
            };
            let running = server.run();
            let _ = sender.send(Ok((addr, running.handle())));
            running.await
        })
    });
    let (addr, handle) = bound
        .recv()
        .map_err(|_| anyhow!("the actix server thread stopped"))??;
    let request = format!("GET / HTTP/1.1\r\nHost: {addr}\r\n\r\n").into_bytes();
    let outcome = client::run(addr, connections, window, Pace::Closed, 200, || {
        Some(request.clone())
    });
    actix_web::rt::System::new().block_on(handle.stop(true));
    let served: std::io::Result<()> = thread
        .join()
        .map_err(|_| anyhow!("the actix server thread panicked"))?;
    served?;
    outcome
}
