//! Organiser and server keys, and their printable forms.
//!
//! An organiser key is two keys in one file: ed25519 to sign invites and
//! admin requests, X25519 to open sealed answers (HPKE, RFC 9180). Its public
//! half is one string, `caucus-org1:` followed by base64url of the 32-byte
//! ed25519 public key and the 32-byte X25519 public key, so a server is
//! configured with a single copy-pasteable value.
//!
//! The server key is a bare ed25519 key that signs receipts; its public half
//! is `caucus-srv1:` and base64url of 32 bytes.

use std::fmt;
use std::str::FromStr;

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, Kem as _, Serializable};
use rand::{CryptoRng, RngCore};

use crate::encoding::{b64url, fixed_b64url, sha256};

pub(crate) type Kem = X25519HkdfSha256;
pub(crate) type HpkeSecret = <Kem as hpke::Kem>::PrivateKey;
pub(crate) type HpkePublic = <Kem as hpke::Kem>::PublicKey;

const ORG_PUBLIC_PREFIX: &str = "caucus-org1:";
const ORG_SECRET_PREFIX: &str = "caucus-organiser-secret1:";
const SERVER_PUBLIC_PREFIX: &str = "caucus-srv1:";
const SERVER_SECRET_PREFIX: &str = "caucus-server-secret1:";

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("not an organiser public key: expected `caucus-org1:` and 86 base64url characters")]
    BadOrganiserPublic,
    #[error("not a caucus organiser key file: expected a `caucus-organiser-secret1:` line")]
    BadOrganiserSecret,
    #[error("not a server public key: expected `caucus-srv1:` and 43 base64url characters")]
    BadServerPublic,
    #[error("not a caucus server key file")]
    BadServerSecret,
}

/// The secret organiser key. Never leaves the organiser's machine.
pub struct OrganiserKey {
    signing: SigningKey,
    hpke_secret: HpkeSecret,
    public: OrganiserPublicKey,
}

/// The public half, as configured on the server with `--organiser`.
#[derive(Clone, PartialEq, Eq)]
pub struct OrganiserPublicKey {
    verifying: VerifyingKey,
    hpke_public: [u8; 32],
}

impl OrganiserKey {
    pub fn generate<R: RngCore + CryptoRng>(rng: &mut R) -> Self {
        let signing = SigningKey::generate(rng);
        let (hpke_secret, _) = Kem::gen_keypair(rng);
        Self::from_parts(signing, hpke_secret)
    }

    fn from_parts(signing: SigningKey, hpke_secret: HpkeSecret) -> Self {
        let hpke_public = Kem::sk_to_pk(&hpke_secret).to_bytes().into();
        let public = OrganiserPublicKey {
            verifying: signing.verifying_key(),
            hpke_public,
        };
        Self {
            signing,
            hpke_secret,
            public,
        }
    }

    pub fn public(&self) -> &OrganiserPublicKey {
        &self.public
    }

    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.signing.sign(message).to_bytes()
    }

    /// The Ed25519 key itself, e.g. for cosigning checkpoints as a witness.
    pub fn ed25519(&self) -> &SigningKey {
        &self.signing
    }

    pub(crate) fn hpke_secret(&self) -> &HpkeSecret {
        &self.hpke_secret
    }

    /// The key file's text: a comment and one secret line.
    pub fn to_file_text(&self) -> String {
        let mut secret = Vec::with_capacity(64);
        secret.extend_from_slice(self.signing.as_bytes());
        secret.extend_from_slice(&self.hpke_secret.to_bytes());
        format!(
            "# caucus organiser key. Keep it secret and offline: it opens every sealed answer.\n\
             # public: {}\n{ORG_SECRET_PREFIX}{}\n",
            self.public,
            b64url(&secret)
        )
    }

    pub fn from_file_text(text: &str) -> Result<Self, KeyError> {
        let line = text
            .lines()
            .map(str::trim)
            .find_map(|l| l.strip_prefix(ORG_SECRET_PREFIX))
            .ok_or(KeyError::BadOrganiserSecret)?;
        let bytes: [u8; 64] = fixed_b64url(line).ok_or(KeyError::BadOrganiserSecret)?;
        let (sign_part, hpke_part) = bytes.split_at(32);
        let seed: [u8; 32] = sign_part
            .try_into()
            .map_err(|_| KeyError::BadOrganiserSecret)?;
        let hpke_secret =
            HpkeSecret::from_bytes(hpke_part).map_err(|_| KeyError::BadOrganiserSecret)?;
        Ok(Self::from_parts(SigningKey::from_bytes(&seed), hpke_secret))
    }
}

