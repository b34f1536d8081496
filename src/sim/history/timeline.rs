//! The timeline: every task state change, for the swimlanes. It is the largest log (one
//! or two entries a step when tasks sleep often), so entries are packed into 12 bytes
//! and [`Timeline`] unpacks them into plain [`StateChange`]s as they are read.
//!
//! A packed entry holds a `u32` step, a `u8` task and a one-byte code: an index into a
//! table of the (few) distinct states seen, or "sleeping", whose wake-up time is kept as
//! an offset from the entry's time (which the clock log knows).

use std::mem::size_of;

use super::clock::Clock;
use super::packing::{compact_step, compact_task, push};
use crate::sim::task::{TaskId, TaskState};

/// A task entered a new state: the state it holds from `step` until its next change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StateChange {
    /// The step after which the task holds `state` (0: the initial state).
    pub step: u64,
    /// Virtual time after that step, in ms.
    pub time_ms: u64,
    /// The task.
    pub task: TaskId,
    /// Its new state.
    pub state: TaskState,
}

/// `code`: sleeping, with `aux` ms until the wake-up.
const SLEEPING: u8 = u8::MAX;
/// `code`: a state that fits no other code, stored whole at `rare[aux]`.
const RARE: u8 = u8::MAX - 1;

/// One change as stored.
#[derive(Clone, Copy, Debug)]
struct Entry {
    step: u32,
    aux: u32,
    task: u8,
    code: u8,
}

/// The stored changes and the tables their codes refer to.
#[derive(Clone, Debug, Default)]
pub(super) struct TimelineLog {
    entries: Vec<Entry>,
    /// Distinct non-sleeping states, in order of first appearance (14 kinds exist).
    states: Vec<TaskState>,
    /// States no code fits: a sleep longer than 49 days, or a table overflow.
    rare: Vec<TaskState>,
}

impl TimelineLog {
    /// Logs that `task` holds `state` from `step` on, at virtual time `time_ms`.
    pub(super) fn push(&mut self, step: u64, time_ms: u64, task: TaskId, state: TaskState) {
        let (code, aux) = self.encode(time_ms, state);
        let (step, task) = (compact_step(step), compact_task(task));
        push(
            &mut self.entries,
            Entry {
                step,
                aux,
                task,
                code,
            },
        );
    }

    /// Forgets the changes after `step`.
    pub(super) fn truncate_after(&mut self, step: u64) {
        let keep = self.entries.partition_point(|e| u64::from(e.step) <= step);
        self.entries.truncate(keep);
    }

    /// Heap bytes held: capacities times element sizes.
    pub(super) fn heap_bytes(&self) -> usize {
        self.entries.capacity() * size_of::<Entry>()
            + (self.states.capacity() + self.rare.capacity()) * size_of::<TaskState>()
    }

    fn encode(&mut self, time_ms: u64, state: TaskState) -> (u8, u32) {
        if let TaskState::Sleeping { until_ms } = state {
            if let Ok(ms) = u32::try_from(until_ms.wrapping_sub(time_ms)) {
                if until_ms >= time_ms {
                    return (SLEEPING, ms);
                }
            }
        } else if let Some(i) = self.states.iter().position(|s| *s == state) {
            return (i as u8, 0);
        } else if self.states.len() < usize::from(RARE) {
            self.states.push(state);
            return ((self.states.len() - 1) as u8, 0);
        }
        self.rare.push(state);
        (RARE, u32::try_from(self.rare.len() - 1).unwrap_or(u32::MAX))
    }

    fn unpack(&self, entry: &Entry, clock: &Clock) -> StateChange {
        let step = u64::from(entry.step);
        let time_ms = clock.time_at_step(step);
        let state = match entry.code {
            SLEEPING => Some(TaskState::Sleeping {
                until_ms: time_ms + u64::from(entry.aux),
            }),
            RARE => self.rare.get(entry.aux as usize).copied(),
            i => self.states.get(usize::from(i)).copied(),
        };
        // Every code names a stored state; `Done` only keeps this total.
        let state = state.unwrap_or(TaskState::Done);
        let task = usize::from(entry.task);
        StateChange {
            step,
            time_ms,
            task,
            state,
        }
    }
}

