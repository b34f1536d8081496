//! A task's state as a badge: an icon, the words, and a colour, so the state reads the
//! same whether one sees colour, shape or only text.

use yew::prelude::*;

use crate::app::labels::{state_text, StateClass};
use crate::sim::TaskState;

/// The badge for `state`; `now_ms` is the clock as shown, for sleep countdowns.
pub fn view_state_badge(state: TaskState, now_ms: u64) -> Html {
    let class = StateClass::of(state);
    html! {
        <span class={classes!("badge", class.css())}>
            { view_icon(class) }
            { state_text(state, now_ms) }
        </span>
    }
}

/// A 12-px icon per state class: play, dot, bar, clock, tick, cross (decorative: the words
/// say it).
fn view_icon(class: StateClass) -> Html {
    let shape = match class {
        StateClass::Running => html! { <path d="M3 1.5L11 6L3 10.5Z" /> },
        StateClass::Ready => html! { <circle cx="6" cy="6" r="4" /> },
        StateClass::Blocked => html! { <rect x="1.5" y="4.5" width="9" height="3" /> },
        StateClass::Sleeping => html! {
            <>
                <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5" />
                <path d="M6 3.2V6L8 7.4" fill="none" stroke="currentColor" stroke-width="1.5" />
            </>
        },
        StateClass::Done => html! {
            <path d="M2 6.5L5 9.5L10.5 3" fill="none" stroke="currentColor" stroke-width="2" />
        },
        StateClass::Failed => html! {
            <path d="M2.5 2.5L9.5 9.5M9.5 2.5L2.5 9.5" fill="none" stroke="currentColor" stroke-width="2" />
        },
    };
    html! {
        <svg class="badge-icon" viewBox="0 0 12 12" width="12" height="12"
            aria-hidden="true" focusable="false" fill="currentColor">
            { shape }
        </svg>
    }
}
