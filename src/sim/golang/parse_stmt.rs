//! Statements: simple statements, `if`, `switch`, `for`, `select`, `go`, `defer`, and the
//! subset's errors for labels, `goto` and `fallthrough`.

use super::ast::{Case, Comm, Expr, ExprKind, Name, SelectCase, Stmt, StmtKind};
use super::error::CompileError;
use super::parser::{PResult, Parser};
use super::token::{Pos, Tok};

const STMTS: &str = "break and continue without labels";

impl Parser {
    /// One statement.
    pub(super) fn stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        let kind = match self.tok().clone() {
            Tok::Keyword("var") | Tok::Keyword("const") => {
                let is_const = self.is_kw("const");
                self.bump();
                let mut decls = self.var_decl(pos, is_const)?;
                if decls.len() == 1 {
                    return Ok(decls.remove(0));
                }
                StmtKind::Block(super::ast::Block {
                    stmts: decls,
                    end: pos,
                })
            }
            Tok::Keyword("type") => {
                return Err(CompileError::unsupported(
                    pos,
                    "type declarations",
                    "int, bool, string, time.Duration, channels, sync types",
                ))
            }
            Tok::Keyword("go") | Tok::Keyword("defer") => {
                let go = self.is_kw("go");
                self.bump();
                let call = self.expr()?;
                if !matches!(call.kind, ExprKind::Call(..)) {
                    let what = if go { "go" } else { "defer" };
                    return Err(CompileError::new(
                        call.pos,
                        format!("syntax error: expression in {what} must be function call"),
                    ));
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
        let mut out = Vec::new();
        if self.eat_op("(") {
            while !self.is_op(")") {
                let spec_pos = self.pos();
                out.push(self.var_spec(spec_pos, is_const)?);
                self.semi("after declaration")?;
            }
            self.bump();
        } else {
            out.push(self.var_spec(pos, is_const)?);
        }
        Ok(out)
    }

    fn var_spec(&mut self, pos: Pos, is_const: bool) -> PResult<Stmt> {
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
            if is_const {
                return Err(CompileError::new(
                    pos,
                    "missing init expr for const declaration",
                ));
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
        let kind = match self.tok().clone() {
            Tok::Op(":=") => {
                let at = self.pos();
                self.bump();
                let names = Self::names_of(&lhs)?;
                StmtKind::Define(names, self.expr_list()?, at)
            }
            Tok::Op(op @ ("=" | "+=" | "-=" | "*=" | "/=" | "%=")) => {
                self.bump();
                StmtKind::Assign(lhs, op, self.expr_list()?)
            }
            Tok::Op(op @ ("&=" | "|=" | "^=" | "<<=" | ">>=" | "&^=")) => {
                return Err(CompileError::unsupported(
                    self.pos(),
                    &format!("the {op} operator"),
                    "=, +=, -=, *=, /=, %=",
                ))
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

    fn single(mut list: Vec<Expr>) -> PResult<Expr> {
        if list.len() == 1 {
            return Ok(list.remove(0));
        }
        let pos = list.first().map(|e| e.pos).unwrap_or_default();
        Err(CompileError::new(
            pos,
            "syntax error: unexpected comma, expecting := or = or comma",
        ))
    }

    fn names_of(lhs: &[Expr]) -> PResult<Vec<Name>> {
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

    /// A header's simple statement, with composite literals off.
    fn header_stmt(&mut self) -> PResult<Stmt> {
        let saved = self.no_lit;
        self.no_lit = true;
        let s = self.simple_stmt();
        self.no_lit = saved;
        s
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
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
            _ => {
                return Err(CompileError::new(
                    cond_stmt.pos,
                    "cannot use assignment as value (missing condition in if statement)",
                ))
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

    fn switch_stmt(&mut self) -> PResult<StmtKind> {
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

    fn for_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        if self.is_op("{") {
            return Ok(StmtKind::For(None, None, None, self.block()?));
        }
        if self.is_kw("range") {
            self.bump();
            let x = self.header_expr()?;
            return Ok(StmtKind::Range(None, false, x, self.block()?));
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
                if lhs.len() > 1 {
                    return Err(CompileError::new(
                        lhs[1].pos,
                        format!(
                            "range over {} permits only one iteration variable",
                            super::print::expr(&x)
                        ),
                    ));
                }
                let var = match &lhs[0].kind {
                    ExprKind::Ident(n) => (n.clone(), lhs[0].pos),
                    _ => {
                        return Err(CompileError::unsupported(
                            pos,
                            "ranging into an expression",
                            "for v := range ch",
                        ))
                    }
                };
                return Ok(StmtKind::Range(Some(var), define, x, self.block()?));
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

    fn header_expr(&mut self) -> PResult<Expr> {
        let saved = self.no_lit;
        self.no_lit = true;
        let e = self.expr();
        self.no_lit = saved;
        e
    }

    fn select_stmt(&mut self) -> PResult<StmtKind> {
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
