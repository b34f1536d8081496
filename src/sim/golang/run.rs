//! A run of a Go program under a scheduling policy: the kernel picks the goroutine
//! (`policy::pick`, so Go's order, first-come, round robin, random and manual all
//! apply), the machine runs its statement, and when nothing can run the clock jumps to
//! the next sleeper or `time.After` timer. Virtual time is kept in nanoseconds here.

use std::rc::Rc;

use super::code::Program;
use super::machine::{Limits, Machine, StepEnd, Write, TIMER_BASE};
use super::task_names::TaskNames;
use super::value::Value;
use crate::sim::kernel::{Kernel, Outcome};
use crate::sim::policy;
use crate::sim::rng::Rng;
use crate::sim::scenario::PolicyKind;
use crate::sim::task::TaskId;

/// What Go prints when every goroutine is blocked.
pub const DEADLOCK: &str = "fatal error: all goroutines are asleep - deadlock!";

/// One line of standard output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// When its newline was written, in virtual ns.
    pub t_ns: u64,
    /// The goroutine's display name (`main`, `worker #2`).
    pub task: String,
    /// The text, without the newline.
    pub text: String,
}

/// A running program. Cloning it (a history checkpoint) copies the captured variables
/// too ([`Machine::snapshot`]), so a clone never changes with the original.
#[derive(Debug)]
pub struct GoRun {
    /// The program's state.
    pub machine: Machine,
    /// The scheduler's state (times in ns).
    pub kernel: Kernel,
    /// The policy.
    pub policy: PolicyKind,
    rng: Rng,
    /// Statements run so far.
    pub steps: u64,
    /// The goroutine that ran the last statement.
    pub last: Option<TaskId>,
    /// Each channel's and sync object's name when it was made (the variable it went
    /// into), so the stage still names it once no variable holds it any more (after main
    /// returns, say): `view.rs` prefers a live holder's name and falls back to this one.
    pub(super) birth_names: BirthNames,
}

/// The variable each channel and each sync object first went into, in the order made
/// (`None` when it went into none: a field, a slice, an argument).
#[derive(Clone, Debug, Default)]
pub(super) struct BirthNames {
    pub(super) chans: Vec<Option<String>>,
    pub(super) objs: Vec<Option<String>>,
}

impl Clone for GoRun {
    fn clone(&self) -> Self {
        GoRun {
            machine: self.machine.snapshot(),
            kernel: self.kernel.clone(),
            policy: self.policy,
            rng: self.rng.clone(),
            steps: self.steps,
            last: self.last,
            birth_names: self.birth_names.clone(),
        }
    }
}

impl GoRun {
    /// A run of `prog` under `policy`, with `seed` for the random policy and `select`.
    pub fn new(prog: Rc<Program>, policy: PolicyKind, seed: u64) -> Self {
        let kernel = if policy == PolicyKind::GoRuntime {
            Kernel::go_program()
        } else {
            Kernel::new(1)
        };
        GoRun {
            machine: Machine::new(prog, seed, policy == PolicyKind::GoRuntime),
            kernel,
            policy,
            rng: Rng::new(seed),
            steps: 0,
            last: None,
            birth_names: BirthNames::default(),
        }
    }