impl OrganiserPublicKey {
    /// Strict ed25519 verification (rejects malleable and small-order forms).
    pub fn verify(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        self.verifying
            .verify_strict(message, &Signature::from_bytes(signature))
            .is_ok()
    }

    /// The Ed25519 half, for formats that verify with it directly
    /// (minisign signatures on exports).
    pub fn ed25519(&self) -> &VerifyingKey {
        &self.verifying
    }

    pub(crate) fn hpke_public(&self) -> Result<HpkePublic, hpke::HpkeError> {
        HpkePublic::from_bytes(&self.hpke_public)
    }

    /// Eight bytes naming the key inside a sealed response.
    pub fn fingerprint(&self) -> [u8; 8] {
        let digest = sha256(&[self.verifying.as_bytes(), &self.hpke_public]);
        let mut out = [0u8; 8];
        out.copy_from_slice(&digest[..8]);
        out
    }
}

impl fmt::Display for OrganiserPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut bytes = [0u8; 64];
        bytes[..32].copy_from_slice(self.verifying.as_bytes());
        bytes[32..].copy_from_slice(&self.hpke_public);
        write!(f, "{ORG_PUBLIC_PREFIX}{}", b64url(&bytes))
    }
}

impl fmt::Debug for OrganiserPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl FromStr for OrganiserPublicKey {
    type Err = KeyError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let body = s
            .trim()
            .strip_prefix(ORG_PUBLIC_PREFIX)
            .ok_or(KeyError::BadOrganiserPublic)?;
        let bytes: [u8; 64] = fixed_b64url(body).ok_or(KeyError::BadOrganiserPublic)?;
        let mut ed = [0u8; 32];
        ed.copy_from_slice(&bytes[..32]);
        let mut hpke_public = [0u8; 32];
        hpke_public.copy_from_slice(&bytes[32..]);
        let verifying = VerifyingKey::from_bytes(&ed).map_err(|_| KeyError::BadOrganiserPublic)?;
        // A key generated as ed25519 says is a multiple of the base point,
        // so it has no small-order component; one that has could only have
        // been made to pass a cofactorless check that `verify_strict` would
        // not (see `Invite::verify_batch`), so it is refused here.
        if verifying.is_weak()
            || !verifying.to_edwards().is_torsion_free()
            || HpkePublic::from_bytes(&hpke_public).is_err()
        {
            return Err(KeyError::BadOrganiserPublic);
        }
        Ok(Self {
            verifying,
            hpke_public,
        })
    }
}

/// The server's receipt-signing key, kept in its data directory.
pub struct ServerKey {
    signing: SigningKey,
}

/// The public half, printed at start and embedded in every receipt.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ServerPublicKey(VerifyingKey);

impl ServerKey {
    pub fn generate<R: RngCore + CryptoRng>(rng: &mut R) -> Self {
        Self {
            signing: SigningKey::generate(rng),
        }
    }

