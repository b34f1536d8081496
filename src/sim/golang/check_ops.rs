//! The checker's binary operators and implicit conversions of untyped constants, with
//! Go's messages (`invalid operation: d * n (mismatched types time.Duration and int)`).

use super::ast::Expr;
use super::check::{Checker, Const};
use super::check_expr::{Mode, Operand};
use super::print;
use super::types::Type;

/// True unless `c` is an integer constant outside `int64` (Go's untyped constants are
/// exact; only a typed use must fit).
pub(super) fn fits_int64(c: &Option<Const>) -> bool {
    fits(&Type::Int, c)
}

/// True unless `c` is an integer constant outside the range of the integer type `t`
/// (`rune` holds 32 bits).
pub(super) fn fits(t: &Type, c: &Option<Const>) -> bool {
    let (lo, hi) = t.int_range();
    match c {
        Some(Const::Int(v)) => (lo..=hi).contains(v),
        _ => true,
    }
}

/// Go's operand classes for implicit conversion: numeric, boolean, string, nil, other.
fn class(t: &Type) -> u8 {
    match t {
        Type::Int | Type::Duration | Type::Rune | Type::UntypedInt | Type::UntypedRune => 0,
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
            "&" => Const::Int(x & y),
            "|" => Const::Int(x | y),
            "^" => Const::Int(x ^ y),
            "&^" => Const::Int(x & !y),
            "==" => Const::Bool(x == y),
            "!=" => Const::Bool(x != y),
            "<" => Const::Bool(x < y),
            "<=" => Const::Bool(x <= y),
            ">" => Const::Bool(x > y),
            ">=" => Const::Bool(x >= y),
            _ => return None,
        },
        (Const::Str(x), Const::Str(y)) => match op {
            "+" => Const::Str([&x[..], &y[..]].concat().into()),
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
    pub(super) fn match_types(&mut self, x: &mut Operand, y: &mut Operand) {
        // Two untyped numbers take the larger kind: `'a' + 1` is an untyped rune.
        if x.ty.is_untyped_number() && y.ty.is_untyped_number() && x.ty != y.ty {
            x.ty = Type::UntypedRune;
            y.ty = Type::UntypedRune;
            return;
        }
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
        if matches!(op, "<<" | ">>") {
            return self.shift(e, op, a, b);
        }
        let mut x = self.expr(a);
        let mut y = self.expr(b);
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return Operand::invalid();
        }
        let nil_operand = x.ty == Type::UntypedNil || y.ty == Type::UntypedNil;
        let untyped = (x.ty.clone(), y.ty.clone());
        // types2's matchTypes tries to convert an untyped number to a channel, function
        // or struct{} operand (only bools, strings and pointers are kept apart), so
        // `ch == 1` is `cannot convert 1 (untyped int constant) to chan int`, at the 1.
        for (side, o, other) in [(a, &x, &y.ty), (b, &y, &x.ty)] {
            if o.ty.is_untyped_number()
                && matches!(other, Type::Chan(..) | Type::Func(..) | Type::EmptyStruct)
            {
                let d = self.describe(side, o);
                self.err(side.pos, format!("cannot convert {d} to {other}"));
                return Operand::invalid();
            }
        }
        self.match_types(&mut x, &mut y);
        // Go's `matchTypes` converts an untyped constant to the other operand's type and
        // reports `10000000000000000000 (untyped int constant) overflows int` at it.
        for (was, side, o) in [(untyped.0, a, &x), (untyped.1, b, &y)] {
            if was.is_untyped_number()
                && o.ty.is_integer()
                && !o.ty.is_untyped()
                && !fits(&o.ty, &o.val)
            {
                let d = self.describe(
                    side,
                    &Operand {
                        ty: was,
                        ..o.clone()
                    },
                );
                self.err(side.pos, format!("{d} overflows {}", o.ty));
                return Operand::invalid();
            }
        }
        if nil_operand {
            self.settle_nil(a, &x.ty);
            self.settle_nil(b, &y.ty);
        }
        let text = print::expr(e);
        let comparison = matches!(op, "==" | "!=" | "<" | "<=" | ">" | ">=");
        if comparison {
            if !self.comparison_ok(op, &text, (a, &x), (b, &y), nil_operand) {
                return Operand::invalid();
            }
        } else if x.ty != y.ty {
            self.err(
                e.pos,
                format!(
                    "invalid operation: {text} (mismatched types {} and {})",
                    x.ty, y.ty
                ),
            );
            return Operand::invalid();
        }
        let ok = match op {
            "&&" | "||" => class(&x.ty) == 1,
            "==" | "!=" | "<" | "<=" | ">" | ">=" => true,
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
        let o = Operand { mode, ty, val };
        if !self.typed_fits(e, &o) {
            return Operand::invalid();
        }
        o
    }

    /// Converts `o` for a use as `target` in `context` (`assignment`, `send`...), or
    /// reports Go's `cannot use x (...) as T value in context` (untyped) or
    /// `cannot use x (...) as type T in context` (typed).
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
            if o.ty.is_untyped_number() && target.is_integer() && !fits(target, &o.val) {
                let d = self.describe(e, o);
                self.err(
                    e.pos,
                    format!("cannot use {d} as {target} value in {context} (overflows)"),
                );
                return false;
            }
            if o.ty == Type::UntypedNil {
                self.settle_nil(e, target);
            }
            o.ty = target.clone();
            return true;
        }
        let d = self.describe(e, o);
        let d = if o.ty == Type::UntypedNil {
            "nil".to_string()
        } else {
            d
        };
        // types2 words the two failures differently: an untyped operand fails its
        // implicit conversion (`as int value in`), a typed one fails assignability, which
        // the compiler's error style spells `as type int in`.
        let msg = if o.ty.is_untyped() {
            format!("cannot use {d} as {target} value in {context}")
        } else {
            format!("cannot use {d} as type {target} in {context}")
        };
        self.err(e.pos, msg);
        false
    }

    /// An untyped operand takes its default type (`x := 1` is an int), or fails as Go's
    /// implicit conversion does when the constant does not fit: `cannot use 1 << 63
    /// (untyped int constant 9223372036854775808) as int value in assignment (overflows)`.
    pub(super) fn default_operand(&mut self, e: &Expr, o: &mut Operand, context: &str) {
        if o.ty == Type::UntypedNil {
            self.err(e.pos, "use of untyped nil in assignment");
            // The variable gets an invalid type, which silences later errors about it.
            o.mode = Mode::Invalid;
            o.ty = Type::Invalid;
        }
        let target = o.ty.default_type();
        if o.ty.is_untyped_number() && !fits(&target, &o.val) {
            let d = self.describe(e, o);
            self.err(
                e.pos,
                format!("cannot use {d} as {target} value in {context} (overflows)"),
            );
            *o = Operand::invalid();
            return;
        }
        o.ty = target;
    }

    /// A constant of a typed integer type that does not fit: Go's `a + 1 (constant
    /// 9223372036854775808 of type int) overflows int` (a `time.Duration` overflows its
    /// underlying `int64`). True when `o` is fine.
    pub(super) fn typed_fits(&mut self, e: &Expr, o: &Operand) -> bool {
        if o.ty.is_untyped() || !o.ty.is_integer() || fits(&o.ty, &o.val) {
            return true;
        }
        let d = self.describe(e, o);
        let underlying = match o.ty {
            Type::Duration => "int64",
            Type::Rune => "rune",
            _ => "int",
        };
        self.err(e.pos, format!("{d} overflows {underlying}"));
        false
    }

    /// The `have (...)` list of a wrong-count message: untyped constants are `number`.
    pub(super) fn have_list(&self, ops: &[Operand]) -> String {
        let parts: Vec<String> = ops
            .iter()
            .map(|o| match o.ty {
                Type::UntypedInt | Type::UntypedRune => "number".to_string(),
                ref t => t.default_type().to_string(),
            })
            .collect();
        parts.join(", ")
    }
}
