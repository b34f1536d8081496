//! Tokens of the Go subset, with their source positions (1-based line and byte column, as
//! Go's compiler reports them).

use std::rc::Rc;

/// A source position: 1-based line and 1-based byte column (a tab counts as one column).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 1-based byte column.
    pub col: u32,
}

/// What a token is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    /// An identifier (keywords are separate variants).
    Ident(Rc<str>),
    /// An integer literal's value (wider than `int`, as Go's untyped constants are, so
    /// that `10000000000000000000 / 10` is a valid constant) and its source text, which
    /// Go's messages quote as written (`0x10`, `1_000`).
    Int(i128, Rc<str>),
    /// A string literal's value, escapes decoded, and its source text (`` `raw` ``).
    Str(Rc<[u8]>, Rc<str>),
    /// A rune literal's value (`'a'`) and its source text.
    Char(i64, Rc<str>),
    /// A floating-point or imaginary literal (outside the subset).
    Float,
    /// A keyword, such as `func`.
    Keyword(&'static str),
    /// An operator or delimiter, such as `<-` or `{`.
    Op(&'static str),
    /// `;`, written or inserted by Go's rule; `true` when inserted at a newline.
    Semi(bool),
    /// The end of the source.
    Eof,
}

/// A token and where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token.
    pub tok: Tok,
    /// Where it starts.
    pub pos: Pos,
}

/// Go's 25 keywords, in byte order (the lexer searches them by halves).
pub const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

/// Operators and delimiters, longest first so the lexer can match greedily.
pub const OPS: &[&str] = &[
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "+", "-", "*", "/", "%", "&", "|",
    "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":", "~",
];

impl Tok {
    /// How Go 1.19's parser names the token in a syntax error (`x`, `literal 1`, `else`, `{`).
    pub fn describe(&self) -> String {
        match self {
            Tok::Ident(name) => name.to_string(),
            Tok::Int(_, text) | Tok::Str(_, text) | Tok::Char(_, text) => format!("literal {text}"),
            Tok::Float => "literal".to_string(),
            Tok::Keyword(k) => k.to_string(),
            Tok::Op(op) => op.to_string(),
            Tok::Semi(true) => "newline".to_string(),
            Tok::Semi(false) => "semicolon".to_string(),
            Tok::Eof => "EOF".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_keywords_are_sorted_for_binary_search() {
        assert!(super::KEYWORDS.windows(2).all(|w| w[0] < w[1]));
    }
}
