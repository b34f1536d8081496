//! The timeline: every task state change, for the swimlanes. It is the largest log (about
//! one entry per step), so entries are stored packed (24 bytes: the state, a `u32` step and
//! a `u8` task, with the time looked up in the clock log) and [`Timeline`] unpacks them
//! into plain [`StateChange`]s on demand.

use super::clock::Clock;
use super::log::compact_step;
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

/// One change as stored.
#[derive(Clone, Copy, Debug)]
pub(super) struct Entry {
    state: TaskState,
    step: u32,
    task: u8,
}

impl Entry {
    /// `task` holds `state` from `step` on (tasks number at most 33, so `u8` holds them).
    pub(super) fn new(step: u64, task: TaskId, state: TaskState) -> Entry {
        let task = u8::try_from(task).unwrap_or(u8::MAX);
        Entry {
            state,
            step: compact_step(step),
            task,
        }
    }

    /// The step this change is logged at.
    pub(super) fn step(&self) -> u64 {
        u64::from(self.step)
    }

    fn unpack(&self, clock: &Clock) -> StateChange {
        StateChange {
            step: self.step(),
            time_ms: clock.time_at_step(self.step()),
            task: usize::from(self.task),
            state: self.state,
        }
    }
}

/// The logged state changes, oldest first (step-0 entries give every task's initial
/// state). Cheap to copy; use it like a slice: `len`, `get`, `iter`, or `for change in`.
#[derive(Clone, Copy, Debug)]
pub struct Timeline<'a> {
    entries: &'a [Entry],
    clock: &'a Clock,
}

impl<'a> Timeline<'a> {
    /// A view of `entries`, timed by `clock`.
    pub(super) fn new(entries: &'a [Entry], clock: &'a Clock) -> Self {
        Timeline { entries, clock }
    }

    /// Number of changes.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when nothing is logged (never, for a [`Run`](super::Run)'s timeline).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Change number `index`, oldest first.
    pub fn get(&self, index: usize) -> Option<StateChange> {
        self.entries.get(index).map(|e| e.unpack(self.clock))
    }

    /// The latest change.
    pub fn last(&self) -> Option<StateChange> {
        self.entries.last().map(|e| e.unpack(self.clock))
    }

    /// The changes at steps `..=step` (binary search).
    pub fn until_step(&self, step: u64) -> Timeline<'a> {
        let end = self.entries.partition_point(|e| e.step() <= step);
        Timeline::new(&self.entries[..end], self.clock)
    }

    /// The changes, oldest first.
    pub fn iter(&self) -> TimelineIter<'a> {
        TimelineIter {
            entries: self.entries.iter(),
            clock: self.clock,
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
    clock: &'a Clock,
}

impl Iterator for TimelineIter<'_> {
    type Item = StateChange;

    fn next(&mut self) -> Option<StateChange> {
        self.entries.next().map(|e| e.unpack(self.clock))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.entries.size_hint()
    }
}

impl DoubleEndedIterator for TimelineIter<'_> {
    fn next_back(&mut self) -> Option<StateChange> {
        self.entries.next_back().map(|e| e.unpack(self.clock))
    }
}

impl ExactSizeIterator for TimelineIter<'_> {}
