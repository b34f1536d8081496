//! The append-only logs a [`Run`](super::Run) keeps for every step it has reached: prints,
//! task state changes, buffer occupancy and clock moves.
//!
//! Each log is sorted by step, so "what was true at step s" is a binary search. Entries
//! are written only when something changed, and packed (`packing.rs`), which keeps a
//! million-step run within the 64 MB budget.

use std::mem::size_of;

use super::clock::Clock;
use super::packing::{compact_len, push};
use super::prints::{PrintLog, Prints};
use super::timeline::{Timeline, TimelineLog};
use crate::sim::simulation::Simulation;
use crate::sim::task::TaskState;

/// The buffer's length changed (an entry at step 0 gives the initial, empty buffer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OccupancySample {
    /// The step after which the buffer holds `len` items.
    pub step: u64,
    /// Virtual time after that step, in ms.
    pub time_ms: u64,
    /// Items in the buffer.
    pub len: u16,
}

/// The logs, plus what the furthest step looked like so the next step can be diffed.
#[derive(Clone, Debug)]
pub(super) struct Log {
    prints: PrintLog,
    timeline: TimelineLog,
    occupancy: Vec<OccupancySample>,
    clock: Clock,
    /// Every task's state at the furthest step (its last logged state).
    last_states: Vec<TaskState>,
    last_len: u16,
}

impl Log {
    /// Logs holding `sim`'s initial state as step-0 entries: every task's state, the
    /// buffer's length and the clock.
    pub(super) fn new(sim: &Simulation) -> Log {
        let (step, time_ms) = (sim.steps(), sim.kernel().now_ms());
        let states = sim.kernel().states();
        let len = buffer_len(sim);
        let mut timeline = TimelineLog::default();
        for (task, &state) in states.iter().enumerate() {
            timeline.push(step, time_ms, task, state);
        }
        Log {
            prints: PrintLog::default(),
            timeline,
            occupancy: vec![OccupancySample { step, time_ms, len }],
            clock: Clock::new(step, time_ms),
            last_states: states.to_vec(),
            last_len: len,
        }
    }

    /// Appends what the step that brought `sim` to a new furthest step changed.
    pub(super) fn record(&mut self, sim: &Simulation) {
        let step = sim.steps();
        let time_ms = sim.kernel().now_ms();
        self.clock.record(step, time_ms);
        let event = sim.event();
        if let Some(print) = event.print {
            self.prints.push(step, event.task, print);
        }
        let states = sim.kernel().states().iter();
        for (task, (&state, last)) in states.zip(&mut self.last_states).enumerate() {
            if state != *last {
                *last = state;
                self.timeline.push(step, time_ms, task, state);
            }
        }
        let len = buffer_len(sim);
        if len != self.last_len {
            self.last_len = len;
            push(&mut self.occupancy, OccupancySample { step, time_ms, len });
        }
    }

    /// Forgets every entry after `sim`'s step, which becomes the furthest step again.
    pub(super) fn truncate_after(&mut self, sim: &Simulation) {
        let step = sim.steps();
        self.prints.truncate_after(step);
        self.timeline.truncate_after(step);
        let keep = self.occupancy.partition_point(|r| r.step <= step);
        self.occupancy.truncate(keep);
        self.clock.truncate_after(step);
        // The state at `step` is exactly what the logs say up to `step`.
        self.last_states.clear();
        self.last_states.extend_from_slice(sim.kernel().states());
        self.last_len = buffer_len(sim);
    }

    /// Every print logged.
    pub(super) fn prints(&self) -> Prints<'_> {
        Prints::new(&self.prints, &self.clock)
    }

    /// Every state change logged.
    pub(super) fn timeline(&self) -> Timeline<'_> {
        Timeline::new(&self.timeline, &self.clock)
    }

    /// Every buffer length change logged.
    pub(super) fn occupancy(&self) -> &[OccupancySample] {
        &self.occupancy
    }

    /// The clock log.
    pub(super) fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Heap bytes held: capacities times element sizes.
    pub(super) fn heap_bytes(&self) -> usize {
        self.prints.heap_bytes()
            + self.timeline.heap_bytes()
            + self.occupancy.capacity() * size_of::<OccupancySample>()
            + self.clock.heap_bytes()
            + self.last_states.capacity() * size_of::<TaskState>()
    }
}

/// The buffer's length as logged.
fn buffer_len(sim: &Simulation) -> u16 {
    compact_len(sim.world().buffered())
}
