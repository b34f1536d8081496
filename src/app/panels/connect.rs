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
use super::metrics::{metrics_panel, MetricsProps, MetricsView};
use super::presets_menu::{presets_menu, PresetsMenuProps};
use super::timeline::Timeline;
use super::timeline_builder::TimelineBuilder;
use super::timeline_model::TimelineModel;
use crate::app::state::{Action, LabState};
use crate::sim::history::{OccupancySample, Run, StateChange};

/// Props of [`LabPanels`]: the lab's state and its dispatcher.
#[derive(Properties)]
pub struct LabProps {
    /// The lab's state (cheap to clone: the run is shared).
    pub lab: LabState,
    /// Dispatches the lab's actions.
    pub on_action: Callback<Action>,
    /// Which panels: all of them, only the timeline (beside the stage, or an embed's
    /// `panels=timeline`), or all but the timeline.
    #[prop_or_default]
    pub part: PanelsPart,
}

/// Which of the panels a [`LabPanels`] shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PanelsPart {
    /// Timeline, metrics, presets, editor.
    #[default]
    All,
    /// The timeline alone.
    Timeline,
    /// Metrics, presets and editor.
    Rest,
}

impl PartialEq for LabProps {
    /// Every change to the run bumps `revision`, and a new scenario makes a new run. The
    /// rest of the state (the clock shown between steps, the theme) is not the panels'
    /// business, and `on_action` is left out: every one the lab passes dispatches to the
    /// same reducer. So a playback frame that only moves the shown clock skips the panels.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.lab.run, &other.lab.run)
            && self.lab.revision == other.lab.revision
            && self.part == other.part
    }
}

/// What the timeline's drawing depends on. A new run, a step past the furthest one, or a
/// branch (a different manual choice rewrites the logs' tail) changes it; seeking does not,
/// so moving through the history never touches the drawing.
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

/// The whole history as a timeline drawing, built from scratch.
pub fn drawing_of(run: &Run) -> TimelineModel {
    TimelineBuilder::new(run).update(run)
}

/// The panels of `part` in page order: timeline, metrics, presets, editor.
pub fn view_panels(lab: &LabState, on_action: &Callback<Action>, part: PanelsPart) -> Html {
    html! { <LabPanels lab={lab.clone()} on_action={on_action.clone()} {part} /> }
}

/// The first-visit introduction (nothing when embedded; closed unless the address is bare).
pub fn view_intro(lab: &LabState) -> Html {
    let bare = crate::app::browser::current_query()
        .trim_start_matches('?')
        .is_empty();
    html! { <Intro embed={lab.view.embed} {bare} /> }
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

/// The panels, with props that stay equal while their content does: the editor and the
/// presets menu then skip re-rendering on every step, and the timeline's drawing is rebuilt
/// only when the history grows.
#[function_component(LabPanels)]
pub fn lab_panels(props: &LabProps) -> Html {
    let lab = &props.lab;
    let run = lab.run();
    let sim = run.sim();
    let scenario = sim.scenario();
    let run_id = Rc::as_ptr(&lab.run) as usize;
    // The first `on_action` serves for the component's life (see `LabProps::eq`).
    let load = use_memo((), |_| props.on_action.reform(Action::SetScenario));
    let seek = use_memo((), |_| props.on_action.reform(Action::Seek));
    let step_at_time = use_memo(run_id, |_| {
        let run = lab.run.clone();
        Callback::from(move |time_ms| nearest_step(&run.borrow(), time_ms))
    });
    let names = use_memo(run_id, |_| {
        (0..scenario.task_count())
            .map(|t| sim.task_name(t))
            .collect::<Vec<_>>()
    });
    // The builder outlives renders so a growing history is drawn incrementally.
    let builder = use_mut_ref(|| None::<(usize, TimelineBuilder)>);
    let model = use_memo(DrawingKey::of(lab, &run), |_| {
        let mut kept = builder.borrow_mut();
        match &mut *kept {
            Some((id, b)) if *id == run_id => b.update(&run),
            _ => {
                let mut b = TimelineBuilder::new(&run);
                let model = b.update(&run);
                *kept = Some((run_id, b));
                model
            }
        }
    });
    // The step where this run ended, once it has been seen: seeking back keeps it known.
    let ended_at = use_mut_ref(|| None::<(usize, u64)>);
    if sim.outcome().is_some() {
        *ended_at.borrow_mut() = Some((run_id, sim.steps()));
    }
    let ended = *ended_at.borrow() == Some((run_id, run.furthest_step()));
    // A recorded future (after stepping back) would answer the pending question.
    let held = run.furthest_step() > sim.steps() && lab.quiz.pending(sim).is_some();
    html! {
        <div class="panels">
            if props.part != PanelsPart::Rest {
                if held {
                    <section class="timeline-held" aria-labelledby="timeline-held-heading">
                        <h2 id="timeline-held-heading">{ "Timeline" }</h2>
                        <p>{ "Hidden until you answer the question: it would show what happens next." }</p>
                    </section>
                } else {
                    <Timeline {model} {names} states={sim.kernel().states().to_vec()}
                        step={sim.steps()} furthest={run.furthest_step()} {ended}
                        cursor_ms={sim.kernel().now_ms()}
                        on_seek={(*seek).clone()} step_at_time={(*step_at_time).clone()} />
                }
            }
            if props.part != PanelsPart::Timeline {
                { metrics_panel(&MetricsProps { view: MetricsView::of(sim) }) }
                { presets_menu(&PresetsMenuProps { current: scenario.preset, on_load: (*load).clone() }) }
                <Editor fields={Fields::of(scenario)} preset={scenario.preset}
                    on_apply={(*load).clone()} />
            }
        </div>
    }
}
