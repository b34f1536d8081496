//! The checker's expressions: operands (their mode, type and constant value), operators,
//! conversions of untyped constants, and Go's wording for operands in messages
//! (`x (variable of type int)`, `"a" (untyped string constant)`).

use super::ast::{Expr, ExprKind};
use super::check::{Checker, Const, Ent};
use super::print;
use super::token::Pos;
use super::types::Type;

/// How an operand may be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// An earlier error.
    Invalid,
    /// A call with no result.
    NoValue,
    /// A computed value.
    Value,
    /// A computed value that may also give a second, boolean result (a receive
    /// `<-ch`): Go describes it as a `comma, ok expression`.
    CommaOk,
    /// An addressable variable.
    Variable,
    /// A constant.
    Constant,
    /// A type: not a value.
    Other,
    /// A package function or a method named without a call (`fmt.Println`, `wg.Done`),
    /// with Go's spelling of its type: Go's function value, which the subset only calls.
    Member(&'static str),
}

/// A checked expression.
#[derive(Clone, Debug)]
pub struct Operand {
    /// How it may be used.
    pub mode: Mode,
    /// Its type.
    pub ty: Type,
    /// Its value when constant.
    pub val: Option<Const>,
}

impl Operand {
    pub(super) fn invalid() -> Self {
        Operand {
            mode: Mode::Invalid,
            ty: Type::Invalid,
            val: None,
        }
    }

    pub(super) fn value(ty: Type) -> Self {
        Operand {
            mode: Mode::Value,
            ty,
            val: None,
        }
    }
}

/// A constant's value as go/constant prints it: a string quoted, and cut to 69 characters
/// and `...` when the quoted form is longer than 72.
fn const_str(c: &Const) -> String {
    match c {
        Const::Int(v) => v.to_string(),
        Const::Bool(b) => b.to_string(),
        Const::Str(s) => {
            let quoted = super::format::quote(s);
            if quoted.chars().count() > 72 {
                let cut: String = quoted.chars().take(69).collect();
                format!("{cut}...")
            } else {
                quoted
            }
        }
    }
}

impl Checker {
    /// `x (variable of type int)` and the other forms of Go's operand description.
    pub(super) fn describe(&self, e: &Expr, o: &Operand) -> String {
        let text = print::expr(e);
        let what = match o.mode {
            Mode::Variable => format!("variable of type {}", o.ty),
            Mode::Constant if o.ty == Type::UntypedNil => return "nil".to_string(),
            Mode::Constant => {
                // types2 adds the value when it reads otherwise than the expression:
                // `0x10 (untyped int constant 16)`, but `16 (untyped int constant)`.
                let v = o.val.as_ref().map(const_str).unwrap_or_default();
                if o.ty.is_untyped() {
                    if v == text {
                        format!("{} constant", o.ty)
                    } else {
                        format!("{} constant {v}", o.ty)
                    }
                } else if v == text {
                    format!("constant of type {}", o.ty)
                } else {
                    format!("constant {v} of type {}", o.ty)
                }
            }
            Mode::NoValue => return format!("{text} (no value)"),
            Mode::Other => return format!("{text} (type)"),
            Mode::Member(sig) => format!("value of type {sig}"),
            Mode::CommaOk => format!("comma, ok expression of type {}", o.ty),
            _ if o.ty.is_untyped() => format!("{} value", o.ty),
            _ => format!("value of type {}", o.ty),
        };
        format!("{text} ({what})")
    }

    /// Records and returns the operand of `e`; a call without result is an error here.
    pub(super) fn expr(&mut self, e: &Expr) -> Operand {
        let o = self.expr_maybe_void(e);
        if o.mode == Mode::NoValue && self.print_results_as_value(e) {
            return Operand::invalid();
        }
        if o.mode == Mode::NoValue {
            self.err(
                e.pos,
                format!("{} (no value) used as value", print::expr(e)),
            );
            return Operand::invalid();
        }
        if o.mode == Mode::Other {
            let d = self.describe(e, &o);
            self.err(e.pos, format!("{d} is not an expression"));
            return Operand::invalid();
        }
        if let Mode::Member(_) = o.mode {
            return self.member_as_value(e);
        }
        o
    }

    /// Records and returns the operand of `e`, which may be a call with no result.
    pub(super) fn expr_maybe_void(&mut self, e: &Expr) -> Operand {
        let o = self.expr_inner(e);
        self.info.types[e.id as usize] = o.ty.clone();
        if o.mode == Mode::Constant {
            self.info.consts[e.id as usize] = o.val.clone();
        }
        o
    }

