//! The print log: every simulated print with its step, for the console panel. OSTEP
//! programs print a marker on most steps, so entries are packed into 16 bytes (the print,
//! a `u32` step and a `u8` task; the time comes from the clock log) and [`Prints`]
//! unpacks them into plain [`PrintRecord`]s as they are read.

use std::mem::size_of;

use super::clock::Clock;
use super::packing::{compact_step, compact_task, push};
use crate::sim::event::PrintKind;
use crate::sim::task::TaskId;

/// One simulated print, with the step that printed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrintRecord {
    /// The step (1-based) whose statement printed.
    pub step: u64,
    /// Virtual time of the print, in ms.
    pub time_ms: u64,
    /// The printing task.
    pub task: TaskId,
    /// What it printed.
    pub print: PrintKind,
}

/// One print as stored.
#[derive(Clone, Copy, Debug)]
struct Entry {
    print: PrintKind,
    step: u32,
    task: u8,
}

impl Entry {
    fn step(&self) -> u64 {
        u64::from(self.step)
    }

    fn unpack(&self, clock: &Clock) -> PrintRecord {
        PrintRecord {
            step: self.step(),
            // Statements take no time, so a step prints at the time it ends.
            time_ms: clock.time_at_step(self.step()),
            task: usize::from(self.task),
            print: self.print,
        }
    }
}

/// The stored prints.
#[derive(Clone, Debug, Default)]
pub(super) struct PrintLog {
    entries: Vec<Entry>,
}

impl PrintLog {
    /// Logs that `task` printed `print` at `step`.
    pub(super) fn push(&mut self, step: u64, task: TaskId, print: PrintKind) {
        let (step, task) = (compact_step(step), compact_task(task));
        push(&mut self.entries, Entry { print, step, task });
    }

    /// Forgets the prints after `step`.
    pub(super) fn truncate_after(&mut self, step: u64) {
        let keep = self.entries.partition_point(|e| e.step() <= step);
        self.entries.truncate(keep);
    }

    /// Heap bytes held: capacity times entry size.
    pub(super) fn heap_bytes(&self) -> usize {
        self.entries.capacity() * size_of::<Entry>()
    }
}

/// Logged prints, oldest first. Cheap to copy; use it like a slice: `len`, `get`,
/// `iter`, or `for print in`.
#[derive(Clone, Copy, Debug)]
pub struct Prints<'a> {
    entries: &'a [Entry],
    clock: &'a Clock,
}

impl<'a> Prints<'a> {
    /// A view of all of `log`, timed by `clock`.
    pub(super) fn new(log: &'a PrintLog, clock: &'a Clock) -> Self {
        Prints {
            entries: &log.entries,
            clock,
        }
    }

    /// Number of prints.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when nothing was printed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Print number `index`, oldest first.
    pub fn get(&self, index: usize) -> Option<PrintRecord> {
        self.entries.get(index).map(|e| e.unpack(self.clock))
    }

    /// The latest print.
    pub fn last(&self) -> Option<PrintRecord> {
        self.entries.last().map(|e| e.unpack(self.clock))
    }

    /// The prints of steps `..=step` (a binary search).
    pub fn until_step(&self, step: u64) -> Prints<'a> {
        let end = self.entries.partition_point(|e| e.step() <= step);
        Prints {
            entries: &self.entries[..end],
            ..*self
        }
    }

    /// The prints, unpacked into a vector.
    pub fn to_vec(&self) -> Vec<PrintRecord> {
        self.iter().collect()
    }

    /// The prints, oldest first.
    pub fn iter(&self) -> PrintsIter<'a> {
        PrintsIter {
            entries: self.entries.iter(),
            clock: self.clock,
        }
    }
}

impl<'a> IntoIterator for Prints<'a> {
    type Item = PrintRecord;
    type IntoIter = PrintsIter<'a>;

    fn into_iter(self) -> PrintsIter<'a> {
        self.iter()
    }
}

/// Iterates [`Prints`], unpacking each print.
#[derive(Clone, Debug)]
pub struct PrintsIter<'a> {
    entries: std::slice::Iter<'a, Entry>,
    clock: &'a Clock,
}

impl Iterator for PrintsIter<'_> {
    type Item = PrintRecord;

    fn next(&mut self) -> Option<PrintRecord> {
        self.entries.next().map(|e| e.unpack(self.clock))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.entries.size_hint()
    }
}

impl DoubleEndedIterator for PrintsIter<'_> {
    fn next_back(&mut self) -> Option<PrintRecord> {
        self.entries.next_back().map(|e| e.unpack(self.clock))
    }
}

impl ExactSizeIterator for PrintsIter<'_> {}
