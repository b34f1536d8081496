//! A manual schedule's pick that cannot run: where the schedule stopped, and why.
//!
//! A schedule from a link (`schedule=C1*10`) may name a task that is blocked, asleep or
//! finished when its turn comes. Running another task instead would show an interleaving
//! that nobody asked for, so the run stops there and says, in plain words, which pick it
//! was and what holds that task: "pick 5, C1, cannot run: it is blocked on an empty
//! buffer".

use super::simulation::Simulation;
use super::task::{TaskId, TaskState, WaitReason};

/// A scheduled pick that cannot run when its turn comes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefusedPick {
    /// Which pick of the schedule it is, counting from 1 (= the step it would have run).
    pub position: u64,
    /// The task it names.
    pub task: TaskId,
    /// Where that task stands instead of being runnable.
    pub state: TaskState,
}

impl RefusedPick {
    /// The refusal of `task` as the next pick of `sim`, or `None` if `task` can run.
    /// Tasks that the next clock jump wakes can run (the jump comes first).
    pub fn check(sim: &Simulation, task: TaskId) -> Option<RefusedPick> {
        if sim.choices().contains(&task) {
            return None;
        }
        let tasks = sim.kernel().states().len();
        let state = if task < tasks {
            sim.kernel().state(task)
        } else {
            TaskState::Done
        };
        Some(RefusedPick {
            position: sim.steps() + 1,
            task,
            state,
        })
    }

    /// Why the task cannot run, as the end of a sentence: "it is blocked on an empty buffer".
    pub fn reason(&self) -> String {
        why_not(self.state)
    }

    /// The whole sentence: "pick 5, C1, cannot run: it is blocked on an empty buffer".
    pub fn describe(&self, sim: &Simulation) -> String {
        format!(
            "pick {}, {}, cannot run: {}",
            self.position,
            sim.task_name(self.task),
            why_not(self.state)
        )
    }
}

/// What keeps a task in `state` from running, as the end of a sentence.
fn why_not(state: TaskState) -> String {
    match state {
        TaskState::Blocked(reason) => match reason {
            WaitReason::SendFull => "it is blocked sending to a full buffer".into(),
            WaitReason::SendNoReceiver => {
                "it is blocked sending: no receiver is waiting on the unbuffered channel".into()
            }
            WaitReason::RecvEmpty => "it is blocked on an empty buffer".into(),
            WaitReason::Mutex => "it is waiting for the mutex".into(),
            WaitReason::Cond(cv) => {
                format!("it is waiting on the condition variable {}", cv.name())
            }
            WaitReason::Semaphore(sem) => format!("it is waiting on the semaphore {}", sem.name()),
            WaitReason::Join => "it is waiting for the other threads to finish".into(),
        },
        TaskState::Sleeping { until_ms } => format!("it is asleep until {until_ms} ms"),
        TaskState::Done => "it has finished".into(),
        TaskState::Failed => "it stopped with an error".into(),
        // A runnable task is never refused; say so rather than invent a reason.
        TaskState::Running | TaskState::Ready => "it was not offered".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scenario::Scenario;

    #[test]
    fn a_consumer_picked_on_an_empty_buffer_is_refused_with_its_reason() {
        let mut sim = Simulation::new(Scenario {
            produce_ms: vec![0],
            ..Scenario::default()
        });
        // Under go-runtime C1 (main) runs first and blocks on the empty channel.
        while sim.kernel().state(1) != TaskState::Blocked(WaitReason::RecvEmpty) {
            sim.run_to_end(1);
        }
        let refused = RefusedPick::check(&sim, 1);
        let text = refused.map(|r| r.describe(&sim));
        let expected = format!(
            "pick {}, C1, cannot run: it is blocked on an empty buffer",
            sim.steps() + 1
        );
        assert_eq!(text, Some(expected));
        assert_eq!(RefusedPick::check(&sim, 0), None);
    }
}
