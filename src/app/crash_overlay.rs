//! A last-resort crash screen: when Rust panics, say so on the page and offer a reload.
//!
//! Why plain DOM calls and no Yew: the hook may run in the middle of a Yew render, with
//! Yew's own state borrowed, and in release builds (`panic = "abort"`) the wasm instance
//! traps as soon as the hook returns, so nothing Yew would schedule ever runs. The overlay
//! is therefore built with `web-sys` calls only, and its Reload button's click listener is
//! the browser's own `location.reload` (bound to `location`), not a wasm closure, so that
//! it still works after the wasm instance has died, and not an inline `onclick`, which a
//! strict Content Security Policy blocks. Reloading keeps the page address, and with it
//! the scenario, which lives in the query string.
//!
//! [`listen_for_test_panic`] gives the end-to-end tests a way to cause a real panic in a
//! release build. It is reachable only from script (a `CustomEvent` on `window`), never
//! from a URL, a click or a key.

use std::panic::PanicHookInfo;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

/// The `id` of the overlay element, for CSS and tests; also how a second panic knows
/// that the overlay is already there.
pub const OVERLAY_ID: &str = "crash-overlay";

/// The overlay's heading, which is also its accessible name.
pub const OVERLAY_HEADING: &str = "Something went wrong — reload";

/// The `window` event that makes the app panic on purpose (see [`listen_for_test_panic`]).
pub const TEST_PANIC_EVENT: &str = "pclab-test-panic";

/// Why the overlay could not be shown: the page has no window, document or body.
const NO_PAGE: &str = "no window, document or body to show the crash overlay in";

/// Installs the panic hook: log the panic to the console, then show the overlay.
///
/// Goes through [`yew::set_custom_panic_hook`] so that Yew does not replace it with its
/// default hook when the app is first rendered. Call it before rendering.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(report_panic));
}

/// The panic hook itself. It must not panic: every step that can fail is skipped.
fn report_panic(info: &PanicHookInfo<'_>) {
    let message = format!("Producer–Consumer Lab crashed: {info}");
    web_sys::console::error_1(&JsValue::from_str(&message));
    // Nothing more can be done if even the overlay fails: the console has the details.
    let _ = show_crash_overlay();
}

/// Puts the crash overlay on the page, unless it is already there, and focuses Reload.
///
/// Returns an error only when the page has no document or body, or a DOM call failed.
pub fn show_crash_overlay() -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| JsValue::from_str(NO_PAGE))?;
    if document.get_element_by_id(OVERLAY_ID).is_some() {
        return Ok(());
    }
    let body = document.body().ok_or_else(|| JsValue::from_str(NO_PAGE))?;
    let overlay = build_overlay(&document)?;
    body.append_child(&overlay)?;
    // An alert dialog takes focus, so keyboard and screen-reader users land on Reload.
    if let Some(button) = overlay.query_selector("button")? {
        if let Ok(button) = button.dyn_into::<HtmlElement>() {
            button.focus()?;
        }
    }
    Ok(())
}

/// Builds the overlay: a full-page backdrop (the modal alert dialog) holding a panel
/// with a heading, a sentence and a Reload button.
fn build_overlay(document: &Document) -> Result<Element, JsValue> {
    let overlay = document.create_element("div")?;
    overlay.set_id(OVERLAY_ID);
    overlay.set_attribute("role", "alertdialog")?;
    overlay.set_attribute("aria-modal", "true")?;
    overlay.set_attribute("aria-labelledby", "crash-overlay-heading")?;
    overlay.set_attribute("aria-describedby", "crash-overlay-detail")?;
    let panel = document.create_element("div")?;
    panel.set_class_name("crash-overlay-panel");
    overlay.append_child(&panel)?;

    let heading = append_text(document, &panel, "h2", OVERLAY_HEADING)?;
    heading.set_id("crash-overlay-heading");
    let detail = append_text(
        document,
        &panel,
        "p",
        "The lab hit an internal error and stopped. Reloading starts it again \
         with the same settings; the details are in the browser console.",
    )?;
    detail.set_id("crash-overlay-detail");

    let button = append_text(document, &panel, "button", "Reload")?;
    button.set_attribute("type", "button")?;
    // A native function on purpose: after an abort, a wasm callback could not run.
    let location = web_sys::window().map(|w| w.location());
    if let Some(location) = location {
        let reload: js_sys::Function =
            js_sys::Reflect::get(location.as_ref(), &JsValue::from_str("reload"))?.dyn_into()?;
        button.add_event_listener_with_callback("click", &reload.bind0(location.as_ref()))?;
    }
    Ok(overlay)
}

/// Appends a `<tag>` holding `text` to `parent` and returns it.
fn append_text(
    document: &Document,
    parent: &Element,
    tag: &str,
    text: &str,
) -> Result<Element, JsValue> {
    let element = document.create_element(tag)?;
    element.set_text_content(Some(text));
    parent.append_child(&element)?;
    Ok(element)
}

/// Panics whenever the [`TEST_PANIC_EVENT`] event is dispatched on `window`.
///
/// For the end-to-end tests, which must see a real panic in a real release build:
/// `window.dispatchEvent(new CustomEvent("pclab-test-panic"))`. Only script can
/// dispatch it, and script on the page can break the page anyway, so shipping it costs
/// nothing. Does nothing when there is no window.
pub fn listen_for_test_panic() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn Fn()>::new(|| {
        panic!("deliberate panic: the {TEST_PANIC_EVENT} test event was dispatched");
    });
    let added = window
        .add_event_listener_with_callback(TEST_PANIC_EVENT, listener.as_ref().unchecked_ref());
    if added.is_ok() {
        // The listener lives as long as the page, so its closure must never be freed.
        listener.forget();
    }
}
