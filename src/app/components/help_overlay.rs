//! The keyboard help: a modal `<dialog>` listing every shortcut. `showModal` makes the
//! rest of the page inert (focus stays inside), Esc closes it, and closing returns focus
//! to whatever had it before.

use web_sys::{HtmlDialogElement, HtmlElement};
use yew::prelude::*;

/// Every shortcut: keys, then what they do.
pub const SHORTCUTS: [(&str, &str); 9] = [
    ("Space", "Play or pause"),
    ("→", "Step forward one statement"),
    ("←", "Step back one statement"),
    ("Home", "Reset to step 0"),
    ("End", "Run to the end"),
    ("+ or =", "Faster"),
    ("−", "Slower"),
    (
        "1 – 9",
        "You are the scheduler: run the task with that number",
    ),
    ("?", "Show this help"),
];

/// Whether the help is open, and how to close it.
#[derive(Properties, Clone, PartialEq)]
pub struct HelpOverlayProps {
    /// True to show the dialog.
    pub open: bool,
    /// Called on Close, Esc, or a click on the backdrop.
    pub on_close: Callback<()>,
}

/// The help dialog.
#[function_component(HelpOverlay)]
pub fn help_overlay(props: &HelpOverlayProps) -> Html {
    let dialog = use_node_ref();
    let close_button = use_node_ref();
    let opener = use_mut_ref(|| None::<HtmlElement>);
    {
        let dialog = dialog.clone();
        let close_button = close_button.clone();
        use_effect_with(props.open, move |&open| {
            let Some(dialog) = dialog.cast::<HtmlDialogElement>() else {
                return;
            };
            if open && !dialog.open() {
                *opener.borrow_mut() = active_element();
                // Fails only if the dialog is detached; then there is nothing to show.
                let _ = dialog.show_modal();
                // Focused here rather than with `autofocus`: a closed dialog's autofocus is
                // what a cross-origin frame reports as "Blocked autofocusing".
                if let Some(button) = close_button.cast::<HtmlElement>() {
                    let _ = button.focus();
                }
            } else if !open && dialog.open() {
                dialog.close();
                if let Some(opener) = opener.borrow_mut().take() {
                    let _ = opener.focus();
                }
            }
        });
    }
    let close = props.on_close.reform(|_: MouseEvent| ());
    // The panel fills the dialog box, so a click that lands on the dialog itself is a
    // click on the backdrop around it.
    let on_backdrop = {
        let on_close = props.on_close.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: MouseEvent| {
            let on_dialog = e.target().zip(dialog.get()).is_some_and(|(t, d)| {
                let d: &web_sys::EventTarget = &d;
                *d == t
            });
            if on_dialog {
                on_close.emit(());
            }
        })
    };
    // Esc fires `cancel`: let the state close the dialog, so it and the page agree.
    let oncancel = props.on_close.reform(|e: Event| e.prevent_default());
    let rows = SHORTCUTS.iter().map(|(keys, what)| {
        html! { <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ *what }</td></tr> }
    });
    html! {
        <dialog ref={dialog} class="help-dialog" aria-labelledby="help-heading"
            oncancel={oncancel} onclick={on_backdrop}>
            <div class="help-panel">
            // Close first, beside the heading: it takes the focus when the dialog opens,
            // and a dialog taller than its frame (an embed, the presentation view) then
            // opens at its top, not scrolled to a Close button at its foot.
            <div class="help-head">
                <h2 id="help-heading">{ "Keyboard shortcuts" }</h2>
                <button ref={close_button} type="button" class="primary" onclick={close}>
                    { "Close" }
                </button>
            </div>
            <table>
                <thead><tr><th scope="col">{ "Key" }</th><th scope="col">{ "Does" }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p class="note">
                { "Shortcuts are off while you type in a field. In a task's listing, ▶ marks \
                   the line it runs next and ✓ the line it just ran." }
            </p>
            <p class="note" id="help-go-field">
                { "In the Go program field, Tab indents and Shift+Tab unindents the line. To \
                   leave the field from the keyboard, press Escape, then Tab (or Shift+Tab). \
                   Ctrl+Enter runs the program." }
            </p>
            </div>
        </dialog>
    }
}

/// The element that has focus now, to give it back later.
fn active_element() -> Option<HtmlElement> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()?.document()?;
    document.active_element()?.dyn_into::<HtmlElement>().ok()
}
