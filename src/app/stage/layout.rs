//! Where everything sits on the stage, in SVG user units: producers in a column on the
//! left, consumers on the right, main (monitor and semaphore modes) below the buffer, and
//! the buffer in the middle as a ring of `capacity` slots, or a hand-off lane when the
//! channel is unbuffered. The `viewBox` grows with the counts; CSS scales it to fit.
//!
//! On a phone a wide drawing would shrink its text below reading size, so a *portrait*
//! layout puts producers in a row above the buffer and consumers in a row below it
//! (for up to [`PORTRAIT_MAX_ROW`] tasks a side).

use std::f64::consts::TAU;

use crate::sim::task::{Role, TaskId};

/// A point in SVG user units.
pub type Point = (f64, f64);

/// Task node size.
pub const NODE_W: f64 = 112.0;
/// Task node height.
pub const NODE_H: f64 = 46.0;
/// Vertical distance between two task nodes.
const ROW: f64 = 58.0;
/// Space around the drawing.
const PAD: f64 = 16.0;
/// Space above the drawing for the timer.
const TOP: f64 = 40.0;
/// Horizontal gap between a column of nodes and the buffer.
const GAP: f64 = 28.0;
/// Half the width of the ring's band of slots.
pub const BAND: f64 = 22.0;
/// Room outside the band for slot numbers and the "in" pointer with its label.
const OUTER: f64 = 52.0;
/// Horizontal distance between two nodes in a portrait row.
const COL: f64 = NODE_W + 12.0;
/// The most tasks a side the portrait layout puts in one row.
pub const PORTRAIT_MAX_ROW: usize = 3;
/// Smallest ring radius (to the middle of the band).
const MIN_RADIUS: f64 = 64.0;
/// Arc length given to each slot along the ring's middle.
const SLOT_ARC: f64 = 36.0;

/// The stage's geometry for one scenario's shape.
#[derive(Clone, Debug, PartialEq)]
pub struct StageLayout {
    /// `viewBox` width.
    pub width: f64,
    /// `viewBox` height.
    pub height: f64,
    /// Centre of the ring (or of the hand-off lane).
    pub center: Point,
    /// Radius of the middle of the band of slots (half the lane's length when unbuffered).
    pub radius: f64,
    /// Number of slots (0: unbuffered).
    pub capacity: usize,
    /// Where the timer sits, the origin of timer-wake arrows.
    pub timer: Point,
    producers: usize,
    consumers: usize,
    has_main: bool,
    /// Rows above and below the buffer instead of columns beside it.
    portrait: bool,
}

impl StageLayout {
    /// The layout for these counts; `narrow` asks for the portrait layout, which is used
    /// when no side has more than [`PORTRAIT_MAX_ROW`] tasks.
    pub fn new(
        producers: usize,
        consumers: usize,
        capacity: usize,
        has_main: bool,
        narrow: bool,
    ) -> Self {
        let radius = (capacity as f64 * SLOT_ARC / TAU).max(MIN_RADIUS);
        let mut layout = StageLayout {
            width: 0.0,
            height: 0.0,
            center: (0.0, 0.0),
            radius,
            capacity,
            timer: (0.0, 0.0),
            producers,
            consumers,
            has_main,
            portrait: narrow && producers.max(consumers) <= PORTRAIT_MAX_ROW,
        };
        let extent = radius + BAND + OUTER;
        let main_row = if has_main { ROW } else { 0.0 };
        if layout.portrait {
            let row = producers.max(consumers) as f64 * COL;
            layout.width = row.max(2.0 * extent) + 2.0 * PAD;
            layout.center = (layout.width / 2.0, TOP + PAD + NODE_H + GAP + extent);
            layout.height = layout.center.1 + extent + GAP + NODE_H + main_row + PAD;
        } else {
            let column = producers.max(consumers).max(1) as f64 * ROW;
            layout.width = 2.0 * (PAD + NODE_W + GAP + extent);
            layout.height = TOP + PAD * 2.0 + column.max(extent * 2.0) + main_row;
            layout.center = (
                layout.width / 2.0,
                TOP + PAD + column.max(extent * 2.0) / 2.0,
            );
        }
        // Portrait puts producers right under the top edge: the timer goes to a corner.
        layout.timer = if layout.portrait {
            (PAD + 12.0, TOP / 2.0 + 4.0)
        } else {
            (layout.width / 2.0, TOP / 2.0 + 4.0)
        };
        layout
    }

