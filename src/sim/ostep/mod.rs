//! What OSTEP's `threads-cv` and semaphore programs share, whatever synchronises them:
//! the buffer of `pc-header.h` ([`OstepBuffer`]), and each thread's loop, its sleep
//! string, main's joins and the results ([`OstepProgram`]).
//!
//! Monitor mode (`monitor/`) wraps this in a mutex and condition variables, semaphore
//! mode (`semaphore/`) in three counting semaphores. It lives here, beneath both, rather
//! than in either, so that neither mode imports the other: a change to one cannot reach
//! the other except through this module (`tests/core_layering.rs` checks the imports).

mod buffer;
mod program;

pub use buffer::{BufferError, OstepBuffer, Slot};
pub use program::OstepProgram;

use crate::sim::event::{Action, StepEvent};
use crate::sim::kernel::Kernel;

/// A failed `ensure`: the real program prints the error and exits with status 1.
pub fn fail(k: &mut Kernel, ev: &mut StepEvent, error: BufferError) {
    let message = error.message().to_string();
    ev.action = Action::Failed {
        message: message.clone(),
    };
    k.fail(ev.task, message);
}

/// `A`, `A and B`, `A, B and C`: how both modes' deadlock explanations list the threads
/// that are stuck.
pub fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_joined_as_in_a_sentence() {
        let names: Vec<String> = ["P1", "C1", "C2"].map(String::from).to_vec();
        assert_eq!(join_names(&names[..1]), "P1");
        assert_eq!(join_names(&names[..2]), "P1 and C1");
        assert_eq!(join_names(&names), "P1, C1 and C2");
    }
}