    /// The same run with other bounds (the trace tool's: [`Limits::trace_tool`]).
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.machine.limits = limits;
        self
    }

    /// How the run ended, once it has.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.kernel.outcome()
    }

    /// When nothing can run, jumps the clock and fires what is due; ends the run in a
    /// deadlock when nothing is pending.
    fn prepare(&mut self) {
        // Go's `findRunnable` runs `checkTimers` before it looks at any run queue, each
        // time the running goroutine gives the processor up: a `time.After(0)` (or a
        // negative one) is due at once and fires there, so the goroutine it wakes takes
        // `runnext` ahead of goroutines that were ready before it.
        if self.policy == PolicyKind::GoRuntime && self.kernel.current().is_none() {
            self.fire_due();
            self.kernel.look_for_work();
        }
        while self.kernel.runnable_count() == 0 && self.kernel.outcome().is_none() {
            if !self.kernel.advance_to_next() {
                self.kernel.end(Outcome::Deadlock {
                    message: DEADLOCK.to_string(),
                });
                return;
            }
            self.fire_due();
        }
    }

    /// Readies the sleepers and fires the `time.After` timers due now, in timer order.
    fn fire_due(&mut self) {
        while let Some(token) = self.kernel.pop_due() {
            if token >= TIMER_BASE {
                self.machine
                    .fire_timer(token - TIMER_BASE, &mut self.kernel);
            }
        }
    }

    /// Tasks that may run the next statement (the manual policy's choices).
    pub fn choices(&mut self) -> Vec<TaskId> {
        self.prepare();
        self.kernel.runnable().collect()
    }

    /// Runs one statement under the policy (manual: of `choice`). False once ended, or
    /// when a manual choice is missing or not runnable.
    pub fn step(&mut self, choice: Option<TaskId>) -> bool {
        self.prepare();
        if self.kernel.outcome().is_some() {
            return false;
        }
        let pick = match choice {
            Some(t) => Some(t),
            None => policy::pick(self.policy, &self.kernel, &mut self.rng),
        };
        let Some(task) = pick.or_else(|| self.kernel.next_in_order()) else {
            return false;
        };
        if !self.kernel.dispatch(task) {
            return false;
        }
        self.steps += 1;
        self.last = Some(task);
        match self.machine.step(task, &mut self.kernel) {
            StepEnd::Next | StepEnd::Blocked | StepEnd::Slept => {}
            StepEnd::Yield | StepEnd::Retry => self.kernel.yield_now(task),
            StepEnd::Done => self.kernel.finish(task),
            StepEnd::Exit => {
                self.kernel.finish(task);
                self.kernel.end(Outcome::Finished);
            }
            StepEnd::Fail(message) => self.kernel.end(Outcome::Error { message }),
        }
        self.note_birth_names();
        self.kernel.end_of_step(policy::keeps_running(self.policy));
        // Nothing can run and nothing is pending: say so now, at the step that made it
        // so, rather than at the next call (the page shows the outcome after this step,
        // and a challenge's goal is checked here).
        let k = &self.kernel;
        if k.outcome().is_none() && k.runnable_count() == 0 && k.next_wakeup_ms().is_none() {
            self.kernel.end(Outcome::Deadlock {
                message: DEADLOCK.to_string(),
            });
        }
        if self.steps >= self.machine.limits.steps && self.kernel.outcome().is_none() {
            let message = format!(
                "lab limit: more than {} statements (a loop that never blocks?)",
                self.machine.limits.steps
            );
            self.kernel.end(Outcome::Error { message });
        }
        true
    }

    /// Names the channels and sync objects this statement made, by the variable that
    /// holds each now. Two length checks a step when nothing was made.
    fn note_birth_names(&mut self) {
        while self.birth_names.chans.len() < self.machine.chans.len() {
            let id = self.birth_names.chans.len() as u32;
            let name = self.holder_name(|v| matches!(v, Value::Chan(Some(c)) if *c == id));
            self.birth_names.chans.push(name);
        }
        while self.birth_names.objs.len() < self.machine.objs.len() {
            let id = self.birth_names.objs.len() as u32;
            let name = self.holder_name(|v| matches!(v, Value::Obj(Some(o)) if *o == id));
            self.birth_names.objs.push(name);
        }
    }

    /// Runs to the end (or the step limit).
    pub fn run_to_end(&mut self) {
        while self.step(None) {}
    }

    /// The display name of each goroutine: its function, numbered when several run it.
    /// Linear in the goroutines (a program may start ten thousand).
    pub fn task_names(&self) -> Vec<String> {
        self.names().all()
    }

    /// Goroutine names, one at a time: what the page's panels ask for.
    pub fn names(&self) -> TaskNames<'_> {
        TaskNames::of(&self.machine)
    }

    /// The last `most` lines of [`GoRun::lines`] and how many lines there are in all,
    /// reading only as far back as needed: the page shows a long run's newest output on
    /// every frame.
    pub fn last_lines(&self, most: usize) -> (Vec<Line>, usize) {
        let partial = self
            .machine
            .writes
            .last()
            .is_some_and(|w| !w.text.ends_with('\n'));
        let total = self.machine.newlines + usize::from(partial);
        // The writes that hold the last `most` newlines (and a trailing partial line).
        let mut newlines = 0;
        let mut from = self.machine.writes.len();
        while from > 0 && newlines <= most {
            from -= 1;
            newlines += self
                .machine
                .writes
                .get(from)
                .map_or(0, |w| w.text.matches('\n').count());
        }
        let end = self.kernel.now_ms();
        let mut lines = split_lines(self.machine.writes.iter_from(from), self.names(), end);
        let cut = lines.len().saturating_sub(most);
        lines.drain(..cut);
        (lines, total)
    }

    /// Standard output split into lines, each stamped when its newline was written; a
    /// last line without a newline is stamped at the end of the run.
    pub fn lines(&self) -> Vec<Line> {
        split_lines(
            self.machine.writes.iter(),
            self.names(),
            self.kernel.now_ms(),
        )
    }

    /// Everything the program wrote to standard output, byte for byte.
    pub fn stdout(&self) -> String {
        self.machine
            .writes
            .iter()
            .map(|w| w.text.as_str())
            .collect()
    }
}

/// `writes` split into lines, each stamped when its newline was written and named by its
/// writer (`names`); a last line without a newline is stamped at `end_ns` or its write.
fn split_lines<'a>(
    writes: impl Iterator<Item = &'a Write>,
    names: TaskNames<'_>,
    end_ns: u64,
) -> Vec<Line> {
    let name = |t: TaskId| names.get(t).unwrap_or_default();
    let mut out = Vec::new();
    let mut current = String::new();
    let mut last = (0, 0);
    for w in writes {
        last = (w.t_ns, w.task);
        for ch in w.text.chars() {
            if ch == '\n' {
                out.push(Line {
                    t_ns: w.t_ns,
                    task: name(w.task),
                    text: std::mem::take(&mut current),
                });
            } else {
                current.push(ch);
            }
        }
    }
    if !current.is_empty() {
        out.push(Line {
            t_ns: last.0.max(end_ns),
            task: name(last.1),
            text: current,
        });
    }
    out
}
