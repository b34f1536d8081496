//! The monitor's lock `m`, as pthreads behaves for these programs: an owner and a FIFO of
//! blocked lockers.
//!
//! `unlock` does not hand the lock over: it frees it and wakes the longest waiter, which
//! then retries. Another thread that runs first may take the lock ("barging", allowed by
//! pthreads); the woken one then blocks again at the back of the queue.
//!
//! [`Mutex::hand_over`] is what the real programs amount to after a worker's unlock (the
//! `os-threads` policy): the unlocker always pauses at a marker before it locks again, and
//! the waiter the futex woke takes the lock in the meantime, so the longest waiter gets it.

use std::collections::VecDeque;

use crate::sim::refill::Refill;
use crate::sim::task::TaskId;

/// What `lock` did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockResult {
    /// The lock was free; the caller owns it now.
    Acquired,
    /// Another thread owns it; the caller is queued and must block.
    MustWait,
}

/// `pthread_mutex_t m`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Mutex {
    owner: Option<TaskId>,
    waiters: VecDeque<TaskId>,
    /// Threads an `unlock` woke that have not retried their lock yet.
    retrying: Vec<TaskId>,
}

impl Mutex {
    /// A free lock with nobody waiting.
    pub fn new() -> Self {
        Mutex::default()
    }

    /// The thread holding the lock, if any.
    pub fn owner(&self) -> Option<TaskId> {
        self.owner
    }

    /// Blocked lockers, longest-waiting first.
    pub fn waiters(&self) -> impl Iterator<Item = TaskId> + '_ {
        self.waiters.iter().copied()
    }

    /// `Mutex_lock(&m)` by `task`: takes a free lock (or one handed to it), or queues `task`.
    pub fn lock(&mut self, task: TaskId) -> LockResult {
        self.retrying.retain(|&t| t != task);
        if self.owner == Some(task) {
            return LockResult::Acquired;
        }
        if self.owner.is_none() {
            self.owner = Some(task);
            return LockResult::Acquired;
        }
        if !self.waiters.contains(&task) {
            self.waiters.push_back(task);
        }
        LockResult::MustWait
    }

    /// `Mutex_unlock(&m)`: frees the lock and returns the longest waiter to wake (it retries).
    pub fn unlock(&mut self) -> Option<TaskId> {
        self.owner = None;
        let woken = self.waiters.pop_front();
        self.retrying.extend(woken);
        woken
    }

    /// `Mutex_unlock(&m)` followed by a pause: the longest waiter, returned, owns the lock
    /// now (its `lock` completes when it runs); with nobody waiting the lock is free.
    ///
    /// Unless a thread an earlier [`Mutex::unlock`] woke is still on its way back to its
    /// lock: woken first, it gets there first, so the lock is only freed (and the longest
    /// waiter woken to retry behind it).
    pub fn hand_over(&mut self) -> Option<TaskId> {
        if !self.retrying.is_empty() {
            return self.unlock();
        }
        self.owner = self.waiters.pop_front();
        self.owner
    }
}

impl Refill for Mutex {
    fn refill_from(&mut self, source: &Self) {
        let Mutex {
            owner,
            waiters,
            retrying,
        } = self;
        *owner = source.owner;
        waiters.refill_from(&source.waiters);
        retrying.refill_from(&source.retrying);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlock_wakes_the_longest_waiter_who_must_retry() {
        let mut m = Mutex::new();
        assert_eq!(m.lock(0), LockResult::Acquired);
        assert_eq!(m.lock(1), LockResult::MustWait);
        assert_eq!(m.lock(2), LockResult::MustWait);
        assert_eq!(m.unlock(), Some(1));
        assert_eq!(m.owner(), None);
        // Thread 3 barges in before the woken thread 1 retries.
        assert_eq!(m.lock(3), LockResult::Acquired);
        assert_eq!(m.lock(1), LockResult::MustWait);
        assert_eq!(m.waiters().collect::<Vec<_>>(), vec![2, 1]);
    }

    #[test]
    fn hand_over_gives_the_lock_to_the_longest_waiter_so_nobody_barges() {
        let mut m = Mutex::new();
        assert_eq!(m.lock(0), LockResult::Acquired);
        assert_eq!(m.lock(1), LockResult::MustWait);
        assert_eq!(m.lock(2), LockResult::MustWait);
        assert_eq!(m.hand_over(), Some(1));
        assert_eq!(m.lock(3), LockResult::MustWait);
        assert_eq!(m.lock(1), LockResult::Acquired);
        assert_eq!(m.waiters().collect::<Vec<_>>(), vec![2, 3]);
    }

    #[test]
    fn a_thread_woken_to_retry_is_not_overtaken_by_a_hand_over() {
        let mut m = Mutex::new();
        assert_eq!(m.lock(0), LockResult::Acquired);
        assert_eq!(m.lock(1), LockResult::MustWait);
        assert_eq!(m.lock(2), LockResult::MustWait);
        // Main's unlock wakes 1 to retry; main locks again at once, then waits (hand over).
        assert_eq!(m.unlock(), Some(1));
        assert_eq!(m.lock(0), LockResult::Acquired);
        assert_eq!(m.hand_over(), Some(2));
        assert_eq!(m.owner(), None);
        assert_eq!(m.lock(1), LockResult::Acquired);
        assert_eq!(m.lock(2), LockResult::MustWait);
        // Nobody is retrying any more: the next pausing unlock hands the lock to 2.
        assert_eq!(m.hand_over(), Some(2));
        assert_eq!(m.owner(), Some(2));
    }
}
