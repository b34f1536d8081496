//! The machine: goroutines with call stacks, globals, channels and sync objects, and
//! [`Machine::step`], which runs one goroutine from one source statement to the next.
//! Scheduling is the kernel's ([`Kernel`]); the machine only blocks, wakes and spawns.

use std::rc::Rc;

use super::chan::Chan;
use super::code::{Instr, Program};
pub use super::goroutine::{Frame, Goroutine, Wake};
pub use super::limits::Limits;
use super::sync::SyncObj;
use super::task_names::NameCounts;
use super::value::{Closure, Value};
use super::write_log::WriteLog;
use crate::sim::kernel::Kernel;
use crate::sim::rng::Rng;
use crate::sim::task::TaskId;

/// How a step ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepEnd {
    /// At the next statement.
    Next,
    /// Blocked mid-statement.
    Blocked,
    /// Still runnable but gives up the processor (a mutex hand-off's `goyield`).
    Yield,
    /// Like `Yield`, but the statement is unfinished and resumes where it stopped.
    Retry,
    /// The statement finished and the goroutine sleeps (`time.Sleep`).
    Slept,
    /// The goroutine ended.
    Done,
    /// `main` returned: the program ends.
    Exit,
    /// A panic or fatal error ends the program with this first line.
    Fail(String),
}

/// What a program printed: when, who, what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Write {
    /// Virtual time in ns.
    pub t_ns: u64,
    /// The goroutine.
    pub task: TaskId,
    /// The bytes.
    pub text: String,
}

/// The program's whole state.
#[derive(Clone, Debug)]
pub struct Machine {
    /// The code.
    pub prog: Rc<Program>,
    /// Every goroutine ever started, by task id (main is 0).
    pub gs: Vec<Goroutine>,
    /// Global variables.
    pub globals: Vec<Value>,
    /// Channels, by id.
    pub chans: Vec<Chan>,
    /// Sync objects, by id.
    pub objs: Vec<SyncObj>,
    /// How many goroutines each function started, for their names.
    pub name_counts: NameCounts,
    /// `time.After` timers: the channel each fires into, by timer id.
    pub timers: Vec<u32>,
    /// Everything printed, in order.
    pub writes: WriteLog,
    /// How many newlines `writes` holds, kept as they are written (the page counts the
    /// output's lines on every frame).
    pub newlines: usize,
    /// Wake `close`'s waiters last-first, as Go's `closechan` does (go-runtime).
    pub close_lifo: bool,
    /// The scenario's seeded generator (a `select` with several ready cases).
    pub rng: Rng,
    /// The limits.
    pub limits: Limits,
}

/// Timer tokens in the kernel's heap start here, above every task id (the goroutine
/// limit keeps task ids far below; 2^30 fits a 32-bit `usize` on wasm).
pub const TIMER_BASE: usize = 1 << 30;

impl Machine {
    /// A machine about to run `main` (the globals' initialiser runs first, inside main's
    /// first step).
    pub fn new(prog: Rc<Program>, seed: u64, close_lifo: bool) -> Self {
        let mut m = Machine {
            globals: vec![Value::Unit; prog.globals as usize],
            prog,
            gs: Vec::new(),
            chans: Vec::new(),
            objs: Vec::new(),
            name_counts: NameCounts::default(),
            timers: Vec::new(),
            writes: WriteLog::default(),
            newlines: 0,
            close_lifo,
            rng: Rng::new(seed),
            limits: Limits::default(),
        };
        let main = Rc::new(Closure {
            func: m.prog.main as u32,
            caps: Vec::new(),
        });
        let mut g = m.goroutine(main, Vec::new());
        let init = Rc::new(Closure {
            func: m.prog.init as u32,
            caps: Vec::new(),
        });
        g.frames.push(Machine::frame(&m.prog, init, Vec::new()));
        m.gs.push(g);
        m
    }

