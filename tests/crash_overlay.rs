//! Browser tests for the crash overlay, built with plain DOM calls (see
//! `src/app/crash_overlay.rs`). They call [`show_crash_overlay`] directly; the real panic
//! path has its own file, `crash_overlay_panic.rs`, because it replaces the panic hook.
//!
//! Run with `cargo test --target wasm32-unknown-unknown` (headless Chromium through
//! chromedriver; see `.cargo/config.toml`).
#![cfg(target_arch = "wasm32")]

use producer_consumer_lab::app::crash_overlay::{show_crash_overlay, OVERLAY_HEADING, OVERLAY_ID};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element};

wasm_bindgen_test_configure!(run_in_browser);

/// The test page's document. Tests share one page, so each starts by clearing it.
fn fresh_document() -> Document {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("the test runs in a browser page");
    while let Some(old) = document.get_element_by_id(OVERLAY_ID) {
        old.remove();
    }
    document
}

/// Shows the overlay and returns it, failing the test if it is not on the page.
fn shown_overlay(document: &Document) -> Element {
    show_crash_overlay().expect("the overlay can be shown");
    document
        .get_element_by_id(OVERLAY_ID)
        .expect("the overlay is on the page")
}

#[wasm_bindgen_test]
fn overlay_is_an_alert_dialog_named_by_its_heading() {
    let document = fresh_document();
    let overlay = shown_overlay(&document);

    assert_eq!(
        overlay.get_attribute("role").as_deref(),
        Some("alertdialog")
    );
    assert_eq!(overlay.get_attribute("aria-modal").as_deref(), Some("true"));
    let heading_id = overlay
        .get_attribute("aria-labelledby")
        .expect("the dialog is labelled");
    let heading = document
        .get_element_by_id(&heading_id)
        .expect("the label points at an element");
    assert_eq!(heading.tag_name(), "H2");
    assert_eq!(heading.text_content().as_deref(), Some(OVERLAY_HEADING));
    assert_eq!(OVERLAY_HEADING, "Something went wrong — reload");
}

#[wasm_bindgen_test]
fn overlay_offers_a_reload_button_that_has_focus() {
    let document = fresh_document();
    let overlay = shown_overlay(&document);

    let button = overlay
        .query_selector("button")
        .expect("a valid selector")
        .expect("the overlay has a button");
    assert_eq!(button.text_content().as_deref(), Some("Reload"));
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    // No inline handler: a strict CSP would block it (the click listener is the
    // browser's own location.reload; the e2e test clicks it after a real abort).
    assert_eq!(button.get_attribute("onclick"), None);
    let focused = document.active_element().expect("something has focus");
    assert!(focused.is_same_node(Some(&button)), "Reload has focus");
}

#[wasm_bindgen_test]
fn overlay_sits_directly_in_the_body_outside_the_app() {
    let document = fresh_document();
    let overlay = shown_overlay(&document);

    let parent = overlay.parent_element().expect("the overlay is attached");
    assert_eq!(parent.tag_name(), "BODY");
}

#[wasm_bindgen_test]
fn a_second_crash_does_not_stack_a_second_overlay() {
    let document = fresh_document();
    shown_overlay(&document);
    shown_overlay(&document);

    let overlays = document
        .query_selector_all(&format!("#{OVERLAY_ID}"))
        .expect("a valid selector");
    assert_eq!(overlays.length(), 1);
}
