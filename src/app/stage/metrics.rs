//! The stage's spacing, in SVG user units: node sizes, gaps, the ring's band and where its
//! pointers and numbers sit. Two sets: [`REGULAR`], the page's, and [`COMPACT`], for a
//! small fixed-size embed, whose tighter drawing is scaled up more so that the same font
//! sizes (set in CSS, in user units) come out larger on screen.

/// One set of distances for [`super::StageLayout`] and the views that draw it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    /// Task node width.
    pub node_w: f64,
    /// Task node height.
    pub node_h: f64,
    /// Vertical distance between two task nodes in a column.
    pub row: f64,
    /// Horizontal distance between two nodes in a portrait row.
    pub col: f64,
    /// Space around the drawing.
    pub pad: f64,
    /// Space above the drawing for the timer, when it cannot sit beside the nodes.
    pub top: f64,
    /// Gap between the nodes and the buffer.
    pub gap: f64,
    /// Half the width of the ring's band of slots.
    pub band: f64,
    /// Room beyond the band for slot numbers and the "in" pointer with its label.
    pub outer: f64,
    /// Smallest ring radius (to the middle of the band).
    pub min_radius: f64,
    /// Arc length given to each slot along the ring's middle.
    pub slot_arc: f64,
    /// The "in" pointer runs from this far outside the band to `in_to` outside it.
    pub in_from: f64,
    /// Where the "in" pointer's head stops, outside the band.
    pub in_to: f64,
    /// The "out" pointer runs from this far inside the band to `out_to` inside it.
    pub out_from: f64,
    /// Where the "out" pointer's head stops, inside the band.
    pub out_to: f64,
    /// How far outside the band a slot's number sits.
    pub number_at: f64,
}

/// The page's stage.
pub static REGULAR: Metrics = Metrics {
    node_w: 112.0,
    node_h: 46.0,
    row: 58.0,
    col: 124.0,
    pad: 16.0,
    top: 40.0,
    gap: 28.0,
    band: 22.0,
    outer: 52.0,
    min_radius: 64.0,
    slot_arc: 36.0,
    in_from: 46.0,
    in_to: 18.0,
    out_from: 30.0,
    out_to: 3.0,
    number_at: 9.0,
};

/// A small embed's stage: the same drawing about a fifth tighter, so that in a 700 × 450
/// frame beside the controls it is scaled to at least its own size.
pub static COMPACT: Metrics = Metrics {
    node_w: 96.0,
    node_h: 42.0,
    row: 50.0,
    col: 106.0,
    pad: 10.0,
    top: 30.0,
    gap: 14.0,
    band: 20.0,
    outer: 42.0,
    min_radius: 52.0,
    slot_arc: 36.0,
    in_from: 36.0,
    in_to: 17.0,
    out_from: 24.0,
    out_to: 3.0,
    number_at: 9.0,
};

/// Half the height of a line of stage text, with a little air: how far a label reaches
/// beyond the point it is centred on.
pub const HALF_LINE: f64 = 8.0;
