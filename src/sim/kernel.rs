//! The scheduler's bookkeeping shared by every mode: task states, the ready queue, timers
//! and the virtual clock. A mode's program (see `go/`, `monitor/`, `semaphore/`) calls
//! [`Kernel::block`], [`Kernel::wake`], [`Kernel::sleep`] and [`Kernel::finish`]; the
//! kernel never decides what a statement means.
//!
//! Ordering rules (`SEMANTICS.md` §1): ready tasks run in the order they became ready;
//! sleeps that end at the same instant wake in the order they began; at the start, tasks
//! are ready in creation order.
//!
//! [`Kernel::go_runtime`] builds the kernel of the `go-runtime` policy instead, which follows
//! Go 1.19's single-processor scheduler: every wake puts the task in a `runnext` slot that
//! runs before the queue ([`RunQueue`]), sleepers due together wake in Go's timer-heap order
//! ([`Timers`]), and the start order is Go's (`policy::start_order`).
//!
//! [`Kernel::os_threads`] builds the kernel of the `os-threads` policy: as the default one,
//! but a zero sleep gives the processor away, as OSTEP's `sleep(0)` does.

use super::refill::Refill;
use super::run_queue::RunQueue;
use super::task::{TaskId, TaskState, WaitReason};
use super::timers::Timers;

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Every task ran to its end.
    Finished,
    /// Every unfinished task is blocked and none sleeps; `message` is the runtime's wording.
    Deadlock {
        /// What the real runtime prints, e.g. Go's `fatal error: all goroutines are asleep - deadlock!`.
        message: String,
    },
    /// A run-time error ended the run (a Go panic, or an OSTEP safety check).
    Error {
        /// The message, e.g. `panic: send on closed channel`.
        message: String,
    },
}

impl Outcome {
    /// The short word the trace tool prints: `finished`, `deadlock` or `error`.
    pub fn word(&self) -> &'static str {
        match self {
            Outcome::Finished => "finished",
            Outcome::Deadlock { .. } => "deadlock",
            Outcome::Error { .. } => "error",
        }
    }
}

/// Task states, the ready queue, the timers and the clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kernel {
    now_ms: u64,
    states: Vec<TaskState>,
    /// Ready tasks in the order they will run. The running task is not in it.
    ready: RunQueue,
    /// The task that ran last and may keep running (`run-until-block`, `go-runtime`).
    current: Option<TaskId>,
    /// Sleepers, in the policy's wake order.
    timers: Timers,
    outcome: Option<Outcome>,
    /// True under `os-threads`: a zero sleep is a real `sleep(0)` system call, which takes
    /// the thread off the CPU; it rejoins the tail of the ready queue.
    zero_sleep_yields: bool,
}

impl Kernel {
    /// `tasks` tasks, all ready in creation order, at time 0.
    pub fn new(tasks: usize) -> Self {
        Kernel {
            now_ms: 0,
            states: vec![TaskState::Ready; tasks],
            ready: RunQueue::fifo(0..tasks),
            current: None,
            timers: Timers::fifo(),
            outcome: None,
            zero_sleep_yields: false,
        }
    }

    /// The `os-threads` kernel: as [`Kernel::new`], but a zero sleep yields the processor
    /// (OSTEP's `do_pause` always calls `sleep(pause_time)`, a system call even for 0).
    pub fn os_threads(tasks: usize) -> Self {
        Kernel {
            zero_sleep_yields: true,
            ..Kernel::new(tasks)
        }
    }

    /// The `go-runtime` kernel: tasks ready in `start_order` (every task index once), wakes
    /// through `runnext`, sleepers in Go's timer heap.
    pub fn go_runtime(start_order: Vec<TaskId>) -> Self {
        Kernel {
            states: vec![TaskState::Ready; start_order.len()],
            ready: RunQueue::go_runtime(start_order),
            timers: Timers::go_heap(),
            ..Kernel::new(0)
        }
    }

    /// The `go-runtime` kernel of a Go program: `main` (task 0) already running, as it is
    /// when Go calls `main.main`, with Go's queues behind `runnext` as they are then
    /// ([`RunQueue::go_program`]).
    pub fn go_program() -> Self {
        Kernel {
            states: vec![TaskState::Ready],
            ready: RunQueue::go_program(),
            current: Some(0),
            timers: Timers::go_heap(),
            ..Kernel::new(0)
        }
    }

