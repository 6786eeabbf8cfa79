//! The entries of a statement's log, and checking a whole log.
//!
//! Every entry is short ASCII text, one `key value` per line, so anyone can
//! read and recompute a log with ordinary tools. Leaf 0 is the header,
//! signed by an organiser key; then one entry per signature or withdrawal.
//! Personal text (name, role, comment) is never in the log: a named entry
//! holds only a salted commitment to it, so it can be erased while the log
//! stays verifiable. Each signature entry commits to the hash of a
//! withdrawal secret that only its signer holds; a withdrawal entry reveals
//! the secret, so anyone can check the server did not withdraw anyone
//! on its own.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::encoding::{b64url, fixed_b64url, from_hex, hex, is_hex_digest, sha256};
use crate::id::CampaignId;
use crate::keys::{OrganiserKey, OrganiserPublicKey, ServerPublicKey};
use crate::statement::{valid_date, Statement};
use crate::ticket::IssuerPublicKey;

use super::strike::{Strike, STRIKE};

const HEADER: &str = "caucus-statement/v1";
const SIGNATURE: &str = "caucus-signature/v1";
const WITHDRAWAL: &str = "caucus-withdrawal/v1";
const TICKET_KEY: &str = "caucus-ticket-key/v1";
const PERSONAL_DOMAIN: &[u8] = b"caucus-personal-v1\0";
const WITHDRAWAL_DOMAIN: &[u8] = b"caucus-withdrawal-v1\0";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SignatureKind {
    /// By name, backed by an invite.
    Named,
    /// Counted, backed by an invite, no name.
    Anonymous,
    /// By name without an invite (outside supporters), counted apart.
    Unverified,
}

impl SignatureKind {
    fn as_str(self) -> &'static str {
        match self {
            Self::Named => "named",
            Self::Anonymous => "anonymous",
            Self::Unverified => "unverified",
        }
    }
}

/// The header: leaf 0, fixing the statement's text and settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub statement: CampaignId,
    pub text_sha256: String,
    pub named: bool,
    pub anonymous: bool,
    pub invite_required_for_named: bool,
    pub reveal_at: u64,
    pub closes: Option<String>,
    pub organiser: OrganiserPublicKey,
    /// The key of the server that signs the log's checkpoints, as the
    /// organiser saw it when creating the statement, so verifiers need not
    /// take it on trust; absent in logs made before it was named.
    pub server_key: Option<ServerPublicKey>,
    /// The named witnesses' verifier keys (see [`crate::log::witnesses`]),
    /// one `witness` line each; none in logs made before witnesses were
    /// named, which read exactly as they did.
    pub witnesses: Vec<String>,
    /// The hash of the statement's text in each translation (language
    /// tag to hex SHA-256, as `text-sha256`), one `translation` line each;
    /// none for a statement in one language, whose header reads as before.
    pub translations: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Header(Box<Header>),
    Signature {
        kind: SignatureKind,
        /// Hex SHA-256 commitment to the personal text (not for anonymous).
        commitment: Option<String>,
        /// Hex SHA-256 of the signer's withdrawal secret.
        withdrawal_sha256: String,
    },
    Withdrawal {
        entry: u64,
        /// The revealed withdrawal secret.
        secret: [u8; 32],
    },
    /// A named signature struck by the header's organiser (see
    /// [`crate::log::strike`]).
    Strike(Box<Strike>),
    /// The statement's one blind-ticket issuer key (see [`crate::ticket`]),
    /// entry 1 of every log made since tickets exist: in the witnessed
    /// log, a second key for some signers would show as a fork.
    TicketKey(IssuerPublicKey),
}

/// What a check of a whole log found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogCounts {
    pub tree_size: u64,
    pub named: u64,
    pub anonymous: u64,
    pub unverified: u64,
    pub withdrawn: u64,
    /// Named signatures struck by the organisers, counted apart (not in
    /// `named` or `unverified`). Absent in records before strikes.
    #[serde(default)]
    pub struck: u64,
}

