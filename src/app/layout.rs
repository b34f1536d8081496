//! Where everything goes on the page. On a wide screen: the stage with its controls and
//! narration beside the scheduler, wait queues and console; the task cards below; then the
//! timeline, metrics, editor and share panels. On a phone the same order in one column.
//! With `embed=1` only the stage, the controls and the narration remain. The monitor and
//! semaphore modes swap the wait queues for `ostep`'s locks table and the book's trace,
//! and add an outcome panel under the narration.

use yew::prelude::*;

use super::browser;
use super::components::current_lines::view_current_lines;
use super::components::wait_queues::view_wait_queues;
use super::components::ParamErrorsProps;
use super::components::{console, param_errors, Console, HelpOverlay};
use super::components::{Share, TaskCard};
use super::links;
use super::ostep;
use super::panels::{self, PanelsPart};
use super::stage::StageFit;
use super::state::{Action, LabState};

mod header;
mod stage_column;

pub(super) use header::view_header;
pub(super) use stage_column::view_stage_column;

/// What the layout needs to know about the screen.
pub struct Screen {
    /// The viewport is phone-narrow.
    pub narrow: bool,
    /// The stage's frame, which `hooks::use_stage_box` measures.
    pub stage_frame: NodeRef,
    /// The box the frame gives the drawing, in CSS px, once measured.
    pub stage_box: Option<(f64, f64)>,
}

impl Screen {
    /// A wide screen, whatever the viewport: the presentation view's projector.
    pub fn wide() -> Self {
        Screen {
            narrow: false,
            stage_frame: NodeRef::default(),
            stage_box: None,
        }
    }

    /// How the stage picks its layout: to its measured box, or by the screen until it
    /// is measured (and in the presentation view). Embedded, the frame is short: the
    /// wide layout keeps the drawing larger.
    fn stage_fit(&self, embed: bool) -> StageFit {
        match self.stage_box {
            Some((width, height)) => StageFit::Box { width, height },
            None => StageFit::Screen {
                narrow: self.narrow && !embed,
            },
        }
    }
}

/// The whole lab, laid out for `screen`.
pub fn view_lab(lab: &LabState, on_action: &Callback<Action>, screen: &Screen) -> Html {
    let embed = lab.view.embed;
    if lab.view.present && !embed {
        return super::present::view_present(lab, on_action);
    }
    let has_panels = embed && super::embed::has_embed_panels(lab);
    // A lesson or challenge link puts the lesson or the challenge (its task, goal and par)
    // right under the stage, where the learner looks, not at the foot of a long page.
    let opened =
        |key| crate::sim::learn::query_key::last_value(&browser::opened_query(), key).is_some();
    let (lesson_first, challenge_first) = (opened("lesson"), opened("challenge"));
    html! {
        <main id="lab" class={classes!("lab", embed.then_some("embed"), has_panels.then_some("has-panels"))}>
            { view_header(lab, on_action) }
            if !embed { { super::handout::view_handout_header(lab) } }
            { panels::view_intro(lab) }
            { param_errors(&ParamErrorsProps {
                messages: lab.param_errors.clone(),
                on_dismiss: on_action.reform(|_| Action::DismissErrors),
            }) }
            <div class={classes!("lab-top", (!embed && ostep::applies(lab.run().sim())).then_some("ostep"))}>
                { view_stage_column(lab, on_action, screen) }
                if !embed { { view_side_column(lab, on_action) } }
            </div>
            if embed {
                { super::embed::view_embed_panels(lab, on_action) }
            } else {
                if lesson_first { { panels::lesson_panel::view(lab, on_action) } }
                if challenge_first { { panels::challenge_panel::view(lab, on_action) } }
                { view_task_cards(lab) }
                { panels::view_panels(lab, on_action, PanelsPart::Rest) }
                { panels::explorer_panel::view(lab) }
                { panels::sweep_panel::view(lab) }
                { panels::compare_panel::view(lab) }
                if !challenge_first { { panels::challenge_panel::view(lab, on_action) } }
                if !lesson_first { { panels::lesson_panel::view(lab, on_action) } }
                { view_edit_as_go(lab) }
                { view_share(lab) }
            }
            <HelpOverlay open={lab.help_open} on_close={on_action.reform(|_| Action::ShowHelp(false))} />
        </main>
    }
}

