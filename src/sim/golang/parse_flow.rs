//! The parser's compound statements: `if`, `switch`, `for` (three clauses, condition,
//! infinite, `range`) and `select`, whose headers turn composite literals off.

use super::ast::{Case, Comm, Expr, ExprKind, SelectCase, Stmt, StmtKind};
use super::error::CompileError;
use super::parser::{PResult, Parser};
use super::token::Tok;

impl Parser {
    /// A header's simple statement, with composite literals off.
    pub(super) fn header_stmt(&mut self) -> PResult<Stmt> {
        let saved = self.no_lit;
        self.no_lit = true;
        let s = self.simple_stmt();
        self.no_lit = saved;
        s
    }

    pub(super) fn if_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        self.bump();
        let mut init = None;
        let mut cond_stmt = self.header_stmt()?;
        if matches!(self.tok(), Tok::Semi(false)) {
            self.bump();
            init = Some(Box::new(cond_stmt));
            cond_stmt = self.header_stmt()?;
        }
        let cond = match cond_stmt.kind {
            StmtKind::Expr(e) => e,
            other => {
                // Go's parser names the statement, with `=`'s sides in parentheses to
                // point at the likely `==` typo, at the statement's operator.
                let list = |l: &[Expr]| {
                    l.iter()
                        .map(super::print::expr)
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let what = match &other {
                    StmtKind::Assign(l, "=", r) => {
                        format!("assignment ({}) = ({})", list(l), list(r))
                    }
                    StmtKind::Assign(l, op, r) => format!("{} {op} {}", list(l), list(r)),
                    StmtKind::Define(names, r, _) => {
                        let names: Vec<&str> = names.iter().map(|n| &*n.0).collect();
                        format!("{} := {}", names.join(", "), list(r))
                    }
                    StmtKind::IncDec(x, inc) => {
                        format!(
                            "{}{}",
                            super::print::expr(x),
                            if *inc { "++" } else { "--" }
                        )
                    }
                    StmtKind::Send(ch, v) => {
                        format!("{} <- {}", super::print::expr(ch), super::print::expr(v))
                    }
                    _ => "statement".to_string(),
                };
                return Err(CompileError::new(
                    self.simple_op,
                    format!("syntax error: cannot use {what} as value"),
                ));
            }
        };
        if !self.is_op("{") {
            return self.unexpected("{ after if clause");
        }
        let then = self.block()?;
        let els = if self.is_kw("else") {
            self.bump();
            if self.is_kw("if") {
                Some(Box::new(self.if_stmt()?))
            } else if self.is_op("{") {
                let bpos = self.pos();
                let b = self.block()?;
                Some(Box::new(Stmt {
                    pos: bpos,
                    kind: StmtKind::Block(b),
                }))
            } else {
                return self.unexpected("if statement or block");
            }
        } else {
            None
        };
        Ok(Stmt {
            pos,
            kind: StmtKind::If(init, cond, then, els),
        })
    }

