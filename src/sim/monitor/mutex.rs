//! The monitor's lock `m`, as pthreads behaves for these programs: an owner and a FIFO of
//! blocked lockers.
//!
//! `unlock` does not hand the lock over: it frees it and wakes the longest waiter, which
//! then retries. Another thread that runs first may take the lock ("barging", allowed by
//! pthreads); the woken one then blocks again at the back of the queue.

use std::collections::VecDeque;

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

    /// `Mutex_lock(&m)` by `task`: takes a free lock, or queues `task`.
    pub fn lock(&mut self, task: TaskId) -> LockResult {
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
        self.waiters.pop_front()
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
}
