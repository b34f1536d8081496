//! What each monitor statement does, for producers, consumers and main alike: the code of
//! `main-two-cvs-while.c` and its siblings, one statement per scheduler step.
//!
//! A statement that cannot complete (a lock that is held, a join on running threads)
//! blocks without moving the program counter, so it runs again when the thread is woken.

use super::mutex::LockResult;
use super::stmt::MonitorStmt;
use super::{MonitorWorld, WrongWake};
use crate::sim::event::{Action, StepEvent};
use crate::sim::kernel::Kernel;
use crate::sim::ostep::fail;
use crate::sim::task::{Role, TaskId, WaitReason};

impl MonitorWorld {
    /// Runs statement `pc` of `task`.
    pub(super) fn run_stmt(
        &mut self,
        task: TaskId,
        pc: MonitorStmt,
        k: &mut Kernel,
        ev: &mut StepEvent,
    ) {
        let role = self.role(task);
        match pc {
            MonitorStmt::LoopTop => self.loop_top(task, role, k, ev),
            MonitorStmt::Lock => self.lock(task, MonitorStmt::Check, k, ev),
            MonitorStmt::LockAfterUse => self.lock(task, MonitorStmt::Signal, k, ev),
            MonitorStmt::Check => self.check(task, role, k, ev),
            MonitorStmt::Wait => self.wait(task, role, k, ev),
            MonitorStmt::WaitReturn => self.wait_return(task, role, k, ev),
            MonitorStmt::UnlockBeforeUse => {
                self.release(true, k, ev);
                ev.action = Action::Unlock;
                self.goto(task, MonitorStmt::Use);
            }
            MonitorStmt::Use => match self.prog.use_buffer(task, k.now_ms(), ev) {
                Ok(action) => {
                    ev.action = action;
                    self.goto(task, self.shape.after_use(role));
                    self.pause(task, pc, k, ev);
                }
                Err(error) => fail(k, ev, error),
            },
            MonitorStmt::Signal => self.signal(task, role, k, ev),
            MonitorStmt::Unlock => {
                // Main's end-of-stream loop locks again at once: it does not pause.
                self.release(role != Role::Main, k, ev);
                ev.action = Action::Unlock;
                self.goto(task, MonitorStmt::LoopTop);
                self.pause(task, pc, k, ev);
            }
            MonitorStmt::JoinProducers => {
                if self.prog.join(true, k, ev) {
                    self.goto(task, MonitorStmt::LoopTop);
                }
            }
            MonitorStmt::JoinConsumers => {
                if self.prog.join(false, k, ev) {
                    self.goto(task, MonitorStmt::Done);
                    k.finish(task);
                }
            }
            MonitorStmt::Done => {
                k.finish(task);
                ev.action = Action::Exited;
            }
        }
    }

    fn goto(&mut self, task: TaskId, pc: MonitorStmt) {
        if let Some(slot) = self.pcs.get_mut(task) {
            *slot = pc;
        }
    }

    /// `do_pause` after statement `pc`, if `pc` has a marker.
    fn pause(&self, task: TaskId, pc: MonitorStmt, k: &mut Kernel, ev: &mut StepEvent) {
        if let Some(marker) = pc.marker() {
            self.prog.pause(task, marker, k, ev);
        }
    }

    fn loop_top(&mut self, task: TaskId, role: Role, k: &mut Kernel, ev: &mut StepEvent) {
        let continues = self.prog.loop_continues(task);
        ev.action = Action::LoopCheck { continues };
        if continues {
            self.goto(task, MonitorStmt::Lock);
            self.pause(task, MonitorStmt::LoopTop, k, ev);
        } else if role == Role::Main {
            self.goto(task, MonitorStmt::JoinConsumers);
        } else {
            self.goto(task, MonitorStmt::Done);
            k.finish(task);
            let main_joins_producers = self.stmt(self.prog.main()) == MonitorStmt::JoinProducers;
            self.prog.wake_joiner(main_joins_producers, k, ev);
        }
    }

