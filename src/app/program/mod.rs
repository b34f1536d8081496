//! The program lab: the learner's own Go program, edited on the page and run one
//! statement at a time by the interpreter in `sim::golang`, with the same scheduling
//! policies, stepping back, a stage with one row per channel, goroutine cards with their
//! stacks and locals, wait queues, output, and links that carry the program.
//!
//! It is a bundle of its own (`src/bin/program-lab.rs`): `static/loader.js`
//! (`wantsProgram`) loads it for `?program=…` (a shared program) and `?edit=go` (the seed, or
//! the scenario the other keys describe, written out as Go source by
//! `golang::template`); `?edit=go&challenge=NAME` opens a scheduler challenge on a
//! program (`challenge.rs`). Its reducer is [`state::ProgramState`]; the views are plain
//! functions of it.

mod cards;
mod challenge;
mod console;
mod controls;
mod editor;
mod examples;
mod narration;
mod queues;
mod share;
mod stage;
pub mod state;

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::sim::golang::program_link::parse_program_query;
use crate::sim::golang::template::seed_source;
use crate::sim::scenario::parse_query;
use crate::view_params::parse_view_params;
use state::{ProgramAction, ProgramState};

/// What the program lab starts from.
#[derive(Properties, Clone, PartialEq)]
pub struct ProgramLabProps {
    /// The query string the page opened with.
    pub query: AttrValue,
}

/// The program lab's root.
#[function_component(ProgramLab)]
pub fn program_lab(props: &ProgramLabProps) -> Html {
    let query = props.query.to_string();
    let lab = {
        let query = query.clone();
        use_reducer(move || {
            let mut state = opening_state(&query, None);
            state.loading |= challenge::wanted(&query).is_some();
            state
        })
    };
    let view = parse_view_params(&query).params;
    share::use_unpacked_link(&query, lab.dispatcher());
    challenge::use_challenge_link(&query, lab.dispatcher());
    super::hooks::use_ticker(lab.playing || lab.running_to_end, {
        let dispatch = lab.dispatcher();
        Callback::from(move |ms| dispatch.dispatch(ProgramAction::Frame(ms)))
    });
    super::hooks::use_document_theme(view.theme);
    let narrow = super::hooks::use_narrow_screen();
    let help_open = use_state(|| false);
    {
        let (dispatch, help_open) = (lab.dispatcher(), help_open.clone());
        super::hooks::use_keyboard(Callback::from(move |key: super::state::Action| {
            if let super::state::Action::ShowHelp(open) = key {
                help_open.set(open);
            } else if let Some(action) = state::from_shortcut(key) {
                dispatch.dispatch(action);
            }
        }));
    }
    let packed = share::use_packed(&lab.running);
    share::use_address_sync(&lab, packed.as_deref());
    let on_action: Callback<ProgramAction> = lab.dispatcher().into();
    let run = lab.run();
    // The lines some live goroutine runs next, marked in the editor while it shows the
    // running program.
    let current_lines: Rc<BTreeSet<u32>> = Rc::new(match &run {
        Some(r) if *lab.source == *lab.running => {
            let now = r.now();
            (0..now.machine.gs.len())
                .filter(|&g| {
                    now.kernel.states().get(g).is_some_and(|s| {
                        !matches!(
                            s,
                            crate::sim::TaskState::Done | crate::sim::TaskState::Failed
                        )
                    })
                })
                .map(|g| now.next_line(g))
                .collect()
        }
        _ => BTreeSet::new(),
    });
    html! {
        <main id="lab" class={classes!("lab", "program-lab", view.embed.then_some("embed"))}>
            <header class="lab-header">
                <div class="titles">
                    <h1>{ "Producer–Consumer Lab" }</h1>
                    if view.embed {
                        <a class="open-full" href={share::full_lab_link(&lab, packed.as_deref())}
                            target="_blank" rel="noopener">{ "Open the full lab (new tab)" }</a>
                    } else {
                    <p class="lede">
                        <strong>{ "Your own Go program. " }</strong>
                        { "Write a small concurrent Go program, then run it one statement at a time, \
                           exactly as Go 1.19 runs it on one processor, or schedule it yourself." }
                        { " " }
                        <a href={share::scenario_lab_link()}>{ "Back to the scenarios" }</a>
                    </p>
                    }
                </div>
                <button type="button" class="keys-button" onclick={{
                    let help_open = help_open.clone();
                    Callback::from(move |_| help_open.set(true))
                }}>{ "Keys" }</button>
            </header>
            if !lab.link_errors.is_empty() {
                <div class="param-errors" role="alert">
                    <p>{ "Part of the link could not be used:" }</p>
                    <ul>{ for lab.link_errors.iter().map(|e| html! { <li>{ e.clone() }</li> }) }</ul>
                    <button type="button" onclick={on_action.reform(|_| ProgramAction::DismissErrors)}>{ "Dismiss" }</button>
                </div>
            }
            if lab.loading {
                <p class="loading" role="status">{ "Opening the link…" }</p>
            }
            { challenge::view_challenge(&lab, &on_action) }
            <div class="program-top">
                <div class="program-stage-column">
                    if let Some(r) = &run {
                        <div class="stage-frame">{ stage::view_stage(r.now(), narrow) }</div>
                        { controls::view_controls(&lab, r, &on_action) }
                        <p class="narration program-narration">{ lab.announcement.clone() }</p>
                    }
                </div>
                <div class="program-editor-column">
                    <section class="program-editor" aria-labelledby="go-source-label">
                        <div class="editor-head">
                            <label id="go-source-label" for="go-source"><h2>{ "Go program" }</h2></label>
                            <examples::ExamplePicker on_action={on_action.clone()} />
                        </div>
                        <editor::GoEditor source={AttrValue::from(lab.source.to_string())}
                            errors={lab.errors.clone()} current_lines={current_lines}
                            on_action={on_action.clone()} />
                        <button type="button" class="primary run-program"
                            onclick={on_action.reform(|_| ProgramAction::RunProgram)}>{ "Run program" }</button>
                    </section>
                </div>
            </div>
            if let Some(r) = &run {
                { cards::view_cards(r.now(), &lab.running) }
                <div class="program-panels">
                    { queues::view_queues(r.now()) }
                    { console::view_console(r.now()) }
                </div>
            }
            if !view.embed { { share::view_share(&lab, packed.as_deref()) } }
            <super::components::HelpOverlay open={*help_open}
                on_close={{ let help_open = help_open.clone(); Callback::from(move |_| help_open.set(false)) }} />
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                { lab.announcement.clone() }
            </div>
        </main>
    }
}

