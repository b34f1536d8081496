//! The timeline's fixed SVG pieces: the fill patterns that make each state recognisable
//! without colour, and the legend that names them.
//!
//! Colours come from CSS custom properties (`static/panels.css`), so the dark theme only
//! swaps values. Patterns are defined once, in the plot, and the legend's swatches refer to
//! them by id.

use yew::prelude::*;

use super::timeline_model::LaneState;

/// The `<defs>` with one pattern per patterned state: `tl-pat-send` (diagonal hatching),
/// `tl-pat-recv` (horizontal stripes), `tl-pat-other` (dots).
pub fn view_defs() -> Html {
    html! {
        <defs>
            <pattern id="tl-pat-send" width="6" height="6" patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)">
                <rect class="tl-pat-bg-send" width="6" height="6" />
                <rect class="tl-pat-fg-send" width="2.5" height="6" />
            </pattern>
            <pattern id="tl-pat-recv" width="4" height="4" patternUnits="userSpaceOnUse">
                <rect class="tl-pat-bg-recv" width="4" height="4" />
                <rect class="tl-pat-fg-recv" width="4" height="1.5" />
            </pattern>
            <pattern id="tl-pat-other" width="5" height="5" patternUnits="userSpaceOnUse">
                <rect class="tl-pat-bg-other" width="5" height="5" />
                <circle class="tl-pat-fg-other" cx="2.5" cy="2.5" r="1.2" />
            </pattern>
        </defs>
    }
}

/// The legend: a swatch and words for every state, the ticks, the buffer line and the cursor.
/// A component without props, so it renders once and never again.
pub fn timeline_legend() -> Html {
    html! {
        <ul class="timeline-legend" aria-label="Timeline legend">
            { for LaneState::DRAWN.iter().map(|&s| view_state_key(s)) }
            { view_key("tl-ticks", "M12 1v10", LaneState::Runnable.label()) }
            { view_key("tl-occ", "M0 10H8V3H16V6H24", "items in the buffer") }
            { view_key("tl-cursor", "M12 0V12", "current step") }
            { view_key("tl-future", "M0 0h24v12h-24z", "not reached yet") }
            { view_key("tl-ended", "M0 0h24v12h-24z", "after the run ended") }
        </ul>
    }
}

/// A legend entry drawn with the state's own class, so it matches the lanes exactly.
fn view_state_key(state: LaneState) -> Html {
    view_key(
        &format!("tl-{}", state.key()),
        "M1 2h22v8h-22z",
        state.label(),
    )
}

fn view_key(class: &str, d: &str, label: &str) -> Html {
    html! {
        <li>
            <svg class="swatch" width="24" height="12" viewBox="0 0 24 12" aria-hidden="true"
                focusable="false">
                <path class={class.to_string()} d={d.to_string()} />
            </svg>
            { label }
        </li>
    }
}
