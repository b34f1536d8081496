//! `sync.WaitGroup`, `sync.Mutex` and `sync.Cond` operations as Go 1.19's `sync` package
//! runs them on one processor: `Lock`'s slow path (queueing, barging, starvation mode
//! after 1 ms of virtual waiting, direct hand-off with `goyield`), `WaitGroup` waking its
//! waiters in queue order, and `Cond`'s ticketed notify list. Also the operation dispatch.

use super::code::Op;
use super::machine::{Machine, Panic, StepEnd, Wake};
use super::machine_exec::Exec;
use super::sync::{
    CondPhase, LockSlow, Sema, SyncObj, LOCKED, STARVATION_NS, STARVING, WAITER_SHIFT, WOKEN,
};
use super::value::Value;
use crate::sim::kernel::Kernel;
use crate::sim::task::{TaskId, WaitReason};

fn nil_deref() -> Panic {
    Panic::Go("panic: runtime error: invalid memory address or nil pointer dereference".to_string())
}

/// `semrelease`: one unit back; the first waiter (if any) is readied (`runnext`). With
/// `handoff` the unit goes straight to it. Returns the woken goroutine.
fn release(
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
    fn obj_id(&self, g: TaskId, back: usize) -> Result<usize, Panic> {
        let s = &self.gs[g].stack;
        match s.get(s.len().wrapping_sub(back)) {
            Some(Value::Obj(Some(id))) => Ok(*id as usize),
            _ => Err(nil_deref()),
        }
    }

    fn pop_n(&mut self, g: TaskId, n: usize) {
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

    /// `mu.Lock()`, Go's fast path then `lockSlow`; true once held, false when parked.
    fn lock(&mut self, g: TaskId, id: usize, k: &mut Kernel) -> bool {
        let now = k.now_ms();
        let Machine { objs, gs, .. } = self;
        let gr = &mut gs[g];
        let SyncObj::Mutex { state, sema, owner } = &mut objs[id] else {
            return true;
        };
        let mut ls: LockSlow;
        let mut woke = match std::mem::take(&mut gr.wake) {
            Wake::Sema(direct) => {
                ls = gr.lock.unwrap_or_default();
                if !direct && sema.count == 0 {
                    // `semrelease` readied it without giving it the unit, and a goroutine
                    // that ran first took it (`cansemacquire` in `semacquire1`'s fast
                    // path): `semacquire1`'s loop queues it again as its call did.
                    if ls.lifo {
                        sema.waiters.push_front(g);
                    } else {
                        sema.waiters.push_back(g);
                    }
                    k.block(g, WaitReason::Mutex);
                    return false;
                }
                if !direct {
                    sema.count -= 1;
                }
                true
            }
            _ => {
                if *state == 0 {
                    *state = LOCKED;
                    *owner = Some(g);
                    return true;
                }
                ls = LockSlow::default();
                false
            }
        };
        loop {
            let mut old = *state;
            if woke {
                ls.starving |= now.saturating_sub(ls.wait_start.unwrap_or(now)) > STARVATION_NS;
                if old & STARVING != 0 {
                    let mut delta = LOCKED - (1 << WAITER_SHIFT);
                    if !ls.starving || old >> WAITER_SHIFT == 1 {
                        delta -= STARVING;
                    }
                    *state += delta;
                    gr.lock = None;
                    *owner = Some(g);
                    return true;
                }
                ls.awoke = true;
                old = *state;
            }
            let mut new = old;
            if old & STARVING == 0 {
                new |= LOCKED;
            }
            if old & (LOCKED | STARVING) != 0 {
                new += 1 << WAITER_SHIFT;
            }
            if ls.starving && old & LOCKED != 0 {
                new |= STARVING;
            }
            if ls.awoke {
                new &= !WOKEN;
            }
            *state = new;
            if old & (LOCKED | STARVING) == 0 {
                gr.lock = None;
                *owner = Some(g);
                return true;
            }
            let lifo = ls.wait_start.is_some();
            ls.wait_start.get_or_insert(now);
            if sema.count > 0 {
                sema.count -= 1;
                woke = true;
                continue;
            }
            if lifo {
                sema.waiters.push_front(g);
            } else {
                sema.waiters.push_back(g);
            }
            ls.lifo = lifo;
            gr.lock = Some(ls);
            k.block(g, WaitReason::Mutex);
            return false;
        }
    }

    /// `mu.Unlock()`: wakes a waiter, or in starvation mode hands off and yields.
    fn unlock(&mut self, id: usize, k: &mut Kernel) -> Exec {
        let Machine { objs, gs, .. } = self;
        let SyncObj::Mutex { state, sema, owner } = &mut objs[id] else {
            return Err(nil_deref());
        };
        if *state & LOCKED == 0 {
            return Err(Panic::Fatal(
                "fatal error: sync: unlock of unlocked mutex".to_string(),
            ));
        }
        *state -= LOCKED;
        *owner = None;
        let new = *state;
        if new == 0 {
            return Ok(None);
        }
        if new & STARVING == 0 {
            if new >> WAITER_SHIFT == 0 || new & (LOCKED | WOKEN | STARVING) != 0 {
                return Ok(None);
            }
            *state = (new - (1 << WAITER_SHIFT)) | WOKEN;
            release(sema, false, gs, k);
            return Ok(None);
        }
        let woken = release(sema, true, gs, k);
        Ok(woken.map(|_| StepEnd::Yield))
    }

    /// `c.Wait()`: take a ticket, unlock `c.L`, park until notified, lock `c.L` again.
    fn cond_wait(&mut self, g: TaskId, k: &mut Kernel) -> Exec {
        let id = self.obj_id(g, 1)?;
        let SyncObj::Cond { mutex, .. } = self.objs[id] else {
            return Err(nil_deref());
        };
        let mutex = mutex as usize;
        let mut phase = self.gs[g].cond;
        if phase.is_none() {
            let SyncObj::Cond { wait, .. } = &mut self.objs[id] else {
                return Err(nil_deref());
            };
            let ticket = *wait;
            *wait = wait.wrapping_add(1);
            phase = Some(CondPhase::Unlocked(ticket));
            if self.unlock(mutex, k)?.is_some() {
                self.gs[g].cond = phase;
                return Ok(Some(StepEnd::Retry));
            }
        }
        if let Some(CondPhase::Unlocked(ticket)) = phase {
            let SyncObj::Cond {
                notify, waiters, ..
            } = &mut self.objs[id]
            else {
                return Err(nil_deref());
            };
            if (ticket.wrapping_sub(*notify) as i32) < 0 {
                phase = Some(CondPhase::Locking);
            } else {
                waiters.push_back((ticket, g));
                self.gs[g].cond = Some(CondPhase::Waiting(ticket));
                k.block(g, WaitReason::Join);
                return Ok(Some(StepEnd::Blocked));
            }
        }
        if let Some(CondPhase::Waiting(_)) = phase {
            self.gs[g].wake = Wake::None;
            phase = Some(CondPhase::Locking);
        }
        self.gs[g].cond = phase;
        if self.lock(g, mutex, k) {
            self.gs[g].cond = None;
            self.pop_n(g, 1);
            return Ok(None);
        }
        Ok(Some(StepEnd::Blocked))
    }
}
