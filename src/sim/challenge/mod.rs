//! Scheduler challenges: a scenario, a goal the core checks after every step, a par (the
//! fewest picks that reach the goal, computed by the explorer) and up to three hints.
//!
//! The challenges are data, in `static/challenges.txt` (see [`crate::sim::learn::records`]
//! for the format): the page fetches the file when the challenge panel opens, and
//! `tests/challenges.rs` checks that each stored solution solves its challenge in par picks
//! and that par is the explorer's shortest.

mod attempt;
mod url_key;

pub use attempt::{Attempt, Tracker};
pub use url_key::{from_query, ChallengeKeyError};

use crate::sim::explore::Goal;
use crate::sim::learn::records::{self, Record, RecordError};
use crate::sim::scenario::{parse_query, PolicyKind, Scenario};

/// The most hints a challenge may carry.
pub const MAX_HINTS: usize = 3;

/// One challenge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Challenge {
    /// URL name (`challenge=NAME`).
    pub name: String,
    /// Title for the panel.
    pub title: String,
    /// What to make happen, in words for the learner.
    pub task: String,
    /// The scenario's query string (the policy is always manual: the learner schedules).
    pub query: String,
    /// What the core checks after every step.
    pub goal: Goal,
    /// The fewest picks that reach the goal (the explorer's shortest schedule).
    pub par: usize,
    /// A shortest solution, as a schedule (`P1*3.C1`), shown after success.
    pub solution: String,
    /// Up to three hints, mildest first.
    pub hints: Vec<String>,
}

impl Challenge {
    /// The challenge's scenario, with the manual policy and no schedule.
    pub fn scenario(&self) -> Scenario {
        Scenario {
            policy: PolicyKind::Manual,
            schedule: Vec::new(),
            ..parse_query(&self.query).scenario
        }
    }

    /// The stored solution's picks, as task indices.
    pub fn solution_picks(&self) -> Vec<u8> {
        self.scenario_with(&self.solution).schedule
    }

    /// The scenario with `schedule` (in its URL form) as its manual schedule.
    pub fn scenario_with(&self, schedule: &str) -> Scenario {
        let query = format!("{}&policy=manual&schedule={schedule}", self.query);
        parse_query(&query).scenario
    }

    fn from_record(r: &Record) -> Result<Challenge, RecordError> {
        let goal_text = r.one("goal")?;
        let goal = Goal::parse(goal_text).map_err(|e| r.error(e.to_string()))?;
        let par = r.one("par")?;
        let par = par
            .parse()
            .map_err(|_| r.error(format!("par {par:?} is not a whole number of picks")))?;
        let hints: Vec<String> = r.all("hint").map(str::to_owned).collect();
        if hints.len() > MAX_HINTS {
            return Err(r.error(format!("{} hints: at most {MAX_HINTS}", hints.len())));
        }
        let challenge = Challenge {
            name: r.one("name")?.to_owned(),
            title: r.one("title")?.to_owned(),
            task: r.one("task")?.to_owned(),
            query: r.one("query")?.to_owned(),
            goal,
            par,
            solution: r.one("solution")?.to_owned(),
            hints,
        };
        let parsed = parse_query(&format!(
            "{}&policy=manual&schedule={}",
            challenge.query, challenge.solution
        ));
        if let Some(e) = parsed.errors.first() {
            return Err(r.error(format!("challenge {}: {e}", challenge.name)));
        }
        Ok(challenge)
    }
}

/// Every challenge in `text` (the contents of `static/challenges.txt`), in file order.
pub fn parse_all(text: &str) -> Result<Vec<Challenge>, RecordError> {
    let records = records::parse(text)?;
    let mut out: Vec<Challenge> = Vec::with_capacity(records.len());
    for r in &records {
        let c = Challenge::from_record(r)?;
        if out.iter().any(|o| o.name == c.name) {
            return Err(r.error(format!("challenge name {} is used twice", c.name)));
        }
        out.push(c);
    }
    Ok(out)
}
