//! What `embed=1` adds under the stage, the controls and the narration: the panels a
//! `panels=` list asks for (`code`, `console`, `queues`, `book`, `timeline`), in that
//! order, so a course page can show, say, the if-versus-while lesson with its code.
//!
//! The framed page's height, for the host page's `embed.js`, is posted by
//! `static/loader.js` (plain JS, so it costs the wasm nothing); README, "Embedding".

use yew::prelude::*;

use crate::view_params::Panel;

use super::components::wait_queues::view_wait_queues;
use super::components::{console, Console};
use super::layout::view_task_cards;
use super::ostep::{self, figure_progress, BookTable};
use super::panels::{LabPanels, PanelsPart};
use super::state::{Action, LabState};

/// The chosen panels, or nothing when `panels=` is empty.
pub fn view_embed_panels(lab: &LabState, on_action: &Callback<Action>) -> Html {
    let chosen = lab.view.panels;
    if chosen.is_empty() {
        return Html::default();
    }
    let run = lab.run();
    let sim = run.sim();
    let book = chosen
        .has(Panel::Book)
        .then(|| figure_progress(&run))
        .flatten();
    let queues = chosen.has(Panel::Queues).then(|| {
        if ostep::applies(sim) {
            ostep::view_sync_state(sim)
        } else {
            view_wait_queues(sim)
        }
    });
    let console = chosen.has(Panel::Console).then(|| {
        let (lines, skipped) = console::console_lines(&run);
        html! { <Console lines={lines} skipped={skipped} /> }
    });
    html! {
        <div class="embed-panels">
            if chosen.has(Panel::Code) { { view_task_cards(lab) } }
            { console.unwrap_or_default() }
            { queues.unwrap_or_default() }
            if let Some(p) = book {
                <BookTable figure={p.figure} row={p.row} off_book={p.off_book}
                    names={p.column_names} />
            }
            if chosen.has(Panel::Timeline) {
                <LabPanels lab={lab.clone()} on_action={on_action.clone()} part={PanelsPart::Timeline} />
            }
        </div>
    }
}
