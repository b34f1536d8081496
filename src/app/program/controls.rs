//! The program lab's controls: back, step, play, run to end and reset; the scheduler
//! menu; a step slider for time travel; and, under the manual policy, one button per
//! goroutine that stays in its place (disabled while the goroutine cannot run).

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::narration::{ms_text, outcome_text};
use super::state::{ProgramAction, ProgramState, POLICIES};
use crate::app::components::controls::policy_label;
use crate::sim::golang::program_run::ProgramRun;
use crate::sim::scenario::PolicyKind;
use crate::sim::TaskState;

/// The controls for `run`.
pub fn view_controls(lab: &ProgramState, run: &ProgramRun, on: &Callback<ProgramAction>) -> Html {
    let ended = run.now().outcome().is_some();
    let steps = run.steps();
    let manual = lab.policy == PolicyKind::Manual;
    let onchange = on.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        let policy = PolicyKind::from_name(&select.value()).unwrap_or(PolicyKind::GoRuntime);
        ProgramAction::SetPolicy(policy)
    });
    let oninput = on.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        ProgramAction::Seek(input.value().parse().unwrap_or(0))
    });
    let recorded = run.recorded().max(steps);
    html! {
        <div class="controls program-controls">
            <div class="button-row" role="group" aria-label="Run the program">
                <button type="button" onclick={on.reform(|_| ProgramAction::Reset)} disabled={steps == 0}>{ "Reset" }</button>
                <button type="button" onclick={on.reform(|_| ProgramAction::Back)} disabled={steps == 0}>{ "◀ Back" }</button>
                <button type="button" class="primary" onclick={on.reform(|_| ProgramAction::Step)}
                    disabled={ended || manual}>{ "Step ▶" }</button>
                <button type="button" onclick={on.reform(|_| ProgramAction::TogglePlay)}
                    disabled={ended || manual} aria-pressed={lab.playing.to_string()}>
                    { if lab.playing { "Pause" } else { "Play" } }
                </button>
                <button type="button" onclick={on.reform(|_| ProgramAction::RunToEnd)}
                    disabled={ended || manual}>{ if lab.running_to_end { "Stop" } else { "Run to end" } }</button>
            </div>
            <div class="field policy">
                <label for="program-policy">{ "Scheduler" }</label>
                <select id="program-policy" {onchange}>
                    { for POLICIES.iter().map(|&p| html! {
                        <option value={p.name()} selected={p == lab.policy}>{ policy_label(p) }</option>
                    }) }
                </select>
            </div>
            <div class="field step-slider">
                <label for="program-step">{ format!("Step {steps} of {recorded} recorded · {}", ms_text(run.now().kernel.now_ms())) }</label>
                <input id="program-step" type="range" min="0" max={recorded.to_string()}
                    value={steps.to_string()} {oninput} />
            </div>
            if manual && !ended { { view_picker(run, on) } }
            if let Some(end) = outcome_text(run.now()) {
                <p class="outcome" role="note"><strong>{ "Run over. " }</strong>{ end }</p>
            }
        </div>
    }
}

/// One button per goroutine, in the order they were started, each in a fixed grid cell
/// whatever its state. A goroutine that cannot run keeps its button, marked
/// `aria-disabled` (so focus stays on it after its last pick) with the reason under it.
fn view_picker(run: &ProgramRun, on: &Callback<ProgramAction>) -> Html {
    let mut probe = run.now().clone();
    let names = probe.task_names();
    // One flag per goroutine: `contains` on the list for each button was quadratic.
    let mut runnable = vec![false; names.len()];
    for g in probe.choices() {
        if let Some(flag) = runnable.get_mut(g) {
            *flag = true;
        }
    }
    let buttons = names.iter().enumerate().map(|(g, name)| {
        let can = runnable.get(g).copied().unwrap_or(false);
        let why = match probe.kernel.states().get(g) {
            _ if can => "can run".to_string(),
            Some(TaskState::Done | TaskState::Failed) => "finished".to_string(),
            _ => super::narration::state_word(&probe, g),
        };
        let why_id = format!("pick-why-{g}");
        // Digit keys 1-9 pick the first nine goroutines, in the order they started.
        let key = (g < 9).then(|| (g + 1).to_string());
        html! {
            <div class="pick">
                <button type="button" class="choice" aria-disabled={(!can).then_some("true")}
                    aria-describedby={why_id.clone()} aria-keyshortcuts={key.clone()}
                    onclick={on.reform(move |_| ProgramAction::Choose(g))}>
                    if let Some(key) = key { <kbd aria-hidden="true">{ key }</kbd> }
                    { format!("Run {name}") }
                </button>
                <span class="pick-why" id={why_id}>{ why }</span>
            </div>
        }
    });
    html! {
        <div class="manual-picker" role="group" aria-label="You are the scheduler: pick the goroutine that runs next">
            <p>{ "Your turn: pick who runs the next statement (keys 1–9 pick the first nine goroutines)." }</p>
            { for buttons }
        </div>
    }
}
