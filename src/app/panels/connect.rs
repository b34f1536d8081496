//! The panels wired to the lab: [`view_panels`] and [`view_intro`] build each panel's
//! plain-data props from the lab's state, and turn the panels' callbacks into the lab's
//! own actions ([`Action::Seek`], [`Action::SetScenario`]).
//!
//! The timeline's drawing is the only costly prop, so it is memoized on what it depends
//! on: the run's logs up to the furthest step, never the cursor.

use std::rc::Rc;

use yew::prelude::*;

use super::editor::Editor;
use super::editor_form::Fields;
use super::intro::Intro;
use super::metrics::{MetricsPanel, MetricsView};
use super::presets_menu::PresetsMenu;
use super::timeline::Timeline;
use super::timeline_model::TimelineModel;
use crate::app::state::{Action, LabState};
use crate::sim::history::{OccupancySample, Run, StateChange};

/// Props of [`LabTimeline`]: the lab's state and its dispatcher.
#[derive(Properties)]
pub struct LabProps {
    /// The lab's state (cheap to clone: the run is shared).
    pub lab: LabState,
    /// Dispatches the lab's actions.
    pub on_action: Callback<Action>,
}

impl PartialEq for LabProps {
    /// Every change to the run bumps `revision`, and a new scenario makes a new run.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.lab.run, &other.lab.run)
            && self.lab.revision == other.lab.revision
            && self.on_action == other.on_action
    }
}

/// What the timeline's drawing depends on. A new run, a step past the furthest one, or a
/// branch (a different manual choice rewrites the logs' tail) changes it; seeking does not.
#[derive(PartialEq)]
struct DrawingKey {
    run: usize,
    furthest: u64,
    end_ms: u64,
    changes: usize,
    samples: usize,
    last_change: Option<StateChange>,
    last_sample: Option<OccupancySample>,
}

impl DrawingKey {
    fn of(lab: &LabState, run: &Run) -> DrawingKey {
        DrawingKey {
            run: Rc::as_ptr(&lab.run) as usize,
            furthest: run.furthest_step(),
            end_ms: run.time_at_step(run.furthest_step()),
            changes: run.timeline().len(),
            samples: run.occupancy().len(),
            last_change: run.timeline().last(),
            last_sample: run.occupancy().last().copied(),
        }
    }
}

/// The whole history as a timeline drawing.
pub fn drawing_of(run: &Run) -> TimelineModel {
    let sim = run.sim();
    TimelineModel::build(
        sim.scenario().task_count(),
        u16::from(sim.scenario().capacity),
        run.time_at_step(run.furthest_step()),
        run.timeline().iter().map(|c| (c.time_ms, c.task, c.state)),
        run.occupancy().iter().map(|o| (o.time_ms, o.len)),
    )
}

/// Every panel in page order: timeline, metrics, presets, editor. Not shown embedded.
pub fn view_panels(lab: &LabState, on_action: &Callback<Action>) -> Html {
    let run = lab.run();
    let sim = run.sim();
    let scenario = sim.scenario();
    let load = on_action.reform(Action::SetScenario);
    html! {
        <div class="panels">
            <LabTimeline lab={lab.clone()} on_action={on_action.clone()} />
            <MetricsPanel view={MetricsView::of(sim)} />
            <PresetsMenu current={scenario.preset} on_load={load.clone()} />
            <Editor fields={Fields::of(scenario)} preset={scenario.preset} on_apply={load} />
        </div>
    }
}

/// The first-visit introduction (nothing when embedded).
pub fn view_intro(lab: &LabState) -> Html {
    html! { <Intro embed={lab.view.embed} /> }
}

/// The step to show for a click at virtual time `time_ms`: of the two clock moves around
/// it, the nearer one. Before a move that is the last step at the earlier time (the state
/// that holds until the jump); after it, the first step at the later time.
pub fn nearest_step(run: &Run, time_ms: u64) -> u64 {
    let after = run.step_at_time(time_ms);
    let after_ms = run.time_at_step(after);
    if after == 0 || after_ms <= time_ms {
        return after;
    }
    let before_ms = run.time_at_step(after - 1);
    if time_ms.saturating_sub(before_ms) < after_ms - time_ms {
        after - 1
    } else {
        after
    }
}

/// The timeline, cursor at the current step; clicks and keys seek through the history.
#[function_component(LabTimeline)]
pub fn lab_timeline(props: &LabProps) -> Html {
    let lab = &props.lab;
    let run = lab.run();
    let model = use_memo(DrawingKey::of(lab, &run), |_| drawing_of(&run));
    let sim = run.sim();
    let names: Vec<String> = (0..sim.scenario().task_count())
        .map(|t| sim.task_name(t))
        .collect();
    let states = sim.kernel().states().to_vec();
    let on_seek = props.on_action.reform(Action::Seek);
    let step_at_time = {
        let run = lab.run.clone();
        Callback::from(move |time_ms| nearest_step(&run.borrow(), time_ms))
    };
    html! {
        <Timeline {model} names={Rc::new(names)} {states} step={sim.steps()}
            furthest={run.furthest_step()} cursor_ms={sim.kernel().now_ms()}
            {on_seek} {step_at_time} />
    }
}