    /// The processor looks for work (`go-runtime`): the runtime's finalizer goroutine runs
    /// and parks if it is what the scheduler takes next ([`RunQueue::go_program`]).
    pub fn look_for_work(&mut self) {
        if self.current.is_none() {
            self.ready.run_finalizer_if_next();
        }
    }

    /// The virtual clock, in ms.
    pub fn now_ms(&self) -> u64 {
        self.now_ms
    }

    /// Every task's state, by task index.
    pub fn states(&self) -> &[TaskState] {
        &self.states
    }

    /// One task's state.
    pub fn state(&self, task: TaskId) -> TaskState {
        self.states[task]
    }

    /// Ready tasks in the order they will run (the running task excluded): Go's `runnext`
    /// first under `go-runtime`, then longest-ready first.
    pub fn ready_queue(&self) -> impl Iterator<Item = TaskId> + '_ {
        self.ready.iter()
    }

    /// The task in Go's `runnext` slot (`go-runtime` only; always `None` otherwise).
    pub fn runnext(&self) -> Option<TaskId> {
        self.ready.runnext()
    }

    /// The task holding the processor under `run-until-block`, if any.
    pub fn current(&self) -> Option<TaskId> {
        self.current
    }

    /// Tasks the scheduler may pick now: the current one first, then the ready queue.
    pub fn runnable(&self) -> impl Iterator<Item = TaskId> + '_ {
        self.current.into_iter().chain(self.ready.iter())
    }

    /// How many tasks may be picked now.
    pub fn runnable_count(&self) -> usize {
        usize::from(self.current.is_some()) + self.ready.len()
    }

    /// How the run ended, once it has.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }

    /// The earliest pending wake-up, if any task sleeps.
    pub fn next_wakeup_ms(&self) -> Option<u64> {
        self.timers.next_due_ms()
    }

    /// Moves the clock to the earliest wake-up and readies every task due then, in the
    /// timers' wake order (the order they fell asleep, or Go's heap order). Returns the
    /// previous time; the woken tasks are appended to `woken`, in wake order.
    pub fn advance_clock(&mut self, woken: &mut Vec<TaskId>) -> Option<u64> {
        let due = self.next_wakeup_ms()?;
        let before = self.now_ms;
        self.now_ms = due;
        while let Some(task) = self.timers.pop_due(due) {
            // Under go-runtime each goes through runnext, so the last one woken runs first.
            self.states[task] = TaskState::Ready;
            self.ready.push_woken(task);
            woken.push(task);
        }
        Some(before)
    }

    /// Takes `task` off the ready queue (or keeps it as current) and marks it running.
    /// Returns false when `task` cannot run now.
    pub fn dispatch(&mut self, task: TaskId) -> bool {
        if self.current == Some(task) {
            self.states[task] = TaskState::Running;
            return true;
        }
        if !self.ready.remove(task) {
            return false;
        }
        // The previous holder, still runnable, goes back to the end of the queue.
        if let Some(previous) = self.current.take() {
            self.make_ready(previous);
        }
        self.states[task] = TaskState::Running;
        self.current = Some(task);
        true
    }

    /// The task that runs next in order: the current one if it still runs, else the head
    /// of the ready queue (`runnext` first).
    pub fn next_in_order(&self) -> Option<TaskId> {
        self.current.or_else(|| self.ready.first())
    }

    /// After a step: a task that is still running yields (round robin, random, manual), or
    /// keeps the processor (`run-until-block`, `go-runtime`).
    pub fn end_of_step(&mut self, keep_running: bool) {
        if let Some(task) = self.current {
            if self.states[task] != TaskState::Running {
                self.current = None;
            } else if !keep_running {
                self.current = None;
                self.make_ready(task);
            }
        }
    }

    /// `task` cannot continue until another task wakes it.
    pub fn block(&mut self, task: TaskId, reason: WaitReason) {
        self.states[task] = TaskState::Blocked(reason);
    }

    /// A blocked `task` may run again: it joins the end of the ready queue, or under
    /// `go-runtime` takes `runnext`. Every wake is alike there: Go readies channel waiters,
    /// mutex, semaphore and `WaitGroup` waiters and fired timers all through `goready`,
    /// which always uses `runnext`.
    // Every hand-off calls it: inlined, the default policy pays one predictable branch.
    #[inline(always)]
    pub fn wake(&mut self, task: TaskId) {
        if matches!(self.states[task], TaskState::Blocked(_)) {
            self.states[task] = TaskState::Ready;
            self.ready.push_woken(task);
        }
    }

    /// `task` sleeps for `ms` of virtual time. A zero sleep returns at once, as in Go; under
    /// `os-threads` it yields: the task joins the tail of the ready queue, as a thread
    /// back from `sleep(0)` does.
    pub fn sleep(&mut self, task: TaskId, ms: u64) {
        if ms == 0 {
            if self.zero_sleep_yields && self.states[task] == TaskState::Running {
                self.make_ready(task);
            }
            return;
        }
        let until_ms = self.now_ms.saturating_add(ms);
        self.states[task] = TaskState::Sleeping { until_ms };
        self.timers.insert(until_ms, task);
    }

    /// `task` ran off the end of its program.
    pub fn finish(&mut self, task: TaskId) {
        self.states[task] = TaskState::Done;
    }

    /// `task` hit a run-time error: it stops for good, and the run ends with `message`.
    pub fn fail(&mut self, task: TaskId, message: String) {
        self.states[task] = TaskState::Failed;
        self.end(Outcome::Error { message });
    }

    /// Ends the run with `outcome` (the first outcome wins).
    pub fn end(&mut self, outcome: Outcome) {
        if self.outcome.is_none() {
            self.outcome = Some(outcome);
        }
    }

    /// Ends the run if every task is done, or if nothing can ever run again (deadlock).
    pub fn settle(&mut self, deadlock_message: &str) {
        if self.outcome.is_some() || self.runnable_count() > 0 || !self.timers.is_empty() {
            return;
        }
        if self.states.iter().all(|s| *s == TaskState::Done) {
            self.end(Outcome::Finished);
        } else {
            self.end(Outcome::Deadlock {
                message: deadlock_message.to_string(),
            });
        }
    }

    /// A new task (Go's `go f()`), ready at once: in `runnext` under `go-runtime` (Go's
    /// `newproc` puts the new goroutine there and the creator keeps running), else at the
    /// tail. Returns its id, the next index.
    pub fn spawn(&mut self) -> TaskId {
        let task = self.states.len();
        self.states.push(TaskState::Ready);
        self.ready.push_woken(task);
        task
    }

    /// The running `task` gives up the processor but stays runnable at the tail of the
    /// queue (Go's `goyield`, which a mutex hand-off calls).
    pub fn yield_now(&mut self, task: TaskId) {
        if self.current == Some(task) {
            self.current = None;
        }
        self.make_ready(task);
    }

    /// A timer that is not a task's sleep (Go's `time.After`): `token` (at least the task
    /// count) comes back from [`Kernel::pop_due`] when the clock reaches `until`.
    pub fn add_timer(&mut self, until: u64, token: usize) {
        self.timers.insert(until, token);
    }

    /// Moves the clock to the earliest pending wake-up; false when nothing is pending.
    pub fn advance_to_next(&mut self) -> bool {
        match self.next_wakeup_ms() {
            Some(due) => {
                self.now_ms = self.now_ms.max(due);
                true
            }
            None => false,
        }
    }

    /// The next sleeper or timer token due now, in the timers' order. A sleeping task is
    /// readied (through `runnext` under `go-runtime`) before it is returned.
    pub fn pop_due(&mut self) -> Option<usize> {
        let token = self.timers.pop_due(self.now_ms)?;
        if token < self.states.len() {
            self.states[token] = TaskState::Ready;
            self.ready.push_woken(token);
        }
        Some(token)
    }

    fn make_ready(&mut self, task: TaskId) {
        self.states[task] = TaskState::Ready;
        self.ready.push_back(task);
    }
}

impl Refill for Kernel {
    fn refill_from(&mut self, source: &Self) {
        let Kernel {
            now_ms,
            states,
            ready,
            current,
            timers,
            outcome,
            zero_sleep_yields,
        } = self;
        *now_ms = source.now_ms;
        states.refill_from(&source.states);
        ready.refill_from(&source.ready);
        *current = source.current;
        timers.clone_from(&source.timers);
        outcome.clone_from(&source.outcome);
        *zero_sleep_yields = source.zero_sleep_yields;
    }
}

#[cfg(test)]
#[path = "kernel_tests.rs"]
mod tests;
