//! Semaphore mode: the textbook bounded buffer (`SEMANTICS.md` §3) with counting
//! semaphores `empty` (starts at `max`), `full` (starts at 0) and `mutex` (starts at 1),
//! over the same OSTEP buffer, loop counters, sleep strings and main as monitor mode.
//!
//! Each call to [`SemaphoreWorld::exec`] runs one statement ([`SemStmt`]) of one thread.
//! A `sem_wait` that blocks is completed by the `sem_post` that hands it a unit; the thread
//! then returns from the wait, printing its marker, the next time it runs.

mod counting;
mod deadlock;
mod listing;
mod protocol;
mod threads;

pub use counting::Semaphore;
pub use listing::{line_of, listing};
pub use protocol::{body, Op, SemStmt};

use super::event::StepEvent;
use super::kernel::Kernel;
use super::ostep::{OstepBuffer, OstepProgram};
use super::refill::Refill;
use super::scenario::{Scenario, Variant};
use super::task::{Role, SemaphoreName, TaskId};
use super::world::{Counts, SyncView, WaitQueueView};

/// What the simulator reports when every thread is blocked: the real program hangs.
pub const DEADLOCK_MESSAGE: &str = "deadlock: every thread is asleep (the real program hangs here)";

/// The semaphore program's state: the shared program, the three semaphores, every thread.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SemaphoreWorld {
    variant: Option<Variant>,
    prog: OstepProgram,
    empty: Semaphore,
    full: Semaphore,
    mutex: Semaphore,
    /// The thread between a completed `sem_wait(&mutex)` and its `sem_post(&mutex)`.
    mutex_holder: Option<TaskId>,
    /// Each thread's next statement: producers, consumers, then main.
    pcs: Vec<SemStmt>,
}

impl SemaphoreWorld {
    /// Feeds the explorer what decides failures: everything but the program's values and
    /// tallies (see `explore::fingerprint`).
    pub fn hash_control<H: std::hash::Hasher>(&self, h: &mut H) {
        use std::hash::Hash;
        let SemaphoreWorld {
            variant,
            prog,
            empty,
            full,
            mutex,
            mutex_holder,
            pcs,
        } = self;
        prog.hash_control(h);
        (variant, empty, full, mutex, mutex_holder, pcs).hash(h);
    }

    /// The program for `scenario`, before any statement ran.
    pub fn new(scenario: &Scenario) -> Self {
        let prog = OstepProgram::new(scenario);
        let mut pcs = vec![SemStmt::LoopTop; prog.threads() - 1];
        pcs.push(SemStmt::JoinProducers);
        SemaphoreWorld {
            variant: scenario.variant,
            empty: Semaphore::new(prog.buffer().max()),
            full: Semaphore::new(0),
            mutex: Semaphore::new(1),
            mutex_holder: None,
            pcs,
            prog,
        }
    }

    /// Runs one statement of `task`, recording what it did in `ev`.
    pub fn exec(&mut self, task: TaskId, k: &mut Kernel, ev: &mut StepEvent) {
        let pc = self.stmt(task);
        let role = self.role(task);
        ev.line = line_of(self.variant, role, pc);
        ev.book_line = pc.book_line(self.variant, role);
        self.run_stmt(task, pc, k, ev);
    }

    /// The statement `task` runs next.
    pub fn stmt(&self, task: TaskId) -> SemStmt {
        self.pcs.get(task).copied().unwrap_or(SemStmt::Done)
    }

    /// Task `task`'s role.
    pub fn role(&self, task: TaskId) -> Role {
        self.prog.role(task)
    }

    /// The 0-based listing line `task` is on.
    pub fn line_of(&self, task: TaskId) -> usize {
        line_of(self.variant, self.role(task), self.stmt(task))
    }

    /// The shared buffer.
    pub fn buffer(&self) -> &OstepBuffer {
        self.prog.buffer()
    }

    /// One of the three semaphores.
    pub fn semaphore(&self, name: SemaphoreName) -> &Semaphore {
        match name {
            SemaphoreName::Empty => &self.empty,
            SemaphoreName::Full => &self.full,
            SemaphoreName::Mutex => &self.mutex,
        }
    }

    fn semaphore_mut(&mut self, name: SemaphoreName) -> &mut Semaphore {
        match name {
            SemaphoreName::Empty => &mut self.empty,
            SemaphoreName::Full => &mut self.full,
            SemaphoreName::Mutex => &mut self.mutex,
        }
    }

    /// Who holds `mutex` (between its wait and its post), and the three counts.
    pub fn sync_view(&self) -> SyncView {
        SyncView {
            mutex_owner: self.mutex_holder,
            semaphores: SEMAPHORES
                .iter()
                .map(|&(name, _)| (name, self.semaphore(name).count()))
                .collect(),
        }
    }

    /// Each semaphore's queue of blocked waiters, longest-waiting first.
    pub fn wait_queues(&self) -> Vec<WaitQueueView> {
        SEMAPHORES
            .iter()
            .map(|&(sem, name)| WaitQueueView {
                name,
                tasks: self.semaphore(sem).waiters().collect(),
            })
            .collect()
    }

    /// OSTEP's result per consumer: the values it got (END_OF_STREAM not counted).
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
}

/// The semaphores in the order the page lists them, with their queues' names.
const SEMAPHORES: [(SemaphoreName, &str); 3] = [
    (SemaphoreName::Empty, "semaphore empty (waiting for room)"),
    (SemaphoreName::Full, "semaphore full (waiting for an item)"),
    (
        SemaphoreName::Mutex,
        "semaphore mutex (waiting for the lock)",
    ),
];

/// Every thread's listing for `scenario`: producers, consumers, then main.
pub fn listings(scenario: &Scenario) -> Vec<Vec<String>> {
    let p = usize::from(scenario.producers);
    let c = usize::from(scenario.consumers);
    (0..=p + c)
        .map(|t| listing(scenario, Role::of(t, p, c)))
        .collect()
}

impl Refill for SemaphoreWorld {
    fn refill_from(&mut self, source: &Self) {
        let SemaphoreWorld {
            variant,
            prog,
            empty,
            full,
            mutex,
            mutex_holder,
            pcs,
        } = self;
        *variant = source.variant;
        prog.refill_from(&source.prog);
        empty.refill_from(&source.empty);
        full.refill_from(&source.full);
        mutex.refill_from(&source.mutex);
        *mutex_holder = source.mutex_holder;
        pcs.refill_from(&source.pcs);
    }
}
