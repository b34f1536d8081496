//! The checker's built-in calls (`make`, `len`, `cap`, `close`, `panic`) and
//! conversions (`time.Duration(n)`, `int(d)`), with Go's messages.

use super::ast::{Expr, ExprKind};
use super::check::{CallKind, Checker, Const};
use super::check_expr::{Mode, Operand};
use super::print;
use super::types::Type;

impl Checker {
    /// A call of the built-in `b`.
    pub(super) fn builtin(&mut self, e: &Expr, b: &'static str, args: &[Expr]) -> Operand {
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
                    Some(Const::Str(s)) => Operand {
                        mode: Mode::Constant,
                        ty: Type::Int,
                        val: Some(Const::Int(s.len() as i128)),
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
        let problem = if o.ty.is_untyped() && !o.ty.is_untyped_number() {
            Some("cannot convert {} to int")
        } else if !super::check_ops::fits_int64(&o.val) {
            Some("{} overflows int")
        } else if !o.ty.is_integer() {
            Some("invalid argument: index {} must be integer")
        } else {
            o.ty = o.ty.default_type();
            matches!(o.val, Some(Const::Int(v)) if v < 0)
                .then_some("invalid argument: index {} must not be negative")
        };
        if let Some(msg) = problem {
            let d = self.describe(n, &o);
            self.err(n.pos, msg.replace("{}", &d));
        }
    }

    /// A conversion of the single argument to `t`.
    pub(super) fn conversion(&mut self, e: &Expr, t: Type, args: &[Expr]) -> Operand {
        let [arg] = args else {
            // types2 checks the arguments all the same (they count as uses) and puts a
            // surplus at the last one.
            for a in args {
                self.expr(a);
            }
            match args.last() {
                None => self.err(e.pos, format!("missing argument in conversion to {t}")),
                Some(last) => {
                    self.err(last.pos, format!("too many arguments in conversion to {t}"))
                }
            }
            return Operand::invalid();
        };
        let o = self.expr(arg);
        if o.mode == Mode::Invalid {
            return Operand::invalid();
        }
        if t == Type::Str && o.ty.is_integer() {
            return self.rune_conversion(e, o);
        }
        let ok = (t.is_integer() && o.ty.is_integer()) || o.ty.assignable_to(&t);
        // A constant conversion must keep the value: `time.Duration(1e19)` cannot.
        if !ok || (t.is_integer() && !super::check_ops::fits(&t, &o.val)) {
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

    /// `string(n)` of an integer: the UTF-8 of the code point `n`, or of U+FFFD when `n`
    /// is none (Go's spec). A constant folds here; a variable converts as the program
    /// runs (`go build` accepts it; only `go vet` flags `string(i)` of an int).
    fn rune_conversion(&mut self, e: &Expr, o: Operand) -> Operand {
        self.info.calls.insert(e.id, CallKind::Conv(Type::Str));
        let Some(Const::Int(v)) = o.val else {
            return Operand::value(Type::Str);
        };
        let c = u32::try_from(v)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or(char::REPLACEMENT_CHARACTER);
        Operand {
            mode: Mode::Constant,
            ty: Type::Str,
            val: Some(Const::Str(c.to_string().as_bytes().into())),
        }
    }
}
