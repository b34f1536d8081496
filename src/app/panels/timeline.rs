//! The timeline panel: one swimlane per task coloured (and patterned) by state over virtual
//! time, the buffer's occupancy underneath, and a cursor at the current step.
//!
//! The plot is a slider over steps: click or drag to jump there through the history
//! (x → virtual time → the nearest step the clock moved at; on a step axis, when the
//! clock never moved, x → step), or focus it and use the arrow keys, Page Up/Down and
//! Home/End. Past a finished run's end the plot says so, not "not reached yet". The drawing itself is a [`TimelineModel`] built
//! once per history change by the caller; this component only places the cursor.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::timeline_model::{Axis, TimelineModel, WIDTH};
use super::timeline_svg::{timeline_legend, view_defs};
use crate::app::decimal::fixed;
use crate::app::labels::state_text;
use crate::sim::TaskState;

/// Steps that Page Up and Page Down move.
const PAGE_STEPS: u64 = 10;

/// What the timeline shows and where its cursor is.
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The drawing of the history so far.
    pub model: Rc<TimelineModel>,
    /// Task names, one per lane: `P1`, `C1`, `main`.
    pub names: Rc<Vec<String>>,
    /// Each task's state at the cursor (for the slider's spoken value).
    pub states: Vec<TaskState>,
    /// The current step (the cursor).
    pub step: u64,
    /// The furthest step the history has reached (the slider's maximum).
    pub furthest: u64,
    /// Virtual time at the cursor, in ms.
    pub cursor_ms: u64,
    /// True when the history's furthest step is the run's end (finished, deadlocked or
    /// failed): the rest of the axis is after the end, not yet to come.
    #[prop_or_default]
    pub ended: bool,
    /// Jump to this step.
    pub on_seek: Callback<u64>,
    /// The step to show for a virtual time (`u64::MAX`: the furthest step).
    pub step_at_time: Callback<u64, u64>,
}

/// The timeline panel.
#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let plot = use_node_ref();
    let onkeydown = on_key(props);
    let seek_at = seek_at_pointer(props, plot.clone());
    let onpointerdown = {
        let seek_at = seek_at.clone();
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 {
                return;
            }
            if let Some(el) = e.target_dyn_into::<HtmlElement>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            seek_at.emit(e.offset_x());
        })
    };
    let onpointermove = Callback::from(move |e: PointerEvent| {
        // Only while the primary button is held: a drag, not a hover.
        if e.buttons() & 1 == 1 {
            seek_at.emit(e.offset_x());
        }
    });
    let m = &props.model;
    let height = m.layout.height();
    html! {
        <section class="timeline-panel" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ "Timeline" }</h2>
            <p class="panel-hint" id="timeline-hint">
                { "Each lane is one task over virtual time; the line underneath is the buffer. \
                   Click or drag to jump there, or focus the timeline and use the arrow keys." }
            </p>
            <div class="timeline" style={format!("--timeline-h: {height}px")}>
                { view_names(&props.names, m) }
                <div ref={plot} class="timeline-plot" role="slider" tabindex="0"
                    aria-label="Timeline position (step)"
                    aria-describedby="timeline-hint"
                    aria-valuemin="0"
                    aria-valuemax={props.furthest.to_string()}
                    aria-valuenow={props.step.to_string()}
                    aria-valuetext={value_text(props)}
                    {onkeydown} {onpointerdown} {onpointermove}>
                    { view_plot(m, cursor_x(props), props.ended) }
                </div>
            </div>
            { view_axis(m) }
            { timeline_legend() }
        </section>
    }
}

/// The lane names beside the plot, and the buffer's label beside its strip.
fn view_names(names: &[String], m: &TimelineModel) -> Html {
    let l = m.layout;
    html! {
        <div class="timeline-names" aria-hidden="true">
            { for names.iter().map(|n| html! {
                <span style={format!("height: {}px", l.lane_h)}>{ n }</span>
            }) }
            <span class="timeline-buffer-label"
                style={format!("top: {}px; height: {}px", l.occ_top, l.occ_h)}>
                { format!("buffer 0–{}", m.scale) }
            </span>
        </div>
    }
}

/// Where the cursor sits on the model's axis: its time, or on a step axis its step.
fn cursor_x(props: &TimelineProps) -> u64 {
    match props.model.axis {
        Axis::Time => props.cursor_ms,
        Axis::Steps => props.step,
    }
}

