//! Two runs of one program side by side: the same scenario under two orders (another seed
//! of the random scheduler, or another policy), each run to its end, and their printed
//! output lined up as a diff. This is the "debugging difficulty" lesson: the code did not
//! change, yet one run fails and the other does not.
//!
//! URL form: `compare=OTHER`, where OTHER is a seed (`compare=4`: the random scheduler with
//! seed 4), a policy name (`compare=go-runtime`) or both (`compare=random:4`).

use std::fmt;

use crate::sim::reports::trace::end_word;
use crate::sim::scenario::{shorten, PolicyKind, Scenario};
use crate::sim::simulation::Simulation;
use crate::sim::task::TaskId;

/// The most steps each compared run may take: the lab's scenarios end far sooner, and the
/// page computes a comparison in one go, so it must stay short.
pub const MAX_COMPARED_STEPS: u64 = 50_000;

/// The most output lines lined up by a real diff; longer outputs are lined up by position
/// (the diff's table grows with the product of the two lengths).
pub const MAX_DIFFED_LINES: usize = 600;

/// How one run went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunSide {
    /// What ran it: "random, seed 3", "Go's own order".
    pub label: String,
    /// Each printed line, as `TASK: TEXT`.
    pub lines: Vec<String>,
    /// How it ended, in the trace's words ("finished", "error: ...").
    pub end: String,
    /// Which task ran at each step.
    pub picks: Vec<TaskId>,
}

/// One row of the lined-up outputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiffRow {
    /// A line both runs printed here.
    Both(String),
    /// A line only the first run printed.
    First(String),
    /// A line only the second run printed.
    Second(String),
}

/// The two runs and how they differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The scenario as given.
    pub first: RunSide,
    /// The same scenario in the other order.
    pub second: RunSide,
    /// Both outputs, lined up.
    pub rows: Vec<DiffRow>,
    /// The first step (1-based) at which the two runs ran different tasks.
    pub parted_at_step: Option<usize>,
}

/// A `compare=` value that cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareError {
    /// The value, shortened and escaped.
    pub value: String,
}

impl fmt::Display for CompareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = PolicyKind::ALL
            .iter()
            .filter(|p| **p != PolicyKind::Manual)
            .map(|p| p.name())
            .collect();
        write!(
            f,
            "compare={}: allowed a seed (a whole number), a policy ({}), or POLICY:SEED",
            self.value,
            names.join(", ")
        )
    }
}

/// The other run's order: `OTHER` of `compare=OTHER` applied to `base`.
pub fn other_order(text: &str, base: &Scenario) -> Result<Scenario, CompareError> {
    let error = || CompareError {
        value: shorten(text),
    };
    let seed = |s: &str| s.parse::<u64>().map_err(|_| error());
    let policy = |s: &str| match PolicyKind::from_name(s) {
        Some(PolicyKind::Manual) | None => Err(error()),
        Some(p) => Ok(p),
    };
    let (policy, seed) = match text.split_once(':') {
        Some((p, s)) => (policy(p)?, seed(s)?),
        None if text.bytes().all(|b| b.is_ascii_digit()) => (PolicyKind::Random, seed(text)?),
        None => (policy(text)?, base.seed),
    };
    Ok(Scenario {
        policy,
        seed,
        schedule: Vec::new(),
        ..base.clone()
    })
}

/// Runs `first` and `second` to their ends and lines up what they printed.
pub fn compare(first: &Scenario, second: &Scenario) -> Comparison {
    let first = run_side(first);
    let second = run_side(second);
    let rows = line_up(&first.lines, &second.lines);
    let parted_at_step = first
        .picks
        .iter()
        .zip(&second.picks)
        .position(|(a, b)| a != b)
        .or_else(|| {
            (first.picks.len() != second.picks.len())
                .then(|| first.picks.len().min(second.picks.len()))
        })
        .map(|i| i + 1);
    Comparison {
        first,
        second,
        rows,
        parted_at_step,
    }
}

/// What ran the run, in words.
pub fn order_label(s: &Scenario) -> String {
    match s.policy {
        PolicyKind::Random => format!("random, seed {}", s.seed),
        PolicyKind::Manual => format!("the schedule of {} picks", s.schedule.len()),
        p => p.name().to_string(),
    }
}

fn run_side(scenario: &Scenario) -> RunSide {
    let mut sim = Simulation::new(scenario.clone());
    let mut picks = Vec::new();
    let mut lines = Vec::new();
    while sim.outcome().is_none() && sim.steps() < MAX_COMPARED_STEPS {
        if sim.run_to_end(1) == 0 {
            break;
        }
        let ev = sim.event();
        picks.push(ev.task);
        if let Some(print) = ev.print {
            lines.push(format!("{}: {}", sim.task_name(ev.task), print.text()));
        }
    }
    let stopped = sim.schedule_refusal().map(|r| r.describe(&sim));
    let end = end_word(sim.outcome(), stopped.as_deref());
    RunSide {
        label: order_label(scenario),
        lines,
        end,
        picks,
    }
}

/// A longest-common-subsequence alignment of `a` and `b` (by position past the bound).
fn line_up(a: &[String], b: &[String]) -> Vec<DiffRow> {
    if a.len() > MAX_DIFFED_LINES || b.len() > MAX_DIFFED_LINES {
        return by_position(a, b);
    }
    // common[i][j]: the longest common subsequence of a[i..] and b[j..].
    let w = b.len() + 1;
    let mut common = vec![0u16; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            common[i * w + j] = if a[i] == b[j] {
                common[(i + 1) * w + j + 1] + 1
            } else {
                common[(i + 1) * w + j].max(common[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j, mut rows) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            rows.push(DiffRow::Both(a[i].clone()));
            (i, j) = (i + 1, j + 1);
        } else if j == b.len() || (i < a.len() && common[(i + 1) * w + j] >= common[i * w + j + 1])
        {
            rows.push(DiffRow::First(a[i].clone()));
            i += 1;
        } else {
            rows.push(DiffRow::Second(b[j].clone()));
            j += 1;
        }
    }
    rows
}

fn by_position(a: &[String], b: &[String]) -> Vec<DiffRow> {
    let mut rows = Vec::new();
    for k in 0..a.len().max(b.len()) {
        match (a.get(k), b.get(k)) {
            (Some(x), Some(y)) if x == y => rows.push(DiffRow::Both(x.clone())),
            (x, y) => {
                rows.extend(x.cloned().map(DiffRow::First));
                rows.extend(y.cloned().map(DiffRow::Second));
            }
        }
    }
    rows
}
