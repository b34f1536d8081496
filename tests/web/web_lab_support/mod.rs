//! Helpers for the lab's browser tests: mount the whole [`App`] on a query string, wait for
//! Yew to render, find buttons by their text, press keys, and read the page back.
//!
//! Events are built in JavaScript (`inline_js`): the crate enables only the web-sys
//! features the app itself needs. Every test destroys its app at the end, so the document
//! keyboard listener of one test never answers another's keys.

// Each test file uses its own subset of these helpers.
#![allow(dead_code)]

use std::time::Duration;

use producer_consumer_lab::app::{App, AppProps};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

#[wasm_bindgen(inline_js = r#"
export function key_down(el, key) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}
"#)]
extern "C" {
    /// A `keydown` of `key` on `el`, bubbling to the document as a real key press does.
    pub fn key_down(el: &Element, key: &str);
}

/// A mounted lab: its root element, and the handle that unmounts it.
pub struct Lab {
    /// The element the app rendered into.
    pub root: Element,
    handle: AppHandle<App>,
}

impl Lab {
    /// Mounts the lab as a page opened with `?query` would show it, and renders.
    pub async fn open(query: &str) -> Lab {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .expect("the test runs in a browser page");
        let root = document.create_element("div").expect("a div can be made");
        document
            .body()
            .expect("the page has a body")
            .append_child(&root)
            .expect("the root can be attached");
        let props = AppProps {
            query: Some(query.to_string().into()),
        };
        let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        let lab = Lab { root, handle };
        settle().await;
        lab
    }

    /// Unmounts the app and removes its element.
    pub fn close(self) {
        self.handle.destroy();
        self.root.remove();
    }

    /// The first element matching `selector`, which must exist.
    pub fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .expect("a valid selector")
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    /// Whether anything matches `selector`.
    pub fn has(&self, selector: &str) -> bool {
        self.root.query_selector(selector).ok().flatten().is_some()
    }

    /// How many elements match `selector`.
    pub fn count(&self, selector: &str) -> u32 {
        self.root
            .query_selector_all(selector)
            .map(|list| list.length())
            .unwrap_or(0)
    }

    /// The text of the first element matching `selector`.
    pub fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }

    /// The live region's sentence.
    pub fn narration(&self) -> String {
        self.text("[role=status]#narration")
    }

    /// The button whose text is exactly `label`.
    pub fn button(&self, label: &str) -> HtmlElement {
        let buttons = self
            .root
            .query_selector_all("button")
            .expect("a valid selector");
        (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
            .find(|b| b.text_content().as_deref().map(str::trim) == Some(label))
            .unwrap_or_else(|| panic!("no button reads {label:?}"))
    }

    /// Clicks the button reading `label`, then lets Yew render.
    pub async fn click(&self, label: &str) {
        self.button(label).click();
        settle().await;
    }

    /// Presses `key` with the focus on the page body, then lets Yew render.
    pub async fn press(&self, key: &str) {
        let body = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
            .expect("the page has a body");
        key_down(&body, key);
        settle().await;
    }

    /// The console's lines, as text.
    pub fn console_lines(&self) -> Vec<String> {
        let items = self
            .root
            .query_selector_all(".console li")
            .expect("a valid selector");
        (0..items.length())
            .filter_map(|i| items.item(i))
            .map(|li| li.text_content().unwrap_or_default())
            .collect()
    }

    /// The step number in the stage caption.
    pub fn step(&self) -> u64 {
        let caption = self.text(".stage-caption span");
        caption
            .trim_start_matches("Step ")
            .parse()
            .unwrap_or_else(|_| panic!("the caption starts with a step: {caption:?}"))
    }
}

/// Lets Yew's scheduler run every pending render.
pub async fn settle() {
    yew::platform::time::sleep(Duration::ZERO).await;
    yew::platform::time::sleep(Duration::ZERO).await;
}

/// Waits `ms` milliseconds of real time: the interval of a polling loop. A test never
/// asserts progress after a fixed wait; it polls (see [`poll_until`]).
pub async fn wait_ms(ms: u64) {
    yew::platform::time::sleep(Duration::from_millis(ms)).await;
}

/// Waits until `done` holds, checking every 10 ms for up to 20 s of real time (a loaded
/// machine is slow, never wrong); returns whether it came to hold.
pub async fn poll_until(mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..2000 {
        if done() {
            return true;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    done()
}

/// Waits for at least `frames` animation frames *and* `ms` of real time: the span over
/// which a paused run must stay put. A slow machine only makes it longer.
pub async fn frames_and_time(frames: u32, ms: f64) {
    use web_sys::js_sys::{Date, Promise};
    let Some(window) = web_sys::window() else {
        return;
    };
    let start = Date::now();
    let mut seen = 0;
    loop {
        let frame = Promise::new(&mut |resolve, _| {
            let _ = window.request_animation_frame(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
        seen += 1;
        if seen >= frames && Date::now() - start >= ms {
            return;
        }
    }
}
