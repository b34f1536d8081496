//! The playback controls and the run's settings: Play/Pause, Step, Step back, Reset and
//! Run to end; the speed slider; the scheduler (policy) menu; the keyboard help button.
//!
//! Buttons that cannot act right now are `aria-disabled` rather than `disabled`, so the
//! button under the keyboard focus keeps it (stepping to the end must not drop focus).

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::state::Action;
use crate::sim::scenario::PolicyKind;
use crate::view_params::{Speed, SPEEDS};

/// What the controls show, and where their actions go.
#[derive(Clone, PartialEq)]
pub struct ControlsProps {
    /// True while playing: the first button reads Pause.
    pub playing: bool,
    /// True at step 0: nothing to go back to.
    pub at_start: bool,
    /// True once the run has ended: nothing to step.
    pub ended: bool,
    /// The playback speed.
    pub speed: Speed,
    /// The scheduling policy.
    pub policy: PolicyKind,
    /// Every control's action.
    pub on_action: Callback<Action>,
}

/// The controls bar.
pub fn controls(props: &ControlsProps) -> Html {
    let send = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let play_label = if props.playing { "Pause" } else { "Play" };
    html! {
        <div class="controls">
            <div class="buttons" role="group" aria-label="Playback">
                <button type="button" class="primary play" onclick={send(Action::TogglePlay)}
                    aria-keyshortcuts="Space">{ play_label }</button>
                { button("Step", "ArrowRight", props.ended, send(Action::Step)) }
                { button("Step back", "ArrowLeft", props.at_start, send(Action::StepBack)) }
                { button("Reset", "Home", props.at_start, send(Action::Reset)) }
                { button("Run to end", "End", props.ended, send(Action::RunToEnd)) }
            </div>
            <div class="settings">
                { view_speed(props) }
                { view_policy(props) }
                <button type="button" class="help-button" onclick={send(Action::ShowHelp(true))}
                    aria-keyshortcuts="?">{ "Keys (?)" }</button>
            </div>
        </div>
    }
}

/// A plain button, `aria-disabled` when `disabled`.
fn button(label: &str, keys: &str, disabled: bool, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" onclick={onclick} aria-keyshortcuts={keys.to_string()}
            aria-disabled={disabled.then_some("true")}>{ label }</button>
    }
}

/// The speed slider over the fixed speeds, with the speed as its value text.
fn view_speed(props: &ControlsProps) -> Html {
    let on_action = props.on_action.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Ok(index) = input.value().parse::<usize>() {
            on_action.emit(Action::SetSpeed(Speed::from_index(index)));
        }
    });
    let label = props.speed.to_string();
    html! {
        <div class="field speed">
            <label for="speed-input">{ "Speed" }</label>
            <input id="speed-input" type="range" min="0" max={(SPEEDS.len() - 1).to_string()}
                step="1" value={props.speed.index().to_string()} aria-valuetext={label.clone()}
                oninput={oninput} />
            <output for="speed-input" aria-hidden="true">{ label }</output>
        </div>
    }
}

/// The scheduler menu; manual policy reads "You are the scheduler".
fn view_policy(props: &ControlsProps) -> Html {
    let on_action = props.on_action.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        if let Some(policy) = PolicyKind::from_name(&select.value()) {
            on_action.emit(Action::SetPolicy(policy));
        }
    });
    let options = PolicyKind::ALL.into_iter().map(|p| {
        html! {
            <option value={p.name()} selected={p == props.policy}>{ policy_label(p) }</option>
        }
    });
    html! {
        <div class="field policy">
            <label for="policy-select">{ "Scheduler" }</label>
            <select id="policy-select" onchange={onchange} aria-describedby="policy-hint"
                title={policy_hint(props.policy)}>
                { for options }
            </select>
            // Read with the menu by screen readers, shown on hover; the labels themselves
            // say which order is the real one, so the one-screen layout keeps its room.
            <span id="policy-hint" class="visually-hidden">{ policy_hint(props.policy) }</span>
        </div>
    }
}

/// A policy in menu words.
pub fn policy_label(policy: PolicyKind) -> &'static str {
    match policy {
        PolicyKind::GoRuntime => "Go's own order (Go 1.19)",
        PolicyKind::RunUntilBlock => "First come, first run (not Go's)",
        PolicyKind::RoundRobin => "Round robin",
        PolicyKind::Random => "Random (seeded)",
        PolicyKind::Manual => "You are the scheduler",
        PolicyKind::OsThreads => "OS threads (as the C programs run)",
    }
}

/// One line under the menu: what the chosen order does, and whether it is the real one.
pub fn policy_hint(policy: PolicyKind) -> &'static str {
    match policy {
        PolicyKind::GoRuntime => {
            "As Go 1.19 runs it on one processor: a goroutine that a channel or a timer \
             just woke runs next."
        }
        PolicyKind::RunUntilBlock => {
            "A simpler rule than Go's, and not what Go does: whoever has waited longest \
             runs next."
        }
        PolicyKind::RoundRobin => "Switches to the next ready task after every statement.",
        PolicyKind::Random => {
            "Picks a ready task at random (from the seed): ties can go either way, as on \
             a machine with several cores."
        }
        PolicyKind::Manual => "You pick the task for every step.",
        PolicyKind::OsThreads => {
            "As OSTEP's C programs run on real threads: every marker gives the CPU away, \
             and after a worker's unlock the longest-waiting thread gets the mutex."
        }
    }
}
