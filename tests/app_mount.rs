//! Browser test: the root component mounts and renders the lab's landmark and heading.
//!
//! Mounts [`App`] into a fresh element, the way `main.rs` mounts it on `<body>`, and waits
//! one tick for Yew's scheduler to render.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use producer_consumer_lab::app::App;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn app_renders_a_main_landmark_with_the_lab_heading() {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("the test runs in a browser page");
    let root = document.create_element("div").expect("a div can be made");
    document
        .body()
        .expect("the page has a body")
        .append_child(&root)
        .expect("the root can be attached");

    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::platform::time::sleep(Duration::ZERO).await;

    let heading = root
        .query_selector("main h1")
        .expect("a valid selector")
        .expect("the app rendered <main> with an <h1>");
    assert_eq!(
        heading.text_content().as_deref(),
        Some("Producer–Consumer Lab")
    );
}
