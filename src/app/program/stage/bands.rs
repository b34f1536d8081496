//! The program stage's geometry: three bands (goroutines, channels, sync objects), each in
//! rows of at most a few items centred across the width, with the width chosen so that
//! the stage is drawn at about its own size on a laptop and on a phone, and a channel's
//! row as wide as its slots or its label.

use crate::sim::golang::view::ChanView;

/// One column's width, in SVG units.
const COLUMN: f64 = 168.0;
/// The narrowest stage on a wide screen: room for three columns of boxes.
const MIN_WIDTH: f64 = 520.0;
/// Slots a channel row draws before it writes `+N more`.
pub(super) const MAX_SLOTS_DRAWN: usize = 8;
/// One buffer slot's side.
pub(super) const SLOT: f64 = 30.0;
/// Goroutines, channels and sync objects drawn at most, each; the rest are counted.
pub(super) const MAX_DRAWN: usize = 24;
/// A channel label's width per character at its 14 px (a bold sans averages about 8).
const LABEL_CHAR: f64 = 8.0;
/// Room kept between two channel rows side by side.
const ROW_GAP: f64 = 16.0;

/// Goroutines (and sync objects) per row: more wrap onto the next row. On a phone two,
/// and a stage two columns wide, so that it is drawn at about its own size and no text
/// is under 12 CSS px (three columns, 520 units in a 360 px frame, drew 9 px text).
const PER_ROW: usize = 3;
/// The same on a phone.
const PER_ROW_NARROW: usize = 2;
/// One row's height, per band: goroutines, channels, sync objects.
const BAND_ROW: [f64; 3] = [64.0, 96.0, 56.0];
/// Space above each band.
const BAND_GAP: f64 = 22.0;

/// Where each band's items go: rows of at most `per_row[band]`, centred across the width.
pub(super) struct Bands {
    /// The stage's width.
    pub(super) width: f64,
    /// Each band's top.
    top: [f64; 3],
    /// Each band's item count.
    count: [usize; 3],
    /// Each band's items per row.
    per_row: [usize; 3],
    /// The stage's height.
    pub(super) height: f64,
}

impl Bands {
    /// Rows for `count` items per band, the channels' widest row `widest_chan` units wide.
    pub(super) fn new(count: [usize; 3], widest_chan: f64, narrow: bool) -> Bands {
        let per_box_row = if narrow { PER_ROW_NARROW } else { PER_ROW };
        let cols = [count[0], count[2]]
            .iter()
            .map(|&n| n.min(per_box_row))
            .max()
            .unwrap_or(1)
            .max(1);
        let min_width = if narrow {
            PER_ROW_NARROW as f64 * COLUMN
        } else {
            MIN_WIDTH
        };
        let width = (cols as f64 * COLUMN)
            .max(min_width)
            .max(widest_chan + ROW_GAP);
        // As many channels side by side as fit without their rows or labels touching.
        let chan_cols = ((width / (widest_chan + ROW_GAP)).floor() as usize).clamp(1, per_box_row);
        let per_row = [per_box_row, chan_cols, per_box_row];
        let mut top = [0.0; 3];
        let mut y = 0.0;
        for band in 0..3 {
            top[band] = y + BAND_GAP;
            y = top[band] + count[band].div_ceil(per_row[band]) as f64 * BAND_ROW[band];
        }
        Bands {
            width,
            top,
            count,
            per_row,
            height: y + 8.0,
        }
    }

    /// The centre of item `i` of `band`.
    pub(super) fn at(&self, band: usize, i: usize) -> (f64, f64) {
        let (n, per_row) = (self.count[band], self.per_row[band]);
        let row = i / per_row;
        let in_row = (n - row * per_row).min(per_row);
        let x = self.width * ((i % per_row) as f64 + 0.5) / in_row.max(1) as f64;
        let y = self.top[band] + (row as f64 + 0.5) * BAND_ROW[band];
        (x, y)
    }
}

/// How wide channel `c`'s row is drawn: its slots or lane, or its label if wider.
pub(super) fn chan_width(c: &ChanView) -> f64 {
    let body = if c.cap == 0 {
        120.0
    } else {
        c.cap.min(MAX_SLOTS_DRAWN) as f64 * SLOT
    };
    body.max(chan_title(c).chars().count() as f64 * LABEL_CHAR)
}

/// A channel's label: its variable, capacity and whether it is closed.
pub(super) fn chan_title(c: &ChanView) -> String {
    match (c.cap, c.closed) {
        (0, false) => format!("{} · unbuffered", c.name),
        (0, true) => format!("{} · unbuffered · closed", c.name),
        (cap, false) => format!("{} · cap {cap}", c.name),
        (cap, true) => format!("{} · cap {cap} · closed", c.name),
    }
}
