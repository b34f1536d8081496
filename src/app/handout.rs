//! What a printed page adds (`static/print.css`): the scenario in words and the link to
//! this run at this step as plain text, since a handout cannot be clicked. On screen it is
//! hidden; the print stylesheet hides the controls instead.

use yew::prelude::*;

use crate::sim::scenario::preset;

use super::browser;
use super::links;
use super::state::LabState;

/// The handout's heading block: which scenario, what it teaches, and its link.
pub fn view_handout_header(lab: &LabState) -> Html {
    let run = lab.run();
    let scenario = run.sim().scenario();
    let about = scenario.preset.and_then(preset).map(|p| p.explanation);
    let link = links::url(&browser::page_base(), &links::share_query(lab));
    html! {
        <section class="print-only handout">
            <p class="handout-title">{ links::embed_title(scenario) }</p>
            if let Some(about) = about { <p>{ about }</p> }
            <p class="handout-link">{ "This run at this step: " }<span>{ link }</span></p>
        </section>
    }
}
