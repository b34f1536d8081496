//! The presentation view (`view=present`, or the Present button), for a 1280×720
//! projector: the stage, the controls, the narration and each task's next line of code,
//! large and high-contrast (`static/onescreen.css`), and nothing else. The address keeps
//! `view=present`, so a reload or a shared link stays in it.

use yew::prelude::*;

use super::components::HelpOverlay;
use super::layout::{view_header, view_stage_column, Screen};
use super::state::{Action, LabState};

/// The whole page in the presentation view.
pub fn view_present(lab: &LabState, on_action: &Callback<Action>) -> Html {
    html! {
        <main id="lab" class="lab present">
            { view_header(lab, on_action) }
            <div class="lab-top">{ view_stage_column(lab, on_action, &Screen::wide()) }</div>
            <HelpOverlay open={lab.help_open} on_close={on_action.reform(|_| Action::ShowHelp(false))} />
        </main>
    }
}

/// "Present" (into the presentation view) or "Exit presentation".
pub fn view_present_button(present: bool, on_action: &Callback<Action>) -> Html {
    let (label, next) = if present {
        ("Exit presentation", false)
    } else {
        ("Present", true)
    };
    html! {
        <button type="button" class="present-button"
            onclick={on_action.reform(move |_: MouseEvent| {
                // The button moves with the layout: the focus follows it.
                crate::app::browser::focus_after_render(".present-button");
                Action::SetPresent(next)
            })}>
            { label }
        </button>
    }
}
