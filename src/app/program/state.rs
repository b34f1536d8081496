//! The program lab's one reducer: [`ProgramState`] owns the text in the editor, the
//! program that runs (with its history, a [`ProgramRun`]) and what to announce, and
//! [`ProgramAction`] is everything its controls, keys and frames can ask of it.
//!
//! As in the scenario lab, the run lives in an `Rc<RefCell<_>>` that only the reducer
//! mutates, so a long run's checkpoints are never cloned for a render.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use yew::Reducible;

use crate::sim::golang::program_challenge::ProgramChallenge;
use crate::sim::golang::program_run::ProgramRun;
use crate::sim::golang::CompileError;
use crate::sim::scenario::PolicyKind;
use crate::sim::TaskId;

mod action;
mod challenge;
mod compile;
mod playback;

pub use action::{from_shortcut, ProgramAction};
pub use playback::{PLAY_STEPS_PER_SECOND, STEPS_PER_FRAME};

/// The policies that make sense for a Go program (the OS-thread rule is the C programs').
pub const POLICIES: [PolicyKind; 5] = [
    PolicyKind::GoRuntime,
    PolicyKind::RunUntilBlock,
    PolicyKind::RoundRobin,
    PolicyKind::Random,
    PolicyKind::Manual,
];

/// The whole program lab.
#[derive(Clone, Debug)]
pub struct ProgramState {
    /// The text in the editor.
    pub source: Rc<str>,
    /// The text of the program that runs.
    pub running: Rc<str>,
    /// The editor text's compile errors, from the last "Run program".
    pub errors: Rc<Vec<CompileError>>,
    /// The run and its history; `None` only when no program has compiled yet.
    run: Option<Rc<RefCell<ProgramRun>>>,
    /// The policy.
    pub policy: PolicyKind,
    /// The seed.
    pub seed: u64,
    /// True while playing.
    pub playing: bool,
    /// True while "Run to end" works through frames.
    pub running_to_end: bool,
    /// Playback time owed, in steps.
    owed: f64,
    /// What the live region says about the last change.
    pub announcement: String,
    /// The link's rejected parts, until dismissed.
    pub link_errors: Rc<Vec<String>>,
    /// Bumped whenever the run or the program changes.
    pub revision: u64,
    /// True while a linked program is being unpacked.
    pub loading: bool,
    /// The scheduler challenge being played (`challenge=NAME`), if any.
    pub challenge: Option<Rc<ProgramChallenge>>,
    /// The pick count at which the learner first reached the challenge's goal.
    pub solved: Option<u64>,
}

impl ProgramState {
    /// A lab on `source` under `policy` and `seed`, following `schedule` (manual picks)
    /// to `step`. A program that does not compile opens in the editor with its errors.
    pub fn open(
        source: &str,
        policy: PolicyKind,
        seed: u64,
        schedule: &[TaskId],
        step: Option<u64>,
    ) -> ProgramState {
        let policy = if POLICIES.contains(&policy) {
            policy
        } else {
            PolicyKind::GoRuntime
        };
        let mut state = ProgramState {
            source: source.into(),
            running: "".into(),
            errors: Rc::default(),
            run: None,
            policy,
            seed,
            playing: false,
            running_to_end: false,
            owed: 0.0,
            announcement: String::new(),
            link_errors: Rc::default(),
            revision: 0,
            loading: false,
            challenge: None,
            solved: None,
        };
        state.compile();
        if let Some(run) = &state.run {
            let mut run = run.borrow_mut();
            for &pick in schedule {
                if !run.step(Some(pick)) {
                    break;
                }
            }
            run.seek(step.unwrap_or(0));
        }
        if state.run().is_some_and(|r| r.steps() > 0) {
            state.after_run_change();
        }
        state
    }

