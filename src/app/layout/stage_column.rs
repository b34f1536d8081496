//! The stage column, the part of the page a lecture watches: the caption (step, clock,
//! buffer), the stage drawn to fit its box, the controls, the manual picker when you are
//! the scheduler, a question when one is asked, and the narration.

use yew::prelude::*;

use crate::app::components::current_lines::view_current_lines;
use crate::app::components::narration::view_narration;
use crate::app::components::{controls, manual_picker, ControlsProps, ManualPickerProps};
use crate::app::ostep;
use crate::app::playback::BEAT_MS;
use crate::app::stage::view_stage;
use crate::app::state::{Action, LabState};

use super::Screen;

/// The stage, its caption, the controls, the manual picker and the narration.
pub(in crate::app) fn view_stage_column(
    lab: &LabState,
    on_action: &Callback<Action>,
    screen: &Screen,
) -> Html {
    let run = lab.run();
    let sim = run.sim();
    let beat_ms = BEAT_MS / lab.view.speed.factor();
    let animate = lab.playing || lab.animate;
    html! {
        <section class="stage-column" aria-label="Simulation">
            { view_caption(lab) }
            <div class="stage-frame" ref={screen.stage_frame.clone()}>
                { view_stage(sim, lab.shown_ms, animate, beat_ms, screen.stage_fit(lab.view.embed)) }
            </div>
            { controls(&ControlsProps {
                playing: lab.playing,
                at_start: sim.steps() == 0,
                ended: lab.ended(),
                speed: lab.view.speed,
                policy: sim.scenario().policy,
                on_action: on_action.clone(),
            }) }
            if lab.manual() { { view_manual_picker(lab, on_action) } }
            { crate::app::components::question_panel::view_question(lab, on_action) }
            { view_narration(sim, lab.notice, ostep::outcome_panel_shown(sim, lab.view.embed)) }
            if !lab.view.embed { { ostep::view_outcome_panel(sim) } }
            { crate::app::components::question_panel::view_ask_here(lab, on_action) }
            if lab.view.present { { view_current_lines(lab) } }
        </section>
    }
}

/// "Step 12 · 5000 ms · buffer 1 of 2 full", and the outcome once the run has ended.
fn view_caption(lab: &LabState) -> Html {
    let run = lab.run();
    let sim = run.sim();
    let capacity = sim.scenario().capacity;
    let buffer = if capacity == 0 {
        "unbuffered".to_string()
    } else {
        format!("buffer {} of {capacity} full", sim.world().buffered())
    };
    let outcome = sim.outcome().map(|o| o.word());
    html! {
        <p class="stage-caption">
            <span>{ format!("Step {}", sim.steps()) }</span>
            <span>{ format!("Clock {} ms", lab.shown_ms) }</span>
            <span>{ buffer }</span>
            if let Some(word) = outcome {
                <span class={classes!("outcome", word)}>{ word }</span>
            }
        </p>
    }
}

/// The manual scheduler's buttons, one per task in a fixed place.
fn view_manual_picker(lab: &LabState, on_action: &Callback<Action>) -> Html {
    let slots = crate::sim::pick_slots::pick_slots(lab.run().sim());
    manual_picker(&ManualPickerProps {
        slots,
        on_choose: on_action.reform(Action::Choose),
    })
}
