//! "You are the scheduler": in manual mode the tasks that may run next become buttons,
//! numbered so digits 1–9 pick them. The pick goes through `Run::choose`, so it is
//! recorded and can be replayed, stepped back over and shared.

use yew::prelude::*;

use crate::sim::TaskId;

/// One task the learner may pick.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// The task.
    pub task: TaskId,
    /// Its name, `P1`.
    pub name: AttrValue,
    /// When every task sleeps, the choices are the tasks the next clock jump wakes: the
    /// time it jumps to.
    pub wakes_at_ms: Option<u64>,
}

/// The picker's data.
#[derive(Properties, Clone, PartialEq)]
pub struct ManualPickerProps {
    /// The tasks that may run next, in the scheduler's order (empty once the run ended).
    pub choices: Vec<Choice>,
    /// Called with the picked task.
    pub on_choose: Callback<TaskId>,
}

/// The picker: a heading, a hint, and one button per runnable task.
#[function_component(ManualPicker)]
pub fn manual_picker(props: &ManualPickerProps) -> Html {
    let buttons = props.choices.iter().enumerate().map(|(i, choice)| {
        let on_choose = props.on_choose.clone();
        let task = choice.task;
        let onclick = Callback::from(move |_: MouseEvent| on_choose.emit(task));
        let number = i + 1;
        let key = (number <= 9).then(|| number.to_string());
        let extra = choice
            .wakes_at_ms
            .map(|t| format!(" (wakes at {t} ms)"))
            .unwrap_or_default();
        html! {
            <li>
                <button type="button" class="choice" onclick={onclick} aria-keyshortcuts={key.clone()}>
                    if let Some(key) = key { <kbd aria-hidden="true">{ key }</kbd> }
                    { format!("Run {}{extra}", choice.name) }
                </button>
            </li>
        }
    });
    let hint = if props.choices.is_empty() {
        "The run has ended: nothing left to schedule."
    } else {
        "Pick the task that runs the next statement (keys 1–9)."
    };
    html! {
        <section class="manual-picker" aria-labelledby="manual-picker-heading">
            <h2 id="manual-picker-heading">{ "You are the scheduler" }</h2>
            <p class="hint">{ hint }</p>
            <ul class="choices">{ for buttons }</ul>
        </section>
    }
}