    pub(super) fn switch_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut init = None;
        let mut tag = None;
        if !self.is_op("{") {
            let first = if matches!(self.tok(), Tok::Semi(false)) {
                None
            } else {
                Some(self.header_stmt()?)
            };
            if matches!(self.tok(), Tok::Semi(false)) {
                self.bump();
                init = first.map(Box::new);
                if !self.is_op("{") {
                    tag = Some(self.header_stmt()?);
                }
            } else {
                tag = first;
            }
        }
        let tag = match tag.map(|s| s.kind) {
            None => None,
            Some(StmtKind::Expr(e)) => Some(e),
            Some(_) => {
                return Err(CompileError::unsupported(
                    self.pos(),
                    "type switches and assignments as switch tags",
                    "switch x { ... } and switch { ... }",
                ))
            }
        };
        self.expect_op("{")?;
        let mut cases = Vec::new();
        while !self.is_op("}") {
            let pos = self.pos();
            let values = if self.is_kw("case") {
                self.bump();
                Some(self.expr_list()?)
            } else if self.is_kw("default") {
                self.bump();
                None
            } else {
                return self.unexpected("case or default or }");
            };
            self.expect_op(":")?;
            let body = self.stmt_list()?;
            cases.push(Case { pos, values, body });
        }
        self.bump();
        Ok(StmtKind::Switch(init, tag, cases))
    }

    pub(super) fn for_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        if self.is_op("{") {
            return Ok(StmtKind::For(None, None, None, self.block()?));
        }
        if self.is_kw("range") {
            self.bump();
            let x = self.header_expr()?;
            return Ok(StmtKind::Range(Vec::new(), false, x, self.block()?));
        }
        let saved = self.no_lit;
        self.no_lit = true;
        let mut init = None;
        if !matches!(self.tok(), Tok::Semi(false)) {
            let pos = self.pos();
            let start = self.i;
            let lhs = self.expr_list()?;
            if (self.is_op(":=") || self.is_op("="))
                && matches!(self.peek_tok(1), Tok::Keyword("range"))
            {
                let define = self.is_op(":=");
                self.bump();
                self.bump();
                let x = self.expr()?;
                self.no_lit = saved;
                let mut vars = Vec::new();
                for e in &lhs {
                    match &e.kind {
                        ExprKind::Ident(n) => vars.push((n.clone(), e.pos)),
                        _ => {
                            return Err(CompileError::unsupported(
                                pos,
                                "ranging into an expression",
                                "for v := range ch",
                            ))
                        }
                    }
                }
                return Ok(StmtKind::Range(vars, define, x, self.block()?));
            }
            self.i = start;
            init = Some(self.simple_stmt()?);
        }
        let (init, cond, post) = if matches!(self.tok(), Tok::Semi(false)) {
            self.bump();
            let cond = if matches!(self.tok(), Tok::Semi(false)) {
                None
            } else {
                Some(self.expr()?)
            };
            if !matches!(self.tok(), Tok::Semi(false)) {
                return self.unexpected("{ after for clause");
            }
            self.bump();
            let post = if self.is_op("{") {
                None
            } else {
                Some(Box::new(self.simple_stmt()?))
            };
            (init.map(Box::new), cond, post)
        } else {
            match init.map(|s| s.kind) {
                Some(StmtKind::Expr(e)) => (None, Some(e), None),
                _ => return self.unexpected("for loop condition"),
            }
        };
        self.no_lit = saved;
        if !self.is_op("{") {
            return self.unexpected("{ after for clause");
        }
        Ok(StmtKind::For(init, cond, post, self.block()?))
    }

    pub(super) fn header_expr(&mut self) -> PResult<Expr> {
        let saved = self.no_lit;
        self.no_lit = true;
        let e = self.expr();
        self.no_lit = saved;
        e
    }

    pub(super) fn select_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        self.expect_op("{")?;
        let mut cases = Vec::new();
        while !self.is_op("}") {
            let pos = self.pos();
            let comm = if self.is_kw("default") {
                self.bump();
                Comm::Default
            } else if self.is_kw("case") {
                self.bump();
                let lhs = self.expr_list()?;
                if self.is_op("<-") {
                    self.bump();
                    let v = self.expr()?;
                    Comm::Send(Self::single(lhs)?, v)
                } else if self.is_op(":=") || self.is_op("=") {
                    let define = self.is_op(":=");
                    self.bump();
                    Comm::Recv(lhs, define, self.expr()?)
                } else {
                    Comm::Recv(Vec::new(), false, Self::single(lhs)?)
                }
            } else {
                return self.unexpected("case or default or }");
            };
            self.expect_op(":")?;
            let body = self.stmt_list()?;
            cases.push(SelectCase { pos, comm, body });
        }
        self.bump();
        Ok(StmtKind::Select(cases))
    }
}
