//! "Who woke whom": after a step that readied blocked tasks, a dashed arrow from the task
//! that ran to each task it woke; after a clock jump, an arrow from the timer to each
//! sleeper it woke. Drawn for that one step only; the narration says the same in words.

use yew::prelude::*;

use crate::sim::event::StepEvent;

use super::layout::{Point, StageLayout};
use super::ring::fmt;

/// The last step's wake arrows (none before the first step).
pub fn view_wake_arrows(layout: &StageLayout, event: &StepEvent) -> Html {
    if event.step == 0 {
        return Html::default();
    }
    let waker = layout.task(event.task);
    let woke = event.woke.iter().filter(|&&t| t != event.task).map(|&t| {
        let wakee = layout.task(t);
        view_arrow(
            edge_toward(layout, waker, wakee),
            edge_toward(layout, wakee, waker),
            "wake",
        )
    });
    let timer = event.timer_woken.iter().map(|&t| {
        let wakee = layout.task(t);
        let from = layout.timer_exit();
        view_arrow(from, edge_toward(layout, wakee, from), "wake timer")
    });
    html! { <g class="wake-arrows">{ for woke }{ for timer }</g> }
}

/// Where the line from the centre of `node` towards `other` leaves the node's box.
fn edge_toward(layout: &StageLayout, node: Point, other: Point) -> Point {
    let (dx, dy) = (other.0 - node.0, other.1 - node.1);
    let (hw, hh) = (layout.m.node_w / 2.0 + 3.0, layout.m.node_h / 2.0 + 3.0);
    // Scale the direction until it touches the nearer side of the box.
    let sx = if dx == 0.0 {
        f64::INFINITY
    } else {
        hw / dx.abs()
    };
    let sy = if dy == 0.0 {
        f64::INFINITY
    } else {
        hh / dy.abs()
    };
    let s = sx.min(sy).min(1.0);
    (node.0 + dx * s, node.1 + dy * s)
}

/// A curve from `a` to `b` that bows to one side (upwards, or leftwards when vertical),
/// with an arrowhead at `b`.
fn view_arrow(a: Point, b: Point, class: &'static str) -> Html {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = (dx * dx + dy * dy).sqrt().max(1.0);
    let lift = (length / 4.0).clamp(30.0, 90.0);
    // The normal that points up (or left, for a vertical line).
    let (mut nx, mut ny) = (dy / length, -dx / length);
    if ny > 0.0 || (ny == 0.0 && nx > 0.0) {
        (nx, ny) = (-nx, -ny);
    }
    let control = ((a.0 + b.0) / 2.0 + nx * lift, (a.1 + b.1) / 2.0 + ny * lift);
    let d = format!(
        "M{} {}Q{} {} {} {}",
        fmt(a.0),
        fmt(a.1),
        fmt(control.0),
        fmt(control.1),
        fmt(b.0),
        fmt(b.1)
    );
    html! { <path class={class} d={d} marker-end="url(#stage-arrow)" /> }
}
