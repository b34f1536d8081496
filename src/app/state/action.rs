//! What the lab's reducer can be asked to do ([`Action`]: a click, a key, a timer frame
//! or a panel), and why a run waits for the learner ([`Notice`]), which the narration
//! says after its sentence.

use crate::sim::ask::{Question, QuestionKind};
use crate::sim::history::Run;
use crate::sim::refused_pick::RefusedPick;
use crate::sim::scenario::{PolicyKind, Scenario};
use crate::sim::TaskId;
use crate::view_params::{Speed, Theme};

/// Everything the lab can be asked to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// An animation frame while playing: `elapsed_ms` of real time since the last one.
    Frame {
        /// Real milliseconds since the previous frame.
        elapsed_ms: f64,
    },
    /// Play, or pause when playing (Space).
    TogglePlay,
    /// Pause (no-op when paused).
    Pause,
    /// Run one statement (→).
    Step,
    /// Go back one step (←).
    StepBack,
    /// Back to step 0, keeping the history (Home).
    Reset,
    /// Run until the run ends.
    RunToEnd,
    /// Go to a step (the timeline's cursor).
    Seek(u64),
    /// Run one statement of this task (the manual scheduler's buttons).
    Choose(TaskId),
    /// Run task n (0-based: digit key n+1, the picker's fixed place n) in manual mode.
    ChooseNth(usize),
    /// Set the playback speed.
    SetSpeed(Speed),
    /// One speed up (+).
    Faster,
    /// One speed down (−).
    Slower,
    /// Change the scheduling policy.
    SetPolicy(PolicyKind),
    /// Load a scenario (the editor, the presets menu).
    SetScenario(Scenario),
    /// Change the colour theme.
    SetTheme(Theme),
    /// Enter (true) or leave (false) the presentation view (`view=present`).
    SetPresent(bool),
    /// Open (true) or close (false) the keyboard help.
    ShowHelp(bool),
    /// Hide the banner of rejected URL parameters.
    DismissErrors,
    /// Back or Forward: reopen the run (and step) this query string describes.
    Restore(String),
    /// Answer the question at the current step with choice n (0-based).
    Answer(usize),
    /// The instructor's "Ask here": put a question of this kind at the current step.
    AskHere(QuestionKind),
    /// Open a lesson: load its scenario with its one question.
    OpenLesson(Scenario, Question),
}

/// Why the run is waiting for the learner, shown after the narration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Manual policy and no recorded choice: the learner must pick a task.
    YourTurn,
    /// The learner picked a task that cannot run now.
    NotRunnable(TaskId),
    /// Run to end stopped after [`MAX_RUN_STEPS`](super::MAX_RUN_STEPS) steps.
    StepLimit,
    /// The schedule's next pick names a task that cannot run: the run stops there.
    ScheduleRefused(RefusedPick),
}

impl Notice {
    /// Why `run` waits for a pick: a recorded pick it cannot run, or the learner's turn.
    pub fn waiting_on(run: &Run) -> Notice {
        run.schedule_refusal()
            .map_or(Notice::YourTurn, Notice::ScheduleRefused)
    }
}
