//! The browser shell: the root [`App`] component and the crash overlay.
//!
//! Compiled only for `wasm32` (see `lib.rs`). The shell drives the pure simulation in
//! [`crate::sim`]; it never holds simulation rules of its own. [`crash_overlay`] lives in
//! its own file because it must keep working when Yew itself is dead.

pub mod crash_overlay;

use yew::prelude::*;

/// The root component: the whole lab is rendered inside its `<main>`.
///
/// A placeholder for now: the heading and a one-line introduction, so the page, its
/// accessibility scan and the end-to-end tests have something real to check.
#[function_component(App)]
pub fn app() -> Html {
    html! {
        <main id="lab">
            <h1>{ "Producer–Consumer Lab" }</h1>
            <p class="lede">
                { "Watch producers and consumers share a bounded buffer, one step at a time: \
                   Go channels, monitors with condition variables, and semaphores." }
            </p>
        </main>
    }
}
