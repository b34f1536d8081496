//! What a [`Run`] shows without changing it: the logs, the choices, time lookups for the
//! timeline, and its memory footprint.

use std::mem::size_of;

use super::{OccupancySample, Prints, Run, Timeline};

impl Run {
    /// The furthest step reached: the logs cover steps `0..=furthest_step()`.
    pub fn furthest_step(&self) -> u64 {
        self.furthest
    }

    /// Every logged print, up to the furthest step. A view rather than a slice: entries
    /// are stored packed and unpacked as they are read.
    pub fn prints(&self) -> Prints<'_> {
        self.log.prints()
    }

    /// The logged prints up to the current step (a binary search).
    pub fn prints_until_now(&self) -> Prints<'_> {
        self.log.prints().until_step(self.sim.steps())
    }

    /// Every task's state changes, up to the furthest step (step-0 entries first). A view
    /// rather than a slice: entries are stored packed and unpacked as they are read.
    pub fn timeline(&self) -> Timeline<'_> {
        self.log.timeline()
    }

    /// Buffer length changes, up to the furthest step (a step-0 entry first).
    pub fn occupancy(&self) -> &[OccupancySample] {
        self.log.occupancy()
    }

    /// The task of each step (`choices()[s]` runs step `s + 1`), for share links as a
    /// manual schedule; in manual mode it also holds choices not yet replayed.
    pub fn choices(&self) -> &[u8] {
        &self.choices
    }

    /// Virtual time after `step`, in ms (the furthest step's time beyond it).
    pub fn time_at_step(&self, step: u64) -> u64 {
        self.log.clock().time_at_step(step)
    }

    /// The first step at or after virtual time `time_ms` (the furthest step if none is).
    pub fn step_at_time(&self, time_ms: u64) -> u64 {
        self.log
            .clock()
            .step_at_time(time_ms)
            .unwrap_or(self.furthest)
    }

    /// Bytes this run holds: its logs' and choices' capacities times their element sizes,
    /// the checkpoints (with a bound on each clone's heap) and the current state.
    pub fn memory_bytes(&self) -> usize {
        size_of::<Run>()
            + self.choices.capacity()
            + self.overrides.capacity() * size_of::<u64>()
            + self.log.heap_bytes()
            + self.checkpoints.heap_bytes()
            + self.checkpoints.heap_per_clone()
    }
}