/// Beside the stage: each task's next line, the timeline (so scrubbing it keeps the stage
/// in view), the wait queues (or the OSTEP panels) and the console.
fn view_side_column(lab: &LabState, on_action: &Callback<Action>) -> Html {
    let run = lab.run();
    let (lines, skipped) = console::console_lines(&run);
    html! {
        <div class="side-column">
            { view_current_lines(lab) }
            { panels::view_panels(lab, on_action, PanelsPart::Timeline) }
            if ostep::applies(run.sim()) {
                { ostep::view_side_panels(&run, lab.quiz.pending(run.sim()).is_some()) }
            } else {
                { view_wait_queues(run.sim()) }
            }
            <Console lines={lines} skipped={skipped} />
        </div>
    }
}

/// One card per task.
pub(super) fn view_task_cards(lab: &LabState) -> Html {
    let run = lab.run();
    let sim = run.sim();
    let event = sim.event();
    let cards = sim
        .kernel()
        .states()
        .iter()
        .enumerate()
        .map(|(task, &state)| {
            let ran_line = (event.step > 0 && event.task == task).then_some(event.line);
            let listing = lab.listings.get(task).cloned().unwrap_or_default();
            // Only a sleeper's countdown reads the clock: other cards stay unchanged (and are
            // not re-rendered) while the clock runs.
            let sleeping = matches!(state, crate::sim::TaskState::Sleeping { .. });
            let now_ms = if sleeping { lab.shown_ms } else { 0 };
            let line = sim.world().line_of(task);
            let marker = sim
                .world()
                .marker_of(task)
                .map(|m| AttrValue::from(m.text()));
            let holds = ostep::holds_mutex(sim, task).map(AttrValue::from);
            html! {
                <TaskCard key={task} role={sim.role(task)} state={state} now_ms={now_ms}
                    line={line} ran_line={ran_line} listing={listing} marker={marker}
                    holds={holds} />
            }
        });
    html! {
        <section class="task-cards" aria-labelledby="tasks-heading">
            <h2 id="tasks-heading">{ "Tasks" }</h2>
            <div class="cards">{ for cards }</div>
        </section>
    }
}

/// Go mode: a link that opens the program lab on this scenario's program as Go source.
fn view_edit_as_go(lab: &LabState) -> Html {
    let run = lab.run();
    let sim = run.sim();
    // Go mode's program is the seed's template: the program lab opens it as source.
    let edit = (sim.scenario().mode == crate::sim::Mode::Go).then(|| {
        // A scenario's schedule names tasks (P1.C1), which a program's does not.
        let scenario = links::scenario_query(lab);
        let keep: Vec<&str> = scenario
            .split('&')
            .filter(|pair| !pair.starts_with("schedule="))
            .collect();
        let query = crate::view_params::join_queries(&["edit=go", &keep.join("&")]);
        links::url(&browser::page_base(), &query)
    });
    html! {
        if let Some(edit) = edit {
            <p class="edit-as-go">
                <a href={edit}>{ "Edit this program as Go source, and run your own" }</a>
            </p>
        }
    }
}

/// Copy link and embed.
fn view_share(lab: &LabState) -> Html {
    let base = browser::page_base();
    let link = links::url(&base, &links::share_query(lab));
    let embed_src = links::url(&base, &links::embed_query(lab));
    let host_script = links::url(&links::sibling(&base, "embed.js"), "");
    let snippet = links::embed_snippet(&embed_src, &host_script, lab.run().sim().scenario());
    html! { <Share link={link} embed_snippet={snippet} /> }
}
