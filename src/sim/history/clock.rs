//! The clock log: the steps at which virtual time moved, and to what. Every timed lookup
//! of the history (the time of a step, the step at a time, the time of a state change)
//! is a binary search here.

use std::mem::size_of;

use super::packing::{compact_step, push};

/// `(steps[i], times[i])`: after step `steps[i]` the clock reads `times[i]`, until the
/// next entry. Two vectors rather than one of pairs: 12 bytes an entry instead of 16.
#[derive(Clone, Debug)]
pub(super) struct Clock {
    steps: Vec<u32>,
    times: Vec<u64>,
}

impl Clock {
    /// A clock reading `time_ms` at `step` (the run's start).
    pub(super) fn new(step: u64, time_ms: u64) -> Clock {
        Clock {
            steps: vec![compact_step(step)],
            times: vec![time_ms],
        }
    }

    /// After `step` the clock reads `time_ms`: logged if it moved.
    pub(super) fn record(&mut self, step: u64, time_ms: u64) {
        if self.times.last() != Some(&time_ms) {
            push(&mut self.steps, compact_step(step));
            push(&mut self.times, time_ms);
        }
    }

    /// Forgets the moves after `step`.
    pub(super) fn truncate_after(&mut self, step: u64) {
        let keep = self.steps.partition_point(|&s| u64::from(s) <= step);
        self.steps.truncate(keep.max(1));
        self.times.truncate(keep.max(1));
    }

    /// Virtual time after `step` (the last logged time beyond the log).
    pub(super) fn time_at_step(&self, step: u64) -> u64 {
        let i = self.steps.partition_point(|&s| u64::from(s) <= step);
        i.checked_sub(1).map_or(0, |i| self.times[i])
    }

    /// The first step whose time is at least `time_ms`, if the log reaches that time.
    pub(super) fn step_at_time(&self, time_ms: u64) -> Option<u64> {
        let i = self.times.partition_point(|&t| t < time_ms);
        self.steps.get(i).map(|&s| u64::from(s))
    }

    /// Heap bytes held: capacities times element sizes.
    pub(super) fn heap_bytes(&self) -> usize {
        self.steps.capacity() * size_of::<u32>() + self.times.capacity() * size_of::<u64>()
    }
}
