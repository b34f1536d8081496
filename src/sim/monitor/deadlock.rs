//! Why a monitor run deadlocked, in plain words: who holds the mutex, what each blocked
//! thread waits for, and which signal woke the wrong thread.
//!
//! The last point is the lesson of `one-cv-while` (book figure 30.11): a consumer's signal
//! meant for the producer wakes the other consumer, which finds nothing and sleeps again,
//! and nobody is left to wake anyone.

use super::stmt::MonitorStmt;
use super::MonitorWorld;
use crate::sim::kernel::{Kernel, Outcome};
use crate::sim::ostep::join_names;
use crate::sim::task::{Role, TaskId, TaskState, WaitReason};

impl MonitorWorld {
    /// The explanation of a deadlock, once the run has ended in one; `None` otherwise.
    ///
    /// Example: "Every thread is asleep, so the real program hangs here. Nobody holds the
    /// mutex m. P1 sleeps on cv. C1 sleeps on cv. C2 sleeps on cv. main waits to join the
    /// producers. C1's signal at step 24 woke C2 instead of a producer; now P1, C1 and C2
    /// are all asleep on cv."
    pub fn explain_deadlock(&self, k: &Kernel) -> Option<String> {
        if !matches!(k.outcome(), Some(Outcome::Deadlock { .. })) {
            return None;
        }
        let name = |t: TaskId| self.role(t).to_string();
        let mut text = vec!["Every thread is asleep, so the real program hangs here.".to_string()];
        text.push(match self.mutex.owner() {
            Some(owner) => format!("{} holds the mutex m.", name(owner)),
            None => "Nobody holds the mutex m.".to_string(),
        });
        for (task, state) in k.states().iter().enumerate() {
            if let TaskState::Blocked(reason) = state {
                text.push(format!("{} {}.", name(task), self.waits_on(task, *reason)));
            }
        }
        if let Some(wrong) = self.wrong_wake {
            let instead = match self.role(wrong.signaller) {
                Role::Consumer(_) => "a producer",
                _ => "a consumer",
            };
            let asleep: Vec<String> = self.cvs.waiters(wrong.cv).map(name).collect();
            let mut sentence = format!(
                "{}'s signal at step {} woke {} instead of {instead}",
                name(wrong.signaller),
                wrong.step,
                name(wrong.woken)
            );
            if asleep.len() > 1 {
                let all = join_names(&asleep);
                sentence.push_str(&format!(
                    "; now {all} are all asleep on {}",
                    wrong.cv.name()
                ));
            }
            text.push(sentence + ".");
        }
        Some(text.join(" "))
    }

    /// What a thread blocked for `reason` is waiting for, as a verb phrase.
    fn waits_on(&self, task: TaskId, reason: WaitReason) -> String {
        match reason {
            WaitReason::Mutex => "waits to lock m".to_string(),
            WaitReason::Cond(cv) => format!("sleeps on {}", cv.name()),
            WaitReason::Join if self.stmt(task) == MonitorStmt::JoinProducers => {
                "waits to join the producers".to_string()
            }
            WaitReason::Join => "waits to join the consumers".to_string(),
            other => format!("waits ({other:?})"),
        }
    }
}
