//! Scheduler challenges on Go programs: a program (one of `static/programs/*.go`), a goal
//! the core checks after every step (a deadlock, a given panic, lines printed in a given
//! order), a par (the fewest picks that reach it) and up to three hints. The learner is
//! the scheduler in the program lab (`?edit=go&challenge=NAME`).
//!
//! The challenges are data, in `static/program-challenges.txt` (the record format of
//! `learn::records`, with `program:` naming the file and `solution:` the picks as
//! goroutine numbers); `tests/program_challenges.rs` replays each stored solution and
//! checks by breadth-first search over every schedule that no shorter one exists.

use super::run::GoRun;
use crate::sim::challenge::MAX_HINTS;
use crate::sim::kernel::Outcome;
use crate::sim::learn::records::{self, Record, RecordError};
use crate::sim::task::TaskId;

/// What a program challenge asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgramGoal {
    /// Go's `fatal error: all goroutines are asleep - deadlock!`.
    Deadlock,
    /// A run-time error whose first line starts with this (`panic: send on closed channel`).
    Panic(String),
    /// These lines printed in this order (others may come between).
    PrintOrder(Vec<String>),
}

impl ProgramGoal {
    /// Reads `deadlock`, `panic:TEXT` or `print-order:LINE|LINE|...`.
    pub fn parse(text: &str) -> Result<ProgramGoal, String> {
        if text == "deadlock" {
            return Ok(ProgramGoal::Deadlock);
        }
        if let Some(message) = text.strip_prefix("panic:") {
            return Ok(ProgramGoal::Panic(message.trim().to_string()));
        }
        if let Some(lines) = text.strip_prefix("print-order:") {
            let lines: Vec<String> = lines.split('|').map(str::to_string).collect();
            if lines.len() >= 2 {
                return Ok(ProgramGoal::PrintOrder(lines));
            }
        }
        Err(format!(
            "goal {text:?} is not a program goal (allowed: deadlock, panic:MESSAGE, print-order:LINE|LINE...)"
        ))
    }

    /// True once `run` has reached the goal.
    pub fn reached(&self, run: &GoRun) -> bool {
        match self {
            ProgramGoal::Deadlock => matches!(run.outcome(), Some(Outcome::Deadlock { .. })),
            ProgramGoal::Panic(start) => {
                matches!(run.outcome(), Some(Outcome::Error { message }) if message.starts_with(start.as_str()))
            }
            ProgramGoal::PrintOrder(wanted) => {
                let out = run.stdout();
                let mut want = wanted.iter().peekable();
                for line in out.lines() {
                    if want.peek().is_some_and(|w| *w == line) {
                        want.next();
                    }
                }
                want.peek().is_none()
            }
        }
    }

    /// The goal in words, for the panel.
    pub fn describe(&self) -> String {
        match self {
            ProgramGoal::Deadlock => "every goroutine asleep: Go's deadlock".to_string(),
            ProgramGoal::Panic(message) => format!("the program crashes with \"{message}\""),
            ProgramGoal::PrintOrder(lines) => {
                let quoted: Vec<String> = lines.iter().map(|l| format!("\"{l}\"")).collect();
                format!("{} printed in this order", quoted.join(", then "))
            }
        }
    }
}

/// One challenge on a Go program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgramChallenge {
    /// URL name (`challenge=NAME`).
    pub name: String,
    /// Title for the panel.
    pub title: String,
    /// What to make happen, in words for the learner.
    pub task: String,
    /// The program's file in `static/programs/`.
    pub program: String,
    /// What the core checks after every step.
    pub goal: ProgramGoal,
    /// The fewest picks that reach the goal.
    pub par: usize,
    /// A shortest solution: the goroutine each pick runs (0 is main).
    pub solution: Vec<TaskId>,
    /// Up to three hints, mildest first.
    pub hints: Vec<String>,
}

impl ProgramChallenge {
    fn from_record(r: &Record) -> Result<ProgramChallenge, RecordError> {
        let goal = ProgramGoal::parse(r.one("goal")?).map_err(|e| r.error(e))?;
        let par = r.one("par")?;
        let par = par
            .parse()
            .map_err(|_| r.error(format!("par {par:?} is not a whole number of picks")))?;
        let solution = r
            .one("solution")?
            .split(',')
            .map(|s| s.trim().parse::<TaskId>())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| r.error("solution must list goroutine numbers, comma-separated".into()))?;
        let hints: Vec<String> = r.all("hint").map(str::to_owned).collect();
        if hints.len() > MAX_HINTS {
            return Err(r.error(format!("{} hints: at most {MAX_HINTS}", hints.len())));
        }
        Ok(ProgramChallenge {
            name: r.one("name")?.to_owned(),
            title: r.one("title")?.to_owned(),
            task: r.one("task")?.to_owned(),
            program: r.one("program")?.to_owned(),
            goal,
            par,
            solution,
            hints,
        })
    }
}

/// Every challenge in `text` (the contents of `static/program-challenges.txt`).
pub fn parse_all(text: &str) -> Result<Vec<ProgramChallenge>, RecordError> {
    let records = records::parse(text)?;
    let mut out: Vec<ProgramChallenge> = Vec::with_capacity(records.len());
    for r in &records {
        let c = ProgramChallenge::from_record(r)?;
        if out.iter().any(|o| o.name == c.name) {
            return Err(r.error(format!("challenge name {} is used twice", c.name)));
        }
        out.push(c);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goals_parse_and_bad_ones_name_what_is_allowed() {
        assert_eq!(ProgramGoal::parse("deadlock"), Ok(ProgramGoal::Deadlock));
        assert_eq!(
            ProgramGoal::parse("panic: send on closed channel"),
            Ok(ProgramGoal::Panic("send on closed channel".into()))
        );
        assert_eq!(
            ProgramGoal::parse("print-order:b|a"),
            Ok(ProgramGoal::PrintOrder(vec!["b".into(), "a".into()]))
        );
        assert!(ProgramGoal::parse("print-order:a").is_err());
        assert!(ProgramGoal::parse("win").is_err_and(|e| e.contains("allowed: deadlock")));
    }
}
