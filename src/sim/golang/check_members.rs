//! Package functions and methods named without a call (`fmt.Println`, `wg.Done`). In Go
//! each is a function value; the subset only calls them, so as a value each gets the
//! subset's error, but Go's messages that describe one (`fmt.Println (value of type
//! func(a ...any) (n int, err error)) is not used`) need its type as types2 prints it,
//! parameter names included. Every spelling below is real Go 1.19's. Also
//! `sync.NewCond`'s `sync.Locker` parameter, which only a `*sync.Mutex` satisfies here.

use std::rc::Rc;

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

impl Checker {
    /// `sync.NewCond(l sync.Locker)`: in the subset only a `*sync.Mutex` is a `Locker`;
    /// anything else is types2's interface error, with the method it lacks.
    pub(super) fn new_cond_arg(&mut self, e: &Expr, args: &[Expr]) {
        let [arg] = args else {
            // Go's message names the parameter's type, `sync.Locker`.
            let ops: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
            let (q, pos) = match args.get(1) {
                Some(extra) => ("too many", extra.pos),
                None => ("not enough", e.pos),
            };
            let have = self.have_list(&ops);
            let message = format!(
                "{q} arguments in call to sync.NewCond\n\thave ({have})\n\twant (sync.Locker)"
            );
            return self.err(pos, message);
        };
        let mut o = self.expr(arg);
        // nil is a valid interface value (its use panics at run time).
        let fits = o.ty == Type::Ptr(Rc::new(Type::Mutex)) || o.ty == Type::UntypedNil;
        if o.mode == Mode::Invalid || fits {
            return;
        }
        // An untyped constant is converted to its default type before the test.
        if o.ty.is_untyped() {
            o.ty = o.ty.default_type();
        }
        let why = if o.ty == Type::Mutex {
            "Lock method has pointer receiver"
        } else {
            "missing Lock method"
        };
        let message = format!(
            "cannot use {} as type sync.Locker in argument to sync.NewCond:\n\t{} does not implement sync.Locker ({why})",
            self.describe(arg, &o),
            o.ty
        );
        self.err(arg.pos, message);
    }
}
