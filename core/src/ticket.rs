//! Blind tickets: Privacy Pass tokens of type 0x0001, VOPRF(P-384,
//! SHA-384), in the formats of RFC 9577 (challenge, token) and RFC 9578
//! section 5 (token request, token response).
//!
//! Why: an invite sent by email or message is known to its sender. A person
//! trades it for a ticket the server signs blindly, then answers or signs
//! with the ticket. The server sees the invite at issuance and the ticket
//! at redemption and cannot pair them: the blinded request is uniformly
//! random, and the DLEQ proof lets the client check that its ticket was
//! made with the campaign's one public key, so it cannot be tagged by a
//! key of its own. Everything is standard, so any Privacy Pass client
//! that can add one header (the invite) works unchanged.
//!
//! The issuer's secret is derived (RFC 9497 DeriveKeyPair) from a seed the
//! server keeps with the campaign's other key material, so it is made with
//! the campaign and destroyed with it.

use hmac::{Hmac, Mac};
use p384::NistP384;
use rand::{CryptoRng, RngCore};
use sha2::Sha256;
use voprf::{BlindedElement, EvaluationElement, Group, Proof, VoprfClient, VoprfServer};

use crate::encoding::{b64url_padded, from_b64url_lenient, sha256};
use crate::CampaignId;

#[cfg(test)]
mod tests;

/// The token type of VOPRF(P-384, SHA-384) in the Privacy Pass registry.
pub const TOKEN_TYPE: u16 = 0x0001;
/// A serialized group element (compressed point).
const NE: usize = 49;
/// A serialized scalar.
const NS: usize = 48;
/// The authenticator: the VOPRF output, SHA-384.
const NK: usize = 48;
/// `token_type || truncated_token_key_id || blinded_msg`.
pub const REQUEST_LEN: usize = 2 + 1 + NE;
/// `evaluate_msg || evaluate_proof`.
pub const RESPONSE_LEN: usize = NE + 2 * NS;
/// `token_type || nonce || challenge_digest || token_key_id || authenticator`.
pub const TOKEN_LEN: usize = 2 + 32 + 32 + 32 + NK;
/// The part of a token its authenticator covers.
const INPUT_LEN: usize = TOKEN_LEN - NK;

const CONTEXT_DOMAIN: &[u8] = b"caucus-ticket-context-v1\0";
const ISSUER_INFO: &[u8] = b"caucus-ticket-issuer-v1";
const ISSUER_SEED: &[u8] = b"caucus-ticket-issuer-seed-v1";
const SPEND_DOMAIN: &[u8] = b"caucus-ticket-spend-v1\0";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TicketError {
    #[error("not a ticket of this format: {0}")]
    Malformed(&'static str),
    #[error("the ticket is of token type {0:#06x}; this server issues type 0x0001")]
    WrongType(u16),
    #[error("the ticket was made for another key: another campaign's, or none")]
    WrongKey,
    #[error("the ticket answers another challenge (another campaign or address)")]
    WrongChallenge,
    #[error("the ticket does not verify: altered, or never issued")]
    Invalid,
    #[error("the issuer's proof does not verify against the campaign's public key")]
    Proof,
}

fn fixed<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(&bytes[..N]);
    out
}

fn token_type(bytes: &[u8]) -> u16 {
    u16::from_be_bytes([bytes[0], bytes[1]])
}

/// An issuer public key: the serialized P-384 point, and its identity.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct IssuerPublicKey([u8; NE]);

impl IssuerPublicKey {
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, TicketError> {
        let point: [u8; NE] = bytes
            .try_into()
            .map_err(|_| TicketError::Malformed("a public key is 49 bytes"))?;
        NistP384::deserialize_elem(&point)
            .map_err(|_| TicketError::Malformed("the public key is not a P-384 point"))?;
        Ok(Self(point))
    }

    /// As the directory and the challenge header write it (padded base64url).
    pub fn parse(text: &str) -> Result<Self, TicketError> {
        let bytes =
            from_b64url_lenient(text.trim()).ok_or(TicketError::Malformed("not base64url"))?;
        Self::from_bytes(&bytes)
    }

