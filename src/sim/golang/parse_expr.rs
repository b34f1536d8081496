//! Expressions: binary operators by Go's five precedence levels, unary operators,
//! operands, selectors, calls and function literals.

use super::ast::{Expr, ExprKind, TypeExpr};
use super::error::CompileError;
use super::parser::{PResult, Parser};
use super::token::Tok;

/// Go's binary precedence: 5 binds tightest.
fn precedence(op: &str) -> u8 {
    match op {
        "||" => 1,
        "&&" => 2,
        "==" | "!=" | "<" | "<=" | ">" | ">=" => 3,
        "+" | "-" | "|" | "^" => 4,
        "*" | "/" | "%" | "<<" | ">>" | "&" | "&^" => 5,
        _ => 0,
    }
}

impl Parser {
    /// `a, b, c`.
    pub(super) fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let mut list = vec![self.expr()?];
        while self.eat_op(",") {
            list.push(self.expr()?);
        }
        Ok(list)
    }

    /// One expression.
    pub(super) fn expr(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    fn binary(&mut self, min: u8) -> PResult<Expr> {
        let mut left = self.unary()?;
        loop {
            let Tok::Op(op) = *self.tok() else {
                return Ok(left);
            };
            let prec = precedence(op);
            if prec < min || prec == 0 {
                return Ok(left);
            }
            self.bump();
            let right = self.binary(prec + 1)?;
            let pos = left.pos;
            left = self.expr_at(pos, ExprKind::Binary(op, Box::new(left), Box::new(right)));
        }
    }

    fn unary(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        match *self.tok() {
            Tok::Op(op @ ("-" | "+" | "!" | "&" | "^")) => {
                self.bump();
                let x = self.unary()?;
                Ok(self.expr_at(pos, ExprKind::Unary(op, Box::new(x))))
            }
            Tok::Op("<-") => {
                if matches!(self.peek_tok(1), Tok::Keyword("chan")) {
                    let t = self.type_expr()?;
                    return self.primary_suffix(pos, ExprKind::Type(t));
                }
                self.bump();
                let x = self.unary()?;
                Ok(self.expr_at(pos, ExprKind::Unary("<-", Box::new(x))))
            }
            Tok::Op("*") => Err(CompileError::unsupported(
                pos,
                "pointer dereference",
                "&wg and &mu passed to *sync.WaitGroup or *sync.Mutex parameters",
            )),
            _ => self.primary(),
        }
    }

    fn primary(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let kind = match self.tok().clone() {
            Tok::Int(v, text) => {
                self.bump();
                ExprKind::Int(v, text)
            }
            Tok::Char(v, text) => {
                self.bump();
                ExprKind::Int(i128::from(v), text)
            }
            Tok::Str(s, text) => {
                self.bump();
                ExprKind::Str(s, text)
            }
            Tok::Float => {
                return Err(CompileError::unsupported(
                    pos,
                    "floating-point numbers",
                    "int, bool, string, rune, time.Duration",
                ))
            }
            Tok::Ident(name) => {
                self.bump();
                ExprKind::Ident(name)
            }
            Tok::Op("(") => {
                self.bump();
                let saved = self.no_lit;
                self.no_lit = false;
                let x = self.expr()?;
                self.no_lit = saved;
                self.expect_op(")")?;
                ExprKind::Paren(Box::new(x))
            }
            Tok::Keyword("func") => {
                self.bump();
                let sig = self.signature()?;
                if !self.is_op("{") {
                    return Err(CompileError::unsupported(
                        pos,
                        "function types",
                        "function literals func(...) { ... }",
                    ));
                }
                let saved = self.no_lit;
                self.no_lit = false;
                let body = self.block()?;
                self.no_lit = saved;
                ExprKind::FuncLit(std::rc::Rc::new(sig), std::rc::Rc::new(body))
            }
            Tok::Keyword("chan") => ExprKind::Type(self.type_expr()?),
            Tok::Keyword("struct") => {
                let t = self.type_expr()?;
                if self.is_op("{") && matches!(t, TypeExpr::EmptyStruct) {
                    self.bump();
                    self.expect_op("}")?;
                    ExprKind::EmptyStruct
                } else {
                    ExprKind::Type(t)
                }
            }
            _ => {
                if let Some(e) = self.unsupported_type(pos) {
                    return Err(e);
                }
                return self.unexpected("expression");
            }
        };
        self.primary_suffix(pos, kind)
    }

    fn primary_suffix(&mut self, pos: super::token::Pos, kind: ExprKind) -> PResult<Expr> {
        let mut x = self.expr_at(pos, kind);
        loop {
            if self.is_op(".") {
                self.bump();
                if self.is_op("(") {
                    return Err(CompileError::unsupported(
                        self.pos(),
                        "type assertions",
                        "the subset's types, without interfaces",
                    ));
                }
                let (name, name_pos) = self.ident()?;
                x = self.expr_at(pos, ExprKind::Selector(Box::new(x), name, name_pos));
            } else if self.is_op("(") {
                self.bump();
                let saved = self.no_lit;
                self.no_lit = false;
                let mut args = Vec::new();
                while !self.is_op(")") {
                    args.push(self.expr()?);
                    if self.is_op("...") {
                        return Err(CompileError::unsupported(
                            self.pos(),
                            "variadic arguments",
                            "plain arguments",
                        ));
                    }
                    if !self.eat_op(",") && !self.is_op(")") {
                        self.no_lit = saved;
                        return Err(CompileError::new(
                            self.pos(),
                            format!(
                                "syntax error: unexpected {} in argument list; possibly missing comma or )",
                                self.describe_tok()
                            ),
                        ));
                    }
                }
                self.no_lit = saved;
                self.bump();
                x = self.expr_at(pos, ExprKind::Call(Box::new(x), args));
            } else if self.is_op("[") {
                return Err(CompileError::unsupported(
                    self.pos(),
                    "indexing and slicing",
                    "channels, which need no index",
                ));
            } else if self.is_op("{")
                && !self.no_lit
                && matches!(x.kind, ExprKind::Selector(..))
                && matches!(self.peek_tok(1), Tok::Op("}"))
            {
                // `sync.WaitGroup{}`: an empty literal is the type's zero value.
                self.bump();
                self.bump();
                x = self.expr_at(pos, ExprKind::ZeroLit(Box::new(x)));
            } else if self.is_op("{")
                && !self.no_lit
                && matches!(x.kind, ExprKind::Ident(_) | ExprKind::Selector(..))
            {
                return Err(CompileError::unsupported(
                    self.pos(),
                    "composite literals",
                    "struct{}{} only",
                ));
            } else {
                return Ok(x);
            }
        }
    }
}
