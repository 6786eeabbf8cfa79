//! Offline commands on exported files: `caucus redact` (comment edits
//! before anything is published) and `caucus verify-export` (check a
//! detached signature). Neither talks to a server.

use std::io::Write;
use std::path::Path;

use anyhow::{anyhow, Context};
use caucus_core::redact::Redactions;
use caucus_core::report::Report;

use crate::args::{RedactOptions, VerifyExportOptions};
use crate::{export_signature, load_key, report};

fn read_text(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

/// Apply edits to a JSON report and write it in the chosen format. The
/// counts are untouched, so this makes no new release of them.
pub fn redact(options: &RedactOptions, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut parsed: Report =
        serde_json::from_str(&read_text(&options.report)?).with_context(|| {
            format!(
                "{}: not a JSON report from `caucus tally`",
                options.report.display()
            )
        })?;
    let edits = Redactions::from_toml(&read_text(&options.edits)?)
        .with_context(|| format!("{}", options.edits.display()))?;
    let done = edits.apply(&mut parsed)?;
    eprintln!("{} comments removed, {} edited", done.removed, done.edited);
    let text = report::render(&parsed, options.format)?;
    match &options.out {
        Some(path) => {
            crate::write_private(path, text.as_bytes())?;
            eprintln!("wrote {}", path.display());
            if let Some(key_path) = &options.sign_with {
                let key = load_key(key_path)?;
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let signature = export_signature::sign(&key, &name, text.as_bytes())?;
                let signature_path = export_signature::signature_path(path);
                crate::write_private(&signature_path, signature.as_bytes())?;
                eprintln!("wrote {}", signature_path.display());
            }
        }
        None => out
            .write_all(text.as_bytes())
            .context("writing the report")?,
    }
    Ok(())
}

/// Check a detached signature; any failure is an error (exit status 1).
pub fn verify_export(options: &VerifyExportOptions, out: &mut dyn Write) -> anyhow::Result<()> {
    let contents = std::fs::read(&options.file)
        .with_context(|| format!("reading {}", options.file.display()))?;
    let signature_path = options
        .signature
        .clone()
        .unwrap_or_else(|| export_signature::signature_path(&options.file));
    let signature = read_text(&signature_path)?;
    // A key may be given inline or as a file holding it.
    let pubkey = if Path::new(&options.pubkey).is_file() {
        read_text(Path::new(&options.pubkey))?
    } else {
        options.pubkey.clone()
    };
    let verified = export_signature::verify(&contents, &signature, pubkey.trim())
        .map_err(|e| anyhow!("{}: {e}", options.file.display()))?;
    writeln!(
        out,
        "{}: good signature by key {} ({})",
        options.file.display(),
        verified.key_id_hex(),
        verified.trusted_comment
    )?;
    Ok(())
}
