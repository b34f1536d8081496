//! The checker's calls: top-level functions and closures, the package functions of
//! `fmt`, `time` and `sync`, and the methods of `sync.WaitGroup`, `sync.Mutex` and
//! `*sync.Cond`; the built-ins and conversions are `check_builtin.rs`'s.

use std::rc::Rc;

use super::ast::{Expr, ExprKind};
use super::check::{CallKind, Checker, Ent};
use super::check_expr::{Mode, Operand};
use super::print;
use super::token::Pos;
use super::types::Type;

/// What the subset offers from the three packages, for the unsupported-member message.
pub const PACKAGE_MEMBERS: &str = "fmt.Println, fmt.Print, fmt.Printf, fmt.Sprint, fmt.Sprintln, fmt.Sprintf, time.Sleep, time.After, time.Duration, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour, sync.WaitGroup, sync.Mutex, sync.NewCond";

const METHODS: &str = "wg.Add, wg.Done, wg.Wait, mu.Lock, mu.Unlock, c.Wait, c.Signal, c.Broadcast";

impl Checker {
    pub(super) fn call(&mut self, e: &Expr, f: &Expr, args: &[Expr]) -> Operand {
        let callee = match &f.kind {
            ExprKind::Ident(n) => match self.lookup(n) {
                Some(Ent::Builtin(b)) => return self.builtin(e, b, args),
                Some(Ent::TypeName(t)) => return self.conversion(e, t, args),
                _ => None,
            },
            ExprKind::Paren(inner) => match &inner.kind {
                ExprKind::Type(_) => None,
                _ => None,
            },
            ExprKind::Selector(x, name, at) => {
                if let ExprKind::Ident(p) = &x.kind {
                    if let Some(Ent::Package(pkg)) = self.lookup(p) {
                        self.use_package(pkg, x.pos);
                        return self.package_call(e, pkg, name, *at, args);
                    }
                }
                return self.method_call(e, x, name, *at, args);
            }
            _ => None,
        };
        let _: Option<()> = callee;
        let fo = self.expr(f);
        if fo.mode == Mode::Invalid {
            self.args_any(args, "call");
            return Operand::invalid();
        }
        let Type::Func(params, result, _) = fo.ty.clone() else {
            let d = self.describe(f, &fo);
            self.err(
                e.pos,
                format!("invalid operation: cannot call non-function {d}"),
            );
            return Operand::invalid();
        };
        let kind = match self.info.res.get(&f.id) {
            Some(Ent::Func(i)) => CallKind::Func(*i),
            _ => CallKind::Value,
        };
        self.info.calls.insert(e.id, kind);
        self.check_args(e, &print::expr(f), &params, args);
        match result {
            Some(t) => Operand::value((*t).clone()),
            None => Operand {
                mode: Mode::NoValue,
                ty: Type::Invalid,
                val: None,
            },
        }
    }

    /// Arguments to an `...any` parameter (`fmt.Println`, `panic`): an untyped constant
    /// takes its default type, and `nil` stays the nil interface (`<nil>`).
    pub(super) fn args_any(&mut self, args: &[Expr], callee: &str) -> Vec<Operand> {
        let context = format!("argument to {callee}");
        if callee.starts_with("fmt.") && self.print_results_printed(args) {
            return vec![Operand::invalid()];
        }
        let mut ops: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
        // types2's `arguments` gives up on the call when any argument is invalid, so
        // the others' conversions (and their `overflows`) are not reported.
        if ops.iter().any(|o| o.mode == Mode::Invalid) {
            return ops;
        }
        for (a, o) in args.iter().zip(ops.iter_mut()) {
            if o.ty != Type::UntypedNil {
                self.default_operand(a, o, &context);
            }
        }
        ops
    }

    /// Checks argument count and types against `params` (Go's messages).
    fn check_args(&mut self, e: &Expr, name: &str, params: &[Type], args: &[Expr]) {
        if self.print_results_passed(name, params, args) {
            return;
        }
        let mut ops: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
        if ops.len() != params.len() {
            let (q, pos) = if ops.len() > params.len() {
                ("too many", args[params.len()].pos)
            } else if let Some(last) = args.last() {
                ("not enough", last.pos)
            } else {
                ("not enough", e.pos)
            };
            let have = self.have_list(&ops);
            let want: Vec<String> = params.iter().map(|t| t.to_string()).collect();
            self.err(
                pos,
                format!(
                    "{q} arguments in call to {name}\n\thave ({have})\n\twant ({})",
                    want.join(", ")
                ),
            );
            return;
        }
        for ((a, o), p) in args.iter().zip(ops.iter_mut()).zip(params) {
            self.convert_to(a, o, p, &format!("argument to {name}"));
        }
    }

