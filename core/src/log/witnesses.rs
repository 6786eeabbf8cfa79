//! The witnesses a statement's organisers name: the only keys whose
//! cosignatures the server keeps and serves.
//!
//! Witnesses exist to stop a log from showing different lists to different
//! people, so a cosignature only means something when verifiers know in
//! advance whose it is. Anyone could otherwise flood a checkpoint with
//! throw-away keys until verifiers refuse it, or push a real witness's
//! cosignature out. The organisers therefore fix the list in the signed
//! header, and the list is bounded: C2SP tlog-witness asks verifiers to
//! accept notes with at least 16 cosignatures, so a checkpoint that carries
//! the log's signature and at most 16 cosignatures opens everywhere.

use ed25519_dalek::VerifyingKey;

use super::note::{parse_verifier_key, verifier_key, COSIGNATURE_V1};

/// At most this many named witnesses, so a served checkpoint carries at
/// most this many cosignatures besides the log's own signature.
pub const MAX_WITNESSES: usize = 16;

/// One named witness: its key name in cosignature lines and its key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Witness {
    pub name: String,
    pub key: VerifyingKey,
}

impl Witness {
    /// Parse a C2SP verifier key of a cosignature (type 0x04) key.
    pub fn parse(vkey: &str) -> Result<Self, String> {
        let (name, kind, key) = parse_verifier_key(vkey).map_err(|e| e.to_string())?;
        if kind != COSIGNATURE_V1 {
            return Err(format!(
                "`{name}` is not a witness cosignature key (type 0x04); `caucus witness-key` prints one"
            ));
        }
        Ok(Self { name, key })
    }

    /// The verifier key, in its one canonical spelling.
    pub fn vkey(&self) -> String {
        verifier_key(&self.name, COSIGNATURE_V1, &self.key)
    }
}

/// Parse and check a list of witness verifier keys: at most
/// [`MAX_WITNESSES`], each a cosignature key in canonical spelling, and no
/// name or key named twice (one key, one name; one name, one key).
pub fn parse_witnesses(list: &[String]) -> Result<Vec<Witness>, String> {
    if list.len() > MAX_WITNESSES {
        return Err(format!(
            "at most {MAX_WITNESSES} witnesses (got {}): verifiers need accept no more cosignatures than that",
            list.len()
        ));
    }
    let mut out: Vec<Witness> = Vec::with_capacity(list.len());
    for vkey in list {
        let witness = Witness::parse(vkey)?;
        if witness.vkey() != *vkey {
            return Err(format!(
                "`{vkey}` is not spelled canonically: write {}",
                witness.vkey()
            ));
        }
        if out.iter().any(|w| w.key == witness.key) {
            return Err(format!(
                "the key of `{}` is named twice; one key may have only one name",
                witness.name
            ));
        }
        if out.iter().any(|w| w.name == witness.name) {
            return Err(format!("the name `{}` is used by two keys", witness.name));
        }
        out.push(witness);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::SigningKey;

    fn vkey(name: &str, seed: u8) -> String {
        let key = SigningKey::from_bytes(&[seed; 32]).verifying_key();
        verifier_key(name, COSIGNATURE_V1, &key)
    }

    #[test]
    fn a_list_of_distinct_cosignature_keys_parses() {
        let list = vec![vkey("w1.example", 1), vkey("w2.example", 2)];
        let parsed = parse_witnesses(&list).expect("valid");
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[1].vkey(), list[1]);
    }

    #[test]
    fn one_key_has_one_name_and_the_list_is_bounded() {
        let twice = vec![vkey("w1.example", 1), vkey("other.example", 1)];
        assert!(parse_witnesses(&twice)
            .expect_err("refused")
            .contains("one key may have only one name"));
        let same_name = vec![vkey("w.example", 1), vkey("w.example", 2)];
        assert!(parse_witnesses(&same_name).is_err());
        let many: Vec<String> = (0..=MAX_WITNESSES as u8)
            .map(|i| vkey(&format!("w{i}"), i + 1))
            .collect();
        assert!(parse_witnesses(&many[..MAX_WITNESSES]).is_ok());
        assert!(parse_witnesses(&many)
            .expect_err("17 refused")
            .contains("at most 16"));
    }

    #[test]
    fn only_cosignature_keys_in_canonical_spelling() {
        let key = SigningKey::from_bytes(&[3; 32]).verifying_key();
        let plain = verifier_key("w", super::super::note::ED25519, &key);
        assert!(Witness::parse(&plain).is_err());
        assert!(parse_witnesses(&[format!(" {}", vkey("w", 4))]).is_err());
        let v = vkey("w", 5);
        let parts: Vec<&str> = v.splitn(3, '+').collect();
        let upper = format!("{}+{}+{}", parts[0], parts[1].to_uppercase(), parts[2]);
        assert!(Witness::parse(&upper)
            .expect_err("upper case")
            .contains("lower-case hex"));
    }
}
