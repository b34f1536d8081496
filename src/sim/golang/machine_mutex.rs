//! `sync.Mutex` and `sync.Cond` as Go 1.19's `sync` package runs them on one processor:
//! `Lock`'s fast path, then its slow path (queueing, barging, starvation mode after 1 ms
//! of virtual waiting, direct hand-off with `goyield`); `Unlock` waking the first waiter;
//! and `Cond.Wait`'s ticketed notify list, which `Signal` and `Broadcast` serve in ticket
//! order.

use super::machine::{Machine, Panic, StepEnd, Wake};
use super::machine_exec::Exec;
use super::machine_sync::{nil_deref, release};
use super::sync::{
    CondPhase, LockSlow, SyncObj, LOCKED, STARVATION_NS, STARVING, WAITER_SHIFT, WOKEN,
};
use crate::sim::kernel::Kernel;
use crate::sim::task::{TaskId, WaitReason};

impl Machine {
    /// `mu.Lock()`, Go's fast path then `lockSlow`; true once held, false when parked.
    pub(super) fn lock(&mut self, g: TaskId, id: usize, k: &mut Kernel) -> bool {
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
    pub(super) fn unlock(&mut self, id: usize, k: &mut Kernel) -> Exec {
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
    pub(super) fn cond_wait(&mut self, g: TaskId, k: &mut Kernel) -> Exec {
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
