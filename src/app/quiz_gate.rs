//! Questions hold back the future: while the question at the current step is unanswered,
//! nothing moves the run past it (Step, Play, a pick, Run to end, a seek forward), and
//! playback and Run to end stop at the next question. The question itself, its choices
//! and its reveal are `components/question_panel.rs`.

use super::state::{Action, LabState, MAX_RUN_STEPS};

impl LabState {
    /// True when `action` would move the run past an unanswered question.
    pub(super) fn held_by_question(&self, action: &Action) -> bool {
        if self.quiz.is_empty() {
            return false;
        }
        let run = self.run();
        let sim = run.sim();
        match action {
            Action::Step | Action::Choose(_) | Action::ChooseNth(_) | Action::RunToEnd => {
                self.quiz.pending(sim).is_some()
            }
            Action::TogglePlay => !self.playing && self.quiz.pending(sim).is_some(),
            Action::Seek(step) => self.quiz.blocks_seek(sim, *step),
            _ => false,
        }
    }

    /// Runs towards the end, stopping at the next unanswered question; returns the steps run.
    pub(super) fn run_to_question(&mut self) -> u64 {
        if self.quiz.is_empty() {
            return self.run.borrow_mut().run_to_end(MAX_RUN_STEPS);
        }
        let mut ran = 0;
        while ran < MAX_RUN_STEPS && self.quiz.pending(self.run().sim()).is_none() {
            if self.run.borrow_mut().run_to_end(1) == 0 {
                break;
            }
            ran += 1;
        }
        ran
    }
}
