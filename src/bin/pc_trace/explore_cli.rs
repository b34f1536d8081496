//! `pc-trace --explore QUERY`: searches every interleaving of the scenario for a deadlock,
//! a safety error or a panic (or `--goal GOAL`), and prints the explorer's summary and, if
//! it found one, the shortest schedule as a link that replays it.
//!
//! Its exit status follows the module table: the found failure's status (1, 2 or 3, as
//! the run it replays would exit), 0 when no failure is reachable within the bound, 5 when
//! the state cap stopped the search first, and 64 for bad input.

use producer_consumer_lab::sim::explore::{Explorer, Goal, Verdict};
use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::scenario::{printable, Scenario};

/// Exit status when `--max-states` stopped the search before it could say.
pub const STATE_CAP: i32 = 5;

/// Search options.
pub struct Options {
    /// What to look for.
    pub goal: Goal,
    /// The depth bound, in picks.
    pub max_depth: Option<u32>,
    /// The cap on distinct states.
    pub max_states: Option<u64>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            goal: Goal::Failure,
            max_depth: None,
            max_states: None,
        }
    }
}

impl Options {
    /// Reads `flag` (`--goal`, `--max-depth` or `--max-states`) with its `value`.
    pub fn take(&mut self, flag: &str, value: Option<String>) -> Result<(), String> {
        let Some(value) = value else {
            return Err(format!("{flag} needs a value"));
        };
        let bad = |allowed: &str| {
            format!(
                "{flag} {} is not allowed: give {allowed}",
                printable(&value)
            )
        };
        match flag {
            "--goal" => self.goal = Goal::parse(&value).map_err(|e| e.to_string())?,
            "--max-depth" => {
                self.max_depth = Some(value.parse().map_err(|_| bad("a whole number of picks"))?)
            }
            _ => self.max_states = Some(value.parse().map_err(|_| bad("a whole number"))?),
        }
        Ok(())
    }
}

/// Runs the search on `scenario`, prints its summary, and returns the exit status given
/// by `status_of` for a found run's outcome.
pub fn run(scenario: &Scenario, options: Options, status_of: impl Fn(&Outcome) -> i32) -> i32 {
    let mut explorer = Explorer::new(scenario, options.goal);
    if let Some(depth) = options.max_depth {
        explorer = explorer.with_max_depth(depth);
    }
    if let Some(states) = options.max_states {
        explorer = explorer.with_max_states(states);
    }
    let report = explorer.run_to_end();
    println!("{}", report.summary());
    match &report.verdict {
        Verdict::Found(found) => {
            println!("schedule: {}", found.schedule_text);
            println!("replay: ?{}", found.query);
            // A goal that is not a failure (a print order, a full buffer) is a success.
            found.outcome.as_ref().map_or(0, |o| match o {
                Outcome::Finished => 0,
                other => status_of(other),
            })
        }
        Verdict::StateLimit => STATE_CAP,
        _ => 0,
    }
}
