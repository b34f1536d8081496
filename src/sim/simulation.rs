//! [`Simulation`]: one run's whole state, advanced one statement at a time.
//!
//! Pure: no clock, DOM or global RNG. The same scenario, policy, seed and manual choices
//! always produce the same steps. The state is small and `Clone`, so history can keep
//! checkpoints of it (see `history.rs`).

use std::rc::Rc;

use super::event::{Action, StepEvent};
use super::kernel::{Kernel, Outcome};
use super::metrics::Metrics;
use super::pick_reason::{PickReason, ReadyCause, ReadyCauses};
use super::policy;
use super::refill::Refill;
use super::refused_pick::RefusedPick;
use super::rng::Rng;
use super::scenario::{PolicyKind, Scenario};
use super::task::{Role, TaskId};
use super::world::World;

/// What a call to [`Simulation::step`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepResult {
    /// One statement ran.
    Stepped,
    /// Manual policy and no choice left: call [`Simulation::step_task`].
    NeedsChoice,
    /// The run had already ended; nothing ran.
    Ended,
}

/// A manual choice that cannot be honoured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceError {
    /// The run has ended.
    Ended,
    /// The named task is not ready to run.
    NotRunnable(TaskId),
}

/// One run: scenario, scheduler, program state, metrics and the last step's event.
#[derive(Clone, Debug)]
pub struct Simulation {
    scenario: Rc<Scenario>,
    kernel: Kernel,
    world: World,
    rng: Rng,
    steps: u64,
    metrics: Metrics,
    event: StepEvent,
    /// A clock jump made before a step that has not run yet: the time it jumped from.
    pending_from: Option<u64>,
    /// Tasks that jump woke.
    pending_woken: Vec<TaskId>,
    /// What last made each task ready, to explain the scheduler's picks.
    ready_causes: ReadyCauses,
}

impl Simulation {
    /// A run of `scenario` before its first step.
    pub fn new(scenario: Scenario) -> Self {
        let tasks = scenario.task_count();
        Simulation {
            kernel: policy::new_kernel(&scenario),
            world: World::new(&scenario),
            rng: Rng::new(scenario.seed),
            steps: 0,
            metrics: Metrics::new(tasks),
            event: StepEvent::default(),
            pending_from: None,
            pending_woken: Vec::new(),
            ready_causes: ReadyCauses::new(tasks),
            scenario: Rc::new(scenario),
        }
    }

    /// The scenario being run.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// Scheduler state: task states, ready queue, clock and outcome.
    pub fn kernel(&self) -> &Kernel {
        &self.kernel
    }

    /// Program state: buffer, wait queues and counters.
    pub fn world(&self) -> &World {
        &self.world
    }

    /// Steps run so far.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// The last step's event (a default event before the first step).
    pub fn event(&self) -> &StepEvent {
        &self.event
    }

