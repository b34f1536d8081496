//! What to simulate: a [`Scenario`] is everything that determines a run, and it travels in
//! the page URL as a query string (see `query.rs`).
//!
//! A run is fully determined by the scenario: its mode and variant, its sizes and sleeps,
//! its scheduling policy, its seed and its manual schedule.

mod error;
mod presets;
mod query;
mod sleep_string;

pub use error::{printable, shorten, ParamError, ParamProblem};
pub use presets::{preset, Preset, PRESETS};
pub use query::percent::decode as decode_component;
pub use query::{parse_query, query_pairs, to_query, write_schedule, ParsedScenario};
pub use sleep_string::{SleepString, SleepStringError};

/// The most producers, and the most consumers, a scenario may have.
pub const MAX_PER_SIDE: u8 = 16;
/// The largest buffer (OSTEP's `max`, a Go channel's capacity).
pub const MAX_CAPACITY: u8 = 64;
/// The most items each producer may make.
pub const MAX_ITEMS: u32 = 1000;

/// Which family of programs runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The seed's Go program: goroutines over a channel (`SEMANTICS.md` §1).
    Go,
    /// OSTEP's `threads-cv` programs: a mutex and condition variables (§2).
    Monitor,
    /// The textbook bounded buffer with counting semaphores (§3).
    Semaphore,
}

/// A variant of the monitor or semaphore program. Go mode has none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Variant {
    /// Two condition variables, `while` loops: the correct monitor solution.
    TwoCvsWhile,
    /// Two condition variables, `if` instead of `while` (OSTEP figure 30.9).
    TwoCvsIf,
    /// One condition variable for both waits and signals (OSTEP figure 30.11).
    OneCvWhile,
    /// Unlock around `fill`/`get`: two threads race on one slot.
    TwoCvsWhileExtraUnlock,
    /// Semaphores in the correct order.
    SemCorrect,
    /// The mutex taken outside the counting semaphores: deadlocks (OSTEP chapter 31).
    SemMutexOutside,
}

/// How the scheduler picks the next task to run one statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PolicyKind {
    /// First come, first run: the running task continues until it blocks, sleeps or ends;
    /// then the longest-ready runs, and sleepers wake in the order they began
    /// (`SEMANTICS.md` §1's simple rule, not Go's). URL name `run-until-block`.
    RunUntilBlock,
    /// Go 1.19's own single-processor scheduler (GOMAXPROCS=1), as the real Go runtime runs
    /// the Go program: main first, a `runnext` slot for woken tasks, Go's timer heap.
    GoRuntime,
    /// Switch to the longest-ready task after every statement.
    RoundRobin,
    /// Pick a ready task with the scenario's seeded PRNG.
    Random,
    /// The caller names the task; the choices form the scenario's `schedule`.
    Manual,
    /// How the real OSTEP C programs' pthreads interleave (`SEMANTICS.md` §2): a thread runs
    /// until its next marker, where `sleep(0)` gives the CPU away; a worker's unlock hands
    /// the mutex to the longest waiter; a signalled thread queues for the mutex; main (no
    /// markers) runs until it blocks. The default in the monitor and semaphore modes.
    OsThreads,
}

/// Everything that determines a run. Build one with [`Scenario::default`] (the seed program)
/// or [`parse_query`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Program family.
    pub mode: Mode,
    /// Variant within the family; `None` in Go mode.
    pub variant: Option<Variant>,
    /// Number of producers, 1..=16.
    pub producers: u8,
    /// Number of consumers, 1..=16.
    pub consumers: u8,
    /// Buffer slots: 0..=64 in Go mode (0 is unbuffered), 1..=64 otherwise.
    pub capacity: u8,
    /// Items per producer: 1..=1000 from a URL; wider so benchmarks can scale the seed program.
    pub items: u32,
    /// Go mode: each producer's sleep after a send, in ms; cycled over producers. Never empty.
    pub produce_ms: Vec<u32>,
    /// Go mode: each consumer's sleep after a receive, in ms; cycled over consumers. Never empty.
    pub consume_ms: Vec<u32>,
    /// Go mode: whether the last producer closes the channel (URL `close=0|1`, default 1;
    /// the `forgot-close` preset sets 0 to show Go's deadlock).
    pub close: bool,
    /// Monitor/semaphore mode: OSTEP `-P` sleep string (seconds per marker, per producer).
    pub psleep: SleepString,
    /// Monitor/semaphore mode: OSTEP `-C` sleep string (seconds per marker, per consumer).
    pub csleep: SleepString,
    /// Scheduling policy; a link without `policy` gets [`PolicyKind::default_for`] its mode.
    pub policy: PolicyKind,
    /// Seed for the `random` policy.
    pub seed: u64,
    /// Manual choices, one task index per step, in order (see `query.rs` for the compact form).
    pub schedule: Vec<u8>,
    /// The preset this scenario came from, if any (kept so links stay short and labelled).
    pub preset: Option<&'static str>,
}

impl Default for Scenario {
    /// The seed program: 1 producer, 1 consumer, capacity 2, 5 items, 5000 ms / 8000 ms.
    fn default() -> Self {
        Scenario {
            mode: Mode::Go,
            variant: None,
            producers: 1,
            consumers: 1,
            capacity: 2,
            items: 5,
            produce_ms: vec![5000],
            consume_ms: vec![8000],
            close: true,
            psleep: SleepString::default(),
            csleep: SleepString::default(),
            policy: PolicyKind::GoRuntime,
            seed: 0,
            schedule: Vec::new(),
            preset: None,
        }
    }
}

impl Scenario {
    /// Producer `k`'s (0-based) sleep after each send in Go mode, cycling the list.
    pub fn produce_ms_of(&self, k: usize) -> u64 {
        cycled(&self.produce_ms, k)
    }

    /// Consumer `k`'s (0-based) sleep after each receive in Go mode, cycling the list.
    pub fn consume_ms_of(&self, k: usize) -> u64 {
        cycled(&self.consume_ms, k)
    }

    /// Total number of tasks: producers, consumers, and main in monitor/semaphore mode.
    pub fn task_count(&self) -> usize {
        let main = usize::from(self.mode != Mode::Go);
        usize::from(self.producers) + usize::from(self.consumers) + main
    }
}

/// Entry `k` of a cycled list, 0 for an empty one.
fn cycled(list: &[u32], k: usize) -> u64 {
    match list.len() {
        0 => 0,
        n => u64::from(list[k % n]),
    }
}
