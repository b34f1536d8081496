//! Narration sentences for the monitor's and the semaphore's actions: a lock, a wait on
//! a condition variable, a signal, a fill or get of OSTEP's buffer, a semaphore's wait
//! and post, and main's joins. `narration` says the Go sentences and the frame around
//! them, and hands every other action here.

use crate::sim::event::Action;
use crate::sim::task::TaskId;

/// Sentences for the monitor and semaphore actions.
pub(super) fn describe_sync(who: &str, action: &Action, name: &dyn Fn(TaskId) -> String) -> String {
    match action {
        Action::Lock { acquired: true } => format!("{who} locks the mutex."),
        Action::Lock { acquired: false } => {
            format!("{who} tries to lock the mutex, but it is held, so {who} waits for it.")
        }
        Action::Unlock => format!("{who} unlocks the mutex."),
        Action::CheckCondition { waits: true } => {
            format!("{who} checks the condition: it must wait.")
        }
        Action::CheckCondition { waits: false } => {
            format!("{who} checks the condition: it can go on.")
        }
        Action::Wait(cv) => format!(
            "{who} waits on {}, releasing the mutex while it sleeps.",
            cv.name()
        ),
        Action::WaitReturn { acquired: true } => {
            format!("{who} wakes from its wait and holds the mutex again.")
        }
        Action::WaitReturn { acquired: false } => {
            format!("{who} woke from its wait, but the mutex is held, so it waits for the mutex.")
        }
        Action::Signal { cv, woke: Some(t) } => {
            format!("{who} signals {}, waking {}.", cv.name(), name(*t))
        }
        Action::Signal { cv, woke: None } => {
            format!(
                "{who} signals {}, but nobody is waiting, so nothing happens.",
                cv.name()
            )
        }
        Action::Fill {
            value: Some(v),
            slot,
        } => format!("{who} puts {v} into slot {slot}."),
        Action::Fill { value: None, slot } => format!("{who} puts END_OF_STREAM into slot {slot}."),
        Action::Get {
            value: Some(v),
            slot,
        } => format!("{who} gets {v} from slot {slot}."),
        Action::Get { value: None, slot } => {
            format!("{who} gets END_OF_STREAM from slot {slot}, so it will stop.")
        }
        Action::SemWait {
            sem,
            acquired: true,
        } => format!("{who} waits on {} and passes.", sem.name()),
        Action::SemWait {
            sem,
            acquired: false,
        } => format!(
            "{who} waits on {}, whose count is 0, so it blocks.",
            sem.name()
        ),
        Action::SemPost { sem, woke: Some(t) } => {
            format!("{who} posts {}, waking {}.", sem.name(), name(*t))
        }
        Action::SemPost { sem, woke: None } => {
            format!("{who} posts {}, raising its count.", sem.name())
        }
        Action::Join { done: true } => format!("{who} finished joining."),
        Action::Join { done: false } => format!("{who} waits for the other threads to finish."),
        _ => format!("{who} runs a statement."),
    }
}
