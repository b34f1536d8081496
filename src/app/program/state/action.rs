//! [`ProgramAction`]: everything the program lab's controls, keys and frames can ask of
//! its reducer, and how the scenario lab's shortcuts map onto it (the same keys do the
//! same things in both labs).

use std::rc::Rc;

use super::ProgramState;
use crate::sim::scenario::PolicyKind;
use crate::sim::TaskId;

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
