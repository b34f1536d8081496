//! The banner for a link with bad parameters: one line per rejected key, naming the key,
//! the value and what is allowed, and saying which default was kept. The rest of the link
//! still applies and the page works; the banner can be dismissed.

use yew::prelude::*;

/// The messages to show, and how to dismiss them.
#[derive(Clone, PartialEq)]
pub struct ParamErrorsProps {
    /// One message per rejected parameter.
    pub messages: std::rc::Rc<Vec<String>>,
    /// Called by the Dismiss button.
    pub on_dismiss: Callback<()>,
}

/// The banner; nothing when the link was clean.
pub fn param_errors(props: &ParamErrorsProps) -> Html {
    if props.messages.is_empty() {
        return Html::default();
    }
    let items = props.messages.iter().map(|m| html! { <li>{ m }</li> });
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    let heading = if props.messages.len() == 1 {
        "One link parameter could not be applied"
    } else {
        "Some link parameters could not be applied"
    };
    html! {
        <section class="param-errors" role="alert" aria-labelledby="param-errors-heading">
            <h2 id="param-errors-heading">{ heading }</h2>
            <ul>{ for items }</ul>
            <p>{ "Everything else in the link was applied." }</p>
            <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
        </section>
    }
}