    fn expr_inner(&mut self, e: &Expr) -> Operand {
        match &e.kind {
            ExprKind::Int(v, text) => Operand {
                mode: Mode::Constant,
                ty: if text.starts_with('\'') {
                    Type::UntypedRune
                } else {
                    Type::UntypedInt
                },
                val: Some(Const::Int(*v)),
            },
            ExprKind::Str(s, _) => Operand {
                mode: Mode::Constant,
                ty: Type::UntypedStr,
                val: Some(Const::Str(s.clone())),
            },
            ExprKind::Paren(x) => self.expr_maybe_void(x),
            ExprKind::EmptyStruct => Operand::value(Type::EmptyStruct),
            ExprKind::ZeroLit(t) => self.zero_lit(t),
            ExprKind::Type(t) => {
                let ty = self.resolve_type(t);
                Operand {
                    mode: Mode::Other,
                    ty,
                    val: None,
                }
            }
            ExprKind::Ident(name) => self.ident(e, name),
            ExprKind::Selector(x, name, at) => self.selector(e, x, name, *at),
            ExprKind::FuncLit(sig, body) => {
                let ty = self.sig_type(sig);
                self.info.captures.entry(e.id).or_default();
                self.func_body(sig, &ty, body, Some(e.id));
                Operand::value(ty)
            }
            ExprKind::Call(f, args) => self.call(e, f, args),
            ExprKind::Unary(op, x) => self.unary(e, op, x),
            ExprKind::Binary(op, a, b) => self.binary(e, op, a, b),
        }
    }

    fn ident(&mut self, e: &Expr, name: &str) -> Operand {
        if name == "_" {
            self.err(e.pos, "cannot use _ as value");
            return Operand::invalid();
        }
        let Some(ent) = self.lookup(name) else {
            // The parser has put each constant declaration's `iota` in already.
            let msg = if name == "iota" {
                "cannot use iota outside constant declaration".to_string()
            } else if super::check_names::other_predeclared_type(name) {
                let supported = super::check_names::SUBSET_TYPES;
                self.unsupported(e.pos, &format!("the type {name}"), supported);
                return Operand::invalid();
            } else {
                format!("undefined: {name}")
            };
            self.err(e.pos, msg);
            return Operand::invalid();
        };
        self.info.res.insert(e.id, ent.clone());
        match ent {
            Ent::Var(id) => {
                self.use_var(id, true);
                Operand {
                    mode: Mode::Variable,
                    ty: self.info.vars[id].ty.clone(),
                    val: None,
                }
            }
            Ent::Func(i) => Operand::value(self.info.funcs[i].1.clone()),
            Ent::Const(c, ty) => Operand {
                mode: Mode::Constant,
                ty,
                val: Some(c),
            },
            Ent::Nil => Operand {
                mode: Mode::Constant,
                ty: Type::UntypedNil,
                val: None,
            },
            Ent::TypeName(t) => Operand {
                mode: Mode::Other,
                ty: t,
                val: None,
            },
            Ent::Builtin(b) => {
                self.err(e.pos, format!("{b} (built-in) must be called"));
                Operand::invalid()
            }
            Ent::Package(p) => {
                self.err(e.pos, format!("use of package {p} not in selector"));
                Operand::invalid()
            }
        }
    }

    fn selector(&mut self, e: &Expr, x: &Expr, name: &str, at: Pos) -> Operand {
        if let ExprKind::Ident(p) = &x.kind {
            if let Some(Ent::Package(pkg)) = self.lookup(p) {
                self.use_package(pkg, x.pos);
                let unit = |ns: i128| Operand {
                    mode: Mode::Constant,
                    ty: Type::Duration,
                    val: Some(Const::Int(ns)),
                };
                return match (pkg, name) {
                    ("time", "Nanosecond") => unit(1),
                    ("time", "Microsecond") => unit(1_000),
                    ("time", "Millisecond") => unit(1_000_000),
                    ("time", "Second") => unit(1_000_000_000),
                    ("time", "Minute") => unit(60_000_000_000),
                    ("time", "Hour") => unit(3_600_000_000_000),
                    ("time", "Duration") => Operand {
                        mode: Mode::Other,
                        ty: Type::Duration,
                        val: None,
                    },
                    _ if let Some(sig) = super::check_members::package_func(pkg, name) => {
                        Operand::member(sig)
                    }
                    ("sync", "WaitGroup" | "Mutex" | "Cond") | ("time", "Time") => Operand {
                        mode: Mode::Other,
                        ty: Type::Invalid,
                        val: None,
                    },
                    _ => {
                        self.missing_member(e, pkg, name, at);
                        Operand::invalid()
                    }
                };
            }
        }
        let o = self.expr(x);
        if let Some(sig) = super::check_members::method(&o.ty, name) {
            return Operand::member(sig);
        }
        if o.mode != Mode::Invalid {
            if super::check_names::members(&o.ty).contains(&name) {
                self.unsupported(
                    e.pos,
                    &format!("the selector .{name} on {}", o.ty),
                    super::check_call::PACKAGE_MEMBERS,
                );
            } else {
                let why = super::check_names::undefined_reason(&o.ty, name);
                self.err(at, format!("{}.{name} undefined ({why})", print::expr(x)));
            }
        }
        Operand::invalid()
    }

