//! The checker's statements: declarations, assignments, control flow, `select`, and Go's
//! terminating-statement rule behind `missing return`.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Not;

use super::ast::{Comm, Expr, ExprKind, Stmt, StmtKind};
use super::check::Checker;
use super::check_expr::{Mode, Operand};
use super::print;
use super::types::Type;

impl Checker {
    pub(super) fn block_stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    pub(super) fn scoped(&mut self, f: impl FnOnce(&mut Self)) {
        self.scopes.push(HashMap::default());
        f(self);
        self.scopes.pop();
    }

    /// Checks one statement.
    pub(super) fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send(ch, v) => self.send(ch, v),
            StmtKind::IncDec(x, _) => {
                let o = self.expr(x);
                self.check_assignable_lhs(x, &o);
                if o.mode != Mode::Invalid && !o.ty.is_integer() {
                    let op = if matches!(s.kind, StmtKind::IncDec(_, true)) {
                        "++"
                    } else {
                        "--"
                    };
                    self.err(
                        x.pos,
                        format!(
                            "invalid operation: {}{op} (non-numeric type {})",
                            print::expr(x),
                            o.ty
                        ),
                    );
                }
            }
            StmtKind::Assign(lhs, op, rhs) => self.assign(lhs, op, rhs),
            StmtKind::Define(names, rhs, at) => self.define(names, rhs, *at),
            StmtKind::Var(names, ty, values, is_const) => {
                self.var_decl(names, ty.as_ref(), values, *is_const, s.pos)
            }
            StmtKind::Go(call) => self.suspended_call("go", call),
            StmtKind::Defer(call) => self.suspended_call("defer", call),
            StmtKind::Return(values) => self.ret(values, s),
            StmtKind::Break => {
                if self.fns.last().is_none_or(|f| f.breakable == 0) {
                    self.err(s.pos, "break is not in a loop, switch, or select");
                }
            }
            StmtKind::Continue => {
                if self.fns.last().is_none_or(|f| f.loops == 0) {
                    self.err(s.pos, "continue is not in a loop");
                }
            }
            StmtKind::Block(b) => self.scoped(|c| c.block_stmts(&b.stmts)),
            StmtKind::If(init, cond, then, els) => self.scoped(|c| {
                if let Some(i) = init {
                    c.stmt(i);
                }
                c.condition(cond, "if statement");
                c.scoped(|c| c.block_stmts(&then.stmts));
                if let Some(e) = els {
                    c.stmt(e);
                }
            }),
            StmtKind::Switch(init, tag, cases) => self.scoped(|c| {
                if let Some(i) = init {
                    c.stmt(i);
                }
                let tag_op = tag.as_ref().map(|t| {
                    let mut o = c.expr(t);
                    c.default_operand(t, &mut o, "switch expression");
                    o
                });
                c.breakable(1);
                let mut seen = Vec::new();
                for case in cases {
                    for v in case.values.iter().flatten() {
                        let o = c.expr(v);
                        c.comparison_check(v, &o, tag.as_ref().zip(tag_op.as_ref()), &mut seen);
                    }
                    c.scoped(|c| c.block_stmts(&case.body));
                }
                c.breakable(-1);
            }),
            StmtKind::For(init, cond, post, body) => self.scoped(|c| {
                if let Some(i) = init {
                    c.stmt(i);
                }
                if let Some(cond) = cond {
                    c.condition(cond, "for statement");
                }
                if let Some(p) = post {
                    if matches!(p.kind, StmtKind::Define(..)) {
                        c.err(p.pos, "cannot declare in post statement of for loop");
                    }
                    c.stmt(p);
                }
                c.loop_body(&body.stmts);
            }),
            StmtKind::Range(var, define, x, body) => self.range(var, *define, x, &body.stmts),
            StmtKind::Select(cases) => {
                self.breakable(1);
                for case in cases {
                    self.scoped(|c| {
                        c.comm(&case.comm);
                        c.block_stmts(&case.body);
                    });
                }
                self.breakable(-1);
            }
            StmtKind::Empty => {}
        }
    }

    fn breakable(&mut self, d: isize) {
        if let Some(f) = self.fns.last_mut() {
            f.breakable = f.breakable.saturating_add_signed(d);
        }
    }

    pub(super) fn loop_body(&mut self, stmts: &[Stmt]) {
        if let Some(f) = self.fns.last_mut() {
            f.loops += 1;
            f.breakable += 1;
        }
        self.scoped(|c| c.block_stmts(stmts));
        if let Some(f) = self.fns.last_mut() {
            f.loops -= 1;
            f.breakable -= 1;
        }
    }

    fn condition(&mut self, cond: &Expr, what: &str) {
        let o = self.expr(cond);
        if o.mode != Mode::Invalid && !matches!(o.ty, Type::Bool | Type::UntypedBool) {
            self.err(cond.pos, format!("non-boolean condition in {what}"));
        }
    }

    fn comm(&mut self, comm: &Comm) {
        match comm {
            Comm::Default => {}
            Comm::Send(ch, v) => self.send(ch, v),
            Comm::Recv(lhs, define, rx) => {
                let ExprKind::Unary("<-", ch) = &rx.kind else {
                    self.err(
                        rx.pos,
                        "select case must be send or receive (possibly with assignment)",
                    );
                    return;
                };
                let o = self.expr(rx);
                let _ = ch;
                if lhs.len() > 2 {
                    self.err(
                        lhs[0].pos,
                        format!("assignment mismatch: {} variables but 1 value", lhs.len()),
                    );
                    return;
                }
                let tys = [o.ty.clone(), Type::Bool];
                if *define {
                    let mut any = false;
                    for (e, t) in lhs.iter().zip(tys) {
                        if let ExprKind::Ident(n) = &e.kind {
                            any = true;
                            self.declare_var(n, e.pos, t);
                        }
                    }
                    let _ = any;
                } else {
                    let mut targets = [None, None];
                    for (target, e) in targets.iter_mut().zip(lhs) {
                        *target = self.lhs(e).map(|o| o.ty);
                    }
                    self.comma_ok_fits(rx, &o.ty, targets, true);
                }
            }
        }
    }

    fn send(&mut self, ch: &Expr, v: &Expr) {
        let c = self.expr(ch);
        let mut val = self.expr(v);
        match &c.ty {
            Type::Chan(2, _) => {
                let d = self.describe(ch, &c);
                self.err(
                    ch.pos,
                    format!("invalid operation: cannot send to receive-only channel {d}"),
                );
            }
            Type::Chan(_, e) => {
                let e = (**e).clone();
                self.convert_to(v, &mut val, &e, "send");
            }
            Type::Invalid => {}
            _ => {
                let d = self.describe(ch, &c);
                self.err(
                    ch.pos,
                    format!("invalid operation: cannot send to non-channel {d}"),
                );
            }
        }
    }

    fn ret(&mut self, values: &[Expr], s: &Stmt) {
        let want = self.fns.last().and_then(|f| f.result.clone());
        if self.print_results_returned(values, &want) {
            return;
        }
        let ops: Vec<Operand> = values.iter().map(|v| self.expr(v)).collect();
        match (&want, values.len()) {
            (None, 0) => {}
            (Some(t), 1) => {
                let mut o = ops[0].clone();
                self.convert_to(&values[0], &mut o, t, "return statement");
            }
            _ => {
                let have = self.have_list(&ops);
                let want_s = want.map(|t| t.to_string()).unwrap_or_default();
                let want_n = usize::from(want_s.is_empty().not());
                // types2's returnError points at the first value too many.
                let (msg, pos) = if values.len() > want_n {
                    ("too many return values", values[want_n].pos)
                } else {
                    ("not enough return values", s.pos)
                };
                self.err(pos, format!("{msg}\n\thave ({have})\n\twant ({want_s})"));
            }
        }
    }
}

