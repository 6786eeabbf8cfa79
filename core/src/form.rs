//! HTML form bodies (`application/x-www-form-urlencoded`): the bytes a
//! browser posts, decoded into name/value pairs and single fields.
//!
//! Pure, so the server's form routes and the fuzz targets decode a body
//! with the very same code; turning pairs into survey answers is
//! [`crate::Survey::answers_from_form`].

/// Largest form body; the largest valid survey answer set is far smaller.
pub const FORM_LIMIT: usize = 64 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormError {
    #[error("the form is larger than {FORM_LIMIT} bytes")]
    TooLarge,
    #[error("the form is not valid UTF-8")]
    NotUtf8,
    #[error("the form could not be read")]
    Unreadable,
}

/// Every field of a form body, in order, repeated names kept (a multiple
/// choice question posts one field per ticked box).
pub fn pairs(body: &[u8]) -> Result<Vec<(String, String)>, FormError> {
    if body.len() > FORM_LIMIT {
        return Err(FormError::TooLarge);
    }
    // Decoding would replace broken bytes with U+FFFD and store the answer
    // altered; a browser never sends them from our UTF-8 pages, so refuse,
    // as a JSON body with them is refused. Decoded as a whole, so a
    // character split across two fields is caught too.
    if percent_encoding::percent_decode(body)
        .decode_utf8()
        .is_err()
    {
        return Err(FormError::NotUtf8);
    }
    serde_urlencoded::from_bytes(body).map_err(|_| FormError::Unreadable)
}

/// The first field called `name`, trimmed; `None` when absent or blank.
pub fn value(pairs: &[(String, String)], name: &str) -> Option<String> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_repeated_and_escaped_fields() {
        let fields = pairs(b"invite=abc&q_x=a+b&q_x=%C3%A9&q_y=").expect("reads");
        let expect = [("invite", "abc"), ("q_x", "a b"), ("q_x", "é"), ("q_y", "")];
        assert_eq!(fields.len(), expect.len());
        for ((k, v), (ek, ev)) in fields.iter().zip(expect) {
            assert_eq!((k.as_str(), v.as_str()), (ek, ev));
        }
        assert_eq!(value(&fields, "q_x").as_deref(), Some("a b"));
        assert_eq!(value(&fields, "q_y"), None, "blank is absent");
        assert_eq!(value(&fields, "nope"), None);
    }

    #[test]
    fn refuses_oversized_bodies_and_broken_utf8() {
        assert_eq!(pairs(&vec![b'a'; FORM_LIMIT + 1]), Err(FormError::TooLarge));
        assert!(pairs(b"name=Ada+L%C3%B3pez&x=%25&y=100%").is_ok());
        for broken in [
            &b"q_x=%FF"[..],
            b"q_y=\xff",
            b"name=%C3&x=%A9",
            b"name=%C0%AF",
        ] {
            assert_eq!(pairs(broken), Err(FormError::NotUtf8), "{broken:?}");
        }
    }
}
