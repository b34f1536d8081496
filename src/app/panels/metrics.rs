//! The metrics panel: how much was made and used, how fast, how full the buffer ran, how
//! long items waited in it, and how much of its time each task spent blocked.
//!
//! Every figure comes from the simulation's own counts ([`World::counts`],
//! [`World::buffer_wait`]) and [`Metrics`]; this file only divides and formats. A
//! [`MetricsView`] is plain data, so the panel re-renders only when a figure changed.
//!
//! [`World::counts`]: crate::sim::world::World::counts
//! [`World::buffer_wait`]: crate::sim::world::World::buffer_wait
//! [`Metrics`]: crate::sim::metrics::Metrics

use yew::prelude::*;

use crate::app::decimal::fixed;
use crate::sim::Simulation;

/// The figures the panel shows, at one step.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricsView {
    /// Values whose send (or fill) has begun.
    pub produced: u64,
    /// Values received by consumers.
    pub consumed: u64,
    /// Values in the buffer now.
    pub buffered: u64,
    /// Buffer slots.
    pub capacity: u8,
    /// Virtual time so far, in ms.
    pub now_ms: u64,
    /// Time-weighted mean buffer length.
    pub mean_occupancy: f64,
    /// Largest buffer length seen.
    pub max_occupancy: usize,
    /// Mean time a value spent in the buffer, in ms (`None` before any was received).
    pub mean_wait_ms: Option<f64>,
    /// Per task: its name and the share of time it spent blocked, 0..=1.
    pub blocked: Vec<(String, f64)>,
}

impl MetricsView {
    /// The figures of `sim` at its current step.
    pub fn of(sim: &Simulation) -> MetricsView {
        let counts = sim.world().counts();
        let now_ms = sim.kernel().now_ms();
        let metrics = sim.metrics();
        let (wait_sum, wait_count) = sim.world().buffer_wait();
        MetricsView {
            produced: counts.produced,
            consumed: counts.consumed,
            buffered: counts.buffered,
            capacity: sim.scenario().capacity,
            now_ms,
            mean_occupancy: metrics.mean_occupancy(now_ms),
            max_occupancy: metrics.max_occupancy,
            mean_wait_ms: (wait_count > 0).then(|| wait_sum as f64 / wait_count as f64),
            blocked: (0..sim.scenario().task_count())
                .map(|t| (sim.task_name(t), metrics.blocked_share(t, now_ms)))
                .collect(),
        }
    }

    /// Items consumed per virtual second (`None` while no time has passed).
    pub fn throughput(&self) -> Option<f64> {
        (self.now_ms > 0).then(|| self.consumed as f64 * 1000.0 / self.now_ms as f64)
    }
}

/// Props of [`metrics_panel`].
#[derive(PartialEq)]
pub struct MetricsProps {
    /// The figures to show.
    pub view: MetricsView,
}

/// The metrics panel.
pub fn metrics_panel(props: &MetricsProps) -> Html {
    let v = &props.view;
    html! {
        <section class="metrics-panel" aria-labelledby="metrics-title">
            <h2 id="metrics-title">{ "Metrics" }</h2>
            { view_figures(v) }
            { view_blocked(&v.blocked) }
        </section>
    }
}

fn view_figures(v: &MetricsView) -> Html {
    let throughput = v.throughput().map_or_else(
        || "no time has passed yet".to_string(),
        |t| format!("{} items/s", fixed(t, 3)),
    );
    let wait = v.mean_wait_ms.map_or_else(
        || "nothing received yet".to_string(),
        |w| format!("{} ms", fixed(w, 0)),
    );
    html! {
        <dl class="metrics-figures">
            { view_figure("produced", "Produced", v.produced.to_string()) }
            { view_figure("consumed", "Consumed", v.consumed.to_string()) }
            { view_figure("buffered", "In buffer", format!("{} of {}", v.buffered, v.capacity)) }
            { view_figure("throughput", "Throughput (virtual time)", throughput) }
            { view_figure("mean-occupancy", "Mean occupancy (time-weighted)",
                format!("{} items", fixed(v.mean_occupancy, 2))) }
            { view_figure("max-occupancy", "Max occupancy", items(v.max_occupancy)) }
            { view_figure("mean-wait", "Mean wait in the buffer", wait) }
        </dl>
    }
}

/// "1 item", "2 items".
fn items(n: usize) -> String {
    if n == 1 {
        "1 item".to_string()
    } else {
        format!("{n} items")
    }
}

fn view_figure(key: &'static str, label: &'static str, value: String) -> Html {
    html! {
        <div class="metric" data-metric={key}>
            <dt>{ label }</dt>
            <dd>{ value }</dd>
        </div>
    }
}

/// A table (not only bars) so the shares are read out as numbers.
fn view_blocked(blocked: &[(String, f64)]) -> Html {
    html! {
        <table class="metrics-blocked">
            <caption>{ "Share of time each task spent blocked" }</caption>
            <thead><tr><th scope="col">{ "Task" }</th><th scope="col">{ "Blocked" }</th></tr></thead>
            <tbody>
                { for blocked.iter().map(|(name, share)| view_blocked_row(name, *share)) }
            </tbody>
        </table>
    }
}

fn view_blocked_row(name: &str, share: f64) -> Html {
    let percent = (share * 100.0).clamp(0.0, 100.0);
    html! {
        <tr>
            <th scope="row">{ name }</th>
            <td>
                <span class="bar" aria-hidden="true">
                    <span style={format!("width: {}%", fixed(percent, 1))}></span>
                </span>
                { format!("{}%", fixed(percent, 0)) }
            </td>
        </tr>
    }
}