/// The logged state changes, oldest first (step-0 entries give every task's initial
/// state). Cheap to copy; use it like a slice: `len`, `get`, `iter`, `for change in`.
#[derive(Clone, Copy, Debug)]
pub struct Timeline<'a> {
    log: &'a TimelineLog,
    entries: &'a [Entry],
    clock: &'a Clock,
}

impl<'a> Timeline<'a> {
    /// A view of all of `log`, timed by `clock`.
    pub(super) fn new(log: &'a TimelineLog, clock: &'a Clock) -> Self {
        Timeline {
            log,
            entries: &log.entries,
            clock,
        }
    }

    /// Number of changes.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no change is logged.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Change number `index`, oldest first.
    pub fn get(&self, index: usize) -> Option<StateChange> {
        let entry = self.entries.get(index)?;
        Some(self.log.unpack(entry, self.clock))
    }

    /// The latest change.
    pub fn last(&self) -> Option<StateChange> {
        self.get(self.len().checked_sub(1)?)
    }

    /// The changes at steps `..=step` (a binary search).
    pub fn until_step(&self, step: u64) -> Timeline<'a> {
        let end = self.entries.partition_point(|e| u64::from(e.step) <= step);
        Timeline {
            entries: &self.entries[..end],
            ..*self
        }
    }

    /// The changes, unpacked into a vector.
    pub fn to_vec(&self) -> Vec<StateChange> {
        self.iter().collect()
    }

    /// The changes, oldest first.
    pub fn iter(&self) -> TimelineIter<'a> {
        let (log, clock) = (self.log, self.clock);
        TimelineIter {
            entries: self.entries.iter(),
            log,
            clock,
        }
    }
}

impl<'a> IntoIterator for Timeline<'a> {
    type Item = StateChange;
    type IntoIter = TimelineIter<'a>;

    fn into_iter(self) -> TimelineIter<'a> {
        self.iter()
    }
}

/// Iterates a [`Timeline`], unpacking each change.
#[derive(Clone, Debug)]
pub struct TimelineIter<'a> {
    entries: std::slice::Iter<'a, Entry>,
    log: &'a TimelineLog,
    clock: &'a Clock,
}

impl Iterator for TimelineIter<'_> {
    type Item = StateChange;

    fn next(&mut self) -> Option<StateChange> {
        let entry = self.entries.next()?;
        Some(self.log.unpack(entry, self.clock))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.entries.size_hint()
    }
}

impl DoubleEndedIterator for TimelineIter<'_> {
    fn next_back(&mut self) -> Option<StateChange> {
        let entry = self.entries.next_back()?;
        Some(self.log.unpack(entry, self.clock))
    }
}

impl ExactSizeIterator for TimelineIter<'_> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::task::WaitReason;

    #[test]
    fn every_state_survives_packing_even_a_sleep_too_long_for_an_offset() {
        let (mut log, mut clock) = (TimelineLog::default(), Clock::new(0, 0));
        clock.record(1, 10);
        let states = [
            TaskState::Ready,
            TaskState::Blocked(WaitReason::SendFull),
            TaskState::Sleeping { until_ms: 15 },
            TaskState::Sleeping {
                until_ms: 11 + u64::from(u32::MAX),
            },
            TaskState::Ready,
            TaskState::Done,
        ];
        for (task, &state) in states.iter().enumerate() {
            log.push(1, 10, task, state);
        }
        let view = Timeline::new(&log, &clock);
        let unpacked: Vec<TaskState> = view.iter().map(|c| c.state).collect();
        assert_eq!(unpacked, states);
        assert_eq!(
            (log.states.len(), log.rare.len()),
            (3, 1),
            "Ready is stored once"
        );
        assert!(view.iter().all(|c| c.step == 1 && c.time_ms == 10));
        let tasks: Vec<usize> = view.iter().rev().map(|c| c.task).collect();
        assert_eq!(tasks, [5, 4, 3, 2, 1, 0]);
        assert_eq!(view.until_step(0).len(), 0);
    }
}
