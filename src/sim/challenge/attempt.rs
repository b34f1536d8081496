//! Checking a challenge's goal: live, after every step the learner takes ([`Tracker`]),
//! or for a whole schedule at once ([`Challenge::attempt`]).

use super::Challenge;
use crate::sim::explore::Goal;
use crate::sim::simulation::Simulation;

/// Follows one run towards a goal, checked after every step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tracker {
    goal: Goal,
    progress: u32,
    solved_at: Option<u64>,
}

impl Tracker {
    /// A tracker for `goal`, before the first step.
    pub fn new(goal: Goal) -> Tracker {
        Tracker {
            goal,
            progress: 0,
            solved_at: None,
        }
    }

    /// Call after each step of `sim`; returns true on the step that reaches the goal.
    pub fn observe(&mut self, sim: &Simulation) -> bool {
        if self.solved_at.is_some() {
            return false;
        }
        let reached = self.goal.observe(sim, &mut self.progress);
        if reached {
            self.solved_at = Some(sim.steps());
        }
        reached
    }

    /// The step (the number of picks) at which the goal was reached, if it was.
    pub fn solved_at(&self) -> Option<u64> {
        self.solved_at
    }
}

/// What a schedule did for a challenge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attempt {
    /// Goal reached after this many picks.
    Solved {
        /// Picks taken to reach it.
        picks: usize,
    },
    /// Pick number `at` (1-based) named a task that could not run.
    Refused {
        /// 1-based pick.
        at: usize,
    },
    /// The picks ran out (or the run ended) before the goal.
    NotSolved,
}

impl Challenge {
    /// Runs `picks` on the challenge's scenario, checking the goal after every step.
    pub fn attempt(&self, picks: &[u8]) -> Attempt {
        let mut sim = Simulation::new(self.scenario());
        let mut tracker = Tracker::new(self.goal.clone());
        for (i, &task) in picks.iter().enumerate() {
            if sim.step_task(usize::from(task)).is_err() {
                return if sim.outcome().is_some() {
                    Attempt::NotSolved
                } else {
                    Attempt::Refused { at: i + 1 }
                };
            }
            if tracker.observe(&sim) {
                return Attempt::Solved { picks: i + 1 };
            }
        }
        Attempt::NotSolved
    }

    /// The success line the page shows and announces: "Found in 18 picks; par 14."
    pub fn success_message(&self, picks: usize) -> String {
        let verdict = match picks.cmp(&self.par) {
            std::cmp::Ordering::Greater => "",
            std::cmp::Ordering::Equal => " You matched par.",
            // Par is the explorer's proven shortest: this would be a bug.
            std::cmp::Ordering::Less => " Under par: please report this link.",
        };
        format!("Found in {picks} picks; par {}.{verdict}", self.par)
    }
}
