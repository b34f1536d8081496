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

use super::metrics::{Metrics, HALF_LINE};

mod reach;

/// Room the timer and its label take in the top left corner, beside the producers' row.
const TIMER_ROOM: f64 = 40.0;

/// A point in SVG user units.
pub type Point = (f64, f64);

/// The most tasks a side the portrait layout puts in one row.
pub const PORTRAIT_MAX_ROW: usize = 3;

/// What the stage has to draw: the counts its geometry depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StageShape {
    /// Producers (the left column, or the top row).
    pub producers: usize,
    /// Consumers (the right column, or the bottom row).
    pub consumers: usize,
    /// Buffer slots (0: unbuffered).
    pub capacity: usize,
    /// A main thread below the buffer (monitor and semaphore modes).
    pub has_main: bool,
    /// Characters in the "in" pointer's label (`in`, or OSTEP's `fill_ptr`).
    pub pointer_label: usize,
}

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
    /// The distances this layout uses, which the views draw with too.
    pub m: &'static Metrics,
    producers: usize,
    consumers: usize,
    /// Rows above and below the buffer instead of columns beside it.
    portrait: bool,
    /// Portrait: how far the buffer's drawing reaches above and below its centre.
    reach: (f64, f64),
}

impl StageLayout {
    /// The layout for `shape` with the distances `m`; `narrow` asks for the portrait
    /// layout, which is used when no side has more than [`PORTRAIT_MAX_ROW`] tasks.
    pub fn new(shape: StageShape, m: &'static Metrics, narrow: bool) -> Self {
        let StageShape {
            producers,
            consumers,
            capacity,
            has_main,
            pointer_label,
        } = shape;
        let radius = (capacity as f64 * m.slot_arc / TAU).max(m.min_radius);
        let mut layout = StageLayout {
            width: 0.0,
            height: 0.0,
            center: (0.0, 0.0),
            radius,
            capacity,
            timer: (0.0, 0.0),
            m,
            producers,
            consumers,
            portrait: narrow && producers.max(consumers) <= PORTRAIT_MAX_ROW,
            reach: (0.0, 0.0),
        };
        let extent = radius + m.band + m.outer;
        let main_row = if has_main { m.row } else { 0.0 };
        if layout.portrait {
            let row = producers.max(consumers) as f64 * m.col;
            layout.width = row.max(2.0 * layout.side_reach(pointer_label)) + 2.0 * m.pad;
            let (above, below) = layout.vertical_reach();
            layout.reach = (above, below);
            // The timer goes to the top left corner: beside the producers' row when the
            // row leaves it room, above the row otherwise.
            let row_left = (layout.width - producers as f64 * m.col + m.col - m.node_w) / 2.0;
            let top = if row_left >= m.pad + TIMER_ROOM {
                0.0
            } else {
                m.top
            };
            layout.center = (layout.width / 2.0, top + m.pad + m.node_h + m.gap + above);
            layout.height = layout.center.1 + below + m.gap + m.node_h + main_row + m.pad;
            let timer_y = if top == 0.0 {
                m.pad + 12.0
            } else {
                top / 2.0 + 4.0
            };
            layout.timer = (m.pad + 12.0, timer_y);
        } else {
            // The columns of nodes and the ring share a centre line; each reaches up and
            // down as far as it must.
            let (above, below) = layout.vertical_reach();
            layout.reach = (above, below);
            let half_column = producers.max(consumers).max(1) as f64 * m.row / 2.0;
            layout.width = 2.0 * (m.pad + m.node_w + m.gap + extent);
            layout.center = (layout.width / 2.0, m.top + m.pad + half_column.max(above));
            layout.height = layout.center.1 + half_column.max(below) + main_row + m.pad;
            layout.timer = (layout.width / 2.0, m.top / 2.0 + 4.0);
        }
        layout
    }

    /// How many times its own size the drawing is shown in a `width` × `height` box
    /// (CSS px), as `preserveAspectRatio="xMidYMid meet"` scales it.
    pub fn scale_in(&self, width: f64, height: f64) -> f64 {
        (width / self.width).min(height / self.height)
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
            Role::Producer(k) => self.column(
                self.m.pad + self.m.node_w / 2.0,
                usize::from(k),
                self.producers,
            ),
            Role::Consumer(k) => {
                let x = self.width - self.m.pad - self.m.node_w / 2.0;
                self.column(x, usize::from(k), self.consumers)
            }
            Role::Main => (
                self.center.0,
                self.height - self.m.pad - self.m.node_h / 2.0,
            ),
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
            let dy = self.m.node_h / 2.0 + 18.0;
            return (x, if below { y + dy } else { y - dy });
        }
        let offset = self.m.node_w / 2.0 + 24.0;
        if self.on_right(task) {
            (x - offset, y)
        } else if x < self.center.0 {
            (x + offset, y)
        } else {
            (x, y - self.m.node_h / 2.0 - 16.0)
        }
    }

    /// The y of row `index` of `count` rows, centred on the ring.
    fn column(&self, x: f64, index: usize, count: usize) -> Point {
        let top = self.center.1 - count as f64 * self.m.row / 2.0 + self.m.row / 2.0;
        (x, top + index as f64 * self.m.row)
    }
}
