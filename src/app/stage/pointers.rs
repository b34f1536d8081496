//! The ring's two pointers, always drawn and labelled so wrap-around is plain to see:
//! "in" (where the next item goes) points at its slot from outside the ring, "out" (where
//! the next item leaves) from inside it, so both stay visible when they share a slot.

use yew::prelude::*;

use crate::sim::world::BufferView;

use super::layout::{StageLayout, BAND};
use super::ring::fmt;

/// Both pointers; nothing for an unbuffered channel, which has no slots.
pub fn view_pointers(layout: &StageLayout, buffer: &BufferView) -> Html {
    if layout.capacity == 0 {
        return Html::default();
    }
    let r = layout.radius;
    html! {
        <g class="pointers">
            { view_pointer(layout, buffer.in_slot, r + BAND + 46.0, r + BAND + 18.0, "in") }
            { view_pointer(layout, buffer.out_slot, r - BAND - 30.0, r - BAND - 3.0, "out") }
        </g>
    }
}

/// An arrow from radius `from` to radius `to` at `slot`'s angle, labelled at its tail.
fn view_pointer(layout: &StageLayout, slot: usize, from: f64, to: f64, label: &str) -> Html {
    let (x1, y1) = layout.at_slot(slot, from);
    let (x2, y2) = layout.at_slot(slot, to);
    // The label sits just beyond the tail, on the same line.
    let beyond = if from > to {
        from + 10.0
    } else {
        (from - 10.0).max(0.0)
    };
    let (lx, ly) = layout.at_slot(slot, beyond);
    let class = format!("pointer pointer-{label}");
    html! {
        <g class={class}>
            <line x1={fmt(x1)} y1={fmt(y1)} x2={fmt(x2)} y2={fmt(y2)}
                marker-end="url(#stage-arrow)" />
            <text x={fmt(lx)} y={fmt(ly)}>{ label }</text>
        </g>
    }
}
