//! A run's questions as the page holds them: which step has one (pinned by `ask=`, or
//! every step under `predict=1`), whether the question at the current step is still
//! unanswered (then nothing may move the run past it), and the answers given so far.

use std::collections::BTreeMap;
use std::rc::Rc;

use super::{parse_asks, parse_predict, pose, Posed, Question, QuestionKind, Reveal};
use crate::sim::simulation::Simulation;

/// The questions of one page, and the answers given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quiz {
    /// Questions pinned to steps, in step order.
    pub questions: Rc<Vec<Question>>,
    /// `predict=1`: ask which task runs next before every step.
    pub predict: bool,
    /// The reveal of each answered step.
    pub reveals: Rc<BTreeMap<u64, Reveal>>,
}

impl Quiz {
    /// The questions a page query asks for, and a message per rejected value.
    pub fn from_query(query: &str) -> (Quiz, Vec<String>) {
        let (questions, errors) = parse_asks(query);
        let mut messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        let predict = parse_predict(query).unwrap_or_else(|e| {
            messages.push(e.to_string());
            false
        });
        let quiz = Quiz {
            questions: Rc::new(questions),
            predict,
            reveals: Rc::default(),
        };
        (quiz, messages)
    }

    /// True when there is nothing to ask anywhere.
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty() && !self.predict
    }

    /// What is asked before step `steps + 1`, if anything.
    pub fn kind_at(&self, steps: u64) -> Option<QuestionKind> {
        let pinned = self.questions.iter().find(|q| q.step == steps);
        match pinned {
            Some(q) => Some(q.kind.clone()),
            None if self.predict => Some(QuestionKind::NextTask),
            None => None,
        }
    }

    /// The question at `sim`'s current step while it is unanswered and can be asked
    /// there (not at the end of the run, nor where the next pick is the learner's).
    pub fn pending(&self, sim: &Simulation) -> Option<Posed> {
        if self.is_empty() || self.reveals.contains_key(&sim.steps()) {
            return None;
        }
        pose(&self.kind_at(sim.steps())?, sim).ok()
    }

    /// Whether an unanswered question stands between `sim`'s step and step `target`.
    pub fn blocks_seek(&self, sim: &Simulation, target: u64) -> bool {
        let now = sim.steps();
        if target <= now {
            return false;
        }
        if self.pending(sim).is_some() || (self.predict && target > now + 1) {
            return true;
        }
        let answered = |s: &u64| self.reveals.contains_key(s);
        self.questions
            .iter()
            .any(|q| q.step > now && q.step < target && !answered(&q.step))
    }

    /// Grades choice `choice` for the pending question; false when none is pending.
    pub fn answer(&mut self, sim: &Simulation, choice: usize) -> bool {
        let Some(posed) = self.pending(sim) else {
            return false;
        };
        Rc::make_mut(&mut self.reveals).insert(sim.steps(), posed.grade(choice));
        true
    }

    /// Adds (or replaces) the question at step `step`: the instructor's "Ask here".
    pub fn ask_at(&mut self, step: u64, kind: QuestionKind) {
        let questions = Rc::make_mut(&mut self.questions);
        questions.retain(|q| q.step != step);
        questions.push(Question { step, kind });
        questions.sort_by_key(|q| q.step);
        Rc::make_mut(&mut self.reveals).remove(&step);
    }

    /// Right answers and answers given.
    pub fn score(&self) -> (usize, usize) {
        let right = self.reveals.values().filter(|r| r.correct).count();
        (right, self.reveals.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scenario::parse_query;

    #[test]
    fn a_pinned_question_holds_the_run_until_it_is_answered() {
        let query = "ask=0:next&ask=3:buffer";
        let (mut quiz, errors) = Quiz::from_query(query);
        assert!(errors.is_empty());
        let mut sim = Simulation::new(parse_query(query).scenario);
        assert!(quiz.pending(&sim).is_some());
        assert!(quiz.blocks_seek(&sim, 1));
        assert!(quiz.answer(&sim, 0));
        assert!(quiz.pending(&sim).is_none());
        assert!(
            quiz.blocks_seek(&sim, 5),
            "the question at step 3 is still ahead"
        );
        assert!(!quiz.blocks_seek(&sim, 3));
        sim.run_to_end(3);
        assert!(quiz.pending(&sim).is_some());
        assert_eq!(quiz.score().1, 1);
        quiz.ask_at(1, QuestionKind::Blocks);
        let steps: Vec<u64> = quiz.questions.iter().map(|q| q.step).collect();
        assert_eq!(steps, vec![0, 1, 3]);
    }

    #[test]
    fn predict_asks_before_every_step_and_bad_values_are_reported() {
        let (quiz, errors) = Quiz::from_query("predict=1&ask=zz");
        assert!(quiz.predict);
        assert_eq!(errors.len(), 1);
        let sim = Simulation::new(parse_query("").scenario);
        assert_eq!(quiz.kind_at(7), Some(QuestionKind::NextTask));
        assert!(quiz.pending(&sim).is_some());
    }
}
