//! Checkpoints: a clone of the [`Simulation`] every [`CHECKPOINT_INTERVAL`] steps, so that
//! reaching any step replays at most one interval.
//!
//! A clone is small (a few hundred bytes per task) because the scenario is shared through
//! an `Rc` and everything else is bounded by the number of tasks and buffer slots.

use std::mem::size_of;

use crate::sim::scenario::Scenario;
use crate::sim::simulation::Simulation;

/// Steps between two checkpoints: seeking replays at most this many steps (well under a
/// millisecond natively), and a million-step run keeps under a thousand clones.
pub const CHECKPOINT_INTERVAL: u64 = 1024;

/// The clones, one per multiple of [`CHECKPOINT_INTERVAL`] up to the furthest step.
#[derive(Clone, Debug)]
pub(super) struct Checkpoints {
    /// `sims[i]` is the state after `i * CHECKPOINT_INTERVAL` steps.
    sims: Vec<Simulation>,
    /// An upper bound on the heap bytes one clone owns, for [`Checkpoints::heap_bytes`].
    heap_per_clone: usize,
}

impl Checkpoints {
    /// Checkpoints holding `sim` (at step 0) as the first one.
    pub(super) fn new(sim: &Simulation) -> Checkpoints {
        Checkpoints {
            sims: vec![sim.clone()],
            heap_per_clone: heap_bound(sim.scenario()),
        }
    }

    /// Keeps a clone of `sim` if it has just reached the next multiple of the interval.
    pub(super) fn after_step(&mut self, sim: &Simulation) {
        if sim.steps() == self.sims.len() as u64 * CHECKPOINT_INTERVAL {
            self.sims.push(sim.clone());
        }
    }

    /// The latest checkpoint at or before `step`.
    pub(super) fn at_or_before(&self, step: u64) -> &Simulation {
        let i = usize::try_from(step / CHECKPOINT_INTERVAL).unwrap_or(usize::MAX);
        // `sims` is never empty: the step-0 clone is never dropped.
        &self.sims[i.min(self.sims.len() - 1)]
    }

    /// Drops the checkpoints after `step` (a different future is about to be written).
    pub(super) fn truncate_after(&mut self, step: u64) {
        let keep = usize::try_from(step / CHECKPOINT_INTERVAL + 1).unwrap_or(usize::MAX);
        self.sims.truncate(keep.max(1));
    }

    /// Heap bytes held: the vector of clones and, per clone, a bound on what it owns.
    pub(super) fn heap_bytes(&self) -> usize {
        self.sims.capacity() * size_of::<Simulation>() + self.sims.len() * self.heap_per_clone
    }

    /// A bound on the heap bytes a `Simulation` of this run owns (see [`heap_bound`]).
    pub(super) fn heap_per_clone(&self) -> usize {
        self.heap_per_clone
    }
}

/// Heap bytes per task a clone may own: its state, ready and wait queue entries, timer,
/// program counter and locals, metrics row, wake lists, and a share of B-tree nodes. A
/// counting allocator measured at most 155 in Go mode (4,944 bytes for 32 tasks);
/// `tests/history_memory.rs` checks the whole estimate against real allocations.
const HEAP_PER_TASK: usize = 256;
/// Heap bytes per buffer slot (a Go item is 16 bytes).
const HEAP_PER_SLOT: usize = 24;
/// Heap bytes per clone whatever its size: B-tree roots, a message string, and the
/// allocator's header on each of a dozen blocks.
const HEAP_FIXED: usize = 1024;

/// An upper bound on the heap bytes one `Simulation` of `scenario` owns.
pub(super) fn heap_bound(scenario: &Scenario) -> usize {
    HEAP_FIXED
        + scenario.task_count() * HEAP_PER_TASK
        + usize::from(scenario.capacity) * HEAP_PER_SLOT
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A seed run scaled up, with checkpoints taken after each of its first `steps` steps.
    fn checkpointed(steps: u64) -> (Checkpoints, Simulation) {
        let mut sim = Simulation::new(Scenario {
            items: 1000,
            produce_ms: vec![0],
            consume_ms: vec![0],
            ..Scenario::default()
        });
        let mut checkpoints = Checkpoints::new(&sim);
        for _ in 0..steps {
            assert_eq!(sim.run_to_end(1), 1);
            checkpoints.after_step(&sim);
        }
        (checkpoints, sim)
    }

    #[test]
    fn a_clone_is_kept_at_every_multiple_of_the_interval_and_only_there() {
        let (checkpoints, _) = checkpointed(3 * CHECKPOINT_INTERVAL + 5);
        let kept: Vec<u64> = checkpoints.sims.iter().map(Simulation::steps).collect();
        let i = CHECKPOINT_INTERVAL;
        assert_eq!(kept, vec![0, i, 2 * i, 3 * i]);
    }

    #[test]
    fn the_anchor_for_a_step_is_the_latest_checkpoint_at_or_before_it() {
        let (checkpoints, _) = checkpointed(2 * CHECKPOINT_INTERVAL + 5);
        let i = CHECKPOINT_INTERVAL;
        for (step, anchor) in [
            (0, 0),
            (i - 1, 0),
            (i, i),
            (2 * i - 1, i),
            (2 * i, 2 * i),
            (9 * i, 2 * i),
        ] {
            assert_eq!(
                checkpoints.at_or_before(step).steps(),
                anchor,
                "step {step}"
            );
        }
    }

    #[test]
    fn truncating_keeps_the_checkpoints_up_to_the_step_and_never_the_first_one() {
        let i = CHECKPOINT_INTERVAL;
        let (mut checkpoints, _) = checkpointed(3 * i);
        checkpoints.truncate_after(2 * i - 1);
        assert_eq!(checkpoints.sims.len(), 2);
        checkpoints.truncate_after(i);
        assert_eq!(checkpoints.sims.len(), 2, "the clone at step i stays");
        checkpoints.truncate_after(0);
        assert_eq!(checkpoints.sims.len(), 1);
    }

    #[test]
    fn the_heap_estimate_counts_the_vector_and_a_bound_per_clone() {
        let (checkpoints, sim) = checkpointed(2 * CHECKPOINT_INTERVAL);
        // The seed: 2 tasks and 2 slots.
        assert_eq!(heap_bound(sim.scenario()), 1024 + 2 * 256 + 2 * 24);
        assert_eq!(checkpoints.heap_per_clone(), heap_bound(sim.scenario()));
        let expected =
            checkpoints.sims.capacity() * size_of::<Simulation>() + 3 * heap_bound(sim.scenario());
        assert_eq!(checkpoints.heap_bytes(), expected);
    }
}
