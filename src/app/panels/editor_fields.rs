//! How each editor field is drawn: its label, hint and kind of control.
//!
//! Every control has a visible label, a hint tied to it with `aria-describedby`, and, when
//! the last Apply found a problem, the parser's message in text beside it with
//! `aria-invalid`.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::editor_form::{Field, Fields};
// The scheduler menu's own words, so the editor and the controls never disagree.
use crate::app::components::controls::policy_label;
use crate::sim::scenario::{Mode, PolicyKind, Variant, MAX_CAPACITY, MAX_ITEMS, MAX_PER_SIDE};

/// The kind of control a field uses.
enum Control {
    /// A `<select>` of `(value, label)` options.
    Select(Vec<(&'static str, &'static str)>),
    /// A whole number, typed as text so nothing is silently dropped; the parser checks it.
    Number,
    /// Free text.
    Text,
    /// A checkbox whose value is `1` when checked, `0` otherwise.
    Check,
}

/// The hint of a field whose range is one of the scenario's bounds, written from the
/// bound itself so the form and the URL parser cannot disagree.
fn bound_hint(field: Field) -> Option<String> {
    Some(match field {
        Field::Producers | Field::Consumers => format!("1 to {MAX_PER_SIDE}."),
        Field::Capacity => format!(
            "Slots in the buffer, 0 to {MAX_CAPACITY}; 0 is an unbuffered channel (Go only)."
        ),
        Field::Items => format!("1 to {MAX_ITEMS}."),
        _ => return None,
    })
}

/// Label, hint and control of `field` when the form names `mode`.
fn describe(field: Field, mode: Mode) -> (&'static str, &'static str, Control) {
    match field {
        Field::Mode => (
            "Program",
            "Go channels are the seed program; the monitor is OSTEP's mutex and \
             condition variables; semaphores are the textbook solution.",
            Control::Select(vec![
                ("go", "Go channels"),
                ("monitor", "Monitor"),
                ("semaphore", "Semaphores"),
            ]),
        ),
        Field::Variant => (
            "Variant",
            "Which version of the program; the first is correct.",
            Control::Select(
                Variant::ALL
                    .into_iter()
                    .filter(|v| v.mode() == mode)
                    .map(|v| (v.name(), v.name()))
                    .collect(),
            ),
        ),
        // Their hints name the scenario's bounds: see `bound_hint`.
        Field::Producers => ("Producers", "", Control::Number),
        Field::Consumers => ("Consumers", "", Control::Number),
        Field::Capacity => ("Buffer capacity", "", Control::Number),
        Field::Items => ("Items per producer", "", Control::Number),
        Field::ProduceMs => (
            "Producer sleep after each send (ms)",
            "One number, or a \
            comma-separated list used in turn by producer 1, 2, ...: 100,900.",
            Control::Text,
        ),
        Field::ConsumeMs => (
            "Consumer sleep after each receive (ms)",
            "One number, or a \
            comma-separated list used in turn by consumer 1, 2, ...",
            Control::Text,
        ),
        Field::Psleep => (
            "Producer sleep string",
            "OSTEP's -P: one piece per producer, \
            separated by ':', seconds slept after markers p0..p6, e.g. 0,0,1:2. Empty for none.",
            Control::Text,
        ),
        Field::Csleep => (
            "Consumer sleep string",
            "OSTEP's -C: one piece per consumer, \
            seconds slept after markers c0..c6. Empty for none.",
            Control::Text,
        ),
        Field::Close => (
            "Close the channel after the last producer",
            "Unchecked, the \
            consumers wait forever and Go reports a deadlock.",
            Control::Check,
        ),
        Field::Policy => (
            "Scheduler policy",
            "Who runs the next statement.",
            Control::Select(
                PolicyKind::ALL
                    .into_iter()
                    .map(|p| (p.name(), policy_label(p)))
                    .collect(),
            ),
        ),
        Field::Seed => (
            "Random seed",
            "Used by the random policy: the same seed replays \
            the same run. 0 to 18446744073709551615.",
            Control::Number,
        ),
    }
}

/// One labelled field with its hint and, if any, its error message.
pub fn view_field(
    field: Field,
    fields: &Fields,
    error: Option<String>,
    on_set: Callback<(Field, String)>,
) -> Html {
    let key = field.key();
    let id = format!("field-{key}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let (label, hint, control) = describe(field, fields.mode());
    let hint = bound_hint(field).unwrap_or_else(|| hint.to_string());
    let described = if error.is_some() {
        format!("{error_id} {hint_id}")
    } else {
        hint_id.clone()
    };
    let invalid = error.is_some().then_some("true");
    let value = fields.get(field).to_string();
    let input = match control {
        Control::Select(options) => view_select(field, &id, &described, &value, options, on_set),
        Control::Check => {
            let onchange = on_set.reform(move |e: Event| {
                let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
                (field, if checked { "1" } else { "0" }.to_string())
            });
            html! { <input type="checkbox" id={id.clone()} name={key}
            checked={value == "1"} aria-describedby={described} {onchange} /> }
        }
        Control::Number | Control::Text => {
            let numeric = matches!(control, Control::Number);
            let oninput = on_set.reform(move |e: InputEvent| {
                (field, e.target_unchecked_into::<HtmlInputElement>().value())
            });
            html! { <input type="text" id={id.clone()} name={key} value={value}
            inputmode={numeric.then_some("numeric")} autocomplete="off" spellcheck="false"
            aria-describedby={described} aria-invalid={invalid} {oninput} /> }
        }
    };
    let check = matches!(field, Field::Close);
    html! {
        <div class={classes!("ed-field", check.then_some("ed-check"), error.is_some().then_some("ed-invalid"))}>
            if check { { input.clone() } }
            <label for={id.clone()}>{ label }{ " " }<code>{ key }</code></label>
            if !check { { input } }
            if let Some(message) = error {
                <p class="ed-error" id={error_id}>{ message }</p>
            }
            <p class="ed-hint" id={hint_id}>{ hint }</p>
        </div>
    }
}

fn view_select(
    field: Field,
    id: &str,
    described: &str,
    value: &str,
    options: Vec<(&'static str, &'static str)>,
    on_set: Callback<(Field, String)>,
) -> Html {
    let onchange = on_set.reform(move |e: Event| {
        (
            field,
            e.target_unchecked_into::<HtmlSelectElement>().value(),
        )
    });
    html! {
        <select id={id.to_string()} name={field.key()} aria-describedby={described.to_string()} {onchange}>
            { for options.into_iter().map(|(v, label)| html! {
                <option value={v} selected={v == value}>{ label }</option>
            }) }
        </select>
    }
}
