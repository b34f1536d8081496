//! The scenario editor: every URL parameter as a labelled control, checked on Apply by the
//! same parser that reads links, with the parser's messages shown in text.
//!
//! The form is local state until Apply; then the new scenario goes to the lab's reducer
//! through `on_apply` (which also updates the URL). When the lab loads another scenario
//! (a preset, a link), the form follows it.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::editor_fields::view_field;
use super::editor_form::{message, Field, Fields};
use crate::sim::scenario::{ParamError, Scenario};

/// Props of [`Editor`].
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The values of the scenario now running.
    pub fields: Fields,
    /// The preset the running scenario came from: the base the form's values apply to.
    pub preset: Option<&'static str>,
    /// Start a new run of this scenario.
    pub on_apply: Callback<Scenario>,
}

/// The form's state between Applies.
#[derive(Clone, PartialEq)]
struct Form {
    fields: Fields,
    errors: Vec<ParamError>,
    /// Failed Applies so far: each one moves focus to the error summary.
    failures: u32,
}

enum Edit {
    /// The lab loaded another scenario: start over from its values.
    Reset(Fields),
    /// The learner changed a field.
    Set(Field, String),
    /// Apply found these problems.
    Failed(Vec<ParamError>),
}

impl Reducible for Form {
    type Action = Edit;
    fn reduce(self: Rc<Self>, action: Edit) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Edit::Reset(fields) => {
                next.fields = fields;
                next.errors.clear();
            }
            Edit::Set(field, value) => next.fields.set(field, value),
            Edit::Failed(errors) => {
                next.errors = errors;
                next.failures += 1;
            }
        }
        Rc::new(next)
    }
}

/// The scenario editor panel.
#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let form = {
        let fields = props.fields.clone();
        use_reducer(move || Form {
            fields,
            errors: Vec::new(),
            failures: 0,
        })
    };
    {
        let form = form.dispatcher();
        use_effect_with(props.fields.clone(), move |fields| {
            form.dispatch(Edit::Reset(fields.clone()))
        });
    }
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with(form.failures, move |&failures| {
            if let (true, Some(el)) = (failures > 0, summary.cast::<HtmlElement>()) {
                let _ = el.focus();
            }
        });
    }
    let on_set = {
        let form = form.dispatcher();
        Callback::from(move |(field, value)| form.dispatch(Edit::Set(field, value)))
    };
    let onsubmit = {
        let (form, preset, on_apply) = (form.clone(), props.preset, props.on_apply.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match form.fields.validate(preset) {
                Ok(scenario) => {
                    // Clears any earlier messages, even if the scenario did not change.
                    form.dispatch(Edit::Reset(form.fields.clone()));
                    on_apply.emit(scenario);
                }
                Err(errors) => form.dispatch(Edit::Failed(errors)),
            }
        })
    };
    let onreset = {
        let (form, fields) = (form.dispatcher(), props.fields.clone());
        Callback::from(move |e: Event| {
            e.prevent_default();
            form.dispatch(Edit::Reset(fields.clone()));
        })
    };
    let mode = form.fields.mode();
    let error_of = |f: Field| form.errors.iter().find(|e| e.key == f.key()).map(message);
    let field = |f: Field| view_field(f, &form.fields, error_of(f), on_set.clone());
    let shown = |fs: &[Field]| -> Html {
        fs.iter()
            .filter(|f| f.applies_in(mode))
            .map(|&f| field(f))
            .collect()
    };
    html! {
        <section class="editor-panel" aria-labelledby="editor-title">
            <h2 id="editor-title">{ "Scenario editor" }</h2>
            <form class="editor" novalidate=true {onsubmit} {onreset}>
                { view_summary(&form.errors, summary) }
                <fieldset><legend>{ "Program" }</legend>{ shown(&[Field::Mode, Field::Variant]) }</fieldset>
                <fieldset><legend>{ "Tasks and buffer" }</legend>
                    { shown(&[Field::Producers, Field::Consumers, Field::Capacity, Field::Items]) }
                </fieldset>
                <fieldset><legend>{ "Timing" }</legend>
                    { shown(&[Field::ProduceMs, Field::ConsumeMs, Field::Psleep, Field::Csleep, Field::Close]) }
                </fieldset>
                <fieldset><legend>{ "Scheduler" }</legend>{ shown(&[Field::Policy, Field::Seed]) }</fieldset>
                <div class="editor-actions">
                    <button type="submit" class="primary">{ "Apply" }</button>
                    <button type="reset">{ "Undo changes" }</button>
                </div>
            </form>
        </section>
    }
}

/// The list of problems after a failed Apply; it takes focus so it is read out at once.
fn view_summary(errors: &[ParamError], node: NodeRef) -> Html {
    if errors.is_empty() {
        return html! { <div ref={node} class="editor-summary" hidden=true></div> };
    }
    let count = match errors.len() {
        1 => "1 problem".to_string(),
        n => format!("{n} problems"),
    };
    html! {
        <div ref={node} class="editor-summary" role="alert" tabindex="-1">
            <p>{ format!("Not applied: fix {count} first.") }</p>
            <ul>
                { for errors.iter().map(|e| html! {
                    <li><a href={format!("#field-{}", e.key)}>{ message(e) }</a></li>
                }) }
            </ul>
        </div>
    }
}
