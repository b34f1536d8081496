//! Path builders for the timeline: swimlane rectangles merged per state and column, and the
//! occupancy step line reduced to its extremes per column.
//!
//! Both receive columns already quantized (see `timeline_model.rs`), so their output is
//! bounded by the plot's width whatever the length of the run. Both can be fed more of a
//! growing history later: [`LanePaths::drawn`] and [`OccupancyPath::drawn`] close what is
//! still open on a copy and leave the builder as it was.

use std::fmt::Write;

use super::timeline_model::{LaneState, Layout};

/// A segment waiting to be written, in case the next one continues it.
#[derive(Clone, Copy, Debug)]
struct Segment {
    x0: u32,
    x1: u32,
    state: LaneState,
}

/// One lane's progress: the state it is in since column `since`.
#[derive(Clone, Debug)]
struct Lane {
    state: LaneState,
    since: u32,
    pending: Option<Segment>,
    last_tick: Option<u32>,
}

/// Builds one path per drawn state across every lane, plus the ticks path.
#[derive(Clone, Debug)]
pub struct LanePaths {
    layout: Layout,
    lanes: Vec<Lane>,
    paths: Vec<(LaneState, String)>,
    ticks: String,
}

impl LanePaths {
    /// Every lane starts ready at column 0.
    pub fn new(layout: Layout) -> Self {
        let lane = || Lane {
            state: LaneState::Runnable,
            since: 0,
            pending: None,
            last_tick: None,
        };
        LanePaths {
            layout,
            lanes: (0..layout.lanes).map(|_| lane()).collect(),
            paths: LaneState::DRAWN
                .iter()
                .map(|&s| (s, String::new()))
                .collect(),
            ticks: String::new(),
        }
    }

    /// Task `task` entered `state` at column `x`; `running` marks it ran a statement.
    pub fn change(&mut self, task: usize, x: u32, state: LaneState, running: bool) {
        if running && self.lanes[task].last_tick != Some(x) {
            self.lanes[task].last_tick = Some(x);
            let (y, h) = self.band(task);
            let _ = write!(self.ticks, "M{x} {y}v{h}");
        }
        if self.lanes[task].state != state {
            self.close(task, x);
            let lane = &mut self.lanes[task];
            lane.state = state;
            lane.since = x;
        }
    }

    /// The paths so far, every lane's current state drawn up to column `end`.
    pub fn drawn(&self, end: u32) -> (Vec<(LaneState, String)>, String) {
        self.clone().finish(end)
    }

    /// Closes every lane at column `end` and returns the state paths and the ticks.
    fn finish(mut self, end: u32) -> (Vec<(LaneState, String)>, String) {
        for task in 0..self.lanes.len() {
            self.close(task, end);
            if let Some(seg) = self.lanes[task].pending.take() {
                self.write(task, seg);
            }
        }
        (self.paths, self.ticks)
    }

    /// Ends the lane's current state at column `x`, merging it into the pending segment
    /// when it continues it; a state shorter than a column leaves no segment at all.
    fn close(&mut self, task: usize, x: u32) {
        let lane = &mut self.lanes[task];
        if x <= lane.since || lane.state == LaneState::Runnable {
            return;
        }
        let seg = Segment {
            x0: lane.since,
            x1: x,
            state: lane.state,
        };
        match &mut lane.pending {
            Some(p) if p.state == seg.state && p.x1 >= seg.x0 => p.x1 = seg.x1,
            _ => {
                if let Some(done) = lane.pending.replace(seg) {
                    self.write(task, done);
                }
            }
        }
    }

    fn write(&mut self, task: usize, seg: Segment) {
        let (y, h) = self.band(task);
        let w = seg.x1 - seg.x0;
        if let Some((_, d)) = self.paths.iter_mut().find(|(s, _)| *s == seg.state) {
            let _ = write!(d, "M{} {y}h{w}v{h}h-{w}z", seg.x0);
        }
    }

    /// Top and height of lane `task`'s band, leaving a gap between lanes.
    fn band(&self, task: usize) -> (usize, u32) {
        let l = self.layout;
        (task * l.lane_h as usize + 2, l.lane_h - 4)
    }
}

/// Builds the occupancy step line, at most four commands per column.
#[derive(Clone, Debug)]
pub struct OccupancyPath {
    layout: Layout,
    scale: u16,
    d: String,
    column: u32,
    /// The length the line is drawn at so far.
    level: u16,
    /// Lowest, highest and latest length in the current column.
    min: u16,
    max: u16,
    last: u16,
}

impl OccupancyPath {
    /// Starts at an empty buffer at time 0.
    pub fn new(layout: Layout, scale: u16) -> Self {
        let mut path = OccupancyPath {
            layout,
            scale,
            d: String::new(),
            column: 0,
            level: 0,
            min: 0,
            max: 0,
            last: 0,
        };
        path.d = format!("M0 {}", path.y(0));
        path
    }

    /// The buffer held `len` items from column `x` on.
    pub fn sample(&mut self, x: u32, len: u16) {
        if x != self.column {
            self.flush();
            let _ = write!(self.d, "H{x}");
            self.column = x;
            self.min = len;
            self.max = len;
        }
        self.min = self.min.min(len);
        self.max = self.max.max(len);
        self.last = len;
    }

    /// The path so far, the latest length drawn up to column `end`.
    pub fn drawn(&self, end: u32) -> String {
        let mut done = self.clone();
        done.flush();
        let _ = write!(done.d, "H{end}");
        done.d
    }

    fn flush(&mut self) {
        for len in [self.min, self.max, self.last] {
            if len != self.level {
                self.level = len;
                let _ = write!(self.d, "V{}", self.y(len));
            }
        }
    }

    /// The line's height for `len` items: full scale one pixel inside the strip's top.
    fn y(&self, len: u16) -> u32 {
        let l = self.layout;
        let rise = u32::from(len.min(self.scale)) * (l.occ_h - 2) / u32::from(self.scale);
        l.occ_top + l.occ_h - 1 - rise
    }
}
