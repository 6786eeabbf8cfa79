//! The pages' one script, server/static/ticket.js, is exactly what
//! web/build.mjs makes from web/ticket.js and the packages locked in
//! web/package-lock.json: rebuilt here and compared byte for byte.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

use std::path::PathBuf;
use std::process::Command;

#[test]
fn the_committed_page_script_is_a_fresh_build_of_the_locked_packages() {
    let web = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../web");
    assert!(
        web.join("node_modules/esbuild").is_dir(),
        "the build tools are not installed: npm ci --prefix web"
    );
    let output = Command::new("node")
        .arg(web.join("build.mjs"))
        .arg("--check")
        .current_dir(&web)
        .output()
        .expect("node (Node.js 18 or later) runs");
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
