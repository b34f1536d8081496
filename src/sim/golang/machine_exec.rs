//! The machine's instruction dispatch: values, variables, operators, jumps, calls,
//! closures, `go`, `defer`, printing and `panic`. Channel and sync operations are in
//! `machine_chan` and `machine_sync`.

use std::cell::RefCell;
use std::rc::Rc;

use super::code::{BinOp, CapFrom, Instr};
use super::format;
use super::machine::{Machine, Panic, StepEnd};
use super::value::{Closure, PType, Value};
use crate::sim::kernel::Kernel;
use crate::sim::task::TaskId;

/// An instruction's result: go on (`None`), end the step, or fail.
pub type Exec = Result<Option<StepEnd>, Panic>;

fn pop(stack: &mut Vec<Value>) -> Value {
    stack.pop().unwrap_or_default()
}

/// `x << y` for a count `y >= 0`: Go shifts every bit out from 64 on.
fn shl(x: i64, y: i64) -> i64 {
    u32::try_from(y)
        .ok()
        .and_then(|y| x.checked_shl(y))
        .unwrap_or(0)
}

/// `x >> y` for a count `y >= 0`: arithmetic, so from 64 on only the sign is left.
fn shr(x: i64, y: i64) -> i64 {
    x >> y.min(63)
}

/// An operator on two integers, or `None` when it needs the slow path (division by zero).
#[inline]
pub(super) fn int_op(op: BinOp, x: i64, y: i64) -> Option<Value> {
    Some(match op {
        BinOp::Add => Value::Int(x.wrapping_add(y)),
        BinOp::Sub => Value::Int(x.wrapping_sub(y)),
        BinOp::Mul => Value::Int(x.wrapping_mul(y)),
        BinOp::Div if y != 0 => Value::Int(x.wrapping_div(y)),
        BinOp::Rem if y != 0 => Value::Int(x.wrapping_rem(y)),
        BinOp::Lt => Value::Bool(x < y),
        BinOp::Le => Value::Bool(x <= y),
        BinOp::Gt => Value::Bool(x > y),
        BinOp::Ge => Value::Bool(x >= y),
        BinOp::Eq => Value::Bool(x == y),
        BinOp::Ne => Value::Bool(x != y),
        BinOp::And => Value::Int(x & y),
        BinOp::Or => Value::Int(x | y),
        BinOp::Xor => Value::Int(x ^ y),
        BinOp::AndNot => Value::Int(x & !y),
        BinOp::Shl if y >= 0 => Value::Int(shl(x, y)),
        BinOp::Shr if y >= 0 => Value::Int(shr(x, y)),
        _ => return None,
    })
}

fn binop(op: BinOp, a: Value, b: Value) -> Result<Value, Panic> {
    Ok(match (op, a, b) {
        (BinOp::Eq, a, b) => Value::Bool(a == b),
        (BinOp::Ne, a, b) => Value::Bool(a != b),
        (BinOp::Concat, Value::Str(a), Value::Str(b)) => {
            let mut s = Vec::with_capacity(a.len() + b.len());
            s.extend_from_slice(&a);
            s.extend_from_slice(&b);
            Value::Str(Rc::from(s))
        }
        (BinOp::Lt, Value::Str(a), Value::Str(b)) => Value::Bool(a < b),
        (BinOp::Le, Value::Str(a), Value::Str(b)) => Value::Bool(a <= b),
        (BinOp::Gt, Value::Str(a), Value::Str(b)) => Value::Bool(a > b),
        (BinOp::Ge, Value::Str(a), Value::Str(b)) => Value::Bool(a >= b),
        (op, a, b) => {
            let (x, y) = (a.int(), b.int());
            match op {
                BinOp::Add => Value::Int(x.wrapping_add(y)),
                BinOp::Sub => Value::Int(x.wrapping_sub(y)),
                BinOp::Mul => Value::Int(x.wrapping_mul(y)),
                BinOp::Div | BinOp::Rem if y == 0 => {
                    return Err(Panic::Go(
                        "panic: runtime error: integer divide by zero".to_string(),
                    ))
                }
                BinOp::Div => Value::Int(x.wrapping_div(y)),
                BinOp::Rem => Value::Int(x.wrapping_rem(y)),
                BinOp::Shl | BinOp::Shr if y < 0 => {
                    return Err(Panic::Go(
                        "panic: runtime error: negative shift amount".to_string(),
                    ))
                }
                BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot | BinOp::Shl | BinOp::Shr => {
                    int_op(op, x, y).unwrap_or_default()
                }
                BinOp::Lt => Value::Bool(x < y),
                BinOp::Le => Value::Bool(x <= y),
                BinOp::Gt => Value::Bool(x > y),
                _ => Value::Bool(x >= y),
            }
        }
    })
}

