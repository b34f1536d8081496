//! The monitor's condition variables with Mesa semantics: `empty` and `fill`, or the
//! single `cv` of `one-cv-while`, each a FIFO of sleeping threads.
//!
//! `signal` only makes the longest waiter ready; it does not give it the mutex. The woken
//! thread re-acquires the mutex when it runs again, by which time the condition it waited
//! for may be false again: the reason the correct program re-checks with `while`.

use std::collections::VecDeque;

use crate::sim::refill::Refill;
use crate::sim::task::{CondVar, TaskId};

/// The condition variables of one program, with their waiters.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CondVars {
    /// True for `one-cv-while`: every wait and signal uses `cv`.
    single: bool,
    empty: VecDeque<TaskId>,
    fill: VecDeque<TaskId>,
    cv: VecDeque<TaskId>,
}

impl CondVars {
    /// Two condition variables, or one when `single`.
    pub fn new(single: bool) -> Self {
        CondVars {
            single,
            empty: VecDeque::new(),
            fill: VecDeque::new(),
            cv: VecDeque::new(),
        }
    }

    /// The variable producers and main wait on and consumers signal (`empty_cv` in C).
    pub fn empty_cv(&self) -> CondVar {
        if self.single {
            CondVar::Single
        } else {
            CondVar::Empty
        }
    }

    /// The variable consumers wait on and producers and main signal (`fill_cv` in C).
    pub fn fill_cv(&self) -> CondVar {
        if self.single {
            CondVar::Single
        } else {
            CondVar::Fill
        }
    }

    /// The variables this program has, in the order the page lists them.
    pub fn all(&self) -> &'static [CondVar] {
        if self.single {
            &[CondVar::Single]
        } else {
            &[CondVar::Empty, CondVar::Fill]
        }
    }

    /// `Cond_wait(cv, &m)`'s sleeping half: `task` joins the back of `cv`'s queue.
    pub fn wait(&mut self, cv: CondVar, task: TaskId) {
        self.queue_mut(cv).push_back(task);
    }

    /// `Cond_signal(cv)`: the longest waiter to make ready, or `None` (nothing happens).
    pub fn signal(&mut self, cv: CondVar) -> Option<TaskId> {
        self.queue_mut(cv).pop_front()
    }

    /// Threads asleep on `cv`, longest-waiting first.
    pub fn waiters(&self, cv: CondVar) -> impl Iterator<Item = TaskId> + '_ {
        let queue = match cv {
            CondVar::Empty => &self.empty,
            CondVar::Fill => &self.fill,
            CondVar::Single => &self.cv,
        };
        queue.iter().copied()
    }

    fn queue_mut(&mut self, cv: CondVar) -> &mut VecDeque<TaskId> {
        match cv {
            CondVar::Empty => &mut self.empty,
            CondVar::Fill => &mut self.fill,
            CondVar::Single => &mut self.cv,
        }
    }
}

impl Refill for CondVars {
    fn refill_from(&mut self, source: &Self) {
        let CondVars {
            single,
            empty,
            fill,
            cv,
        } = self;
        *single = source.single;
        empty.refill_from(&source.empty);
        fill.refill_from(&source.fill);
        cv.refill_from(&source.cv);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_cv_variant_routes_both_roles_through_the_same_queue() {
        let mut cvs = CondVars::new(true);
        cvs.wait(cvs.fill_cv(), 1);
        cvs.wait(cvs.empty_cv(), 0);
        // A consumer's signal on "empty" wakes the consumer that waited first.
        assert_eq!(cvs.signal(cvs.empty_cv()), Some(1));
        assert_eq!(cvs.waiters(CondVar::Single).collect::<Vec<_>>(), vec![0]);
    }

    #[test]
    fn signal_with_no_waiter_does_nothing() {
        let mut cvs = CondVars::new(false);
        assert_eq!(cvs.signal(CondVar::Fill), None);
        cvs.wait(CondVar::Empty, 3);
        assert_eq!(cvs.signal(CondVar::Fill), None);
        assert_eq!(cvs.waiters(CondVar::Empty).count(), 1);
    }

    #[test]
    fn the_page_lists_each_program_s_own_condition_variables() {
        assert_eq!(CondVars::new(false).all(), [CondVar::Empty, CondVar::Fill]);
        assert_eq!(CondVars::new(true).all(), [CondVar::Single]);
    }
}
