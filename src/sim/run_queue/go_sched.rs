//! Go 1.19's processor queues behind `runnext` (`runtime/proc.go`), for the `go-runtime`
//! policy:
//!
//! - the local queue holds [`LOCAL_CAPACITY`] goroutines; `runqput` on a full one moves
//!   its older half, and the goroutine being put, to the global queue (`runqputslow`);
//! - `findRunnable` takes one goroutine from the global queue when `schedtick` is a
//!   multiple of [`GLOBAL_EVERY`], then `runnext`, then the local queue, and with both
//!   empty a batch from the global queue (`globrunqget`: up to half a local queue, the
//!   first to run and the rest to the local queue);
//! - `execute` counts a start in `schedtick` unless the goroutine came from `runnext`.
//!
//! A real program also has the runtime's finalizer goroutine, made while the `os` package
//! initialises (`SetFinalizer` on the standard files) and so sitting in `runnext` when
//! `main.main` starts. It parks for good the first time it runs, but until then it takes
//! a place in the queues, which decides where a 257th ready goroutine overflows.
//! [`RunQueue::go_program`] starts with a stand-in for it ([`FINALIZER`]), never shown
//! and never returned. Checked against real Go by `tools/go-programs/programs/runq_*.go`.

use super::RunQueue;
use crate::sim::task::TaskId;

/// `len(p.runq)`: how many goroutines Go's local queue holds besides `runnext`.
pub const LOCAL_CAPACITY: usize = 256;

/// `findRunnable` looks at the global queue first when `schedtick % 61 == 0`.
pub const GLOBAL_EVERY: u8 = 61;

/// `schedtick` modulo [`GLOBAL_EVERY`] when `main.main` starts, after the runtime's own
/// start-up: measured with real Go 1.19 (257 goroutines started by main before it sleeps
/// first take the global queue after 57 starts from the local one).
const MAIN_START_TICK: u8 = 4;

/// The finalizer goroutine's stand-in in the queues: no task has this id.
pub const FINALIZER: TaskId = TaskId::MAX;

/// Where `findRunnable` takes the next goroutine from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    /// One from the global queue, on the 61st tick.
    GlobalTick,
    /// `runnext`: it inherits the time slice, so the tick does not count it.
    Runnext,
    /// The local queue's head.
    Local,
    /// A batch from the global queue, the local one being empty.
    GlobalBatch,
}

impl RunQueue {
    /// The queues of a Go program whose `main` (task 0, not in the queue: it is already
    /// running) starts: the finalizer goroutine in `runnext`, and `schedtick` as real Go
    /// has it then.
    pub fn go_program() -> Self {
        let mut queue = RunQueue::go_runtime([FINALIZER]);
        queue.front_is_runnext = true;
        queue.finalizer = true;
        queue.tick = MAIN_START_TICK;
        queue
    }

    /// `runqput(pp, task, next=false)`: the local queue's tail, or, when it is full, the
    /// global queue after the local queue's older half.
    pub(super) fn push_local(&mut self, task: TaskId) {
        let runnext = usize::from(self.front_is_runnext);
        if self.queue.len() - runnext < LOCAL_CAPACITY {
            return self.queue.push_back(task);
        }
        let kept = self
            .front_is_runnext
            .then(|| self.queue.pop_front())
            .flatten();
        self.global
            .extend(self.queue.drain(..LOCAL_CAPACITY / 2).chain([task]));
        if let Some(next) = kept {
            self.queue.push_front(next);
        }
    }

    /// Where the scheduler would take the next goroutine from, if any is ready.
    fn source(&self) -> Option<Source> {
        if self.tick == 0 && !self.global.is_empty() {
            Some(Source::GlobalTick)
        } else if !self.queue.is_empty() {
            Some(if self.front_is_runnext {
                Source::Runnext
            } else {
                Source::Local
            })
        } else if !self.global.is_empty() {
            Some(Source::GlobalBatch)
        } else {
            None
        }
    }

    /// The goroutine `source` gives.
    fn head(&self, source: Source) -> Option<TaskId> {
        match source {
            Source::GlobalTick | Source::GlobalBatch => self.global.front().copied(),
            Source::Runnext | Source::Local => self.queue.front().copied(),
        }
    }

