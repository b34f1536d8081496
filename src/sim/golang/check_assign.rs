//! The checker's assignments: `=`, `op=` and `:=`, counting values as Go does (a
//! comma-ok receive gives two), with Go's messages (`no new variables on left side of
//! :=`, `assignment mismatch: 2 variables but 1 value`, `cannot assign to ...`). `var` and
//! `const` with values are `check_var_decl`'s.

use super::ast::{Expr, ExprKind, Name};
use super::check::{Checker, Ent};
use super::check_expr::{Mode, Operand};
use super::print;
use super::types::Type;

impl Checker {
    /// The left side of an assignment: a variable (not counted as a use) or `_`.
    pub(super) fn lhs(&mut self, e: &Expr) -> Option<Operand> {
        if let ExprKind::Ident(n) = &e.kind {
            if &**n == "_" {
                return None;
            }
            if let Some(Ent::Var(id)) = self.lookup(n) {
                self.info.res.insert(e.id, Ent::Var(id));
                self.use_var(id, false);
                let ty = self.info.vars[id].ty.clone();
                self.info.types[e.id as usize] = ty.clone();
                return Some(Operand {
                    mode: Mode::Variable,
                    ty,
                    val: None,
                });
            }
        }
        let o = self.expr(e);
        self.check_assignable_lhs(e, &o);
        Some(o)
    }

    pub(super) fn check_assignable_lhs(&mut self, e: &Expr, o: &Operand) {
        // Go 1.19's types2 describes the operand (`cannot assign to f() (value of type
        // int)`, `<-ch (comma, ok expression of type int)`); later Go words it otherwise.
        match o.mode {
            Mode::Variable | Mode::Invalid => {}
            _ => {
                let d = self.describe(e, o);
                self.err(e.pos, format!("cannot assign to {d}"));
            }
        }
    }

    /// Assigns a value of operand `v` to `lhs` (a variable or `_`).
    pub(super) fn assign_to(&mut self, lhs: &Expr, v: &Operand, rhs: Option<&Expr>, context: &str) {
        let mut v = v.clone();
        match self.lhs(lhs) {
            None => {
                if let Some(r) = rhs {
                    self.default_operand(r, &mut v, context);
                }
            }
            Some(target) if target.mode != Mode::Invalid => {
                if let Some(r) = rhs {
                    self.convert_to(r, &mut v, &target.ty, context);
                } else if !v.ty.assignable_to(&target.ty) {
                    self.err(
                        lhs.pos,
                        format!(
                            "cannot use value of type {} as {} value in {context}",
                            v.ty, target.ty
                        ),
                    );
                }
            }
            Some(_) => {}
        }
    }

    /// The operands of a right-hand side for `n` targets: a comma-ok receive gives two.
    pub(super) fn rhs(&mut self, n: usize, rhs: &[Expr], at: &Expr) -> Option<Vec<Operand>> {
        if n == 2 && rhs.len() == 1 {
            if let ExprKind::Unary("<-", _) = rhs[0].kind {
                let o = self.expr(&rhs[0]);
                return Some(vec![o, Operand::value(Type::UntypedBool)]);
            }
        }
        let vars = if n == 1 { "variable" } else { "variables" };
        if let Some((call, fun)) = two_result_print(rhs) {
            self.expr_maybe_void(call);
            if n == 2 {
                self.unsupported(
                    at.pos,
                    &format!("the results of {fun}"),
                    "calling it as a statement",
                );
            } else {
                self.err(
                    call.pos,
                    format!("assignment mismatch: {n} {vars} but {fun} returns 2 values"),
                );
            }
            return None;
        }
        let ops: Vec<Operand> = rhs.iter().map(|r| self.expr(r)).collect();
        if n != rhs.len() {
            let msg = if let (1, ExprKind::Call(f, _)) = (rhs.len(), &rhs[0].kind) {
                format!(
                    "assignment mismatch: {n} {vars} but {} returns 1 value",
                    print::expr(f)
                )
            } else {
                let vals = if rhs.len() == 1 { "value" } else { "values" };
                format!("assignment mismatch: {n} {vars} but {} {vals}", rhs.len())
            };
            // Go reports a count mismatch at the first value (`assignError`).
            self.err(rhs.first().map_or(at.pos, |r| r.pos), msg);
            return None;
        }
        Some(ops)
    }

