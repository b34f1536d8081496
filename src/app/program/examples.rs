//! The examples to start from: the seed (written out from the scenario template) and
//! the programs in `static/programs/`, fetched when picked so their text stays out of
//! the wasm. Every one of them prints what real Go prints (`tests/go_programs_golden.rs`).

use web_sys::HtmlSelectElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::state::ProgramAction;
use crate::app::fetch_text::fetch_text;
use crate::sim::golang::template::seed_source;
use crate::sim::scenario::Scenario;

/// Each example's file in `programs/` (Trunk copies `static/programs` there) and title.
pub const EXAMPLES: [(&str, &str); 9] = [
    ("fan_in_waitgroup.go", "Fan-in with a WaitGroup"),
    ("worker_pool.go", "A worker pool"),
    ("pipeline.go", "A pipeline"),
    ("select_timeout.go", "select with time.After"),
    ("nonblocking_send.go", "A non-blocking send with default"),
    ("semaphore_channel.go", "A channel as a semaphore"),
    (
        "bounded_buffer_cond.go",
        "Bounded buffer: Mutex and two Conds",
    ),
    ("one_cond_broken.go", "Broken: one Cond for both waits"),
    ("forgot_to_close.go", "Forgot to close the channel"),
];

/// Where the picked example goes.
#[derive(Properties, Clone, PartialEq)]
pub struct ExamplePickerProps {
    /// Receives the example's source (or why it could not be fetched).
    pub on_action: Callback<ProgramAction>,
}

/// The "Start from an example" menu and its Load button. Choosing in the menu loads
/// nothing by itself: arrow keys move through a closed menu, and each move would
/// otherwise replace the learner's program. The menu starts at "Choose an example",
/// and Load with nothing chosen says so.
#[function_component(ExamplePicker)]
pub fn example_picker(props: &ExamplePickerProps) -> Html {
    let menu = use_node_ref();
    let onclick = {
        let (on, menu) = (props.on_action.clone(), menu.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(select) = menu.cast::<HtmlSelectElement>() else {
                return;
            };
            let value = select.value();
            if value.is_empty() {
                on.emit(ProgramAction::ExampleFailed(
                    "choose one in the menu first".to_string(),
                ));
                return;
            }
            if value == "seed" {
                on.emit(ProgramAction::LoadExample(
                    seed_source(&Scenario::default()),
                ));
                return;
            }
            let Some((file, _)) = EXAMPLES.iter().find(|(f, _)| *f == value) else {
                return;
            };
            let (on, url) = (on.clone(), format!("programs/{file}"));
            spawn_local(async move {
                match fetch_text(&url).await {
                    Ok(text) => on.emit(ProgramAction::LoadExample(text)),
                    Err(why) => on.emit(ProgramAction::ExampleFailed(why)),
                }
            });
        })
    };
    html! {
        <div class="field examples">
            <label for="program-examples">{ "Start from an example" }</label>
            <select id="program-examples" ref={menu}>
                // The menu offers examples; it never claims to name the program in the
                // field, which a link or the learner may have changed.
                <option value="" selected=true>{ "Choose an example" }</option>
                <option value="seed">{ "The seed: one producer, one consumer" }</option>
                { for EXAMPLES.iter().map(|(file, title)| html! { <option value={*file}>{ *title }</option> }) }
            </select>
            <button type="button" {onclick}>{ "Load example" }</button>
        </div>
    }
}
