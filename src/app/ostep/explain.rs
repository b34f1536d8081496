//! The words for how a monitor or semaphore run went wrong, shared by the outcome panel
//! and the narration's live region so both say the same thing.
//!
//! A deadlock's explanation comes whole from the core (`World::explain_deadlock`); here it
//! is only split into its parts. A failed safety check has no explanation in the core, so
//! [`explain_error`] builds one from the failing step: who ran `do_get()` or `do_fill()`,
//! on which slot, and what the variant did to let it happen.

use crate::sim::event::Action;
use crate::sim::scenario::Variant;
use crate::sim::world::SlotView;
use crate::sim::{Mode, Outcome, Simulation};

/// A deadlock explanation in three parts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeadlockParts {
    /// The opening sentence ("Every thread is asleep, so the real program hangs here.").
    pub lead: String,
    /// Short facts, one per sentence: who holds the mutex, who waits on what.
    pub facts: Vec<String>,
    /// What went wrong: the signal that woke the wrong thread, or the cycle.
    pub why: Vec<String>,
}

/// Splits `World::explain_deadlock`'s text into its lead, its wait-for facts and the
/// sentences that say what went wrong (those with a clause: `,`, `;` or `:`).
pub fn split_deadlock(text: &str) -> DeadlockParts {
    let mut sentences = text
        .split(". ")
        .map(|s| format!("{}.", s.trim().trim_end_matches('.')))
        .filter(|s| s.len() > 1);
    let lead = sentences.next().unwrap_or_default();
    let (why, facts) = sentences.partition(|s| s.contains([',', ';', ':']));
    DeadlockParts { lead, facts, why }
}

/// Why OSTEP's safety check failed: the failing step, and the variant's mistake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorExplanation {
    /// The failing step, e.g. "At step 23 C1 ran do_get(), but the slot at use_ptr
    /// (slot 0) was empty."
    pub what: String,
    /// What the variant does wrong to allow it, when it is one of the broken variants.
    pub why: Option<String>,
}

impl ErrorExplanation {
    /// Both parts as one paragraph, for the live region.
    pub fn text(&self) -> String {
        match &self.why {
            Some(why) => format!("{} {why}", self.what),
            None => self.what.clone(),
        }
    }
}

/// The failing step of a monitor or semaphore run, in words; `None` unless the run ended
/// in an OSTEP safety error.
pub fn explain_error(sim: &Simulation) -> Option<ErrorExplanation> {
    if sim.scenario().mode == Mode::Go {
        return None;
    }
    let Some(Outcome::Error { message }) = sim.outcome() else {
        return None;
    };
    let ev = sim.event();
    if !matches!(ev.action, Action::Failed { .. }) {
        return None;
    }
    let who = sim.task_name(ev.task);
    let buffer = sim.world().buffer_view();
    let what = if message.contains("get") {
        format!(
            "At step {} {who} ran do_get(), but the slot at use_ptr (slot {}) was empty.",
            ev.step, buffer.out_slot
        )
    } else {
        let held = match buffer.slots.get(buffer.in_slot) {
            Some(SlotView::Item(item)) => item.value.to_string(),
            Some(SlotView::EndOfStream) => "END_OF_STREAM".to_string(),
            _ => "a value".to_string(),
        };
        format!(
            "At step {} {who} ran do_fill(), but the slot at fill_ptr (slot {}) still held {held}.",
            ev.step, buffer.in_slot
        )
    };
    let why = why_it_failed(sim.scenario().variant, &who);
    Some(ErrorExplanation { what, why })
}

/// The variant's mistake that let the check fail.
fn why_it_failed(variant: Option<Variant>, who: &str) -> Option<String> {
    match variant? {
        Variant::TwoCvsIf => Some(format!(
            "{who} had checked the buffer with if before it slept in Cond_wait. A signal woke \
             it, but another thread changed the buffer before {who} ran again, and with if \
             instead of while {who} never checked again."
        )),
        Variant::TwoCvsWhileExtraUnlock => Some(
            "The mutex is unlocked just before do_fill() and do_get(), so another thread used \
             the same slot in between."
                .to_string(),
        ),
        _ => None,
    }
}
