//! Tasks: who they are ([`Role`]), where they stand ([`TaskState`]) and why they wait
//! ([`WaitReason`]).
//!
//! Tasks are numbered producers first, then consumers, then main (in the monitor and
//! semaphore modes, which have a main thread): the order in which they are created and so
//! the order in which they are first ready.

use std::fmt;

/// A task's index: producers `0..P`, consumers `P..P+C`, then main.
pub type TaskId = usize;

/// What a task is in the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// Producer with a 0-based index.
    Producer(u8),
    /// Consumer with a 0-based index.
    Consumer(u8),
    /// The main thread (monitor and semaphore modes), which joins and ends the stream.
    Main,
}

impl Role {
    /// The role of task `id` in a run with `producers` producers and `consumers` consumers.
    pub fn of(id: TaskId, producers: usize, consumers: usize) -> Role {
        if id < producers {
            Role::Producer(id as u8)
        } else if id < producers + consumers {
            Role::Consumer((id - producers) as u8)
        } else {
            Role::Main
        }
    }
}

impl fmt::Display for Role {
    /// The name the page and the trace tool use: `P1`, `C2`, `main` (1-based).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Role::Producer(k) => write!(f, "P{}", u32::from(*k) + 1),
            Role::Consumer(k) => write!(f, "C{}", u32::from(*k) + 1),
            Role::Main => f.write_str("main"),
        }
    }
}

/// Where a task stands from the scheduler's point of view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaskState {
    /// Ran the last statement and, under `run-until-block`, keeps the processor.
    Running,
    /// Could run, waiting for the scheduler to pick it.
    Ready,
    /// Cannot run until another task acts; the reason says on what.
    Blocked(WaitReason),
    /// Parked until the virtual clock reaches `until_ms`.
    Sleeping {
        /// Virtual time, in ms, at which the task becomes ready again.
        until_ms: u64,
    },
    /// Ran off the end of its program.
    Done,
    /// Stopped by the run-time error that ended the run (a panic, a failed safety check).
    Failed,
}

impl TaskState {
    /// True when the scheduler may pick this task.
    pub fn is_runnable(self) -> bool {
        matches!(self, TaskState::Running | TaskState::Ready)
    }

    /// The bucket this state counts towards in the time-in-state metrics.
    pub fn bucket(self) -> StateBucket {
        match self {
            TaskState::Running | TaskState::Ready => StateBucket::Runnable,
            TaskState::Blocked(_) => StateBucket::Blocked,
            TaskState::Sleeping { .. } => StateBucket::Sleeping,
            TaskState::Done | TaskState::Failed => StateBucket::Done,
        }
    }
}

/// Coarse state classes for metrics and the timeline's swimlanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StateBucket {
    /// Running or ready.
    Runnable = 0,
    /// Blocked on anything.
    Blocked = 1,
    /// Sleeping on the virtual clock.
    Sleeping = 2,
    /// Finished.
    Done = 3,
}

/// Why a blocked task waits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WaitReason {
    /// Go: sending, and the buffer is full.
    SendFull,
    /// Go: sending on an unbuffered channel, and no receiver is waiting.
    SendNoReceiver,
    /// Go: receiving, and the buffer is empty.
    RecvEmpty,
    /// Monitor/semaphore: waiting to acquire the mutex.
    Mutex,
    /// Monitor: waiting on a condition variable.
    Cond(CondVar),
    /// Semaphore: waiting on a counting semaphore.
    Semaphore(SemaphoreName),
    /// Main: waiting for the producers (or the consumers) to finish.
    Join,
}

/// The condition variables of the monitor programs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CondVar {
    /// `empty`: producers wait here for room.
    Empty,
    /// `fill`: consumers wait here for an item.
    Fill,
    /// `cv`: the single condition variable of the `one-cv-while` variant.
    Single,
}

/// The semaphores of the semaphore programs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SemaphoreName {
    /// Counts empty slots; starts at `max`.
    Empty,
    /// Counts full slots; starts at 0.
    Full,
    /// Binary semaphore guarding the buffer; starts at 1.
    Mutex,
}

impl CondVar {
    /// The variable's name in the C source: `empty`, `fill` or `cv`.
    pub fn name(self) -> &'static str {
        match self {
            CondVar::Empty => "empty",
            CondVar::Fill => "fill",
            CondVar::Single => "cv",
        }
    }
}

impl SemaphoreName {
    /// The semaphore's name in the C source: `empty`, `full` or `mutex`.
    pub fn name(self) -> &'static str {
        match self {
            SemaphoreName::Empty => "empty",
            SemaphoreName::Full => "full",
            SemaphoreName::Mutex => "mutex",
        }
    }
}