    pub(super) fn no_value(&mut self, e: &Expr, kind: CallKind) -> Operand {
        self.info.calls.insert(e.id, kind);
        Operand {
            mode: Mode::NoValue,
            ty: Type::Invalid,
            val: None,
        }
    }

    /// A call of `kind` that gives a `string` (`fmt.Sprint` and its twins).
    fn string_value(&mut self, e: &Expr, kind: CallKind) -> Operand {
        self.info.calls.insert(e.id, kind);
        Operand::value(Type::Str)
    }

    fn package_call(
        &mut self,
        e: &Expr,
        pkg: &'static str,
        name: &str,
        at: Pos,
        args: &[Expr],
    ) -> Operand {
        let qualified = format!("{pkg}.{name}");
        match (pkg, name) {
            ("fmt", "Println" | "Print") => {
                self.args_any(args, &qualified);
                self.no_value(
                    e,
                    CallKind::Builtin(if name == "Println" {
                        "Println"
                    } else {
                        "Print"
                    }),
                )
            }
            ("fmt", "Sprint" | "Sprintln") => {
                self.args_any(args, &qualified);
                let kind = if name == "Sprint" {
                    "Sprint"
                } else {
                    "Sprintln"
                };
                self.string_value(e, CallKind::Builtin(kind))
            }
            ("fmt", "Printf" | "Sprintf") => {
                if args.is_empty() {
                    self.err(
                        e.pos,
                        format!("not enough arguments in call to {qualified}\n\thave ()\n\twant (string, ...any)"),
                    );
                    return Operand::invalid();
                }
                let mut f = self.expr(&args[0]);
                self.convert_to(
                    &args[0],
                    &mut f,
                    &Type::Str,
                    &format!("argument to {qualified}"),
                );
                self.args_any(&args[1..], &qualified);
                if name == "Printf" {
                    return self.no_value(e, CallKind::Builtin("Printf"));
                }
                self.string_value(e, CallKind::Builtin("Sprintf"))
            }
            ("time", "Sleep") => {
                self.check_args(e, &qualified, &[Type::Duration], args);
                self.no_value(e, CallKind::Builtin("Sleep"))
            }
            ("time", "After") => {
                self.check_args(e, &qualified, &[Type::Duration], args);
                self.info.calls.insert(e.id, CallKind::Builtin("After"));
                Operand::value(Type::Chan(2, Rc::new(Type::Time)))
            }
            ("time", "Duration") => self.conversion(e, Type::Duration, args),
            ("sync", "NewCond") => {
                self.new_cond_arg(e, args);
                self.info.calls.insert(e.id, CallKind::Builtin("NewCond"));
                Operand::value(Type::Ptr(Rc::new(Type::Cond)))
            }
            _ => {
                self.args_any(args, &qualified);
                self.missing_member(e, pkg, name, at);
                Operand::invalid()
            }
        }
    }

    fn method_call(&mut self, e: &Expr, x: &Expr, name: &str, at: Pos, args: &[Expr]) -> Operand {
        let o = self.expr(x);
        if o.mode == Mode::Invalid {
            self.args_any(args, name);
            return Operand::invalid();
        }
        let base = match &o.ty {
            Type::Ptr(inner) => (**inner).clone(),
            t => t.clone(),
        };
        let method: Option<(&'static str, Vec<Type>)> = match (&base, name) {
            (Type::WaitGroup, "Add") => Some(("Add", vec![Type::Int])),
            (Type::WaitGroup, "Done") => Some(("Done", vec![])),
            (Type::WaitGroup, "Wait") => Some(("Wait", vec![])),
            (Type::Mutex, "Lock") => Some(("Lock", vec![])),
            (Type::Mutex, "Unlock") => Some(("Unlock", vec![])),
            (Type::Cond, "Wait") => Some(("CondWait", vec![])),
            (Type::Cond, "Signal") => Some(("Signal", vec![])),
            (Type::Cond, "Broadcast") => Some(("Broadcast", vec![])),
            _ => None,
        };
        let Some((m, params)) = method else {
            self.args_any(args, name);
            if super::check_names::members(&o.ty).contains(&name) {
                self.unsupported(e.pos, &format!("{}.{name}", print::expr(x)), METHODS);
            } else {
                let why = super::check_names::undefined_reason(&o.ty, name);
                self.err(at, format!("{}.{name} undefined ({why})", print::expr(x)));
            }
            return Operand::invalid();
        };
        self.check_args(e, &format!("{}.{name}", print::expr(x)), &params, args);
        self.no_value(e, CallKind::Method(m))
    }
}
