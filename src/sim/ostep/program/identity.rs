//! How the explorer sees an [`OstepProgram`]: the hash of what a run changes, and a copy
//! into an existing program that reuses its buffers (`Refill`). Kept apart from the
//! program's steps, which are the part a reader of the C code wants.

use std::hash::{Hash, Hasher};

use super::OstepProgram;
use crate::sim::refill::Refill;

/// Hashes what a run changes: the counts, items and sleep strings are the same in every
/// state of one run, and the explorer (the hash's user) hashes a state for every pick it
/// tries, so leaving them out saves time without merging any two different states of a run.
impl Hash for OstepProgram {
    fn hash<H: Hasher>(&self, h: &mut H) {
        let OstepProgram {
            producers: _,
            consumers: _,
            items: _,
            psleep: _,
            csleep: _,
            buffer,
            progress,
            produced,
            consumed_by,
            wait_sum_ms,
            wait_count,
        } = self;
        buffer.hash(h);
        progress.hash(h);
        produced.hash(h);
        consumed_by.hash(h);
        wait_sum_ms.hash(h);
        wait_count.hash(h);
    }
}

impl Refill for OstepProgram {
    fn refill_from(&mut self, source: &Self) {
        let OstepProgram {
            producers,
            consumers,
            items,
            psleep,
            csleep,
            buffer,
            progress,
            produced,
            consumed_by,
            wait_sum_ms,
            wait_count,
        } = self;
        *producers = source.producers;
        *consumers = source.consumers;
        *items = source.items;
        psleep.refill_from(&source.psleep);
        csleep.refill_from(&source.csleep);
        buffer.refill_from(&source.buffer);
        progress.refill_from(&source.progress);
        *produced = source.produced;
        consumed_by.refill_from(&source.consumed_by);
        *wait_sum_ms = source.wait_sum_ms;
        *wait_count = source.wait_count;
    }
}
