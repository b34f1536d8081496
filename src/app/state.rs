//! The lab's one reducer: [`LabState`] owns the history [`Run`] and the view's options,
//! and [`Action`] is everything a click, a key, a timer frame or a panel can ask of it.
//!
//! The run can be large (logs and checkpoints of a long run), so it is never cloned: it
//! lives in an `Rc<RefCell<_>>` shared by successive states, only [`LabState::reduce`]
//! mutates it, and every action that changes it returns a new `Rc<LabState>` so the page
//! re-renders. An action that changes nothing returns the same `Rc`: no render.

use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;

use yew::Reducible;

use crate::sim::ask::Quiz;
use crate::sim::history::Run;
use crate::sim::scenario::{parse_query, PolicyKind, Scenario};
use crate::sim::world::World;
use crate::view_params::{parse_view_params, ViewParams};

/// The most steps one click (Run to end) or one `step=` link may run: a bound on the
/// time a single action can take, far above any scenario the editor allows.
pub const MAX_RUN_STEPS: u64 = 1_000_000;

mod action;

pub use action::{Action, Notice};

/// The whole page state: the run, the view options, and what to tell the learner.
#[derive(Clone, Debug)]
pub struct LabState {
    /// The run with its history; see the module docs for why it is shared.
    pub(super) run: Rc<RefCell<Run>>,
    /// Each task's program listing for the current scenario (computed once per scenario).
    pub listings: Rc<Vec<Rc<Vec<String>>>>,
    /// Embed, autoplay, speed, theme, and the `step=` the page opened at.
    pub view: ViewParams,
    /// True while playback runs.
    pub playing: bool,
    /// The virtual clock as shown: the run's clock, or further on while playback waits
    /// for the next wake-up (rounded down to 100 ms so countdowns do not flicker).
    pub shown_ms: u64,
    /// What the run is waiting for, if anything.
    pub notice: Option<Notice>,
    /// One message per rejected URL parameter (scenario and view keys), until dismissed.
    pub param_errors: Rc<Vec<String>>,
    /// True while the keyboard help is open.
    pub help_open: bool,
    /// The link's questions (`ask=`, `predict=1`) and the answers given.
    pub quiz: Quiz,
    /// Bumped whenever the run changes: a cheap way for panels to tell states apart.
    pub revision: u64,
    /// Bumped when the learner loads another scenario (a preset, a lesson, the editor):
    /// the address bar then gets a new history entry instead of a rewrite, so Back
    /// returns to the run before.
    pub history_mark: u64,
    /// False after a jump (back, seek, reset, run to end, a new run): tokens then appear
    /// in place instead of flying in from where they came from.
    pub animate: bool,
    /// Playback time owed, in 1×-milliseconds; a `Cell` so a frame that runs no step can
    /// bank its time without a new state (and so without a render).
    pub(super) budget_ms: Cell<f64>,
}

impl LabState {
    /// The lab as a URL describes it: scenario, view options and every rejected key.
    pub fn from_query(query: &str) -> LabState {
        let parsed = parse_query(query);
        let view = parse_view_params(query);
        let errors = parsed.errors.iter().map(ToString::to_string);
        let errors = errors.chain(view.errors.iter().map(ToString::to_string));
        let (quiz, quiz_errors) = Quiz::from_query(query);
        let mut state = LabState::new(parsed.scenario, view.params);
        state.param_errors = Rc::new(errors.chain(quiz_errors).collect());
        state.quiz = quiz;
        if let Some(step) = view.params.step {
            state.open_at(step);
        }
        state.playing = view.params.autoplay && !state.ended();
        state.sync_clock();
        state
    }

    /// Goes to the link's `step=`; when the run cannot get there, says where it stopped
    /// and why, with the other rejected keys.
    fn open_at(&mut self, step: u64) {
        let wanted = step.min(MAX_RUN_STEPS);
        self.run.borrow_mut().seek(wanted);
        let run = self.run.borrow();
        let reached = run.sim().steps();
        if reached >= wanted {
            return;
        }
        let why = match (run.sim().outcome(), run.schedule_refusal()) {
            (Some(_), _) => format!("the run ended at step {reached}"),
            (None, Some(refused)) => refused.describe(run.sim()),
            (None, None) => format!("step {} is a pick for you to make", reached + 1),
        };
        let message = format!(
            "step={step} could not be reached: the run stopped at step {reached}, because {why}."
        );
        let notice = (run.sim().outcome().is_none()).then(|| Notice::waiting_on(&run));
        drop(run);
        Rc::make_mut(&mut self.param_errors).push(message);
        self.notice = notice;
    }

    /// A fresh lab on `scenario` at step 0, paused.
    pub fn new(scenario: Scenario, view: ViewParams) -> LabState {
        LabState {
            listings: listings_of(&scenario),
            run: Rc::new(RefCell::new(Run::new(scenario))),
            view,
            playing: false,
            shown_ms: 0,
            notice: None,
            param_errors: Rc::default(),
            help_open: false,
            quiz: Quiz::default(),
            revision: 0,
            history_mark: 0,
            animate: false,
            budget_ms: Cell::new(0.0),
        }
    }

    /// The run, for reading. Never hold it across a dispatch.
    pub fn run(&self) -> Ref<'_, Run> {
        self.run.borrow()
    }

    /// The scenario being run.
    pub fn scenario(&self) -> Scenario {
        self.run().sim().scenario().clone()
    }

    /// True once the run has finished, deadlocked or failed.
    pub fn ended(&self) -> bool {
        self.run().sim().outcome().is_some()
    }

    /// True in manual mode: the learner is the scheduler.
    pub fn manual(&self) -> bool {
        self.run().sim().scenario().policy == PolicyKind::Manual
    }

    /// Sets the shown clock to the run's clock (after anything but a playback frame).
    pub(super) fn sync_clock(&mut self) {
        let now_ms = self.run().sim().kernel().now_ms();
        self.shown_ms = now_ms;
    }

    /// Replaces the run with a fresh one on `scenario`, paused at step 0.
    pub(super) fn load(&mut self, scenario: Scenario) {
        self.listings = listings_of(&scenario);
        self.run = Rc::new(RefCell::new(Run::new(scenario)));
        self.playing = false;
        self.notice = None;
        // The link's `step=` described the old run.
        self.view.step = None;
    }
}

impl Reducible for LabState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if let Action::Frame { elapsed_ms } = action {
            return super::playback::frame(self, elapsed_ms);
        }
        if self.held_by_question(&action) {
            return self;
        }
        let mut next = (*self).clone();
        if let Some(forward) = moves_forward(&action) {
            next.animate = forward;
        }
        if !next.apply(action) {
            return self;
        }
        next.sync_clock();
        next.revision += 1;
        Rc::new(next)
    }
}

/// Whether `action` moves the run one step forward (`Some(true)`: animate the step),
/// jumps (`Some(false)`), or leaves the run where it is (`None`).
fn moves_forward(action: &Action) -> Option<bool> {
    match action {
        Action::Step | Action::Choose(_) | Action::ChooseNth(_) | Action::TogglePlay => Some(true),
        Action::StepBack
        | Action::Reset
        | Action::RunToEnd
        | Action::Seek(_)
        | Action::SetPolicy(_)
        | Action::SetScenario(_)
        | Action::Restore(_)
        | Action::OpenLesson(..) => Some(false),
        _ => None,
    }
}

/// Each task's listing, shared so task cards compare them cheaply.
fn listings_of(scenario: &Scenario) -> Rc<Vec<Rc<Vec<String>>>> {
    Rc::new(World::listings(scenario).into_iter().map(Rc::new).collect())
}
