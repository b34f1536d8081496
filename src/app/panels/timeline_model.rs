//! The timeline's drawing, computed once per history change: one SVG path per lane state
//! for all the swimlanes together, one path of ticks for "ran a statement", and the
//! buffer-occupancy step line.
//!
//! Everything is quantized to [`WIDTH`] columns (about a pixel each) while it is built, so
//! a state that lasted less than a column disappears into its neighbours and a million
//! steps draw with as many path commands as a hundred: the paths grow with the width, not
//! with the run.

use crate::sim::{TaskId, TaskState, WaitReason};

use super::timeline_paths::{LanePaths, OccupancyPath};

/// Columns across the plot (the SVG `viewBox` width).
pub const WIDTH: u32 = 1000;

/// A lane's state class over virtual time, as drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LaneState {
    /// Running or ready (only ever instants: time passes only when nothing can run).
    Runnable,
    /// Blocked sending: the buffer is full or, unbuffered, no receiver waits.
    SendBlocked,
    /// Blocked receiving: the buffer is empty.
    RecvBlocked,
    /// Blocked on a mutex, condition variable, semaphore or join.
    OtherBlocked,
    /// Sleeping on the virtual clock.
    Sleeping,
    /// Finished.
    Done,
}

impl LaneState {
    /// The states that take up time, in legend order.
    pub const DRAWN: [LaneState; 5] = [
        LaneState::Sleeping,
        LaneState::SendBlocked,
        LaneState::RecvBlocked,
        LaneState::OtherBlocked,
        LaneState::Done,
    ];

    /// The class a [`TaskState`] is drawn in.
    pub fn of(state: TaskState) -> LaneState {
        match state {
            TaskState::Running | TaskState::Ready => LaneState::Runnable,
            TaskState::Blocked(WaitReason::SendFull | WaitReason::SendNoReceiver) => {
                LaneState::SendBlocked
            }
            TaskState::Blocked(WaitReason::RecvEmpty) => LaneState::RecvBlocked,
            TaskState::Blocked(_) => LaneState::OtherBlocked,
            TaskState::Sleeping { .. } => LaneState::Sleeping,
            TaskState::Done => LaneState::Done,
        }
    }

    /// The CSS class suffix and pattern id suffix: `sleeping`, `send`, ...
    pub fn key(self) -> &'static str {
        match self {
            LaneState::Runnable => "runnable",
            LaneState::SendBlocked => "send",
            LaneState::RecvBlocked => "recv",
            LaneState::OtherBlocked => "other",
            LaneState::Sleeping => "sleeping",
            LaneState::Done => "done",
        }
    }

    /// The legend's words for it.
    pub fn label(self) -> &'static str {
        match self {
            LaneState::Runnable => "started running",
            LaneState::SendBlocked => "blocked sending (buffer full)",
            LaneState::RecvBlocked => "blocked receiving (buffer empty)",
            LaneState::OtherBlocked => "blocked on a lock or join",
            LaneState::Sleeping => "sleeping",
            LaneState::Done => "finished",
        }
    }
}

/// The plot's layout in `viewBox` units (vertical units are CSS pixels).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// Number of swimlanes (tasks).
    pub lanes: usize,
    /// Height of one lane.
    pub lane_h: f64,
    /// Top of the occupancy strip.
    pub occ_top: f64,
    /// Height of the occupancy strip.
    pub occ_h: f64,
}

impl Layout {
    /// Lanes get shorter when there are many, so 33 tasks still fit a phone screen.
    pub fn for_lanes(lanes: usize) -> Layout {
        let lane_h = if lanes <= 8 { 18.0 } else { 11.0 };
        let occ_h = 48.0;
        Layout {
            lanes,
            lane_h,
            occ_top: lanes as f64 * lane_h + 8.0,
            occ_h,
        }
    }

    /// Total height of the plot.
    pub fn height(&self) -> f64 {
        self.occ_top + self.occ_h
    }
}

/// Everything the timeline draws, ready for `<path d=..>`.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineModel {
    /// Geometry shared with the view.
    pub layout: Layout,
    /// Virtual time at the right edge, in ms (at least 1).
    pub end_ms: u64,
    /// One path per drawn state, in [`LaneState::DRAWN`] order; empty paths included.
    pub lanes: Vec<(LaneState, String)>,
    /// Ticks where a task ran a statement.
    pub ticks: String,
    /// The buffer-occupancy step line.
    pub occupancy: String,
    /// The occupancy line's full scale: the capacity (at least 1).
    pub scale: u16,
}

impl TimelineModel {
    /// Builds the drawing from a history's state changes `(time_ms, task, state)` and
    /// occupancy samples `(time_ms, len)`, both in time order, up to `end_ms`. Tasks start
    /// ready, with an empty buffer.
    pub fn build(
        tasks: usize,
        capacity: u16,
        end_ms: u64,
        changes: impl Iterator<Item = (u64, TaskId, TaskState)>,
        occupancy: impl Iterator<Item = (u64, u16)>,
    ) -> TimelineModel {
        let layout = Layout::for_lanes(tasks);
        let end_ms = end_ms.max(1);
        let column =
            |t: u64| (u128::from(t.min(end_ms)) * u128::from(WIDTH) / u128::from(end_ms)) as u32;
        let mut lanes = LanePaths::new(layout);
        for (time, task, state) in changes {
            if task < tasks {
                let running = state == TaskState::Running;
                lanes.change(task, column(time), LaneState::of(state), running);
            }
        }
        let scale = capacity.max(1);
        let mut occ = OccupancyPath::new(layout, scale);
        for (time, len) in occupancy {
            occ.sample(column(time), len);
        }
        let (lanes, ticks) = lanes.finish(WIDTH);
        TimelineModel {
            layout,
            end_ms,
            lanes,
            ticks,
            occupancy: occ.finish(WIDTH),
            scale,
        }
    }

    /// The column of virtual time `time_ms`, as a fraction-free `viewBox` x.
    pub fn x_of(&self, time_ms: u64) -> f64 {
        time_ms.min(self.end_ms) as f64 * f64::from(WIDTH) / self.end_ms as f64
    }
}
