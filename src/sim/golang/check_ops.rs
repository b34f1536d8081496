//! The checker's binary operators, implicit conversions of untyped constants, and
//! assignments (`=`, `op=`, `:=`, `var`, `const`), with Go's messages.

use super::ast::{Expr, ExprKind, Name, TypeExpr};
use super::check::{Checker, Const, Ent};
use super::check_expr::{Mode, Operand};
use super::print;
use super::types::Type;

/// Go's operand classes for implicit conversion: numeric, boolean, string, nil, other.
fn class(t: &Type) -> u8 {
    match t {
        Type::Int | Type::Duration | Type::UntypedInt => 0,
        Type::Bool | Type::UntypedBool => 1,
        Type::Str | Type::UntypedStr => 2,
        Type::UntypedNil => 3,
        _ => 4,
    }
}

fn fold(op: &str, a: &Const, b: &Const) -> Option<Const> {
    Some(match (a, b) {
        (Const::Int(x), Const::Int(y)) => match op {
            "+" => Const::Int(x.checked_add(*y)?),
            "-" => Const::Int(x.checked_sub(*y)?),
            "*" => Const::Int(x.checked_mul(*y)?),
            "/" => Const::Int(x.checked_div(*y)?),
            "%" => Const::Int(x.checked_rem(*y)?),
            "==" => Const::Bool(x == y),
            "!=" => Const::Bool(x != y),
            "<" => Const::Bool(x < y),
            "<=" => Const::Bool(x <= y),
            ">" => Const::Bool(x > y),
            ">=" => Const::Bool(x >= y),
            _ => return None,
        },
        (Const::Str(x), Const::Str(y)) => match op {
            "+" => Const::Str(format!("{x}{y}").into()),
            "==" => Const::Bool(x == y),
            "!=" => Const::Bool(x != y),
            "<" => Const::Bool(x < y),
            "<=" => Const::Bool(x <= y),
            ">" => Const::Bool(x > y),
            ">=" => Const::Bool(x >= y),
            _ => return None,
        },
        (Const::Bool(x), Const::Bool(y)) => match op {
            "&&" => Const::Bool(*x && *y),
            "||" => Const::Bool(*x || *y),
            "==" => Const::Bool(x == y),
            "!=" => Const::Bool(x != y),
            _ => return None,
        },
        _ => return None,
    })
}

impl Checker {
    /// Gives two operands one type as Go's `matchTypes` does; false if they stay apart.
    fn match_types(&mut self, x: &mut Operand, y: &mut Operand) {
        if x.ty.is_untyped() == y.ty.is_untyped() || class(&x.ty) != class(&y.ty) {
            if class(&x.ty) == 3 && matches!(y.ty, Type::Chan(..) | Type::Ptr(_) | Type::Func(..)) {
                x.ty = y.ty.clone();
            } else if class(&y.ty) == 3
                && matches!(x.ty, Type::Chan(..) | Type::Ptr(_) | Type::Func(..))
            {
                y.ty = x.ty.clone();
            }
            return;
        }
        if x.ty.is_untyped() {
            x.ty = y.ty.clone();
        } else {
            y.ty = x.ty.clone();
        }
    }

