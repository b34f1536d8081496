//! Why a semaphore run deadlocked, in plain words: who holds the mutex, what each blocked
//! thread waits on, and the cycle that keeps them there.
//!
//! The lesson of `mutex-outside` (OSTEP chapter 31): a consumer takes the mutex and then
//! sleeps on `full`, still holding it; the producer that would post `full` first needs the
//! mutex, so it sleeps too, and neither can ever wake the other.

use super::protocol::SemStmt;
use super::SemaphoreWorld;
use crate::sim::kernel::{Kernel, Outcome};
use crate::sim::ostep::join_names;
use crate::sim::task::{SemaphoreName, TaskId, TaskState, WaitReason};

impl SemaphoreWorld {
    /// The explanation of a deadlock, once the run has ended in one; `None` otherwise.
    ///
    /// Example: "Every thread is asleep, so the real program hangs here. C1 holds the
    /// mutex. C1 sleeps on full. P1 sleeps on mutex. main waits to join the producers.
    /// C1 sleeps on full while holding the mutex, and P1 cannot go on without the mutex:
    /// neither side can ever wake the other."
    pub fn explain_deadlock(&self, k: &Kernel) -> Option<String> {
        if !matches!(k.outcome(), Some(Outcome::Deadlock { .. })) {
            return None;
        }
        let name = |t: TaskId| self.role(t).to_string();
        let mut text = vec!["Every thread is asleep, so the real program hangs here.".to_string()];
        text.push(match self.mutex_holder {
            Some(holder) => format!("{} holds the mutex.", name(holder)),
            None => "Nobody holds the mutex.".to_string(),
        });
        for (task, state) in k.states().iter().enumerate() {
            if let TaskState::Blocked(reason) = state {
                text.push(format!("{} {}.", name(task), self.waits_on(task, *reason)));
            }
        }
        if let Some(cycle) = self.cycle(k) {
            text.push(cycle);
        }
        Some(text.join(" "))
    }

    fn waits_on(&self, task: TaskId, reason: WaitReason) -> String {
        match reason {
            WaitReason::Semaphore(sem) => format!("sleeps on {}", sem.name()),
            WaitReason::Join if self.stmt(task) == SemStmt::JoinProducers => {
                "waits to join the producers".to_string()
            }
            WaitReason::Join => "waits to join the consumers".to_string(),
            other => format!("waits ({other:?})"),
        }
    }

    /// The holder of the mutex asleep on `empty` or `full` while others sleep on the mutex.
    fn cycle(&self, k: &Kernel) -> Option<String> {
        let holder = self.mutex_holder?;
        let TaskState::Blocked(WaitReason::Semaphore(sem)) = k.state(holder) else {
            return None;
        };
        if sem == SemaphoreName::Mutex {
            return None;
        }
        let blocked: Vec<String> = self
            .semaphore(SemaphoreName::Mutex)
            .waiters()
            .map(|t| self.role(t).to_string())
            .collect();
        if blocked.is_empty() {
            return None;
        }
        let who = join_names(&blocked);
        Some(format!(
            "{} sleeps on {} while holding the mutex, and {who} cannot go on without the \
             mutex: neither side can ever wake the other.",
            self.role(holder),
            sem.name()
        ))
    }
}
