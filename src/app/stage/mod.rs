//! The stage: one responsive SVG of the whole program at the current step, built from
//! plain functions (no components: it is redrawn from the state every render).
//!
//! Everything comes through the mode-independent views (`World::buffer_view`,
//! `Kernel::states`, `Simulation::event`), so the monitor and semaphore modes draw
//! with no code of their own. For screen readers the SVG is one image whose label sums
//! up the buffer and every task; the narration tells each step.

mod fit;
mod layout;
mod metrics;
mod pointers;
mod ring;
mod task_nodes;
mod tokens;
mod wake_arrows;

pub use fit::StageFit;
pub use layout::{Point, StageLayout, StageShape};
pub use metrics::{Metrics, COMPACT, HALF_LINE, REGULAR};
pub use pointers::PointerNames;

use yew::prelude::*;

use crate::app::labels::state_text;
use crate::sim::Simulation;

use ring::fmt;

/// Below this many ms of travel, tokens jump rather than fly.
const MIN_TRAVEL_MS: f64 = 60.0;

/// The stage at `sim`'s current step. `now_ms` is the clock as shown; `animate` is false
/// after a jump (back, seek, reset), when tokens should not fly in; `fit` says how to
/// choose the layout.
pub fn view_stage(
    sim: &Simulation,
    now_ms: u64,
    animate: bool,
    beat_ms: f64,
    fit: StageFit,
) -> Html {
    let s = sim.scenario();
    let tasks = s.task_count();
    let layout = fit.layout(StageShape {
        producers: usize::from(s.producers),
        consumers: usize::from(s.consumers),
        capacity: usize::from(s.capacity),
        has_main: s.mode.has_main(),
        pointer_label: PointerNames::of(s.mode).fill.len(),
    });
    let buffer = sim.world().buffer_view();
    let view_box = format!("0 0 {} {}", fmt(layout.width), fmt(layout.height));
    // Tokens take most of a beat to travel. At high speed a beat is shorter than a
    // glimpse, so they jump instead (and the browser repaints less while playing).
    let travel_ms = (beat_ms * 0.8).min(400.0);
    let fly = animate && travel_ms >= MIN_TRAVEL_MS;
    let class = classes!("stage", (!fly).then_some("jump"));
    let style = format!("--beat: {}ms", crate::app::decimal::fixed(travel_ms, 0));
    html! {
        <svg class={class} viewBox={view_box} role="img" aria-label={summary(sim, now_ms)}
            preserveAspectRatio="xMidYMid meet" style={style}>
            { view_defs() }
            { view_timer(&layout) }
            { ring::view_buffer(&layout, &buffer) }
            { pointers::view_pointers(&layout, &buffer, PointerNames::of(s.mode)) }
            { task_nodes::view_task_nodes(&layout, sim, now_ms) }
            { wake_arrows::view_wake_arrows(&layout, sim.event()) }
            { tokens::view_tokens(&layout, &buffer, sim.event(), tasks.saturating_sub(1)) }
        </svg>
    }
}

/// The arrowhead shared by pointers and wake arrows.
fn view_defs() -> Html {
    html! {
        <defs>
            <marker id="stage-arrow" viewBox="0 0 10 10" refX="9" refY="5"
                markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path class="arrowhead" d="M0 0L10 5L0 10Z" />
            </marker>
        </defs>
    }
}

/// A small clock face: where timer wake-ups come from.
fn view_timer(layout: &StageLayout) -> Html {
    let (x, y) = layout.timer;
    // Beside the clock, or below it in portrait, where the arrows leave to the right.
    let (lx, ly) = if layout.portrait() {
        ("-11", "21")
    } else {
        ("16", "0.5")
    };
    html! {
        <g class="timer" transform={format!("translate({} {})", fmt(x), fmt(y))}>
            <circle r="11" />
            <path d="M0 -6V0L5 3" />
            <text x={lx} y={ly}>{ "timer" }</text>
        </g>
    }
}

/// The image's text alternative: the buffer's fill and every task's state.
fn summary(sim: &Simulation, now_ms: u64) -> String {
    let buffer = sim.world().buffer_view();
    let capacity = sim.scenario().capacity;
    let mut text = if capacity == 0 {
        "The stage: an unbuffered channel, values are handed over directly.".to_string()
    } else {
        let names = PointerNames::of(sim.scenario().mode);
        format!(
            "The stage: the buffer holds {} of {capacity} slots; {} points at slot {}, {} at slot {}.",
            buffer.len, names.fill, buffer.in_slot, names.take, buffer.out_slot
        )
    };
    for (task, &state) in sim.kernel().states().iter().enumerate() {
        text.push_str(&format!(
            " {} {}.",
            sim.task_name(task),
            state_text(state, now_ms)
        ));
    }
    text
}
