//! Helpers for the panels' browser tests: mount a component with props into a fresh
//! element, wait for Yew to render, query the result, and fire real DOM events.
//!
//! Events are built in JavaScript (`inline_js`) because the crate enables only the
//! web-sys features the app itself needs.

// Each test file uses its own subset of these helpers.
#![allow(dead_code)]

use std::time::Duration;

use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

use yew::{function_component, BaseComponent, Html, Properties, Renderer};

#[wasm_bindgen(inline_js = r#"
export function pointer_at(el, type, share) {
  const r = el.getBoundingClientRect();
  el.dispatchEvent(new PointerEvent(type, {
    bubbles: true, cancelable: true, pointerId: 1, isPrimary: true,
    button: type === 'pointerdown' ? 0 : -1, buttons: 1,
    clientX: r.left + r.width * share, clientY: r.top + 2,
  }));
}
export function key_down(el, key) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}
export function type_into(el, value) {
  el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true }));
}
export function choose(el, value) {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
export function submit(form) { form.requestSubmit(); }
export function clear_storage() { localStorage.clear(); }
"#)]
extern "C" {
    /// Presses and holds the primary pointer at `share` (0..1) of `el`'s width.
    pub fn pointer_at(el: &Element, kind: &str, share: f64);
    /// A `keydown` of `key` on `el`.
    pub fn key_down(el: &Element, key: &str);
    /// Sets an input's value and fires `input`, as typing does.
    pub fn type_into(el: &Element, value: &str);
    /// Sets a select's or checkbox's value and fires `change`.
    pub fn choose(el: &Element, value: &str);
    /// Submits a form as its submit button would.
    pub fn submit(form: &Element);
    /// Forgets everything the page stored.
    pub fn clear_storage();
}

/// Mounts `C` with `props` into a new element at the top left of the page, and renders.
pub async fn mount<C: BaseComponent>(props: C::Properties) -> Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("the test runs in a browser page");
    let root = document.create_element("div").expect("a div can be made");
    let _ = root.set_attribute("style", "position: absolute; left: 0; top: 0; width: 600px");
    document
        .body()
        .expect("the page has a body")
        .append_child(&root)
        .expect("the root can be attached");
    Renderer::<C>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

/// What [`mount_view`] renders: a plain view function of the page's.
#[derive(Properties)]
pub struct ViewHostProps {
    view: Rc<dyn Fn() -> Html>,
}

impl PartialEq for ViewHostProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.view, &other.view)
    }
}

/// A component around a plain view function, so a test can mount what it draws.
#[function_component(ViewHost)]
fn view_host(props: &ViewHostProps) -> Html {
    (props.view)()
}

/// Renders `view` (a view function of the page's, called with its props) into a fresh
/// element, as [`mount`] does a component.
pub async fn mount_view(view: impl Fn() -> Html + 'static) -> Element {
    mount::<ViewHost>(ViewHostProps {
        view: Rc::new(view),
    })
    .await
}

/// Lets Yew's scheduler run pending renders and effects.
pub async fn settle() {
    yew::platform::time::sleep(Duration::ZERO).await;
    yew::platform::time::sleep(Duration::ZERO).await;
}

/// The one element matching `selector` inside `root`; fails the test if there is none.
pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

/// Every element matching `selector` inside `root`, in document order.
pub fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// `el`'s text, trimmed.
pub fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default().trim().to_string()
}

/// The element that has focus, if any.
pub fn focused() -> Option<HtmlElement> {
    web_sys::window()?
        .document()?
        .active_element()?
        .dyn_into::<HtmlElement>()
        .ok()
}
