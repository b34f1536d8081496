//! What `embed=1` adds under the stage, the controls and the narration: the panels a
//! `panels=` list asks for (`code`, `console`, `queues`, `book`, `timeline`), in that
//! order, so a course page can show, say, the if-versus-while lesson with its code.
//!
//! A link that opens a challenge (`challenge=`) or compares two runs (`compare=`) shows that
//! panel too, after the chosen ones: an embedded challenge is played where it is pasted.
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

/// Whether the link the page opened with had `key=` (`challenge`, `compare`): the URL
/// sync drops `challenge=` once its scenario loads, and the panel must not vanish then.
fn linked(key: &str) -> bool {
    crate::sim::learn::query_key::last_value(&super::browser::opened_query(), key).is_some()
}

/// True when an embed shows anything under the narration.
pub fn has_embed_panels(lab: &LabState) -> bool {
    !lab.view.panels.is_empty() || linked("challenge") || linked("compare") || linked("lesson")
}

/// The chosen panels, or nothing when `panels=` is empty and no panel is linked.
pub fn view_embed_panels(lab: &LabState, on_action: &Callback<Action>) -> Html {
    let chosen = lab.view.panels;
    let (challenge, comparison) = (linked("challenge"), linked("compare"));
    let lesson = linked("lesson");
    if !has_embed_panels(lab) {
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
            if challenge { { super::panels::challenge_panel::view(lab, on_action) } }
            if comparison { { super::panels::compare_panel::view(lab) } }
            if lesson { { super::panels::lesson_panel::view(lab, on_action) } }
        </div>
    }
}