    pub fn public(&self) -> ServerPublicKey {
        ServerPublicKey(self.signing.verifying_key())
    }

    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.signing.sign(message).to_bytes()
    }

    /// The Ed25519 key itself, for formats that sign with it directly
    /// (C2SP checkpoints).
    pub fn ed25519(&self) -> &SigningKey {
        &self.signing
    }

    pub fn to_file_text(&self) -> String {
        format!(
            "{SERVER_SECRET_PREFIX}{}\n",
            b64url(self.signing.as_bytes())
        )
    }

    pub fn from_file_text(text: &str) -> Result<Self, KeyError> {
        let body = text
            .trim()
            .strip_prefix(SERVER_SECRET_PREFIX)
            .ok_or(KeyError::BadServerSecret)?;
        let seed: [u8; 32] = fixed_b64url(body).ok_or(KeyError::BadServerSecret)?;
        Ok(Self {
            signing: SigningKey::from_bytes(&seed),
        })
    }
}

impl ServerPublicKey {
    pub fn ed25519(&self) -> &VerifyingKey {
        &self.0
    }

    pub fn verify(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        self.0
            .verify_strict(message, &Signature::from_bytes(signature))
            .is_ok()
    }
}

impl fmt::Display for ServerPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{SERVER_PUBLIC_PREFIX}{}", b64url(self.0.as_bytes()))
    }
}

impl FromStr for ServerPublicKey {
    type Err = KeyError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let body = s
            .trim()
            .strip_prefix(SERVER_PUBLIC_PREFIX)
            .ok_or(KeyError::BadServerPublic)?;
        let bytes: [u8; 32] = fixed_b64url(body).ok_or(KeyError::BadServerPublic)?;
        VerifyingKey::from_bytes(&bytes)
            .map(Self)
            .map_err(|_| KeyError::BadServerPublic)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organiser_key_file_round_trips() {
        let key = OrganiserKey::generate(&mut rand::thread_rng());
        let text = key.to_file_text();
        let back = OrganiserKey::from_file_text(&text).expect("parses");
        assert_eq!(back.public(), key.public());
        let printed = key.public().to_string();
        assert_eq!(
            printed.parse::<OrganiserPublicKey>().as_ref(),
            Ok(key.public())
        );
        assert!(!text.contains("\n\n"));
    }

    #[test]
    fn rejects_garbage_keys() {
        assert!("caucus-org1:abc".parse::<OrganiserPublicKey>().is_err());
        assert!("hello".parse::<ServerPublicKey>().is_err());
        assert!(OrganiserKey::from_file_text("nothing here").is_err());
    }

    #[test]
    fn organiser_keys_with_a_small_order_component_are_refused() {
        use curve25519_dalek::constants::EIGHT_TORSION;
        let key = OrganiserKey::generate(&mut rand::thread_rng());
        let printed = key.public().to_string();
        let body = printed.strip_prefix(ORG_PUBLIC_PREFIX).expect("prefix");
        let honest: [u8; 64] = fixed_b64url(body).expect("64 bytes");
        let with_torsion = |torsion: usize| {
            let mut bytes = honest;
            let point = key.public().ed25519().to_edwards() + EIGHT_TORSION[torsion];
            bytes[..32].copy_from_slice(point.compress().as_bytes());
            format!("{ORG_PUBLIC_PREFIX}{}", b64url(&bytes))
        };
        // EIGHT_TORSION[0] is the identity: adding it changes nothing.
        assert_eq!(
            with_torsion(0).parse::<OrganiserPublicKey>().as_ref(),
            Ok(key.public())
        );
        for torsion in 1..8 {
            assert_eq!(
                with_torsion(torsion).parse::<OrganiserPublicKey>(),
                Err(KeyError::BadOrganiserPublic),
                "torsion point {torsion}"
            );
        }
    }

    #[test]
    fn server_signatures_verify_only_for_their_message() {
        let key = ServerKey::generate(&mut rand::thread_rng());
        let sig = key.sign(b"abc");
        assert!(key.public().verify(b"abc", &sig));
        assert!(!key.public().verify(b"abd", &sig));
        let back = ServerKey::from_file_text(&key.to_file_text()).expect("parses");
        assert_eq!(back.public(), key.public());
    }
}
