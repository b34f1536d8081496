//! Go's `strconv` quoting, as `%q`, `%+q`, `%#q` and the compiler's messages use it:
//! `Quote`, `QuoteToASCII`, `QuoteRune`, `CanBackquote`, and `IsPrint` for deciding
//! which characters stay as they are and which become `\x..`, `\u....` or `\U........`.

/// `unicode.IsPrint` as `strconv` applies it: letters, marks, numbers, punctuation,
/// symbols and the ASCII space. Rust's standard library has no category tables, so the
/// non-printing characters outside the control and space classes are listed: the format
/// characters (Cf), private use, surrogates and the non-characters that matter in text.
pub fn is_print(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return (0x20..0x7f).contains(&u);
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(
        u,
        0xad | 0x600..=0x605
            | 0x61c
            | 0x6dd
            | 0x70f
            | 0x890..=0x891
            | 0x8e2
            | 0x180e
            | 0x200b..=0x200f
            | 0x202a..=0x202e
            | 0x2060..=0x206f
            | 0xd800..=0xf8ff
            | 0xfeff
            | 0xfff0..=0xfffb
            | 0xfffe..=0xffff
            | 0x110bd
            | 0x110cd
            | 0x1bca0..=0x1bca3
            | 0x1d173..=0x1d17a
            | 0xe0000..=0xe0fff
            | 0xf0000..
    )
}

/// `appendEscapedRune`: one character inside quotes `quote`.
fn escaped(out: &mut String, c: char, quote: char, ascii_only: bool) {
    if c == quote || c == '\\' {
        out.push('\\');
        out.push(c);
        return;
    }
    let printable = if ascii_only {
        c.is_ascii() && is_print(c)
    } else {
        is_print(c)
    };
    if printable {
        out.push(c);
        return;
    }
    match c {
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => {
            out.push_str(&format!("\\x{:02x}", c as u32));
        }
        c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

/// The runes of a Go string as `for range` and `utf8.DecodeRuneInString` see them: a
/// character with its bytes, or (`None`) one byte that starts no valid UTF-8 sequence.
pub fn go_runes(s: &[u8]) -> Vec<(Option<char>, &[u8])> {
    let mut out = Vec::with_capacity(s.len());
    for chunk in s.utf8_chunks() {
        let valid = chunk.valid();
        let mut at = 0;
        for c in valid.chars() {
            let n = c.len_utf8();
            out.push((Some(c), &valid.as_bytes()[at..at + n]));
            at += n;
        }
        for i in 0..chunk.invalid().len() {
            out.push((None, &chunk.invalid()[i..=i]));
        }
    }
    out
}

/// `strconv.Quote` (or `QuoteToASCII` when `ascii_only`) of a string's bytes: a
/// double-quoted Go literal, where a byte that is not UTF-8 becomes `\xff`.
pub fn quote_bytes(s: &[u8], ascii_only: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for (c, bytes) in go_runes(s) {
        match c {
            Some(c) => escaped(&mut out, c, '"', ascii_only),
            None => out.push_str(&format!("\\x{:02x}", bytes[0])),
        }
    }
    out.push('"');
    out
}

/// `strconv.QuoteRune` (or `QuoteRuneToASCII`): a single-quoted rune literal; a value
/// that is no valid rune (negative, a surrogate, above U+10FFFF) becomes U+FFFD.
pub fn quote_rune(r: i64, ascii_only: bool) -> String {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{fffd}');
    let mut out = String::from("'");
    escaped(&mut out, c, '\'', ascii_only);
    out.push('\'');
    out
}

/// `strconv.CanBackquote`: `%#q` prints a raw string when this holds (never for bytes
/// that are not UTF-8).
pub fn can_backquote(s: &[u8]) -> bool {
    std::str::from_utf8(s).is_ok_and(|s| {
        s.chars()
            .all(|c| c != '\u{feff}' && c != '`' && c != '\x7f' && (c >= ' ' || c == '\t'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_escapes_what_go_escapes_and_keeps_printable_text() {
        assert_eq!(
            quote_bytes("héllo\t\"x\"\n\x00\u{7f}".as_bytes(), false),
            "\"héllo\\t\\\"x\\\"\\n\\x00\\x7f\""
        );
        assert_eq!(
            quote_bytes("é😀\u{200b}".as_bytes(), false),
            "\"é😀\\u200b\""
        );
        assert_eq!(
            quote_bytes("é😀".as_bytes(), true),
            "\"\\u00e9\\U0001f600\""
        );
    }

    #[test]
    fn quote_bytes_escapes_each_byte_that_is_not_utf8() {
        assert_eq!(
            quote_bytes(b"\xff\xe4\xb8ok\xe4\xb8\x96", false),
            "\"\\xff\\xe4\\xb8ok世\""
        );
    }

    #[test]
    fn quote_rune_replaces_invalid_runes() {
        assert_eq!(quote_rune(65, false), "'A'");
        assert_eq!(quote_rune('\'' as i64, false), "'\\''");
        assert_eq!(quote_rune(-1, false), "'�'");
        assert_eq!(quote_rune(0xd800, false), "'�'");
    }
}
