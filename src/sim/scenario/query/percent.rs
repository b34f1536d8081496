//! Decoding one key or value of a query string: `%XY` escapes and `+` for a space, as
//! browsers encode forms (`application/x-www-form-urlencoded`).
//!
//! Hand-written rather than a crate: it is twenty lines, and every kilobyte of the wasm
//! bundle is download time for a student on a slow connection.

use std::borrow::Cow;

/// The decoded text, or `None` when an escape is malformed (`%`, `%4`, `%zz`) or the bytes
/// are not UTF-8. Text without `%` or `+` is borrowed, not copied.
pub fn decode(text: &str) -> Option<Cow<'_, str>> {
    if !text.contains(['%', '+']) {
        return Some(Cow::Borrowed(text));
    }
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        rest = tail;
        bytes.push(match first {
            b'+' => b' ',
            b'%' => {
                let (&[hi, lo], tail) = rest.split_first_chunk::<2>()?;
                rest = tail;
                hex(hi)? << 4 | hex(lo)?
            }
            other => other,
        });
    }
    String::from_utf8(bytes).ok().map(Cow::Owned)
}

/// The value of one hexadecimal digit.
fn hex(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(
            decode("P1.C1*3"),
            Some(std::borrow::Cow::Borrowed("P1.C1*3"))
        ));
    }

    #[test]
    fn escapes_and_plus_are_decoded() {
        assert_eq!(decode("0%2C1%3a2").as_deref(), Some("0,1:2"));
        assert_eq!(decode("a+b").as_deref(), Some("a b"));
        assert_eq!(decode("%C3%A9").as_deref(), Some("é"));
    }

    #[test]
    fn malformed_escapes_are_rejected() {
        for bad in ["%", "%4", "%zz", "1%", "%%41", "%4g"] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn escapes_that_make_invalid_utf8_are_rejected() {
        assert_eq!(decode("%FF"), None);
        assert_eq!(decode("%C3"), None);
    }

    #[test]
    fn deep_percent_runs_do_not_panic() {
        assert_eq!(
            decode(&"%25".repeat(100_000)).map(|s| s.len()),
            Some(100_000)
        );
        assert_eq!(decode(&"%".repeat(100_000)), None);
    }
}
