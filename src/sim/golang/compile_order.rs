//! The order in which gc evaluates a statement's expressions (Go 1.19,
//! `cmd/compile/internal/walk/order.go`). The spec fixes only the order of calls and
//! receives; gc first evaluates, left to right and innermost first, each call,
//! receive, `len`/`cap`/`make`, `&&` and `||` (each side ordered on its own, the right
//! one only when it runs), and each `bool` passed as an interface (to `fmt` or `panic`:
//! the conversion needs an address, so all but a package-level variable are copied to a
//! temporary), and only then reads plain variables and does the arithmetic around them.
//! So `fmt.Println(count, inc())` prints the count after `inc` ran, and
//! `fmt.Println("total", total, <-done)` the total after the goroutines that ran during
//! the receive changed it. `go` and `defer` first make each argument an assignment of
//! its own (`escape.goDeferStmt`), so there each argument is ordered in turn: no bool is
//! copied for an interface there, and a plain argument is read before the next one runs.
//!
//! [`Compiler::order_operands`] and [`Compiler::order_list`] emit those parts into
//! temporaries before the statement's own code; [`Compiler::expr`] then loads each from
//! its temporary. Checked against real Go by `tools/go-programs/programs/order_*.go`.

use super::ast::{Expr, ExprKind};
use super::check::CallKind;
use super::code::Instr;
use super::compile::{Compiler, FnBuilder};
use super::types::Type;

/// The built-ins whose arguments are interfaces (`...any`, `panic(any)`).
const INTERFACE_ARGS: [&str; 7] = [
    "Println", "Print", "Printf", "Sprint", "Sprintln", "Sprintf", "panic",
];

impl Compiler<'_> {
    /// Evaluates the parts of `e` that gc evaluates first (not `e` itself: a statement's
    /// call, receive or value), so that compiling `e` next loads them.
    pub(super) fn order_operands(&mut self, b: &mut FnBuilder, e: &Expr) {
        self.order_children(b, e);
    }

    /// The same for a list of values (`a, b = x, f()`): each value may itself be
    /// evaluated first, as its own part of the statement.
    pub(super) fn order_list(&mut self, b: &mut FnBuilder, values: &[Expr]) {
        for v in values {
            self.order_node(b, v, false);
        }
    }

    /// Orders `e` within a larger expression; `to_interface` when it is passed as an
    /// interface.
    fn order_node(&mut self, b: &mut FnBuilder, e: &Expr, to_interface: bool) {
        if self.info.consts[e.id as usize].is_some() || self.hoisted.contains_key(&e.id) {
            return;
        }
        let first = match &e.kind {
            ExprKind::Paren(x) => return self.order_node(b, x, to_interface),
            // Its right side runs only sometimes: the whole test is one part.
            ExprKind::Binary("&&" | "||", ..) => true,
            ExprKind::Call(..) => {
                let conversion = matches!(self.info.calls.get(&e.id), Some(CallKind::Conv(_)));
                self.order_children(b, e);
                !conversion || self.copied_bool(e, to_interface)
            }
            ExprKind::Unary("<-", _) => {
                self.order_children(b, e);
                true
            }
            ExprKind::Unary(..) | ExprKind::Binary(..) => {
                self.order_children(b, e);
                self.copied_bool(e, to_interface)
            }
            // Only a package-level variable's address serves (`isaddrokay`): a local
            // `bool` is copied where it stands, as a call would be.
            ExprKind::Ident(_) => {
                let global = matches!(
                    self.info.res.get(&e.id),
                    Some(super::check::Ent::Var(id)) if self.info.vars[*id].func == usize::MAX
                );
                !global && self.copied_bool(e, to_interface)
            }
            _ => false,
        };
        if first {
            self.expr(b, e);
            let slot = b.temp();
            b.emit(Instr::Store(slot));
            self.hoisted.insert(e.id, slot);
        }
    }

    /// Orders `e`'s operands, left to right (a function literal's body is its own).
    fn order_children(&mut self, b: &mut FnBuilder, e: &Expr) {
        match &e.kind {
            // Its right side runs only sometimes: nothing in it is taken out first.
            ExprKind::Binary("&&" | "||", ..) => {}
            ExprKind::Call(_, args) => {
                let interface = matches!(
                    self.info.calls.get(&e.id),
                    Some(CallKind::Builtin(name)) if INTERFACE_ARGS.contains(name)
                );
                for a in args {
                    self.order_node(b, a, interface);
                }
            }
            ExprKind::Unary(_, x) | ExprKind::Paren(x) => self.order_node(b, x, false),
            ExprKind::Binary(_, x, y) => {
                self.order_node(b, x, false);
                self.order_node(b, y, false);
            }
            _ => {}
        }
    }

    /// A `bool` passed as an interface (other than a package-level variable): gc copies
    /// it first, since the conversion needs an address.
    fn copied_bool(&self, e: &Expr, to_interface: bool) -> bool {
        to_interface
            && matches!(
                self.info.types[e.id as usize],
                Type::Bool | Type::UntypedBool
            )
    }
}
