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
use crate::sim::golang::{self, CompileError};
use crate::sim::scenario::PolicyKind;
use crate::sim::TaskId;

/// Statements one animation frame may run for "Run to end": small enough that a frame
/// stays far under 50 ms in the page, large enough that a long run ends in seconds.
pub const STEPS_PER_FRAME: u64 = 20_000;

/// Statements run between two looks at the clock within a frame: a program whose
/// statements get dearer as it runs (deep recursion, thousands of goroutines) stops its
/// frame at [`FRAME_BUDGET_MS`] rather than at [`STEPS_PER_FRAME`].
const STEPS_PER_CHUNK: u64 = 500;

/// The most real time one "Run to end" frame may spend stepping. The render and the
/// browser's style and layout follow in the same task and cost far more: 12 ms of stepping
/// left the frame in which 10,000 goroutines' cards and stage first fill in at 58 ms, and
/// runaway recursion at 50 ms; 6 ms leaves every task under 50 ms, and a print loop still
/// reaches its 10,000,000 statements as fast ([`STEPS_PER_FRAME`] bounds it first).
const FRAME_BUDGET_MS: f64 = 6.0;

/// Statements per second while playing.
pub const PLAY_STEPS_PER_SECOND: f64 = 4.0;

/// The policies that make sense for a Go program (the OS-thread rule is the C programs').
pub const POLICIES: [PolicyKind; 5] = [
    PolicyKind::GoRuntime,
    PolicyKind::RunUntilBlock,
    PolicyKind::RoundRobin,
    PolicyKind::Random,
    PolicyKind::Manual,
];

/// Everything the program lab can be asked to do.
#[derive(Clone, Debug)]
pub enum ProgramAction {
    /// The editor's text changed.
    Edit(String),
    /// Compile the editor's text and, if it compiles, run it from step 0.
    RunProgram,
    /// Put an example in the editor and run it.
    LoadExample(String),
    /// An example could not be fetched: say why.
    ExampleFailed(String),
    /// One statement forward.
    Step,
    /// One statement back.
    Back,
    /// Back to step 0.
    Reset,
    /// Run until the program ends (a frame at a time).
    RunToEnd,
    /// Go to a step.
    Seek(u64),
    /// Manual policy: run one statement of this goroutine.
    Choose(TaskId),
    /// Change the policy (the run restarts at step 0).
    SetPolicy(PolicyKind),
    /// Play or pause.
    TogglePlay,
    /// An animation frame: real milliseconds since the last one.
    Frame(f64),
    /// Hide the link's error banner.
    DismissErrors,
    /// The linked program has been unpacked (or could not be): open the link anew.
    Opened(Rc<ProgramState>),
    /// Challenge: replay a shortest solution from step 0.
    ReplaySolution,
}

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

    /// Compiles the editor's text: on success it becomes the running program at step 0;
    /// on failure the errors are kept and the previous program keeps running.
    fn compile(&mut self) -> bool {
        match golang::build(&self.source) {
            Ok(prog) => {
                self.errors = Rc::default();
                self.running = self.source.clone();
                self.run = Some(Rc::new(RefCell::new(ProgramRun::new(
                    prog,
                    self.policy,
                    self.seed,
                ))));
                self.announcement = "The program compiled and is at step 0.".to_string();
                true
            }
            Err(errors) => {
                self.announcement = match errors.first() {
                    Some(e) => format!(
                        "The program does not compile: line {}, column {}: {}. {}",
                        e.pos.line,
                        e.pos.col,
                        e.msg,
                        if self.run.is_some() {
                            "The previous program still runs."
                        } else {
                            ""
                        }
                    ),
                    None => "The program does not compile.".to_string(),
                };
                self.errors = Rc::new(errors);
                false
            }
        }
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
            ProgramAction::ReplaySolution => {
                let Some(c) = self.challenge.clone() else {
                    return false;
                };
                self.playing = false;
                self.with_run(|r| {
                    r.seek(0);
                    c.solution.iter().all(|&g| r.step(Some(g)))
                });
                self.after_run_change();
                self.announcement = format!(
                    "A shortest solution, {} picks, replayed. {}",
                    c.par, self.announcement
                );
                return true;
            }
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

    /// One animation frame: a slice of "Run to end", or the steps playback owes.
    fn frame(&mut self, elapsed_ms: f64) -> bool {
        if self.running_to_end {
            self.frame_of_run_to_end();
            if !self.running_to_end {
                self.after_run_change();
            }
            return true;
        }
        if !self.playing {
            return false;
        }
        self.owed += elapsed_ms.clamp(0.0, 250.0) * PLAY_STEPS_PER_SECOND / 1000.0;
        if self.owed < 1.0 {
            return false;
        }
        self.owed -= 1.0;
        let manual = self.policy == PolicyKind::Manual;
        if manual || !self.with_run(|r| r.step(None)) {
            self.playing = false;
        }
        self.after_run_change();
        true
    }

    /// Runs up to [`STEPS_PER_FRAME`] statements towards the end, or fewer once the
    /// frame has taken [`FRAME_BUDGET_MS`].
    fn frame_of_run_to_end(&mut self) {
        let start = now_ms();
        let done = self.run.as_ref().is_none_or(|r| {
            let mut r = r.borrow_mut();
            let mut ran = 0;
            while ran < STEPS_PER_FRAME {
                let target = r.steps() + STEPS_PER_CHUNK;
                if r.seek(target) < target || r.now().outcome().is_some() {
                    return true;
                }
                ran += STEPS_PER_CHUNK;
                if now_ms() - start > FRAME_BUDGET_MS {
                    break;
                }
            }
            false
        });
        if done {
            self.running_to_end = false;
        }
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

    /// The first time the shown step reaches the challenge's goal: remember it, and say
    /// so ("Found in 18 picks; par 14.").
    fn check_challenge(&mut self) {
        let Some(c) = self.challenge.clone() else {
            return;
        };
        let reached = self.run().map(|r| (c.goal.reached(r.now()), r.steps()));
        if let (Some((true, steps)), None) = (reached, self.solved) {
            self.solved = Some(steps);
            crate::app::panels::challenge_panel::remember_solved(&c.name);
            let verdict = match steps.cmp(&(c.par as u64)) {
                std::cmp::Ordering::Less => "You beat par!",
                std::cmp::Ordering::Equal => "You matched par.",
                std::cmp::Ordering::Greater => "Can you do it in fewer?",
            };
            self.announcement = format!(
                "Found in {steps} picks; par {}. {verdict} {}",
                c.par, self.announcement
            );
        }
    }
}

/// The program lab's meaning of a scenario-lab shortcut (the same keys do the same
/// things; speed keys do nothing here); `None` for keys it does not use.
pub fn from_shortcut(action: crate::app::state::Action) -> Option<ProgramAction> {
    use crate::app::state::Action;
    Some(match action {
        Action::TogglePlay => ProgramAction::TogglePlay,
        Action::Step => ProgramAction::Step,
        Action::StepBack => ProgramAction::Back,
        Action::Reset => ProgramAction::Reset,
        Action::RunToEnd => ProgramAction::RunToEnd,
        Action::ChooseNth(n) => ProgramAction::Choose(n),
        _ => return None,
    })
}

/// The page's clock in ms (0 off the page): only the frame budget reads it, never the run.
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
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
