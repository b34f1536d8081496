//! What a task card adds in the monitor and semaphore modes: the OSTEP marker of the line
//! the task is on (`p3`, `c0`), as text beside the highlighted line, and the mutex it
//! holds, if any.
//!
//! The marker is read from the listing line itself (the C code ends marked lines with
//! `p3;` as the homework's sources do), so card and code can never disagree.

use crate::sim::world::World;
use crate::sim::{Simulation, TaskId};

/// The OSTEP marker (`p0`..`p6`, `c0`..`c6`) at the end of listing line `line`, if it has
/// one. Main's lines and Go's have none.
pub fn marker_on_line(listing: &[String], line: usize) -> Option<String> {
    let last = listing.get(line)?.split_whitespace().last()?;
    let marker = last.strip_suffix(';')?;
    let mut chars = marker.chars();
    let letter_ok = matches!(chars.next(), Some('p' | 'c'));
    let digit_ok = matches!(chars.next(), Some('0'..='6')) && chars.next().is_none();
    (letter_ok && digit_ok).then(|| marker.to_string())
}

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
