//! The compiler's expressions and calls: constants fold to `Push`, `&&` and `||` jump,
//! built-ins and sync methods become single instructions, and `go`/`defer` of a built-in
//! get a small wrapper function so that every goroutine and deferred call runs a closure.

use std::rc::Rc;

use super::ast::{Expr, ExprKind};
use super::check::{CallKind, Const, Ent};
use super::code::{BinOp, CapFrom, FuncCode, Instr, Op};
use super::compile::{ptype, Compiler, FnBuilder};
use super::types::Type;
use super::value::{PType, Value};

/// An integer constant as the machine's `int`. The checker has reported Go's `overflows`
/// error for every constant that a typed use would not hold, so the value fits (a wider
/// untyped constant only ever reaches here inside a larger constant, which is folded).
fn int64(v: i128) -> i64 {
    v as i64
}

fn const_value(c: &Const) -> Value {
    match c {
        Const::Int(v) => Value::Int(int64(*v)),
        Const::Bool(b) => Value::Bool(*b),
        Const::Str(s) => Value::Str(s.clone()),
    }
}

impl Compiler<'_> {
    fn ty(&self, e: &Expr) -> Type {
        self.info.types[e.id as usize].clone()
    }

    /// Pushes the value of `e`.
    pub(super) fn expr(&mut self, b: &mut FnBuilder, e: &Expr) {
        if let Some(&slot) = self.hoisted.get(&e.id) {
            b.emit(Instr::Load(slot));
            return;
        }
        if let Some(c) = &self.info.consts[e.id as usize] {
            b.emit(Instr::Push(const_value(c)));
            return;
        }
        match &e.kind {
            ExprKind::Int(v, _) => {
                b.emit(Instr::Push(Value::Int(int64(*v))));
            }
            ExprKind::Str(s, _) => {
                b.emit(Instr::Push(Value::Str(s.clone())));
            }
            ExprKind::ZeroLit(_) => {
                let t = self.ty(e);
                self.push_zero(b, &t);
            }
            ExprKind::EmptyStruct | ExprKind::Type(_) | ExprKind::Selector(..) => {
                b.emit(Instr::Push(Value::Unit));
            }
            ExprKind::Paren(x) => self.expr(b, x),
            ExprKind::Ident(_) => match self.info.res.get(&e.id) {
                Some(Ent::Var(id)) => {
                    self.load_var(b, *id);
                    let by_value = matches!(self.info.vars[*id].ty, Type::WaitGroup | Type::Mutex);
                    if by_value && !self.by_ref {
                        b.emit(Instr::CopySync);
                    }
                }
                Some(Ent::Func(i)) => {
                    b.emit(Instr::Closure(*i as u32, Rc::from([])));
                }
                Some(Ent::Nil) => {
                    let t = self.ty(e);
                    b.emit(Instr::Push(super::compile::zero(&t).unwrap_or(Value::Unit)));
                }
                Some(Ent::Const(c, _)) => {
                    b.emit(Instr::Push(const_value(c)));
                }
                _ => {
                    b.emit(Instr::Push(Value::Unit));
                }
            },
            ExprKind::FuncLit(sig, body) => {
                let caps = self.info.captures.get(&e.id).cloned().unwrap_or_default();
                b.lits += 1;
                let name: Rc<str> = Rc::from(format!("{}.func{}", b.name, b.lits));
                let index = self.funcs.len();
                self.funcs.push(FuncCode {
                    name: name.clone(),
                    code: Vec::new(),
                    params: 0,
                    slots: 0,
                    line: 0,
                    names: Vec::new(),
                });
                let code = self.function(name, sig, body, &caps, e.pos.line);
                self.funcs[index] = code;
                let from: Vec<CapFrom> = caps
                    .iter()
                    .map(|v| match b.slots.get(v) {
                        Some(&s) => CapFrom::Slot(s),
                        None => CapFrom::Cap(b.caps.get(v).copied().unwrap_or(0)),
                    })
                    .collect();
                b.emit(Instr::Closure(index as u32, from.into()));
            }
            ExprKind::Unary(op, x) => {
                self.by_ref = *op == "&";
                self.expr(b, x);
                self.by_ref = false;
                match *op {
                    "<-" => {
                        b.emit(Instr::Op(Op::Recv(false)));
                    }
                    "^" => {
                        b.emit(Instr::Push(Value::Int(-1)));
                        b.emit(Instr::Bin(BinOp::Xor));
                    }
                    "-" => {
                        b.emit(Instr::Neg);
                        if self.ty(e) == Type::Rune {
                            b.emit(Instr::Wrap32);
                        }
                    }
                    "!" => {
                        b.emit(Instr::Not);
                    }
                    _ => {}
                }
            }
            ExprKind::Binary(op, x, y) => {
                if matches!(*op, "&&" | "||") {
                    // Each side is ordered on its own, the right one only when it runs
                    // (order.go's `r := x; if r { r = y }`).
                    self.order_operands(b, x);
                    self.expr(b, x);
                    let j = b.emit(if *op == "&&" {
                        Instr::AndJump(0)
                    } else {
                        Instr::OrJump(0)
                    });
                    self.order_operands(b, y);
                    self.expr(b, y);
                    b.patch(j);
                    return;
                }
                self.expr(b, x);
                self.expr(b, y);
                if matches!(self.ty(x), Type::Mutex | Type::WaitGroup) {
                    b.emit(Instr::Op(Op::SyncEq));
                    if *op == "!=" {
                        b.emit(Instr::Not);
                    }
                    return;
                }
                let is_str = matches!(self.ty(x), Type::Str | Type::UntypedStr);
                b.emit(Instr::Bin(match *op {
                    "+" if is_str => BinOp::Concat,
                    "+" => BinOp::Add,
                    "-" => BinOp::Sub,
                    "*" => BinOp::Mul,
                    "/" => BinOp::Div,
                    "%" => BinOp::Rem,
                    "&" => BinOp::And,
                    "|" => BinOp::Or,
                    "^" => BinOp::Xor,
                    "&^" => BinOp::AndNot,
                    "<<" => BinOp::Shl,
                    ">>" => BinOp::Shr,
                    "==" => BinOp::Eq,
                    "!=" => BinOp::Ne,
                    "<" => BinOp::Lt,
                    "<=" => BinOp::Le,
                    ">" => BinOp::Gt,
                    _ => BinOp::Ge,
                }));
                if matches!(self.ty(e), Type::Rune | Type::UntypedRune) {
                    b.emit(Instr::Wrap32);
                }
            }
            ExprKind::Call(f, args) => self.call(b, e, f, args),
        }
    }

    /// The receiver of a method call, then its arguments; returns how many were pushed.
    fn push_args(&mut self, b: &mut FnBuilder, e: &Expr) -> (Option<CallKind>, u32) {
        let ExprKind::Call(f, args) = &e.kind else {
            return (None, 0);
        };
        let kind = self.info.calls.get(&e.id).cloned();
        let mut n = 0;
        if let (Some(CallKind::Method(_)), ExprKind::Selector(x, ..)) = (&kind, &f.kind) {
            self.by_ref = true;
            self.expr(b, x);
            self.by_ref = false;
            n += 1;
        }
        if kind == Some(CallKind::Builtin("make")) {
            if let Some(cap) = args.get(1) {
                self.expr(b, cap);
                n += 1;
            }
            return (kind, n);
        }
        for a in args {
            // Ordered already in a statement; in `go` and `defer`, argument by argument.
            self.order_operands(b, a);
            self.expr(b, a);
            n += 1;
        }
        (kind, n)
    }

    /// The arguments of `go f(...)` or `defer f(...)`: gc makes each an assignment of its
    /// own (`a1 := x + g()`), ordered as a statement, one after the other.
    fn go_args(&mut self, b: &mut FnBuilder, args: &[Expr]) {
        for a in args {
            self.order_operands(b, a);
            self.expr(b, a);
        }
    }

    /// The instruction a built-in, method or conversion call compiles to.
    fn call_instr(&self, e: &Expr, kind: &CallKind) -> Option<Instr> {
        let ExprKind::Call(_, args) = &e.kind else {
            return None;
        };
        let types = || -> Rc<[(PType, Rc<str>)]> {
            args.iter()
                .map(|a| {
                    let t = self.ty(a);
                    (ptype(&t), Rc::from(t.reflect_name()))
                })
                .collect()
        };
        Some(match kind {
            CallKind::Builtin("Println") => Instr::Print(0, types()),
            CallKind::Builtin("Print") => Instr::Print(1, types()),
            CallKind::Builtin("Printf") => Instr::Print(2, types()),
            CallKind::Builtin("Sprintln") => Instr::Print(3, types()),
            CallKind::Builtin("Sprint") => Instr::Print(4, types()),
            CallKind::Builtin("Sprintf") => Instr::Print(5, types()),
            CallKind::Builtin("make") => {
                let t = self.ty(e);
                let zero = t
                    .elem()
                    .and_then(super::compile::zero)
                    .unwrap_or(Value::Unit);
                Instr::MakeChan(args.len() > 1, zero)
            }
            CallKind::Builtin("len") => Instr::Op(Op::Len),
            CallKind::Builtin("cap") => Instr::Op(Op::Cap),
            CallKind::Builtin("close") => Instr::Op(Op::Close),
            CallKind::Builtin("panic") => {
                Instr::Panic(args.first().map_or(PType::Unit, |a| ptype(&self.ty(a))))
            }
            CallKind::Builtin("Sleep") => Instr::Op(Op::Sleep),
            CallKind::Builtin("After") => Instr::Op(Op::After),
            CallKind::Builtin("NewCond") => Instr::Op(Op::NewCond),
            CallKind::Method(m) => Instr::Op(match *m {
                "Add" => Op::WgAdd,
                "Done" => Op::WgDone,
                "Wait" => Op::WgWait,
                "Lock" => Op::Lock,
                "Unlock" => Op::Unlock,
                "CondWait" => Op::CondWait,
                "Signal" => Op::Signal,
                _ => Op::Broadcast,
            }),
            _ => return None,
        })
    }

    fn call(&mut self, b: &mut FnBuilder, e: &Expr, f: &Expr, args: &[Expr]) {
        match self.info.calls.get(&e.id).cloned() {
            Some(CallKind::Func(i)) => {
                for a in args {
                    self.expr(b, a);
                }
                b.emit(Instr::Call(i as u32, args.len() as u32));
            }
            Some(CallKind::Conv(t)) => {
                if let Some(a) = args.first() {
                    self.expr(b, a);
                    // `rune(n)` keeps the low 32 bits; `string(n)` of an integer is the
                    // code point's UTF-8. Other conversions keep the bits as they are.
                    let from = self.ty(a);
                    if t == Type::Rune && from != Type::Rune {
                        b.emit(Instr::Wrap32);
                    } else if t == Type::Str && from.is_integer() {
                        b.emit(Instr::RuneStr);
                    }
                }
            }
            Some(CallKind::Value) | None => {
                self.expr(b, f);
                for a in args {
                    self.expr(b, a);
                }
                b.emit(Instr::CallValue(args.len() as u32));
            }
            Some(kind) => {
                self.push_args(b, e);
                if let Some(i) = self.call_instr(e, &kind) {
                    b.emit(i);
                }
            }
        }
    }

    /// For `go` and `defer`: pushes a closure, then its arguments; returns their count.
    pub(super) fn callee_and_args(&mut self, b: &mut FnBuilder, call: &Expr) -> u32 {
        let ExprKind::Call(f, args) = &call.kind else {
            return 0;
        };
        match self.info.calls.get(&call.id).cloned() {
            Some(CallKind::Func(i)) => {
                b.emit(Instr::Closure(i as u32, Rc::from([])));
                self.go_args(b, args);
                args.len() as u32
            }
            Some(CallKind::Value) | None => {
                self.expr(b, f);
                self.go_args(b, args);
                args.len() as u32
            }
            Some(kind) => {
                let index = self.funcs.len();
                let at = b.emit(Instr::Closure(index as u32, Rc::from([])));
                let (_, n) = self.push_args(b, call);
                let mut code = vec![Instr::Stmt(call.pos.line)];
                code.extend((0..n).map(Instr::Load));
                if let Some(i) = self.call_instr(call, &kind) {
                    let has_value = !matches!(self.ty(call), Type::Invalid);
                    code.push(i);
                    if has_value {
                        code.push(Instr::Pop);
                    }
                }
                code.push(Instr::Return(false));
                let name: Rc<str> = Rc::from(super::print::expr(f));
                self.funcs.push(FuncCode {
                    name,
                    code,
                    params: n,
                    slots: n,
                    line: call.pos.line,
                    names: Vec::new(),
                });
                let _ = at;
                n
            }
        }
    }
}
