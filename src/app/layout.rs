//! Where everything goes on the page. On a wide screen: the stage with its controls and
//! narration beside the scheduler, wait queues and console; the task cards below; then the
//! timeline, metrics, editor and share panels. On a phone the same order in one column.
//! With `embed=1` only the stage, the controls and the narration remain. The monitor and
//! semaphore modes swap the wait queues for `ostep`'s locks table and the book's trace,
//! and add an outcome panel under the narration.

use yew::prelude::*;

use crate::view_params::Theme;

use super::browser;
use super::components::current_lines::view_current_lines;
use super::components::narration::view_narration;
use super::components::wait_queues::view_wait_queues;
use super::components::{console, controls, manual_picker, param_errors, Console, HelpOverlay};
use super::components::{ControlsProps, ManualPickerProps, ParamErrorsProps};
use super::components::{Share, TaskCard};
use super::links;
use super::ostep;
use super::panels::{self, PanelsPart};
use super::playback::BEAT_MS;
use super::stage::{view_stage, StageFit};
use super::state::{Action, LabState};

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
    // A lesson link puts the lesson right under the stage, where the learner looks, not at
    // the foot of a long page.
    let lesson_first =
        crate::sim::learn::query_key::last_value(&browser::opened_query(), "lesson").is_some();
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
                { view_task_cards(lab) }
                { panels::view_panels(lab, on_action, PanelsPart::Rest) }
                { panels::explorer_panel::view(lab) }
                { panels::sweep_panel::view(lab) }
                { panels::compare_panel::view(lab) }
                { panels::challenge_panel::view(lab, on_action) }
                if !lesson_first { { panels::lesson_panel::view(lab, on_action) } }
                { view_edit_as_go(lab) }
                { view_share(lab) }
            }
            <HelpOverlay open={lab.help_open} on_close={on_action.reform(|_| Action::ShowHelp(false))} />
        </main>
    }
}

/// The title, a one-line introduction (or, embedded, a link to the full lab), the theme
/// menu and the Present button.
pub(super) fn view_header(lab: &LabState, on_action: &Callback<Action>) -> Html {
    let full_lab = links::url(&browser::page_base(), &links::share_query(lab));
    html! {
        <header class="lab-header">
            <div class="titles">
                <h1>{ "Producer–Consumer Lab" }</h1>
                if lab.view.embed {
                    <a class="open-full" href={full_lab} target="_blank" rel="noopener">
                        { "Open the full lab (new tab)" }
                    </a>
                } else {
                    <p class="lede">
                        { "Watch producers and consumers share a bounded buffer, one step at a \
                           time: Go channels, monitors with condition variables, and semaphores." }
                    </p>
                }
            </div>
            // Embedded, the host page picks the theme with `theme=`.
            if !lab.view.embed {
                <div class="header-tools">
                    { super::present::view_present_button(lab.view.present, on_action) }
                    { view_theme_menu(lab.view.theme, on_action) }
                </div>
            }
        </header>
    }
}

/// Light, dark, or the system's choice.
fn view_theme_menu(theme: Theme, on_action: &Callback<Action>) -> Html {
    let onchange = on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::SetTheme(Theme::from_name(&select.value()).unwrap_or_default())
    });
    let options = Theme::ALL.into_iter().map(|t| {
        let label = match t {
            Theme::Auto => "System",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        };
        html! { <option value={t.name()} selected={t == theme}>{ label }</option> }
    });
    html! {
        <div class="field theme">
            <label for="theme-select">{ "Theme" }</label>
            <select id="theme-select" onchange={onchange}>{ for options }</select>
        </div>
    }
}

/// The stage, its caption, the controls, the manual picker and the narration.
pub(super) fn view_stage_column(
    lab: &LabState,
    on_action: &Callback<Action>,
    screen: &Screen,
) -> Html {
    let run = lab.run();
    let sim = run.sim();
    let beat_ms = BEAT_MS / lab.view.speed.factor();
    let animate = lab.playing || lab.animate;
    html! {
        <section class="stage-column" aria-label="Simulation">
            { view_caption(lab) }
            <div class="stage-frame" ref={screen.stage_frame.clone()}>
                { view_stage(sim, lab.shown_ms, animate, beat_ms, screen.stage_fit(lab.view.embed)) }
            </div>
            { controls(&ControlsProps {
                playing: lab.playing,
                at_start: sim.steps() == 0,
                ended: lab.ended(),
                speed: lab.view.speed,
                policy: sim.scenario().policy,
                on_action: on_action.clone(),
            }) }
            if lab.manual() { { view_manual_picker(lab, on_action) } }
            { super::components::question_panel::view_question(lab, on_action) }
            { view_narration(sim, lab.notice, ostep::outcome_panel_shown(sim, lab.view.embed)) }
            if !lab.view.embed { { ostep::view_outcome_panel(sim) } }
            { super::components::question_panel::view_ask_here(lab, on_action) }
            if lab.view.present { { view_current_lines(lab) } }
        </section>
    }
}

/// "Step 12 · 5000 ms · buffer 1 of 2 full", and the outcome once the run has ended.
fn view_caption(lab: &LabState) -> Html {
    let run = lab.run();
    let sim = run.sim();
    let capacity = sim.scenario().capacity;
    let buffer = if capacity == 0 {
        "unbuffered".to_string()
    } else {
        format!("buffer {} of {capacity} full", sim.world().buffered())
    };
    let outcome = sim.outcome().map(|o| o.word());
    html! {
        <p class="stage-caption">
            <span>{ format!("Step {}", sim.steps()) }</span>
            <span>{ format!("Clock {} ms", lab.shown_ms) }</span>
            <span>{ buffer }</span>
            if let Some(word) = outcome {
                <span class={classes!("outcome", word)}>{ word }</span>
            }
        </p>
    }
}

/// The manual scheduler's buttons, one per task in a fixed place.
fn view_manual_picker(lab: &LabState, on_action: &Callback<Action>) -> Html {
    let slots = crate::sim::pick_slots::pick_slots(lab.run().sim());
    manual_picker(&ManualPickerProps {
        slots,
        on_choose: on_action.reform(Action::Choose),
    })
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
