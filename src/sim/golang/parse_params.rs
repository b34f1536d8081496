//! A function type's parameter list, `func(a, b int, s string)` or `func(int, string)`,
//! read as Go's parser reads it. An entry is a bare name (`a`), a type with a name
//! (`b int`) or a type alone (`chan int`); a bare name is a parameter's name when some
//! entry of the list has both a name and a type, and a type's name otherwise. So in
//! `func(a, b int)` the `a` shares `b`'s type, and in `func(int, string)` each entry is a
//! type.

use std::rc::Rc;

use super::ast::TypeExpr;
use super::error::CompileError;
use super::parser::{PResult, Parser};
use super::token::{Pos, Tok};

/// One entry of the list before the names are shared out.
enum Entry {
    /// A lone identifier: a name, or a type's name.
    Bare(Rc<str>, Pos),
    /// A type, with the name written before it if any.
    Typed(Option<Rc<str>>, TypeExpr, Pos),
}

impl Parser {
    /// The parameters of a `func(...)` type up to (not past) the closing `)`.
    pub(super) fn func_type_params(&mut self) -> PResult<Vec<(Option<Rc<str>>, TypeExpr)>> {
        let mut entries = Vec::new();
        while !self.is_op(")") {
            let pos = self.pos();
            let bare = matches!(self.tok(), Tok::Ident(_))
                && matches!(self.peek_tok(1), Tok::Op("," | ")"));
            let named = matches!(self.tok(), Tok::Ident(_))
                && !matches!(self.peek_tok(1), Tok::Op("," | ")" | "."));
            entries.push(if bare {
                let (name, pos) = self.ident()?;
                Entry::Bare(name, pos)
            } else if named {
                let (name, _) = self.ident()?;
                Entry::Typed(Some(name), self.type_expr()?, pos)
            } else {
                Entry::Typed(None, self.type_expr()?, pos)
            });
            if !self.eat_op(",") && !self.is_op(")") {
                return Err(CompileError::new(
                    self.pos(),
                    format!(
                        "syntax error: unexpected {} in parameter list; possibly missing comma or )",
                        self.describe_tok()
                    ),
                ));
            }
        }
        share_types(entries)
    }
}

/// Gives each bare name the type written after it when the list names its parameters,
/// or makes every bare name a type when none does; a list that names some parameters
/// only is Go's syntax error at the leftmost entry without a name or a type.
fn share_types(entries: Vec<Entry>) -> PResult<Vec<(Option<Rc<str>>, TypeExpr)>> {
    let any_named = entries
        .iter()
        .any(|e| matches!(e, Entry::Typed(Some(_), _, _)));
    if !any_named {
        return Ok(entries
            .into_iter()
            .map(|e| match e {
                Entry::Bare(name, pos) => (None, TypeExpr::Name(name, pos)),
                Entry::Typed(_, t, _) => (None, t),
            })
            .collect());
    }
    let mut out = Vec::with_capacity(entries.len());
    let mut next_type: Option<TypeExpr> = None;
    let mut err_pos: Option<Pos> = None;
    for e in entries.into_iter().rev() {
        match e {
            Entry::Typed(name, t, pos) => {
                if name.is_none() {
                    err_pos = Some(pos);
                }
                next_type = Some(t.clone());
                out.push((name, t));
            }
            Entry::Bare(name, pos) => match &next_type {
                Some(t) => out.push((Some(name), t.clone())),
                None => {
                    err_pos = Some(pos);
                    out.push((Some(name), TypeExpr::Name("_".into(), pos)));
                }
            },
        }
    }
    if let Some(pos) = err_pos {
        return Err(CompileError::new(
            pos,
            "syntax error: mixed named and unnamed parameters",
        ));
    }
    out.reverse();
    Ok(out)
}