/// The SVG: lanes, ticks, occupancy line, the part not yet reached (or, once the run has
/// ended, after its end), and the cursor.
fn view_plot(m: &TimelineModel, cursor: u64, ended: bool) -> Html {
    let h = m.layout.height();
    let x = m.x_of(cursor);
    let rest = if ended { "tl-ended" } else { "tl-future" };
    let reached = m.x_of(m.reached_ms);
    let l = m.layout;
    html! {
        <svg viewBox={format!("0 0 {WIDTH} {h}")} preserveAspectRatio="none"
            aria-hidden="true" focusable="false">
            { view_defs() }
            { for m.lanes.iter().map(|(state, d)| html! {
                <path class={format!("tl-{}", state.key())} d={d.clone()} />
            }) }
            <path class="tl-ticks" d={m.ticks.clone()} />
            <rect class="tl-occ-bg" x="0" y={l.occ_top.to_string()}
                width={WIDTH.to_string()} height={l.occ_h.to_string()} />
            <path class="tl-occ" d={m.occupancy.clone()} />
            if reached < f64::from(WIDTH) {
                <rect class={rest} x={fixed(reached, 1)} y="0"
                    width={fixed(f64::from(WIDTH) - reached, 1)} height={h.to_string()} />
            }
            <line class="tl-cursor" x1={fixed(x, 1)} x2={fixed(x, 1)} y1="0" y2={h.to_string()} />
        </svg>
    }
}

/// Start and end under the plot, in ms or in steps.
fn view_axis(m: &TimelineModel) -> Html {
    let unit = m.axis.unit();
    html! {
        <div class="timeline-axis" aria-hidden="true">
            <span>{ format!("0 {unit}") }</span>
            <span>{ format!("{} {unit}", m.end_ms) }</span>
        </div>
    }
}

/// What a screen reader says for the slider: step, time, and every task's state there.
fn value_text(props: &TimelineProps) -> String {
    let states: Vec<String> = props
        .names
        .iter()
        .zip(&props.states)
        .map(|(name, &s)| format!("{name} {}", state_text(s, props.cursor_ms)))
        .collect();
    format!(
        "Step {} of {}, at {} ms: {}",
        props.step,
        props.furthest,
        props.cursor_ms,
        states.join(", ")
    )
}

/// Arrow keys, Page Up/Down, Home and End move the cursor through the history.
fn on_key(props: &TimelineProps) -> Callback<KeyboardEvent> {
    let (step, furthest, on_seek) = (props.step, props.furthest, props.on_seek.clone());
    Callback::from(move |e: KeyboardEvent| {
        let target = match e.key().as_str() {
            "ArrowLeft" | "ArrowDown" => step.saturating_sub(1),
            "ArrowRight" | "ArrowUp" => step + 1,
            "PageDown" => step.saturating_sub(PAGE_STEPS),
            "PageUp" => step + PAGE_STEPS,
            "Home" => 0,
            "End" => furthest,
            _ => return,
        };
        // The lab's own shortcuts must not also act on a key the slider used.
        e.prevent_default();
        e.stop_propagation();
        let target = target.min(furthest);
        if target != step {
            on_seek.emit(target);
        }
    })
}

/// Seeks to the step under a pointer at `offset_x` CSS pixels into the plot. The last
/// pixel column is the end of the history, so the far right always reaches it.
fn seek_at_pointer(props: &TimelineProps, plot: NodeRef) -> Callback<i32> {
    let (end_ms, step, furthest) = (props.model.end_ms, props.step, props.furthest);
    let axis = props.model.axis;
    let (on_seek, step_at_time) = (props.on_seek.clone(), props.step_at_time.clone());
    Callback::from(move |offset_x: i32| {
        let Some(el) = plot.cast::<HtmlElement>() else {
            return;
        };
        let width = el.client_width().max(1);
        let time = if offset_x >= width - 1 {
            u64::MAX
        } else {
            let share = (f64::from(offset_x) / f64::from(width)).clamp(0.0, 1.0);
            (share * end_ms as f64 + 0.5).floor() as u64
        };
        let target = match axis {
            Axis::Time => step_at_time.emit(time),
            Axis::Steps => time.min(furthest),
        };
        if target != step {
            on_seek.emit(target);
        }
    })
}
