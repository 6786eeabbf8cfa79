//! The opening pipeline on real sealed responses, fed page by page from
//! memory: counts equal one tally's, and a failure on either side stops
//! both sides instead of hanging.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

use std::sync::mpsc;
use std::time::Duration;

use caucus_core::encoding::b64url;
use caucus_core::Survey;
use serde_json::json;

use super::*;

const SURVEY: &str = r#"
title = "t"
min_group = 3
[[question]]
id = "area"
kind = "single"
options = ["A", "B", "C"]
breakdown = true
prompt = "Area"
[[question]]
id = "comfort"
kind = "likert"
prompt = "Comfort"
[[question]]
id = "note"
kind = "text"
prompt = "Note"
"#;

struct Box {
    survey: Survey,
    id: CampaignId,
    key: OrganiserKey,
}

impl Box {
    fn new() -> Self {
        let mut rng = rand::rngs::OsRng;
        Self {
            survey: Survey::from_toml(SURVEY).expect("survey"),
            id: CampaignId::random(&mut rng),
            key: OrganiserKey::generate(&mut rng),
        }
    }

    fn answers(&self, n: usize) -> caucus_core::survey::Answers {
        let area = ["A", "B", "C"][n % 3];
        let note = format!("note {}", n % 7);
        self.survey
            .validate_answers(&json!({"area": area, "comfort": n % 5 + 1, "note": note}))
            .expect("valid")
    }

    /// Response `n`, sealed to `to`, as the server sends it.
    fn sealed(&self, n: usize, to: &OrganiserKey) -> String {
        let sealed = SealedResponse::seal(
            &self.answers(n),
            &self.id,
            std::slice::from_ref(to.public()),
            &mut rand::rngs::OsRng,
        )
        .expect("seal");
        b64url(&sealed.0)
    }

    fn tallies(&self, workers: usize) -> Vec<Tally> {
        (0..workers)
            .map(|_| {
                Tally::new(&self.survey, &["area"])
                    .expect("tally")
                    .with_text()
            })
            .collect()
    }

    fn open(
        &self,
        workers: usize,
        bar: &ProgressBar,
        download: impl FnOnce(&mut dyn FnMut(Vec<String>) -> anyhow::Result<()>) -> anyhow::Result<()>,
    ) -> anyhow::Result<Opened> {
        let opener = Opener {
            id: &self.id,
            key: &self.key,
        };
        open_all(opener, self.tallies(workers), bar, download)
    }
}

/// Hand `texts` over in pages of `size`.
fn pages(
    texts: &[String],
    size: usize,
) -> impl FnOnce(&mut dyn FnMut(Vec<String>) -> anyhow::Result<()>) -> anyhow::Result<()> + '_ {
    move |each| {
        for page in texts.chunks(size) {
            each(page.to_vec())?;
        }
        Ok(())
    }
}

/// Run `f` on its own thread and fail, rather than hang, if it has not
/// returned within a minute.
fn bounded<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(f());
    });
    match result.recv_timeout(Duration::from_secs(60)) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("opening hung instead of ending"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("the test thread failed"),
    }
}

/// Comment order is not part of what a report promises.
fn sorted(mut report: caucus_core::report::Report) -> caucus_core::report::Report {
    for question in &mut report.questions {
        if let Some(comments) = &mut question.comments {
            comments.sort_by(|a, b| a.id.cmp(&b.id));
        }
    }
    report
}

#[test]
fn workers_count_what_one_tally_counts() {
    bounded(count_with_one_and_three_workers);
}

fn count_with_one_and_three_workers() {
    let ballot = Box::new();
    let stranger = OrganiserKey::generate(&mut rand::rngs::OsRng);
    let mut texts: Vec<String> = (0..400).map(|n| ballot.sealed(n, &ballot.key)).collect();
    // Damaged and sealed-to-someone-else responses, spread over the pages.
    let mut damaged = from_b64(&texts[10]);
    let last = damaged.len() - 1;
    damaged[last] ^= 1;
    texts.insert(150, b64url(&damaged));
    texts.insert(300, ballot.sealed(0, &stranger));
    texts.insert(301, ballot.sealed(1, &stranger));
    let mut one = Tally::new(&ballot.survey, &["area"])
        .expect("tally")
        .with_text();
    for n in 0..400 {
        one.add(&ballot.answers(n));
    }
    // Pages of 97 cross chunk boundaries at odd places; 3 workers on any
    // machine, so work is shared whatever the core count.
    for workers in [1, 3] {
        let bar = ProgressBar::hidden();
        let opened = ballot
            .open(workers, &bar, pages(&texts, 97))
            .expect("opened");
        assert_eq!(opened.tally.responses(), 400, "{workers} workers");
        assert_eq!(opened.unreadable, 3, "{workers} workers");
        assert_eq!(bar.position(), 403, "every response moves the bar");
        assert_eq!(
            sorted(opened.tally.report("id")),
            sorted(one.report("id")),
            "{workers} workers"
        );
    }
}

fn from_b64(text: &str) -> Vec<u8> {
    caucus_core::encoding::from_b64url(text).expect("b64")
}

#[test]
fn a_key_that_opens_nothing_is_refused() {
    let refused = bounded(|| {
        let ballot = Box::new();
        let stranger = OrganiserKey::generate(&mut rand::rngs::OsRng);
        let texts: Vec<String> = (0..5).map(|n| ballot.sealed(n, &stranger)).collect();
        ballot.open(2, &ProgressBar::hidden(), pages(&texts, 2))
    })
    .err()
    .expect("no response opens");
    assert!(
        refused
            .to_string()
            .contains("opens none of the 5 responses"),
        "{refused}"
    );
}

#[test]
fn a_failed_download_stops_the_workers_and_is_returned() {
    let failed = bounded(|| {
        let ballot = Box::new();
        let texts: Vec<String> = (0..300).map(|n| ballot.sealed(n, &ballot.key)).collect();
        ballot.open(2, &ProgressBar::hidden(), move |each| {
            for page in texts.chunks(100) {
                each(page.to_vec())?;
            }
            Err(anyhow!("connection reset by peer"))
        })
    });
    let error = failed.err().expect("the download failed");
    assert_eq!(error.to_string(), "connection reset by peer");
}

#[test]
fn a_worker_that_fails_stops_the_download() {
    let (failed, offered) = bounded(|| {
        let ballot = Box::new();
        let valid = ballot.sealed(0, &ballot.key);
        let mut offered = 0u32;
        // A download that never ends unless told to stop.
        let failed = ballot.open(2, &ProgressBar::hidden(), |each| {
            for n in 0..10_000u32 {
                offered += 1;
                let mut page = vec![valid.clone(); 20];
                if n == 3 {
                    page[7] = "not base64url!".to_string();
                }
                each(page)?;
            }
            Err(anyhow!("the download was never stopped"))
        });
        (failed, offered)
    });
    let error = failed.err().expect("a response was malformed");
    assert_eq!(error.to_string(), "malformed sealed response");
    assert!(
        offered < 50,
        "{offered} pages offered after a worker failed"
    );
}
