//! How far the buffer's drawing reaches around its centre, so that the nodes sit just
//! clear of it (in both layouts), and where the portrait layout's rows put each task.

use crate::sim::task::{Role, TaskId};

use super::{Point, StageLayout, HALF_LINE};

/// Half the width of the hand-off lane's label, "no buffer: direct hand-off".
const LANE_LABEL_HALF: f64 = 88.0;

/// The average width of a character of a pointer's label (bold, 13 user units).
const POINTER_CHAR_W: f64 = 7.5;

impl StageLayout {
    /// Half the width of a pointer label of `chars` characters, with a little air.
    pub fn pointer_label_half(chars: usize) -> f64 {
        chars as f64 * POINTER_CHAR_W / 2.0 + 2.0
    }

    /// Portrait: how far the buffer's drawing reaches left and right of its centre, with
    /// an "in" label of `label_chars` characters.
    pub(super) fn side_reach(&self, label_chars: usize) -> f64 {
        let label_half = Self::pointer_label_half(label_chars);
        let m = self.m;
        let numbers = self.radius + m.band + m.number_at + HALF_LINE;
        if self.capacity == 0 {
            // The lane is narrow; its label above it is not.
            return (self.radius + 4.0).max(LANE_LABEL_HALF);
        }
        let label = self.radius + m.band + m.in_from + 10.0;
        (0..self.capacity).fold(numbers, |reach, slot| {
            let cos = js_sys::Math::cos(self.slot_angle(slot));
            reach.max(cos.abs() * label + label_half)
        })
    }

    /// How far the buffer's drawing reaches above and below its centre. The
    /// "in" pointer's label, the farthest thing from the ring, only reaches up or down
    /// as far as some slot lies in that direction, so a ring whose slots sit left and
    /// right (capacity 2) needs no more than its band.
    pub(super) fn vertical_reach(&self) -> (f64, f64) {
        let m = self.m;
        let band = self.radius + m.band + 4.0;
        if self.capacity == 0 {
            // The lane (upright in portrait, level otherwise), its label above it.
            let half = if self.portrait { self.radius } else { m.band };
            return (half + 12.0 + HALF_LINE, half + 4.0);
        }
        let label = self.radius + m.band + m.in_from + 10.0;
        let (mut above, mut below) = (band, band);
        for slot in 0..self.capacity {
            let sin = js_sys::Math::sin(self.slot_angle(slot));
            above = above.max(-sin * label + HALF_LINE);
            below = below.max(sin * label + HALF_LINE);
        }
        (above, below)
    }

    /// Portrait: producers in a row above the ring, consumers below, main below them.
    pub(super) fn portrait_task(&self, task: TaskId) -> Point {
        let m = self.m;
        let in_row = |index: usize, count: usize, y: f64| {
            let left = self.center.0 - count as f64 * m.col / 2.0 + m.col / 2.0;
            (left + index as f64 * m.col, y)
        };
        let below = self.center.1 + self.reach.1 + m.gap + m.node_h / 2.0;
        match Role::of(task, self.producers, self.consumers) {
            Role::Producer(k) => {
                let y = self.center.1 - self.reach.0 - m.gap - m.node_h / 2.0;
                in_row(usize::from(k), self.producers, y)
            }
            Role::Consumer(k) => in_row(usize::from(k), self.consumers, below),
            Role::Main => (self.center.0, below + m.row),
        }
    }
}
