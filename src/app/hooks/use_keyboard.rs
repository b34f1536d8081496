//! [`use_keyboard`]: the lab's keyboard shortcuts, on the whole document.
//!
//! Keys are never taken from where they already mean something: nothing is handled while
//! focus is in a text field, a select or a slider, inside a dialog, with Ctrl, Alt or Meta
//! held, or when a widget has already handled the key (the timeline's arrows); Space
//! still presses a focused button.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::app::state::Action;

/// The action a key stands for, by `KeyboardEvent.key`; `None` for keys the lab ignores.
///
/// Space play/pause, → step, ← step back, Home reset, End run to end, + or = faster,
/// − slower, 1–9 pick task 1–9 (P1..Pn, C1..Cm, main) in manual mode, ? help.
pub fn action_for_key(key: &str) -> Option<Action> {
    let action = match key {
        " " | "Spacebar" => Action::TogglePlay,
        "ArrowRight" => Action::Step,
        "ArrowLeft" => Action::StepBack,
        "Home" => Action::Reset,
        "End" => Action::RunToEnd,
        "+" | "=" => Action::Faster,
        "-" | "_" | "−" => Action::Slower,
        "?" => Action::ShowHelp(true),
        digit => {
            let d = digit
                .parse::<usize>()
                .ok()
                .filter(|d| (1..=9).contains(d))?;
            Action::ChooseNth(d - 1)
        }
    };
    Some(action)
}

/// Listens for shortcuts on `document` for as long as the component is mounted, and
/// hands each one's [`Action`] to `on_key` (the program lab maps them to its own).
///
/// ```ignore
/// let lab = use_reducer(|| LabState::from_query(""));
/// use_keyboard(lab.dispatcher().into());
/// ```
#[hook]
pub fn use_keyboard(on_key: Callback<Action>) {
    use_effect_with((), move |_| {
        let document = web_sys::window().and_then(|w| w.document());
        // Not passive: a handled Space must not also scroll the page.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = document.map(|document| {
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if let Some(action) = shortcut(event) {
                    event.prevent_default();
                    on_key.emit(action);
                }
            })
        });
        move || drop(listener)
    });
}

/// The action for `event`, unless the key belongs to something else (see module docs).
fn shortcut(event: &KeyboardEvent) -> Option<Action> {
    if event.ctrl_key() || event.alt_key() || event.meta_key() || event.default_prevented() {
        return None;
    }
    let key = event.key();
    let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
    if let Some(target) = &target {
        if takes_keys(target) || inside(target, "dialog") {
            return None;
        }
        if key == " " && inside(target, "button, a[href], summary") {
            return None;
        }
    }
    action_for_key(&key)
}

/// True for elements that use every key themselves: text fields, selects, sliders.
fn takes_keys(element: &Element) -> bool {
    let editable = element
        .dyn_ref::<web_sys::HtmlElement>()
        .is_some_and(|e| e.is_content_editable());
    editable || matches!(element.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
}

/// True when `element` is, or is inside, an element matching `selector`.
fn inside(element: &Element, selector: &str) -> bool {
    element.closest(selector).ok().flatten().is_some()
}
