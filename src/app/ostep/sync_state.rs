//! The synchronisation objects of the monitor and semaphore programs, as a table: for the
//! mutex who holds it, for each semaphore its count, and for every object its queue of
//! blocked threads, longest-waiting first. Everything is words and names; colour and the
//! arrows between names only repeat it.
//!
//! It keeps the `wait-queues` class of the generic panel it replaces in these modes, so
//! page-level checks that read "the wait queues" find it in every mode.

use yew::prelude::*;

use crate::sim::monitor::MonitorWorld;
use crate::sim::semaphore::SemaphoreWorld;
use crate::sim::task::{CondVar, SemaphoreName, TaskId};
use crate::sim::world::World;
use crate::sim::Simulation;

/// One object's row.
struct SyncRow {
    /// Its name in the C code: `m`, `cv fill`, `sem full`.
    name: String,
    /// What it is for, in a few words.
    role: &'static str,
    /// Its state: `held by C1`, `free`, `count 0`.
    state: String,
    /// Blocked threads, longest-waiting first.
    waiting: Vec<TaskId>,
}

/// The panel for `sim`'s current step (monitor and semaphore modes).
pub fn view_sync_state(sim: &Simulation) -> Html {
    let rows = match sim.world() {
        World::Monitor(w) => monitor_rows(sim, w),
        World::Semaphore(w) => semaphore_rows(sim, w),
        World::Go(_) => return Html::default(),
    };
    html! {
        <section class="wait-queues sync-state" aria-labelledby="sync-heading">
            <h2 id="sync-heading">{ "Locks and wait queues" }</h2>
            <table class="sync-table">
                <caption class="visually-hidden">
                    { "Each lock, condition variable or semaphore: its state and who waits on it" }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Object" }</th>
                        <th scope="col">{ "State" }</th>
                        <th scope="col">{ "Waiting, first in line first" }</th>
                    </tr>
                </thead>
                <tbody>{ for rows.iter().map(|r| view_row(sim, r)) }</tbody>
            </table>
        </section>
    }
}

/// The mutex `m`, then each condition variable (two, or the single `cv`).
fn monitor_rows(sim: &Simulation, w: &MonitorWorld) -> Vec<SyncRow> {
    let owner = w.mutex().owner().map(|t| sim.task_name(t));
    let mut rows = vec![mutex_row("m", owner, w.mutex().waiters().collect())];
    rows.extend(w.cvs().all().iter().map(|&cv| SyncRow {
        // The single condition variable is itself called `cv`.
        name: match cv {
            CondVar::Single => "cv".to_string(),
            other => format!("cv {}", other.name()),
        },
        role: cv_role(cv),
        state: "no count".to_string(),
        waiting: w.cvs().waiters(cv).collect(),
    }));
    rows
}

/// `empty`, `full` and `mutex`, each with its count; the mutex also with its holder.
fn semaphore_rows(sim: &Simulation, w: &SemaphoreWorld) -> Vec<SyncRow> {
    let owner = w.sync_view().mutex_owner.map(|t| sim.task_name(t));
    let names = [
        SemaphoreName::Empty,
        SemaphoreName::Full,
        SemaphoreName::Mutex,
    ];
    names
        .into_iter()
        .map(|name| {
            let sem = w.semaphore(name);
            let mut state = format!("count {}", sem.count());
            if name == SemaphoreName::Mutex {
                match &owner {
                    Some(o) => state.push_str(&format!(", held by {o}")),
                    None => state.push_str(", free"),
                }
            }
            SyncRow {
                name: format!("sem {}", name.name()),
                role: sem_role(name),
                state,
                waiting: sem.waiters().collect(),
            }
        })
        .collect()
}

/// The monitor's mutex: its owner (or free) and the threads blocked in `Mutex_lock`.
fn mutex_row(name: &str, owner: Option<String>, waiting: Vec<TaskId>) -> SyncRow {
    SyncRow {
        name: format!("mutex {name}"),
        role: "guards the buffer",
        state: owner.map_or_else(|| "free".to_string(), |o| format!("held by {o}")),
        waiting,
    }
}

fn cv_role(cv: CondVar) -> &'static str {
    match cv {
        CondVar::Empty => "producers wait for room",
        CondVar::Fill => "consumers wait for an item",
        CondVar::Single => "everyone waits here",
    }
}

fn sem_role(sem: SemaphoreName) -> &'static str {
    match sem {
        SemaphoreName::Empty => "counts empty slots",
        SemaphoreName::Full => "counts full slots",
        SemaphoreName::Mutex => "1 when nobody holds it",
    }
}

fn view_row(sim: &Simulation, row: &SyncRow) -> Html {
    let held = row.state.contains("held by");
    let waiting = row
        .waiting
        .iter()
        .map(|&t| html! { <li><span class="chip">{ sim.task_name(t) }</span></li> });
    html! {
        <tr>
            <th scope="row">
                <code>{ &row.name }</code>
                <span class="sync-role">{ row.role }</span>
            </th>
            <td class={classes!("sync-value", held.then_some("held"))}>{ &row.state }</td>
            <td>
                if row.waiting.is_empty() {
                    <span class="queue-empty">{ "nobody" }</span>
                } else {
                    <ol class="queue-tasks" aria-label={format!("waiting on {}", row.name)}>
                        { for waiting }
                    </ol>
                }
            </td>
        </tr>
    }
}