    /// True for the portrait layout (rows above and below the buffer).
    pub fn portrait(&self) -> bool {
        self.portrait
    }

    /// Where timer-wake arrows leave the clock face: its right side in portrait (the
    /// producers are beside it), its bottom otherwise.
    pub fn timer_exit(&self) -> Point {
        let (x, y) = self.timer;
        if self.portrait {
            (x + 13.0, y)
        } else {
            (x, y + 13.0)
        }
    }

    /// Centre of task `task`'s node.
    pub fn task(&self, task: TaskId) -> Point {
        if self.portrait {
            return self.portrait_task(task);
        }
        match Role::of(task, self.producers, self.consumers) {
            Role::Producer(k) => self.column(PAD + NODE_W / 2.0, usize::from(k), self.producers),
            Role::Consumer(k) => {
                let x = self.width - PAD - NODE_W / 2.0;
                self.column(x, usize::from(k), self.consumers)
            }
            Role::Main => (self.center.0, self.height - PAD - NODE_H / 2.0),
        }
    }

    /// True when `task` is drawn in the right-hand column (its tokens arrive from the left).
    fn on_right(&self, task: TaskId) -> bool {
        matches!(
            Role::of(task, self.producers, self.consumers),
            Role::Consumer(_)
        )
    }

    /// The angle of the middle of `slot`, in radians; slot 0 starts at the top, clockwise.
    pub fn slot_angle(&self, slot: usize) -> f64 {
        let per_slot = TAU / self.capacity.max(1) as f64;
        -TAU / 4.0 + (slot as f64 + 0.5) * per_slot
    }

    /// A point at `radius` from the centre, at `slot`'s angle.
    pub fn at_slot(&self, slot: usize, radius: f64) -> Point {
        let a = self.slot_angle(slot);
        (
            // The browser's Math, not Rust's libm: the same numbers, less wasm.
            self.center.0 + radius * js_sys::Math::cos(a),
            self.center.1 + radius * js_sys::Math::sin(a),
        )
    }

    /// Where a token sits in `slot`.
    pub fn slot(&self, slot: usize) -> Point {
        self.at_slot(slot, self.radius)
    }

    /// Where a token held by `task` is drawn: beside its node, on the buffer's side.
    pub fn held_by(&self, task: TaskId) -> Point {
        let (x, y) = self.task(task);
        if self.portrait {
            let below = matches!(
                Role::of(task, self.producers, self.consumers),
                Role::Producer(_)
            );
            let dy = NODE_H / 2.0 + 18.0;
            return (x, if below { y + dy } else { y - dy });
        }
        let offset = NODE_W / 2.0 + 24.0;
        if self.on_right(task) {
            (x - offset, y)
        } else if x < self.center.0 {
            (x + offset, y)
        } else {
            (x, y - NODE_H / 2.0 - 16.0)
        }
    }

    /// Portrait: producers in a row above the ring, consumers below, main below them.
    fn portrait_task(&self, task: TaskId) -> Point {
        let extent = self.radius + BAND + OUTER;
        let in_row = |index: usize, count: usize, y: f64| {
            let left = self.center.0 - count as f64 * COL / 2.0 + COL / 2.0;
            (left + index as f64 * COL, y)
        };
        let below = self.center.1 + extent + GAP + NODE_H / 2.0;
        match Role::of(task, self.producers, self.consumers) {
            Role::Producer(k) => in_row(usize::from(k), self.producers, TOP + PAD + NODE_H / 2.0),
            Role::Consumer(k) => in_row(usize::from(k), self.consumers, below),
            Role::Main => (self.center.0, below + ROW),
        }
    }

    /// The y of row `index` of `count` rows, centred on the ring.
    fn column(&self, x: f64, index: usize, count: usize) -> Point {
        let top = self.center.1 - count as f64 * ROW / 2.0 + ROW / 2.0;
        (x, top + index as f64 * ROW)
    }
}
