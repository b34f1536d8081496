//! A counting semaphore as the textbook defines it (`SEMANTICS.md` §3): a count and a FIFO
//! of blocked waiters.
//!
//! `post` with a waiter hands the unit straight to the longest waiter, whose `wait` then
//! completes; the count stays put. Nobody can slip in between, unlike the monitor's mutex.

use std::collections::VecDeque;

use crate::sim::refill::Refill;
use crate::sim::task::TaskId;

/// `sem_t`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Semaphore {
    count: usize,
    waiters: VecDeque<TaskId>,
}

impl Semaphore {
    /// `sem_init(&s, 0, count)`.
    pub fn new(count: usize) -> Self {
        Semaphore {
            count,
            waiters: VecDeque::new(),
        }
    }

    /// The count now.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Blocked waiters, longest-waiting first.
    pub fn waiters(&self) -> impl Iterator<Item = TaskId> + '_ {
        self.waiters.iter().copied()
    }

    /// `sem_wait` by `task`: true when the count was positive (now one less); false when
    /// `task` joins the queue and must block until a `post` hands it a unit.
    pub fn wait(&mut self, task: TaskId) -> bool {
        if self.count > 0 {
            self.count -= 1;
            return true;
        }
        self.waiters.push_back(task);
        false
    }

    /// `sem_post`: hands the unit to the longest waiter (returned, to be readied with its
    /// wait complete), or increments the count.
    pub fn post(&mut self) -> Option<TaskId> {
        let woken = self.waiters.pop_front();
        if woken.is_none() {
            self.count += 1;
        }
        woken
    }
}

impl Refill for Semaphore {
    fn refill_from(&mut self, source: &Self) {
        let Semaphore { count, waiters } = self;
        *count = source.count;
        waiters.refill_from(&source.waiters);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn post_hands_the_unit_to_the_longest_waiter_without_counting_it() {
        let mut s = Semaphore::new(1);
        assert!(s.wait(0));
        assert!(!s.wait(1));
        assert!(!s.wait(2));
        assert_eq!(s.post(), Some(1));
        assert_eq!(s.count(), 0);
        assert_eq!(s.post(), Some(2));
        assert_eq!(s.post(), None);
        assert_eq!(s.count(), 1);
    }

    #[test]
    fn the_waiters_list_is_empty_until_a_wait_blocks_and_in_arrival_order_after() {
        let mut s = Semaphore::new(0);
        assert_eq!(s.waiters().count(), 0);
        assert!(!s.wait(3));
        assert!(!s.wait(1));
        assert_eq!(s.waiters().collect::<Vec<_>>(), [3, 1]);
        assert_eq!(s.post(), Some(3));
        assert_eq!(s.waiters().collect::<Vec<_>>(), [1]);
    }
}
