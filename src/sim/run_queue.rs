//! The ready tasks of a run, in the order they will run: a FIFO queue and, under the
//! `go-runtime` policy only, Go's `runnext` slot in front of it.
//!
//! `SEMANTICS.md` §1 says a woken task joins the tail. Go 1.19 (`runtime/proc.go`,
//! `runqput(pp, gp, next=true)`) instead puts every goroutine it readies in `runnext`,
//! kicking the previous occupant to the tail, and its scheduler takes `runnext` before the
//! queue's head: the goroutine woken last runs first. A queue built with
//! [`RunQueue::go_runtime`] does that; one built with [`RunQueue::fifo`] never uses the slot.
//!
//! Go's processor also has a bounded local queue, a global queue behind it and a tick
//! that sends the scheduler to the global queue every 61st start ([`go_sched`]); with
//! more than 256 goroutines ready at once, that is what orders them.

mod go_sched;

use std::collections::VecDeque;

use super::refill::Refill;
use super::task::TaskId;

pub use go_sched::{GLOBAL_EVERY, LOCAL_CAPACITY};

/// Ready tasks: the optional `runnext` slot, then the queue, longest-ready first.
///
/// `runnext`, when occupied, is kept at the front of the one deque (flagged), so that the
/// default order pays nothing for it: taking the next task is always `front`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunQueue {
    /// `runnext` (if `front_is_runnext`), then the ready tasks, longest-ready first.
    queue: VecDeque<TaskId>,
    /// True when the front task is in Go's `runnext`. Never set unless `wake_to_runnext`.
    front_is_runnext: bool,
    /// True under `go-runtime`: woken tasks take `runnext`, and Go's queues apply.
    wake_to_runnext: bool,
    /// Go's global run queue, where half of a full local queue goes (`go-runtime` only).
    global: VecDeque<TaskId>,
    /// Go's `schedtick` modulo [`GLOBAL_EVERY`]: goroutines started from a queue.
    tick: u8,
    /// True while the runtime's finalizer goroutine, which no program sees, is still in
    /// a queue ([`RunQueue::go_program`]).
    finalizer: bool,
}

impl RunQueue {
    /// `SEMANTICS.md` §1: `order` ready, and woken tasks join the tail.
    pub fn fifo(order: impl IntoIterator<Item = TaskId>) -> Self {
        RunQueue {
            queue: order.into_iter().collect(),
            front_is_runnext: false,
            wake_to_runnext: false,
            global: VecDeque::new(),
            tick: 0,
            finalizer: false,
        }
    }

    /// Go 1.19's single P: `order` ready, and woken tasks take `runnext`.
    pub fn go_runtime(order: impl IntoIterator<Item = TaskId>) -> Self {
        RunQueue {
            wake_to_runnext: true,
            ..RunQueue::fifo(order)
        }
    }

    /// How many tasks are ready.
    #[inline]
    pub fn len(&self) -> usize {
        self.queue.len() + self.global.len() - usize::from(self.finalizer)
    }

    /// True when no task is ready.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Ready tasks in the order they will run: `runnext`, then longest-ready first (Go's
    /// local queue, then its global one).
    #[inline]
    pub fn iter(&self) -> impl Iterator<Item = TaskId> + '_ {
        self.queue
            .iter()
            .chain(self.global.iter())
            .copied()
            .filter(|&t| t != go_sched::FINALIZER)
    }

    /// The task that runs next: `runnext`, else the longest-ready one (under
    /// `go-runtime`, the one Go's scheduler would take).
    #[inline]
    pub fn first(&self) -> Option<TaskId> {
        if !self.wake_to_runnext {
            return self.queue.front().copied();
        }
        self.go_first()
    }

    /// The task in `runnext`, if any.
    #[inline]
    pub fn runnext(&self) -> Option<TaskId> {
        self.queue
            .front()
            .copied()
            .filter(|&t| self.front_is_runnext && t != go_sched::FINALIZER)
    }

    /// `task` joins the tail (a task that yields, or is preempted by a manual pick).
    #[inline]
    pub fn push_back(&mut self, task: TaskId) {
        if self.wake_to_runnext {
            return self.push_local(task);
        }
        self.queue.push_back(task);
    }

    /// A woken `task` becomes ready: at the tail, or in `runnext`, whose previous occupant
    /// moves to the tail.
    #[inline]
    pub fn push_woken(&mut self, task: TaskId) {
        if !self.wake_to_runnext {
            return self.queue.push_back(task);
        }
        if self.front_is_runnext {
            if let Some(previous) = self.queue.pop_front() {
                self.queue.push_front(task);
                return self.push_local(previous);
            }
        }
        self.queue.push_front(task);
        self.front_is_runnext = true;
    }

    /// Takes `task` out to run it; false when it is not ready.
    #[inline]
    pub fn remove(&mut self, task: TaskId) -> bool {
        if self.wake_to_runnext && self.go_take(task) {
            return true;
        }
        let Some(pos) = self.queue.iter().position(|&t| t == task) else {
            return self.remove_global(task);
        };
        self.queue.remove(pos);
        // Only the front can be runnext; whatever is behind it is an ordinary ready task.
        self.front_is_runnext &= pos != 0;
        true
    }

    /// Takes `task` out of Go's global queue; false when it is not there.
    fn remove_global(&mut self, task: TaskId) -> bool {
        let Some(pos) = self.global.iter().position(|&t| t == task) else {
            return false;
        };
        self.global.remove(pos);
        true
    }
}

impl Refill for RunQueue {
    fn refill_from(&mut self, source: &Self) {
        let RunQueue {
            queue,
            front_is_runnext,
            wake_to_runnext,
            global,
            tick,
            finalizer,
        } = self;
        queue.refill_from(&source.queue);
        *front_is_runnext = source.front_is_runnext;
        *wake_to_runnext = source.wake_to_runnext;
        global.refill_from(&source.global);
        *tick = source.tick;
        *finalizer = source.finalizer;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn woken(mut q: RunQueue, tasks: &[TaskId]) -> Vec<TaskId> {
        for &t in tasks {
            q.push_woken(t);
        }
        q.iter().collect()
    }

    #[test]
    fn woken_tasks_join_the_tail_in_fifo_order() {
        assert_eq!(woken(RunQueue::fifo([0]), &[1, 2, 3]), vec![0, 1, 2, 3]);
    }

    #[test]
    fn the_task_woken_last_runs_first_and_the_others_keep_their_wake_order() {
        // Go's runnext: each wake kicks the previous occupant to the tail.
        assert_eq!(
            woken(RunQueue::go_runtime([0]), &[1, 2, 3]),
            vec![3, 0, 1, 2]
        );
    }

    #[test]
    fn a_queue_is_empty_only_when_no_task_is_ready() {
        let mut q = RunQueue::go_runtime([]);
        assert!(q.is_empty());
        q.push_woken(4);
        assert!(!q.is_empty());
        assert!(q.remove(4) && q.is_empty());
        assert!(!RunQueue::fifo([0]).is_empty());
    }

    #[test]
    fn removing_a_task_takes_it_from_runnext_or_the_queue() {
        let mut q = RunQueue::go_runtime([0, 1]);
        q.push_woken(2);
        assert!(q.remove(2) && q.remove(1));
        assert!(!q.remove(2));
        assert_eq!((q.first(), q.len(), q.runnext()), (Some(0), 1, None));
    }
}
