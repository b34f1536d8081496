//! Goroutine names as the page shows them: the function each one runs, numbered when
//! several run the same one (`producer #2`), in the order they were started.
//!
//! The machine counts each function's goroutines as they start ([`NameCounts`]), so one
//! name costs one lookup. The page asks for names on every frame from five panels; with
//! ten thousand goroutines, counting them all each time made one frame of "Run to end"
//! block the page for over 100 ms.

use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::machine::Machine;
use crate::sim::task::TaskId;

/// How many goroutines were started with each function, kept as they start.
#[derive(Clone, Debug, Default)]
pub struct NameCounts(FxHashMap<Rc<str>, u32>);

impl NameCounts {
    /// Counts one more goroutine running `name`; returns its number among them, from 1.
    pub fn start(&mut self, name: &Rc<str>) -> u32 {
        let n = self.0.entry(name.clone()).or_default();
        *n += 1;
        *n
    }

    /// How many goroutines were started with `name`.
    pub fn of(&self, name: &str) -> u32 {
        self.0.get(name).copied().unwrap_or(0)
    }
}

/// The display names of a machine's goroutines, each computed when asked for.
#[derive(Clone, Copy)]
pub struct TaskNames<'a> {
    machine: &'a Machine,
}

impl<'a> TaskNames<'a> {
    /// The names of `machine`'s goroutines.
    pub fn of(machine: &'a Machine) -> Self {
        TaskNames { machine }
    }

    /// How many goroutines there are (ever started, main included).
    pub fn len(&self) -> usize {
        self.machine.gs.len()
    }

    /// True when no goroutine exists yet.
    pub fn is_empty(&self) -> bool {
        self.machine.gs.is_empty()
    }

    /// The name of goroutine `task`: `main`, `worker` or `worker #2`.
    pub fn get(&self, task: TaskId) -> Option<String> {
        let g = self.machine.gs.get(task)?;
        Some(if self.machine.name_counts.of(&g.name) > 1 {
            format!("{} #{}", g.name, g.ordinal)
        } else {
            g.name.to_string()
        })
    }

    /// The name of `task`, or `fallback` for an id that names no goroutine.
    pub fn or(&self, task: TaskId, fallback: &str) -> String {
        self.get(task).unwrap_or_else(|| fallback.to_string())
    }

    /// The names of the first `most` goroutines, in the order they were started.
    pub fn first(&self, most: usize) -> Vec<String> {
        (0..self.len().min(most))
            .filter_map(|g| self.get(g))
            .collect()
    }

    /// Every goroutine's name, in the order they were started.
    pub fn all(&self) -> Vec<String> {
        self.first(usize::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{build, GoRun};
    use crate::sim::scenario::PolicyKind;

    const TWO_WORKERS_AND_A_LOGGER: &str = "package main\n\nfunc worker() {}\n\nfunc logger() {}\n\nfunc main() {\n\tgo worker()\n\tgo logger()\n\tgo worker()\n\tselect {}\n}\n";

    #[test]
    fn goroutines_are_numbered_only_when_several_run_the_same_function() {
        let prog = build(TWO_WORKERS_AND_A_LOGGER).expect("the program compiles");
        let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
        run.run_to_end();
        let names = run.names();
        assert_eq!(names.all(), ["main", "worker #1", "logger", "worker #2"]);
        assert_eq!(names.first(2), ["main", "worker #1"]);
        assert_eq!(names.get(3).as_deref(), Some("worker #2"));
        assert_eq!(names.get(4), None);
        assert_eq!(names.or(9, "a goroutine"), "a goroutine");
        assert_eq!(names.len(), 4);
    }

    #[test]
    fn a_goroutine_keeps_its_number_in_a_checkpoint_and_after_the_run_goes_on() {
        let prog = build(TWO_WORKERS_AND_A_LOGGER).expect("the program compiles");
        let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
        while run.names().len() < 2 {
            assert!(run.step(None), "the run starts the first worker");
        }
        let checkpoint = run.clone();
        run.run_to_end();
        // The checkpoint has seen one worker: it is not numbered there yet.
        assert_eq!(checkpoint.names().all(), ["main", "worker"]);
        assert_eq!(run.names().get(1).as_deref(), Some("worker #1"));
    }
}
