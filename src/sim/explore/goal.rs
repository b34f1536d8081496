//! What a search (or a scheduler challenge) is looking for, checked by the core after
//! every step: a failure, a given safety error or panic, a deadlock, a consumer that
//! consumes nothing, a buffer full N times, or a given print order.
//!
//! Goals that depend on the run's history (how often the buffer was full, how much of a
//! print order has appeared) keep a small `progress` counter, which the explorer folds
//! into the state's fingerprint, so two runs in the same state but at different points
//! towards the goal are not merged.

use std::fmt;

use crate::sim::kernel::Outcome;
use crate::sim::scenario::Mode;
use crate::sim::simulation::Simulation;

/// A condition on a run, checked after every step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Goal {
    /// Any deadlock, safety error or panic: the explorer's default. Text `failure`.
    Failure,
    /// The run deadlocks. Text `deadlock`.
    Deadlock,
    /// An OSTEP safety check fails (monitor and semaphore modes), with a message containing
    /// the text if one is given. Text `safety-error` or `safety-error:TEXT`.
    SafetyError(Option<String>),
    /// A Go panic, with a message containing the text if one is given. Text `panic` or
    /// `panic:TEXT`.
    Panic(Option<String>),
    /// The run finishes and some consumer consumed nothing. Text `starved-consumer`.
    StarvedConsumer,
    /// The buffer becomes full this many times (counted each time it fills up from not
    /// full). Text `buffer-full:N`.
    BufferFull(u32),
    /// These lines are printed in this order (other prints may come between). Text
    /// `print-order:LINE|LINE|...`.
    PrintOrder(Vec<String>),
}

/// Why a goal's text was not understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalError {
    /// The text, shortened.
    pub text: String,
    /// What was wrong with it.
    pub why: &'static str,
}

impl fmt::Display for GoalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "goal {:?} {}: allowed failure, deadlock, safety-error[:TEXT], panic[:TEXT], \
             starved-consumer, buffer-full:N (N 1..=1000), print-order:LINE|LINE...",
            self.text, self.why
        )
    }
}

impl Goal {
    /// True when reaching the goal cannot depend on the values in the buffer or on who
    /// consumed how many: the explorer may then merge states that differ only in them.
    pub fn control_only(&self) -> bool {
        matches!(
            self,
            Goal::Failure | Goal::Deadlock | Goal::SafetyError(_) | Goal::Panic(_)
        )
    }

    /// Reads a goal from its text form (see each variant).
    pub fn parse(text: &str) -> Result<Goal, GoalError> {
        let err = |why| GoalError {
            text: crate::sim::scenario::shorten(text),
            why,
        };
        let (name, arg) = match text.split_once(':') {
            Some((name, arg)) => (name, Some(arg)),
            None => (text, None),
        };
        let some_text = |arg: Option<&str>| arg.filter(|a| !a.is_empty()).map(str::to_owned);
        Ok(match (name, arg) {
            ("failure", None) => Goal::Failure,
            ("deadlock", None) => Goal::Deadlock,
            ("starved-consumer", None) => Goal::StarvedConsumer,
            ("safety-error", arg) => Goal::SafetyError(some_text(arg)),
            ("panic", arg) => Goal::Panic(some_text(arg)),
            ("buffer-full", Some(n)) => match n.parse::<u32>() {
                Ok(n @ 1..=1000) => Goal::BufferFull(n),
                _ => return Err(err("needs a count from 1 to 1000")),
            },
            ("print-order", Some(lines)) if !lines.is_empty() => {
                Goal::PrintOrder(lines.split('|').map(str::to_owned).collect())
            }
            ("print-order", _) => return Err(err("needs lines separated by |")),
            ("failure" | "deadlock" | "starved-consumer", Some(_)) => {
                return Err(err("takes no argument"))
            }
            _ => return Err(err("is not a known goal")),
        })
    }

    /// Updates `progress` after `sim`'s last step and says whether the goal is now met.
    pub fn observe(&self, sim: &Simulation, progress: &mut u32) -> bool {
        let outcome = sim.outcome();
        let go = sim.scenario().mode == Mode::Go;
        let contains = |message: &str, want: &Option<String>| {
            want.as_deref().is_none_or(|w| message.contains(w))
        };
        match self {
            Goal::Failure => matches!(
                outcome,
                Some(Outcome::Deadlock { .. } | Outcome::Error { .. })
            ),
            Goal::Deadlock => matches!(outcome, Some(Outcome::Deadlock { .. })),
            Goal::SafetyError(want) => match outcome {
                Some(Outcome::Error { message }) => !go && contains(message, want),
                _ => false,
            },
            Goal::Panic(want) => match outcome {
                Some(Outcome::Error { message }) => go && contains(message, want),
                _ => false,
            },
            Goal::StarvedConsumer => {
                outcome == Some(&Outcome::Finished) && sim.world().consumed_by().contains(&0)
            }
            Goal::BufferFull(n) => {
                // Bit 0: full after the previous step; the rest: times it filled up.
                let cap = usize::from(sim.scenario().capacity);
                let full = cap > 0 && sim.world().buffered() >= cap;
                let was_full = *progress & 1 == 1;
                let mut times = *progress >> 1;
                if full && !was_full {
                    times += 1;
                }
                *progress = (times << 1) | u32::from(full);
                times >= *n
            }
            Goal::PrintOrder(lines) => {
                let next = lines.get(*progress as usize);
                if let (Some(want), Some(print)) = (next, sim.event().print) {
                    if print.text() == *want {
                        *progress += 1;
                    }
                }
                *progress as usize >= lines.len()
            }
        }
    }

    /// A short phrase for reports, without an article: "deadlock", "buffer full 3 times".
    pub fn describe(&self) -> String {
        match self {
            Goal::Failure => "deadlock, safety error or panic".into(),
            Goal::Deadlock => "deadlock".into(),
            Goal::SafetyError(None) => "safety error".into(),
            Goal::SafetyError(Some(t)) => format!("safety error \"{t}\""),
            Goal::Panic(None) => "panic".into(),
            Goal::Panic(Some(t)) => format!("panic \"{t}\""),
            Goal::StarvedConsumer => "finished run in which a consumer got nothing".into(),
            Goal::BufferFull(n) => format!("buffer full {n} times"),
            Goal::PrintOrder(lines) => format!("prints {}", lines.join(" then ")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_goal_text_reads_back_and_bad_ones_say_what_is_allowed() {
        assert_eq!(Goal::parse("buffer-full:3"), Ok(Goal::BufferFull(3)));
        assert_eq!(
            Goal::parse("print-order:c4|p4"),
            Ok(Goal::PrintOrder(vec!["c4".into(), "p4".into()]))
        );
        assert_eq!(Goal::parse("panic"), Ok(Goal::Panic(None)));
        let err = Goal::parse("buffer-full:0").expect_err("0 is out of range");
        assert!(err.to_string().contains("1 to 1000"), "{err}");
        let err = Goal::parse("win").expect_err("unknown");
        assert!(err.to_string().contains("is not a known goal"), "{err}");
    }
}
