//! Which layout the stage draws. Given the box it is drawn in (a fixed-size embed's
//! frame, or the page's stage column under the drawing's height cap), the stage takes
//! the first layout in which its smallest text is readable, and otherwise the one that
//! draws its text largest. Until the box is measured, and in the presentation view, it
//! follows the screen: landscape, or portrait on a phone.

use super::layout::{StageLayout, StageShape};
use super::metrics::{COMPACT, REGULAR};

/// The smallest font size on the stage, in user units (the slot numbers, a node's state
/// and a token's value: `static/lab.css`).
const SMALLEST_FONT: f64 = 11.0;

/// The smallest stage text, in CSS px, that a layout must give to count as readable.
const READABLE_PX: f64 = 11.0;

/// How the stage chooses its layout.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StageFit {
    /// By the screen: portrait when `narrow` (phone width), landscape otherwise.
    Screen {
        /// The viewport is phone-narrow.
        narrow: bool,
    },
    /// To a box of this size in CSS px, which the stage fills whatever its drawing.
    Box {
        /// The box's width.
        width: f64,
        /// The box's height.
        height: f64,
    },
}

impl StageFit {
    /// The layout to draw `shape` with.
    pub fn layout(self, shape: StageShape) -> StageLayout {
        let (width, height) = match self {
            StageFit::Screen { narrow } => return StageLayout::new(shape, &REGULAR, narrow),
            StageFit::Box { width, height } => (width, height),
        };
        // The page's own landscape drawing first; tighter and taller ones after it. Each
        // is built only when the ones before it read too small (the stage redraws on
        // every frame while playing, and a wide screen takes the first).
        let text_px = |layout: &StageLayout| layout.scale_in(width, height) * SMALLEST_FONT;
        let mut largest = StageLayout::new(shape, &REGULAR, false);
        if text_px(&largest) >= READABLE_PX {
            return largest;
        }
        for (m, narrow) in [(&REGULAR, true), (&COMPACT, true), (&COMPACT, false)] {
            let layout = StageLayout::new(shape, m, narrow);
            if text_px(&layout) >= READABLE_PX {
                return layout;
            }
            if text_px(&layout) > text_px(&largest) {
                largest = layout;
            }
        }
        largest
    }
}
