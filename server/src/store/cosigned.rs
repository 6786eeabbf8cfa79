//! Witness cosignatures as stored: each named witness's latest one, kept
//! apart from the log's own checkpoint, and the notes served from them.
//!
//! Nothing stored here is a note that later has to be parsed and grown:
//! the served checkpoint and the witnessed one are put together from these
//! pieces by plain concatenation whenever a batch is published. So however
//! many requests arrive, a stored value can never become an artifact that
//! fails to build and stops the writer, and a served note carries the
//! log's signature plus at most one cosignature per named witness
//! ([`caucus_core::log::witnesses::MAX_WITNESSES`]).

use serde::{Deserialize, Serialize};

/// One named witness's latest cosignature.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cosigned {
    /// The checkpoint note it cosigned, as the log signed it (the log's
    /// signature line only).
    pub checkpoint: String,
    /// That checkpoint's tree size.
    pub size: u64,
    /// The witness's signature line, `— <name> <base64>`, without its
    /// newline.
    pub line: String,
}

impl Cosigned {
    /// The checkpoint with this one cosignature: what a verifier needs to
    /// check this witness alone.
    pub fn note(&self) -> String {
        format!("{}{}\n", self.checkpoint, self.line)
    }
}

/// `log_note` with the cosignatures of every named witness whose latest
/// cosignature is over exactly this note, in the header's order.
pub fn with_cosignatures(log_note: &str, cosigned: &[Option<Cosigned>]) -> String {
    let mut out = log_note.to_string();
    for c in cosigned.iter().flatten() {
        if c.checkpoint == log_note {
            out.push_str(&c.line);
            out.push('\n');
        }
    }
    out
}

/// The largest checkpoint any named witness cosigned, with every named
/// witness's cosignature over it.
pub fn witnessed(cosigned: &[Option<Cosigned>]) -> Option<String> {
    let largest = cosigned.iter().flatten().max_by_key(|c| c.size)?;
    Some(with_cosignatures(&largest.checkpoint, cosigned))
}

/// A stored checkpoint note without any cosignature lines: its text and
/// the log's own signature, which is always the first line after the
/// blank one. Servers before named witnesses stored cosignatures from
/// anyone in the same value, so this is how they are read now.
pub fn log_signature_only(note: &str) -> &str {
    let Some(blank) = note.find("\n\n") else {
        return note;
    };
    let signatures = blank + 2;
    match note[signatures..].find('\n') {
        Some(end) => &note[..signatures + end + 1],
        None => note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOG: &str = "origin\n2\nroot=\n\n\u{2014} origin AAAA\n";

    fn cosigned(checkpoint: &str, size: u64, name: &str) -> Option<Cosigned> {
        Some(Cosigned {
            checkpoint: checkpoint.to_string(),
            size,
            line: format!("\u{2014} {name} BBBB"),
        })
    }

    #[test]
    fn only_cosignatures_over_this_very_note_are_served_with_it() {
        let older = "origin\n1\nroot=\n\n\u{2014} origin CCCC\n";
        let list = [cosigned(LOG, 2, "a"), None, cosigned(older, 1, "b")];
        assert_eq!(
            with_cosignatures(LOG, &list),
            format!("{LOG}\u{2014} a BBBB\n")
        );
        assert_eq!(witnessed(&list), Some(format!("{LOG}\u{2014} a BBBB\n")));
        assert_eq!(witnessed(&[None, None]), None);
    }

    #[test]
    fn old_cosignature_lines_are_dropped_from_a_stored_checkpoint() {
        let old = format!("{LOG}\u{2014} stranger1 DDDD\n\u{2014} stranger2 EEEE\n");
        assert_eq!(log_signature_only(&old), LOG);
        assert_eq!(log_signature_only(LOG), LOG);
    }
}
