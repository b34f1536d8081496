//! Time travel: a [`Run`] steps a [`Simulation`] forward and can go back to any step it
//! has reached, by restoring the nearest checkpoint and replaying.
//!
//! Replay is exact because the core is deterministic: the scenario, the policy's seeded
//! PRNG and the recorded manual choices fix every step. Stepping back therefore keeps the
//! logs of the future (it will happen again the same way) until the learner makes a
//! *different* manual choice, which branches: the old future is dropped.

mod checkpoints;
mod clock;
mod log;
mod packing;
mod prints;
mod timeline;
mod views;

pub use checkpoints::CHECKPOINT_INTERVAL;
pub use log::OccupancySample;
pub use prints::{PrintRecord, Prints, PrintsIter};
pub use timeline::{StateChange, Timeline, TimelineIter};

use checkpoints::Checkpoints;
use log::Log;

use super::refused_pick::RefusedPick;
use super::scenario::{PolicyKind, Scenario};
use super::simulation::{ChoiceError, Simulation, StepResult};
use super::task::TaskId;

/// A run with its history: the current state, checkpoints, choices and logs.
#[derive(Clone, Debug)]
pub struct Run {
    /// The state at the current step.
    sim: Simulation,
    checkpoints: Checkpoints,
    /// The task of every step reached (`choices[s]` ran step `s + 1`); in manual mode it
    /// also holds the scenario's schedule beyond the furthest step.
    choices: Vec<u8>,
    /// Steps (indexes into `choices`) where a manual pick overrode a non-manual policy:
    /// replay must run those with the recorded task instead of asking the policy.
    overrides: Vec<u64>,
    manual: bool,
    furthest: u64,
    log: Log,
}

impl Run {
    /// A run of `scenario` at step 0. In manual mode the choices start as its schedule.
    pub fn new(scenario: Scenario) -> Run {
        let manual = scenario.policy == PolicyKind::Manual;
        let choices = if manual {
            scenario.schedule.clone()
        } else {
            Vec::new()
        };
        let sim = Simulation::new(scenario);
        Run {
            checkpoints: Checkpoints::new(&sim),
            log: Log::new(&sim),
            sim,
            choices,
            overrides: Vec::new(),
            manual,
            furthest: 0,
        }
    }

    /// The state at the current step.
    pub fn sim(&self) -> &Simulation {
        &self.sim
    }

    /// Runs one step: under the policy, or with the recorded choice for this step (manual
    /// mode, or a step a manual pick overrode). In manual mode with no runnable choice
    /// recorded, returns [`StepResult::NeedsChoice`] and changes nothing.
    pub fn step(&mut self) -> StepResult {
        if self.sim.outcome().is_some() {
            return StepResult::Ended;
        }
        let at = self.sim.steps();
        let recorded = self.recorded_choice(at);
        let result = match recorded {
            Some(task) if self.manual || self.overrides.binary_search(&at).is_ok() => {
                if self.can_run(task) {
                    to_step_result(self.sim.step_task(task))
                } else {
                    StepResult::NeedsChoice
                }
            }
            _ if self.manual => StepResult::NeedsChoice,
            _ => self.sim.step(),
        };
        if result == StepResult::Stepped {
            self.after_step();
        }
        result
    }

    /// Runs `task` for the current step (a manual pick, under any policy). When it differs
    /// from the choice recorded for this step, the recorded future is dropped and this
    /// pick starts a new one.
    pub fn choose(&mut self, task: TaskId) -> Result<(), ChoiceError> {
        if self.sim.outcome().is_some() {
            return Err(ChoiceError::Ended);
        }
        let at = self.sim.steps();
        if self.recorded_choice(at) == Some(task) {
            return match self.step() {
                StepResult::Stepped => Ok(()),
                StepResult::Ended => Err(ChoiceError::Ended),
                StepResult::NeedsChoice => Err(ChoiceError::NotRunnable(task)),
            };
        }
        let Some(byte) = u8::try_from(task).ok().filter(|_| self.can_run(task)) else {
            return Err(ChoiceError::NotRunnable(task));
        };
        self.branch_here();
        self.choices.push(byte);
        if !self.manual {
            self.overrides.push(at);
        }
        self.sim.step_task(task)?;
        self.after_step();
        Ok(())
    }

