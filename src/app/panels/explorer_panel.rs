//! The explorer on the page: "Search every interleaving" runs [`Explorer`] on the current
//! scenario in short slices (one timer tick each, a few thousand states, well under 50 ms),
//! with a progress bar, the running count, a Cancel button, and at the end the summary and
//! a link that replays the shortest failing schedule. The summary is a live region, so a
//! screen reader hears the result.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::browser;
use crate::app::links;
use crate::app::state::LabState;
use crate::sim::explore::{Explorer, Goal, Report, Verdict};
use crate::sim::Scenario;

/// States checked per slice: about 10 ms of work in the page (measured: 420,000 states/s).
const SLICE_STATES: u64 = 4_000;

/// The panel's data.
#[derive(Properties, Clone, PartialEq)]
pub struct ExplorerPanelProps {
    /// The scenario to search (its policy and schedule are ignored).
    pub scenario: Scenario,
}

/// The search in progress: the explorer and the timer of its next slice.
#[derive(Default)]
struct Job {
    explorer: Option<Explorer>,
    next: Option<Timeout>,
}

/// The lab's explorer panel, for the scenario on the page.
pub fn view(lab: &LabState) -> Html {
    html! { <ExplorerPanel scenario={lab.run().sim().scenario().clone()} /> }
}

/// The explorer panel.
#[function_component(ExplorerPanel)]
pub fn explorer_panel(props: &ExplorerPanelProps) -> Html {
    let report = use_state(|| None::<Report>);
    let job = use_mut_ref(Job::default);
    {
        // A new scenario: drop the old search (and its pending slice).
        let (job, report) = (job.clone(), report.clone());
        use_effect_with(props.scenario.clone(), move |_| {
            *job.borrow_mut() = Job::default();
            report.set(None);
        });
    }
    let running = job.borrow().next.is_some();
    let on_start = {
        let (job, report, scenario) = (job.clone(), report.clone(), props.scenario.clone());
        Callback::from(move |_: MouseEvent| {
            // Start and Cancel swap places: the focus stays on whichever is there.
            browser::focus_after_render(".explorer-toggle");
            job.borrow_mut().explorer = Some(Explorer::new(&scenario, Goal::Failure));
            run_slice(job.clone(), report.clone());
        })
    };
    let on_cancel = {
        let (job, report) = (job.clone(), report.clone());
        Callback::from(move |_: MouseEvent| {
            browser::focus_after_render(".explorer-toggle");
            let last = {
                let mut j = job.borrow_mut();
                // Dropping the timeout cancels the next slice.
                j.next = None;
                j.explorer.take().map(|e| e.report())
            };
            // Set after the borrow ends: setting state may render at once.
            report.set(last);
        })
    };
    let found = report.as_ref().and_then(|r| match &r.verdict {
        Verdict::Found(found) => Some(links::url(&browser::page_base(), &found.query)),
        _ => None,
    });
    let status = report.as_ref().map(|r| {
        let cancelled = r.verdict == Verdict::Running && !running;
        if cancelled {
            format!("Cancelled. {}", r.summary())
        } else {
            r.summary()
        }
    });
    html! {
        <section class="panel explorer-panel" aria-labelledby="explorer-heading">
            <h2 id="explorer-heading">{ "Search every interleaving" }</h2>
            <p class="hint">
                { "The explorer tries every order the scheduler could choose, merging states \
                   it has seen, and stops at the first deadlock, safety error or panic, \
                   with the shortest schedule that reaches it." }
            </p>
            if running {
                <button type="button" class="explorer-toggle" onclick={on_cancel}>{ "Cancel search" }</button>
                <progress aria-label="Search in progress"></progress>
            } else {
                <button type="button" class="explorer-toggle" onclick={on_start}>{ "Search every interleaving" }</button>
            }
            <p class="explorer-status" role="status" aria-live="polite">
                { status.unwrap_or_default() }
            </p>
            if let Some(href) = found {
                <a class="explorer-replay" href={href}>{ "Replay the shortest failing schedule" }</a>
            }
        </section>
    }
}

/// Runs one slice, shows where the search stands, and schedules the next slice while the
/// search goes on.
fn run_slice(job: Rc<RefCell<Job>>, report: UseStateHandle<Option<Report>>) {
    let now = {
        let mut j = job.borrow_mut();
        let Some(explorer) = j.explorer.as_mut() else {
            j.next = None;
            return;
        };
        let now = explorer.run(SLICE_STATES);
        let more = now.verdict == Verdict::Running;
        j.next = more.then(|| {
            let (job, report) = (job.clone(), report.clone());
            // A zero-delay timer yields to the browser between slices (input, painting).
            Timeout::new(0, move || run_slice(job, report))
        });
        if !more {
            j.explorer = None;
        }
        now
    };
    // Set after the borrow ends: setting state may render at once.
    report.set(Some(now));
}
