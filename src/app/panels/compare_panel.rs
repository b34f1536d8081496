//! The comparison panel: the scenario on the page and the same program in another order (a
//! seed, a policy, or both), each run to its end, their outputs lined up side by side. The
//! runs and the diff are the core's ([`crate::sim::experiment::compare`]); a `compare=`
//! link runs it at once.
//!
//! Rows are marked with a word and a sign ("same =", "only here −"), never colour alone,
//! and the summary is a live region, so a screen reader hears which run failed.

use yew::prelude::*;

use crate::app::{browser, links};
use crate::sim::experiment::compare::{compare, other_order, Comparison, DiffRow};
use crate::sim::learn::query_key;
use crate::sim::scenario::PolicyKind;
use crate::sim::Scenario;

/// The panel's data.
#[derive(Properties, Clone, PartialEq)]
pub struct ComparePanelProps {
    /// The scenario on the page: the first run.
    pub scenario: Scenario,
    /// The scenario's query, for the comparison's own link.
    #[prop_or_default]
    pub scenario_query: AttrValue,
    /// The `compare=` value the page was opened with, run at once.
    #[prop_or_default]
    pub link: Option<AttrValue>,
}

/// The lab's comparison panel for the scenario on the page.
pub fn view(lab: &crate::app::state::LabState) -> Html {
    let link = query_key::last_value(&browser::opened_query(), "compare").and_then(Result::ok);
    html! {
        <ComparePanel scenario={lab.run().sim().scenario().clone()}
            scenario_query={AttrValue::from(links::scenario_query(lab))}
            link={link.map(AttrValue::from)} />
    }
}

/// What to compare with when the learner has not said: the next seed of the random
/// scheduler when the page runs it, else the random scheduler's seed 1.
fn default_other(scenario: &Scenario) -> String {
    match scenario.policy {
        PolicyKind::Random => scenario.seed.wrapping_add(1).to_string(),
        _ => "random:1".to_string(),
    }
}

/// The comparison panel.
#[function_component(ComparePanel)]
pub fn compare_panel(props: &ComparePanelProps) -> Html {
    let text = use_state(|| {
        props
            .link
            .as_ref()
            .map_or_else(|| default_other(&props.scenario), ToString::to_string)
    });
    let result = use_state(|| {
        props
            .link
            .as_ref()
            .map(|l| other_order(l, &props.scenario).map(|o| compare(&props.scenario, &o)))
            .map(|r| r.map_err(|e| e.to_string()))
    });
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            text.set(input.value());
        })
    };
    let onsubmit = {
        let (text, result, scenario) = (text.clone(), result.clone(), props.scenario.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let outcome = other_order(&text, &scenario)
                .map(|other| compare(&scenario, &other))
                .map_err(|e| e.to_string());
            result.set(Some(outcome));
        })
    };
    let error = match &*result {
        Some(Err(message)) => Some(message.clone()),
        _ => None,
    };
    let compare_link = {
        let query = crate::view_params::join_queries(&[
            &props.scenario_query,
            &format!("compare={}", js_sys::encode_uri_component(&text)),
        ]);
        links::url(&browser::page_base(), &query)
    };
    html! {
        <section class="panel compare-panel" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ "Compare two runs of this program" }</h2>
            <form onsubmit={onsubmit}>
                <label for="compare-input">{ "The other order: a seed, a policy (go-runtime, os-threads, run-until-block, round-robin, random), or policy:seed" }</label>
                <input id="compare-input" type="text" value={(*text).clone()} oninput={oninput}
                    aria-describedby={error.is_some().then_some("compare-error")} />
                <button type="submit">{ "Compare the runs" }</button>
            </form>
            if let Some(message) = error {
                <p id="compare-error" class="error" role="alert">{ message }</p>
            }
            <p class="compare-summary" aria-live="polite">
                if let Some(Ok(c)) = &*result { { summary(c) } }
            </p>
            if let Some(Ok(c)) = &*result {
                { view_rows(c) }
                <a class="compare-link" href={compare_link}>{ "Link to this comparison" }</a>
            }
        </section>
    }
}

/// One sentence on how the two runs differ.
fn summary(c: &Comparison) -> String {
    let differing = c
        .rows
        .iter()
        .filter(|r| !matches!(r, DiffRow::Both(_)))
        .count();
    let parted = c.parted_at_step.map_or_else(
        || "The two runs ran the same tasks at every step.".to_string(),
        |s| format!("The runs part at step {s}."),
    );
    let output = if differing == 0 {
        "They printed the same lines.".to_string()
    } else {
        format!("{differing} printed lines are in one run only.")
    };
    format!(
        "{}: {}. {}: {}. {parted} {output}",
        c.first.label, c.first.end, c.second.label, c.second.end
    )
}

/// The lined-up outputs: a row per line, marked same, first only or second only.
fn view_rows(c: &Comparison) -> Html {
    let rows = c.rows.iter().map(|row| {
        let (mark, class, first, second) = match row {
            DiffRow::Both(l) => ("= same", "same", l.as_str(), l.as_str()),
            DiffRow::First(l) => ("− first only", "first-only", l.as_str(), ""),
            DiffRow::Second(l) => ("+ second only", "second-only", "", l.as_str()),
        };
        html! {
            <tr class={class}>
                <th scope="row">{ mark }</th>
                <td>{ first.to_string() }</td>
                <td>{ second.to_string() }</td>
            </tr>
        }
    });
    html! {
        <div class="compare-scroll" tabindex="0" role="region" aria-label="The two outputs, line by line">
            <table class="compare-table">
                <caption>{ "What each run printed, lined up" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Which run" }</th>
                        <th scope="col">{ format!("First: {}", c.first.label) }</th>
                        <th scope="col">{ format!("Second: {}", c.second.label) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows }
                    <tr class="ends">
                        <th scope="row">{ "end" }</th>
                        <td>{ c.first.end.clone() }</td>
                        <td>{ c.second.end.clone() }</td>
                    </tr>
                </tbody>
            </table>
        </div>
    }
}