/// The state a link opens: its program (`unpacked`, once read) or the template of the
/// scenario the other keys describe, with the link's policy, seed, schedule and step.
pub fn opening_state(query: &str, unpacked: Option<Result<String, String>>) -> ProgramState {
    let (q, mut errors) = parse_program_query(query);
    let loading = q.packed.is_some() && unpacked.is_none();
    let view = parse_view_params(query);
    errors.extend(view.errors.iter().map(ToString::to_string));
    let step = view.params.step;
    if !state::POLICIES.contains(&q.policy) {
        let names: Vec<&str> = state::POLICIES.iter().map(|p| p.name()).collect();
        errors.push(format!(
            "policy={} is for the C programs; a Go program runs under {} (it opened under go-runtime)",
            q.policy.name(),
            names.join(", ")
        ));
    }
    let scenario = parse_query(query).scenario;
    let template = || seed_source(&scenario);
    let source = match unpacked {
        Some(Ok(text)) => text,
        Some(Err(why)) => {
            errors.push(format!("{why}. The lab opened the seed program instead."));
            template()
        }
        None => template(),
    };
    let mut state = ProgramState::open(&source, q.policy, q.seed, &q.schedule, step);
    if !state.errors.is_empty() && q.packed.is_some() {
        errors.push(
            "The linked program does not compile; it is in the editor with its errors.".to_string(),
        );
    }
    if let Some(run) = state.run() {
        if (run.recorded() as usize) < q.schedule.len() {
            errors.push(format!(
                "schedule= has {} picks, but pick {} (goroutine {}) cannot run there, so the \
                 schedule stops at step {}",
                q.schedule.len(),
                run.recorded() + 1,
                q.schedule[run.recorded() as usize],
                run.recorded()
            ));
        }
    }
    if let (Some(step), Some(run)) = (step, state.run()) {
        if run.steps() < step {
            errors.push(format!(
                "step={step} could not be reached: the run stopped at step {}.",
                run.steps()
            ));
        }
    }
    state.link_errors = Rc::new(errors);
    state.loading = loading;
    state
}