/// True when the statement list ends in a terminating statement (Go spec).
pub fn terminates_list(stmts: &[Stmt]) -> bool {
    stmts.last().is_some_and(terminates)
}

fn terminates(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_) => true,
        StmtKind::Expr(e) => {
            matches!(&e.kind, ExprKind::Call(f, _) if matches!(&f.kind, ExprKind::Ident(n) if &**n == "panic"))
        }
        StmtKind::Block(b) => terminates_list(&b.stmts),
        StmtKind::If(_, _, then, Some(els)) => terminates_list(&then.stmts) && terminates(els),
        StmtKind::For(_, None, _, body) => !has_break(&body.stmts),
        StmtKind::Switch(_, _, cases) => {
            cases.iter().any(|c| c.values.is_none())
                && cases
                    .iter()
                    .all(|c| terminates_list(&c.body) && !has_break(&c.body))
        }
        StmtKind::Select(cases) => cases
            .iter()
            .all(|c| terminates_list(&c.body) && !has_break(&c.body)),
        _ => false,
    }
}

/// True when an unlabelled `break` in `stmts` would leave the enclosing statement.
fn has_break(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Break => true,
        StmtKind::Block(b) => has_break(&b.stmts),
        StmtKind::If(_, _, then, els) => {
            has_break(&then.stmts)
                || els
                    .as_deref()
                    .is_some_and(|e| has_break(std::slice::from_ref(e)))
        }
        _ => false,
    })
}
