//! A goroutine as the machine keeps it: its call frames (locals, captured cells, deferred
//! calls), its operand stack, and what a wake delivered while it was blocked, including
//! where it stands inside `mu.Lock()` and `c.Wait()`.

use std::rc::Rc;

use super::sync::{CondPhase, LockSlow};
use super::value::{Closure, Value};

/// One call in progress.
#[derive(Clone, Debug)]
pub struct Frame {
    /// The function.
    pub func: u32,
    /// The next instruction.
    pub pc: u32,
    /// Parameters and locals.
    pub locals: Vec<Value>,
    /// The closure's captured cells.
    pub caps: Option<Rc<Closure>>,
    /// Deferred calls, last to run last in the list.
    pub defers: Vec<(Rc<Closure>, Vec<Value>)>,
    /// The result, once `return` ran.
    pub ret: Option<Value>,
    /// True once `return` ran (or a panic unwinds it): deferred calls run next.
    pub returning: bool,
}

/// What a blocked goroutine was given when it was woken.
#[derive(Clone, Debug, Default)]
pub enum Wake {
    /// Nothing yet.
    #[default]
    None,
    /// A receive completed with this value and `ok`.
    Recv(Value, bool),
    /// A send completed.
    Sent,
    /// The channel was closed under a blocked sender: it panics.
    SendClosed,
    /// A `select` case fired: index, received value, `ok` (false for a send on a closed channel).
    Select(i32, Value, bool),
    /// A semaphore released this goroutine (true: handed off directly).
    Sema(bool),
    /// A `Cond` notified it.
    Notified,
}

/// One goroutine.
#[derive(Clone, Debug)]
pub struct Goroutine {
    /// Its call stack, innermost last.
    pub frames: Vec<Frame>,
    /// Its operand stack.
    pub stack: Vec<Value>,
    /// The function it was started with (`main`, `worker`, `main.func1`).
    pub name: Rc<str>,
    /// Its number among the goroutines started with the same function, from 1.
    pub ordinal: u32,
    /// What waking it delivered.
    pub wake: Wake,
    /// Inside `mu.Lock()`'s slow path.
    pub lock: Option<LockSlow>,
    /// Inside `c.Wait()`.
    pub cond: Option<CondPhase>,
    /// The first panic's message, while deferred calls run.
    pub panicking: Option<String>,
    /// While panicking, how many frames (from the bottom) the panic unwinds: those that
    /// were running when it began. A deferred call and what it calls sit above them and
    /// return as usual (Go's `gopanic` runs a deferred call as an ordinary call).
    pub unwinding: usize,
    /// True until its first step.
    pub fresh: bool,
    /// The source line of its current statement.
    pub line: u32,
    /// Channels a parked `select` waits on.
    pub selecting: Vec<u32>,
}
