//! Constant declarations: Go's `iota` and the implicit repetition of a parenthesized
//! group, resolved as the parser reads them. In
//!
//! ```go
//! const (
//!     Red = iota
//!     Green
//!     Blue
//! )
//! ```
//!
//! `Green` and `Blue` repeat `Red`'s type and expressions, and `iota` is each spec's
//! index in its group (0, 1, 2). The parser writes the repeated expressions out again and
//! puts each spec's `iota` in as a literal whose text is `iota`, so the checker and the
//! compiler see plain constant expressions and Go's messages still read `iota`.

use std::rc::Rc;

use super::ast::{Expr, ExprKind, Stmt, StmtKind, TypeExpr};
use super::error::CompileError;
use super::parser::{PResult, Parser};
use super::token::Pos;

impl Parser {
    /// `const x = e` or a grouped `const ( ... )` after the keyword.
    pub(super) fn const_decl(&mut self, pos: Pos) -> PResult<Vec<Stmt>> {
        if !self.eat_op("(") {
            let spec = self.var_spec(pos, true, false)?;
            return Ok(vec![self.with_iota_spec(spec, None, 0)]);
        }
        let mut out = Vec::new();
        // The last spec that had its own expressions: the ones that follow repeat it.
        let mut previous: Option<(Option<TypeExpr>, Vec<Expr>)> = None;
        let mut iota = 0;
        while !self.is_op(")") {
            let spec_pos = self.pos();
            let spec = self.var_spec(spec_pos, true, previous.is_some())?;
            if let StmtKind::Var(names, ty, values, _) = &spec.kind {
                if !values.is_empty() {
                    previous = Some((ty.clone(), values.clone()));
                } else if let (Some(_), Some((name, at))) = (ty, names.first()) {
                    // A type repeats nothing: types2 asks for the expressions.
                    return Err(CompileError::new(
                        *at,
                        format!("missing init expr for {name}"),
                    ));
                }
            }
            out.push(self.with_iota_spec(spec, previous.as_ref(), iota));
            iota += 1;
            self.semi("after declaration")?;
        }
        self.bump();
        Ok(out)
    }

    /// `spec` with the previous spec's type and expressions when it has none, and `iota`
    /// replaced by its value in every expression.
    fn with_iota_spec(
        &mut self,
        spec: Stmt,
        previous: Option<&(Option<TypeExpr>, Vec<Expr>)>,
        iota: i128,
    ) -> Stmt {
        let StmtKind::Var(names, mut ty, mut values, is_const) = spec.kind else {
            return spec;
        };
        if values.is_empty() {
            if let Some((t, v)) = previous {
                ty = t.clone();
                values = v.clone();
            }
        }
        // Fresh ids throughout: a repeated expression is a new expression to the checker.
        let values = values.iter().map(|v| self.iota_in(v, iota)).collect();
        Stmt {
            pos: spec.pos,
            kind: StmtKind::Var(names, ty, values, is_const),
        }
    }

    /// A copy of `e` with fresh ids and each `iota` made the literal `iota` of value `n`.
    fn iota_in(&mut self, e: &Expr, n: i128) -> Expr {
        let sub = |p: &mut Self, x: &Expr| Box::new(p.iota_in(x, n));
        let kind = match &e.kind {
            ExprKind::Ident(name) if &**name == "iota" => ExprKind::Int(n, Rc::from("iota")),
            ExprKind::Selector(x, name, at) => ExprKind::Selector(sub(self, x), name.clone(), *at),
            ExprKind::Call(f, args) => {
                let f = sub(self, f);
                ExprKind::Call(f, args.iter().map(|a| self.iota_in(a, n)).collect())
            }
            ExprKind::Unary(op, x) => ExprKind::Unary(op, sub(self, x)),
            ExprKind::Binary(op, a, b) => {
                let a = sub(self, a);
                ExprKind::Binary(op, a, sub(self, b))
            }
            ExprKind::Paren(x) => ExprKind::Paren(sub(self, x)),
            // Literals, other names, types; a function literal is never constant, and the
            // checker reports it once whatever ids its body has.
            other => other.clone(),
        };
        self.expr_at(e.pos, kind)
    }

    /// Go's error for a first constant spec without expressions.
    pub(super) fn missing_const_init(pos: Pos) -> CompileError {
        CompileError::new(pos, "missing init expr for const declaration")
    }
}
