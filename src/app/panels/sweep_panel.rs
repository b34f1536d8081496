//! The experiment panel: sweep one parameter (`consumers:1-8`) over the scenario shown,
//! one setting per timer tick, and plot the steady-state throughput against it as an SVG
//! chart, with a table of every measurement as its text alternative (which side limits
//! throughput included). The measuring is the core's ([`crate::sim::experiment`]).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::decimal::fixed;
use crate::app::state::LabState;
use crate::app::{browser, links};
use crate::sim::experiment::{Measurement, Sweep};
use crate::sim::Scenario;

/// The chart's drawing area, in SVG units.
const W: f64 = 320.0;
const H: f64 = 160.0;
const PAD: f64 = 32.0;

/// The panel's data.
#[derive(Properties, Clone, PartialEq)]
pub struct SweepPanelProps {
    /// The scenario every setting starts from.
    pub scenario: Scenario,
    /// The scenario's query, for the experiment's own link.
    #[prop_or_default]
    pub scenario_query: AttrValue,
    /// The `sweep=` value the page was opened with, run at once.
    #[prop_or_default]
    pub link: Option<AttrValue>,
}

/// The lab's experiment panel, for the scenario on the page; a `sweep=` in the page's
/// link fills in the range and runs it.
pub fn view(lab: &LabState) -> Html {
    // The field shows the link's value as it came, control characters escaped; a value
    // that does not parse is run by no one and says why (below).
    let link = crate::sim::learn::query_key::last_value(&browser::opened_query(), "sweep")
        .map(|value| crate::sim::scenario::printable(&value.unwrap_or_else(|raw| raw)));
    html! {
        <SweepPanel scenario={lab.run().sim().scenario().clone()}
            scenario_query={AttrValue::from(links::scenario_query(lab))}
            link={link.map(AttrValue::from)} />
    }
}

/// What the chart and table show: the settings, the measurements so far, the parameter.
type Shown = Option<(Vec<u32>, Vec<Measurement>, &'static str)>;

/// A sweep in progress (and the timer of its next setting).
#[derive(Default)]
struct Job {
    sweep: Option<Sweep>,
    next: Option<Timeout>,
}

/// The experiment panel.
#[function_component(SweepPanel)]
pub fn sweep_panel(props: &SweepPanelProps) -> Html {
    let text = use_state(|| {
        props
            .link
            .as_ref()
            .map_or("consumers:1-8".to_string(), ToString::to_string)
    });
    let error = use_state(|| None::<String>);
    let shown = use_state(|| Shown::None);
    let job = use_mut_ref(Job::default);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            text.set(input.value());
        })
    };
    let onsubmit = {
        let (text, error, shown, job) = (text.clone(), error.clone(), shown.clone(), job.clone());
        let scenario = props.scenario.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match Sweep::parse(&text, &scenario) {
                Ok(sweep) => {
                    error.set(None);
                    job.borrow_mut().sweep = Some(sweep);
                    next_setting(job.clone(), shown.clone());
                }
                Err(e) => error.set(Some(e.to_string())),
            }
        })
    };
    {
        // A link with `sweep=` runs its experiment once the panel is up.
        let (job, shown, scenario) = (job.clone(), shown.clone(), props.scenario.clone());
        let linked = props.link.clone();
        let error = error.clone();
        use_effect_with((), move |_| {
            match linked.map(|l| Sweep::parse(&l, &scenario)) {
                Some(Ok(sweep)) => {
                    job.borrow_mut().sweep = Some(sweep);
                    next_setting(job, shown);
                }
                // Named as a typed one is: the key, the value and what is allowed.
                Some(Err(e)) => error.set(Some(e.to_string())),
                None => {}
            }
        });
    }
    let running = job.borrow().next.is_some();
    let sweep_link = {
        let base =
            crate::view_params::join_queries(&[&props.scenario_query, &format!("sweep={}", *text)]);
        links::url(&browser::page_base(), &base)
    };
    html! {
        <section class="panel sweep-panel" aria-labelledby="sweep-heading">
            <h2 id="sweep-heading">{ "Experiment: sweep one parameter" }</h2>
            <form onsubmit={onsubmit}>
                <label for="sweep-input">{ "Parameter and range (producers, consumers, capacity, produce_ms, consume_ms)" }</label>
                <input id="sweep-input" type="text" value={(*text).clone()} oninput={oninput}
                    aria-describedby={error.is_some().then_some("sweep-error")} />
                <button type="submit" disabled={running}>{ "Run the sweep" }</button>
            </form>
            if let Some(message) = &*error {
                <p id="sweep-error" class="error" role="alert">{ message.clone() }</p>
            }
            if let Some((values, results, name)) = &*shown {
                { view_chart(values, results, name) }
                { view_table(values, results, name) }
                <a class="sweep-link" href={sweep_link}>{ "Link to this experiment" }</a>
            }
        </section>
    }
}

