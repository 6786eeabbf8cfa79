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
    let text = report::render(&parsed, options.format, options.lang, None)?;
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

/// `--pubkey` as the command line gives it: a key, or a file holding one.
/// Read and checked while the arguments are parsed, so that a mistyped or
/// truncated key is a usage error (exit 2) that names `--pubkey`, and is
/// never blamed on the file being checked. Returns the key's text.
pub fn read_public_key(arg: &str) -> Result<String, String> {
    const EXPECTED: &str = "expected an organiser's `caucus-org1:` key (the `# public:` line of \
                            its key file), a minisign public key, or a file holding either";
    let path = Path::new(arg);
    if !path.is_file() {
        if export_signature::check_public_key(arg).is_ok() {
            return Ok(arg.trim().to_string());
        }
        if arg.contains('/') || arg.ends_with(".pub") || arg.ends_with(".key") {
            return Err(format!(
                "`{arg}` is neither a public key nor a file here; {EXPECTED}"
            ));
        }
        return Err(format!("`{arg}` is not a public key; {EXPECTED}"));
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {arg}: {e}"))?;
    if let Ok(key) = OrganiserKey::from_file_text(&text) {
        // Only its public half is needed; say so rather than use the
        // secret, which should not travel to whoever checks an export.
        return Err(format!(
            "{arg} is an organiser's secret key file, not a public key: give the key on its \
             `# public:` line instead ({})",
            key.public()
        ));
    }
    match export_signature::check_public_key(&text) {
        Ok(()) => Ok(text.trim().to_string()),
        Err(_) => Err(format!("{arg} holds no public key; {EXPECTED}")),
    }
}

/// Check a detached signature; any failure is an error (exit status 1),
/// and its message names what to suspect: the file, its signature, or the
/// key it was checked against.
pub fn verify_export(options: &VerifyExportOptions, out: &mut dyn Write) -> anyhow::Result<()> {
    use export_signature::ExportSignatureError as Refused;
    let contents = std::fs::read(&options.file)
        .with_context(|| format!("reading {}", options.file.display()))?;
    let signature_path = options
        .signature
        .clone()
        .unwrap_or_else(|| export_signature::signature_path(&options.file));
    let signature = read_text(&signature_path)?;
    let verified =
        export_signature::verify(&contents, &signature, &options.pubkey).map_err(|e| match e {
            Refused::KeyIdMismatch {
                signed_by,
                expected,
            } => anyhow!(
                "{} was not signed by the key given as --pubkey: its signature is by key id \
                 {signed_by}, --pubkey is key id {expected}. Check that --pubkey is the key the \
                 organisers published",
                options.file.display()
            ),
            Refused::MalformedPublicKey => anyhow!("--pubkey: {e}"),
            Refused::MalformedSignature(_)
            | Refused::UnknownAlgorithm(_)
            | Refused::GlobalSignatureMismatch => anyhow!("{}: {e}", signature_path.display()),
            Refused::SignatureMismatch => anyhow!("{}: {e}", options.file.display()),
        })?;
    writeln!(
        out,
        "{}: good signature by key {} ({})",
        options.file.display(),
        verified.key_id_hex(),
        verified.trusted_comment
    )?;
    Ok(())
}
