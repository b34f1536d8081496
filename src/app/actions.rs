//! What each [`Action`] does to the [`LabState`] (except playback frames, in
//! `playback.rs`). Every branch returns whether anything changed, so an action that does
//! nothing (Step back at step 0) costs no render.

use crate::sim::scenario::{PolicyKind, Scenario};
use crate::sim::simulation::{ChoiceError, StepResult};

use super::state::{Action, LabState, Notice, MAX_RUN_STEPS};

impl LabState {
    /// Applies `action`; false when nothing changed.
    pub(super) fn apply(&mut self, action: Action) -> bool {
        match action {
            Action::Frame { .. } => false,
            Action::TogglePlay => self.toggle_play(),
            Action::Pause => std::mem::replace(&mut self.playing, false),
            Action::Step => {
                self.playing = false;
                self.step_once();
                true
            }
            Action::StepBack => {
                self.playing = false;
                self.notice = None;
                self.run.borrow_mut().back();
                true
            }
            Action::Reset => {
                self.playing = false;
                self.notice = None;
                self.run.borrow_mut().reset();
                true
            }
            Action::RunToEnd => self.run_to_end(),
            Action::Seek(step) => {
                self.notice = None;
                self.run.borrow_mut().seek(step.min(MAX_RUN_STEPS));
                true
            }
            Action::Choose(task) => self.choose(task),
            Action::ChooseNth(index) => self.choose_nth(index),
            Action::SetSpeed(speed) => self.set_view(|v| v.speed = speed),
            Action::Faster => self.set_view(|v| v.speed = v.speed.faster()),
            Action::Slower => self.set_view(|v| v.speed = v.speed.slower()),
            Action::SetTheme(theme) => self.set_view(|v| v.theme = theme),
            Action::SetPresent(on) => self.set_view(|v| v.present = on),
            Action::SetPolicy(policy) => self.set_policy(policy),
            Action::SetScenario(scenario) => self.set_scenario(scenario),
            Action::ShowHelp(open) => std::mem::replace(&mut self.help_open, open) != open,
            Action::Restore(query) => self.restore(&query),
            Action::DismissErrors => {
                let had = !self.param_errors.is_empty();
                self.param_errors = Default::default();
                had
            }
            Action::Answer(choice) => {
                let run = self.run.borrow();
                self.quiz.answer(run.sim(), choice)
            }
            Action::OpenLesson(scenario, question) => {
                self.load(scenario);
                self.quiz = crate::sim::ask::Quiz {
                    questions: std::rc::Rc::new(vec![question]),
                    ..Default::default()
                };
                true
            }
            Action::AskHere(kind) => {
                self.playing = false;
                let step = self.run().sim().steps();
                self.quiz.ask_at(step, kind);
                true
            }
        }
    }

    /// Play (from the start if the run has ended) or pause. The first step of a play runs
    /// at once, so Play always answers right away.
    fn toggle_play(&mut self) -> bool {
        if self.playing {
            self.playing = false;
            return true;
        }
        if self.ended() {
            self.run.borrow_mut().reset();
        }
        self.notice = None;
        self.playing = true;
        self.budget_ms.set(super::playback::BEAT_MS);
        true
    }

    /// One step under the policy; in manual mode with no recorded choice, asks the learner.
    fn step_once(&mut self) {
        let result = self.run.borrow_mut().step();
        self.notice = (result == StepResult::NeedsChoice).then(|| Notice::waiting_on(&self.run()));
    }

    fn run_to_end(&mut self) -> bool {
        self.playing = false;
        let ran = self.run_to_question();
        let refused = self.run().schedule_refusal().map(Notice::ScheduleRefused);
        let stuck = !self.ended() && ran == MAX_RUN_STEPS;
        self.notice = refused.or(stuck.then_some(Notice::StepLimit));
        true
    }

    /// The learner's pick; a task that cannot run is refused with a notice.
    fn choose(&mut self, task: usize) -> bool {
        self.playing = false;
        let result = self.run.borrow_mut().choose(task);
        self.notice = match result {
            Ok(()) => None,
            Err(ChoiceError::NotRunnable(task)) => Some(Notice::NotRunnable(task)),
            Err(ChoiceError::Ended) => None,
        };
        true
    }

    /// Digit keys: key `index + 1` always means task `index` (P1..Pn, C1..Cm, main), as
    /// the picker's fixed places show; a task that cannot run is refused with its reason.
    fn choose_nth(&mut self, index: usize) -> bool {
        if !self.manual() {
            return false;
        }
        let task = crate::sim::pick_slots::task_for_digit(self.run().sim(), index + 1);
        task.is_some_and(|task| self.choose(task))
    }

    /// Changes a view option; the URL's `step=` no longer describes the page after it.
    fn set_view(&mut self, change: impl FnOnce(&mut crate::view_params::ViewParams)) -> bool {
        let before = self.view;
        change(&mut self.view);
        if self.view == before {
            return false;
        }
        self.view.step = None;
        true
    }

    /// Switching to manual keeps the past: the steps so far become the schedule and the
    /// learner takes over from here. Any other policy decides the whole run, so the run
    /// starts again from step 0.
    fn set_policy(&mut self, policy: PolicyKind) -> bool {
        let mut scenario = self.scenario();
        if scenario.policy == policy {
            return false;
        }
        scenario.policy = policy;
        let now = self.run().sim().steps();
        if policy == PolicyKind::Manual {
            let choices = self.run().choices().to_vec();
            scenario.schedule = choices.into_iter().take(now as usize).collect();
            self.load(scenario);
            self.run.borrow_mut().seek(now);
            self.notice = (!self.ended()).then(|| Notice::waiting_on(&self.run()));
        } else {
            scenario.schedule.clear();
            self.load(scenario);
        }
        true
    }

    fn set_scenario(&mut self, scenario: Scenario) -> bool {
        if *self.run().sim().scenario() == scenario {
            return false;
        }
        self.load(scenario);
        self.history_mark += 1;
        true
    }

    /// Reopens what `query` describes, as a fresh page would (its step included), keeping
    /// the counters that tell this page's states apart.
    fn restore(&mut self, query: &str) -> bool {
        let mut restored = LabState::from_query(query);
        restored.revision = self.revision;
        restored.history_mark = self.history_mark;
        restored.help_open = self.help_open;
        *self = restored;
        true
    }
}
