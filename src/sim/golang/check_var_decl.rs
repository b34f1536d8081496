//! The checker's `var` and `const` declarations: one value per name, converted to the
//! declared type or given its default type, with Go's messages (`extra init expr`,
//! `... is not constant`, and `multiple-value fmt.Println(...) (value of type (n int, err
//! error)) in single-value context`).

use super::ast::{Expr, ExprKind, Name, TypeExpr};
use super::check::{Checker, Const, Ent};
use super::check_assign::two_result_print;
use super::check_expr::{Mode, Operand};
use super::print;
use super::types::Type;

impl Checker {
    /// `var names [ty] [= values]` or `const names [ty] = values`, at `pos`.
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
                kind: ExprKind::Int(0, std::rc::Rc::from("0")),
            };
            if values.len() > names.len() && values.len() > 1 {
                let extra = &values[names.len()];
                self.err(extra.pos, format!("extra init expr {}", print::expr(extra)));
                vec![Operand::invalid(); names.len()]
            } else if let Some((call, _)) = two_result_print(values).filter(|_| names.len() == 1) {
                // `var n = fmt.Println(...)`: types2's single-value context, where `:=`
                // and `=` count the values instead.
                self.expr_maybe_void(call);
                let message = format!(
                    "multiple-value {} (value of type (n int, err error)) in single-value context",
                    print::expr(call)
                );
                self.err(call.pos, message);
                vec![Operand::invalid(); names.len()]
            } else {
                match self.rhs(names.len(), values, &first) {
                    Some(ops) => ops,
                    None => vec![Operand::invalid(); names.len()],
                }
            }
        };
        let _ = pos;
        // As with `:=`: after an invalid value types2 marks every variable here used.
        let mut failed = ops.iter().any(|o| o.mode == Mode::Invalid);
        for (i, (name, npos)) in names.iter().enumerate() {
            let mut o = ops.get(i).cloned();
            let ty = match (&target, &mut o) {
                (Some(t), Some(o)) => {
                    if let Some(v) = values.get(i) {
                        // So does a value that cannot be assigned (`var e int = "s"`).
                        let context = if is_const {
                            "constant declaration"
                        } else {
                            "variable declaration"
                        };
                        failed |= !self.convert_to(v, o, t, context);
                    }
                    t.clone()
                }
                (Some(t), None) => t.clone(),
                (None, Some(o)) => {
                    if let Some(v) = values.get(i) {
                        if !is_const {
                            self.default_operand(v, o, "variable declaration");
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
                // `_` names no constant: `const ( _ = iota; A )` skips a value.
                let blank = &**name == "_";
                match (o.mode, o.val) {
                    (Mode::Constant | Mode::Invalid, _) if blank => {}
                    (Mode::Constant, Some(c)) => {
                        self.declare(name, *npos, Ent::Const(c, ty));
                    }
                    (Mode::Invalid, _) => {
                        self.declare(name, *npos, Ent::Const(Const::Int(0), Type::Invalid));
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
                        // Declared all the same, as types2 does: its uses raise nothing more.
                        if !blank {
                            self.declare(name, *npos, Ent::Const(Const::Int(0), Type::Invalid));
                        }
                    }
                }
            } else {
                let v = self.declare_var(name, *npos, ty);
                self.info.vars[v].used |= failed;
            }
        }
    }
}
