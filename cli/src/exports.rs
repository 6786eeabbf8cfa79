//! Offline commands on exported files: `caucus redact` (comment edits
//! before anything is published) and `caucus verify-export` (check a
//! detached signature). Neither talks to a server.

use std::io::Write;
use std::path::Path;

use anyhow::{anyhow, bail, Context};
use caucus_core::redact::Redactions;
use caucus_core::report::Report;
use caucus_core::OrganiserKey;

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
    let key = options.sign_with.as_deref().map(load_key).transpose()?;
    if let Some(path) = &options.out {
        refuse_taken(path, key.is_some())?;
    }
    write_export(&text, options.out.as_deref(), key.as_ref(), out)
}

/// Refuse an export whose file (or signature file) exists, before any
/// other work: `tally` must not register a release it cannot write.
pub fn refuse_taken(path: &Path, signed: bool) -> anyhow::Result<()> {
    let signature = signed.then(|| export_signature::signature_path(path));
    match std::iter::once(path.to_path_buf())
        .chain(signature)
        .find(|p| p.exists())
    {
        Some(taken) => bail!(
            "{} already exists; refusing to overwrite it",
            taken.display()
        ),
        None => Ok(()),
    }
}

/// Write an export to `path` (mode 0600, never overwriting) or to `out`,
/// and with `signer`, its detached signature next to it.
pub fn write_export(
    text: &str,
    path: Option<&Path>,
    signer: Option<&OrganiserKey>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let Some(path) = path else {
        return out.write_all(text.as_bytes()).context("writing the report");
    };
    crate::write_private(path, text.as_bytes())?;
    eprintln!("wrote {}", path.display());
    if let Some(key) = signer {
        // `sign` keeps only the file name, so no local directory leaks.
        let signature = export_signature::sign(key, &path.to_string_lossy(), text.as_bytes())?;
        let signature_path = export_signature::signature_path(path);
        crate::write_private(&signature_path, signature.as_bytes())?;
        eprintln!("wrote {}", signature_path.display());
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
