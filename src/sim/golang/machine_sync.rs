//! The machine's channel and sync operations: the dispatch of every [`Op`] to its
//! channel (`machine_chan.rs`), mutex and `Cond` (`machine_mutex.rs`) or `WaitGroup`
//! code, and `sync.WaitGroup` as Go 1.19's `sync` package runs it on one processor:
//! `Add` wakes the waiters in queue order, and a woken waiter whose unit was taken parks
//! again.

use super::code::Op;
use super::machine::{Machine, Panic, StepEnd, Wake};
use super::machine_exec::Exec;
use super::sync::{Sema, SyncObj};
use super::value::Value;
use crate::sim::kernel::Kernel;
use crate::sim::task::{TaskId, WaitReason};

/// Go's panic for a method called on a nil `*sync.WaitGroup`, `*sync.Mutex` or
/// `*sync.Cond`.
pub(super) fn nil_deref() -> Panic {
    Panic::Go("panic: runtime error: invalid memory address or nil pointer dereference".to_string())
}

/// `semrelease`: one unit back; the first waiter (if any) is readied (`runnext`). With
/// `handoff` the unit goes straight to it. Returns the woken goroutine.
pub(super) fn release(
    sema: &mut Sema,
    handoff: bool,
    gs: &mut [super::machine::Goroutine],
    k: &mut Kernel,
) -> Option<TaskId> {
    sema.count += 1;
    let w = sema.waiters.pop_front()?;
    let direct = handoff && sema.count > 0;
    if direct {
        sema.count -= 1;
    }
    gs[w].wake = Wake::Sema(direct);
    k.wake(w);
    Some(w)
}

impl Machine {
    /// The sync object `back` slots down `g`'s stack; a nil pointer is Go's panic.
    pub(super) fn obj_id(&self, g: TaskId, back: usize) -> Result<usize, Panic> {
        let s = &self.gs[g].stack;
        match s.get(s.len().wrapping_sub(back)) {
            Some(Value::Obj(Some(id))) => Ok(*id as usize),
            _ => Err(nil_deref()),
        }
    }

    /// Drops `n` operands from `g`'s stack.
    pub(super) fn pop_n(&mut self, g: TaskId, n: usize) {
        let s = &mut self.gs[g].stack;
        s.truncate(s.len().saturating_sub(n));
    }

