//! One setting of an experiment, run headless to its end and measured.
//!
//! **Steady state.** Start-up (the buffer filling) and drain (the last items trickling
//! out after the producers stop) would blur a rate measured over the whole run, so the
//! throughput, the mean occupancy and the blocked shares are taken over a window: from
//! the moment the consumers have taken 10% of all items to the moment they have taken
//! 90%. The time to finish is the whole run's.

use crate::sim::kernel::Outcome;
use crate::sim::metrics::Metrics;
use crate::sim::reports::trace::MAX_TRACE_STEPS;
use crate::sim::scenario::Scenario;
use crate::sim::simulation::Simulation;
use crate::sim::task::{Role, StateBucket};

/// Which side holds throughput back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// Producers wait for room more than consumers wait for items: the consumers are slow.
    Consumers,
    /// Consumers wait for items more than producers wait for room: the producers are slow.
    Producers,
    /// Neither side waits (or no time passes): balanced.
    Balanced,
}

impl Limit {
    /// In words, for the chart's table.
    pub fn describe(self) -> &'static str {
        match self {
            Limit::Consumers => "the consumers (producers wait for room)",
            Limit::Producers => "the producers (consumers wait for items)",
            Limit::Balanced => "neither side",
        }
    }
}

/// What one run measured.
#[derive(Clone, Debug, PartialEq)]
pub struct Measurement {
    /// Items consumed per second of virtual time in the steady window; `None` when no
    /// virtual time passes in it (a program without sleeps).
    pub throughput_per_s: Option<f64>,
    /// Mean number of items in the buffer over the window.
    pub mean_occupancy: f64,
    /// Share of the window the producers spent blocked (mean over producers), 0..=1.
    pub producers_blocked: f64,
    /// Share of the window the consumers spent blocked (mean over consumers), 0..=1.
    pub consumers_blocked: f64,
    /// Virtual time at which the run ended, in ms.
    pub finish_ms: u64,
    /// Which side limits throughput.
    pub limit: Limit,
    /// How the run ended.
    pub outcome: Option<Outcome>,
}

/// A snapshot at the window's edge.
struct Edge {
    now_ms: u64,
    consumed: u64,
    metrics: Metrics,
}

/// Runs `scenario` to its end under its policy and measures it.
pub fn measure(scenario: Scenario) -> Measurement {
    let total = u64::from(scenario.items) * u64::from(scenario.producers);
    let (from, to) = (total.div_ceil(10), total * 9 / 10);
    let mut sim = Simulation::new(scenario);
    let mut start: Option<Edge> = None;
    let mut end: Option<Edge> = None;
    let snapshot = |sim: &Simulation, consumed| Edge {
        now_ms: sim.kernel().now_ms(),
        consumed,
        metrics: sim.metrics().clone(),
    };
    while end.is_none() && sim.outcome().is_none() && sim.steps() < MAX_TRACE_STEPS {
        if sim.run_to_end(1) == 0 {
            break;
        }
        let consumed = sim.world().counts().consumed;
        if start.is_none() && consumed >= from {
            start = Some(snapshot(&sim, consumed));
        }
        if consumed >= to.max(from + 1) {
            end = Some(snapshot(&sim, consumed));
        }
    }
    sim.run_to_end(MAX_TRACE_STEPS);
    let finish_ms = sim.kernel().now_ms();
    let start = start.unwrap_or_else(|| snapshot(&sim, 0));
    let end = end.unwrap_or_else(|| snapshot(&sim, sim.world().counts().consumed));
    let span = end.now_ms.saturating_sub(start.now_ms);
    let share = |role: fn(Role) -> bool| blocked_share(&sim, &start, &end, role);
    let producers_blocked = share(|r| matches!(r, Role::Producer(_)));
    let consumers_blocked = share(|r| matches!(r, Role::Consumer(_)));
    let limit = if producers_blocked > consumers_blocked {
        Limit::Consumers
    } else if consumers_blocked > producers_blocked {
        Limit::Producers
    } else {
        Limit::Balanced
    };
    Measurement {
        throughput_per_s: (span > 0)
            .then(|| (end.consumed - start.consumed) as f64 * 1000.0 / span as f64),
        mean_occupancy: if span > 0 {
            (end.metrics.occupancy_ms - start.metrics.occupancy_ms) as f64 / span as f64
        } else {
            0.0
        },
        producers_blocked,
        consumers_blocked,
        finish_ms,
        limit,
        outcome: sim.outcome().cloned(),
    }
}

/// The mean share of the window that tasks of a role spent blocked.
fn blocked_share(sim: &Simulation, start: &Edge, end: &Edge, role: fn(Role) -> bool) -> f64 {
    let span = end.now_ms.saturating_sub(start.now_ms);
    let tasks: Vec<usize> = (0..sim.scenario().task_count())
        .filter(|&t| role(sim.role(t)))
        .collect();
    if span == 0 || tasks.is_empty() {
        return 0.0;
    }
    let blocked = StateBucket::Blocked as usize;
    let sum: u64 = tasks
        .iter()
        .map(|&t| end.metrics.time_in_state[t][blocked] - start.metrics.time_in_state[t][blocked])
        .sum();
    sum as f64 / (span as f64 * tasks.len() as f64)
}