/// Runs the next setting, shows the results so far, and schedules the one after.
fn next_setting(job: Rc<RefCell<Job>>, shown: UseStateHandle<Shown>) {
    let now = {
        let mut j = job.borrow_mut();
        let Some(sweep) = j.sweep.as_mut() else {
            j.next = None;
            return;
        };
        let more = sweep.next_point();
        let now = (
            sweep.values.clone(),
            sweep.results.clone(),
            sweep.param.name(),
        );
        j.next = more.then(|| {
            let (job, shown) = (job.clone(), shown.clone());
            Timeout::new(0, move || next_setting(job, shown))
        });
        now
    };
    // Set after the borrow ends: setting state may render at once.
    shown.set(Some(now));
}

/// Throughput against the parameter, as a line with a dot per setting.
fn view_chart(values: &[u32], results: &[Measurement], name: &str) -> Html {
    let rates: Vec<f64> = results
        .iter()
        .map(|m| m.throughput_per_s.unwrap_or(0.0))
        .collect();
    let top = rates
        .iter()
        .copied()
        .fold(0.0_f64, f64::max)
        .max(f64::EPSILON);
    let (lo, hi) = (
        values.first().copied().unwrap_or(0),
        values.last().copied().unwrap_or(1),
    );
    let x = |v: u32| PAD + (f64::from(v - lo)) / f64::from((hi - lo).max(1)) * (W - 2.0 * PAD);
    let y = |r: f64| H - PAD + -(r / top) * (H - 2.0 * PAD);
    let points: Vec<String> = values
        .iter()
        .zip(&rates)
        .map(|(&v, &r)| format!("{},{}", fixed(x(v), 1), fixed(y(r), 1)))
        .collect();
    let dots = values.iter().zip(&rates).map(|(&v, &r)| {
        html! { <circle cx={fixed(x(v), 1)} cy={fixed(y(r), 1)} r="3" /> }
    });
    let label = format!(
        "Steady-state throughput against {name}, from {lo} to {hi}: highest {} items per second. The table below gives every value.",
        fixed(top, 3)
    );
    html! {
        <svg class="sweep-chart" viewBox={format!("0 0 {} {}", fixed(W, 0), fixed(H, 0))} role="img" aria-label={label}>
            <line x1={fixed(PAD, 0)} y1={fixed(H - PAD, 0)} x2={fixed(W - PAD, 0)} y2={fixed(H - PAD, 0)} stroke="currentColor" />
            <line x1={fixed(PAD, 0)} y1={fixed(PAD, 0)} x2={fixed(PAD, 0)} y2={fixed(H - PAD, 0)} stroke="currentColor" />
            <text x={fixed(W / 2.0, 0)} y={fixed(H - 6.0, 0)} text-anchor="middle">{ name.to_string() }</text>
            <text x="4" y={fixed(PAD - 8.0, 0)}>{ format!("{} items/s", fixed(top, 2)) }</text>
            <polyline points={points.join(" ")} fill="none" stroke="currentColor" />
            { for dots }
        </svg>
    }
}

/// Every measurement: the chart's text alternative.
fn view_table(values: &[u32], results: &[Measurement], name: &str) -> Html {
    let rows = values.iter().zip(results).map(|(v, m)| {
        let rate = m
            .throughput_per_s
            .map_or("no time passes".to_string(), |r| fixed(r, 3));
        html! {
            <tr>
                <th scope="row">{ v }</th>
                <td>{ rate }</td>
                <td>{ fixed(m.mean_occupancy, 2) }</td>
                <td>{ format!("{}%", fixed(m.producers_blocked * 100.0, 0)) }</td>
                <td>{ m.finish_ms }</td>
                <td>{ m.limit.describe() }</td>
            </tr>
        }
    });
    html! {
        <table class="sweep-table">
            <caption>{ format!("Sweep of {name}: {} of {} settings run", results.len(), values.len()) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ name.to_string() }</th>
                    <th scope="col">{ "Throughput (items/s)" }</th>
                    <th scope="col">{ "Mean occupancy" }</th>
                    <th scope="col">{ "Producers blocked" }</th>
                    <th scope="col">{ "Finish (ms)" }</th>
                    <th scope="col">{ "Limited by" }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