    /// Runs a channel or sync operation.
    pub(super) fn op(&mut self, g: TaskId, op: Op, k: &mut Kernel) -> Exec {
        match op {
            Op::Send => self.send(g, k),
            Op::Recv(comma) => self.recv(g, comma, None, k),
            Op::Close => self.close(g, k),
            Op::After => self.after(g, k),
            Op::SyncEq => {
                let b = self.gs[g].stack.pop().unwrap_or_default();
                let a = self.gs[g].stack.pop().unwrap_or_default();
                let fields = |v: &Value| match v {
                    Value::Obj(Some(id)) => self.render_sync(*id as usize, false),
                    _ => None,
                };
                let same = fields(&a) == fields(&b);
                self.gs[g].stack.push(Value::Bool(same));
                Ok(None)
            }
            Op::Len | Op::Cap => {
                let v = self.gs[g].stack.pop().unwrap_or_default();
                let n = match v {
                    Value::Chan(Some(id)) => {
                        let c = &self.chans[id as usize];
                        if op == Op::Len {
                            c.buf.len()
                        } else {
                            c.cap
                        }
                    }
                    Value::Str(s) => s.len(),
                    _ => 0,
                };
                self.gs[g].stack.push(Value::Int(n as i64));
                Ok(None)
            }
            Op::Sleep => {
                let d = self.gs[g].stack.pop().unwrap_or_default().int();
                if d <= 0 {
                    return Ok(None);
                }
                k.sleep(g, d as u64);
                Ok(Some(StepEnd::Slept))
            }
            Op::NewCond => {
                let mutex = self.obj_id(g, 1)? as u32;
                self.pop_n(g, 1);
                let id = self.objs.len() as u32;
                self.objs.push(SyncObj::Cond {
                    mutex,
                    wait: 0,
                    notify: 0,
                    waiters: Default::default(),
                });
                self.gs[g].stack.push(Value::Obj(Some(id)));
                Ok(None)
            }
            Op::WgAdd => {
                let n = self.gs[g].stack.pop().unwrap_or_default().int();
                let id = self.obj_id(g, 1)?;
                self.pop_n(g, 1);
                self.wg_add(id, n, k)
            }
            Op::WgDone => {
                let id = self.obj_id(g, 1)?;
                self.pop_n(g, 1);
                self.wg_add(id, -1, k)
            }
            Op::WgWait => self.wg_wait(g, k),
            Op::Lock => {
                let id = self.obj_id(g, 1)?;
                if self.lock(g, id, k) {
                    self.pop_n(g, 1);
                    return Ok(None);
                }
                Ok(Some(StepEnd::Blocked))
            }
            Op::Unlock => {
                let id = self.obj_id(g, 1)?;
                self.pop_n(g, 1);
                self.unlock(id, k)
            }
            Op::CondWait => self.cond_wait(g, k),
            Op::Signal | Op::Broadcast => {
                let id = self.obj_id(g, 1)?;
                self.pop_n(g, 1);
                let Machine { objs, gs, .. } = self;
                if let SyncObj::Cond {
                    wait,
                    notify,
                    waiters,
                    ..
                } = &mut objs[id]
                {
                    if *wait == *notify {
                        return Ok(None);
                    }
                    let woken: Vec<TaskId> = if op == Op::Signal {
                        let t = *notify;
                        *notify = notify.wrapping_add(1);
                        let found = waiters.iter().position(|&(ticket, _)| ticket == t);
                        found
                            .and_then(|i| waiters.remove(i))
                            .map(|(_, w)| w)
                            .into_iter()
                            .collect()
                    } else {
                        *notify = *wait;
                        waiters.drain(..).map(|(_, w)| w).collect()
                    };
                    for w in woken {
                        gs[w].wake = Wake::Notified;
                        k.wake(w);
                    }
                }
                Ok(None)
            }
        }
    }

    fn wg_add(&mut self, id: usize, delta: i64, k: &mut Kernel) -> Exec {
        let Machine { objs, gs, .. } = self;
        let SyncObj::WaitGroup {
            counter,
            waiters,
            sema,
        } = &mut objs[id]
        else {
            return Err(nil_deref());
        };
        *counter += delta;
        if *counter < 0 {
            return Err(Panic::Go(
                "panic: sync: negative WaitGroup counter".to_string(),
            ));
        }
        if *waiters > 0 && delta > 0 && *counter == delta {
            return Err(Panic::Go(
                "panic: sync: WaitGroup misuse: Add called concurrently with Wait".to_string(),
            ));
        }
        if *counter > 0 || *waiters == 0 {
            return Ok(None);
        }
        let n = std::mem::take(waiters);
        for _ in 0..n {
            release(sema, false, gs, k);
        }
        Ok(None)
    }

    fn wg_wait(&mut self, g: TaskId, k: &mut Kernel) -> Exec {
        let id = self.obj_id(g, 1)?;
        let resumed = matches!(std::mem::take(&mut self.gs[g].wake), Wake::Sema(_));
        let SyncObj::WaitGroup {
            counter,
            waiters,
            sema,
        } = &mut self.objs[id]
        else {
            return Err(nil_deref());
        };
        if !resumed && *counter == 0 {
            self.pop_n(g, 1);
            return Ok(None);
        }
        if !resumed {
            *waiters += 1;
        }
        if sema.count == 0 {
            // Parks; or, woken but with its unit taken by a goroutine that ran first (a
            // new `Wait` after the group was reused), parks again at the tail, as
            // `semacquire1`'s loop does.
            sema.waiters.push_back(g);
            k.block(g, WaitReason::Join);
            return Ok(Some(StepEnd::Blocked));
        }
        sema.count -= 1;
        // `Wait` checks that the group is still as `Done` left it: zero counter, no waiters.
        if *counter != 0 || *waiters != 0 {
            return Err(Panic::Go(
                "panic: sync: WaitGroup is reused before previous Wait has returned".to_string(),
            ));
        }
        self.pop_n(g, 1);
        Ok(None)
    }
}
