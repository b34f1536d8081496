//! The checker's calls: top-level functions and closures, the built-ins (`make`, `len`,
//! `cap`, `close`, `panic`), conversions, the package functions of `fmt`, `time` and
//! `sync`, and the methods of `sync.WaitGroup`, `sync.Mutex` and `*sync.Cond`.

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
    fn args_any(&mut self, args: &[Expr], callee: &str) -> Vec<Operand> {
        let context = format!("argument to {callee}");
        args.iter()
            .map(|a| {
                let mut o = self.expr(a);
                if o.ty != Type::UntypedNil {
                    self.default_operand(a, &mut o, &context);
                }
                o
            })
            .collect()
    }

    /// Checks argument count and types against `params` (Go's messages).
    fn check_args(&mut self, e: &Expr, name: &str, params: &[Type], args: &[Expr]) {
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

    fn no_value(&mut self, e: &Expr, kind: CallKind) -> Operand {
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

    fn builtin(&mut self, e: &Expr, b: &'static str, args: &[Expr]) -> Operand {
        let count = |n: usize, c: &mut Self| -> bool {
            if args.len() == n {
                return true;
            }
            let q = if args.len() > n {
                "too many"
            } else {
                "not enough"
            };
            let have = {
                let ops: Vec<Operand> = args.iter().map(|a| c.expr(a)).collect();
                c.have_list(&ops)
            };
            let _ = have;
            c.err(
                e.pos,
                format!(
                    // types2's builtins use its invalidOp prefix here.
                    "invalid operation: {q} arguments for {} (expected {n}, found {})",
                    print::expr(e),
                    args.len()
                ),
            );
            false
        };
        match b {
            "make" => {
                let Some(first) = args.first() else {
                    self.err(
                        e.pos,
                        format!(
                            "invalid operation: not enough arguments for {} (expected 1, found 0)",
                            print::expr(e)
                        ),
                    );
                    return Operand::invalid();
                };
                let t = match &first.kind {
                    ExprKind::Type(t) => self.resolve_type(t),
                    _ => {
                        let o = self.expr_maybe_void(first);
                        if o.mode != Mode::Other {
                            self.err(first.pos, format!("{} is not a type", print::expr(first)));
                            return Operand::invalid();
                        }
                        o.ty
                    }
                };
                if !matches!(t, Type::Chan(..) | Type::Invalid) {
                    // The subset's other types cannot be made in Go either: Go's own
                    // words then (slices and maps never get this far: the parser
                    // rejects their types as outside the subset).
                    self.err(
                        first.pos,
                        format!(
                            "invalid argument: cannot make {}; type must be slice, map, or channel",
                            print::expr(first)
                        ),
                    );
                    return Operand::invalid();
                }
                if args.len() > 2 {
                    self.err(
                        e.pos,
                        format!(
                            "invalid operation: {} expects 1 or 2 arguments; found {}",
                            print::expr(e),
                            args.len()
                        ),
                    );
                    return Operand::invalid();
                }
                if let Some(n) = args.get(1) {
                    self.make_size(n);
                }
                self.info.calls.insert(e.id, CallKind::Builtin("make"));
                Operand::value(t)
            }
            "len" | "cap" => {
                if !count(1, self) {
                    return Operand::invalid();
                }
                let o = self.expr(&args[0]);
                let ok = matches!(o.ty, Type::Chan(..))
                    || (b == "len" && matches!(o.ty, Type::Str | Type::UntypedStr));
                if !ok && o.mode != Mode::Invalid {
                    let d = self.describe(&args[0], &o);
                    self.err(args[0].pos, format!("invalid argument: {d} for {b}"));
                    return Operand::invalid();
                }
                self.info.calls.insert(e.id, CallKind::Builtin(b));
                // The length of a constant string is a constant (Go's spec).
                match o.val {
                    Some(super::check::Const::Str(s)) => Operand {
                        mode: Mode::Constant,
                        ty: Type::Int,
                        val: Some(super::check::Const::Int(s.len() as i128)),
                    },
                    _ => Operand::value(Type::Int),
                }
            }
            "close" => {
                if !count(1, self) {
                    return Operand::invalid();
                }
                let o = self.expr(&args[0]);
                match o.ty {
                    Type::Chan(2, _) => {
                        let d = self.describe(&args[0], &o);
                        self.err(
                            args[0].pos,
                            format!("invalid operation: cannot close receive-only channel {d}"),
                        );
                    }
                    Type::Chan(..) | Type::Invalid => {}
                    _ => {
                        let d = self.describe(&args[0], &o);
                        self.err(
                            args[0].pos,
                            format!("invalid operation: cannot close non-channel {d}"),
                        );
                    }
                }
                self.no_value(e, CallKind::Builtin("close"))
            }
            "panic" => {
                if !count(1, self) {
                    return Operand::invalid();
                }
                self.args_any(args, "panic");
                self.no_value(e, CallKind::Builtin("panic"))
            }
            other => {
                self.unsupported(
                    e.pos,
                    &format!("the built-in {other}"),
                    "make, len, cap, close, panic",
                );
                Operand::invalid()
            }
        }
    }

    /// `make`'s size, as types2's `index` checks it: an untyped constant converts to
    /// `int` implicitly (`cannot convert "3" (untyped string constant) to int`), any
    /// other value must be an integer, and a constant must not be negative.
    fn make_size(&mut self, n: &Expr) {
        let mut o = self.expr(n);
        if o.mode == Mode::Invalid {
            return;
        }
        let problem = if o.ty.is_untyped() && o.ty != Type::UntypedInt {
            Some("cannot convert {} to int")
        } else if !super::check_ops::fits_int64(&o.val) {
            Some("{} overflows int")
        } else if !o.ty.is_integer() {
            Some("invalid argument: index {} must be integer")
        } else {
            o.ty = o.ty.default_type();
            matches!(o.val, Some(super::check::Const::Int(v)) if v < 0)
                .then_some("invalid argument: index {} must not be negative")
        };
        if let Some(msg) = problem {
            let d = self.describe(n, &o);
            self.err(n.pos, msg.replace("{}", &d));
        }
    }

    fn conversion(&mut self, e: &Expr, t: Type, args: &[Expr]) -> Operand {
        if args.len() != 1 {
            self.err(e.pos, format!("wrong argument count in conversion to {t}"));
            return Operand::invalid();
        }
        let o = self.expr(&args[0]);
        if o.mode == Mode::Invalid {
            return Operand::invalid();
        }
        let ok = (t.is_integer() && o.ty.is_integer()) || o.ty.assignable_to(&t);
        // A constant conversion must keep the value: `time.Duration(1e19)` cannot.
        if !ok || (t.is_integer() && !super::check_ops::fits_int64(&o.val)) {
            let d = self.describe(&args[0], &o);
            self.err(args[0].pos, format!("cannot convert {d} to type {t}"));
            return Operand::invalid();
        }
        self.info.calls.insert(e.id, CallKind::Conv(t.clone()));
        match o.val {
            Some(v) => Operand {
                mode: Mode::Constant,
                ty: t,
                val: Some(v),
            },
            None => Operand::value(t),
        }
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
                let ptr = Type::Ptr(Rc::new(Type::Mutex));
                self.check_args(e, &qualified, &[ptr], args);
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
