//! Builds the timeline's drawing from a history [`Run`], incrementally: while the history
//! grows within the same time axis, only the new state changes and occupancy samples are
//! drawn, so a frame of fast playback costs what its new steps cost, not what the whole
//! history costs.
//!
//! The drawing starts over when the axis must stretch (the history passed its end, see
//! [`axis_end`]), when a different run is shown, or when the history's tail was rewritten
//! (a different manual choice made after stepping back).

use crate::sim::history::{OccupancySample, Run, StateChange};
use crate::sim::scenario::Scenario;
use crate::sim::Mode;
use crate::sim::TaskState;

use super::timeline_model::{column, Axis, LaneState, Layout, TimelineModel};
use super::timeline_paths::{LanePaths, OccupancyPath};

/// The drawing so far, and how much of the history it has taken in.
#[derive(Clone, Debug)]
pub struct TimelineBuilder {
    axis: Axis,
    end_ms: u64,
    scale: u16,
    layout: Layout,
    lanes: LanePaths,
    occupancy: OccupancyPath,
    /// State changes drawn, and the last of them (to notice a rewritten tail).
    changes: usize,
    last_change: Option<StateChange>,
    /// Occupancy samples drawn, and the last of them.
    samples: usize,
    last_sample: Option<OccupancySample>,
}

impl TimelineBuilder {
    /// An empty drawing of `run`'s tasks on an axis ending at `end_ms`.
    fn empty(run: &Run, axis: Axis, end_ms: u64) -> TimelineBuilder {
        let scenario = run.sim().scenario();
        let layout = Layout::for_lanes(scenario.task_count());
        let scale = u16::from(scenario.capacity).max(1);
        TimelineBuilder {
            axis,
            end_ms,
            scale,
            layout,
            lanes: LanePaths::new(layout),
            occupancy: OccupancyPath::new(layout, scale),
            changes: 0,
            last_change: None,
            samples: 0,
            last_sample: None,
        }
    }

    /// The drawing of `run`'s whole history, from scratch.
    pub fn new(run: &Run) -> TimelineBuilder {
        let (axis, reached) = reach(run);
        let mut builder = TimelineBuilder::empty(run, axis, axis.end(reached));
        builder.take_in(run);
        builder
    }

    /// Brings the drawing up to `run`'s history (the same run as before, or starts over if
    /// it is not) and returns it.
    pub fn update(&mut self, run: &Run) -> TimelineModel {
        let (axis, reached) = reach(run);
        if axis != self.axis || axis.end(reached) != self.end_ms || !self.continues_into(run) {
            *self = TimelineBuilder::new(run);
        } else {
            self.take_in(run);
        }
        let end = column(reached, self.end_ms);
        let (lanes, ticks) = self.lanes.drawn(end);
        TimelineModel {
            axis: self.axis,
            layout: self.layout,
            end_ms: self.end_ms,
            reached_ms: reached,
            lanes,
            ticks,
            occupancy: self.occupancy.drawn(end),
            scale: self.scale,
        }
    }

    /// True when what was drawn is still the start of `run`'s logs.
    fn continues_into(&self, run: &Run) -> bool {
        let timeline = run.timeline();
        let occupancy = run.occupancy();
        let scenario = run.sim().scenario();
        scenario.task_count() == self.layout.lanes as usize
            && u16::from(scenario.capacity).max(1) == self.scale
            && timeline.len() >= self.changes
            && occupancy.len() >= self.samples
            && self.changes.checked_sub(1).and_then(|i| timeline.get(i)) == self.last_change
            && self
                .samples
                .checked_sub(1)
                .and_then(|i| occupancy.get(i))
                .copied()
                == self.last_sample
    }

    /// Where an entry logged after `step` at `time_ms` sits on this axis.
    fn at(&self, time_ms: u64, step: u64) -> u64 {
        match self.axis {
            Axis::Time => time_ms,
            Axis::Steps => step,
        }
    }

    /// Draws the log entries not drawn yet.
    fn take_in(&mut self, run: &Run) {
        let timeline = run.timeline();
        for i in self.changes..timeline.len() {
            let Some(change) = timeline.get(i) else { break };
            let x = column(self.at(change.time_ms, change.step), self.end_ms);
            let (state, running) = (
                LaneState::of(change.state),
                change.state == TaskState::Running,
            );
            if (change.task as u32) < self.layout.lanes {
                self.lanes.change(change.task, x, state, running);
            }
            self.last_change = Some(change);
        }
        self.changes = timeline.len();
        let occupancy = run.occupancy();
        for sample in &occupancy[self.samples..] {
            let x = column(self.at(sample.time_ms, sample.step), self.end_ms);
            self.occupancy.sample(x, sample.len);
        }
        self.samples = occupancy.len();
        self.last_sample = occupancy.last().copied();
    }
}

/// The axis `run` is drawn on, and how far along it the history reaches. A scenario
/// that sleeps gets a time axis from step 0 (its clock will move), so the axis does not
/// switch from steps to time at the first sleep.
fn reach(run: &Run) -> (Axis, u64) {
    let reached_ms = run.time_at_step(run.furthest_step());
    if sleeps(run.sim().scenario()) {
        return (Axis::Time, reached_ms);
    }
    match Axis::for_history(reached_ms) {
        Axis::Time => (Axis::Time, reached_ms),
        Axis::Steps => (Axis::Steps, run.furthest_step()),
    }
}

/// True when some task of `scenario` sleeps: Go's `time.Sleep` of a non-zero duration, or
/// a non-zero entry in an OSTEP sleep string.
fn sleeps(scenario: &Scenario) -> bool {
    match scenario.mode {
        Mode::Go => scenario
            .produce_ms
            .iter()
            .chain(&scenario.consume_ms)
            .any(|&ms| ms > 0),
        _ => [&scenario.psleep, &scenario.csleep]
            .iter()
            .any(|s| s.pieces().iter().flatten().any(|&secs| secs > 0)),
    }
}