impl LogCounts {
    /// The counter a signature of `kind` adds to.
    pub fn of_kind(&mut self, kind: SignatureKind) -> &mut u64 {
        match kind {
            SignatureKind::Named => &mut self.named,
            SignatureKind::Anonymous => &mut self.anonymous,
            SignatureKind::Unverified => &mut self.unverified,
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("log entry {index}: {problem}")]
pub struct LogError {
    pub index: u64,
    pub problem: String,
}

fn bad(index: u64, problem: impl Into<String>) -> LogError {
    LogError {
        index,
        problem: problem.into(),
    }
}

/// The name, role and comment of a named signature, kept off the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonalText {
    pub name: String,
    pub role: Option<String>,
    pub comment: Option<String>,
}

impl PersonalText {
    /// Hex SHA-256(domain || salt || canonical JSON): hides the text until
    /// it is revealed, then proves it is what was signed.
    pub fn commitment(&self, salt: &[u8; 16]) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        hex(&sha256(&[PERSONAL_DOMAIN, salt, &json]))
    }
}

/// Hex SHA-256 of a withdrawal secret, as a signature entry records it.
pub fn withdrawal_hash(secret: &[u8; 32]) -> String {
    hex(&sha256(&[WITHDRAWAL_DOMAIN, secret]))
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

impl Header {
    pub fn new(
        statement: CampaignId,
        definition: &Statement,
        organiser: &OrganiserPublicKey,
    ) -> Self {
        Self {
            statement,
            text_sha256: definition.text_hash(),
            named: definition.named,
            anonymous: definition.anonymous,
            invite_required_for_named: definition.invite_required_for_named,
            reveal_at: definition.reveal_at,
            closes: definition.closes.clone(),
            organiser: organiser.clone(),
            server_key: None,
            witnesses: definition.witnesses.clone(),
            translations: definition.translation_hashes(),
        }
    }

    /// The same header, naming the server that signs the log.
    pub fn with_server_key(mut self, key: &ServerPublicKey) -> Self {
        self.server_key = Some(key.clone());
        self
    }

    fn unsigned_text(&self) -> String {
        let mut text = format!(
            "{HEADER}\nstatement {}\ntext-sha256 {}\nnamed {}\nanonymous {}\ninvite-required-for-named {}\nreveal-at {}\ncloses {}\norganiser {}\n",
            self.statement,
            self.text_sha256,
            yes_no(self.named),
            yes_no(self.anonymous),
            yes_no(self.invite_required_for_named),
            self.reveal_at,
            self.closes.as_deref().unwrap_or("never"),
            self.organiser,
        );
        if let Some(key) = &self.server_key {
            text.push_str(&format!("server-key {key}\n"));
        }
        for witness in &self.witnesses {
            text.push_str(&format!("witness {witness}\n"));
        }
        for (code, hash) in &self.translations {
            text.push_str(&format!("translation {code} {hash}\n"));
        }
        text
    }

    /// Whether the text a server shows is the text signed: its title and
    /// body hash to `text-sha256`, each translation it shows hashes to
    /// that language's `translation` line (a translation lacking a part
    /// shows the original's), and every signed translation is shown. The
    /// error says which language differs and how.
    pub fn check_shown(
        &self,
        title: &str,
        body: &str,
        translations: &BTreeMap<String, crate::statement::StatementTranslation>,
    ) -> Result<(), String> {
        let signed = &self.text_sha256;
        let shown = crate::statement::text_hash(title, body);
        if shown != *signed {
            return Err(format!(
                "the statement text the server shows hashes to {shown}, not to the {signed} \
                 the organiser signed: the words shown are not the ones signed"
            ));
        }
        for (lang, text) in translations {
            let title = text.title.as_deref().unwrap_or(title);
            let body = text.body.as_deref().unwrap_or(body);
            let hash = crate::statement::text_hash(title, body);
            match self.translations.get(lang) {
                Some(signed) if *signed == hash => {}
                Some(signed) => {
                    return Err(format!(
                        "the {lang} translation the server shows hashes to {hash}, not to the \
                         {signed} the organiser signed: the words shown in {lang} are not the ones signed"
                    ))
                }
                None => {
                    return Err(format!(
                        "the server shows a {lang} translation the organiser never signed into the header"
                    ))
                }
            }
        }
        match self
            .translations
            .keys()
            .find(|l| !translations.contains_key(*l))
        {
            Some(lang) => Err(format!(
                "the organiser signed a {lang} translation that the server does not show"
            )),
            None => Ok(()),
        }
    }

    /// The header leaf, signed by the organiser key it names.
    pub fn signed_bytes(&self, key: &OrganiserKey) -> Vec<u8> {
        let text = self.unsigned_text();
        let signature = key.sign(text.as_bytes());
        format!("{text}signature {}\n", b64url(&signature)).into_bytes()
    }
}

/// The values of `fields`, which must be exactly `names` in that order.
fn expect_fields<'a>(
    fields: &[(&'a str, &'a str)],
    names: &[&str],
    index: u64,
) -> Result<Vec<&'a str>, LogError> {
    if fields.len() != names.len() || fields.iter().zip(names).any(|((k, _), n)| k != n) {
        return Err(bad(
            index,
            format!("expected the fields {}", names.join(", ")),
        ));
    }
    Ok(fields.iter().map(|(_, v)| *v).collect())
}