    /// Goes to `step`, or as near as the run can reach (the end of the run, or in manual
    /// mode the last recorded choice). Replays at most one checkpoint interval for any
    /// step already reached.
    pub fn seek(&mut self, step: u64) {
        let now = self.sim.steps();
        let anchor = self.checkpoints.at_or_before(step.min(self.furthest));
        if step < now || anchor.steps() > now {
            self.sim = anchor.clone();
        }
        while self.sim.steps() < step && self.step() == StepResult::Stepped {}
    }

    /// Goes back one step; false at step 0.
    pub fn back(&mut self) -> bool {
        let now = self.sim.steps();
        if now == 0 {
            return false;
        }
        self.seek(now - 1);
        true
    }

    /// Goes back to step 0, keeping the history.
    pub fn reset(&mut self) {
        self.seek(0);
    }

    /// The recorded pick for the next step when its task cannot run: a schedule from a link
    /// that names a blocked, sleeping or finished task. The run stops there.
    pub fn schedule_refusal(&self) -> Option<RefusedPick> {
        if self.sim.outcome().is_some() {
            return None;
        }
        let at = self.sim.steps();
        let task = self.recorded_choice(at)?;
        let replayed = self.manual || self.overrides.binary_search(&at).is_ok();
        if !replayed || self.can_run(task) {
            return None;
        }
        RefusedPick::check(&self.sim, task)
    }

    /// Runs until the run ends or `max_steps` more steps have run; in manual mode, once the
    /// choices run out, continues in first-ready order, and stops at a recorded pick that
    /// cannot run (as [`Simulation::run_to_end`] does). Returns the steps run.
    pub fn run_to_end(&mut self, max_steps: u64) -> u64 {
        let start = self.sim.steps();
        while self.sim.steps() - start < max_steps {
            match self.step() {
                StepResult::Stepped => {}
                StepResult::Ended => break,
                StepResult::NeedsChoice => {
                    if self.schedule_refusal().is_some() {
                        break;
                    }
                    let Some(task) = self.sim.choices().first().copied() else {
                        break;
                    };
                    if self.choose(task).is_err() {
                        break;
                    }
                }
            }
        }
        self.sim.steps() - start
    }

    /// The choice recorded for the step after `at` steps, if any.
    fn recorded_choice(&self, at: u64) -> Option<TaskId> {
        let i = usize::try_from(at).ok()?;
        self.choices.get(i).map(|&t| usize::from(t))
    }

    /// True when the next step may run `task` (without touching the state, unlike a failed
    /// [`Simulation::step_task`], which would already have jumped the clock).
    fn can_run(&self, task: TaskId) -> bool {
        let kernel = self.sim.kernel();
        kernel.runnable().any(|t| t == task)
            || (kernel.runnable_count() == 0 && self.sim.choices().contains(&task))
    }

    /// Bookkeeping after a step ran: a new furthest step is logged and may be checkpointed.
    fn after_step(&mut self) {
        let step = self.sim.steps();
        if step <= self.furthest {
            return;
        }
        self.furthest = step;
        if self.choices.len() < step as usize {
            self.choices.push(self.sim.event().task as u8);
        }
        self.log.record(&self.sim);
        self.checkpoints.after_step(&self.sim);
    }

    /// Drops everything recorded after the current step: a different future begins here.
    fn branch_here(&mut self) {
        let at = self.sim.steps();
        self.choices.truncate(at as usize);
        let keep = self.overrides.partition_point(|&s| s < at);
        self.overrides.truncate(keep);
        self.log.truncate_after(&self.sim);
        self.checkpoints.truncate_after(at);
        self.furthest = at;
    }
}

/// A manual step's result as a [`StepResult`].
fn to_step_result(result: Result<(), ChoiceError>) -> StepResult {
    match result {
        Ok(()) => StepResult::Stepped,
        Err(ChoiceError::Ended) => StepResult::Ended,
        Err(ChoiceError::NotRunnable(_)) => StepResult::NeedsChoice,
    }
}
