//! The few things the lab reads from or writes to the page outside Yew: the address bar
//! and the `<html>` element. Every call tolerates a missing window or a refused call (an
//! old browser, a sandboxed iframe): the lab then simply does without.

use crate::view_params::Theme;

/// The page's query string, with its `?` (empty when there is none).
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

thread_local! {
    /// The query the page opened with. The URL sync rewrites the address as the run goes
    /// (dropping `challenge=`, `compare=` and `sweep=`), so what a link asked for is read
    /// from here. `main` reads it before the first render, before any rewrite.
    static OPENED_WITH: String = current_query();
}

/// The page's query string as it was when the page opened, with its `?`.
pub fn opened_query() -> String {
    OPENED_WITH.with(Clone::clone)
}

/// The page's address without query or fragment: `origin + pathname`, so links work
/// wherever the lab is served, under a sub-path too.
pub fn page_base() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

/// Puts `query` (without `?`) in the address bar without a new history entry, so a
/// reload reopens the same run. An empty query leaves just the path.
pub fn replace_query(query: &str) {
    write_query(query, false);
}

/// Puts `query` in the address bar as a new history entry, so Back returns to the
/// address before it.
pub fn push_query(query: &str) {
    write_query(query, true);
}

fn write_query(query: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    let Ok(history) = window.history() else {
        return;
    };
    let null = wasm_bindgen::JsValue::NULL;
    // A refusal (too many calls, a sandbox) only means the address bar lags behind.
    let _ = if push {
        history.push_state_with_url(&null, "", Some(&url))
    } else {
        history.replace_state_with_url(&null, "", Some(&url))
    };
}

/// Sets `data-theme` on `<html>`; the stylesheets pick their colours from it.
pub fn set_theme_attribute(theme: Theme) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("data-theme", theme.name());
    }
}

/// Moves the keyboard's focus to the first element matching `selector` once the page has
/// rendered the change under way. For a control that a click replaces or removes (an
/// answer, the Present button, the explorer's Cancel): without this the focus falls to
/// `<body>`, and the next Tab starts again from the top of the page.
pub fn focus_after_render(selector: &'static str) {
    use wasm_bindgen::JsCast;
    // Yew renders before the browser's next task: a zero timeout runs after it.
    gloo::timers::callback::Timeout::new(0, move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    })
    .forget();
}
