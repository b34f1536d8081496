//! What the explorer reports: how far it got, and the shortest schedule it found, as a
//! replayable link.

use crate::sim::kernel::Outcome;
use crate::sim::scenario::{to_query, write_schedule, PolicyKind, Scenario};
use crate::sim::simulation::Simulation;

/// How the search stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// More work to do: call `run` again.
    Running,
    /// A shortest schedule reaching the goal.
    Found(Found),
    /// Every reachable state was checked: the goal cannot be reached.
    Exhausted,
    /// Every state reachable in fewer picks than the depth bound was checked.
    DepthLimit,
    /// The cap on distinct states was reached first.
    StateLimit,
}

/// A shortest schedule that reaches the goal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The picks, one task index per step.
    pub schedule: Vec<u8>,
    /// The schedule in its URL form, e.g. `M.C1*3.P1*2`.
    pub schedule_text: String,
    /// The query string that replays it (`policy=manual&schedule=...`).
    pub query: String,
    /// How the run ended there, if it ended (a goal like "buffer full 3 times" does not end it).
    pub outcome: Option<Outcome>,
}

impl Found {
    /// The schedule `schedule` of `scenario` (manual, no schedule), which ended as `sim`.
    pub(super) fn new(scenario: &Scenario, schedule: Vec<u8>, sim: &Simulation) -> Found {
        let replay = Scenario {
            policy: PolicyKind::Manual,
            schedule: schedule.clone(),
            ..scenario.clone()
        };
        Found {
            schedule_text: write_schedule(&schedule, &replay),
            query: to_query(&replay),
            schedule,
            outcome: sim.outcome().cloned(),
        }
    }
}

/// Progress and result of a search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The verdict so far.
    pub verdict: Verdict,
    /// States checked: one per pick tried from a known state (the start counts as one).
    pub checked: u64,
    /// Distinct states seen (runs that ended are not kept).
    pub distinct: u64,
    /// Picks that ended a run without meeting the goal: distinct complete schedules, up to
    /// merging of equal states.
    pub ended_runs: u64,
    /// Schedules of this many picks are fully checked.
    pub depth: u32,
    /// States waiting to be expanded.
    pub frontier: usize,
    /// The depth bound.
    pub max_depth: u32,
    /// What was searched for, in words.
    pub goal: String,
}

impl Report {
    /// One paragraph for people: what was found, or how far the search got.
    pub fn summary(&self) -> String {
        let counts = format!(
            "{} states checked, {} distinct, {} complete runs",
            self.checked, self.distinct, self.ended_runs
        );
        match &self.verdict {
            Verdict::Running => format!(
                "Searching for {}: every schedule of up to {} picks checked so far ({counts}).",
                self.goal, self.depth
            ),
            Verdict::Found(found) => {
                let ending = match &found.outcome {
                    Some(Outcome::Deadlock { message } | Outcome::Error { message }) => {
                        format!(" ({message})")
                    }
                    _ => String::new(),
                };
                format!(
                    "Found {}{ending} in {} picks, and no schedule is shorter: {} ({counts}).",
                    self.goal,
                    found.schedule.len(),
                    found.schedule_text
                )
            }
            Verdict::Exhausted => format!(
                "Every reachable state checked (schedules of up to {} picks): no {} ({counts}).",
                self.depth + 1,
                self.goal
            ),
            Verdict::DepthLimit => format!(
                "Every reachable state checked up to depth {}: no {} ({counts}).",
                self.depth, self.goal
            ),
            Verdict::StateLimit => format!(
                "Stopped at the cap of {} distinct states, all schedules of up to {} picks \
                 checked: no {} so far ({counts}).",
                self.distinct, self.depth, self.goal
            ),
        }
    }
}
