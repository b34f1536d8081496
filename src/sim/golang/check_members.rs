//! Package functions and methods named without a call (`fmt.Println`, `wg.Done`). In Go
//! each is a function value; the subset only calls them, so as a value each gets the
//! subset's error, but Go's messages that describe one (`fmt.Println (value of type
//! func(a ...any) (n int, err error)) is not used`) need its type as types2 prints it,
//! parameter names included. Every spelling below is real Go 1.19's.

use super::ast::Expr;
use super::check::Checker;
use super::check_expr::{Mode, Operand};
use super::print;
use super::types::Type;

/// Go's type of the package function `pkg.name`, for the functions the subset calls.
pub(super) fn package_func(pkg: &str, name: &str) -> Option<&'static str> {
    Some(match (pkg, name) {
        ("fmt", "Print" | "Println") => "func(a ...any) (n int, err error)",
        ("fmt", "Printf") => "func(format string, a ...any) (n int, err error)",
        ("fmt", "Sprint" | "Sprintln") => "func(a ...any) string",
        ("fmt", "Sprintf") => "func(format string, a ...any) string",
        ("time", "Sleep") => "func(d time.Duration)",
        ("time", "After") => "func(d time.Duration) <-chan time.Time",
        ("sync", "NewCond") => "func(l sync.Locker) *sync.Cond",
        _ => return None,
    })
}

/// Go's type of the method value `x.name` for an `x` of type `t` (or a pointer to it),
/// for the methods the subset calls.
pub(super) fn method(t: &Type, name: &str) -> Option<&'static str> {
    match (t, name) {
        (Type::Ptr(inner), _) => method(inner, name),
        (Type::WaitGroup, "Add") => Some("func(delta int)"),
        (Type::WaitGroup, "Done" | "Wait")
        | (Type::Mutex, "Lock" | "Unlock")
        | (Type::Cond, "Wait" | "Signal" | "Broadcast") => Some("func()"),
        _ => None,
    }
}

impl Operand {
    /// A function or method named without a call, of Go's type `sig`.
    pub(super) fn member(sig: &'static str) -> Self {
        Operand {
            mode: Mode::Member(sig),
            ty: Type::Invalid,
            val: None,
        }
    }
}

impl Checker {
    /// A function or method named without a call where a value is needed: Go would take
    /// the function value, which the subset does not.
    pub(super) fn member_as_value(&mut self, e: &Expr) -> Operand {
        let text = print::expr(e);
        self.unsupported(
            e.pos,
            &format!("{text} as a value"),
            &format!("calling it, as in {text}(...)"),
        );
        Operand::invalid()
    }
}
