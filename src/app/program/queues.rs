//! The wait-queue panel for a program: every channel's buffer, send queue and receive
//! queue, every mutex's owner and waiters, every `WaitGroup`'s counter and waiters, and
//! every `Cond`'s waiters, longest-waiting first, by goroutine name.

use yew::prelude::*;

use crate::sim::golang::task_names::TaskNames;
use crate::sim::golang::view::SyncView;
use crate::sim::golang::GoRun;
use crate::sim::TaskId;

/// Names of `tasks`, or "nobody".
fn who(tasks: &[TaskId], names: TaskNames) -> String {
    if tasks.is_empty() {
        return "nobody".to_string();
    }
    let list: Vec<String> = tasks.iter().map(|&t| names.or(t, "?")).collect();
    list.join(", ")
}

/// The panel.
pub fn view_queues(run: &GoRun) -> Html {
    let names = run.names();
    let empty = run.machine.chans.is_empty() && run.machine.objs.is_empty();
    let chans = run.channels().into_iter().map(|c| {
        let buffered = if c.buffered.is_empty() {
            "empty".to_string()
        } else {
            c.buffered.join(", ")
        };
        html! {
            <li>
                <strong>{ format!("{} (cap {}{})", c.name, c.cap, if c.closed { ", closed" } else { "" }) }</strong>
                <ul>
                    if c.cap > 0 { <li>{ format!("buffer, oldest first: {buffered}") }</li> }
                    <li>{ format!("send queue: {}", who(&c.senders, names)) }</li>
                    <li>{ format!("receive queue: {}", who(&c.receivers, names)) }</li>
                </ul>
            </li>
        }
    });
    let sync_names = run.sync_names();
    let syncs = run.sync_objects().into_iter().enumerate().map(|(i, s)| {
        let name = sync_names.get(i).cloned().unwrap_or_default();
        let (head, waiters) = match s {
            SyncView::Mutex { owner, waiters } => (
                format!("{name} (Mutex): held by {}", owner.map_or("nobody".to_string(), |o| who(&[o], names))),
                waiters,
            ),
            SyncView::WaitGroup { counter, waiters } => {
                (format!("{name} (WaitGroup): counter {counter}"), waiters)
            }
            SyncView::Cond { waiters } => (format!("{name} (Cond)"), waiters),
        };
        html! {
            <li><strong>{ head }</strong><ul><li>{ format!("waiting: {}", who(&waiters, names)) }</li></ul></li>
        }
    });
    html! {
        <section class="wait-queues program-queues" aria-labelledby="program-queues-heading">
            <h2 id="program-queues-heading">{ "Wait queues" }</h2>
            if empty {
                <p class="empty">{ "No channel or sync object yet: the program has made none." }</p>
            } else {
                <ul>{ for chans }{ for syncs }</ul>
            }
        </section>
    }
}
