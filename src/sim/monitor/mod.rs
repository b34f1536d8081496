//! Monitor mode: OSTEP's `threads-cv` programs (`SEMANTICS.md` §2), a mutex and Mesa
//! condition variables around [`OstepBuffer`], in four variants.
//!
//! Each call to [`MonitorWorld::exec`] runs one statement ([`MonitorStmt`]) of one thread
//! and, where the C code has a marker, prints it and sleeps for the thread's sleep-string
//! entry, holding the mutex if it holds it there. Threads are numbered producers, then
//! consumers, then main, as `main-common.c` creates them.

mod condvar;
mod deadlock;
mod listing;
mod mutex;
mod stmt;
mod threads;

pub use condvar::CondVars;
pub use listing::{line_of, listing};
pub use mutex::{LockResult, Mutex};
pub use stmt::{MonitorStmt, Shape};

use super::event::StepEvent;
use super::kernel::Kernel;
use super::ostep::{OstepBuffer, OstepProgram};
use super::refill::Refill;
use super::scenario::{PolicyKind, Scenario};
use super::task::{CondVar, Role, TaskId};
use super::world::{Counts, WaitQueueView};

/// What the simulator reports when every thread is blocked: the real program hangs.
pub const DEADLOCK_MESSAGE: &str = "deadlock: every thread is asleep (the real program hangs here)";

/// A signal that woke a thread of the signaller's own side (a consumer waking a consumer,
/// or a producer or main waking a producer or main): the classic one-cv mistake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrongWake {
    /// 1-based step of the signal.
    pub step: u64,
    /// Who signalled.
    pub signaller: TaskId,
    /// Whom it woke.
    pub woken: TaskId,
    /// On which condition variable.
    pub cv: CondVar,
}

impl std::hash::Hash for WrongWake {
    /// Everything but the step: the explorer's visited set must not tell apart two states
    /// that differ only in when the same wrong wake happened.
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (self.signaller, self.woken, self.cv).hash(h);
    }
}

/// The monitor program's state: buffer, mutex, condition variables and every thread.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MonitorWorld {
    shape: Shape,
    prog: OstepProgram,
    mutex: Mutex,
    cvs: CondVars,
    /// Each thread's next statement: producers, consumers, then main.
    pcs: Vec<MonitorStmt>,
    wrong_wake: Option<WrongWake>,
    /// `os-threads`: a pausing unlock hands the mutex over, and a signal queues the woken
    /// thread on the mutex (see `threads.rs`).
    os_threads: bool,
}

impl MonitorWorld {
    /// Feeds the explorer what decides failures: everything but the program's values and
    /// tallies (see `explore::fingerprint`).
    pub fn hash_control<H: std::hash::Hasher>(&self, h: &mut H) {
        use std::hash::Hash;
        let MonitorWorld {
            shape: _,
            prog,
            mutex,
            cvs,
            pcs,
            wrong_wake,
            os_threads,
        } = self;
        prog.hash_control(h);
        (mutex, cvs, pcs, wrong_wake, os_threads).hash(h);
    }

    /// The program for `scenario`, before any statement ran.
    pub fn new(scenario: &Scenario) -> Self {
        let prog = OstepProgram::new(scenario);
        let shape = Shape::of(scenario.variant);
        let mut pcs = vec![MonitorStmt::LoopTop; prog.threads() - 1];
        pcs.push(MonitorStmt::JoinProducers);
        MonitorWorld {
            shape,
            prog,
            mutex: Mutex::new(),
            cvs: CondVars::new(shape.single_cv),
            pcs,
            wrong_wake: None,
            os_threads: scenario.policy == PolicyKind::OsThreads,
        }
    }

    /// Runs one statement of `task`, recording what it did in `ev`.
    pub fn exec(&mut self, task: TaskId, k: &mut Kernel, ev: &mut StepEvent) {
        let pc = self.stmt(task);
        let role = self.role(task);
        ev.line = line_of(self.shape, role, pc);
        ev.book_line = pc.book_line(role);
        self.run_stmt(task, pc, k, ev);
    }

    /// The statement `task` runs next.
    pub fn stmt(&self, task: TaskId) -> MonitorStmt {
        self.pcs.get(task).copied().unwrap_or(MonitorStmt::Done)
    }

    /// Task `task`'s role.
    pub fn role(&self, task: TaskId) -> Role {
        self.prog.role(task)
    }

    /// The variant's shape.
    pub fn shape(&self) -> Shape {
        self.shape
    }

    /// The 0-based listing line `task` is on.
    pub fn line_of(&self, task: TaskId) -> usize {
        line_of(self.shape, self.role(task), self.stmt(task))
    }

    /// The shared buffer.
    pub fn buffer(&self) -> &OstepBuffer {
        self.prog.buffer()
    }

    /// The mutex `m`.
    pub fn mutex(&self) -> &Mutex {
        &self.mutex
    }

    /// The condition variables.
    pub fn cvs(&self) -> &CondVars {
        &self.cvs
    }

    /// The last signal that woke a thread of the signaller's own side, if any.
    pub fn wrong_wake(&self) -> Option<WrongWake> {
        self.wrong_wake
    }

    /// OSTEP's result per consumer: the values it got (its count minus END_OF_STREAM).
    pub fn consumed_by(&self) -> &[u64] {
        self.prog.consumed_by()
    }

    /// Sum and count of the time values spent in the buffer, in ms.
    pub fn buffer_wait(&self) -> (u64, u64) {
        self.prog.buffer_wait()
    }

    /// Produced, consumed and buffered values (END_OF_STREAM markers are not values).
    pub fn counts(&self) -> Counts {
        self.prog.counts()
    }

    /// The mutex queue, then each condition variable's queue, longest-waiting first.
    pub fn wait_queues(&self) -> Vec<WaitQueueView> {
        let mut queues = vec![WaitQueueView {
            name: "mutex m (waiting to lock)",
            tasks: self.mutex.waiters().collect(),
        }];
        for &cv in self.cvs.all() {
            let name = match cv {
                CondVar::Empty => "cv empty (waiting for room)",
                CondVar::Fill => "cv fill (waiting for an item)",
                CondVar::Single => "cv (everyone waits here)",
            };
            let tasks = self.cvs.waiters(cv).collect();
            queues.push(WaitQueueView { name, tasks });
        }
        queues
    }
}

/// Every thread's listing for `scenario`: producers, consumers, then main.
pub fn listings(scenario: &Scenario) -> Vec<Vec<String>> {
    let p = usize::from(scenario.producers);
    let c = usize::from(scenario.consumers);
    (0..=p + c)
        .map(|t| listing(scenario, Role::of(t, p, c)))
        .collect()
}

impl Refill for MonitorWorld {
    fn refill_from(&mut self, source: &Self) {
        let MonitorWorld {
            shape,
            prog,
            mutex,
            cvs,
            pcs,
            wrong_wake,
            os_threads,
        } = self;
        *shape = source.shape;
        prog.refill_from(&source.prog);
        mutex.refill_from(&source.mutex);
        cvs.refill_from(&source.cvs);
        pcs.refill_from(&source.pcs);
        *wrong_wake = source.wrong_wake;
        *os_threads = source.os_threads;
    }
}
