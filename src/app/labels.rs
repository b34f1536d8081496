//! The words the page uses for tasks and their states, in one place, so the stage, the
//! task cards and the wait queues always agree ("blocked (full)" everywhere, never
//! "full" here and "waiting to send" there).

use crate::sim::task::{CondVar, Role, TaskState, WaitReason};

/// The coarse class of a state, used as a CSS class and for the badge's icon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateClass {
    /// Ran the last statement.
    Running,
    /// Could run; waits for the scheduler.
    Ready,
    /// Waits for another task.
    Blocked,
    /// Waits for the virtual clock.
    Sleeping,
    /// Finished.
    Done,
    /// Stopped by a run-time error.
    Failed,
}

impl StateClass {
    /// The class of `state`.
    pub fn of(state: TaskState) -> StateClass {
        match state {
            TaskState::Running => StateClass::Running,
            TaskState::Ready => StateClass::Ready,
            TaskState::Blocked(_) => StateClass::Blocked,
            TaskState::Sleeping { .. } => StateClass::Sleeping,
            TaskState::Done => StateClass::Done,
            TaskState::Failed => StateClass::Failed,
        }
    }

    /// The CSS class name: `running`, `ready`, `blocked`, `sleeping`, `done`, `failed`.
    pub fn css(self) -> &'static str {
        match self {
            StateClass::Running => "running",
            StateClass::Ready => "ready",
            StateClass::Blocked => "blocked",
            StateClass::Sleeping => "sleeping",
            StateClass::Done => "done",
            StateClass::Failed => "failed",
        }
    }
}

/// What a blocked task waits for, in a few words: `full`, `empty`, `mutex`...
pub fn wait_words(reason: WaitReason) -> String {
    match reason {
        WaitReason::SendFull => "full".to_string(),
        WaitReason::SendNoReceiver => "no receiver".to_string(),
        WaitReason::RecvEmpty => "empty".to_string(),
        WaitReason::Mutex => "mutex".to_string(),
        // The single condition variable is itself called `cv`: "cv", not "cv cv".
        WaitReason::Cond(CondVar::Single) => "cv".to_string(),
        WaitReason::Cond(cv) => format!("cv {}", cv.name()),
        WaitReason::Semaphore(sem) => format!("semaphore {}", sem.name()),
        WaitReason::Join => "join".to_string(),
    }
}

/// The badge text: `running`, `blocked (full)`, `waiting on cv fill`,
/// `sleeping, 3200 ms left`, `done`. `now_ms` is the clock as shown.
pub fn state_text(state: TaskState, now_ms: u64) -> String {
    match state {
        TaskState::Running => "running".to_string(),
        TaskState::Ready => "ready".to_string(),
        TaskState::Blocked(
            reason @ (WaitReason::SendFull
            | WaitReason::SendNoReceiver
            | WaitReason::RecvEmpty
            | WaitReason::Mutex),
        ) => format!("blocked ({})", wait_words(reason)),
        TaskState::Blocked(WaitReason::Join) => "waiting to join".to_string(),
        TaskState::Blocked(reason) => format!("waiting on {}", wait_words(reason)),
        TaskState::Sleeping { until_ms } => {
            format!("sleeping, {} left", ms(until_ms.saturating_sub(now_ms)))
        }
        TaskState::Done => "done".to_string(),
        TaskState::Failed => "failed: run-time error".to_string(),
    }
}

/// The short text under a task's node on the stage: `blocked: full`, `sleep 3200 ms`.
pub fn state_short(state: TaskState, now_ms: u64) -> String {
    match state {
        TaskState::Blocked(reason) => format!("blocked: {}", wait_words(reason)),
        TaskState::Sleeping { until_ms } => {
            format!("sleep {}", ms(until_ms.saturating_sub(now_ms)))
        }
        other => state_text(other, now_ms),
    }
}

/// A role in words: `Producer 1`, `Consumer 2`, `main thread`.
pub fn role_text(role: Role) -> String {
    match role {
        Role::Producer(k) => format!("Producer {}", u32::from(k) + 1),
        Role::Consumer(k) => format!("Consumer {}", u32::from(k) + 1),
        Role::Main => "main thread".to_string(),
    }
}

/// A virtual duration or time: `0 ms`, `5000 ms`.
pub fn ms(value: u64) -> String {
    format!("{value} ms")
}

/// Okabe–Ito colours cycle over producers; the value label on every token means colour is
/// never the only cue. Returns the CSS class suffix, `0..=6`.
pub fn producer_colour(producer: u8) -> u8 {
    producer % 7
}