    pub fn as_bytes(&self) -> &[u8; NE] {
        &self.0
    }

    pub fn encode(&self) -> String {
        b64url_padded(&self.0)
    }

    /// `token_key_id`: SHA-256 of the serialized key.
    pub fn key_id(&self) -> [u8; 32] {
        sha256(&[&self.0])
    }

    /// What a person compares by eye: the first 8 bytes of the key id in
    /// hex, in groups of four (`1a2b-3c4d-5e6f-7a8b`). 64 bits: a server
    /// cannot find a second key that prints the same.
    pub fn fingerprint(&self) -> String {
        let hex = crate::encoding::hex(&self.key_id()[..8]);
        hex.as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join("-")
    }

    fn element(&self) -> Result<<NistP384 as Group>::Elem, TicketError> {
        NistP384::deserialize_elem(&self.0).map_err(|_| TicketError::Malformed("public key"))
    }
}

impl std::fmt::Debug for IssuerPublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "IssuerPublicKey({})", self.fingerprint())
    }
}

/// RFC 9577's TokenChallenge: what a campaign asks a ticket to answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenChallenge {
    pub token_type: u16,
    pub issuer_name: String,
    pub redemption_context: Vec<u8>,
    pub origin_info: String,
}

impl TokenChallenge {
    /// A campaign's challenge at this host (the address the person uses):
    /// its redemption context names the campaign, so a ticket answers one
    /// campaign's challenge only, and there is no per-person value in it.
    pub fn for_campaign(host: &str, id: &CampaignId) -> Self {
        Self {
            token_type: TOKEN_TYPE,
            issuer_name: host.to_string(),
            redemption_context: sha256(&[CONTEXT_DOMAIN, id.as_bytes()]).to_vec(),
            origin_info: host.to_string(),
        }
    }

    /// Read a challenge (from a `WWW-Authenticate` header, decoded).
    pub fn parse(bytes: &[u8]) -> Result<Self, TicketError> {
        let short = TicketError::Malformed("the challenge is cut short");
        let mut rest = bytes;
        let mut take = |n: usize| -> Result<&[u8], TicketError> {
            if rest.len() < n {
                return Err(short.clone());
            }
            let (head, tail) = rest.split_at(n);
            rest = tail;
            Ok(head)
        };
        let token_type = token_type(take(2)?);
        let len = usize::from(u16::from_be_bytes(fixed::<2>(take(2)?)));
        let issuer_name = take(len)?.to_vec();
        let len = usize::from(take(1)?[0]);
        let redemption_context = take(len)?.to_vec();
        let len = usize::from(u16::from_be_bytes(fixed::<2>(take(2)?)));
        let origin_info = take(len)?.to_vec();
        if !rest.is_empty() {
            return Err(TicketError::Malformed("bytes after the challenge"));
        }
        if ![0, 32].contains(&redemption_context.len()) {
            return Err(TicketError::Malformed(
                "a redemption context is 0 or 32 bytes",
            ));
        }
        let text = |bytes: Vec<u8>| {
            String::from_utf8(bytes).map_err(|_| TicketError::Malformed("a name is not UTF-8"))
        };
        Ok(Self {
            token_type,
            issuer_name: text(issuer_name)?,
            redemption_context,
            origin_info: text(origin_info)?,
        })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(&self.token_type.to_be_bytes());
        for (field, wide) in [
            (self.issuer_name.as_bytes(), true),
            (&self.redemption_context[..], false),
            (self.origin_info.as_bytes(), true),
        ] {
            if wide {
                out.extend_from_slice(&(field.len() as u16).to_be_bytes());
            } else {
                out.push(field.len() as u8);
            }
            out.extend_from_slice(field);
        }
        out
    }

    pub fn digest(&self) -> [u8; 32] {
        sha256(&[&self.to_bytes()])
    }

