//! Go 1.19's per-P timer heap, as the `go-runtime` policy needs it: a 4-ary min-heap keyed
//! on the wake-up time only (`runtime/time.go`: `doaddtimer`, `dodeltimer0`,
//! `siftupTimer`, `siftdownTimer`).
//!
//! Why not a FIFO: sleeps that end at the same instant leave this heap in heap order, not
//! in the order they began. Removing the root moves the *last* timer to the root, and a
//! sift never passes an equal key, so equal timers come out scrambled (seven equal sleeps
//! leave as 1st, 7th, 6th, …, 2nd). Real Go programs show exactly that order
//! (`tools/go-crosscheck`, rule HEAP), so the port keeps Go's comparisons as they are.

use super::task::TaskId;

/// One pending sleep: when it ends, and who sleeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Timer {
    when_ms: u64,
    task: TaskId,
}

/// Sleeping tasks in Go's 4-ary timer heap: the root is the earliest wake-up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoTimerHeap {
    timers: Vec<Timer>,
}

impl GoTimerHeap {
    /// An empty heap.
    pub fn new() -> Self {
        GoTimerHeap::default()
    }

    /// True when nobody sleeps.
    pub fn is_empty(&self) -> bool {
        self.timers.is_empty()
    }

    /// The earliest wake-up time, if anybody sleeps.
    pub fn next_when_ms(&self) -> Option<u64> {
        self.timers.first().map(|t| t.when_ms)
    }

    /// `doaddtimer`: appends the timer and sifts it up.
    pub fn push(&mut self, when_ms: u64, task: TaskId) {
        self.timers.push(Timer { when_ms, task });
        self.sift_up(self.timers.len() - 1);
    }

    /// `dodeltimer0`: removes the root, moves the last timer there and sifts it down.
    /// Returns the root's wake-up time and task.
    pub fn pop(&mut self) -> Option<(u64, TaskId)> {
        let last = self.timers.pop()?;
        let Some(root) = self.timers.first_mut() else {
            return Some((last.when_ms, last.task));
        };
        let top = std::mem::replace(root, last);
        self.sift_down(0);
        Some((top.when_ms, top.task))
    }

    /// `siftupTimer`: the timer at `i` rises while its parent wakes strictly later.
    fn sift_up(&mut self, mut i: usize) {
        let t = &mut self.timers;
        let tmp = t[i];
        while i > 0 {
            let parent = (i - 1) / 4;
            if tmp.when_ms >= t[parent].when_ms {
                break;
            }
            t[i] = t[parent];
            i = parent;
        }
        t[i] = tmp;
    }

    /// `siftdownTimer`: the timer at `i` sinks while some child wakes strictly earlier. Of
    /// equal children the first wins, and the left pair is preferred over the right pair,
    /// exactly as Go compares them.
    fn sift_down(&mut self, mut i: usize) {
        let t = &mut self.timers;
        let n = t.len();
        let tmp = t[i];
        loop {
            let mut c = i * 4 + 1;
            let mut c3 = c + 2;
            if c >= n {
                break;
            }
            let mut w = t[c].when_ms;
            if c + 1 < n && t[c + 1].when_ms < w {
                w = t[c + 1].when_ms;
                c += 1;
            }
            if c3 < n {
                let mut w3 = t[c3].when_ms;
                if c3 + 1 < n && t[c3 + 1].when_ms < w3 {
                    w3 = t[c3 + 1].when_ms;
                    c3 += 1;
                }
                if w3 < w {
                    w = w3;
                    c = c3;
                }
            }
            if w >= tmp.when_ms {
                break;
            }
            t[i] = t[c];
            i = c;
        }
        t[i] = tmp;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pops everything, as `(when, task)` pairs.
    fn drain(heap: &mut GoTimerHeap) -> Vec<(u64, TaskId)> {
        std::iter::from_fn(|| heap.pop()).collect()
    }

    fn heap_of(timers: &[(u64, TaskId)]) -> GoTimerHeap {
        let mut heap = GoTimerHeap::new();
        for &(when, task) in timers {
            heap.push(when, task);
        }
        heap
    }

    #[test]
    fn equal_wake_times_leave_in_heap_order_as_in_the_minimal_heap_reproducer() {
        // producers=2&consumers=1&capacity=0&items=2&produce_ms=1,2&consume_ms=1 on Go:
        // P2 sleeps until 2, C1 until 1; C1 wakes at 1, then C1 and P1 sleep until 2.
        let (p1, p2, c1) = (0, 1, 2);
        let mut heap = heap_of(&[(2, p2), (1, c1)]);
        assert_eq!(heap.pop(), Some((1, c1)));
        heap.push(2, c1);
        heap.push(2, p1);
        // Sleep order is P2, C1, P1; removing P2 moves P1 (the last) to the root.
        assert_eq!(drain(&mut heap), vec![(2, p2), (2, p1), (2, c1)]);
    }

    #[test]
    fn seven_equal_sleeps_leave_first_then_newest_to_oldest() {
        let mut heap = heap_of(&(0..7).map(|t| (10, t)).collect::<Vec<_>>());
        let order: Vec<TaskId> = drain(&mut heap).into_iter().map(|(_, t)| t).collect();
        assert_eq!(order, vec![0, 6, 5, 4, 3, 2, 1]);
    }

    #[test]
    fn a_new_timer_rises_past_later_parents_but_not_past_an_equal_one() {
        let heap = heap_of(&[(5, 0), (3, 1), (8, 2), (3, 3), (1, 4)]);
        let layout: Vec<(u64, TaskId)> = heap.timers.iter().map(|t| (t.when_ms, t.task)).collect();
        // Task 3 (3) stays below the root, task 1 (3): siftupTimer stops on `when >= parent`;
        // task 4 (1) then rises to the root and pushes task 1 down into its slot.
        assert_eq!(layout, vec![(1, 4), (5, 0), (8, 2), (3, 3), (3, 1)]);
    }

    #[test]
    fn sifting_down_picks_the_earliest_of_four_children_and_the_first_of_equals() {
        let timers = [(5, 0), (3, 1), (8, 2), (3, 3), (1, 4)];
        let more = [(9, 5), (3, 6), (3, 7), (7, 8), (3, 9)];
        let mut heap = heap_of(&[&timers[..], &more[..]].concat());
        // Expected order computed by gomodel.py's port of siftupTimer/siftdownTimer.
        let expected = vec![
            (1, 4),
            (3, 6),
            (3, 7),
            (3, 9),
            (3, 3),
            (3, 1),
            (5, 0),
            (7, 8),
            (8, 2),
            (9, 5),
        ];
        assert_eq!(drain(&mut heap), expected);
    }

    #[test]
    fn an_empty_heap_has_no_wake_up_and_pops_nothing() {
        let mut heap = GoTimerHeap::new();
        assert!(heap.is_empty());
        assert_eq!(heap.next_when_ms(), None);
        assert_eq!(heap.pop(), None);
        heap.push(4, 1);
        assert_eq!(heap.next_when_ms(), Some(4));
        assert_eq!(heap.pop(), Some((4, 1)));
        assert!(heap.is_empty());
    }
}
