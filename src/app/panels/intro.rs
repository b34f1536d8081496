//! The first-visit introduction: what the producer–consumer pattern is, where it is used,
//! what it buys and what it costs (after `seed.md`), and how to drive the lab.
//!
//! It is a labelled region, not a modal: the lab stays usable behind it. It opens by
//! itself only on the bare address (no query) on a first visit: a shared link to a run
//! opens with the stage in view. Closing it is remembered in `localStorage`, and a small
//! button brings it back. Embedded views
//! (`embed=1`) never show it: an iframe in a course page has its own introduction.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;
use yew::prelude::*;

/// The `localStorage` key that remembers the introduction was closed.
pub const DISMISSED_KEY: &str = "pclab.intro.dismissed";

/// Props of [`Intro`].
#[derive(Properties, PartialEq)]
pub struct IntroProps {
    /// The page is embedded (`embed=1`): show nothing.
    #[prop_or_default]
    pub embed: bool,
    /// The page was opened on the bare address (no query string): only then does the
    /// introduction open by itself. Read once, when the component is created.
    #[prop_or(true)]
    pub bare: bool,
}

/// The introduction, or the button that reopens it.
#[function_component(Intro)]
pub fn intro(props: &IntroProps) -> Html {
    let open = use_state(|| props.bare && !was_dismissed());
    let reopen_button = use_node_ref();
    // Focus follows the region: to the reopen button when it closes, never on first load.
    let closed_by_user = use_mut_ref(|| false);
    {
        let (reopen_button, closed_by_user) = (reopen_button.clone(), closed_by_user.clone());
        use_effect_with(*open, move |&open| {
            if !open && *closed_by_user.borrow() {
                if let Some(el) = reopen_button.cast::<HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    if props.embed {
        return Html::default();
    }
    if !*open {
        let onclick = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| {
                // The button goes: the focus moves to the introduction it opened.
                crate::app::browser::focus_after_render("#intro-title");
                open.set(true);
            })
        };
        return html! {
            <p class="intro-reopen">
                <button type="button" ref={reopen_button} {onclick}>
                    { "What is the producer–consumer pattern?" }
                </button>
            </p>
        };
    }
    let close = {
        let (open, closed_by_user) = (open.clone(), closed_by_user.clone());
        Callback::from(move |()| {
            *closed_by_user.borrow_mut() = true;
            remember_dismissed();
            open.set(false);
        })
    };
    // Escape closes it from anywhere inside, as it closes the Keys dialog.
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close.emit(());
            }
        })
    };
    let onclick = close.reform(|_: MouseEvent| ());
    html! {
        <section class="intro" aria-labelledby="intro-title" {onkeydown}>
            <div class="intro-head">
                <h2 id="intro-title" tabindex="-1">{ "The producer–consumer pattern, in two minutes" }</h2>
                <button type="button" class="intro-close" aria-label="Close the introduction"
                    onclick={onclick.clone()}>{ "×" }</button>
            </div>
            { view_pattern() }
            { view_how_to() }
            <button type="button" class="primary" {onclick}>{ "Got it: start exploring" }</button>
        </section>
    }
}

fn view_pattern() -> Html {
    html! {
        <div class="intro-columns">
            <div>
                <p>
                    { "Producers make items (tasks, messages, events) and put them into a shared, \
                       bounded buffer; consumers take them out and process them. Neither knows \
                       the other: the buffer lets each work at its own pace." }
                </p>
                <h3>{ "Where it is used" }</h3>
                <ul>
                    <li>{ "Handing heavy work to background workers without blocking the main thread." }</li>
                    <li>{ "Sharing limited resources safely: thread pools, database connections, files." }</li>
                    <li>{ "High throughput: add consumers independently of producers." }</li>
                </ul>
            </div>
            <div>
                <h3>{ "What it buys" }</h3>
                <p>{ "Decoupling, easy scaling and a natural fit for parallel work; a bounded \
                      buffer also pushes back on producers that run ahead (backpressure)." }</p>
                <h3>{ "What it costs" }</h3>
                <p>{ "Synchronisation adds complexity; a mistake can deadlock or starve a task, and \
                      such bugs depend on timing, so they are hard to reproduce. Here every run is \
                      deterministic, so you can replay one exactly." }</p>
            </div>
        </div>
    }
}

fn view_how_to() -> Html {
    html! {
        <>
            <h3>{ "How to use the lab" }</h3>
            <ul class="intro-how">
                <li><strong>{ "Step" }</strong>{ " runs one statement of one task; " }
                    <strong>{ "Back" }</strong>{ " undoes it exactly." }</li>
                <li><strong>{ "Play" }</strong>{ " runs on its own; the timeline shows every task's \
                    state over virtual time. Click or drag it to jump anywhere in the run." }</li>
                <li><strong>{ "Be the scheduler" }</strong>{ ": choose the manual policy and pick which \
                    task runs next, to force a different interleaving." }</li>
                <li><strong>{ "Share" }</strong>{ ": Copy link reproduces exactly this run, your choices \
                    included. Presets are ready-made lessons; the editor changes any setting." }</li>
            </ul>
        </>
    }
}

/// Whether the introduction was closed on an earlier visit. Without storage (a private
/// window, or storage switched off) it shows every time rather than failing.
fn was_dismissed() -> bool {
    matches!(storage_get(DISMISSED_KEY), Ok(Some(_)))
}

fn remember_dismissed() {
    // Nowhere to remember it: it closes for this visit only.
    let _ = storage_set(DISMISSED_KEY, "1");
}

// `localStorage` directly: two calls do not justify another web-sys feature, and `catch`
// turns the SecurityError of a browser with storage switched off into an `Err`.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = localStorage, js_name = getItem)]
    fn storage_get(key: &str) -> Result<Option<String>, JsValue>;

    #[wasm_bindgen(catch, js_namespace = localStorage, js_name = setItem)]
    fn storage_set(key: &str, value: &str) -> Result<(), JsValue>;
}
