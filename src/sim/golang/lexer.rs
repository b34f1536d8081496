//! The lexer: source text to tokens, with Go's automatic semicolons (a newline after an
//! identifier, a literal, `break`, `continue`, `fallthrough`, `return`, `++`, `--`, `)`,
//! `]` or `}` ends the statement).

use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::error::CompileError;
use super::token::{Pos, Tok, Token, KEYWORDS, OPS};

/// Splits `src` into tokens, ending with [`Tok::Eof`].
pub fn lex(src: &str) -> Result<Vec<Token>, CompileError> {
    Lexer {
        src: src.as_bytes(),
        text: src,
        i: 0,
        line: 1,
        line_start: 0,
        out: Vec::with_capacity(src.len() / 3),
        names: FxHashMap::default(),
    }
    .run()
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
            Some(Tok::Ident(_) | Tok::Int(_) | Tok::Str(_) | Tok::Char(_) | Tok::Float) => true,
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

    fn run(mut self) -> Result<Vec<Token>, CompileError> {
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
                    let tok = self.token(pos)?;
                    self.out.push(Token { tok, pos });
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
        Ok(self.out)
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

    fn token(&mut self, pos: Pos) -> Result<Tok, CompileError> {
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
                return Ok(Tok::Keyword(KEYWORDS[k]));
            }
            if let Some(name) = self.names.get(word) {
                return Ok(Tok::Ident(name.clone()));
            }
            if !word.chars().all(|ch| ch.is_alphanumeric() || ch == '_') {
                return Err(CompileError::new(pos, "invalid character in identifier"));
            }
            let name: Rc<str> = Rc::from(word);
            self.names.insert(word, name.clone());
            return Ok(Tok::Ident(name));
        }
        if c.is_ascii_digit() || (c == b'.' && self.peek(1).is_ascii_digit()) {
            return self.number(pos);
        }
        if c == b'"' || c == b'`' {
            return self.string(pos, c);
        }
        if c == b'\'' {
            return self.rune(pos);
        }
        // OPS is longest first, so the first match is the longest.
        for op in OPS.iter().filter(|op| op.as_bytes()[0] == c) {
            if self.src[self.i..].starts_with(op.as_bytes()) {
                self.i += op.len();
                return Ok(if *op == ";" {
                    Tok::Semi(false)
                } else {
                    Tok::Op(op)
                });
            }
        }
        Err(CompileError::new(
            pos,
            format!("invalid character U+{:04X}", u32::from(c)),
        ))
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
        i64::from_str_radix(digits, radix)
            .map(Tok::Int)
            .map_err(|_| {
                CompileError::new(pos, format!("invalid or too large integer literal {text}"))
            })
    }

    fn escape(&mut self, pos: Pos, quote: u8) -> Result<char, CompileError> {
        self.i += 1;
        let c = self.peek(0);
        self.i += 1;
        Ok(match c {
            b'n' => '\n',
            b't' => '\t',
            b'r' => '\r',
            b'a' => '\x07',
            b'b' => '\x08',
            b'f' => '\x0c',
            b'v' => '\x0b',
            b'\\' => '\\',
            _ if c == quote => c as char,
            _ => return Err(CompileError::new(pos, "unknown escape sequence")),
        })
    }

    fn string(&mut self, pos: Pos, quote: u8) -> Result<Tok, CompileError> {
        self.i += 1;
        let mut bytes = Vec::new();
        loop {
            let Some(&c) = self.src.get(self.i) else {
                return Err(CompileError::new(pos, "string literal not terminated"));
            };
            if c == quote {
                self.i += 1;
                break;
            }
            if c == b'\n' && quote == b'"' {
                return Err(CompileError::new(pos, "newline in string"));
            }
            if c == b'\\' && quote == b'"' {
                let ch = self.escape(pos, quote)?;
                bytes.extend_from_slice(ch.to_string().as_bytes());
                continue;
            }
            if c == b'\n' {
                self.line += 1;
                self.line_start = self.i + 1;
            }
            bytes.push(c);
            self.i += 1;
        }
        let text = String::from_utf8_lossy(&bytes);
        Ok(Tok::Str(Rc::from(text.as_ref())))
    }

    fn rune(&mut self, pos: Pos) -> Result<Tok, CompileError> {
        self.i += 1;
        let value = if self.peek(0) == b'\\' {
            self.escape(pos, b'\'')? as i64
        } else {
            let rest = std::str::from_utf8(&self.src[self.i..]).unwrap_or("");
            let ch = rest.chars().next().unwrap_or('\0');
            self.i += ch.len_utf8().max(1);
            ch as i64
        };
        if self.peek(0) != b'\'' {
            return Err(CompileError::new(pos, "rune literal not terminated"));
        }
        self.i += 1;
        Ok(Tok::Char(value))
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