impl Entry {
    /// The bytes of an entry the server makes itself; a header or strike
    /// is made and signed by an organiser, so has none here.
    pub fn to_bytes(&self) -> Option<Vec<u8>> {
        match self {
            Self::Header(_) | Self::Strike(_) => None,
            Self::Signature {
                kind,
                commitment,
                withdrawal_sha256,
            } => Some(
                format!(
                    "{SIGNATURE}\nkind {}\ncommitment {}\nwithdrawal-sha256 {withdrawal_sha256}\n",
                    kind.as_str(),
                    commitment.as_deref().unwrap_or("-")
                )
                .into_bytes(),
            ),
            Self::Withdrawal { entry, secret } => {
                Some(format!("{WITHDRAWAL}\nentry {entry}\nsecret {}\n", hex(secret)).into_bytes())
            }
            Self::TicketKey(key) => Some(
                format!(
                    "{TICKET_KEY}\ntoken-type {}\ntoken-key {}\n",
                    crate::ticket::TOKEN_TYPE,
                    key.encode()
                )
                .into_bytes(),
            ),
        }
    }

    /// Parse one entry; a header's own signature is checked here.
    pub fn parse(bytes: &[u8], index: u64) -> Result<Self, LogError> {
        let text = std::str::from_utf8(bytes).map_err(|_| bad(index, "not UTF-8"))?;
        let body = text
            .strip_suffix('\n')
            .ok_or_else(|| bad(index, "must end with a newline"))?;
        let mut lines = body.split('\n');
        let kind = lines.next().unwrap_or_default();
        let fields: Vec<(&str, &str)> = lines
            .map(|l| {
                l.split_once(' ')
                    .ok_or_else(|| bad(index, format!("malformed line `{l}`")))
            })
            .collect::<Result<_, _>>()?;
        let want = |names: &[&str]| expect_fields(&fields, names, index);
        let is_hash = is_hex_digest;
        let boolean = |v: &str| match v {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(bad(index, "expected true or false")),
        };
        match kind {
            HEADER => {
                // Witness lines stand between `organiser` and `signature`;
                // the canonical-spelling check below holds them there.
                let (witness_lines, rest): (Vec<_>, Vec<_>) =
                    fields.iter().copied().partition(|(k, _)| *k == "witness");
                // So does the server key, once at most.
                let (server_lines, rest): (Vec<_>, Vec<_>) =
                    rest.into_iter().partition(|(k, _)| *k == "server-key");
                let server_key = match server_lines.as_slice() {
                    [] => None,
                    [(_, key)] => Some(key.parse().map_err(|_| bad(index, "bad server key"))?),
                    _ => return Err(bad(index, "more than one server key")),
                };
                let witnesses: Vec<String> =
                    witness_lines.iter().map(|(_, v)| v.to_string()).collect();
                // And the translations' hashes, one line per language.
                let (translation_lines, rest): (Vec<_>, Vec<_>) =
                    rest.into_iter().partition(|(k, _)| *k == "translation");
                let mut translations = BTreeMap::new();
                for (_, value) in translation_lines {
                    let (code, hash) = value
                        .split_once(' ')
                        .filter(|(code, hash)| {
                            crate::translation::canonical_language(code).is_ok() && is_hash(hash)
                        })
                        .ok_or_else(|| bad(index, "bad translation line"))?;
                    if translations
                        .insert(code.to_string(), hash.to_string())
                        .is_some()
                    {
                        return Err(bad(index, "a language translated twice"));
                    }
                }
                crate::log::witnesses::parse_witnesses(&witnesses)
                    .map_err(|e| bad(index, format!("witnesses: {e}")))?;
                let v = expect_fields(
                    &rest,
                    &[
                        "statement",
                        "text-sha256",
                        "named",
                        "anonymous",
                        "invite-required-for-named",
                        "reveal-at",
                        "closes",
                        "organiser",
                        "signature",
                    ],
                    index,
                )?;
                let header = Header {
                    statement: v[0].parse().map_err(|_| bad(index, "bad statement id"))?,
                    text_sha256: Some(v[1])
                        .filter(|h| is_hash(h))
                        .ok_or_else(|| bad(index, "bad text hash"))?
                        .to_string(),
                    named: boolean(v[2])?,
                    anonymous: boolean(v[3])?,
                    invite_required_for_named: boolean(v[4])?,
                    reveal_at: v[5].parse().map_err(|_| bad(index, "bad reveal-at"))?,
                    closes: match v[6] {
                        "never" => None,
                        d if valid_date(d) => Some(d.to_string()),
                        _ => return Err(bad(index, "bad closing date")),
                    },
                    organiser: v[7].parse().map_err(|_| bad(index, "bad organiser key"))?,
                    server_key,
                    witnesses,
                    translations,
                };
                let signature: [u8; 64] =
                    fixed_b64url(v[8]).ok_or_else(|| bad(index, "bad header signature"))?;
                // Only the canonical spelling is accepted, so one header
                // has exactly one leaf hash.
                if format!("{}signature {}\n", header.unsigned_text(), v[8]) != text
                    || !header
                        .organiser
                        .verify(header.unsigned_text().as_bytes(), &signature)
                {
                    return Err(bad(
                        index,
                        "the header's organiser signature does not verify",
                    ));
                }
                Ok(Self::Header(Box::new(header)))
            }
            SIGNATURE => {
                let v = want(&["kind", "commitment", "withdrawal-sha256"])?;
                let kind = match v[0] {
                    "named" => SignatureKind::Named,
                    "anonymous" => SignatureKind::Anonymous,
                    "unverified" => SignatureKind::Unverified,
                    _ => return Err(bad(index, "unknown signature kind")),
                };
                let commitment = match (kind, v[1]) {
                    (SignatureKind::Anonymous, "-") => None,
                    (SignatureKind::Anonymous, _) => {
                        return Err(bad(index, "an anonymous signature has no commitment"))
                    }
                    (_, c) if is_hash(c) => Some(c.to_string()),
                    _ => return Err(bad(index, "a named signature needs a commitment")),
                };
                if !is_hash(v[2]) {
                    return Err(bad(index, "bad withdrawal hash"));
                }
                Ok(Self::Signature {
                    kind,
                    commitment,
                    withdrawal_sha256: v[2].to_string(),
                })
            }
            WITHDRAWAL => {
                let v = want(&["entry", "secret"])?;
                // One spelling per number: digits only, no leading zero or sign.
                let canonical = v[0].bytes().all(|b| b.is_ascii_digit())
                    && (!v[0].starts_with('0') || v[0] == "0");
                let entry = v[0].parse().ok().filter(|_| canonical);
                let secret = from_hex(v[1]).and_then(|b| <[u8; 32]>::try_from(b).ok());
                match (entry, secret) {
                    (Some(entry), Some(secret)) => Ok(Self::Withdrawal { entry, secret }),
                    _ => Err(bad(index, "malformed withdrawal")),
                }
            }
            TICKET_KEY => {
                let v = want(&["token-type", "token-key"])?;
                let key = IssuerPublicKey::parse(v[1])
                    .ok()
                    .filter(|key| v[0] == "1" && key.encode() == v[1]);
                key.map(Self::TicketKey)
                    .ok_or_else(|| bad(index, "malformed ticket key"))
            }
            STRIKE => {
                let values: Vec<&str> = fields.iter().map(|(_, v)| *v).collect();
                expect_fields(
                    &fields,
                    &["statement", "entry", "organiser", "signature"],
                    index,
                )?;
                Strike::parse(&values, text)
                    .map(|strike| Self::Strike(Box::new(strike)))
                    .map_err(|problem| bad(index, problem))
            }
            _ => Err(bad(index, format!("unknown entry type `{kind}`"))),
        }
    }
}

