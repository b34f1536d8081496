//! A card per task: its name and role, its state badge, and its program listing with the
//! line it is on marked (`aria-current` and a visible ▶ marker, not colour alone). In the
//! monitor and semaphore modes the header also names that line's OSTEP marker (`c3`) and
//! the mutex the task holds.
//!
//! A component with plain-data props, so Yew skips every card whose task did not change:
//! with 33 tasks, a step re-renders one or two cards, not all of them.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::labels::producer_colour;
use crate::sim::task::Role;
use crate::sim::TaskState;

use super::state_badge::view_state_badge;

/// What one card shows.
#[derive(Properties, Clone, PartialEq)]
pub struct TaskCardProps {
    /// The task's role (its name follows from it: `P1`, `C2`, `main`).
    pub role: Role,
    /// Its state now.
    pub state: TaskState,
    /// The clock as shown; only sleeping cards use it.
    pub now_ms: u64,
    /// The 0-based listing line it is on.
    pub line: usize,
    /// The line the last step ran, when this task ran it.
    pub ran_line: Option<usize>,
    /// Its program, one string per line.
    pub listing: Rc<Vec<String>>,
    /// The OSTEP marker of the line it is on (`p3`), in the monitor and semaphore modes.
    #[prop_or_default]
    pub marker: Option<AttrValue>,
    /// The mutex it holds (`m`, `mutex`), if any.
    #[prop_or_default]
    pub holds: Option<AttrValue>,
}

/// A task's card.
#[function_component(TaskCard)]
pub fn task_card(props: &TaskCardProps) -> Html {
    let name = props.role.to_string();
    let heading_id = format!("task-card-{name}");
    let stripe = match props.role {
        Role::Producer(k) => format!("token-{}", producer_colour(k)),
        _ => "token-plain".to_string(),
    };
    let class = classes!("task-card", props.ran_line.is_some().then_some("just-ran"));
    html! {
        <article class={class} aria-labelledby={heading_id.clone()}>
            <header class="task-card-header">
                <span class={classes!("card-stripe", stripe)} aria-hidden="true"></span>
                <h3 id={heading_id}>
                    { &name }
                    <span class="task-role">{ crate::app::labels::role_text(props.role) }</span>
                </h3>
                { view_state_badge(props.state, props.now_ms) }
                if let Some(marker) = &props.marker {
                    <span class="card-chip marker">
                        <span aria-hidden="true">{ "▶ " }</span>{ format!("marker {marker}") }
                    </span>
                }
                if let Some(mutex) = &props.holds {
                    <span class="card-chip holds">{ format!("holds {mutex}") }</span>
                }
            </header>
            { view_listing(&props.listing, props.line, props.ran_line) }
        </article>
    }
}

/// The listing as an ordered list of code lines: ▶ marks the line the task runs next
/// (`aria-current`), ✓ the line the last step ran.
fn view_listing(listing: &[String], current: usize, ran: Option<usize>) -> Html {
    let lines = listing.iter().enumerate().map(|(i, text)| {
        let is_current = i == current;
        let was_run = ran == Some(i) && !is_current;
        let hint = if is_current {
            "next: "
        } else if was_run {
            "just ran: "
        } else {
            ""
        };
        html! {
            <li class={classes!(is_current.then_some("current"), was_run.then_some("ran"))}
                aria-current={is_current.then_some("true")}>
                <span class="visually-hidden">{ hint }</span>
                <code>{ text }</code>
            </li>
        }
    });
    html! { <ol class="listing" aria-label="Program">{ for lines }</ol> }
}
