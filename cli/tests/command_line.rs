//! The `caucus` binary as people run it: exit codes (0 success, 1 the
//! command failed, 2 usage error), and messages that name what is wrong —
//! the argument, the file, or the server at the other end.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::Command;

use caucus::export_signature;
use caucus_core::OrganiserKey;

/// A campaign id of the right shape; no server here knows it.
const ID: &str = "AAAAAAAAAAAAAAAAAAAAAA";

/// Run the binary; (exit code, stdout, stderr).
fn caucus(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_caucus"));
    command
        .args(args)
        .env_remove("CAUCUS_SERVER")
        .env_remove("CAUCUS_KEY")
        .env_remove("CAUCUS_STATE");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("run caucus");
    (
        output.status.code().expect("exit code"),
        String::from_utf8(output.stdout).expect("utf8"),
        String::from_utf8(output.stderr).expect("utf8"),
    )
}

fn organiser() -> OrganiserKey {
    OrganiserKey::generate(&mut rand::rngs::OsRng)
}

#[test]
fn a_server_url_without_http_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let state = dir.path().join("state");
    let state = state.to_str().expect("utf8");
    for (args, env) in [
        (
            vec!["verify", ID, "--server", "127.0.0.1:8080", "--state", state],
            vec![],
        ),
        (
            vec![
                "close",
                ID,
                "--server",
                "127.0.0.1:8080",
                "--key",
                "none.key",
            ],
            vec![],
        ),
        (
            vec!["survey", "status", ID, "--key", "none.key"],
            vec![("CAUCUS_SERVER", "127.0.0.1:8080")],
        ),
    ] {
        let (code, _, stderr) = caucus(&args, &env);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains("--server"), "{stderr}");
        assert!(
            stderr.contains("http://127.0.0.1:8080"),
            "the message shows the fix: {stderr}"
        );
    }
    for bad in ["ftp://example.org", "http://", "http://example.org/?x=1"] {
        let (code, _, stderr) = caucus(&["verify", ID, "--server", bad, "--state", state], &[]);
        assert_eq!(code, 2, "{bad}: {stderr}");
        assert!(stderr.contains("--server"), "{stderr}");
    }
    // A well-formed URL where nobody listens is a failure, not a usage error.
    let closed = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", closed.local_addr().expect("addr"));
    drop(closed);
    let (code, _, stderr) = caucus(&["verify", ID, "--server", &url, "--state", state], &[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("cannot reach"), "{stderr}");
}

#[test]
fn help_says_what_caucus_is_for_and_its_exit_codes() {
    let (code, stdout, stderr) = caucus(&["--help"], &[]);
    assert_eq!(code, 0, "{stderr}");
    let about = stdout.lines().next().expect("about line");
    assert!(about.contains("surveys"), "{about}");
    assert!(about.contains("collective statements"), "{about}");
    assert!(stdout.contains("Exit codes"), "{stdout}");
    let (code, stdout, _) = caucus(&["-h"], &[]);
    assert_eq!(code, 0);
    assert!(stdout.contains("collective statements"), "{stdout}");
}

/// An export, its signature by `signer`, in `dir`: returns the export's path.
fn signed_export(dir: &Path, signer: &OrganiserKey) -> String {
    let path = dir.join("results.csv");
    let contents = b"question,answer,count\nconsent,1,12\nconsent,2,7\n";
    std::fs::write(&path, contents).expect("export");
    let signature = export_signature::sign(signer, "results.csv", contents).expect("signature");
    std::fs::write(export_signature::signature_path(&path), signature).expect("signature file");
    path.to_str().expect("utf8").to_string()
}

#[test]
fn verify_export_names_the_bad_argument() {
    let dir = tempfile::tempdir().expect("tempdir");
    let signer = organiser();
    let export = signed_export(dir.path(), &signer);
    let signer_public = signer.public().to_string();

    let (code, stdout, stderr) =
        caucus(&["verify-export", &export, "--pubkey", &signer_public], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("good signature"), "{stdout}");

    // Not a key at all: the README's placeholder, copied as it is, a
    // truncated key, a path that is not there. A usage error about
    // --pubkey, which says nothing against the export.
    let truncated = &signer_public[..signer_public.len() - 4];
    for bad in ["caucus-org1:...", truncated, "keys/organiser.pub"] {
        let (code, _, stderr) = caucus(&["verify-export", &export, "--pubkey", bad], &[]);
        assert_eq!(code, 2, "{bad}: {stderr}");
        assert!(stderr.contains("--pubkey"), "{stderr}");
        assert!(
            !stderr.contains("results.csv"),
            "the file is not to blame: {stderr}"
        );
    }

    // The secret key file instead of its public key: say which line to use.
    let key_file = dir.path().join("organiser.key");
    std::fs::write(&key_file, signer.to_file_text()).expect("key file");
    let (code, _, stderr) = caucus(
        &[
            "verify-export",
            &export,
            "--pubkey",
            key_file.to_str().expect("utf8"),
        ],
        &[],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("# public:"), "{stderr}");
    assert!(stderr.contains(&signer_public), "{stderr}");

    // A real key that did not sign it: the check fails (1), and the
    // message points at --pubkey, not at a changed file.
    let other = organiser().public().to_string();
    let (code, _, stderr) = caucus(&["verify-export", &export, "--pubkey", &other], &[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("--pubkey"), "{stderr}");
    assert!(stderr.contains("not signed by"), "{stderr}");
    assert!(!stderr.contains("changed"), "{stderr}");

    // A changed file is the file's fault.
    std::fs::write(&export, b"question,answer,count\nconsent,1,99\n").expect("tamper");
    let (code, _, stderr) = caucus(&["verify-export", &export, "--pubkey", &signer_public], &[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("results.csv"), "{stderr}");
    assert!(stderr.contains("changed"), "{stderr}");
    assert!(!stderr.contains("--pubkey"), "{stderr}");
}

/// A web server that is not caucus: answers every request with `status`
/// and a small HTML page. Returns its base URL.
fn other_web_server(status: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            // Read the request head; its body, if any, is ignored.
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).is_ok_and(|n| n == 1) {
                head.push(byte[0]);
            }
            let body = "<html><body>Welcome to our intranet</body></html>";
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    base
}

#[test]
fn a_server_that_is_not_caucus_is_named_as_such() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = dir.path().join("organiser.key");
    let (code, _, stderr) = caucus(&["keygen", "--out", key.to_str().expect("utf8")], &[]);
    assert_eq!(code, 0, "{stderr}");
    let key = key.to_str().expect("utf8");
    let state = dir.path().join("state");
    let state = state.to_str().expect("utf8");
    for status in ["404 Not Found", "200 OK"] {
        let base = other_web_server(status);
        for args in [
            vec!["verify", ID, "--server", &base, "--state", state],
            vec!["survey", "status", ID, "--server", &base, "--key", key],
            vec![
                "invites", ID, "--count", "2", "--server", &base, "--key", key,
            ],
        ] {
            let (code, _, stderr) = caucus(&args, &[]);
            assert_eq!(code, 1, "{args:?}: {stderr}");
            assert!(
                stderr.contains(&format!("this is not a caucus server (at {base})")),
                "{status}, {args:?}: {stderr}"
            );
            assert!(!stderr.contains("no details"), "{stderr}");
        }
    }
}
