//! What each semaphore statement does, for producers, consumers and main alike.
//!
//! A blocked `sem_wait` moves the thread to [`SemStmt::WaitReturn`]: the `sem_post` that
//! wakes it has already given it the unit, so returning only prints the marker and sleeps.

use super::protocol::{body, Op, SemStmt};
use super::SemaphoreWorld;
use crate::sim::event::{Action, StepEvent};
use crate::sim::kernel::Kernel;
use crate::sim::ostep::fail;
use crate::sim::task::{Role, SemaphoreName, TaskId, WaitReason};

impl SemaphoreWorld {
    /// Runs statement `pc` of `task`.
    pub(super) fn run_stmt(
        &mut self,
        task: TaskId,
        pc: SemStmt,
        k: &mut Kernel,
        ev: &mut StepEvent,
    ) {
        let role = self.role(task);
        match pc {
            SemStmt::LoopTop => self.loop_top(task, role, k, ev),
            SemStmt::Body(i) => {
                let ops = body(self.variant, role);
                match ops.get(usize::from(i)).copied() {
                    Some(Op::Wait(sem)) => self.wait(task, i, sem, k, ev),
                    Some(Op::Use) => match self.prog.use_buffer(task, k.now_ms(), ev) {
                        Ok(action) => {
                            ev.action = action;
                            self.advance(task, i, k, ev);
                        }
                        Err(error) => fail(k, ev, error),
                    },
                    Some(Op::Post(sem)) => self.post(task, i, sem, k, ev),
                    None => self.goto(task, SemStmt::LoopTop),
                }
            }
            SemStmt::WaitReturn(i) => {
                let sem = match body(self.variant, role).get(usize::from(i)) {
                    Some(Op::Wait(sem)) => *sem,
                    _ => SemaphoreName::Mutex,
                };
                ev.action = Action::SemWait {
                    sem,
                    acquired: true,
                };
                self.advance(task, i, k, ev);
            }
            SemStmt::JoinProducers => {
                if self.prog.join(true, k, ev) {
                    self.goto(task, SemStmt::LoopTop);
                }
            }
            SemStmt::JoinConsumers => {
                if self.prog.join(false, k, ev) {
                    self.goto(task, SemStmt::Done);
                    k.finish(task);
                }
            }
            SemStmt::Done => {
                k.finish(task);
                ev.action = Action::Exited;
            }
        }
    }

    fn goto(&mut self, task: TaskId, pc: SemStmt) {
        if let Some(slot) = self.pcs.get_mut(task) {
            *slot = pc;
        }
    }

    /// Body statement `i` completed: print its marker, sleep, move to the next statement
    /// (or back to the loop top after the last).
    fn advance(&mut self, task: TaskId, i: u8, k: &mut Kernel, ev: &mut StepEvent) {
        let last = body(self.variant, self.role(task)).len();
        let next = if usize::from(i) + 1 < last {
            SemStmt::Body(i + 1)
        } else {
            SemStmt::LoopTop
        };
        self.goto(task, next);
        self.prog.pause(task, i + 1, k, ev);
    }

    fn loop_top(&mut self, task: TaskId, role: Role, k: &mut Kernel, ev: &mut StepEvent) {
        let continues = self.prog.loop_continues(task);
        ev.action = Action::LoopCheck { continues };
        if continues {
            self.goto(task, SemStmt::Body(0));
            self.prog.pause(task, 0, k, ev);
        } else if role == Role::Main {
            self.goto(task, SemStmt::JoinConsumers);
        } else {
            self.goto(task, SemStmt::Done);
            k.finish(task);
            let main_joins_producers = self.stmt(self.prog.main()) == SemStmt::JoinProducers;
            self.prog.wake_joiner(main_joins_producers, k, ev);
        }
    }

    /// `sem_wait(&sem)`: go on if the count was positive, else block until a post.
    fn wait(
        &mut self,
        task: TaskId,
        i: u8,
        sem: SemaphoreName,
        k: &mut Kernel,
        ev: &mut StepEvent,
    ) {
        let acquired = self.semaphore_mut(sem).wait(task);
        ev.action = Action::SemWait { sem, acquired };
        if acquired {
            if sem == SemaphoreName::Mutex {
                self.mutex_holder = Some(task);
            }
            self.advance(task, i, k, ev);
        } else {
            k.block(task, WaitReason::Semaphore(sem));
            self.goto(task, SemStmt::WaitReturn(i));
        }
    }

    /// `sem_post(&sem)`: hand the unit to the longest waiter, or increment the count.
    fn post(
        &mut self,
        task: TaskId,
        i: u8,
        sem: SemaphoreName,
        k: &mut Kernel,
        ev: &mut StepEvent,
    ) {
        let woke = self.semaphore_mut(sem).post();
        if let Some(woken) = woke {
            k.wake(woken);
            ev.woke.push(woken);
        }
        if sem == SemaphoreName::Mutex {
            // The mutex passes straight to the woken waiter, or is free.
            self.mutex_holder = woke;
        }
        ev.action = Action::SemPost { sem, woke };
        self.advance(task, i, k, ev);
    }
}
