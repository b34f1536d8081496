//! The "why this one next?" clause of the narration: the scheduler's reason for a pick
//! ([`PickReason`], decided and recorded by `Simulation` at the pick), in words.
//!
//! The reason is data beneath the simulation (`pick_reason.rs`); only its wording is a
//! report, so it lives here, and the simulation never formats a sentence.

use crate::sim::pick_reason::{PickReason, ReadyCause};
use crate::sim::task::TaskId;

/// The clause that explains `task`'s pick, e.g. "Go runs the goroutine that P1's send just
/// woke next, ahead of those ready longer", or `None` when there is nothing to explain.
pub fn explain(reason: PickReason, name: &dyn Fn(TaskId) -> String) -> Option<String> {
    let text = match reason {
        PickReason::NoChoice => return None,
        PickReason::GoOrder(ReadyCause::Woken { by, verb }) => format!(
            "Go runs the goroutine that {}'s {verb} just woke next, ahead of those ready longer",
            name(by)
        ),
        PickReason::GoOrder(ReadyCause::Timer) => {
            "Go runs the goroutine whose timer fired last first".to_string()
        }
        PickReason::GoOrder(ReadyCause::Started) => {
            "Go runs the goroutine created last first, then the others in creation order"
                .to_string()
        }
        PickReason::LongestReady => "it has been ready longest".to_string(),
    };
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_real_choice_is_explained() {
        let name = |t: TaskId| format!("T{t}");
        assert_eq!(explain(PickReason::NoChoice, &name), None);
        let woken = PickReason::GoOrder(ReadyCause::Woken {
            by: 1,
            verb: "receive",
        });
        assert_eq!(
            explain(woken, &name).as_deref(),
            Some("Go runs the goroutine that T1's receive just woke next, ahead of those ready longer")
        );
    }
}
