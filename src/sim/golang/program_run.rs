//! A learner's program run with time travel: the page steps it forward one statement at a
//! time, steps it back, and jumps to any step, as the scenario runs do with `history`.
//!
//! A run is deterministic given its program, policy and seed, plus the picks under the
//! manual policy, so going back means restoring the nearest earlier checkpoint and running
//! forward again. A checkpoint is kept every [`CHECKPOINT_EVERY`] steps: a back step then
//! replays at most that many statements, and memory grows by one `GoRun` clone per
//! checkpoint plus one pick per step.
//!
//! A checkpoint does not keep the output written so far: it only notes its length, and
//! a restore takes that prefix from the live run (which is always further along the same
//! path). Copying the output into every checkpoint would make a long, chatty run's
//! history grow with the square of its length.

use std::rc::Rc;

use super::code::Program;
use super::run::GoRun;
use crate::sim::scenario::PolicyKind;
use crate::sim::task::TaskId;

/// Steps between two checkpoints of a small program.
pub const CHECKPOINT_EVERY: u64 = 256;

/// A program state counted in frames, goroutines and buffered values up to which a
/// checkpoint is kept every [`CHECKPOINT_EVERY`] steps; a bigger state (deep recursion,
/// thousands of goroutines) is kept proportionally less often, so the history's memory
/// and the time spent copying stay bounded whatever the program does.
pub const SMALL_STATE: usize = 64;

/// One program's run and the way back through it.
#[derive(Clone, Debug)]
pub struct ProgramRun {
    /// The run at step `checkpoints[i].0.steps`, for `i` from 0 (step 0), without its
    /// output, and how many writes that output had.
    checkpoints: Vec<(GoRun, usize)>,
    /// The goroutine each step ran, in order: the manual schedule, and what a replay of a
    /// manual run follows.
    picks: Vec<TaskId>,
    /// The run at the shown step.
    now: GoRun,
}

impl ProgramRun {
    /// A run of `prog` under `policy` and `seed`, at step 0.
    pub fn new(prog: Rc<Program>, policy: PolicyKind, seed: u64) -> Self {
        let start = GoRun::new(prog, policy, seed);
        ProgramRun {
            checkpoints: vec![(start.clone(), 0)],
            picks: Vec::new(),
            now: start,
        }
    }

    /// The run at the shown step.
    pub fn now(&self) -> &GoRun {
        &self.now
    }

    /// The shown step.
    pub fn steps(&self) -> u64 {
        self.now.steps
    }

    /// Every step taken so far, furthest included: the goroutine each ran.
    pub fn picks(&self) -> &[TaskId] {
        &self.picks
    }

    /// Steps recorded, which may lie ahead of the shown one after a step back.
    pub fn recorded(&self) -> u64 {
        self.picks.len() as u64
    }

    /// The policy the run is under.
    pub fn policy(&self) -> PolicyKind {
        self.now.policy
    }

    /// Runs one statement: `choice` under the manual policy, else the policy's pick. A
    /// manual pick that differs from the recorded one forgets the recorded future.
    pub fn step(&mut self, choice: Option<TaskId>) -> bool {
        let at = self.now.steps as usize;
        let recorded = self.picks.get(at).copied();
        let manual = self.now.policy == PolicyKind::Manual;
        let choice = if manual { choice.or(recorded) } else { None };
        if manual && choice != recorded {
            self.forget_after(at);
        }
        if !self.now.step(choice) {
            return false;
        }
        if recorded.is_none() || (manual && choice != recorded) {
            if let Some(task) = self.now.last {
                self.picks.push(task);
            }
        }
        if self.now.steps.is_multiple_of(CHECKPOINT_EVERY) && self.checkpoint_due() {
            let writes = std::mem::take(&mut self.now.machine.writes);
            let checkpoint = self.now.clone();
            self.now.machine.writes = writes;
            let len = self.now.machine.writes.len();
            self.checkpoints.push((checkpoint, len));
        }
        true
    }

    /// True when the state is worth copying now: [`CHECKPOINT_EVERY`] steps after the last
    /// checkpoint for a small state, proportionally later for a big one.
    fn checkpoint_due(&self) -> bool {
        let m = &self.now.machine;
        let size = m.gs.len()
            + m.gs
                .iter()
                .map(|g| g.frames.len() + g.stack.len())
                .sum::<usize>()
            + m.chans.iter().map(|c| c.buf.len()).sum::<usize>();
        let every = CHECKPOINT_EVERY * size.div_ceil(SMALL_STATE).max(1) as u64;
        let last = self.checkpoints.last().map_or(0, |c| c.0.steps);
        self.now.steps >= last + every
    }

