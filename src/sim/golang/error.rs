//! A compile error, as Go's compiler words it: `line:col: message`.

use std::fmt;

use super::token::Pos;

/// One compile error at a source position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Where Go reports it.
    pub pos: Pos,
    /// Go's wording, e.g. `undefined: x`.
    pub msg: String,
    /// A second position Go prints on its own indented line under the error, with its
    /// words (`other declaration of x` under `x redeclared in this block`).
    pub note: Option<(Pos, String)>,
}

impl CompileError {
    /// An error at `pos`.
    pub fn new(pos: Pos, msg: impl Into<String>) -> Self {
        CompileError {
            pos,
            msg: msg.into(),
            note: None,
        }
    }

    /// An error with a second position and its words.
    pub fn with_note(pos: Pos, msg: impl Into<String>, at: Pos, note: impl Into<String>) -> Self {
        CompileError {
            pos,
            msg: msg.into(),
            note: Some((at, note.into())),
        }
    }

    /// The subset's error for a construct the lab does not run.
    pub fn unsupported(pos: Pos, construct: &str, supported: &str) -> Self {
        CompileError::new(
            pos,
            format!("{construct} is not supported in this lab (supported: {supported})"),
        )
    }
}

impl fmt::Display for CompileError {
    /// `line:col: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.pos.line, self.pos.col, self.msg)
    }
}

/// Go's compiler stops at ten errors: it prints the first ten it found, sorted by
/// position, then `too many errors` at the tenth, even when no eleventh follows (it
/// stops as the tenth arrives). An error that repeats the one just before it on the
/// same line is not counted. `errors` come in the order found.
pub fn sorted(found: Vec<CompileError>) -> Vec<CompileError> {
    let mut errors: Vec<CompileError> = Vec::with_capacity(found.len());
    for e in found {
        if !errors
            .last()
            .is_some_and(|l| l.pos.line == e.pos.line && l.msg == e.msg)
        {
            errors.push(e);
        }
    }
    let too_many = (errors.len() >= 10).then(|| errors[9].pos);
    errors.truncate(10);
    errors.sort_by_key(|e| e.pos);
    errors.dedup_by(|a, b| a.pos.line == b.pos.line && a.msg == b.msg);
    if let Some(pos) = too_many {
        errors.push(CompileError::new(pos, "too many errors"));
    }
    errors
}

/// What `go build` prints on standard error for these errors of `file` (shown as
/// `./file` when relative, as Go shows a file in the current directory).
pub fn go_build_output(file: &str, errors: &[CompileError]) -> String {
    let shown = if file.starts_with('/') || file.starts_with('.') {
        file.to_string()
    } else {
        format!("./{file}")
    };
    let mut out = String::from("# command-line-arguments\n");
    for e in errors {
        out.push_str(&format!("{shown}:{e}\n"));
        if let Some((at, note)) = &e.note {
            out.push_str(&format!("\t{shown}:{}:{}: {note}\n", at.line, at.col));
        }
    }
    out
}
