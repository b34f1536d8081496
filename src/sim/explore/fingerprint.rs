//! A state's fingerprint: a 64-bit hash of everything that decides what the run can do
//! next, for the explorer's visited set.
//!
//! What goes in: every task's state (which also says which tasks are ready, and until
//! when each sleeper sleeps), the clock, the program (buffer, locks, condition-variable
//! and semaphore queues, channel queues, program counters, counters) and the goal's
//! progress. What stays out: the step count, the metrics, the last event and the ready
//! queue's *order*. Under the explorer every runnable task is a choice, so the order the
//! tasks became ready in changes nothing that can happen next; leaving it out merges
//! states that differ only in it.
//!
//! For a goal that only asks whether the run can fail (a deadlock, a safety error, a
//! panic), the monitor and semaphore programs' values, who made them and when, each
//! consumer's tally and the wait metrics stay out too (`World::hash_control`): OSTEP's
//! programs never branch on a value (a consumer only tests for END_OF_STREAM, the safety
//! checks look at the slots' use), so states that differ only in them have the same
//! failures ahead. This data abstraction is exact for those goals; goals that read
//! values or tallies (a print order, a starved consumer, the buffer's fill count) hash the
//! full state.
//!
//! Only the hash is kept (hash compaction, as Spin's `-DHC` does): two different states
//! with the same 64 bits would be merged. With a well-mixed hash the chance of one
//! collision among a million states is about 1 in 30 million.

use std::hash::{Hash, Hasher};

use crate::sim::simulation::Simulation;

/// The fingerprint of `sim`'s state with the goal's `progress`; with `control_only`, of
/// just what decides whether it can still fail (see the module docs).
pub fn fingerprint(sim: &Simulation, progress: u32, control_only: bool) -> u64 {
    let mut h = FxHasher::default();
    let k = sim.kernel();
    k.now_ms().hash(&mut h);
    k.states().hash(&mut h);
    k.outcome().is_some().hash(&mut h);
    if control_only {
        sim.world().hash_control(&mut h);
    } else {
        sim.world().hash(&mut h);
    }
    progress.hash(&mut h);
    h.finish()
}

/// A small, fast, deterministic hasher (rustc's Fx), with a final mix so that the low bits
/// used by the hash set and the whole 64 bits kept as a fingerprint are both well spread.
///
/// Not the `rustc-hash` crate's `FxHasher` (used for the Go checker's tables): its state is
/// a `usize`, so in the page's wasm32 it yields 32-bit fingerprints, and 1.4 million
/// states then collide (measured: 243 states of the `two-cvs-while` search merged).
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// The splitmix64 finaliser over the running hash.
    #[inline]
    fn finish(&self) -> u64 {
        let mut z = self.hash;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scenario::parse_query;

    fn sim(query: &str) -> Simulation {
        Simulation::new(parse_query(query).scenario)
    }

    #[test]
    fn two_runs_that_reach_the_same_state_by_different_orders_share_a_fingerprint() {
        // P1 and C1 each take their first step; the order does not matter to the state.
        let mut a = sim("mode=monitor&policy=manual");
        let mut b = a.clone();
        a.step_task(0)
            .and_then(|_| a.step_task(1))
            .expect("P1 then C1");
        b.step_task(1)
            .and_then(|_| b.step_task(0))
            .expect("C1 then P1");
        assert_eq!(fingerprint(&a, 0, false), fingerprint(&b, 0, false));
        assert_ne!(fingerprint(&a, 0, false), fingerprint(&a, 1, false));
    }

    #[test]
    fn a_step_that_changes_the_program_changes_the_fingerprint() {
        let mut a = sim("mode=monitor&policy=manual");
        let before = fingerprint(&a, 0, false);
        a.step_task(0).expect("P1 can run");
        assert_ne!(before, fingerprint(&a, 0, false));
    }
}
