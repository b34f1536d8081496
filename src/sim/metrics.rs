//! Run metrics accumulated as virtual time passes: occupancy over time, time per state,
//! throughput and buffer waits.
//!
//! Time only moves when the clock jumps (statements take no time), so every integral is
//! updated there, in O(tasks), never per statement.

use super::refill::Refill;
use super::task::{StateBucket, TaskState};

/// Accumulated figures for a run so far.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Metrics {
    /// Integral of buffer length over virtual time, in item·ms.
    pub occupancy_ms: u128,
    /// Largest buffer length seen.
    pub max_occupancy: usize,
    /// Per task, ms spent in each [`StateBucket`] (runnable, blocked, sleeping, done).
    pub time_in_state: Vec<[u64; 4]>,
}

impl Metrics {
    /// Empty metrics for `tasks` tasks.
    pub fn new(tasks: usize) -> Self {
        Metrics {
            occupancy_ms: 0,
            max_occupancy: 0,
            time_in_state: vec![[0; 4]; tasks],
        }
    }

    /// The clock moved by `dt_ms` with `buffered` items held and tasks in `states`.
    pub fn elapse(&mut self, dt_ms: u64, buffered: usize, states: &[TaskState]) {
        self.occupancy_ms += u128::from(dt_ms) * buffered as u128;
        for (times, state) in self.time_in_state.iter_mut().zip(states) {
            times[state.bucket() as usize] += dt_ms;
        }
    }

    /// A step ended with `buffered` items held.
    pub fn observe(&mut self, buffered: usize) {
        self.max_occupancy = self.max_occupancy.max(buffered);
    }

    /// Time-weighted mean buffer length up to `now_ms` (0 before any time passed).
    pub fn mean_occupancy(&self, now_ms: u64) -> f64 {
        if now_ms == 0 {
            0.0
        } else {
            self.occupancy_ms as f64 / now_ms as f64
        }
    }

    /// Share of elapsed time `task` spent blocked, 0..=1.
    pub fn blocked_share(&self, task: usize, now_ms: u64) -> f64 {
        match self.time_in_state.get(task) {
            Some(times) if now_ms > 0 => {
                times[StateBucket::Blocked as usize] as f64 / now_ms as f64
            }
            _ => 0.0,
        }
    }
}

impl Refill for Metrics {
    fn refill_from(&mut self, source: &Self) {
        let Metrics {
            occupancy_ms,
            max_occupancy,
            time_in_state,
        } = self;
        *occupancy_ms = source.occupancy_ms;
        *max_occupancy = source.max_occupancy;
        time_in_state.refill_from(&source.time_in_state);
    }
}
