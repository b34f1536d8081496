//! Syntax colouring for the editor: splits any text, valid Go or not, into runs of
//! keywords, strings, numbers, comments and the rest. It never fails, unlike the lexer,
//! because the learner's half-typed program must still be coloured; it shares the
//! lexer's keyword list so the two cannot disagree on what a keyword is.

use super::token::KEYWORDS;

/// What a run of text is, for its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shade {
    /// Anything else: names, operators, spaces.
    Plain,
    /// One of Go's keywords.
    Keyword,
    /// A string or rune literal, raw or interpreted.
    Text,
    /// A number.
    Number,
    /// A `//` or `/* */` comment.
    Comment,
}

impl Shade {
    /// The CSS class the editor gives it (`None` for plain text).
    pub fn class(self) -> Option<&'static str> {
        match self {
            Shade::Plain => None,
            Shade::Keyword => Some("tok-kw"),
            Shade::Text => Some("tok-str"),
            Shade::Number => Some("tok-num"),
            Shade::Comment => Some("tok-com"),
        }
    }
}

/// `src` as consecutive runs that join back to exactly `src`.
pub fn shades(src: &str) -> Vec<(Shade, &str)> {
    let bytes = src.as_bytes();
    let mut out: Vec<(Shade, &str)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let (shade, end) = run_at(src, i);
        match out.last_mut() {
            Some((last, text)) if *last == shade && shade == Shade::Plain => {
                *text = &src[i - text.len()..end];
            }
            _ => out.push((shade, &src[i..end])),
        }
        i = end;
    }
    out
}

/// The run starting at byte `i` (a char boundary) and the byte after it.
fn run_at(src: &str, i: usize) -> (Shade, usize) {
    let rest = &src[i..];
    let bytes = rest.as_bytes();
    let end_of = |n: usize| i + n;
    if rest.starts_with("//") {
        return (
            Shade::Comment,
            end_of(rest.find('\n').unwrap_or(rest.len())),
        );
    }
    if let Some(body) = rest.strip_prefix("/*") {
        let n = body.find("*/").map_or(rest.len(), |n| n + 4);
        return (Shade::Comment, end_of(n));
    }
    match bytes[0] {
        b'`' => {
            let n = rest[1..].find('`').map_or(rest.len(), |n| n + 2);
            (Shade::Text, end_of(n))
        }
        q @ (b'"' | b'\'') => (Shade::Text, end_of(quoted_len(bytes, q))),
        b'0'..=b'9' => {
            let n = bytes
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.'))
                .unwrap_or(bytes.len());
            (Shade::Number, end_of(n))
        }
        b if b.is_ascii_alphabetic() || b == b'_' => {
            let n = bytes
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
                .unwrap_or(bytes.len());
            let shade = if KEYWORDS.contains(&&rest[..n]) {
                Shade::Keyword
            } else {
                Shade::Plain
            };
            (shade, end_of(n))
        }
        _ => {
            let n = rest.chars().next().map_or(1, char::len_utf8);
            (Shade::Plain, end_of(n))
        }
    }
}

/// The length of a literal quoted by `q`, escapes included, ending at its closing quote
/// or at the end of the line when it has none.
fn quoted_len(bytes: &[u8], q: u8) -> usize {
    let mut n = 1;
    while n < bytes.len() {
        match bytes[n] {
            b'\\' => n += 2,
            b'\n' => return n,
            b if b == q => return n + 1,
            _ => n += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_go_is_split_into_keyword_string_number_and_comment_runs() {
        let got = shades("for i := 0; i < 3; i++ { fmt.Println(\"a\\\"b\") } // done");
        let coloured: Vec<(Shade, &str)> = got
            .into_iter()
            .filter(|(s, _)| *s != Shade::Plain)
            .collect();
        assert_eq!(
            coloured,
            vec![
                (Shade::Keyword, "for"),
                (Shade::Number, "0"),
                (Shade::Number, "3"),
                (Shade::Text, "\"a\\\"b\""),
                (Shade::Comment, "// done"),
            ]
        );
    }

    #[test]
    fn unterminated_literals_and_comments_still_join_back_to_the_text() {
        for src in [
            "\"open",
            "/* never closed",
            "`raw\nstill",
            "'x",
            "é → ü\t\"\\",
            "x\\",
        ] {
            let joined: String = shades(src).iter().map(|(_, t)| *t).collect();
            assert_eq!(joined, src);
        }
    }
}