    /// Metrics so far.
    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// How the run ended, once it has.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.kernel.outcome()
    }

    /// Task `id`'s name: `P1`, `C2`, `main`.
    pub fn task_name(&self, id: TaskId) -> String {
        self.role(id).to_string()
    }

    /// Task `id`'s role.
    pub fn role(&self, id: TaskId) -> Role {
        let s = &self.scenario;
        Role::of(id, usize::from(s.producers), usize::from(s.consumers))
    }

    /// Tasks the next step may run: the runnable ones, or, when all sleep, those the next
    /// clock jump will wake (in the order they will then run). Empty once the run has ended.
    pub fn choices(&self) -> Vec<TaskId> {
        let mut choices = Vec::new();
        self.choices_into(&mut choices);
        choices
    }

    /// [`Simulation::choices`], written into `choices` (cleared first), so that a caller
    /// asking at every state (the explorer) reuses one vector.
    pub fn choices_into(&self, choices: &mut Vec<TaskId>) {
        choices.clear();
        if self.kernel.outcome().is_some() {
            return;
        }
        if self.kernel.runnable_count() > 0 {
            return choices.extend(self.kernel.runnable());
        }
        let mut probe = self.kernel.clone();
        probe.advance_clock(&mut Vec::new());
        // Only the woken can run after the jump; under go-runtime the last woken runs first.
        choices.extend(probe.runnable());
    }

    /// Runs one statement under the scenario's policy. In manual mode the choice comes
    /// from the scenario's schedule; when it runs out, the caller must choose.
    pub fn step(&mut self) -> StepResult {
        if self.kernel.outcome().is_some() {
            return StepResult::Ended;
        }
        self.prepare_step();
        let choice = if self.scenario.policy == PolicyKind::Manual {
            self.scenario
                .schedule
                .get(self.steps as usize)
                .map(|&t| usize::from(t))
        } else {
            policy::pick(self.scenario.policy, &self.kernel, &mut self.rng)
        };
        let Some(task) = choice else {
            return StepResult::NeedsChoice;
        };
        let reason = self.pick_reason(task);
        match self.run(task, reason) {
            Ok(()) => StepResult::Stepped,
            // A schedule naming a task that cannot run: stop and let the caller choose.
            Err(_) => StepResult::NeedsChoice,
        }
    }

    /// Runs one statement of `task` (a manual choice), whatever the policy.
    pub fn step_task(&mut self, task: TaskId) -> Result<(), ChoiceError> {
        if self.kernel.outcome().is_some() {
            return Err(ChoiceError::Ended);
        }
        self.prepare_step();
        self.run(task, PickReason::NoChoice)
    }

    /// In manual mode, the schedule's pick for the next step when that task cannot run:
    /// the run stops there (see [`RefusedPick`]).
    pub fn schedule_refusal(&self) -> Option<RefusedPick> {
        if self.scenario.policy != PolicyKind::Manual || self.kernel.outcome().is_some() {
            return None;
        }
        let task = *self
            .scenario
            .schedule
            .get(usize::try_from(self.steps).ok()?)?;
        RefusedPick::check(self, usize::from(task))
    }

    /// Runs until the run ends or `max_steps` more steps have run; in manual mode, once the
    /// schedule runs out, continues in first-ready order, and a scheduled pick that cannot
    /// run stops the run there ([`Simulation::schedule_refusal`]). Returns the steps run.
    pub fn run_to_end(&mut self, max_steps: u64) -> u64 {
        let start = self.steps;
        while self.steps - start < max_steps {
            match self.step() {
                StepResult::Stepped => {}
                StepResult::Ended => break,
                StepResult::NeedsChoice => {
                    if self.schedule_refusal().is_some() {
                        break;
                    }
                    let Some(task) = self.choices().first().copied() else {
                        break;
                    };
                    if self.step_task(task).is_err() {
                        break;
                    }
                }
            }
        }
        self.steps - start
    }

    /// When nothing can run, jumps the clock to the next wake-up, remembering the jump for
    /// the next step's event (it may be a manual choice made later).
    // Inlined so that the common case, something runnable, costs one comparison per step.
    #[inline(always)]
    fn prepare_step(&mut self) {
        if self.kernel.runnable_count() > 0 {
            return;
        }
        let Some(due) = self.kernel.next_wakeup_ms() else {
            return;
        };
        // Elapsed time is charged to the states held during the jump, before anyone wakes.
        let dt = due - self.kernel.now_ms();
        self.metrics
            .elapse(dt, self.world.buffered(), self.kernel.states());
        let from = self.kernel.now_ms();
        self.pending_woken.clear();
        self.kernel.advance_clock(&mut self.pending_woken);
        self.pending_from = Some(from);
    }

    /// Why the policy's pick of `task` needs explaining: only when another task could have
    /// run instead and the pick follows an order (Go's, or first come, first run). The
    /// first pick is the start order, which the narration of step 0 already gave.
    fn pick_reason(&self, task: TaskId) -> PickReason {
        let choice = self.kernel.runnable_count() >= 2 && self.kernel.current() != Some(task);
        if !choice || self.steps == 0 {
            return PickReason::NoChoice;
        }
        let cause = self.ready_causes.of(task);
        match self.scenario.policy {
            // Not run yet: Go's start order; woken: Go's `runnext` slot.
            PolicyKind::GoRuntime
                if cause == ReadyCause::Started || self.kernel.runnext() == Some(task) =>
            {
                PickReason::GoOrder(cause)
            }
            PolicyKind::GoRuntime | PolicyKind::RunUntilBlock => PickReason::LongestReady,
            _ => PickReason::NoChoice,
        }
    }

    fn run(&mut self, task: TaskId, pick: PickReason) -> Result<(), ChoiceError> {
        if !self.kernel.dispatch(task) {
            return Err(ChoiceError::NotRunnable(task));
        }
        self.steps += 1;
        // Reuse the event's buffers: a step must not allocate (see the benchmark).
        let ev = &mut self.event;
        ev.step = self.steps;
        ev.task = task;
        ev.pick = pick;
        ev.time_ms = self.kernel.now_ms();
        ev.clock_from_ms = self.pending_from.take();
        ev.timer_woken.clear();
        if ev.clock_from_ms.is_some() {
            ev.timer_woken.extend_from_slice(&self.pending_woken);
        }
        ev.woke.clear();
        ev.print = None;
        ev.action = Action::Start;
        self.world.exec(task, &mut self.kernel, &mut self.event);
        let ev = &self.event;
        self.ready_causes
            .record(task, &ev.action, &ev.woke, &ev.timer_woken);
        self.kernel
            .end_of_step(policy::keeps_running(self.scenario.policy));
        self.kernel.settle(self.world.deadlock_message());
        self.metrics.observe(self.world.buffered());
        Ok(())
    }
}

impl Refill for Simulation {
    fn refill_from(&mut self, source: &Self) {
        let Simulation {
            scenario,
            kernel,
            world,
            rng,
            steps,
            metrics,
            event,
            pending_from,
            pending_woken,
            ready_causes,
        } = self;
        scenario.clone_from(&source.scenario);
        kernel.refill_from(&source.kernel);
        world.refill_from(&source.world);
        rng.clone_from(&source.rng);
        *steps = source.steps;
        metrics.refill_from(&source.metrics);
        event.refill_from(&source.event);
        *pending_from = source.pending_from;
        pending_woken.refill_from(&source.pending_woken);
        ready_causes.refill_from(&source.ready_causes);
    }
}
