//! Copying one run's state into another run's storage, reusing the storage's allocations.
//!
//! The explorer copies a state once for every pick it tries from it, and most copies are
//! thrown away a moment later (the pick led to a state already seen). A derived `Clone`
//! allocates every vector and queue afresh, so in the page's WebAssembly the allocator
//! was a third of the search. [`Refill::refill_from`] copies into vectors that already
//! have room instead, so a recycled state costs copies, not allocations.
//!
//! Each implementation destructures its type exhaustively, so a field added later is a
//! compile error here rather than a field silently left stale.

use std::collections::VecDeque;

/// A type that can overwrite itself with a copy of another value of the same type,
/// keeping its own allocations where they are big enough. Afterwards `self == source`
/// in every field, exactly as after `*self = source.clone()`.
pub trait Refill: Clone {
    /// Makes `self` a copy of `source`.
    fn refill_from(&mut self, source: &Self);
}

impl<T: Clone> Refill for Vec<T> {
    fn refill_from(&mut self, source: &Self) {
        self.clone_from(source);
    }
}

impl<T: Clone> Refill for VecDeque<T> {
    fn refill_from(&mut self, source: &Self) {
        // Most queues are empty; skip the element-by-element copy's set-up for them.
        if source.is_empty() {
            self.clear();
        } else {
            self.clone_from(source);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scenario::parse_query;
    use crate::sim::simulation::Simulation;
    use crate::sim::task::TaskId;

    /// Runs `picks` (each the index of a choice) and returns the run.
    fn run(query: &str, picks: &[usize]) -> Simulation {
        let mut sim = Simulation::new(parse_query(query).scenario);
        for &i in picks {
            let choices: Vec<TaskId> = sim.choices();
            let Some(&task) = choices.get(i % choices.len().max(1)) else {
                break;
            };
            sim.step_task(task).expect("a listed choice can run");
        }
        sim
    }

    #[test]
    fn a_refilled_run_continues_exactly_as_the_run_it_copied() {
        for query in [
            "mode=monitor&variant=two-cvs-while&producers=2&consumers=2&capacity=2&policy=manual",
            "mode=monitor&variant=one-cv-while&consumers=2&psleep=1,0&policy=manual",
            "mode=semaphore&producers=2&consumers=3&policy=manual",
            "mode=go&producers=2&consumers=2&capacity=1&policy=manual",
        ] {
            let source = run(query, &[1, 0, 2, 1, 1, 0, 3, 1]);
            // A storage run that is further along, in another state, with fuller vectors.
            let mut storage = run(query, &[0, 0, 1, 1, 2, 2, 0, 1, 0, 1, 1, 1, 0]);
            storage.refill_from(&source);
            let mut copy = source.clone();
            for i in [0, 1, 1, 0, 2, 0, 1] {
                let choices = copy.choices();
                assert_eq!(storage.choices(), choices, "{query}");
                let Some(&task) = choices.get(i % choices.len().max(1)) else {
                    break;
                };
                copy.step_task(task).expect("copy steps");
                storage.step_task(task).expect("refilled run steps");
                assert_eq!(storage.kernel(), copy.kernel(), "{query}");
                assert_eq!(storage.world(), copy.world(), "{query}");
                assert_eq!(storage.event(), copy.event(), "{query}");
                assert_eq!(storage.metrics(), copy.metrics(), "{query}");
            }
        }
    }

    #[test]
    fn refilling_a_vector_keeps_its_allocation_when_it_is_big_enough() {
        let mut storage: Vec<u64> = Vec::with_capacity(16);
        let before = storage.as_ptr();
        storage.refill_from(&vec![1, 2, 3]);
        assert_eq!(storage, [1, 2, 3]);
        assert_eq!(storage.as_ptr(), before);
    }
}
