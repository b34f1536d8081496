//! What a task card adds in the monitor and semaphore modes: the mutex the task holds, if
//! any. (Its OSTEP marker comes from the core: `World::marker_of`.)

use crate::sim::world::World;
use crate::sim::{Simulation, TaskId};

/// The mutex `task` holds, by its name in the C code: `m` (monitor) or `mutex`
/// (semaphore, between its `sem_wait(&mutex)` and `sem_post(&mutex)`).
pub fn holds_mutex(sim: &Simulation, task: TaskId) -> Option<&'static str> {
    let owner = sim.world().sync_view().mutex_owner?;
    if owner != task {
        return None;
    }
    match sim.world() {
        World::Monitor(_) => Some("m"),
        World::Semaphore(_) => Some("mutex"),
        World::Go(_) => None,
    }
}
