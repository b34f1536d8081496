//! Statements: simple statements, `if`, `switch`, `for`, `select`, `go`, `defer`, and the
//! subset's errors for labels, `goto` and `fallthrough`.

use super::ast::{Expr, ExprKind, Name, Stmt, StmtKind};
use super::error::CompileError;
use super::parser::{PResult, Parser};
use super::token::{Pos, Tok};

const STMTS: &str = "break and continue without labels";

impl Parser {
    /// One statement (declarations are read by the statement list, `Parser::block`'s
    /// loop, since a group declares several names in the enclosing block).
    pub(super) fn stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        let kind = match self.tok().clone() {
            Tok::Keyword("type") => {
                return Err(CompileError::unsupported(
                    pos,
                    "type declarations",
                    "int, bool, string, rune, time.Duration, channels, sync types",
                ))
            }
            Tok::Keyword("go") | Tok::Keyword("defer") => {
                let go = self.is_kw("go");
                self.bump();
                let mut call = self.expr()?;
                let what = if go { "go" } else { "defer" };
                if matches!(call.kind, ExprKind::Paren(_)) {
                    // Go's parser reports the parentheses and goes on without them.
                    self.notices.push(CompileError::new(
                        call.pos,
                        format!("expression in {what} must not be parenthesized"),
                    ));
                    while let ExprKind::Paren(inner) = call.kind {
                        call = *inner;
                    }
                }
                if !matches!(call.kind, ExprKind::Call(..)) {
                    // Go's parser reports this and goes on, taking the expression as
                    // called without arguments (the common slip is forgetting `()`), so
                    // the checker still runs. Go places the error at its own node
                    // position, which for a selector is the dot (written right before
                    // the name, as gofmt writes it).
                    let at = match &call.kind {
                        ExprKind::Selector(_, _, name) => Pos {
                            line: name.line,
                            col: name.col.saturating_sub(1).max(1),
                        },
                        _ => call.pos,
                    };
                    self.notices.push(CompileError::new(
                        at,
                        format!("expression in {what} must be function call"),
                    ));
                    let pos = call.pos;
                    call = self.expr_at(pos, ExprKind::Call(Box::new(call), Vec::new()));
                }
                if go {
                    StmtKind::Go(call)
                } else {
                    StmtKind::Defer(call)
                }
            }
            Tok::Keyword("return") => {
                self.bump();
                let values = if matches!(self.tok(), Tok::Semi(_)) || self.is_op("}") {
                    Vec::new()
                } else {
                    self.expr_list()?
                };
                StmtKind::Return(values)
            }
            Tok::Keyword(k @ ("break" | "continue")) => {
                self.bump();
                if matches!(self.tok(), Tok::Ident(_)) {
                    return Err(CompileError::unsupported(pos, "labels", STMTS));
                }
                if k == "break" {
                    StmtKind::Break
                } else {
                    StmtKind::Continue
                }
            }
            Tok::Keyword("goto") => return Err(CompileError::unsupported(pos, "goto", STMTS)),
            Tok::Keyword("fallthrough") => {
                return Err(CompileError::unsupported(
                    pos,
                    "fallthrough",
                    "switch cases with several values (case a, b:)",
                ))
            }
            Tok::Op("{") => StmtKind::Block(self.block()?),
            Tok::Keyword("if") => return self.if_stmt(),
            Tok::Keyword("switch") => self.switch_stmt()?,
            Tok::Keyword("for") => self.for_stmt()?,
            Tok::Keyword("select") => self.select_stmt()?,
            Tok::Semi(_) => StmtKind::Empty,
            _ => return self.simple_stmt(),
        };
        Ok(Stmt { pos, kind })
    }

    /// `var a, b T = x, y` or a grouped `var ( ... )` after the keyword.
    pub(super) fn var_decl(&mut self, pos: Pos, is_const: bool) -> PResult<Vec<Stmt>> {
        if is_const {
            return self.const_decl(pos);
        }
        let mut out = Vec::new();
        if self.eat_op("(") {
            while !self.is_op(")") {
                let spec_pos = self.pos();
                out.push(self.var_spec(spec_pos, false, false)?);
                self.semi("after declaration")?;
            }
            self.bump();
        } else {
            out.push(self.var_spec(pos, false, false)?);
        }
        Ok(out)
    }

    /// One spec; a constant one may leave out its expressions when `may_repeat` (not
    /// the first of its group: `parse_const.rs` fills them in).
    pub(super) fn var_spec(&mut self, pos: Pos, is_const: bool, may_repeat: bool) -> PResult<Stmt> {
        let mut names = vec![self.ident()?];
        while self.eat_op(",") {
            names.push(self.ident()?);
        }
        let ty = if self.is_op("=") || matches!(self.tok(), Tok::Semi(_)) || self.is_op(")") {
            None
        } else {
            Some(self.type_expr()?)
        };
        let values = if self.eat_op("=") {
            self.expr_list()?
        } else {
            if is_const && !may_repeat {
                return Err(Self::missing_const_init(pos));
            }
            Vec::new()
        };
        Ok(Stmt {
            pos,
            kind: StmtKind::Var(names, ty, values, is_const),
        })
    }

    /// A simple statement: expression, send, `++`, assignment or `:=`.
    pub(super) fn simple_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        let lhs = self.expr_list()?;
        self.simple_op = self.pos();
        let kind = match self.tok().clone() {
            Tok::Op(":=") => {
                let at = self.pos();
                self.bump();
                let names = Self::names_of(&lhs)?;
                StmtKind::Define(names, self.expr_list()?, at)
            }
            Tok::Op(
                op @ ("=" | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>="
                | "&^="),
            ) => {
                self.bump();
                StmtKind::Assign(lhs, op, self.expr_list()?)
            }
            Tok::Op("<-") => {
                self.bump();
                let value = self.expr()?;
                StmtKind::Send(Self::single(lhs)?, value)
            }
            Tok::Op(op @ ("++" | "--")) => {
                self.bump();
                StmtKind::IncDec(Self::single(lhs)?, op == "++")
            }
            Tok::Op(":") if lhs.len() == 1 && matches!(lhs[0].kind, ExprKind::Ident(_)) => {
                return Err(CompileError::unsupported(pos, "labels", STMTS));
            }
            _ => StmtKind::Expr(Self::single(lhs)?),
        };
        Ok(Stmt { pos, kind })
    }

    pub(super) fn single(mut list: Vec<Expr>) -> PResult<Expr> {
        if list.len() == 1 {
            return Ok(list.remove(0));
        }
        let pos = list.first().map(|e| e.pos).unwrap_or_default();
        Err(CompileError::new(
            pos,
            "syntax error: unexpected comma, expecting := or = or comma",
        ))
    }

    pub(super) fn names_of(lhs: &[Expr]) -> PResult<Vec<Name>> {
        lhs.iter()
            .map(|e| match &e.kind {
                ExprKind::Ident(name) => Ok((name.clone(), e.pos)),
                _ => Err(CompileError::new(
                    e.pos,
                    format!("non-name {} on left side of :=", super::print::expr(e)),
                )),
            })
            .collect()
    }
}