/// `panic(v)`'s first line: strings raw, a Duration through its `String` method.
fn panic_text(v: &Value, t: PType) -> String {
    match (v, t) {
        (Value::Unit, PType::Unit) => "panic: (struct {}) 0x5a9b40".to_string(),
        // Go 1.19 prints a nil interface as `nil` (1.21 made it a PanicNilError).
        (_, PType::Nil) => "panic: nil".to_string(),
        (Value::Chan(None) | Value::Obj(None) | Value::Func(None), _) => {
            "panic: panic called with nil argument (use runtime.PanicNilError)".to_string()
        }
        (Value::Int(n), PType::Int | PType::Rune) => format!("panic: {n}"),
        _ => format!("panic: {}", format::value(v, t)),
    }
}

impl Machine {
    /// `%v` of a `sync.Mutex` (`{state sema}`) or `sync.WaitGroup` (`{{} counter<<32|waiters
    /// sema}`), as Go 1.19 prints the structs; `&` before them for pointers.
    pub(super) fn render_sync(&self, id: usize, pointer: bool) -> Option<String> {
        let body = match self.objs.get(id)? {
            super::sync::SyncObj::Mutex { state, sema, .. } => {
                format!("{{{state} {}}}", sema.count)
            }
            super::sync::SyncObj::WaitGroup {
                counter,
                waiters,
                sema,
            } => {
                format!(
                    "{{{{}} {} {}}}",
                    (*counter << 32) | i64::from(*waiters),
                    sema.count
                )
            }
            super::sync::SyncObj::Cond { .. } => return None,
        };
        Some(if pointer { format!("&{body}") } else { body })
    }

