//! The narration: one plain sentence for the last step (`narration::narrate`), in a polite
//! live region so screen readers announce each step and how the run ended (with the
//! reason for a monitor or semaphore deadlock, or the step that failed OSTEP's safety
//! check), followed by what the run waits for (the learner's pick, a refused pick).

use yew::prelude::*;

use crate::app::state::Notice;
use crate::sim::reports::narration::narrate;
use crate::sim::Simulation;

/// The live region's text for `sim` and `notice`.
pub fn narration_text(sim: &Simulation, notice: Option<Notice>) -> String {
    let parts = NarrationParts::of(sim, notice);
    [Some(parts.sentence), parts.explanation, parts.notice]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the live region says, in its three parts.
struct NarrationParts {
    /// The last step's sentence, and how the run ended if it just did.
    sentence: String,
    /// Why a monitor or semaphore run deadlocked or failed: who holds what, who waits,
    /// the step that broke OSTEP's safety check.
    explanation: Option<String>,
    /// What the run waits for (the learner's pick, a refused pick).
    notice: Option<String>,
}

impl NarrationParts {
    fn of(sim: &Simulation, notice: Option<Notice>) -> NarrationParts {
        let deadlock = sim.world().explain_deadlock(sim.kernel());
        let error = crate::app::ostep::explain::explain_error(sim).map(|e| e.text());
        let notice = notice.map(|notice| match notice {
            Notice::YourTurn => "Your turn: pick the task that runs next.".to_string(),
            Notice::NotRunnable(task) => format!(
                "{} cannot run now: pick one of the tasks offered.",
                sim.task_name(task)
            ),
            Notice::StepLimit => {
                "Stopped after a million steps; press Run to end again to go on.".to_string()
            }
            Notice::ScheduleRefused(refused) => format!(
                "The schedule stops here: {}. Pick the task that runs next.",
                refused.describe(sim)
            ),
        });
        NarrationParts {
            sentence: narrate(sim),
            explanation: deadlock.or(error),
            notice,
        }
    }
}

/// The narration paragraph, a `role="status"` live region. With `explained_below` (the
/// outcome panel right under it shows the explanation) the explanation is still announced
/// but not shown twice.
pub fn view_narration(sim: &Simulation, notice: Option<Notice>, explained_below: bool) -> Html {
    let ended = sim.outcome().map(|o| o.word());
    let parts = NarrationParts::of(sim, notice);
    let hidden = explained_below.then_some("visually-hidden");
    html! {
        <p id="narration" class={classes!("narration", ended)} role="status"
            aria-live="polite" aria-atomic="true">
            { parts.sentence }
            if let Some(explanation) = parts.explanation {
                <span class={classes!(hidden)}>{ format!(" {explanation}") }</span>
            }
            if let Some(notice) = parts.notice { { format!(" {notice}") } }
        </p>
    }
}
