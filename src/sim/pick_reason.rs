//! Why the scheduler ran the task it ran, when it had a choice: the "why this one next?"
//! that the narration answers in plain words (`reports/why_next.rs` words it; here it is
//! only data, which `Simulation` records at the pick).
//!
//! Go's order is not first come, first run, and a learner who sees C2 run before C1 wants
//! to know why. The reason is decided at the pick, from where the task sat in the ready
//! queue (Go's `runnext` slot or the queue's head) and from what made it ready, which
//! [`ReadyCauses`] remembers per task.

use super::event::Action;
use super::refill::Refill;
use super::task::TaskId;

/// What last made a task ready to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadyCause {
    /// It was created ready at the start of the run (`go f()`, `pthread_create`).
    Started,
    /// Another task's statement woke it; `verb` names that statement (`send`, `signal`).
    Woken {
        /// The task whose statement woke it.
        by: TaskId,
        /// What that statement was, as the narration names it.
        verb: &'static str,
    },
    /// Its sleep ended when the clock jumped.
    Timer,
}

/// Why the task of a step ran, when more than one task could have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PickReason {
    /// There was no choice to explain: the only runnable task, the one that kept the
    /// processor, or a pick made by the learner, a schedule or the random policy.
    #[default]
    NoChoice,
    /// Go's own order ran it: from its `runnext` slot, ahead of tasks ready for longer
    /// (woken by a task or a timer), or in Go's start order (it has not run yet).
    GoOrder(ReadyCause),
    /// It had been ready longest (first come, first run).
    LongestReady,
}

/// The last [`ReadyCause`] of every task of a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadyCauses(Vec<ReadyCause>);

impl ReadyCauses {
    /// `tasks` tasks, all started ready.
    pub fn new(tasks: usize) -> Self {
        ReadyCauses(vec![ReadyCause::Started; tasks])
    }

    /// What last made `task` ready.
    pub fn of(&self, task: TaskId) -> ReadyCause {
        self.0.get(task).copied().unwrap_or(ReadyCause::Started)
    }

    /// Records a step's wakes: `woke` by `waker`'s `action`, and `timer_woken` by the clock.
    pub fn record(&mut self, waker: TaskId, action: &Action, woke: &[TaskId], timers: &[TaskId]) {
        let verb = wake_verb(action);
        for &t in woke {
            if let Some(cause) = self.0.get_mut(t) {
                *cause = ReadyCause::Woken { by: waker, verb };
            }
        }
        for &t in timers {
            if let Some(cause) = self.0.get_mut(t) {
                *cause = ReadyCause::Timer;
            }
        }
    }
}

/// The statement that woke someone, as one word of the narration.
fn wake_verb(action: &Action) -> &'static str {
    match action {
        Action::HandedOff { .. } | Action::SentToBuffer { .. } => "send",
        Action::ReceivedFromBuffer { .. } | Action::ReceivedFromSender { .. } => "receive",
        Action::Closed { .. } => "close",
        Action::Signal { .. } => "signal",
        Action::SemPost { .. } => "post",
        Action::Unlock => "unlock",
        _ => "statement",
    }
}

impl Refill for ReadyCauses {
    fn refill_from(&mut self, source: &Self) {
        self.0.refill_from(&source.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wake_records_the_waker_and_its_statement() {
        let mut causes = ReadyCauses::new(3);
        causes.record(0, &Action::Closed { closed: true }, &[1, 2], &[]);
        assert_eq!(
            causes.of(2),
            ReadyCause::Woken {
                by: 0,
                verb: "close"
            }
        );
        causes.record(1, &Action::Start, &[], &[2]);
        assert_eq!(causes.of(2), ReadyCause::Timer);
        assert_eq!(causes.of(0), ReadyCause::Started);
    }
}
