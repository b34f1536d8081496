//! Questions that hold back the answer: a link pins questions to steps (`ask=`), or asks
//! "which task runs next?" before every step (`predict=1`). The core poses each question
//! from the run itself ([`pose`]), so the right answer is the core's own next step, and
//! grades the learner's choice with the narration's sentence for that step.
//!
//! URL form, one question per `ask=` key (all of them count, in step order):
//!
//! | form | asks, before step STEP+1 runs |
//! |---|---|
//! | `ask=STEP:next` | which task runs next |
//! | `ask=STEP:print` | what the console prints next |
//! | `ask=STEP:blocks` | does the next statement (a send, a wait, a lock) block |
//! | `ask=STEP:buffer` | how many items are in the buffer after the next step |
//! | `ask=STEP:choose:K:QUESTION\|CHOICE\|CHOICE...` | the instructor's question; choice K (1-based) is right |
//!
//! `STEP` is the number of steps already run (0 asks before the first).

mod parse;
mod pose;
mod session;

pub use parse::{parse_asks, parse_predict, parse_question, to_query_pairs, AskError};
pub use pose::{pose, PoseError, Posed, Reveal};
pub use session::Quiz;

/// The most questions one link may carry.
pub const MAX_QUESTIONS: usize = 50;

/// The most choices an instructor's question may have.
pub const MAX_CHOICES: usize = 6;

/// What a question asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Which task runs the next statement.
    NextTask,
    /// What the console prints next.
    NextPrint,
    /// Whether the next statement blocks its task.
    Blocks,
    /// How many items the buffer holds after the next step.
    BufferAfter,
    /// A question the instructor wrote, with choices; `answer` is the right one (0-based).
    Choose {
        /// The question.
        prompt: String,
        /// The choices, in the order shown.
        choices: Vec<String>,
        /// The right choice, 0-based.
        answer: usize,
    },
}

/// A question pinned to a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// Asked when this many steps have run, before the next one.
    pub step: u64,
    /// What it asks.
    pub kind: QuestionKind,
}

impl QuestionKind {
    /// The kind's name in the URL.
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::NextTask => "next",
            QuestionKind::NextPrint => "print",
            QuestionKind::Blocks => "blocks",
            QuestionKind::BufferAfter => "buffer",
            QuestionKind::Choose { .. } => "choose",
        }
    }
}
