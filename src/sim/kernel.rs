//! The scheduler's bookkeeping shared by every mode: task states, the ready queue, timers
//! and the virtual clock. A mode's program (see `go/`, `monitor/`, `semaphore/`) calls
//! [`Kernel::block`], [`Kernel::wake`], [`Kernel::sleep`] and [`Kernel::finish`]; the
//! kernel never decides what a statement means.
//!
//! Ordering rules (`SEMANTICS.md` §1): ready tasks run in the order they became ready;
//! sleeps that end at the same instant wake in the order they began; at the start, tasks
//! are ready in creation order.

use std::collections::{BTreeSet, VecDeque};

use super::task::{TaskId, TaskState, WaitReason};

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
    /// Ready tasks, longest-ready first. The running task is not in it.
    ready: VecDeque<TaskId>,
    /// The task that ran last and may keep running (`run-until-block`).
    current: Option<TaskId>,
    /// Sleepers keyed by (wake-up time, order of falling asleep).
    timers: BTreeSet<(u64, u64, TaskId)>,
    timer_seq: u64,
    outcome: Option<Outcome>,
}

impl Kernel {
    /// `tasks` tasks, all ready in creation order, at time 0.
    pub fn new(tasks: usize) -> Self {
        Kernel {
            now_ms: 0,
            states: vec![TaskState::Ready; tasks],
            ready: (0..tasks).collect(),
            current: None,
            timers: BTreeSet::new(),
            timer_seq: 0,
            outcome: None,
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

    /// Ready tasks, longest-ready first (the running task excluded).
    pub fn ready_queue(&self) -> impl Iterator<Item = TaskId> + '_ {
        self.ready.iter().copied()
    }

    /// The task holding the processor under `run-until-block`, if any.
    pub fn current(&self) -> Option<TaskId> {
        self.current
    }

    /// Tasks the scheduler may pick now: the current one first, then the ready queue.
    pub fn runnable(&self) -> impl Iterator<Item = TaskId> + '_ {
        self.current.into_iter().chain(self.ready.iter().copied())
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
        self.timers.first().map(|&(t, _, _)| t)
    }

    /// Moves the clock to the earliest wake-up and readies every task due then, in the order
    /// they fell asleep. Returns the previous time; the woken tasks are appended to `woken`.
    pub fn advance_clock(&mut self, woken: &mut Vec<TaskId>) -> Option<u64> {
        let due = self.next_wakeup_ms()?;
        let before = self.now_ms;
        self.now_ms = due;
        while let Some(&(t, _, task)) = self.timers.first() {
            if t != due {
                break;
            }
            self.timers.pop_first();
            self.make_ready(task);
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
        let Some(pos) = self.ready.iter().position(|&t| t == task) else {
            return false;
        };
        self.ready.remove(pos);
        // The previous holder, still runnable, goes back to the end of the queue.
        if let Some(previous) = self.current.take() {
            self.make_ready(previous);
        }
        self.states[task] = TaskState::Running;
        self.current = Some(task);
        true
    }

    /// Takes the longest-ready task off the queue (the current task, if it still runs).
    pub fn next_in_order(&self) -> Option<TaskId> {
        self.current.or_else(|| self.ready.front().copied())
    }

    /// After a step: a task that is still running yields (round robin, random, manual), or
    /// keeps the processor (`run-until-block`).
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

    /// A blocked `task` may run again; it joins the end of the ready queue.
    pub fn wake(&mut self, task: TaskId) {
        if matches!(self.states[task], TaskState::Blocked(_)) {
            self.make_ready(task);
        }
    }

    /// `task` sleeps for `ms` of virtual time; a zero sleep returns at once, as in Go and C.
    pub fn sleep(&mut self, task: TaskId, ms: u64) {
        if ms == 0 {
            return;
        }
        let until_ms = self.now_ms.saturating_add(ms);
        self.states[task] = TaskState::Sleeping { until_ms };
        self.timers.insert((until_ms, self.timer_seq, task));
        self.timer_seq += 1;
    }

    /// `task` ran off the end of its program.
    pub fn finish(&mut self, task: TaskId) {
        self.states[task] = TaskState::Done;
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

    fn make_ready(&mut self, task: TaskId) {
        self.states[task] = TaskState::Ready;
        self.ready.push_back(task);
    }
}
