//! Posing a question at the current step and grading the answer: the right answer is
//! whatever the core's next step does, and the reveal explains it with the narration's
//! own sentence for that step.

use std::fmt;

use super::QuestionKind;
use crate::sim::event::PrintKind;
use crate::sim::reports::narration::narrate;
use crate::sim::simulation::{Simulation, StepResult};
use crate::sim::task::TaskState;
use crate::sim::world::World;

/// The most steps looked ahead for the next print.
const PRINT_LOOKAHEAD: u64 = 100_000;

/// A question ready to show: its prompt and choices (the answer stays inside).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Posed {
    /// The question, in words.
    pub prompt: String,
    /// The choices, in the order to show them.
    pub choices: Vec<String>,
    answer: usize,
    explanation: String,
}

/// The result of answering: right or wrong, and why, in the narration's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reveal {
    /// True when the chosen answer was right.
    pub correct: bool,
    /// "Right: C2. C2 receives 1 from slot 0, ..." or "Not quite: ...".
    pub text: String,
}

/// Why a question cannot be asked here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PoseError {
    /// The run has ended: there is no next step.
    Ended,
    /// Manual mode with no scheduled pick: the next task is the learner's own choice.
    LearnersPick,
}

impl fmt::Display for PoseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PoseError::Ended => "the run has ended, so there is no next step to ask about",
            PoseError::LearnersPick => {
                "the next task is yours to pick, so there is nothing to predict"
            }
        })
    }
}

impl Posed {
    /// Grades choice `choice` (0-based; out of range counts as wrong).
    pub fn grade(&self, choice: usize) -> Reveal {
        let right = &self.choices[self.answer];
        let correct = choice == self.answer;
        let text = if correct {
            format!("Right: {right}. {}", self.explanation)
        } else {
            let chosen = self.choices.get(choice).map_or("nothing", String::as_str);
            format!(
                "Not quite: you chose {chosen}, but the answer is {right}. {}",
                self.explanation
            )
        };
        Reveal { correct, text }
    }

    /// The right choice's index, for tests and the instructor's view.
    pub fn answer(&self) -> usize {
        self.answer
    }
}

/// The run after its next step, as the page would take it.
fn next_step(sim: &Simulation) -> Result<Simulation, PoseError> {
    let mut after = sim.clone();
    match after.step() {
        StepResult::Stepped => Ok(after),
        StepResult::Ended => Err(PoseError::Ended),
        StepResult::NeedsChoice => Err(PoseError::LearnersPick),
    }
}

/// Poses `kind` at `sim`'s current step (before its next step runs).
pub fn pose(kind: &QuestionKind, sim: &Simulation) -> Result<Posed, PoseError> {
    let after = next_step(sim)?;
    let ev = after.event();
    let who = after.task_name(ev.task);
    let explanation = narrate(&after);
    let (prompt, choices, answer) = match kind {
        QuestionKind::NextTask => {
            let names: Vec<String> = (0..sim.scenario().task_count())
                .map(|t| sim.task_name(t))
                .collect();
            ("Which task runs next?".to_owned(), names, ev.task)
        }
        QuestionKind::Blocks => {
            let line = World::listings(sim.scenario())
                .get(ev.task)
                .and_then(|l| l.get(sim.world().line_of(ev.task)))
                .map(|l| l.trim().to_owned())
                .unwrap_or_default();
            let blocked = matches!(after.kernel().state(ev.task), TaskState::Blocked(_));
            (
                format!("{who} runs `{line}` next. Does it block?"),
                vec!["Yes, it blocks".to_owned(), "No, it carries on".to_owned()],
                usize::from(!blocked),
            )
        }
        QuestionKind::BufferAfter => {
            let cap = usize::from(sim.scenario().capacity);
            let choices = (0..=cap).map(|n| n.to_string()).collect();
            let prompt = format!("How many items are in the buffer after {who}'s next step?");
            (prompt, choices, after.world().buffered())
        }
        QuestionKind::NextPrint => return Ok(pose_print(sim)),
        QuestionKind::Choose {
            prompt,
            choices,
            answer,
        } => (prompt.clone(), choices.clone(), *answer),
    };
    Ok(Posed {
        prompt,
        choices,
        answer,
        explanation,
    })
}

/// "What does the console print next?": the true next print under the run's policy,
/// among the next prints the run would make if each runnable task went first, and, while
/// there are fewer than three, their mirror images (`Consumed` for `Produced`, `c4` for `p4`).
fn pose_print(sim: &Simulation) -> Posed {
    let (truth, explanation) = next_print(sim.clone());
    let mut options = vec![truth];
    for task in sim.choices() {
        let mut other = sim.clone();
        if other.step_task(task).is_ok() {
            let print = other.event().print.or_else(|| next_print(other).0);
            if !options.contains(&print) {
                options.push(print);
            }
        }
    }
    for k in 0..options.len() {
        let mirror = options[k].map(mirror);
        if options.len() < 3 && !options.contains(&mirror) {
            options.push(mirror);
        }
    }
    let text = |p: &Option<PrintKind>| p.map_or(NOTHING.to_owned(), PrintKind::text);
    let mut choices: Vec<String> = options.iter().map(text).collect();
    // A fixed order that does not give the answer away: alphabetical.
    choices.sort();
    Posed {
        prompt: "What does the console print next?".to_owned(),
        answer: choices.iter().position(|c| *c == text(&truth)).unwrap_or(0),
        choices,
        explanation,
    }
}

/// The choice for a run that ends before printing again.
const NOTHING: &str = "Nothing: the run ends first";

/// The other side's print of the same value or marker.
fn mirror(p: PrintKind) -> PrintKind {
    match p {
        PrintKind::Produced(v) => PrintKind::Consumed(v),
        PrintKind::Consumed(v) => PrintKind::Produced(v),
        PrintKind::Marker { producer, marker } => PrintKind::Marker {
            producer: !producer,
            marker,
        },
        PrintKind::EndOfStream => PrintKind::EndOfStream,
    }
}

/// The next print from `sim` on (continuing first-ready where a manual schedule runs
/// out), or `None` if the run ends first, and the narration of the step that prints it
/// (or of the ending).
fn next_print(mut sim: Simulation) -> (Option<PrintKind>, String) {
    for _ in 0..PRINT_LOOKAHEAD {
        if sim.run_to_end(1) == 0 {
            break;
        }
        if let Some(p) = sim.event().print {
            return (Some(p), narrate(&sim));
        }
    }
    let why = sim
        .outcome()
        .map_or(String::new(), crate::sim::reports::narration::ending);
    (None, why)
}
