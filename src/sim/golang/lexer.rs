//! The lexer: source text to tokens, with Go's automatic semicolons (a newline after an
//! identifier, a literal, `break`, `continue`, `fallthrough`, `return`, `++`, `--`, `)`,
//! `]` or `}` ends the statement).

use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::error::CompileError;
use super::token::{Pos, Tok, Token, KEYWORDS, OPS};

/// Splits `src` into tokens, ending with [`Tok::Eof`]; the first error stops it.
pub fn lex(src: &str) -> Result<Vec<Token>, CompileError> {
    let (tokens, mut errors, _) = lex_all(src);
    match errors.is_empty() {
        true => Ok(tokens),
        false => Err(errors.remove(0)),
    }
}

/// Splits `src` into tokens and reports every error on the way, as Go's scanner does:
/// a bad escape or a newline in a string is reported and the string token still made,
/// so the parser goes on (and Go reports what it then finds too). The flag is true when
/// an error ended the text early (an unterminated comment): the parser's complaint about
/// the missing rest is then not Go's to print.
pub fn lex_all(src: &str) -> (Vec<Token>, Vec<CompileError>, bool) {
    let mut lexer = Lexer {
        src: src.as_bytes(),
        text: src,
        i: 0,
        line: 1,
        line_start: 0,
        out: Vec::with_capacity(src.len() / 3),
        names: FxHashMap::default(),
        errors: Vec::new(),
    };
    let stopped = match lexer.run() {
        Ok(()) => false,
        Err(e) => {
            // The text stops making tokens here: end the stream so that a parser run
            // on it still finds its end.
            lexer.out.push(Token {
                tok: Tok::Eof,
                pos: e.pos,
            });
            lexer.errors.push(e);
            true
        }
    };
    (lexer.out, lexer.errors, stopped)
}

struct Lexer<'a> {
    src: &'a [u8],
    /// The same text as `src`, for slicing names without re-checking their UTF-8.
    text: &'a str,
    i: usize,
    line: u32,
    line_start: usize,
    out: Vec<Token>,
    /// Every name seen, so each is allocated once however often it occurs (a program
    /// names the same few variables over and over).
    names: FxHashMap<&'a str, Rc<str>>,
    /// Errors reported without stopping.
    errors: Vec<CompileError>,
}

