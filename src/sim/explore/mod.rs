//! The explorer: a breadth-first search over every interleaving of a scenario, with a
//! visited-state set, that stops at the first state meeting a [`Goal`] (by default any
//! deadlock, safety error or panic).
//!
//! Every step, each runnable task is a choice (every pick a learner could make in manual
//! mode). States are merged by [`fingerprint::fingerprint`]. The search goes depth by
//! depth, so the first schedule found is a shortest one, and it is replayable as a
//! `policy=manual&schedule=...` link. It is resumable: [`Explorer::run`] does a bounded
//! slice of work and returns, so the page can run it in short slices with a progress bar
//! and a Cancel button, and `pc-trace --explore` runs it to the end.

pub mod fingerprint;
mod fingerprint_set;
pub mod goal;
mod report;
mod search;

pub use goal::{Goal, GoalError};
pub use report::{Found, Report, Verdict};

use crate::sim::scenario::{PolicyKind, Scenario};
use crate::sim::simulation::Simulation;
use fingerprint::fingerprint;
use fingerprint_set::FingerprintSet;

/// The default depth bound: longer than any run of the lab's small scenarios.
pub const DEFAULT_MAX_DEPTH: u32 = 10_000;

/// The default cap on distinct states kept (about 1 KB each in the frontier at worst).
pub const DEFAULT_MAX_STATES: u64 = 5_000_000;

/// One state waiting to be expanded: the run, its node in the parent tree, its progress.
/// The run is boxed so that the frontier's vectors hold pointers: growing one then copies
/// a few megabytes, not the states themselves (a long pause in the page otherwise).
struct Node {
    sim: Box<Simulation>,
    id: u32,
    progress: u32,
}

/// A resumable breadth-first search; see the module docs.
pub struct Explorer {
    scenario: Scenario,
    goal: Goal,
    /// States are merged on what decides failures only (see `fingerprint.rs`).
    control_only: bool,
    max_depth: u32,
    max_states: u64,
    /// Every distinct state's fingerprint.
    visited: FingerprintSet,
    /// For each node: its parent node and the pick that led to it (the root is node 0).
    parents: Vec<(u32, u8)>,
    /// States at the current depth still to expand, and those found at the next.
    frontier: Vec<Node>,
    next: Vec<Node>,
    /// Runs no longer needed (their state was seen before, or ended), kept to be refilled
    /// with the next copy: copying into them reuses their vectors (see `refill.rs`).
    // Boxed: a spare moves into the frontier as a pointer, as every frontier state is kept.
    #[expect(clippy::vec_box, reason = "spares move into `Node`s, which hold boxes")]
    spares: Vec<Box<Simulation>>,
    /// The choices of the state being expanded (one vector, reused).
    choices: Vec<usize>,
    depth: u32,
    checked: u64,
    ended_runs: u64,
    verdict: Verdict,
}

impl Explorer {
    /// A search of `scenario`'s interleavings for `goal`. The scenario's policy and
    /// schedule are ignored: every pick is explored.
    pub fn new(scenario: &Scenario, goal: Goal) -> Explorer {
        let scenario = Scenario {
            policy: PolicyKind::Manual,
            schedule: Vec::new(),
            ..scenario.clone()
        };
        let root = Simulation::new(scenario.clone());
        let mut visited = FingerprintSet::default();
        let control_only = goal.control_only();
        visited.insert(fingerprint(&root, 0, control_only));
        Explorer {
            scenario,
            goal,
            control_only,
            max_depth: DEFAULT_MAX_DEPTH,
            max_states: DEFAULT_MAX_STATES,
            visited,
            parents: vec![(0, 0)],
            frontier: vec![Node {
                sim: Box::new(root),
                id: 0,
                progress: 0,
            }],
            next: Vec::new(),
            spares: Vec::new(),
            choices: Vec::new(),
            depth: 0,
            checked: 1,
            ended_runs: 0,
            verdict: Verdict::Running,
        }
    }

    /// The same search, stopping at schedules of `max_depth` picks.
    pub fn with_max_depth(mut self, max_depth: u32) -> Explorer {
        self.max_depth = max_depth;
        self
    }

    /// The same search, merging only states that are identical in full, values and
    /// tallies included, even for a failure goal: what `tests/explore_data_abstraction.rs`
    /// compares the default search with. Call it before the search starts.
    pub fn with_full_states(mut self) -> Explorer {
        self.control_only = false;
        self.visited = FingerprintSet::default();
        if let Some(root) = self.frontier.first() {
            self.visited.insert(fingerprint(&root.sim, 0, false));
        }
        self
    }

    /// The same search, stopping once `max_states` distinct states are known.
    pub fn with_max_states(mut self, max_states: u64) -> Explorer {
        self.max_states = max_states;
        self
    }

    /// The scenario explored (manual policy, no schedule).
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// What is searched for.
    pub fn goal(&self) -> &Goal {
        &self.goal
    }

    /// Checks about `budget` more states (each one pick tried from a known state), then
    /// returns where the search stands. Call again while the verdict is `Running`.
    pub fn run(&mut self, budget: u64) -> Report {
        let stop_at = self.checked.saturating_add(budget);
        while self.verdict == Verdict::Running && self.checked < stop_at {
            self.expand_one();
        }
        self.report()
    }

    /// Runs the search to its end.
    pub fn run_to_end(&mut self) -> Report {
        self.run(u64::MAX)
    }

    /// Where the search stands.
    pub fn report(&self) -> Report {
        Report {
            verdict: self.verdict.clone(),
            checked: self.checked,
            distinct: self.visited.len() as u64,
            ended_runs: self.ended_runs,
            depth: self.depth,
            frontier: self.frontier.len() + self.next.len(),
            max_depth: self.max_depth,
            goal: self.goal.describe(),
        }
    }
}
