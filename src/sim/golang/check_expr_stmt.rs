//! Expressions that stand alone as statements, and the calls of `go` and `defer`, with
//! types2's rules: a call of a function or method (whatever its results), `close`,
//! `panic` and a receive may stand alone, parenthesised or not; a conversion or a call
//! of `len`, `cap` or `make` may not (`cap(ch) (value of type int) is not used`, `go
//! discards result of len(ch) (value of type int)`, `defer requires function call, not
//! conversion time.Duration(n) (value of type time.Duration)`).

use super::ast::{Expr, ExprKind};
use super::check::{CallKind, Checker};
use super::check_expr::Mode;

/// types2's `exprKind`: what an expression is, for the statement rules.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Conversion,
    Expression,
    Statement,
}

impl Checker {
    /// An expression statement: Go's error unless the expression may stand alone.
    pub(super) fn expr_stmt(&mut self, e: &Expr) {
        let x = self.expr_maybe_void(e);
        if x.mode == Mode::Invalid || self.kind(e) == Kind::Statement {
            return;
        }
        let d = self.describe(e, &x);
        let msg = if x.mode == Mode::Other {
            "is not an expression"
        } else {
            "is not used"
        };
        self.err(e.pos, format!("{d} {msg}"));
    }

    /// The call of a `go` or `defer` statement (`what`). It is checked in full first, so
    /// a rejected `go len(ch)` still counts as a use of `ch`, as in types2.
    pub(super) fn suspended_call(&mut self, what: &str, call: &Expr) {
        let x = self.expr_maybe_void(call);
        if x.mode == Mode::Invalid {
            return;
        }
        let msg = match self.kind(call) {
            Kind::Conversion => "requires function call, not conversion",
            Kind::Expression => "discards result of",
            Kind::Statement => return,
        };
        let d = self.describe(call, &x);
        self.err(call.pos, format!("{what} {msg} {d}"));
    }

    /// The kind of a checked expression (types2 keeps a parenthesised one's kind).
    fn kind(&self, e: &Expr) -> Kind {
        match &e.kind {
            ExprKind::Paren(x) => self.kind(x),
            ExprKind::Unary("<-", _) => Kind::Statement,
            ExprKind::Call(..) => match self.info.calls.get(&e.id) {
                Some(CallKind::Conv(_)) => Kind::Conversion,
                // The built-ins with a result; `close` and `panic` have none.
                Some(CallKind::Builtin("len" | "cap" | "make")) => Kind::Expression,
                _ => Kind::Statement,
            },
            _ => Kind::Expression,
        }
    }
}