    /// The `WWW-Authenticate` value of RFC 9577 section 2.1.
    pub fn www_authenticate(&self, key: &IssuerPublicKey) -> String {
        format!(
            "PrivateToken challenge=\"{}\", token-key=\"{}\"",
            b64url_padded(&self.to_bytes()),
            key.encode()
        )
    }
}

/// RFC 9578 section 5.1: what a client sends to be issued a ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRequest {
    pub truncated_key_id: u8,
    blinded: [u8; NE],
}

impl TokenRequest {
    pub fn parse(bytes: &[u8]) -> Result<Self, TicketError> {
        if bytes.len() != REQUEST_LEN {
            return Err(TicketError::Malformed("a token request is 52 bytes"));
        }
        if token_type(bytes) != TOKEN_TYPE {
            return Err(TicketError::WrongType(token_type(bytes)));
        }
        let blinded = fixed::<NE>(&bytes[3..]);
        BlindedElement::<NistP384>::deserialize(&blinded)
            .map_err(|_| TicketError::Malformed("the blinded message is not a P-384 point"))?;
        Ok(Self {
            truncated_key_id: bytes[2],
            blinded,
        })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = TOKEN_TYPE.to_be_bytes().to_vec();
        out.push(self.truncated_key_id);
        out.extend_from_slice(&self.blinded);
        out
    }
}

/// A ticket (RFC 9577 section 2.2's Token), as redeemed.
#[derive(Clone, PartialEq, Eq)]
pub struct Token([u8; TOKEN_LEN]);

impl Token {
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, TicketError> {
        let token: [u8; TOKEN_LEN] = bytes
            .try_into()
            .map_err(|_| TicketError::Malformed("a ticket is 146 bytes"))?;
        if token_type(&token) != TOKEN_TYPE {
            return Err(TicketError::WrongType(token_type(&token)));
        }
        Ok(Self(token))
    }

    /// A ticket as a person pastes it, or as the `token` parameter of an
    /// `Authorization: PrivateToken` header carries it.
    /// Lines starting with `#` are skipped, so the whole file `caucus
    /// ticket get` saves may be pasted.
    pub fn parse(text: &str) -> Result<Self, TicketError> {
        let text: String = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.starts_with('#'))
            .collect();
        let bytes = from_b64url_lenient(&text).ok_or(TicketError::Malformed("not base64url"))?;
        Self::from_bytes(&bytes)
    }

    /// The ticket from an RFC 9577 `Authorization` header value, if it is
    /// a `PrivateToken` one.
    pub fn from_authorization(value: &str) -> Option<Result<Self, TicketError>> {
        let rest = value.trim().strip_prefix("PrivateToken")?;
        let token = rest.split(',').find_map(|param| {
            let (name, value) = param.split_once('=')?;
            (name.trim() == "token").then(|| value.trim().trim_matches('"').to_string())
        });
        Some(match token {
            Some(token) => Self::parse(&token),
            None => Err(TicketError::Malformed("no token parameter")),
        })
    }

    pub fn to_bytes(&self) -> &[u8; TOKEN_LEN] {
        &self.0
    }

    pub fn encode(&self) -> String {
        b64url_padded(&self.0)
    }

    fn input(&self) -> &[u8] {
        &self.0[..INPUT_LEN]
    }

    /// What is stored when the ticket is spent: a hash of its nonce (the
    /// server keys it further with the campaign key, as for invites).
    pub fn spend_name(&self) -> [u8; 32] {
        sha256(&[SPEND_DOMAIN, &self.0[2..34]])
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print a usable ticket by accident.
        f.write_str("Token(..)")
    }
}

/// A campaign's issuer: evaluates blinded requests and checks tickets.
pub struct Issuer {
    server: VoprfServer<NistP384>,
    public: IssuerPublicKey,
}

