//! The checker's `for ... range` statement: the subset ranges over a channel only, with
//! at most one iteration variable, as Go 1.19 allows for channels.

use super::ast::{Expr, Name, Stmt};
use super::check::Checker;
use super::types::Type;

impl Checker {
    /// Checks `for v := range x { body }`; `vars` holds the names written before `:=`.
    pub(super) fn range(&mut self, vars: &[Name], define: bool, x: &Expr, body: &[Stmt]) {
        let o = self.expr(x);
        let elem = match &o.ty {
            Type::Chan(1, _) => {
                let d = self.describe(x, &o);
                self.err(
                    x.pos,
                    format!("cannot range over {d} (receive from send-only channel)"),
                );
                Type::Invalid
            }
            Type::Chan(_, e) => {
                if let Some((_, second)) = vars.get(1) {
                    // types2 reports this at the second variable, naming the operand
                    // as it describes operands elsewhere, and checks on.
                    let d = self.describe(x, &o);
                    self.err(
                        *second,
                        format!("range over {d} permits only one iteration variable"),
                    );
                }
                (**e).clone()
            }
            Type::Invalid => Type::Invalid,
            t if t.is_integer() => {
                self.unsupported(
                    x.pos,
                    "range over an integer (for i := range n, Go 1.22)",
                    "for i := 0; i < n; i++ and for v := range ch",
                );
                Type::Invalid
            }
            // Go ranges over a string's runes; the subset has no runes to give.
            Type::Str | Type::UntypedStr => {
                self.unsupported(
                    x.pos,
                    "range over a string",
                    "for i := 0; i < n; i++ and for v := range ch",
                );
                Type::Invalid
            }
            _ => {
                let d = self.describe(x, &o);
                self.err(x.pos, format!("cannot range over {d}"));
                Type::Invalid
            }
        };
        self.scoped(|c| {
            for (i, (name, pos)) in vars.iter().enumerate() {
                if !define {
                    c.unsupported(
                        *pos,
                        "range with = (assigning to an existing variable)",
                        "for v := range ch",
                    );
                    break;
                }
                // A channel gives no second value: Go declares the name with no type.
                let ty = if i == 0 { elem.clone() } else { Type::Invalid };
                c.declare_var(name, *pos, ty);
            }
            c.loop_body(body);
        });
    }
}
