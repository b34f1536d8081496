//! "Now running": one line per task with the code line it runs next, beside the stage, so
//! the stage, the controls, the narration and every task's current line fit one laptop
//! screen (the full listings are on the task cards below). Presentation view and print
//! show it too.

use yew::prelude::*;

use crate::app::labels::state_text;
use crate::app::state::LabState;

/// The list for the lab's current step: task name, state, and the listing line, trimmed.
pub fn view_current_lines(lab: &LabState) -> Html {
    let run = lab.run();
    let sim = run.sim();
    let rows = sim
        .kernel()
        .states()
        .iter()
        .enumerate()
        .map(|(task, &state)| {
            let line = sim.world().line_of(task);
            let text = lab
                .listings
                .get(task)
                .and_then(|listing| listing.get(line))
                .map(|l| l.trim().to_string())
                .unwrap_or_default();
            html! {
                <li>
                    <span class="who">{ sim.task_name(task) }</span>
                    <span class="state">{ state_text(state, lab.shown_ms) }</span>
                    <code aria-label={format!("line {}: {text}", line + 1)}>{ text }</code>
                </li>
            }
        });
    html! {
        <section class="current-lines" aria-labelledby="current-lines-heading">
            <h2 id="current-lines-heading">{ "Each task's next line" }</h2>
            <ul>{ for rows }</ul>
        </section>
    }
}