impl Issuer {
    /// The issuer of the campaign whose key (the server's per-campaign
    /// secret, see the server's `campaign_keys`) is `campaign_key`: the
    /// seed is a MAC under that key, so no other use of the key meets the
    /// issuer's secret.
    pub fn from_campaign_key(
        campaign_key: &[u8; 32],
        id: &CampaignId,
    ) -> Result<Self, TicketError> {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(campaign_key)
            .map_err(|_| TicketError::Malformed("campaign key"))?;
        mac.update(ISSUER_SEED);
        let seed: [u8; 32] = mac.finalize().into_bytes().into();
        Self::derive(&seed, id)
    }

    /// The campaign's issuer, derived from a 32-byte secret seed (RFC 9497
    /// DeriveKeyPair, info = `caucus-ticket-issuer-v1` || campaign id).
    pub fn derive(seed: &[u8; 32], id: &CampaignId) -> Result<Self, TicketError> {
        let info = [ISSUER_INFO, id.as_bytes()].concat();
        let server = VoprfServer::<NistP384>::new_from_seed(seed, &info)
            .map_err(|_| TicketError::Malformed("issuer seed"))?;
        Self::from_server(server)
    }

    /// An issuer from its serialized secret scalar (the RFC's `skS`).
    pub fn from_secret(secret: &[u8]) -> Result<Self, TicketError> {
        let server = VoprfServer::<NistP384>::new_with_key(secret)
            .map_err(|_| TicketError::Malformed("issuer secret"))?;
        Self::from_server(server)
    }

    fn from_server(server: VoprfServer<NistP384>) -> Result<Self, TicketError> {
        let public =
            IssuerPublicKey::from_bytes(&NistP384::serialize_elem(server.get_public_key()))?;
        Ok(Self { server, public })
    }

    pub fn public(&self) -> &IssuerPublicKey {
        &self.public
    }

    /// A ticket this issuer makes for itself, unblinded: what a client
    /// would finish with, at a quarter of the cost, so that caucus-bench
    /// can redeem many. Not public API.
    #[cfg(feature = "bench")]
    pub fn mint<R: RngCore + CryptoRng>(
        &self,
        challenge: &TokenChallenge,
        rng: &mut R,
    ) -> Result<Token, TicketError> {
        let mut nonce = [0u8; 32];
        rng.fill_bytes(&mut nonce);
        let input = authenticator_input(&nonce, &challenge.digest(), &self.public);
        let output = self
            .server
            .evaluate(&input)
            .map_err(|_| TicketError::Invalid)?;
        let mut token = [0u8; TOKEN_LEN];
        token[..INPUT_LEN].copy_from_slice(&input);
        token[INPUT_LEN..].copy_from_slice(&output);
        Ok(Token(token))
    }

    /// RFC 9578 section 5.2: evaluate the blinded message and prove it.
    pub fn issue<R: RngCore + CryptoRng>(
        &self,
        request: &TokenRequest,
        rng: &mut R,
    ) -> Result<Vec<u8>, TicketError> {
        if request.truncated_key_id != self.public.key_id()[31] {
            return Err(TicketError::WrongKey);
        }
        let blinded = BlindedElement::<NistP384>::deserialize(&request.blinded)
            .map_err(|_| TicketError::Malformed("blinded message"))?;
        let evaluated = self.server.blind_evaluate(rng, &blinded);
        let mut out = Vec::with_capacity(RESPONSE_LEN);
        out.extend_from_slice(&evaluated.message.serialize());
        out.extend_from_slice(&evaluated.proof.serialize());
        Ok(out)
    }

    /// RFC 9577 section 2.2 and RFC 9578 section 5.4: the ticket was made
    /// by this key, for this challenge.
    pub fn check(&self, token: &Token, challenge: &TokenChallenge) -> Result<(), TicketError> {
        let bytes = token.to_bytes();
        if bytes[66..98] != self.public.key_id() {
            return Err(TicketError::WrongKey);
        }
        if bytes[34..66] != challenge.digest() {
            return Err(TicketError::WrongChallenge);
        }
        let expected = self
            .server
            .evaluate(token.input())
            .map_err(|_| TicketError::Invalid)?;
        // Constant time: the authenticator is a MAC.
        let difference = expected
            .iter()
            .zip(&bytes[INPUT_LEN..])
            .fold(0u8, |d, (a, b)| d | (a ^ b));
        if difference != 0 {
            return Err(TicketError::Invalid);
        }
        Ok(())
    }
}