    pub(super) fn binary(&mut self, e: &Expr, op: &'static str, a: &Expr, b: &Expr) -> Operand {
        let mut x = self.expr(a);
        let mut y = self.expr(b);
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return Operand::invalid();
        }
        self.match_types(&mut x, &mut y);
        let text = print::expr(e);
        if x.ty != y.ty {
            self.err(
                e.pos,
                format!(
                    "invalid operation: {text} (mismatched types {} and {})",
                    x.ty, y.ty
                ),
            );
            return Operand::invalid();
        }
        let comparison = matches!(op, "==" | "!=" | "<" | "<=" | ">" | ">=");
        let ok = match op {
            "&&" | "||" => class(&x.ty) == 1,
            "==" | "!=" => x.ty.is_comparable() && x.ty != Type::UntypedNil,
            "<" | "<=" | ">" | ">=" => x.ty.is_ordered(),
            "+" => x.ty.is_integer() || class(&x.ty) == 2,
            _ => x.ty.is_integer(),
        };
        if !ok {
            let d = self.describe(a, &x);
            self.err(
                e.pos,
                format!("invalid operation: operator {op} not defined on {d}"),
            );
            return Operand::invalid();
        }
        if matches!(op, "/" | "%") && y.val == Some(Const::Int(0)) {
            self.err(b.pos, "invalid operation: division by zero");
            return Operand::invalid();
        }
        let ty = if comparison {
            Type::UntypedBool
        } else if matches!(op, "&&" | "||") && !(x.ty.is_untyped() && y.ty.is_untyped()) {
            Type::Bool
        } else {
            x.ty.clone()
        };
        let val = match (&x.val, &y.val) {
            (Some(p), Some(q)) => fold(op, p, q),
            _ => None,
        };
        if x.val.is_some() && y.val.is_some() && val.is_none() && !matches!(op, "&&" | "||") {
            self.err(e.pos, format!("constant overflow in {text}"));
        }
        let mode = if val.is_some() {
            Mode::Constant
        } else {
            Mode::Value
        };
        Operand { mode, ty, val }
    }

    /// Converts `o` for a use as `target` in `context` (`assignment`, `send`...), or
    /// reports Go's `cannot use x (...) as T value in context`.
    pub(super) fn convert_to(
        &mut self,
        e: &Expr,
        o: &mut Operand,
        target: &Type,
        context: &str,
    ) -> bool {
        if o.mode == Mode::Invalid || *target == Type::Invalid {
            return true;
        }
        if o.ty.assignable_to(target) {
            o.ty = target.clone();
            return true;
        }
        let d = self.describe(e, o);
        let d = if o.ty == Type::UntypedNil {
            "nil".to_string()
        } else {
            d
        };
        self.err(
            e.pos,
            format!("cannot use {d} as {target} value in {context}"),
        );
        false
    }

    /// An untyped operand takes its default type (`x := 1` is an int).
    pub(super) fn default_operand(&mut self, e: &Expr, o: &mut Operand) {
        if o.ty == Type::UntypedNil {
            self.err(e.pos, "use of untyped nil in assignment");
            o.mode = Mode::Invalid;
        }
        o.ty = o.ty.default_type();
    }

    /// A `switch` case value against the tag.
    pub(super) fn comparison_check(
        &mut self,
        v: &Expr,
        o: &Operand,
        tag: Option<&Expr>,
        t: &Operand,
    ) {
        if o.mode == Mode::Invalid || t.mode == Mode::Invalid {
            return;
        }
        let mut x = o.clone();
        let mut y = t.clone();
        self.match_types(&mut x, &mut y);
        if x.ty != y.ty {
            let tag_text = tag.map(print::expr).unwrap_or_default();
            self.err(
                v.pos,
                format!(
                    "invalid case {} in switch on {tag_text} (mismatched types {} and {})",
                    print::expr(v),
                    o.ty,
                    t.ty
                ),
            );
        }
    }

    /// The `have (...)` list of a wrong-count message: untyped constants are `number`.
    pub(super) fn have_list(&self, ops: &[Operand]) -> String {
        let parts: Vec<String> = ops
            .iter()
            .map(|o| match o.ty {
                Type::UntypedInt => "number".to_string(),
                ref t => t.default_type().to_string(),
            })
            .collect();
        parts.join(", ")
    }

    /// The left side of an assignment: a variable (not counted as a use) or `_`.
    fn lhs(&mut self, e: &Expr) -> Option<Operand> {
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
        match o.mode {
            Mode::Variable | Mode::Invalid => {}
            Mode::Constant => {
                let d = self.describe(e, o);
                self.err(e.pos, format!("cannot assign to {d}"));
            }
            _ => self.err(
                e.pos,
                format!(
                    "cannot assign to {} (neither addressable nor a map index expression)",
                    print::expr(e)
                ),
            ),
        }
    }

    /// Assigns a value of operand `v` to `lhs` (a variable or `_`).
    pub(super) fn assign_to(&mut self, lhs: &Expr, v: &Operand, rhs: Option<&Expr>, context: &str) {
        let mut v = v.clone();
        match self.lhs(lhs) {
            None => {
                if let Some(r) = rhs {
                    self.default_operand(r, &mut v);
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
    fn rhs(&mut self, n: usize, rhs: &[Expr], at: &Expr) -> Option<Vec<Operand>> {
        if n == 2 && rhs.len() == 1 {
            if let ExprKind::Unary("<-", _) = rhs[0].kind {
                let o = self.expr(&rhs[0]);
                return Some(vec![o, Operand::value(Type::UntypedBool)]);
            }
        }
        let vars = if n == 1 { "variable" } else { "variables" };
        if let [ExprKind::Call(f, _)] = rhs.iter().map(|r| &r.kind).collect::<Vec<_>>()[..] {
            let fun = print::expr(f);
            if matches!(fun.as_str(), "fmt.Println" | "fmt.Print" | "fmt.Printf") {
                self.expr_maybe_void(&rhs[0]);
                if n == 2 {
                    self.unsupported(
                        at.pos,
                        &format!("the results of {fun}"),
                        "calling it as a statement",
                    );
                } else {
                    self.err(
                        rhs[0].pos,
                        format!("assignment mismatch: {n} {vars} but {fun} returns 2 values"),
                    );
                }
                return None;
            }
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
            let bin = &op[..1];
            let bin: &'static str = match bin {
                "+" => "+",
                "-" => "-",
                "*" => "*",
                "/" => "/",
                _ => "%",
            };
            let fake = Expr {
                id: l.id,
                pos: l.pos,
                kind: ExprKind::Binary(bin, Box::new(l.clone()), Box::new(r.clone())),
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
            kind: ExprKind::Int(0),
        };
        let ops = self.rhs(names.len(), rhs, &first);
        let failed = ops.is_none();
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
                }
                self.info.decls.insert(*pos, (id, false));
                self.use_var(id, false);
                continue;
            }
            if &**name != "_" {
                any_new = true;
            }
            if let Some(r) = r {
                self.default_operand(r, &mut o);
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

    pub(super) fn var_decl(
        &mut self,
        names: &[Name],
        ty: Option<&TypeExpr>,
        values: &[Expr],
        is_const: bool,
        pos: super::token::Pos,
    ) {
        let target = ty.map(|t| self.resolve_type(t));
        let ops: Vec<Operand> = if values.is_empty() {
            Vec::new()
        } else {
            let first = Expr {
                id: 0,
                pos: names[0].1,
                kind: ExprKind::Int(0),
            };
            if values.len() > names.len() && values.len() > 1 {
                let extra = &values[names.len()];
                self.err(extra.pos, format!("extra init expr {}", print::expr(extra)));
                vec![Operand::invalid(); names.len()]
            } else {
                match self.rhs(names.len(), values, &first) {
                    Some(ops) => ops,
                    None => vec![Operand::invalid(); names.len()],
                }
            }
        };
        let _ = pos;
        for (i, (name, npos)) in names.iter().enumerate() {
            let mut o = ops.get(i).cloned();
            let ty = match (&target, &mut o) {
                (Some(t), Some(o)) => {
                    if let Some(v) = values.get(i) {
                        self.convert_to(v, o, t, "variable declaration");
                    }
                    t.clone()
                }
                (Some(t), None) => t.clone(),
                (None, Some(o)) => {
                    if let Some(v) = values.get(i) {
                        if !is_const {
                            self.default_operand(v, o);
                        }
                    }
                    if is_const {
                        o.ty.clone()
                    } else {
                        o.ty.default_type()
                    }
                }
                (None, None) => Type::Invalid,
            };
            if is_const {
                let Some(o) = o else { continue };
                match (o.mode, o.val) {
                    (Mode::Constant, Some(c)) => self.declare(name, *npos, Ent::Const(c, ty)),
                    (Mode::Invalid, _) => {
                        self.declare(name, *npos, Ent::Const(Const::Int(0), Type::Invalid))
                    }
                    _ => {
                        let d = values
                            .get(i)
                            .map(|v| {
                                self.describe(
                                    v,
                                    &Operand {
                                        mode: Mode::Value,
                                        ty: ty.clone(),
                                        val: None,
                                    },
                                )
                            })
                            .unwrap_or_default();
                        self.err(
                            values.get(i).map_or(*npos, |v| v.pos),
                            format!("{d} is not constant"),
                        );
                    }
                }
            } else {
                self.declare_var(name, *npos, ty);
            }
        }
    }
}
