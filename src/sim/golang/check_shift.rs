//! Shifts, `x << y` and `x >> y`, with Go's rules: the count must be an integer (a
//! constant one not negative), the shifted operand an integer, and the result has the
//! shifted operand's type. Two constants fold to a constant (`1 << 10` is an untyped
//! 1024); a shift of an untyped constant by a variable is an untyped value that takes
//! the type its context asks for (`var d time.Duration = 1 << n`), or its default type.

use super::ast::Expr;
use super::check::{Checker, Const};
use super::check_expr::{Mode, Operand};

/// The largest constant shift count go/types accepts (`shiftBound`).
const SHIFT_BOUND: i128 = 1023 - 1 + 52;

impl Checker {
    /// `a << b` or `a >> b`.
    pub(super) fn shift(&mut self, e: &Expr, op: &str, a: &Expr, b: &Expr) -> Operand {
        let x = self.expr(a);
        let mut y = self.expr(b);
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return Operand::invalid();
        }
        if !x.ty.is_integer() {
            let d = self.describe(a, &x);
            self.err(
                a.pos,
                format!("invalid operation: shifted operand {d} must be integer"),
            );
            return Operand::invalid();
        }
        if y.ty.is_untyped() && !y.ty.is_integer() {
            // An untyped count converts to `uint` first: `x <<= "a"` cannot.
            let d = self.describe(b, &y);
            self.err(b.pos, format!("cannot convert {d} to uint"));
            return Operand::invalid();
        }
        if !y.ty.is_integer() {
            let d = self.describe(b, &y);
            self.err(
                b.pos,
                format!("invalid operation: shift count {d} must be integer"),
            );
            return Operand::invalid();
        }
        let count = match y.val {
            Some(Const::Int(v)) => Some(v),
            _ => None,
        };
        match count {
            Some(v) if v < 0 => {
                let d = self.describe(b, &y);
                self.err(
                    b.pos,
                    format!("invalid operation: negative shift count {d}"),
                );
                return Operand::invalid();
            }
            Some(v) if v > SHIFT_BOUND && x.mode == Mode::Constant => {
                let d = self.describe(b, &y);
                self.err(b.pos, format!("invalid operation: invalid shift count {d}"));
                return Operand::invalid();
            }
            _ => {}
        }
        if y.ty.is_untyped() {
            // A constant count converts to `uint`; the machine keeps it an integer.
            self.default_operand(b, &mut y, "shift");
        }
        if let (Some(Const::Int(v)), Some(n)) = (&x.val, count) {
            let folded = fold_shift(op, *v, n);
            let Some(val) = folded else {
                self.err(
                    e.pos,
                    format!("constant shift overflow in {}", super::print::expr(e)),
                );
                return Operand::invalid();
            };
            let o = Operand {
                mode: Mode::Constant,
                ty: x.ty,
                val: Some(Const::Int(val)),
            };
            if !self.typed_fits(e, &o) {
                return Operand::invalid();
            }
            return o;
        }
        // An untyped constant shifted by a variable stays untyped (a value now, not a
        // constant) and takes the type its context gives it, as Go's spec says:
        // `(1 << k) * time.Millisecond` is a Duration, `x := 1 << k` an int.
        Operand::value(x.ty)
    }
}

/// A constant shift in the checker's 128-bit constants, or `None` when the value
/// leaves them (Go's constants go further; a learner's program rarely does).
fn fold_shift(op: &str, v: i128, n: i128) -> Option<i128> {
    let n = u32::try_from(n).ok()?;
    if op == ">>" {
        return Some(if n >= 127 { v.signum().min(0) } else { v >> n });
    }
    if v == 0 {
        return Some(0);
    }
    let shifted = v.checked_shl(n)?;
    (shifted >> n == v).then_some(shifted)
}