/// A client's half of issuance: the request sent, and what finishes it.
pub struct PendingTicket {
    client: VoprfClient<NistP384>,
    input: [u8; INPUT_LEN],
    key: IssuerPublicKey,
}

impl PendingTicket {
    /// RFC 9578 section 5.1: a fresh nonce, blinded, for this challenge
    /// and key.
    pub fn new<R: RngCore + CryptoRng>(
        challenge: &TokenChallenge,
        key: &IssuerPublicKey,
        rng: &mut R,
    ) -> Result<(Self, TokenRequest), TicketError> {
        let mut nonce = [0u8; 32];
        rng.fill_bytes(&mut nonce);
        let input = authenticator_input(&nonce, &challenge.digest(), key);
        let blinded = VoprfClient::<NistP384>::blind(&input, rng)
            .map_err(|_| TicketError::Malformed("blinding"))?;
        Ok(Self::from_blind(blinded, input, key))
    }

    /// RFC 9578's test vectors fix the nonce and the blind.
    #[cfg(test)]
    fn fixed(
        nonce: &[u8; 32],
        challenge_digest: &[u8; 32],
        key: &IssuerPublicKey,
        blind: &[u8],
    ) -> Result<(Self, TokenRequest), TicketError> {
        let input = authenticator_input(nonce, challenge_digest, key);
        let blind = NistP384::deserialize_scalar(blind).map_err(|_| TicketError::Invalid)?;
        let blinded = VoprfClient::<NistP384>::deterministic_blind_unchecked(&input, blind)
            .map_err(|_| TicketError::Invalid)?;
        Ok(Self::from_blind(blinded, input, key))
    }

    fn from_blind(
        blinded: voprf::VoprfClientBlindResult<NistP384>,
        input: [u8; INPUT_LEN],
        key: &IssuerPublicKey,
    ) -> (Self, TokenRequest) {
        let request = TokenRequest {
            truncated_key_id: key.key_id()[31],
            blinded: fixed::<NE>(&blinded.message.serialize()),
        };
        let pending = Self {
            client: blinded.state,
            input,
            key: *key,
        };
        (pending, request)
    }

    /// RFC 9578 section 5.3: check the proof against the campaign's key
    /// and unblind. A response made with any other key is refused here.
    pub fn finish(self, response: &[u8]) -> Result<Token, TicketError> {
        if response.len() != RESPONSE_LEN {
            return Err(TicketError::Malformed("a token response is 145 bytes"));
        }
        let evaluated = EvaluationElement::<NistP384>::deserialize(&response[..NE])
            .map_err(|_| TicketError::Malformed("the evaluated element is not a P-384 point"))?;
        let proof = Proof::<NistP384>::deserialize(&response[NE..])
            .map_err(|_| TicketError::Malformed("the proof is not two scalars"))?;
        let output = self
            .client
            .finalize(&self.input, &evaluated, &proof, self.key.element()?)
            .map_err(|_| TicketError::Proof)?;
        let mut token = [0u8; TOKEN_LEN];
        token[..INPUT_LEN].copy_from_slice(&self.input);
        token[INPUT_LEN..].copy_from_slice(&output);
        Ok(Token(token))
    }
}

fn authenticator_input(
    nonce: &[u8; 32],
    challenge_digest: &[u8; 32],
    key: &IssuerPublicKey,
) -> [u8; INPUT_LEN] {
    let mut input = [0u8; INPUT_LEN];
    input[..2].copy_from_slice(&TOKEN_TYPE.to_be_bytes());
    input[2..34].copy_from_slice(nonce);
    input[34..66].copy_from_slice(challenge_digest);
    input[66..].copy_from_slice(&key.key_id());
    input
}