    pub(super) fn assign(&mut self, lhs: &[Expr], op: &'static str, rhs: &[Expr]) {
        if op != "=" {
            let (Some(l), Some(r)) = (lhs.first(), rhs.first()) else {
                return;
            };
            let bin: &'static str = match op {
                "+=" => "+",
                "-=" => "-",
                "*=" => "*",
                "/=" => "/",
                "&=" => "&",
                "|=" => "|",
                "^=" => "^",
                "<<=" => "<<",
                ">>=" => ">>",
                "&^=" => "&^",
                _ => "%",
            };
            // Checked as `l bin r`, but spelled as written: types2 prints `n += "a"`
            // in its `mismatched types` message for an assignment operation.
            let fake = Expr {
                id: l.id,
                pos: l.pos,
                kind: ExprKind::Binary(op, Box::new(l.clone()), Box::new(r.clone())),
            };
            let o = self.lhs(l);
            let saved = self.info.types[l.id as usize].clone();
            let res = self.info.res.get(&l.id).cloned();
            let result = self.binary(&fake, bin, l, r);
            self.info.types[l.id as usize] = saved;
            if let Some(res) = res {
                self.info.res.insert(l.id, res);
            }
            let _ = (o, result);
            return;
        }
        let Some(ops) = self.rhs(lhs.len(), rhs, &lhs[0]) else {
            return;
        };
        if lhs.len() == 2 && rhs.len() == 1 {
            let targets = [lhs[0].clone(), lhs[1].clone()].map(|l| self.lhs(&l).map(|o| o.ty));
            return self.comma_ok_fits(&rhs[0], &ops[0].ty, targets, false);
        }
        for (i, (l, v)) in lhs.iter().zip(ops.iter()).enumerate() {
            let r = if rhs.len() == lhs.len() {
                Some(&rhs[i])
            } else {
                None
            };
            self.assign_to(l, v, r, "assignment");
        }
    }

    pub(super) fn define(&mut self, names: &[Name], rhs: &[Expr], at: super::token::Pos) {
        let first = Expr {
            id: 0,
            pos: names[0].1,
            kind: ExprKind::Int(0, std::rc::Rc::from("0")),
        };
        let ops = self.rhs(names.len(), rhs, &first);
        // One invalid value is enough for types2 to mark every name on the left used.
        let failed = ops
            .as_ref()
            .is_none_or(|ops| ops.iter().any(|o| o.mode == Mode::Invalid));
        let mut any_new = false;
        for (i, (name, pos)) in names.iter().enumerate() {
            let mut o = ops
                .as_ref()
                .map_or(Operand::invalid(), |ops| ops[i].clone());
            let r = if rhs.len() == names.len() {
                Some(&rhs[i])
            } else {
                None
            };
            let existing = self.scopes.last().and_then(|s| s.get(name).cloned());
            if let (Some(Ent::Var(id)), false) = (existing, &**name == "_") {
                let ty = self.info.vars[id].ty.clone();
                if let Some(r) = r {
                    self.convert_to(r, &mut o, &ty, "assignment");
                } else if let (Some(ops), [rx]) = (ops.as_ref(), rhs) {
                    // A comma-ok receive: this name is its value (0) or `ok` (1).
                    let mut targets = [None, None];
                    targets[i] = Some(ty);
                    self.comma_ok_fits(rx, &ops[0].ty, targets, false);
                }
                self.info.decls.insert(*pos, (id, false));
                self.use_var(id, false);
                continue;
            }
            if &**name != "_" {
                any_new = true;
            }
            if let Some(r) = r {
                self.default_operand(r, &mut o, "assignment");
            }
            let ty = o.ty.default_type();
            let v = self.declare_var(name, *pos, ty);
            // After a mismatch Go marks the left side used, to avoid follow-on errors.
            self.info.vars[v].used |= failed;
        }
        if !any_new {
            self.err(at, "no new variables on left side of :=");
        }
    }
}

/// The one value of a right-hand side, and its callee as written, when it is a call of
/// `fmt.Println`, `Print` or `Printf`: two results in Go, none in the subset.
pub(super) fn two_result_print(values: &[Expr]) -> Option<(&Expr, String)> {
    let [call] = values else { return None };
    let ExprKind::Call(f, _) = &call.kind else {
        return None;
    };
    let fun = print::expr(f);
    matches!(fun.as_str(), "fmt.Println" | "fmt.Print" | "fmt.Printf").then_some((call, fun))
}
