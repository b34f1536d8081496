//! The browser shell: the root [`App`] component, its one reducer ([`state::LabState`]),
//! and the views that draw the lab from it.
//!
//! Compiled only for `wasm32` (see `lib.rs`). The shell drives the pure simulation in
//! [`crate::sim`]; it never holds simulation rules of its own. Clicks, keys and animation
//! frames become [`state::Action`]s; the reducer calls the history `Run`; the views read
//! the result. [`crash_overlay`] lives in its own file because it must keep working when
//! Yew itself is dead.
//!
//! - [`state`], [`actions`], [`playback`]: the reducer, what each action does, real time.
//! - [`layout`]: where everything goes on the page; [`stage`]: the SVG of the program.
//! - [`components`]: controls, task cards, console, share, help; [`panels`]: timeline,
//!   metrics, editor, presets and introduction; [`ostep`]: the monitor and semaphore
//!   modes' locks table, book trace and deadlock explanation.
//! - [`hooks`]: animation frames, keyboard, address bar and theme.

mod actions;
#[cfg(not(target_feature = "atomics"))]
mod allocator;
pub mod browser;
pub mod components;
pub mod compress;
pub mod crash_overlay;
pub mod decimal;
mod embed;
pub mod fetch_text;
mod handout;
pub mod hooks;
pub mod labels;
mod layout;
pub mod links;
pub mod ostep;
pub mod panels;
pub mod playback;
mod present;
pub mod program;
mod quiz_gate;
pub mod stage;
pub mod state;

use yew::prelude::*;

use hooks::{use_document_theme, use_keyboard, use_narrow_screen, use_stage_box, BoxRule};
use hooks::{use_ticker, use_url_sync};
use state::{Action, LabState};

/// Where the lab reads its URL parameters from.
#[derive(Properties, Clone, PartialEq, Default)]
pub struct AppProps {
    /// The query string to start from; `None` (the page) reads `location.search`. Tests
    /// pass one so they need not touch the address bar.
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

/// The query the scenario lab opens with.
#[derive(Properties, Clone, PartialEq)]
struct ScenarioLabProps {
    query: AttrValue,
}

/// The scenario lab's root, which `src/main.rs` mounts.
///
/// The program lab is a bundle of its own (`src/bin/program-lab.rs`, mounting
/// [`ProgramApp`]): `static/loader.js` (`wantsProgram`) loads that one instead for a
/// program link (`program=`, `edit=go`), so that the scenario page never downloads the
/// Go interpreter. README, "Bundle size".
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let query = props
        .query
        .clone()
        .map_or_else(browser::opened_query, |q| q.to_string());
    html! { <ScenarioLab query={query} /> }
}

/// The program lab's root, which `src/bin/program-lab.rs` mounts.
#[function_component(ProgramApp)]
pub fn program_app(props: &AppProps) -> Html {
    let query = props
        .query
        .clone()
        .map_or_else(browser::opened_query, |q| q.to_string());
    html! { <program::ProgramLab query={query} /> }
}

/// The scenario lab: the built-in Go, monitor and semaphore programs.
#[function_component(ScenarioLab)]
fn scenario_lab(props: &ScenarioLabProps) -> Html {
    let lab = {
        let query = props.query.clone();
        use_reducer(move || LabState::from_query(&query))
    };
    let dispatch = lab.dispatcher();
    use_ticker(lab.playing, {
        let dispatch = dispatch.clone();
        Callback::from(move |elapsed_ms| dispatch.dispatch(Action::Frame { elapsed_ms }))
    });
    use_keyboard(dispatch.clone().into());
    use_url_sync(links::page_query(&lab), lab.history_mark, lab.dispatcher());
    use_document_theme(lab.view.theme);
    let narrow = use_narrow_screen();
    // The stage fits its layout to the box it gets: a fixed-size embed's frame, or on the
    // page its column's width under the drawing's height cap. An embed with panels draws
    // the stage at its natural size and the presentation view at its own.
    let stage_frame = use_node_ref();
    let rule = if lab.view.embed {
        if embed::has_embed_panels(&lab) {
            BoxRule::Off
        } else {
            BoxRule::Frame
        }
    } else if lab.view.present {
        BoxRule::Off
    } else {
        BoxRule::WidthUnderCap
    };
    let stage_box = use_stage_box(stage_frame.clone(), rule);
    let screen = layout::Screen {
        narrow,
        stage_frame,
        stage_box,
    };
    let on_action: Callback<Action> = dispatch.into();
    layout::view_lab(&lab, &on_action, &screen)
}
