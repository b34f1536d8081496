//! Browser test for the real panic path: the installed hook, not a direct call, puts the
//! crash overlay on the page.
//!
//! In its own file (its own test binary and page) because it replaces the process-wide
//! panic hook and leaves a dead listener behind. The panic happens inside a `window`
//! event listener, the same path the release end-to-end test takes: the hook runs, then
//! the listener traps; the browser reports the trap and `dispatchEvent` returns normally.
#![cfg(target_arch = "wasm32")]

use producer_consumer_lab::app::crash_overlay::{
    install_panic_hook, listen_for_test_panic, OVERLAY_HEADING, OVERLAY_ID, TEST_PANIC_EVENT,
};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Event;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_real_panic_in_the_app_shows_the_crash_overlay() {
    let window = web_sys::window().expect("the test runs in a browser page");
    let document = window.document().expect("the page has a document");
    assert!(document.get_element_by_id(OVERLAY_ID).is_none());

    install_panic_hook();
    listen_for_test_panic();
    let event = Event::new(TEST_PANIC_EVENT).expect("a valid event name");
    window
        .dispatch_event(&event)
        .expect("dispatching an event does not throw");

    let overlay = document
        .get_element_by_id(OVERLAY_ID)
        .expect("the panic hook showed the overlay");
    assert_eq!(
        overlay.get_attribute("role").as_deref(),
        Some("alertdialog")
    );
    let text = overlay.text_content().unwrap_or_default();
    assert!(text.contains(OVERLAY_HEADING), "overlay text: {text}");
}
