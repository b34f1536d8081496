//! What the timeline draws: the state classes of its lanes, its geometry, and the finished
//! drawing ([`TimelineModel`]): one SVG path per lane state for all the swimlanes together,
//! one path of ticks for "started running", and the buffer-occupancy step line.
//!
//! Everything is quantized to [`WIDTH`] columns (about a pixel each) while it is built
//! (`timeline_builder.rs`), so a state that lasted less than a column disappears into its
//! neighbours and a million steps draw with as many path commands as a hundred: the paths
//! grow with the width, not with the run.

use crate::sim::{TaskState, WaitReason};

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
            TaskState::Done | TaskState::Failed => LaneState::Done,
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
            LaneState::OtherBlocked => "waiting on a mutex, condition variable, semaphore or join",
            LaneState::Sleeping => "sleeping",
            LaneState::Done => "finished",
        }
    }
}

/// The plot's layout in `viewBox` units (vertical units are CSS pixels). Whole numbers, so
/// paths are written without formatting a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Number of swimlanes (tasks).
    pub lanes: u32,
    /// Height of one lane.
    pub lane_h: u32,
    /// Top of the occupancy strip.
    pub occ_top: u32,
    /// Height of the occupancy strip.
    pub occ_h: u32,
}

impl Layout {
    /// Lanes get shorter when there are many, so 33 tasks still fit a phone screen.
    pub fn for_lanes(lanes: usize) -> Layout {
        let lanes = u32::try_from(lanes).unwrap_or(u32::MAX);
        let lane_h = if lanes <= 8 { 18 } else { 11 };
        Layout {
            lanes,
            lane_h,
            occ_top: lanes.saturating_mul(lane_h) + 8,
            occ_h: 48,
        }
    }

    /// Total height of the plot.
    pub fn height(&self) -> u32 {
        self.occ_top + self.occ_h
    }
}

/// What the timeline's x axis counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Axis {
    /// Virtual time, in ms: when the history's clock has moved at all.
    Time,
    /// Steps: when virtual time never moved (OSTEP runs without sleeps, zero-sleep Go
    /// runs), so a time axis would put the whole run at x = 0.
    Steps,
}

impl Axis {
    /// The axis for a history whose furthest step is at `reached_ms`.
    pub fn for_history(reached_ms: u64) -> Axis {
        if reached_ms == 0 {
            Axis::Steps
        } else {
            Axis::Time
        }
    }

    /// The right end for a history reaching `reached` (ms or steps): see [`axis_end`].
    pub fn end(self, reached: u64) -> u64 {
        match self {
            Axis::Time => axis_end(reached),
            Axis::Steps => nice_at_least(reached, 1),
        }
    }

    /// The unit under the axis: `ms` or `steps`.
    pub fn unit(self) -> &'static str {
        match self {
            Axis::Time => "ms",
            Axis::Steps => "steps",
        }
    }
}

/// The time axis' right end for a history reaching `reached_ms`: the next "nice" time
/// (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten ms, at least 1000 ms). The
/// drawing then keeps its scale while the history grows, and is extended instead of redrawn,
/// until the history passes that end; the history always fills more than 3/4 of the axis.
pub fn axis_end(reached_ms: u64) -> u64 {
    nice_at_least(reached_ms, 100)
}

/// The first of 10, 12, 15, 20, 25, 30, 40, 50, 60, 80 times `decade`, then times each
/// further power of ten, that is at least `reached`.
fn nice_at_least(reached: u64, mut decade: u64) -> u64 {
    const NICE: [u64; 10] = [10, 12, 15, 20, 25, 30, 40, 50, 60, 80];
    loop {
        for m in NICE {
            let end = m.saturating_mul(decade);
            if end >= reached || end == u64::MAX {
                return end;
            }
        }
        decade = decade.saturating_mul(10);
    }
}

/// Everything the timeline draws, ready for `<path d=..>`.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineModel {
    /// Geometry shared with the view.
    pub layout: Layout,
    /// What x counts: virtual time, or steps when the clock never moved.
    pub axis: Axis,
    /// The right edge, in the axis' unit (ms or steps; see [`Axis::end`]).
    pub end_ms: u64,
    /// How far the history has reached, in the axis' unit: the drawing stops there.
    pub reached_ms: u64,
    /// One path per drawn state, in [`LaneState::DRAWN`] order; empty paths included.
    pub lanes: Vec<(LaneState, String)>,
    /// Ticks where a task started running.
    pub ticks: String,
    /// The buffer-occupancy step line.
    pub occupancy: String,
    /// The occupancy line's full scale: the capacity (at least 1).
    pub scale: u16,
}

impl TimelineModel {
    /// The `viewBox` x of `time_ms` in the axis' unit (a step on a step axis).
    pub fn x_of(&self, time_ms: u64) -> f64 {
        time_ms.min(self.end_ms) as f64 * f64::from(WIDTH) / self.end_ms.max(1) as f64
    }
}

/// The column of virtual time `time_ms` on an axis ending at `end_ms`.
pub fn column(time_ms: u64, end_ms: u64) -> u32 {
    let end = u128::from(end_ms.max(1));
    (u128::from(time_ms.min(end_ms)) * u128::from(WIDTH) / end) as u32
}