    /// Executes one instruction of goroutine `g`.
    pub(super) fn exec(&mut self, g: TaskId, instr: &Instr, k: &mut Kernel) -> Exec {
        let gr = &mut self.gs[g];
        let Some(frame) = gr.frames.last_mut() else {
            return Ok(Some(StepEnd::Done));
        };
        let stack = &mut gr.stack;
        match instr {
            Instr::Stmt(_) => {}
            Instr::Push(v) => stack.push(v.clone()),
            Instr::Load(s) => stack.push(frame.locals[*s as usize].clone()),
            Instr::Store(s) => frame.locals[*s as usize] = pop(stack),
            Instr::LoadCell(s) => {
                let v = match &frame.locals[*s as usize] {
                    Value::Cell(c) => c.borrow().clone(),
                    v => v.clone(),
                };
                stack.push(v);
            }
            Instr::StoreCell(s) => {
                let v = pop(stack);
                match &frame.locals[*s as usize] {
                    Value::Cell(c) => *c.borrow_mut() = v,
                    _ => frame.locals[*s as usize] = Value::Cell(Rc::new(RefCell::new(v))),
                }
            }
            Instr::NewCell(s) => {
                frame.locals[*s as usize] = Value::Cell(Rc::new(RefCell::new(pop(stack))))
            }
            Instr::LoadCap(i) => {
                let v = frame
                    .caps
                    .as_ref()
                    .and_then(|c| c.caps.get(*i as usize))
                    .map(|c| c.borrow().clone());
                stack.push(v.unwrap_or_default());
            }
            Instr::StoreCap(i) => {
                let v = pop(stack);
                if let Some(c) = frame.caps.as_ref().and_then(|c| c.caps.get(*i as usize)) {
                    *c.borrow_mut() = v;
                }
            }
            Instr::LoadGlobal(i) => stack.push(self.globals[*i as usize].clone()),
            Instr::StoreGlobal(i) => self.globals[*i as usize] = pop(stack),
            Instr::Pop => {
                stack.pop();
            }
            Instr::Bin(op) => {
                let b = pop(stack);
                let a = pop(stack);
                stack.push(binop(*op, a, b)?);
            }
            Instr::Neg => {
                let v = pop(stack).int();
                stack.push(Value::Int(v.wrapping_neg()));
            }
            Instr::Wrap32 => {
                let v = pop(stack).int();
                stack.push(Value::Int(i64::from(v as i32)));
            }
            Instr::RuneStr => {
                let v = pop(stack).int();
                stack.push(Value::Str(super::value::rune_string(v)));
            }
            Instr::Not => {
                let v = pop(stack).bool();
                stack.push(Value::Bool(!v));
            }
            Instr::Jump(t) => frame.pc = *t,
            Instr::JumpIfFalse(t) => {
                if !pop(stack).bool() {
                    frame.pc = *t;
                }
            }
            Instr::AndJump(t) | Instr::OrJump(t) => {
                let top = stack.last().is_some_and(Value::bool);
                if top == matches!(instr, Instr::OrJump(_)) {
                    frame.pc = *t;
                } else {
                    stack.pop();
                }
            }
            Instr::Call(f, argc) => {
                let args = stack.split_off(stack.len().saturating_sub(*argc as usize));
                let c = Rc::new(Closure {
                    func: *f,
                    caps: Vec::new(),
                });
                self.call(g, c, args).map_err(Panic::Fatal)?;
            }
            Instr::CallValue(argc) => {
                let args = stack.split_off(stack.len().saturating_sub(*argc as usize));
                let Value::Func(Some(c)) = pop(stack) else {
                    return Err(Panic::Go(
                        "panic: runtime error: invalid memory address or nil pointer dereference"
                            .to_string(),
                    ));
                };
                self.call(g, c, args).map_err(Panic::Fatal)?;
            }
            Instr::Return(has) => {
                frame.ret = if *has { Some(pop(stack)) } else { None };
                frame.returning = true;
            }
            Instr::Closure(f, from) => {
                let caps = from
                    .iter()
                    .map(|src| match src {
                        CapFrom::Slot(s) => match &frame.locals[*s as usize] {
                            Value::Cell(c) => c.clone(),
                            v => Rc::new(RefCell::new(v.clone())),
                        },
                        CapFrom::Cap(i) => frame
                            .caps
                            .as_ref()
                            .and_then(|c| c.caps.get(*i as usize).cloned())
                            .unwrap_or_default(),
                    })
                    .collect();
                stack.push(Value::Func(Some(Rc::new(Closure { func: *f, caps }))));
            }
            Instr::Go(argc) | Instr::Defer(argc) => {
                let args = stack.split_off(stack.len().saturating_sub(*argc as usize));
                let Value::Func(Some(c)) = pop(stack) else {
                    return Err(Panic::Go(
                        "panic: runtime error: invalid memory address or nil pointer dereference"
                            .to_string(),
                    ));
                };
                if matches!(instr, Instr::Defer(_)) {
                    frame.defers.push((c, args));
                } else {
                    self.spawn(c, args, k).map_err(Panic::Fatal)?;
                }
            }
            Instr::Print(kind, types) => {
                // 0 to 2 write (`Println`, `Print`, `Printf`); 3 to 5 are their `Sprint`
                // twins, which return the same text.
                let (style, returns) = (*kind % 3, *kind >= 3);
                // `types` names every argument, `Printf`'s format included; as a statement
                // the call had the stack to itself, but a `Sprintf` may sit on operands.
                let n = types.len();
                let mut args = stack.split_off(stack.len().saturating_sub(n));
                let skip = usize::from(style == 2);
                for (v, (t, _)) in args[skip..].iter_mut().zip(types[skip..].iter()) {
                    if let (Value::Obj(Some(id)), PType::SyncValue | PType::Ptr) = (&*v, t) {
                        if let Some(text) = self.render_sync(*id as usize, *t == PType::Ptr) {
                            *v = Value::Str(Rc::from(text.as_bytes()));
                        }
                    }
                }
                let fmt = match (style, args.first()) {
                    (2, Some(Value::Str(s))) => Some(s.clone()),
                    (2, _) => Some(Rc::from(&b""[..])),
                    _ => None,
                };
                let operands: Vec<format::Arg> = args
                    .into_iter()
                    .zip(types.iter())
                    .skip(skip)
                    .map(|(value, (kind, name))| format::Arg {
                        value,
                        kind: *kind,
                        type_name: name.clone(),
                    })
                    .collect();
                let text = match (fmt, style) {
                    (Some(f), _) => format::printf(&f, &operands),
                    (None, 0) => format::println(&operands),
                    (None, _) => format::print(&operands),
                };
                if returns {
                    // `stack` was given up to read the sync objects above.
                    self.gs[g].stack.push(Value::Str(Rc::from(text)));
                } else {
                    self.write(g, super::value::lossy(&text).into_owned(), k);
                }
            }
            Instr::Panic(t) => {
                let v = pop(stack);
                return Err(Panic::Go(panic_text(&v, *t)));
            }
            Instr::Unreachable => {
                return Err(Panic::Fatal("fatal error: missing return".to_string()))
            }
            Instr::MakeChan(has_cap, zero) => {
                let cap = if *has_cap { pop(stack).int() } else { 0 };
                if cap < 0 {
                    return Err(Panic::Go(
                        "panic: runtime error: makechan: size out of range".to_string(),
                    ));
                }
                let zero = zero.clone();
                let id = self.chans.len() as u32;
                self.chans.push(super::chan::Chan::new(cap as usize, zero));
                self.gs[g].stack.push(Value::Chan(Some(id)));
            }
            Instr::NewSync(is_mutex) => {
                let id = self.objs.len() as u32;
                self.objs.push(if *is_mutex {
                    super::sync::SyncObj::mutex()
                } else {
                    super::sync::SyncObj::wait_group()
                });
                stack.push(Value::Obj(Some(id)));
            }
            Instr::CopySync => {
                if let Some(Value::Obj(Some(id))) = stack.last() {
                    let copy = match &self.objs[*id as usize] {
                        super::sync::SyncObj::Mutex { state, sema, .. } => {
                            super::sync::SyncObj::Mutex {
                                state: *state,
                                sema: super::sync::Sema {
                                    count: sema.count,
                                    waiters: Default::default(),
                                },
                                owner: None,
                            }
                        }
                        super::sync::SyncObj::WaitGroup {
                            counter,
                            waiters,
                            sema,
                        } => super::sync::SyncObj::WaitGroup {
                            counter: *counter,
                            waiters: *waiters,
                            sema: super::sync::Sema {
                                count: sema.count,
                                waiters: Default::default(),
                            },
                        },
                        other => other.clone(),
                    };
                    let new = self.objs.len() as u32;
                    self.objs.push(copy);
                    if let Some(top) = self.gs[g].stack.last_mut() {
                        *top = Value::Obj(Some(new));
                    }
                }
            }
            Instr::RangeRecv(exit) => return self.recv(g, false, Some(*exit), k),
            Instr::Select(cases, has_default, zeros) => {
                return self.select(g, cases, *has_default, zeros, k)
            }
            Instr::Op(op) => return self.op(g, *op, k),
        }
        Ok(None)
    }
}