    /// Drops the recorded picks and checkpoints after step `at`.
    fn forget_after(&mut self, at: usize) {
        self.picks.truncate(at);
        self.checkpoints.retain(|c| c.0.steps as usize <= at);
    }

    /// Goes to step `target`: back through a checkpoint, or forward under the policy and
    /// the recorded picks. Stops early where the run ends or a manual pick is missing;
    /// returns the step reached.
    pub fn seek(&mut self, target: u64) -> u64 {
        if target < self.now.steps {
            let i = self
                .checkpoints
                .iter()
                .rposition(|c| c.0.steps <= target)
                .unwrap_or(0);
            let (checkpoint, len) = &self.checkpoints[i];
            let mut writes = std::mem::take(&mut self.now.machine.writes);
            writes.truncate(*len);
            self.now = checkpoint.clone();
            self.now.machine.writes = writes;
        }
        while self.now.steps < target {
            let manual = self.now.policy == PolicyKind::Manual;
            let recorded = self.picks.get(self.now.steps as usize).copied();
            if manual && recorded.is_none() {
                break;
            }
            if !self.step(recorded) {
                break;
            }
        }
        self.now.steps
    }

    /// One step back; false at step 0.
    pub fn back(&mut self) -> bool {
        let at = self.now.steps;
        at > 0 && self.seek(at - 1) < at
    }
}

#[cfg(test)]
mod tests {
    use super::super::build;
    use super::*;

    const PING: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() {\n\t\tfor i := 0; i < 400; i++ {\n\t\t\tch <- i\n\t\t}\n\t\tclose(ch)\n\t}()\n\tfor v := range ch {\n\t\tfmt.Println(v)\n\t}\n}\n";

    fn run(policy: PolicyKind) -> ProgramRun {
        let Ok(prog) = build(PING) else {
            panic!("the test program builds")
        };
        ProgramRun::new(prog, policy, 3)
    }

    #[test]
    fn seeking_back_and_forth_shows_the_same_state_as_a_straight_run() {
        for policy in [PolicyKind::GoRuntime, PolicyKind::Random] {
            let mut straight = run(policy);
            let mut outs = vec![straight.now().stdout()];
            while straight.step(None) {
                outs.push(straight.now().stdout());
            }
            let mut travel = run(policy);
            for &target in &[700u64, 3, 512, 511, 0, 1200, 257, 9999] {
                let reached = travel.seek(target) as usize;
                assert_eq!(reached, target.min(outs.len() as u64 - 1) as usize);
                assert_eq!(
                    travel.now().stdout(),
                    outs[reached],
                    "{policy:?} at {target}"
                );
            }
        }
    }

    #[test]
    fn the_last_lines_are_the_tail_of_all_lines_before_and_after_going_back() {
        let mut r = run(PolicyKind::GoRuntime);
        for target in [0u64, 40, 300, 1000, 150, 2000] {
            r.seek(target);
            let all = r.now().lines();
            let (tail, total) = r.now().last_lines(7);
            assert_eq!(total, all.len(), "at {target}");
            assert_eq!(tail[..], all[all.len().saturating_sub(7)..], "at {target}");
        }
    }

    #[test]
    fn a_different_manual_pick_after_a_step_back_forgets_the_old_future() {
        let mut r = run(PolicyKind::Manual);
        for _ in 0..5 {
            let first = r.now.clone().choices()[0];
            assert!(r.step(Some(first)));
        }
        assert!(r.back() && r.back());
        assert_eq!((r.steps(), r.recorded()), (3, 5));
        let mut probe = r.now.clone();
        let choices = probe.choices();
        let other = choices
            .iter()
            .copied()
            .find(|&t| Some(t) != r.picks().get(3).copied());
        if let Some(other) = other {
            assert!(r.step(Some(other)));
            assert_eq!(r.recorded(), 4);
            assert_eq!(r.picks()[3], other);
        }
        r.seek(0);
        assert_eq!(r.seek(10), r.recorded());
    }
}
