//! A whole run's printed output, as the trace tool and the tests read it: every simulated
//! print with its virtual time and task, and how the run ended.

use crate::sim::event::PrintKind;
use crate::sim::kernel::Outcome;
use crate::sim::refused_pick::RefusedPick;
use crate::sim::scenario::Scenario;
use crate::sim::simulation::Simulation;
use crate::sim::task::TaskId;

/// The most steps a trace runs before giving up (a guard; every real program ends sooner).
pub const MAX_TRACE_STEPS: u64 = 200_000_000;

/// One simulated print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TraceLine {
    /// Virtual time, in ms.
    pub time_ms: u64,
    /// The printing task.
    pub task: TaskId,
    /// What it printed.
    pub print: PrintKind,
}

/// A finished run's output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trace {
    /// Every print, in order.
    pub lines: Vec<TraceLine>,
    /// How it ended (`None` if a scheduled pick could not run, or the step guard was hit).
    pub outcome: Option<Outcome>,
    /// The scheduled pick that could not run, where the run stopped, in words.
    pub stopped: Option<String>,
    /// Virtual time at the end, in ms.
    pub end_ms: u64,
    /// Per consumer: items received (Go) or OSTEP's result (count minus END_OF_STREAM).
    pub consumed: Vec<u64>,
    /// Task names, by task index.
    pub names: Vec<String>,
}

impl Trace {
    /// Runs `scenario` to its end under its policy and collects the output.
    pub fn of(scenario: Scenario) -> Trace {
        let mut sim = Simulation::new(scenario);
        Trace::run(&mut sim)
    }

    /// Runs `sim` to its end, collecting prints from here on.
    pub fn run(sim: &mut Simulation) -> Trace {
        let mut lines = Vec::new();
        while sim.outcome().is_none() && sim.steps() < MAX_TRACE_STEPS {
            if sim.run_to_end(1) == 0 {
                break;
            }
            let ev = sim.event();
            if let Some(print) = ev.print {
                lines.push(TraceLine {
                    time_ms: ev.time_ms,
                    task: ev.task,
                    print,
                });
            }
        }
        let stopped = sim.schedule_refusal().map(|r: RefusedPick| r.describe(sim));
        Trace {
            lines,
            outcome: sim.outcome().cloned(),
            stopped,
            end_ms: sim.kernel().now_ms(),
            consumed: sim.world().consumed_by(),
            names: (0..sim.scenario().task_count())
                .map(|t| sim.task_name(t))
                .collect(),
        }
    }

    /// The text form: `<ms> <task> <text>` per print, then `<ms> end <outcome>`.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for line in &self.lines {
            let name = &self.names[line.task];
            out.push_str(&format!("{} {name} {}\n", line.time_ms, line.print.text()));
        }
        out.push_str(&format!("{} end {}\n", self.end_ms, self.end_word()));
        out
    }

    /// `finished`, `deadlock`, `error: <message>`, `stopped: <the refused pick>`, or
    /// `unfinished` if the guard was hit.
    pub fn end_word(&self) -> String {
        end_word(self.outcome.as_ref(), self.stopped.as_deref())
    }
}

/// How a run ended, in the trace's words: `finished`, `deadlock`, `error: <message>`,
/// `stopped: <why>` (a refused pick), or `unfinished` (stopped by a step bound).
pub fn end_word(outcome: Option<&Outcome>, stopped: Option<&str>) -> String {
    match (outcome, stopped) {
        (Some(Outcome::Error { message }), _) => format!("error: {message}"),
        (Some(outcome), _) => outcome.word().to_string(),
        (None, Some(why)) => format!("stopped: {why}"),
        (None, None) => "unfinished".to_string(),
    }
}
