#![cfg(not(target_arch = "wasm32"))]
//! A million-step [`Run`] keeps its history under 64 MB, and `memory_bytes` is honest: a
//! counting allocator shows the heap the run really holds is never more than it reports.
//!
//! One test only: the allocator counts every thread, so nothing may run beside it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use producer_consumer_lab::sim::history::Run;
use producer_consumer_lab::sim::{PolicyKind, Scenario};

/// The system allocator, counting the bytes currently allocated.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; only counts are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as ours.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MILLION: u64 = 1_000_000;
const BUDGET: usize = 64 << 20;

/// Runs that stress the logs differently: the seed scaled up, the most tasks, the most
/// state changes per step (unbuffered, round robin, short sleeps), a random schedule.
fn heavy_scenarios() -> Vec<(&'static str, Scenario)> {
    let crowd = Scenario {
        producers: 16,
        consumers: 16,
        capacity: 0,
        items: 100_000,
        produce_ms: vec![1, 0, 3],
        consume_ms: vec![2, 5],
        policy: PolicyKind::RoundRobin,
        ..Scenario::default()
    };
    let seed = Scenario {
        items: MILLION as u32,
        ..Scenario::default()
    };
    vec![
        ("seed scaled up", seed.clone()),
        ("16x16 unbuffered round robin", crowd.clone()),
        (
            "1x1 unbuffered ping-pong",
            Scenario {
                producers: 1,
                consumers: 1,
                items: MILLION as u32,
                ..crowd.clone()
            },
        ),
        (
            "4x4 random, capacity 64",
            Scenario {
                producers: 4,
                consumers: 4,
                capacity: 64,
                policy: PolicyKind::Random,
                seed: 11,
                ..crowd
            },
        ),
    ]
}

#[test]
fn a_million_step_run_keeps_history_under_64_mb_and_reports_it_honestly() {
    for (name, scenario) in heavy_scenarios() {
        let before = LIVE.load(Ordering::Relaxed);
        let mut run = Run::new(scenario);
        let steps = run.run_to_end(MILLION);
        let held = LIVE.load(Ordering::Relaxed).saturating_sub(before) + size_of::<Run>();
        let reported = run.memory_bytes();
        eprintln!("{name}: {steps} steps, {held} bytes held, {reported} reported");
        assert_eq!(steps, MILLION, "{name}: the run is long enough");
        assert!(reported < BUDGET, "{name}: {reported} bytes is over budget");
        assert!(
            held <= reported,
            "{name}: holds {held} bytes but reports {reported}"
        );
        assert!(
            reported <= held * 3 / 2,
            "{name}: {reported} overstates {held}"
        );
        // Seeking anywhere keeps the footprint: replay only rewrites the current state.
        run.seek(123_456);
        run.seek(MILLION - 7);
        assert_eq!(run.memory_bytes(), reported, "{name}");
    }
}