    pub(super) fn frame(prog: &Program, c: Rc<Closure>, mut args: Vec<Value>) -> Frame {
        let f = &prog.funcs[c.func as usize];
        args.resize(f.slots as usize, Value::Unit);
        Frame {
            func: c.func,
            pc: 0,
            locals: args,
            caps: Some(c),
            defers: Vec::new(),
            ret: None,
            returning: false,
        }
    }

    pub(super) fn goroutine(&mut self, c: Rc<Closure>, args: Vec<Value>) -> Goroutine {
        let name = self.prog.funcs[c.func as usize].name.clone();
        let ordinal = self.name_counts.start(&name);
        let line = self.prog.funcs[c.func as usize].line;
        Goroutine {
            frames: vec![Machine::frame(&self.prog, c, args)],
            stack: Vec::new(),
            name,
            ordinal,
            wake: Wake::None,
            lock: None,
            cond: None,
            panicking: None,
            unwinding: 0,
            fresh: true,
            line,
            selecting: Vec::new(),
        }
    }

    /// The source line goroutine `g` is on.
    pub fn line_of(&self, g: TaskId) -> u32 {
        self.gs[g].line
    }

    /// Starts `go f(args)`: a new task, ready in `runnext` under go-runtime.
    pub(super) fn spawn(
        &mut self,
        c: Rc<Closure>,
        args: Vec<Value>,
        k: &mut Kernel,
    ) -> Result<(), String> {
        if self.gs.len() >= self.limits.goroutines {
            return Err(format!(
                "lab limit: more than {} goroutines",
                self.limits.goroutines
            ));
        }
        let g = self.goroutine(c, args);
        self.gs.push(g);
        k.spawn();
        Ok(())
    }

    /// Pushes a call frame, or fails past the depth limit.
    pub(super) fn call(
        &mut self,
        g: TaskId,
        c: Rc<Closure>,
        args: Vec<Value>,
    ) -> Result<(), String> {
        if self.gs[g].frames.len() >= self.limits.depth {
            // Go's own first line for a stack overflow, so that the end matches real Go's
            // (whose limit is a billion bytes of stack, not a number of calls).
            return Err(format!(
                "runtime: goroutine stack exceeds 1000000000-byte limit\nlab limit: {} nested calls",
                self.limits.depth
            ));
        }
        let f = Machine::frame(&self.prog, c, args);
        self.gs[g].frames.push(f);
        Ok(())
    }

    /// Prints `text` from `g` at the current time.
    pub(super) fn write(&mut self, g: TaskId, text: String, k: &Kernel) {
        if text.is_empty() {
            return;
        }
        self.newlines += text.matches('\n').count();
        self.writes.push(Write {
            t_ns: k.now_ms(),
            task: g,
            text,
        });
    }

