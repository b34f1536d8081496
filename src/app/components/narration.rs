//! The narration: one plain sentence for the last step (`narration::narrate`), in a polite
//! live region so screen readers announce each step and how the run ended (with the
//! reason for a monitor or semaphore deadlock), followed by what the run waits for (the
//! learner's pick, a refused pick).

use yew::prelude::*;

use crate::app::state::Notice;
use crate::sim::narration::narrate;
use crate::sim::Simulation;

/// The live region's text for `sim` and `notice`.
pub fn narration_text(sim: &Simulation, notice: Option<Notice>) -> String {
    let mut text = narrate(sim);
    // Monitor and semaphore deadlocks come with the reason: who holds what, who waits.
    if let Some(why) = sim.world().explain_deadlock(sim.kernel()) {
        text.push(' ');
        text.push_str(&why);
    }
    let extra = match notice {
        None => return text,
        Some(Notice::YourTurn) => "Your turn: pick the task that runs next.".to_string(),
        Some(Notice::NotRunnable(task)) => format!(
            "{} cannot run now: pick one of the tasks offered.",
            sim.task_name(task)
        ),
        Some(Notice::StepLimit) => {
            "Stopped after a million steps; press Run to end again to go on.".to_string()
        }
    };
    text.push(' ');
    text.push_str(&extra);
    text
}

/// The narration paragraph, a `role="status"` live region.
pub fn view_narration(sim: &Simulation, notice: Option<Notice>) -> Html {
    let ended = sim.outcome().map(|o| o.word());
    html! {
        <p id="narration" class={classes!("narration", ended)} role="status"
            aria-live="polite" aria-atomic="true">
            { narration_text(sim, notice) }
        </p>
    }
}
