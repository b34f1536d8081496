//! The ring's two pointers, always drawn and labelled so wrap-around is plain to see:
//! "in" (where the next item goes) points at its slot from outside the ring, "out" (where
//! the next item leaves) from inside it, so both stay visible when they share a slot. The
//! monitor and semaphore modes call them as OSTEP's C code does: `fill_ptr` and `use_ptr`.

use yew::prelude::*;

use crate::sim::world::BufferView;
use crate::sim::Mode;

use super::layout::StageLayout;
use super::ring::fmt;

/// The pointers' labels: Go's `in`/`out`, or OSTEP's `fill_ptr`/`use_ptr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PointerNames {
    /// Where the next item goes in.
    pub fill: &'static str,
    /// Where the next item comes out.
    pub take: &'static str,
}

impl PointerNames {
    /// The names for `mode`.
    pub fn of(mode: Mode) -> PointerNames {
        match mode {
            Mode::Go => PointerNames {
                fill: "in",
                take: "out",
            },
            Mode::Monitor | Mode::Semaphore => PointerNames {
                fill: "fill_ptr",
                take: "use_ptr",
            },
        }
    }
}

/// Both pointers; nothing for an unbuffered channel, which has no slots.
pub fn view_pointers(layout: &StageLayout, buffer: &BufferView, names: PointerNames) -> Html {
    if layout.capacity == 0 {
        return Html::default();
    }
    let (m, r) = (layout.m, layout.radius);
    let (outside, inside) = (r + m.band, r - m.band);
    html! {
        <g class="pointers">
            { view_pointer(layout, buffer.in_slot, outside + m.in_from, outside + m.in_to, "in", names.fill) }
            { view_pointer(layout, buffer.out_slot, inside - m.out_from, inside - m.out_to, "out", names.take) }
        </g>
    }
}

/// An arrow from radius `from` to radius `to` at `slot`'s angle, labelled at its tail;
/// `kind` (`in`, `out`) names its CSS class, `label` is the text.
fn view_pointer(
    layout: &StageLayout,
    slot: usize,
    from: f64,
    to: f64,
    kind: &str,
    label: &str,
) -> Html {
    let (x1, y1) = layout.at_slot(slot, from);
    let (x2, y2) = layout.at_slot(slot, to);
    // The label sits just beyond the tail, on the same line.
    let beyond = if from > to {
        from + 10.0
    } else {
        (from - 10.0).max(0.0)
    };
    let (lx, ly) = layout.at_slot(slot, beyond);
    let class = format!("pointer pointer-{kind}");
    html! {
        <g class={class}>
            <line x1={fmt(x1)} y1={fmt(y1)} x2={fmt(x2)} y2={fmt(y2)}
                marker-end="url(#stage-arrow)" />
            <text x={fmt(lx)} y={fmt(ly)}>{ label }</text>
        </g>
    }
}
