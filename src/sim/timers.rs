//! Sleeping tasks, and the order in which those due at the same instant wake.
//!
//! Two orders exist because two references disagree. `SEMANTICS.md` §1 says sleeps ending
//! together wake in the order they began (a FIFO by falling-asleep order); every policy but
//! `go-runtime` follows it. Go 1.19 keeps timers in a 4-ary heap keyed on the wake-up time
//! only ([`GoTimerHeap`]), so equal timers wake in heap order; `go-runtime` follows that.

use std::collections::BTreeSet;

use super::go_timer_heap::GoTimerHeap;
use super::task::TaskId;

/// The pending sleeps of a run, in one of the two wake orders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Timers {
    /// `SEMANTICS.md` §1: keyed by (wake-up time, order of falling asleep).
    Fifo {
        /// The sleepers, earliest wake-up first, then longest asleep first.
        sleepers: BTreeSet<(u64, u64, TaskId)>,
        /// How many sleeps have begun: the tie-breaker for the next one.
        seq: u64,
    },
    /// Go 1.19's per-P timer heap (`go-runtime`).
    GoHeap(GoTimerHeap),
}

impl Timers {
    /// No sleepers; equal wake-ups in the order the sleeps began.
    pub fn fifo() -> Self {
        Timers::Fifo {
            sleepers: BTreeSet::new(),
            seq: 0,
        }
    }

    /// No sleepers; equal wake-ups in Go's heap order.
    pub fn go_heap() -> Self {
        Timers::GoHeap(GoTimerHeap::new())
    }

    /// `task` sleeps until `until_ms`.
    #[inline]
    pub fn insert(&mut self, until_ms: u64, task: TaskId) {
        match self {
            Timers::Fifo { sleepers, seq } => {
                sleepers.insert((until_ms, *seq, task));
                *seq += 1;
            }
            Timers::GoHeap(heap) => heap.push(until_ms, task),
        }
    }

    /// The earliest wake-up, if anybody sleeps.
    #[inline]
    pub fn next_due_ms(&self) -> Option<u64> {
        match self {
            Timers::Fifo { sleepers, .. } => sleepers.first().map(|&(t, _, _)| t),
            Timers::GoHeap(heap) => heap.next_when_ms(),
        }
    }

    /// True when nobody sleeps.
    #[inline]
    pub fn is_empty(&self) -> bool {
        match self {
            Timers::Fifo { sleepers, .. } => sleepers.is_empty(),
            Timers::GoHeap(heap) => heap.is_empty(),
        }
    }

    /// Removes and returns the next sleeper due at or before `now_ms`, in this wake order
    /// (Go's `checkTimers` runs every timer with `when <= now`, root first).
    #[inline]
    pub fn pop_due(&mut self, now_ms: u64) -> Option<TaskId> {
        match self {
            Timers::Fifo { sleepers, .. } => {
                let &(when, _, task) = sleepers.first()?;
                (when <= now_ms).then(|| {
                    sleepers.pop_first();
                    task
                })
            }
            Timers::GoHeap(heap) => {
                let when = heap.next_when_ms()?;
                (when <= now_ms)
                    .then(|| heap.pop())
                    .flatten()
                    .map(|(_, task)| task)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wake_order(mut timers: Timers, sleeps: &[(u64, TaskId)]) -> Vec<TaskId> {
        for &(until, task) in sleeps {
            timers.insert(until, task);
        }
        let due = timers.next_due_ms().unwrap_or(0);
        std::iter::from_fn(|| timers.pop_due(due)).collect()
    }

    #[test]
    fn sleeps_ending_together_wake_in_the_order_they_began_under_fifo() {
        let sleeps = [(7, 0), (7, 1), (7, 2), (7, 3), (7, 4), (9, 5)];
        assert_eq!(wake_order(Timers::fifo(), &sleeps), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn under_fifo_the_order_sleeps_began_wins_over_task_numbers() {
        let sleeps = [(7, 4), (7, 2), (7, 3)];
        assert_eq!(wake_order(Timers::fifo(), &sleeps), vec![4, 2, 3]);
    }

    #[test]
    fn sleeps_ending_together_wake_in_heap_order_under_go() {
        let sleeps = [(7, 0), (7, 1), (7, 2), (7, 3), (7, 4), (9, 5)];
        // The later sleeper (5) is moved to the root on the first removal and sinks again.
        assert_eq!(wake_order(Timers::go_heap(), &sleeps), vec![0, 1, 4, 3, 2]);
    }

    #[test]
    fn nothing_is_due_before_its_time() {
        let mut timers = Timers::go_heap();
        timers.insert(5, 0);
        assert_eq!(timers.pop_due(4), None);
        assert_eq!(timers.pop_due(5), Some(0));
        assert!(timers.is_empty());
    }
}