    /// `Mutex_lock(&m)`, then `next`; blocks (and retries later) when the lock is held.
    fn lock(&mut self, task: TaskId, next: MonitorStmt, k: &mut Kernel, ev: &mut StepEvent) {
        let pc = self.stmt(task);
        let acquired = self.mutex.lock(task) == LockResult::Acquired;
        ev.action = Action::Lock { acquired };
        if acquired {
            self.goto(task, next);
            self.pause(task, pc, k, ev);
        } else {
            k.block(task, WaitReason::Mutex);
        }
    }

    /// Frees the mutex and readies its longest waiter, who will retry its lock. Under
    /// `os-threads`, when the releasing thread then pauses (`pausing`: a worker's unlock is
    /// always followed by a marker, and a wait sleeps), the waiter gets the lock: the futex
    /// wakes it within microseconds while the releaser is in `sleep`.
    fn release(&mut self, pausing: bool, k: &mut Kernel, ev: &mut StepEvent) {
        let waiter = if self.os_threads && pausing {
            self.mutex.hand_over()
        } else {
            self.mutex.unlock()
        };
        if let Some(waiter) = waiter {
            k.wake(waiter);
            ev.woke.push(waiter);
        }
    }

    /// A thread a signal woke from its cv. Under `os-threads` it queues for the mutex the
    /// signaller holds, behind the threads already waiting (pthreads re-locks inside
    /// `Cond_wait`); otherwise it becomes ready and retries the lock when it runs.
    fn signalled(&mut self, woken: TaskId, k: &mut Kernel) {
        if self.os_threads && self.mutex.lock(woken) == LockResult::MustWait {
            k.block(woken, WaitReason::Mutex);
        } else {
            k.wake(woken);
        }
    }

    /// `while`/`if (num_full == max)` for producers and main, `(num_full == 0)` for consumers.
    fn check(&mut self, task: TaskId, role: Role, k: &mut Kernel, ev: &mut StepEvent) {
        let buffer = self.prog.buffer();
        let waits = match role {
            Role::Consumer(_) => buffer.num_full() == 0,
            _ => buffer.is_full(),
        };
        ev.action = Action::CheckCondition { waits };
        if waits {
            self.goto(task, MonitorStmt::Wait);
            self.pause(task, MonitorStmt::Check, k, ev);
        } else {
            self.goto(task, self.shape.after_check(role));
        }
    }

    /// `Cond_wait`'s first half: sleep on the cv and release the mutex, in one step.
    fn wait(&mut self, task: TaskId, role: Role, k: &mut Kernel, ev: &mut StepEvent) {
        let cv = match role {
            Role::Consumer(_) => self.cvs.fill_cv(),
            _ => self.cvs.empty_cv(),
        };
        self.cvs.wait(cv, task);
        k.block(task, WaitReason::Cond(cv));
        self.release(true, k, ev);
        ev.action = Action::Wait(cv);
        self.goto(task, MonitorStmt::WaitReturn);
    }

    /// `Cond_wait`'s return after a signal: re-acquire the mutex, or block on it and retry.
    fn wait_return(&mut self, task: TaskId, role: Role, k: &mut Kernel, ev: &mut StepEvent) {
        let acquired = self.mutex.lock(task) == LockResult::Acquired;
        ev.action = Action::WaitReturn { acquired };
        if acquired {
            self.goto(task, self.shape.after_wait(role));
            self.pause(task, MonitorStmt::WaitReturn, k, ev);
        } else {
            k.block(task, WaitReason::Mutex);
        }
    }

    /// Consumers signal `empty_cv`; producers and main signal `fill_cv`.
    fn signal(&mut self, task: TaskId, role: Role, k: &mut Kernel, ev: &mut StepEvent) {
        let cv = match role {
            Role::Consumer(_) => self.cvs.empty_cv(),
            _ => self.cvs.fill_cv(),
        };
        let woke = self.cvs.signal(cv);
        if let Some(woken) = woke {
            self.signalled(woken, k);
            ev.woke.push(woken);
            let consumer = |r: Role| matches!(r, Role::Consumer(_));
            if consumer(role) == consumer(self.role(woken)) {
                let (step, signaller) = (ev.step, task);
                self.wrong_wake = Some(WrongWake {
                    step,
                    signaller,
                    woken,
                    cv,
                });
            }
        }
        ev.action = Action::Signal { cv, woke };
        self.goto(task, MonitorStmt::Unlock);
        self.pause(task, MonitorStmt::Signal, k, ev);
    }
}
