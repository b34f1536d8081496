//! Sharing a run: "Copy link" copies a URL that reopens this scenario, the learner's
//! manual schedule and the current step; "Embed" shows an `<iframe>` snippet for course
//! pages. Both are also shown in read-only fields, because the clipboard may be refused.

use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

/// The links to share.
#[derive(Properties, Clone, PartialEq)]
pub struct ShareProps {
    /// The full URL of this run at this step.
    pub link: AttrValue,
    /// The `<iframe>` snippet.
    pub embed_snippet: AttrValue,
}

/// What the last copy did.
#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    Refused,
}

/// The share panel.
#[function_component(Share)]
pub fn share(props: &ShareProps) -> Html {
    let status = use_state(|| CopyStatus::Idle);
    let show_embed = use_state(|| false);
    let copy = {
        let (status, link) = (status.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| copy_to_clipboard(link.to_string(), status.clone()))
    };
    let toggle_embed = {
        let show_embed = show_embed.clone();
        Callback::from(move |_: MouseEvent| show_embed.set(!*show_embed))
    };
    let message = match *status {
        CopyStatus::Idle => "",
        CopyStatus::Copied => "Link copied.",
        CopyStatus::Refused => "The browser refused the clipboard: copy the link from the field.",
    };
    html! {
        <section class="share-panel" aria-labelledby="share-heading">
            <h2 id="share-heading">{ "Share" }</h2>
            <div class="share-row">
                <button type="button" onclick={copy}>{ "Copy link" }</button>
                <button type="button" onclick={toggle_embed} aria-expanded={show_embed.to_string()}
                    aria-controls="embed-snippet-field">{ "Embed" }</button>
                <span class="copy-status" role="status">{ message }</span>
            </div>
            <label for="share-link">{ "Link to this run at this step" }</label>
            <input id="share-link" type="text" readonly=true value={props.link.clone()}
                onfocus={select_all()} />
            <div id="embed-snippet-field" hidden={!*show_embed}>
                <label for="embed-snippet">{ "Embed snippet (HTML)" }</label>
                <textarea id="embed-snippet" readonly=true rows="3"
                    value={props.embed_snippet.clone()} onfocus={select_all()} />
            </div>
        </section>
    }
}

/// Selects a read-only field's text when it gets focus, ready to copy by hand.
fn select_all() -> Callback<FocusEvent> {
    Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        } else if let Some(area) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
            area.select();
        }
    })
}

/// Writes `text` to the clipboard and reports how it went.
fn copy_to_clipboard(text: String, status: UseStateHandle<CopyStatus>) {
    let Some(window) = web_sys::window() else {
        status.set(CopyStatus::Refused);
        return;
    };
    let clipboard = window.navigator().clipboard();
    // Pages served over plain HTTP (not localhost) have no clipboard object at all.
    if clipboard.is_undefined() {
        status.set(CopyStatus::Refused);
        return;
    }
    let promise = clipboard.write_text(&text);
    spawn_local(async move {
        let copied = JsFuture::from(promise).await.is_ok();
        status.set(if copied {
            CopyStatus::Copied
        } else {
            CopyStatus::Refused
        });
    });
}