    /// Runs goroutine `g` from its current statement to the next one, or until it blocks,
    /// yields, ends or fails.
    pub fn step(&mut self, g: TaskId, k: &mut Kernel) -> StepEnd {
        let prog = self.prog.clone();
        let mut seen = {
            let gr = &mut self.gs[g];
            let fresh = std::mem::replace(&mut gr.fresh, false);
            let at_stmt = gr.frames.last().is_some_and(|f| {
                matches!(
                    prog.funcs[f.func as usize].code.get(f.pc as usize),
                    Some(Instr::Stmt(_))
                )
            });
            !fresh && !at_stmt
        };
        loop {
            let gr = &mut self.gs[g];
            let Some(frame) = gr.frames.last_mut() else {
                return StepEnd::Done;
            };
            if frame.returning {
                match self.unwind(g, k) {
                    Ok(None) => continue,
                    Ok(Some(end)) => return end,
                    Err(msg) => return StepEnd::Fail(msg),
                }
            }
            let code = &prog.funcs[frame.func as usize].code;
            // The common instructions run here, without leaving the frame; the rest go
            // through `exec`.
            let slow = loop {
                let Some(instr) = code.get(frame.pc as usize) else {
                    frame.returning = true;
                    break None;
                };
                frame.pc += 1;
                let stack = &mut gr.stack;
                match instr {
                    Instr::Stmt(line) => {
                        if seen {
                            frame.pc -= 1;
                            return StepEnd::Next;
                        }
                        seen = true;
                        gr.line = *line;
                    }
                    Instr::Load(s) => stack.push(frame.locals[*s as usize].clone()),
                    Instr::Store(s) => frame.locals[*s as usize] = stack.pop().unwrap_or_default(),
                    Instr::Push(v) => stack.push(v.clone()),
                    Instr::Jump(t) => frame.pc = *t,
                    Instr::JumpIfFalse(t) => {
                        if !matches!(stack.pop(), Some(Value::Bool(true))) {
                            frame.pc = *t;
                        }
                    }
                    Instr::Bin(op) => {
                        let n = stack.len();
                        let fast = match (n >= 2).then(|| (&stack[n - 2], &stack[n - 1])) {
                            Some((Value::Int(a), Value::Int(b))) => {
                                super::machine_exec::int_op(*op, *a, *b)
                            }
                            _ => None,
                        };
                        match fast {
                            Some(v) => {
                                stack.truncate(n - 1);
                                stack[n - 2] = v;
                            }
                            None => break Some(instr),
                        }
                    }
                    _ => break Some(instr),
                }
            };
            let Some(instr) = slow else { continue };
            match self.exec(g, instr, k) {
                Ok(None) => {}
                Ok(Some(StepEnd::Blocked)) => {
                    if let Some(f) = self.gs[g].frames.last_mut() {
                        f.pc -= 1;
                    }
                    return StepEnd::Blocked;
                }
                Ok(Some(StepEnd::Retry)) => {
                    if let Some(f) = self.gs[g].frames.last_mut() {
                        f.pc -= 1;
                    }
                    return StepEnd::Yield;
                }
                Ok(Some(end)) => return end,
                Err(Panic::Fatal(msg)) => return StepEnd::Fail(msg),
                Err(Panic::Go(msg)) => {
                    let gr = &mut self.gs[g];
                    gr.panicking.get_or_insert(msg);
                    // Every frame running now unwinds, a deferred call's own included.
                    gr.unwinding = gr.frames.len();
                    if let Some(f) = gr.frames.last_mut() {
                        f.returning = true;
                    }
                }
            }
        }
    }

    /// The return sequence of the innermost frame: its next deferred call, or the return
    /// itself. `Ok(Some)` ends the step.
    fn unwind(&mut self, g: TaskId, _k: &mut Kernel) -> Result<Option<StepEnd>, String> {
        let gr = &mut self.gs[g];
        let Some(frame) = gr.frames.last_mut() else {
            return Ok(Some(StepEnd::Done));
        };
        if let Some((c, args)) = frame.defers.pop() {
            self.call(g, c, args)?;
            return Ok(None);
        }
        let Some(frame) = gr.frames.pop() else {
            return Ok(Some(StepEnd::Done));
        };
        if gr.frames.is_empty() {
            if let Some(msg) = gr.panicking.take() {
                return Ok(Some(StepEnd::Fail(msg)));
            }
            return Ok(Some(if g == 0 { StepEnd::Exit } else { StepEnd::Done }));
        }
        // A frame the panic unwinds hands the unwinding on to its caller; any other (a
        // deferred call, or a function it called) returns its result as usual.
        if gr.panicking.is_some() && gr.frames.len() < gr.unwinding {
            gr.unwinding = gr.frames.len();
            if let Some(f) = gr.frames.last_mut() {
                f.returning = true;
            }
        } else if let Some(v) = frame.ret {
            gr.stack.push(v);
        }
        Ok(None)
    }
}

/// How an instruction failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Panic {
    /// A Go panic (`panic: ...`): deferred calls run, then the program ends.
    Go(String),
    /// A fatal error (`fatal error: ...`) or a lab limit: the program ends at once.
    Fatal(String),
}
