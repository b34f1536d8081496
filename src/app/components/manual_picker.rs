//! "You are the scheduler": in manual mode every task has a button in a fixed place, in
//! the order P1..Pn, C1..Cm, main, so a button never moves between picks and digit key `k`
//! always picks task `k` ([`crate::sim::pick_slots`]). A task that cannot run stays in
//! its place, marked `aria-disabled` (dashed, muted) with the reason beside it. Not the
//! native `disabled`: a button that became disabled under the keyboard's focus would drop
//! the focus to the page's body, and the next Tab would start over. Picking it anyway
//! says why it cannot run. The pick goes through `Run::choose`, so it is recorded and can
//! be replayed, stepped back over and shared.

use yew::prelude::*;

use crate::sim::pick_slots::PickSlot;
use crate::sim::TaskId;

/// The picker's data.
#[derive(Clone, PartialEq)]
pub struct ManualPickerProps {
    /// One slot per task, in task order (empty once the run ended).
    pub slots: Vec<PickSlot>,
    /// Called with the picked task.
    pub on_choose: Callback<TaskId>,
}

/// The picker: a heading, a hint, and one button per task.
pub fn manual_picker(props: &ManualPickerProps) -> Html {
    let buttons = props.slots.iter().map(|slot| {
        let on_choose = props.on_choose.clone();
        let task = slot.task;
        let onclick = Callback::from(move |_: MouseEvent| on_choose.emit(task));
        let key = slot.key.map(|k| k.to_string());
        let extra = slot
            .wakes_at_ms
            .map(|t| format!(" (wakes at {t} ms)"))
            .unwrap_or_default();
        let reason_id = format!("pick-why-{task}");
        let disabled = slot.why_not.is_some();
        html! {
            <li>
                <button type="button" class="choice" onclick={onclick}
                    aria-disabled={disabled.then_some("true")}
                    aria-keyshortcuts={key.clone()}
                    aria-describedby={disabled.then(|| reason_id.clone())}>
                    if let Some(key) = key { <kbd aria-hidden="true">{ key }</kbd> }
                    { format!("Run {}{extra}", slot.name) }
                </button>
                if let Some(why) = &slot.why_not {
                    <span class="why-not" id={reason_id}>{ format!("{}: {why}", slot.name) }</span>
                }
            </li>
        }
    });
    let hint = if props.slots.is_empty() {
        "The run has ended: nothing left to schedule."
    } else {
        "Pick the task that runs the next statement (keys 1–9 always mean the same task)."
    };
    html! {
        <section class="manual-picker" aria-labelledby="manual-picker-heading">
            <h2 id="manual-picker-heading">{ "You are the scheduler" }</h2>
            <p class="hint">{ hint }</p>
            <ul class="choices">{ for buttons }</ul>
        </section>
    }
}