    /// Takes the next goroutine from `source`, as `findRunnable` and `execute` do.
    fn take_from(&mut self, source: Source) -> Option<TaskId> {
        if source != Source::Runnext {
            self.tick = (self.tick + 1) % GLOBAL_EVERY;
        }
        match source {
            Source::GlobalTick => self.global.pop_front(),
            Source::Runnext => {
                self.front_is_runnext = false;
                self.queue.pop_front()
            }
            Source::Local => self.queue.pop_front(),
            Source::GlobalBatch => {
                let batch = self.global.len().min(LOCAL_CAPACITY / 2);
                let first = self.global.pop_front();
                for _ in 1..batch {
                    if let Some(task) = self.global.pop_front() {
                        self.push_local(task);
                    }
                }
                first
            }
        }
    }

    /// Lets the finalizer goroutine run and park, if it is what the scheduler takes next:
    /// at every point where the processor looks for work, even with no task ready.
    pub fn run_finalizer_if_next(&mut self) {
        if !self.finalizer {
            return;
        }
        if let Some(source) = self.source() {
            if self.head(source) == Some(FINALIZER) {
                self.take_from(source);
                self.finalizer = false;
            }
        }
    }

    /// [`RunQueue::first`] under `go-runtime`: the goroutine the scheduler takes next, the
    /// finalizer goroutine passed over as the scheduler would run it.
    pub(super) fn go_first(&self) -> Option<TaskId> {
        let head = self.source().and_then(|source| self.head(source))?;
        if head != FINALIZER {
            return Some(head);
        }
        let mut after = self.clone();
        after.run_finalizer_if_next();
        after.go_first()
    }

    /// Takes `task` as the scheduler would, when it is the goroutine taken next; false
    /// otherwise (a pick out of order is removed where it stands).
    pub(super) fn go_take(&mut self, task: TaskId) -> bool {
        self.run_finalizer_if_next();
        match self.source() {
            Some(source) if self.head(source) == Some(task) => {
                self.take_from(source);
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Takes every task in the order the scheduler would, as the kernel does.
    fn drain(mut q: RunQueue) -> Vec<TaskId> {
        let mut order = Vec::new();
        while let Some(task) = q.first() {
            assert!(q.remove(task));
            order.push(task);
        }
        order
    }

    fn woken(mut q: RunQueue, tasks: impl IntoIterator<Item = TaskId>) -> RunQueue {
        for task in tasks {
            q.push_woken(task);
        }
        q
    }

    #[test]
    fn a_full_local_queue_sends_its_older_half_and_the_new_goroutine_to_the_global_queue() {
        // 258 wakes: 257 in runnext, 0..=256 kicked to the local queue, which holds 256.
        let q = woken(RunQueue::go_runtime([]), 0..=257);
        let expected: Vec<TaskId> = [257]
            .into_iter()
            .chain(128..=255)
            .chain(0..=127)
            .chain([256])
            .collect();
        assert_eq!(q.iter().collect::<Vec<_>>(), expected);
        assert_eq!(q.len(), 258);
    }

    #[test]
    fn every_61st_start_takes_one_from_the_global_queue_then_a_batch_when_local_runs_dry() {
        // The tick starts at 0: the first pick is the global queue's head, then runnext
        // (not counted), then 60 from the local queue before the global one again.
        let q = woken(RunQueue::go_runtime([]), 0..=257);
        let expected: Vec<TaskId> = [0, 257]
            .into_iter()
            .chain(128..=187)
            .chain([1])
            .chain(188..=247)
            .chain([2])
            .chain(248..=255)
            .chain(3..=127)
            .chain([256])
            .collect();
        assert_eq!(drain(q), expected);
    }

    #[test]
    fn the_finalizer_goroutine_takes_a_place_in_the_queue_but_is_never_returned() {
        let q = RunQueue::go_program();
        assert_eq!((q.len(), q.first(), q.runnext()), (0, None, None));
        let q = woken(q, [1]);
        assert_eq!(
            (q.iter().collect::<Vec<_>>(), q.runnext()),
            (vec![1], Some(1))
        );
        assert_eq!(drain(q), vec![1]);
        // With it in the local queue, 256 more goroutines overflow it; once it has run
        // and parked (main blocked before starting them), they fit.
        let crowded = woken(RunQueue::go_program(), 1..=257);
        assert!(!crowded.global.is_empty());
        let mut quiet = RunQueue::go_program();
        quiet.run_finalizer_if_next();
        assert!(!quiet.finalizer);
        assert!(woken(quiet, 1..=257).global.is_empty());
    }

    #[test]
    fn a_pick_out_of_order_is_taken_from_where_it_stands() {
        let mut q = woken(RunQueue::go_runtime([]), 0..=257);
        assert!(q.remove(100) && q.remove(5) && !q.remove(5));
        assert_eq!(q.len(), 256);
        assert!(!q.iter().any(|t| t == 100 || t == 5));
    }
}
