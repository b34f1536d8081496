//! The checker's comparisons, as Go's `comparison` and `caseValues` do them: operands
//! assignable one way or the other, then comparable or ordered, with Go's causes
//! (`func can only be compared to nil`, `operator < not defined on bool`) at the operand
//! at fault; and the type a `nil` takes from what it is compared with or assigned to.

use super::ast::{Expr, ExprKind};
use super::check::{Checker, Const};
use super::check_expr::{Mode, Operand};
use super::error::CompileError;
use super::print;
use super::token::Pos;
use super::types::Type;

impl Checker {
    /// Records the type a `nil` takes from its use (Go's `updateExprType`), so the
    /// compiler pushes that type's nil (`chan int`'s, not a type-less one) and `ch == nil`
    /// holds for a zero-valued channel.
    pub(super) fn settle_nil(&mut self, e: &Expr, ty: &Type) {
        match &e.kind {
            ExprKind::Paren(x) => self.settle_nil(x, ty),
            _ if self.info.types[e.id as usize] == Type::UntypedNil => {
                self.info.types[e.id as usize] = ty.clone();
            }
            _ => {}
        }
    }

    /// Go's `comparison`: the operands must be assignable one way or the other, then
    /// comparable (`==`, `!=`) or ordered (`<`...). Errors name the operator and the
    /// cause, and sit at the operand at fault: the second for mismatched types, since
    /// only it reveals the mismatch.
    pub(super) fn comparison_ok(
        &mut self,
        op: &str,
        text: &str,
        (a, x): (&Expr, &Operand),
        (b, y): (&Expr, &Operand),
        nil_operand: bool,
    ) -> bool {
        if !x.ty.assignable_to(&y.ty) && !y.ty.assignable_to(&x.ty) {
            self.err(
                b.pos,
                format!(
                    "invalid operation: {text} (mismatched types {} and {})",
                    x.ty, y.ty
                ),
            );
            return false;
        }
        let kind = |t: &Type| match t {
            Type::Chan(..) => "chan".to_string(),
            Type::Func(..) => "func".to_string(),
            Type::Ptr(_) => "pointer".to_string(),
            Type::EmptyStruct | Type::WaitGroup | Type::Mutex | Type::Cond => "struct".to_string(),
            t => t.to_string(),
        };
        let fault = if matches!(op, "==" | "!=") {
            if nil_operand {
                // Only `nil == nil` has no type with a nil.
                (x.ty == Type::UntypedNil)
                    .then(|| (b.pos, format!("operator {op} not defined on untyped nil")))
            } else if !x.ty.is_comparable() {
                Some((
                    a.pos,
                    format!("{} can only be compared to nil", kind(&x.ty)),
                ))
            } else {
                None
            }
        } else if !x.ty.is_ordered() {
            Some((
                a.pos,
                format!("operator {op} not defined on {}", kind(&x.ty)),
            ))
        } else if !y.ty.is_ordered() {
            Some((
                b.pos,
                format!("operator {op} not defined on {}", kind(&y.ty)),
            ))
        } else {
            None
        };
        match fault {
            Some((pos, cause)) => {
                self.err(pos, format!("invalid operation: {text} ({cause})"));
                false
            }
            None => true,
        }
    }

    /// A `switch` case value against the tag (`None`: a tagless switch, whose tag Go
    /// takes as the constant `true`). As Go's `caseValues`, an untyped case value is
    /// first converted to the tag's type, then compared with it; `seen` holds the
    /// switch's earlier constant cases, for Go's `duplicate case` error.
    pub(super) fn comparison_check(
        &mut self,
        v: &Expr,
        o: &Operand,
        tag: Option<(&Expr, &Operand)>,
        seen: &mut Vec<(Const, Type, Pos)>,
    ) {
        let (tag_text, tag_ty) = match tag {
            Some((t, op)) => (print::expr(t), op.ty.clone()),
            None => ("true".to_string(), Type::Bool),
        };
        if o.mode == Mode::Invalid || tag.is_some_and(|(_, t)| t.mode == Mode::Invalid) {
            return;
        }
        if o.ty.is_untyped() && !o.ty.assignable_to(&tag_ty) {
            let d = self.describe(v, o);
            self.err(v.pos, format!("cannot convert {d} to {tag_ty}"));
            return;
        }
        let mut x = o.clone();
        let mut y = Operand::value(tag_ty.clone());
        self.match_types(&mut x, &mut y);
        if x.ty != y.ty {
            self.err(
                v.pos,
                format!(
                    "invalid case {} in switch on {tag_text} (mismatched types {} and {})",
                    print::expr(v),
                    o.ty,
                    tag_ty
                ),
            );
            return;
        }
        // Go rejects a constant case value that an earlier case of the switch has,
        // naming the earlier one (numbers and strings: `goVal` skips booleans).
        if let (Mode::Constant, Some(val @ (Const::Int(_) | Const::Str(_)))) = (o.mode, &o.val) {
            let ty = x.ty.default_type();
            let earlier = seen
                .iter()
                .find(|(c, t, _)| c == val && *t == ty)
                .map(|e| e.2);
            match earlier {
                Some(at) => {
                    let d = self.describe(v, &Operand { ty, ..o.clone() });
                    self.errors.push(CompileError::with_note(
                        v.pos,
                        format!("duplicate case {d} in expression switch"),
                        at,
                        "previous case",
                    ));
                }
                None => seen.push((val.clone(), ty, v.pos)),
            }
        }
    }
}