impl Lexer<'_> {
    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: (self.i - self.line_start + 1) as u32,
        }
    }

    fn peek(&self, k: usize) -> u8 {
        self.src.get(self.i + k).copied().unwrap_or(0)
    }

    /// True when a newline here ends the statement.
    fn wants_semi(&self) -> bool {
        match self.out.last().map(|t| &t.tok) {
            Some(Tok::Ident(_) | Tok::Int(..) | Tok::Str(..) | Tok::Char(..) | Tok::Float) => true,
            Some(Tok::Keyword(k)) => {
                matches!(*k, "break" | "continue" | "fallthrough" | "return")
            }
            Some(Tok::Op(op)) => matches!(*op, "++" | "--" | ")" | "]" | "}"),
            _ => false,
        }
    }

    fn newline(&mut self) {
        if self.wants_semi() {
            let pos = self.pos();
            self.out.push(Token {
                tok: Tok::Semi(true),
                pos,
            });
        }
        self.i += 1;
        self.line += 1;
        self.line_start = self.i;
    }

    fn run(&mut self) -> Result<(), CompileError> {
        while self.i < self.src.len() {
            let c = self.src[self.i];
            match c {
                b'\n' => self.newline(),
                b' ' | b'\t' | b'\r' => self.i += 1,
                b'/' if self.peek(1) == b'/' => {
                    while self.i < self.src.len() && self.src[self.i] != b'\n' {
                        self.i += 1;
                    }
                }
                b'/' if self.peek(1) == b'*' => self.block_comment()?,
                _ => {
                    let pos = self.pos();
                    if let Some(tok) = self.token(pos)? {
                        self.out.push(Token { tok, pos });
                    }
                }
            }
        }
        let pos = self.pos();
        if self.wants_semi() {
            self.out.push(Token {
                tok: Tok::Semi(true),
                pos,
            });
        }
        self.out.push(Token { tok: Tok::Eof, pos });
        Ok(())
    }

    fn block_comment(&mut self) -> Result<(), CompileError> {
        let start = self.pos();
        self.i += 2;
        let mut had_newline = false;
        loop {
            match self.peek(0) {
                0 if self.i >= self.src.len() => {
                    return Err(CompileError::new(start, "comment not terminated"))
                }
                b'*' if self.peek(1) == b'/' => {
                    self.i += 2;
                    break;
                }
                b'\n' => {
                    if !had_newline && self.wants_semi() {
                        let pos = self.pos();
                        self.out.push(Token {
                            tok: Tok::Semi(true),
                            pos,
                        });
                    }
                    had_newline = true;
                    self.i += 1;
                    self.line += 1;
                    self.line_start = self.i;
                }
                _ => self.i += 1,
            }
        }
        Ok(())
    }

    /// The token at `pos`, or `None` for a character Go skips after reporting it.
    fn token(&mut self, pos: Pos) -> Result<Option<Tok>, CompileError> {
        let c = self.src[self.i];
        if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            let start = self.i;
            while self.i < self.src.len() {
                let d = self.src[self.i];
                if d.is_ascii_alphanumeric() || d == b'_' || d >= 0x80 {
                    self.i += 1;
                } else {
                    break;
                }
            }
            // The run starts and ends next to ASCII bytes (or the end), so both ends are
            // character boundaries of the text.
            let text = self.text;
            let word = text.get(start..self.i).unwrap_or_default();
            if let Ok(k) = KEYWORDS.binary_search(&word) {
                return Ok(Some(Tok::Keyword(KEYWORDS[k])));
            }
            if let Some(name) = self.names.get(word) {
                return Ok(Some(Tok::Ident(name.clone())));
            }
            if !word.chars().all(|ch| ch.is_alphanumeric() || ch == '_') {
                return Err(CompileError::new(pos, "invalid character in identifier"));
            }
            let name: Rc<str> = Rc::from(word);
            self.names.insert(word, name.clone());
            return Ok(Some(Tok::Ident(name)));
        }
        if c.is_ascii_digit() || (c == b'.' && self.peek(1).is_ascii_digit()) {
            return self.number(pos).map(Some);
        }
        if c == b'"' || c == b'`' {
            return Ok(Some(self.string(pos, c)));
        }
        if c == b'\'' {
            return Ok(Some(self.rune(pos)));
        }
        // OPS is longest first, so the first match is the longest.
        for op in OPS.iter().filter(|op| op.as_bytes()[0] == c) {
            if self.src[self.i..].starts_with(op.as_bytes()) {
                self.i += op.len();
                return Ok(Some(if *op == ";" {
                    Tok::Semi(false)
                } else {
                    Tok::Op(op)
                }));
            }
        }
        // Go reports the character (`%#U`: `U+0040 '@'`) and skips it.
        let ch = self
            .text
            .get(self.i..)
            .and_then(|t| t.chars().next())
            .unwrap_or('\0');
        self.i += ch.len_utf8().max(1);
        let shown = if super::format_quote::is_print(ch) {
            format!(" '{ch}'")
        } else {
            String::new()
        };
        self.errors.push(CompileError::new(
            pos,
            format!("invalid character U+{:04X}{shown}", ch as u32),
        ));
        Ok(None)
    }

    fn number(&mut self, pos: Pos) -> Result<Tok, CompileError> {
        let start = self.i;
        while self.i < self.src.len()
            && (self.src[self.i].is_ascii_alphanumeric() || self.src[self.i] == b'_')
        {
            self.i += 1;
        }
        let mut float = false;
        if self.peek(0) == b'.' {
            float = true;
            self.i += 1;
            while self.peek(0).is_ascii_alphanumeric() {
                self.i += 1;
            }
        }
        let text: String = String::from_utf8_lossy(&self.src[start..self.i]).replace('_', "");
        if float || text.contains(['e', 'E', 'i']) && !text.starts_with("0x") {
            return Ok(Tok::Float);
        }
        let (digits, radix) = match text.get(..2) {
            Some("0x" | "0X") => (&text[2..], 16),
            Some("0b" | "0B") => (&text[2..], 2),
            Some("0o" | "0O") => (&text[2..], 8),
            _ if text.len() > 1 && text.starts_with('0') => (&text[1..], 8),
            _ => (&text[..], 10),
        };
        // Reported without stopping: the literal still stands as a token, so the
        // parser sees the statement it belongs to.
        let value = i128::from_str_radix(digits, radix).unwrap_or_else(|_| {
            self.errors.push(CompileError::new(
                pos,
                format!("invalid or too large integer literal {text}"),
            ));
            0
        });
        Ok(Tok::Int(value, self.source_since(start)))
    }

    /// The source text from byte `start` to the cursor: a literal as written.
    fn source_since(&self, start: usize) -> Rc<str> {
        Rc::from(self.text.get(start..self.i).unwrap_or_default())
    }

    /// Records an error at the current character, as Go's `errorf` does.
    fn error_here(&mut self, msg: String) {
        let pos = self.pos();
        self.errors.push(CompileError::new(pos, msg));
    }

    /// Go's `escape`, with `self.i` just after the backslash: the escaped value (a byte
    /// for `\x` and octal, a code point otherwise), or `None` after reporting a bad one
    /// (the offending character is left for the literal's loop).
    fn escape(&mut self, quote: u8) -> Option<u32> {
        let c = self.peek(0);
        let simple = match c {
            b'a' => Some(7),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(10),
            b'r' => Some(13),
            b't' => Some(9),
            b'v' => Some(11),
            b'\\' => Some(u32::from(b'\\')),
            _ if c == quote => Some(u32::from(c)),
            _ => None,
        };
        if let Some(v) = simple {
            self.i += 1;
            return Some(v);
        }
        let (n, base, max, name) = match c {
            b'0'..=b'7' => (3, 8, 255, "octal"),
            b'x' => (2, 16, 255, "hexadecimal"),
            b'u' => (4, 16, 0x10_ffff, "hexadecimal"),
            b'U' => (8, 16, 0x10_ffff, "hexadecimal"),
            _ if self.i >= self.src.len() => return Some(0),
            _ => {
                self.error_here("unknown escape".to_string());
                return None;
            }
        };
        if base == 16 {
            self.i += 1;
        }
        let mut x: u32 = 0;
        for _ in 0..n {
            if self.i >= self.src.len() {
                return Some(x);
            }
            let ch = self
                .text
                .get(self.i..)
                .and_then(|t| t.chars().next())
                .unwrap_or('\0');
            let d = ch.to_digit(16).unwrap_or(base);
            if d >= base {
                let q = super::format_quote::quote_rune(i64::from(ch as u32), false);
                self.error_here(format!("invalid character {q} in {name} escape"));
                return None;
            }
            x = x * base + d;
            self.i += 1;
        }
        if x > max && base == 8 {
            self.error_here(format!("octal escape value {x} > 255"));
            return None;
        }
        if x > max || (0xd800..0xe000).contains(&x) {
            self.error_here(format!("escape is invalid Unicode code point U+{x:04X}"));
            return None;
        }
        Some(x)
    }

    /// A `"..."` or raw string; a bad escape or a newline is reported and the token made.
    fn string(&mut self, pos: Pos, quote: u8) -> Tok {
        let start = self.i;
        self.i += 1;
        let mut bytes = Vec::new();
        loop {
            let Some(&c) = self.src.get(self.i) else {
                self.errors
                    .push(CompileError::new(pos, "string not terminated"));
                break;
            };
            if c == quote {
                self.i += 1;
                break;
            }
            if c == b'\n' && quote == b'"' {
                self.error_here("newline in string".to_string());
                break;
            }
            if c == b'\\' && quote == b'"' {
                let byte_escape = matches!(self.peek(1), b'x' | b'0'..=b'7');
                self.i += 1;
                match self.escape(quote) {
                    Some(v) if byte_escape => bytes.push(v as u8),
                    Some(v) => {
                        let ch = char::from_u32(v).unwrap_or('\u{fffd}');
                        bytes.extend_from_slice(ch.to_string().as_bytes());
                    }
                    None => {}
                }
                continue;
            }
            if c == b'\n' {
                self.line += 1;
                self.line_start = self.i + 1;
            }
            if c != b'\r' || quote == b'"' {
                // A raw string drops carriage returns, as Go's spec says.
                bytes.push(c);
            }
            self.i += 1;
        }
        Tok::Str(Rc::from(bytes), self.source_since(start))
    }

    /// A rune literal, with Go's complaints about empty and overlong ones.
    fn rune(&mut self, pos: Pos) -> Tok {
        let start = self.i;
        self.i += 1;
        let mut ok = true;
        let mut n = 0;
        let mut value: i64 = 0;
        loop {
            let Some(&c) = self.src.get(self.i) else {
                if ok {
                    self.errors
                        .push(CompileError::new(pos, "rune literal not terminated"));
                }
                break;
            };
            if c == b'\'' {
                if ok && n == 0 {
                    self.error_here("empty rune literal or unescaped '".to_string());
                } else if ok && n != 1 {
                    self.errors.push(CompileError::new(
                        pos,
                        "more than one character in rune literal",
                    ));
                }
                self.i += 1;
                break;
            }
            if c == b'\n' {
                if ok {
                    self.error_here("newline in rune literal".to_string());
                }
                break;
            }
            if c == b'\\' {
                self.i += 1;
                match self.escape(b'\'') {
                    Some(v) => value = i64::from(v),
                    None => ok = false,
                }
            } else {
                let ch = self
                    .text
                    .get(self.i..)
                    .and_then(|t| t.chars().next())
                    .unwrap_or('\0');
                self.i += ch.len_utf8().max(1);
                value = i64::from(ch as u32);
            }
            n += 1;
        }
        Tok::Char(value, self.source_since(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Tok> {
        lex(src)
            .map(|t| t.into_iter().map(|t| t.tok).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_newline_after_an_identifier_or_closing_brace_inserts_a_semicolon() {
        let toks = kinds("x++\n}\n");
        assert_eq!(
            toks,
            vec![
                Tok::Ident("x".into()),
                Tok::Op("++"),
                Tok::Semi(true),
                Tok::Op("}"),
                Tok::Semi(true),
                Tok::Eof
            ]
        );
    }

    #[test]
    fn an_error_that_stops_the_lexer_still_ends_the_token_stream() {
        // A too-large literal stopped the lexer without an end token, and the parser,
        // which runs on after lexical errors, recursed until the native stack overflowed.
        // Such a literal no longer stops the lexer; an unterminated comment does.
        let (toks, errors, stopped) = lex_all("x := 1 /* open\ny := 1\n");
        assert_eq!((errors.len(), stopped), (1, true));
        assert_eq!(toks.last().map(|t| &t.tok), Some(&Tok::Eof));
        let src = "package main\n\nfunc main() {\n\tx := 1000000000000000000000000000000000000000000\n\t_ = x\n}\n";
        assert!(super::super::build(src).is_err());
        // The smallest int is an untyped constant that fits once negated, as in Go.
        let src = "package main\n\nfunc main() {\n\tx := -9223372036854775808\n\t_ = x\n}\n";
        assert!(super::super::build(src).is_ok());
    }

    #[test]
    fn a_newline_after_an_operator_or_open_brace_inserts_nothing() {
        assert_eq!(kinds("a +\nb"), kinds("a + b"));
    }

    #[test]
    fn columns_count_bytes_and_a_tab_is_one_column() {
        let toks = lex("\tx := 1").unwrap_or_default();
        assert_eq!(toks[0].pos, Pos { line: 1, col: 2 });
        assert_eq!(toks[1].pos, Pos { line: 1, col: 4 });
    }
}
