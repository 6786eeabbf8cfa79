//! What the cross-release check costs on a large system, recorded in
//! docs/performance.md:
//! `cargo run --release -p caucus-core --example release_check_cost`.
//!
//! Three releases at 1000, 2000 and 3000 responses, by `a`, by `b` and by
//! both (two optional breakdowns of 9 options: 100 groups), of a question
//! with 9 options; the answers come from a fixed pseudo-random sequence.

use caucus_core::release::{check, Earlier};
use caucus_core::tally::Tally;
use caucus_core::Survey;
use serde_json::json;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn main() -> Result<()> {
    let mut text = String::from("title = \"t\"\nmin_group = 5\n");
    for id in ["a", "b", "q"] {
        let options: Vec<String> = (0..9).map(|i| format!("\"{id}{i}\"")).collect();
        let breakdown = if id == "q" {
            ""
        } else {
            "breakdown = true\nrequired = false\n"
        };
        text.push_str(&format!(
            "[[question]]\nid = \"{id}\"\nkind = \"single\"\noptions = [{}]\n{breakdown}prompt = \"p\"\n",
            options.join(",")
        ));
    }
    let survey = Survey::from_toml(&text)?;
    let mut seed = 12345u64;
    let mut pick = |m: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % m
    };
    let people: Vec<serde_json::Value> = (0..3000)
        .map(|_| {
            json!({"a": format!("a{}", pick(9)), "b": format!("b{}", pick(9)), "q": format!("q{}", pick(9))})
        })
        .collect();
    let release = |n: usize, by: &[&str]| -> Result<_> {
        let mut tally = Tally::new(&survey, by)?;
        for person in &people[..n] {
            tally.add(
                &survey
                    .validate_answers(person)
                    .map_err(|e| format!("{e:?}"))?,
            );
        }
        Ok(tally.report("id"))
    };
    let first = release(1000, &["a"])?;
    let second = release(2000, &["b"])?;
    let third = release(3000, &["a", "b"])?;
    let earlier = [
        Earlier {
            seq: 1,
            report: &first,
        },
        Earlier {
            seq: 2,
            report: &second,
        },
    ];
    let started = std::time::Instant::now();
    let result = check(&survey, &earlier, &third);
    println!(
        "release check: {:?} ({})",
        started.elapsed(),
        if result.is_ok() {
            "accepted"
        } else {
            "refused"
        }
    );
    Ok(())
}
