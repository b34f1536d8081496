//! The wait queues, in order: who waits for room, who waits for an item (and, in the
//! monitor and semaphore modes, on the mutex, each condition variable or semaphore), plus
//! who holds the mutex and the semaphores' counts. All from `World::wait_queues` and
//! `World::sync_view`, so new modes need nothing here.

use yew::prelude::*;

use crate::sim::world::WaitQueueView;
use crate::sim::Simulation;

/// The wait-queue panel for `sim`'s current step.
pub fn view_wait_queues(sim: &Simulation) -> Html {
    let world = sim.world();
    let queues = world.wait_queues();
    let sync = world.sync_view();
    let owner = sync.mutex_owner.map(|t| sim.task_name(t));
    let counts = sync
        .semaphores
        .iter()
        .map(|(sem, count)| format!("{} = {count}", sem.name()))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <section class="wait-queues" aria-labelledby="wait-queues-heading">
            <h2 id="wait-queues-heading">{ "Wait queues" }</h2>
            <ul class="queues">{ for queues.iter().map(|q| view_queue(sim, q)) }</ul>
            if let Some(owner) = owner {
                <p class="sync">{ format!("Mutex held by {owner}.") }</p>
            }
            if !counts.is_empty() {
                <p class="sync">{ format!("Semaphores: {counts}.") }</p>
            }
        </section>
    }
}

/// One queue: its name and its tasks, longest-waiting first.
fn view_queue(sim: &Simulation, queue: &WaitQueueView) -> Html {
    let tasks = queue
        .tasks
        .iter()
        .map(|&t| html! { <li><span class="chip">{ sim.task_name(t) }</span></li> });
    html! {
        <li class="queue">
            <span class="queue-name">{ queue.name }</span>
            if queue.tasks.is_empty() {
                <span class="queue-empty">{ "nobody" }</span>
            } else {
                <ol class="queue-tasks" aria-label={format!("{}, first in line first", queue.name)}>
                    { for tasks }
                </ol>
            }
        </li>
    }
}
