//! The outcome panel of the monitor and semaphore modes: once every live thread is
//! blocked, the wait-for explanation (who holds the mutex, who waits on what, and the step
//! whose wake-up went to the wrong thread); once OSTEP's safety check fails, the error and
//! the step that broke it.
//!
//! A labelled region with a heading, not `role="alert"`: the narration's live region
//! already announces the same explanation when the run ends, and a second live region
//! would make screen readers say it twice.

use yew::prelude::*;

use crate::sim::{Outcome, Simulation};

use super::explain::{explain_error, split_deadlock, DeadlockParts, ErrorExplanation};

/// True when the page shows the outcome panel for `sim`: a monitor or semaphore run that
/// deadlocked or failed, outside the embedded view. The narration then need not show the
/// explanation a second time (it still announces it).
pub fn outcome_panel_shown(sim: &Simulation, embed: bool) -> bool {
    let failed = matches!(
        sim.outcome(),
        Some(Outcome::Deadlock { .. } | Outcome::Error { .. })
    );
    !embed && super::applies(sim) && failed
}

/// The panel for `sim`'s outcome; nothing while the run goes on, when it finished, or in
/// Go mode (whose deadlock message says it all).
pub fn view_outcome_panel(sim: &Simulation) -> Html {
    if !super::applies(sim) {
        return Html::default();
    }
    match sim.outcome() {
        Some(Outcome::Deadlock { .. }) => match sim.world().explain_deadlock(sim.kernel()) {
            Some(text) => view_deadlock(&split_deadlock(&text)),
            None => Html::default(),
        },
        Some(Outcome::Error { message }) => view_error(message, explain_error(sim)),
        _ => Html::default(),
    }
}

fn view_deadlock(parts: &DeadlockParts) -> Html {
    let facts = parts.facts.iter().map(|f| html! { <li>{ f }</li> });
    html! {
        <section class="outcome-panel deadlock" aria-labelledby="outcome-heading">
            <h2 id="outcome-heading">
                { view_icon(true) }
                { "Deadlock: every thread is blocked" }
            </h2>
            <p>{ &parts.lead }</p>
            <h3>{ "Who holds what, who waits for what" }</h3>
            <ul class="wait-for">{ for facts }</ul>
            if !parts.why.is_empty() {
                <h3>{ "What went wrong" }</h3>
                { for parts.why.iter().map(|w| html! { <p class="why">{ w }</p> }) }
            }
        </section>
    }
}

fn view_error(message: &str, explanation: Option<ErrorExplanation>) -> Html {
    html! {
        <section class="outcome-panel error" aria-labelledby="outcome-heading">
            <h2 id="outcome-heading">
                { view_icon(false) }
                { format!("Safety error: {message}") }
            </h2>
            <p>
                { "OSTEP's check failed, so the real program prints " }
                <code>{ format!("error: {message}") }</code>
                { " and exits." }
            </p>
            if let Some(explanation) = explanation {
                <p class="why">{ explanation.what }</p>
                if let Some(why) = explanation.why {
                    <h3>{ "What went wrong" }</h3>
                    <p>{ why }</p>
                }
            }
        </section>
    }
}

/// A decorative icon before the heading (the words say it all): a no-entry sign for a
/// deadlock, a warning triangle for an error. SVG, so it needs no emoji font.
fn view_icon(deadlock: bool) -> Html {
    let shape = if deadlock {
        html! {
            <>
                <circle cx="8" cy="8" r="7" />
                <rect x="3.5" y="6.75" width="9" height="2.5" class="cut" />
            </>
        }
    } else {
        html! {
            <>
                <path d="M8 1L15.5 14.5H0.5Z" />
                <rect x="7.1" y="5.5" width="1.8" height="5" class="cut" />
                <rect x="7.1" y="11.5" width="1.8" height="1.8" class="cut" />
            </>
        }
    };
    html! {
        <svg class="outcome-icon" viewBox="0 0 16 16" width="18" height="18"
            aria-hidden="true" focusable="false" fill="currentColor">
            { shape }
        </svg>
    }
}