/// The statement's ticket key, if its log has one (entry 1; logs made
/// before tickets have none). Call on a log [`check_log`] accepted.
pub fn ticket_key(entries: &[Vec<u8>]) -> Option<IssuerPublicKey> {
    match Entry::parse(entries.get(1)?, 1) {
        Ok(Entry::TicketKey(key)) => Some(key),
        _ => None,
    }
}

/// Check a whole log, entry by entry, and count it. The header must be for
/// `statement` and signed by the organiser key it names (the caller decides
/// whether it trusts that key); every later entry must be allowed by the
/// header's settings; every withdrawal must reveal the secret its
/// signature entry committed to, once.
pub fn check_log(
    statement: &CampaignId,
    entries: &[Vec<u8>],
) -> Result<(Header, LogCounts), LogError> {
    let first = entries.first().ok_or_else(|| bad(0, "the log is empty"))?;
    let Entry::Header(header) = Entry::parse(first, 0)? else {
        return Err(bad(0, "the first entry must be the statement header"));
    };
    if header.statement != *statement {
        return Err(bad(0, "the header is for another statement"));
    }
    let mut counts = LogCounts {
        tree_size: entries.len() as u64,
        named: 0,
        anonymous: 0,
        unverified: 0,
        withdrawn: 0,
        struck: 0,
    };
    // Per entry: (kind, withdrawal hash, withdrawn yet, struck yet).
    let mut signatures: Vec<Option<(SignatureKind, String, bool, bool)>> = vec![None];
    for (i, bytes) in entries.iter().enumerate().skip(1) {
        let index = i as u64;
        match Entry::parse(bytes, index)? {
            Entry::Header(_) => return Err(bad(index, "a second header")),
            Entry::Signature {
                kind,
                withdrawal_sha256,
                ..
            } => {
                let allowed = match kind {
                    SignatureKind::Named => header.named,
                    SignatureKind::Anonymous => header.anonymous,
                    SignatureKind::Unverified => header.named && !header.invite_required_for_named,
                };
                if !allowed {
                    return Err(bad(
                        index,
                        format!("the header does not allow {} signatures", kind.as_str()),
                    ));
                }
                *counts.of_kind(kind) += 1;
                signatures.push(Some((kind, withdrawal_sha256, false, false)));
            }
            Entry::Withdrawal { entry, secret } => {
                let target = usize::try_from(entry)
                    .ok()
                    .filter(|&e| e < i)
                    .and_then(|e| signatures.get_mut(e))
                    .and_then(Option::as_mut)
                    .ok_or_else(|| {
                        bad(index, "withdraws an entry that is not an earlier signature")
                    })?;
                if target.2 {
                    return Err(bad(index, "withdraws a signature twice"));
                }
                if withdrawal_hash(&secret) != target.1 {
                    return Err(bad(
                        index,
                        "the withdrawal secret does not match the signature",
                    ));
                }
                target.2 = true;
                counts.withdrawn += 1;
                // A struck signature was counted apart already.
                if target.3 {
                    counts.struck -= 1;
                } else {
                    *counts.of_kind(target.0) -= 1;
                }
                signatures.push(None);
            }
            Entry::TicketKey(_) if index == 1 => signatures.push(None),
            Entry::TicketKey(_) => {
                return Err(bad(index, "a ticket key after entry 1: a second key"))
            }
            Entry::Strike(strike) => {
                if strike.statement != *statement {
                    return Err(bad(index, "a strike for another statement"));
                }
                if strike.organiser != header.organiser {
                    return Err(bad(
                        index,
                        "a strike not signed by the organiser key of the header",
                    ));
                }
                let target = usize::try_from(strike.entry)
                    .ok()
                    .filter(|&e| e < i)
                    .and_then(|e| signatures.get_mut(e))
                    .and_then(Option::as_mut)
                    .ok_or_else(|| {
                        bad(index, "strikes an entry that is not an earlier signature")
                    })?;
                if target.0 == SignatureKind::Anonymous {
                    return Err(bad(index, "an anonymous signature has no name to strike"));
                }
                if target.2 || target.3 {
                    return Err(bad(
                        index,
                        "strikes a signature already withdrawn or struck",
                    ));
                }
                target.3 = true;
                counts.struck += 1;
                *counts.of_kind(target.0) -= 1;
                signatures.push(None);
            }
        }
    }
    Ok((*header, counts))
}

#[cfg(test)]
mod tests;
