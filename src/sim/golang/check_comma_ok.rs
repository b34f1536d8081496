//! A comma-ok receive's two values checked against the types of what they are assigned
//! to (`v, ok = <-ch`, `v, ok := <-ch` with `v` already declared, `case v = <-ch:`), as
//! types2 words it: the value as `<-ch (value of type int)` (a `comma, ok expression` in a
//! `select` case), the second as `<-ch (untyped bool value)`, both at the receive.

use super::ast::Expr;
use super::check::Checker;
use super::print;
use super::types::Type;

impl Checker {
    /// Reports each of `targets` (the value's, then `ok`'s; `None` for `_` or none) that
    /// the receive `rx`, whose values are of type `value`, cannot be assigned to.
    pub(super) fn comma_ok_fits(
        &mut self,
        rx: &Expr,
        value: &Type,
        targets: [Option<Type>; 2],
        in_select: bool,
    ) {
        let text = print::expr(rx);
        let [first, second] = targets;
        if let Some(t) = first.filter(|t| *t != Type::Invalid && *value != Type::Invalid) {
            if !value.assignable_to(&t) {
                let what = if in_select {
                    "comma, ok expression"
                } else {
                    "value"
                };
                let message =
                    format!("cannot use {text} ({what} of type {value}) as type {t} in assignment");
                self.err(rx.pos, message);
            }
        }
        if let Some(t) = second.filter(|t| *t != Type::Invalid) {
            if !Type::UntypedBool.assignable_to(&t) {
                let message =
                    format!("cannot use {text} (untyped bool value) as {t} value in assignment");
                self.err(rx.pos, message);
            }
        }
    }
}