    /// A package member the subset does not offer: the subset's error when Go has it,
    /// Go's `undefined: fmt.Printn` (at the name) when Go does not.
    pub(super) fn missing_member(&mut self, e: &Expr, pkg: &str, name: &str, at: Pos) {
        if super::check_names::package_has(pkg, name) {
            self.unsupported(
                e.pos,
                &format!("{pkg}.{name}"),
                super::check_call::PACKAGE_MEMBERS,
            );
        } else {
            self.err(at, format!("undefined: {pkg}.{name}"));
        }
    }

    /// `sync.WaitGroup{}` and `sync.Mutex{}`: a fresh zero value, as `var wg
    /// sync.WaitGroup` makes. Any other `T{}` is a composite literal, outside the subset.
    fn zero_lit(&mut self, t: &Expr) -> Operand {
        if let ExprKind::Selector(p, name, _) = &t.kind {
            if let ExprKind::Ident(p_name) = &p.kind {
                if let Some(Ent::Package(pkg)) = self.lookup(p_name) {
                    // The literal names the package even when the subset refuses it.
                    self.use_package(pkg, p.pos);
                    let ty = match (pkg, &**name) {
                        ("sync", "WaitGroup") => Some(Type::WaitGroup),
                        ("sync", "Mutex") => Some(Type::Mutex),
                        _ => None,
                    };
                    if let Some(ty) = ty {
                        return Operand::value(ty);
                    }
                }
            }
        }
        self.unsupported(
            t.pos,
            "composite literals",
            "struct{}{}, sync.WaitGroup{} and sync.Mutex{}",
        );
        Operand::invalid()
    }

    fn unary(&mut self, e: &Expr, op: &str, x: &Expr) -> Operand {
        let o = self.expr(x);
        if o.mode == Mode::Invalid {
            return o;
        }
        match op {
            "<-" => match &o.ty {
                Type::Chan(1, _) => {
                    let d = self.describe(x, &o);
                    self.err(
                        x.pos,
                        format!("invalid operation: cannot receive from send-only channel {d}"),
                    );
                    Operand::invalid()
                }
                Type::Chan(_, el) => Operand {
                    mode: Mode::CommaOk,
                    ty: (**el).clone(),
                    val: None,
                },
                _ => {
                    let d = self.describe(x, &o);
                    self.err(
                        x.pos,
                        format!("invalid operation: cannot receive from non-channel {d}"),
                    );
                    Operand::invalid()
                }
            },
            "&" => {
                // Go takes the address of a composite literal too: `&sync.WaitGroup{}`.
                let literal = matches!(x.kind, ExprKind::ZeroLit(_)) && o.mode != Mode::Invalid;
                if !literal
                    && (o.mode != Mode::Variable || !matches!(o.ty, Type::WaitGroup | Type::Mutex))
                {
                    if o.mode == Mode::Variable {
                        self.unsupported(
                            e.pos,
                            &format!("pointers to {}", o.ty),
                            "&wg and &mu for a sync.WaitGroup or sync.Mutex",
                        );
                    } else {
                        self.err(
                            x.pos,
                            format!(
                                "invalid operation: cannot take address of {}",
                                self.describe(x, &o)
                            ),
                        );
                    }
                    return Operand::invalid();
                }
                Operand::value(Type::Ptr(std::rc::Rc::new(o.ty)))
            }
            "!" => {
                if !matches!(o.ty, Type::Bool | Type::UntypedBool) {
                    let d = self.describe(x, &o);
                    // types2 reports a unary operator's errors at its operand.
                    self.err(
                        x.pos,
                        format!("invalid operation: operator ! not defined on {d}"),
                    );
                    return Operand::invalid();
                }
                let val = match o.val {
                    Some(Const::Bool(b)) => Some(Const::Bool(!b)),
                    _ => None,
                };
                Operand {
                    mode: if val.is_some() {
                        Mode::Constant
                    } else {
                        Mode::Value
                    },
                    ty: o.ty,
                    val,
                }
            }
            _ => {
                if !o.ty.is_integer() {
                    let d = self.describe(x, &o);
                    self.err(
                        x.pos,
                        format!("invalid operation: operator {op} not defined on {d}"),
                    );
                    return Operand::invalid();
                }
                let val = match (op, o.val) {
                    ("-", Some(Const::Int(v))) => Some(Const::Int(v.wrapping_neg())),
                    // Go's `^x` is `-x - 1` for signed and untyped integers alike.
                    ("^", Some(Const::Int(v))) => Some(Const::Int(!v)),
                    (_, v) => v,
                };
                let o = Operand {
                    mode: if val.is_some() {
                        Mode::Constant
                    } else {
                        Mode::Value
                    },
                    ty: o.ty,
                    val,
                };
                // `-x` of the typed constant -9223372036854775808 does not fit.
                if !self.typed_fits(e, &o) {
                    return Operand::invalid();
                }
                o
            }
        }
    }
}
