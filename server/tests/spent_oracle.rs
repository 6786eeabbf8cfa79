//! No oracle for "was this invite used?". Whoever holds a code (or has
//! copied one off a colleague's slip) must not be able to poll the server,
//! as often as they like, to learn whether and when its holder answered or
//! signed. A page view never says; only a real submission, which then
//! spends an unspent code, does. Every GET route answers a spent and an
//! unspent code alike, and so does a submission that could not be stored
//! anyway (invalid answers, a closed statement).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use common::*;
use serde_json::json;

const OPEN: &str = "title = \"Open\"\nbody = \"Sign.\"\nreveal_at = 3\n";
const CLOSED: &str = "title = \"Closed\"\nbody = \"Over.\"\ncloses = \"2020-01-01\"\n";

/// A page with its invite code replaced, to compare two pages that differ
/// only by the code they were asked with.
fn without(code: &str, (status, body): (u16, String)) -> (u16, String) {
    (status, body.replace(code, "CODE"))
}

fn get(url: &str) -> (u16, String) {
    call(agent().get(url).call())
}

#[test]
fn a_spent_and_an_unspent_code_look_the_same_on_every_get_route() {
    let f = Fixture::new();
    let base = f.base();
    let mut codes = f.invites(2);
    let (spent, unspent) = (codes.remove(0), codes.remove(0));
    let (status, _) = submit(base, &f.id, &spent, &answers("Operations", 2, ""));
    assert_eq!(status, 201);

    let st = create_statement(&f.server, &f.key_path, OPEN);
    let mut st_codes = invites(&f.key, &st, 2);
    let (st_spent, st_unspent) = (st_codes.remove(0), st_codes.remove(0));
    let (status, _) = call(
        agent()
            .post(&format!("{base}/api/v1/statements/{st}/signatures"))
            .send_json(json!({"anonymous": true, "invite": st_spent})),
    );
    assert_eq!(status, 201);
    let closed = create_statement(&f.server, &f.key_path, CLOSED);
    let closed_codes = invites(&f.key, &closed, 2);

    let routes = [
        (format!("{base}/s/{}?invite=", f.id), &spent, &unspent),
        (format!("{base}/st/{st}?invite="), &st_spent, &st_unspent),
        (
            format!("{base}/st/{closed}?invite="),
            &closed_codes[0],
            &closed_codes[1],
        ),
    ];
    for (route, spent, unspent) in &routes {
        // Many polls, as the review ran them: never a 409, never a 429.
        for _ in 0..300 {
            let a = without(spent, get(&format!("{route}{spent}")));
            let b = without(unspent, get(&format!("{route}{unspent}")));
            assert_eq!(a.0, b.0, "{route}: statuses differ");
            assert_eq!(a.1, b.1, "{route}: pages differ");
            assert_eq!(a.0, 200, "{route}: {}", a.1);
        }
    }
}

#[test]
fn a_submission_that_stores_nothing_does_not_tell_either() {
    let f = Fixture::new();
    let base = f.base();
    let mut codes = f.invites(2);
    let (spent, unspent) = (codes.remove(0), codes.remove(0));
    assert_eq!(
        submit(base, &f.id, &spent, &answers("Operations", 2, "")).0,
        201
    );
    // Answers that do not fit the survey: refused before the invite is
    // looked up, so the answer is the same whether it was used or not.
    let a = submit(base, &f.id, &spent, &json!({}));
    let b = submit(base, &f.id, &unspent, &json!({}));
    assert_eq!(a.0, 422, "{:?}", a.1);
    assert_eq!(a, b);
    let form = |code: &str| {
        without(
            code,
            call(
                agent()
                    .post(&format!("{base}/s/{}", f.id))
                    .send_form(&[("invite", code)]),
            ),
        )
    };
    assert_eq!(form(&spent), form(&unspent));

    // A statement whose signing has closed says only that.
    let closed = create_statement(&f.server, &f.key_path, CLOSED);
    let closed_codes = invites(&f.key, &closed, 1);
    let sign = |body: serde_json::Value| {
        call(
            agent()
                .post(&format!("{base}/api/v1/statements/{closed}/signatures"))
                .send_json(body),
        )
    };
    let (status, body) = sign(json!({"anonymous": true, "invite": closed_codes[0]}));
    assert_eq!(status, 410, "{body}");

    // The spent code still counts as spent where it is really used.
    let (status, body) = submit(base, &f.id, &spent, &answers("Operations", 2, ""));
    assert_eq!(status, 409, "{body:?}");
    assert_eq!(
        submit(base, &f.id, &unspent, &answers("Operations", 2, "")).0,
        201
    );
}
