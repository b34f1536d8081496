//! The buffer: a ring of `capacity` slots, numbered, with a filled look for occupied
//! ones; or, for an unbuffered channel, a single hand-off lane with no slots at all.

use std::f64::consts::TAU;

use yew::prelude::*;

use crate::sim::world::{BufferView, SlotView};

use super::layout::StageLayout;

/// Gap between neighbouring slots along the ring, in radians of the middle circle.
const SLOT_GAP: f64 = 0.05;

/// The ring of slots, or the hand-off lane when `capacity` is 0.
pub fn view_buffer(layout: &StageLayout, buffer: &BufferView) -> Html {
    if layout.capacity == 0 {
        return view_lane(layout);
    }
    let slots = buffer
        .slots
        .iter()
        .enumerate()
        .map(|(i, slot)| view_slot(layout, i, *slot));
    html! { <g class="ring">{ for slots }</g> }
}

/// One slot: an annular sector and its number just outside the ring.
fn view_slot(layout: &StageLayout, slot: usize, content: SlotView) -> Html {
    let half = TAU / layout.capacity as f64 / 2.0;
    let gap = if layout.capacity == 1 {
        SLOT_GAP
    } else {
        SLOT_GAP.min(half / 2.0)
    };
    let a = layout.slot_angle(slot);
    let path = sector_path(layout, a - half + gap, a + half - gap);
    let class = match content {
        SlotView::Empty => "slot",
        SlotView::Item(_) | SlotView::EndOfStream => "slot filled",
    };
    let (nx, ny) = layout.at_slot(slot, layout.radius + layout.m.band + layout.m.number_at);
    html! {
        <g>
            <path class={class} d={path} />
            <text class="slot-number" x={fmt(nx)} y={fmt(ny)}>{ slot }</text>
        </g>
    }
}

/// The unbuffered channel: a lane from the producers' side to the consumers' side, with
/// an arrow for the direction values travel.
fn view_lane(layout: &StageLayout) -> Html {
    let (cx, cy) = layout.center;
    let (half_w, half_h) = if layout.portrait() {
        (layout.m.band, layout.radius)
    } else {
        (layout.radius, layout.m.band)
    };
    let (x1, y1, x2, y2) = if layout.portrait() {
        (cx, cy - half_h + 8.0, cx, cy + half_h - 8.0)
    } else {
        (cx - half_w + 8.0, cy, cx + half_w - 8.0, cy)
    };
    html! {
        <g class="lane">
            <rect x={fmt(cx - half_w)} y={fmt(cy - half_h)} width={fmt(2.0 * half_w)}
                height={fmt(2.0 * half_h)} rx="12" />
            <line x1={fmt(x1)} y1={fmt(y1)} x2={fmt(x2)} y2={fmt(y2)}
                marker-end="url(#stage-arrow)" />
            <text class="lane-label" x={fmt(cx)} y={fmt(cy - half_h - 12.0)}>
                { "no buffer: direct hand-off" }
            </text>
        </g>
    }
}

/// An annular sector of the band between angles `a0` and `a1` (radians, clockwise).
fn sector_path(layout: &StageLayout, a0: f64, a1: f64) -> String {
    let (cx, cy) = layout.center;
    let (r_in, r_out) = (layout.radius - layout.m.band, layout.radius + layout.m.band);
    // The browser's Math, not Rust's libm: the same numbers, less wasm.
    let at = |r: f64, a: f64| (cx + r * js_sys::Math::cos(a), cy + r * js_sys::Math::sin(a));
    let large = u8::from(a1 - a0 > TAU / 2.0);
    let (o0, o1, i1, i0) = (at(r_out, a0), at(r_out, a1), at(r_in, a1), at(r_in, a0));
    // Every number through `fmt`: a bare `{r_out}` would pull in float printing (9.5 KB).
    let (ro, ri) = (fmt(r_out), fmt(r_in));
    format!(
        "M{} {}A{ro} {ro} 0 {large} 1 {} {}L{} {}A{ri} {ri} 0 {large} 0 {} {}Z",
        fmt(o0.0),
        fmt(o0.1),
        fmt(o1.0),
        fmt(o1.1),
        fmt(i1.0),
        fmt(i1.1),
        fmt(i0.0),
        fmt(i0.1),
    )
}

/// A coordinate with one decimal: enough for the eye, short in the DOM.
pub fn fmt(value: f64) -> String {
    crate::app::decimal::fixed(value, 1)
}