    /// The run, for reading; `None` before any program compiled.
    pub fn run(&self) -> Option<Ref<'_, ProgramRun>> {
        self.run.as_ref().map(|r| r.borrow())
    }

    /// True once the shown step is the end of the run.
    pub fn ended(&self) -> bool {
        self.run().is_some_and(|r| r.now().outcome().is_some())
    }

    /// Runs `f` on the run; false when there is none.
    fn with_run(&self, f: impl FnOnce(&mut ProgramRun) -> bool) -> bool {
        self.run.as_ref().is_some_and(|r| f(&mut r.borrow_mut()))
    }

    /// Applies `action`; false when nothing changed.
    fn apply(&mut self, action: ProgramAction) -> bool {
        match action {
            ProgramAction::Edit(text) => {
                self.source = text.into();
                return true;
            }
            ProgramAction::RunProgram => {
                self.playing = false;
                self.running_to_end = false;
                self.compile();
                return true;
            }
            ProgramAction::LoadExample(text) => {
                self.source = text.into();
                self.playing = false;
                self.running_to_end = false;
                self.compile();
                return true;
            }
            ProgramAction::ExampleFailed(why) => {
                self.announcement = format!("The example could not be loaded: {why}.");
                return true;
            }
            ProgramAction::Step => {
                self.playing = false;
                // You are the scheduler: Step only replays picks already made.
                let manual = self.policy == PolicyKind::Manual;
                let replay = self.run().is_some_and(|r| r.recorded() > r.steps());
                if manual && !replay {
                    self.announcement =
                        "Your turn: pick the goroutine that runs the next statement.".to_string();
                    return true;
                }
                if !self.with_run(|r| r.step(None)) {
                    return false;
                }
            }
            ProgramAction::Choose(task) => {
                if !self.with_run(|r| r.step(Some(task))) {
                    return false;
                }
            }
            ProgramAction::Back => {
                self.playing = false;
                if !self.with_run(ProgramRun::back) {
                    return false;
                }
            }
            ProgramAction::Reset => {
                self.playing = false;
                self.running_to_end = false;
                self.with_run(|r| r.seek(0) == 0);
            }
            ProgramAction::Seek(step) => {
                self.playing = false;
                self.with_run(|r| r.seek(step) > 0);
            }
            ProgramAction::RunToEnd if self.running_to_end => {
                // The button reads "Stop" while it runs.
                self.running_to_end = false;
                self.after_run_change();
                return true;
            }
            ProgramAction::RunToEnd => {
                self.playing = false;
                self.running_to_end = !self.ended();
                // The first slice runs at the next animation frame, not in the click's
                // task, which already pays for rendering the button's new label.
                if self.running_to_end {
                    self.announcement = "Running to the end…".to_string();
                    return true;
                }
            }
            ProgramAction::SetPolicy(policy) => {
                if policy == self.policy || !POLICIES.contains(&policy) {
                    return false;
                }
                self.policy = policy;
                self.playing = false;
                self.running_to_end = false;
                // The running program again, already compiled, under the new policy (the
                // editor's text may have changed since and is left alone).
                if let Some(run) = &self.run {
                    let prog = run.borrow().now().machine.prog.clone();
                    self.run = Some(Rc::new(RefCell::new(ProgramRun::new(
                        prog, policy, self.seed,
                    ))));
                }
                self.announcement = format!(
                    "Scheduler: {}. The program restarts at step 0.",
                    crate::app::components::controls::policy_label(policy)
                );
                return true;
            }
            ProgramAction::TogglePlay => {
                self.playing = !self.playing && !self.ended();
                self.running_to_end = false;
                self.owed = 0.0;
                return true;
            }
            ProgramAction::Frame(elapsed_ms) => return self.frame(elapsed_ms),
            ProgramAction::ReplaySolution => return self.replay_solution(),
            ProgramAction::Opened(state) => {
                let revision = self.revision;
                *self = (*state).clone();
                self.revision = revision;
                return true;
            }
            ProgramAction::DismissErrors => {
                self.link_errors = Rc::default();
                return true;
            }
        }
        self.after_run_change();
        true
    }

    /// Stops playback at the end, says what the step did, and checks the challenge.
    fn after_run_change(&mut self) {
        if self.ended() {
            self.playing = false;
            self.running_to_end = false;
        }
        let text = self
            .run()
            .map(|run| super::narration::describe(&run, &self.running));
        if let Some(text) = text {
            self.announcement = text;
        }
        self.check_challenge();
    }
}

impl Reducible for ProgramState {
    type Action = ProgramAction;

    fn reduce(self: Rc<Self>, action: ProgramAction) -> Rc<Self> {
        let mut next = (*self).clone();
        if !next.apply(action) {
            return self;
        }
        next.revision += 1;
        Rc::new(next)
    }
}
