#![cfg(not(target_arch = "wasm32"))]
//! A learner program's million-step history (`golang::program_run::ProgramRun`) stays
//! under 64 MB, counted by a counting allocator: the checkpoints (one per 256 steps), the
//! picks, and the run itself with everything it printed, for a chatty producer-consumer
//! program whose every fourth statement prints a line.
//!
//! One test only: the allocator counts every thread, so nothing may run beside it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use producer_consumer_lab::sim::golang::{self, program_run::ProgramRun};
use producer_consumer_lab::sim::scenario::PolicyKind;

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
/// 64 MB, counted in decimal megabytes (the stricter reading).
const BUDGET: usize = 64_000_000;

/// Four producers and three consumers over a buffered channel, printing as they go, with
/// a WaitGroup and a mutex-guarded counter: goroutines, channels, sync objects and output
/// all live in every checkpoint.
const CHATTY: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nvar mu sync.Mutex\nvar total = 0\n\nfunc producer(id int, ch chan<- int) {\n\tfor i := 0; ; i++ {\n\t\tch <- id*1000000 + i\n\t\tfmt.Println(\"produced\", id, i)\n\t}\n}\n\nfunc consumer(id int, ch <-chan int, wg *sync.WaitGroup) {\n\tdefer wg.Done()\n\tfor v := range ch {\n\t\tmu.Lock()\n\t\ttotal += v % 7\n\t\tmu.Unlock()\n\t\tfmt.Println(\"consumed\", id, v)\n\t}\n}\n\nfunc main() {\n\tch := make(chan int, 8)\n\tvar wg sync.WaitGroup\n\tfor p := 1; p <= 4; p++ {\n\t\tgo producer(p, ch)\n\t}\n\tfor c := 1; c <= 3; c++ {\n\t\twg.Add(1)\n\t\tgo consumer(c, ch, &wg)\n\t}\n\twg.Wait()\n}\n";

#[test]
fn a_million_steps_of_a_chatty_program_keep_their_history_under_64_mb() {
    let prog = golang::build(CHATTY).expect("the chatty program builds");
    for policy in [PolicyKind::GoRuntime, PolicyKind::Random] {
        let before = LIVE.load(Ordering::Relaxed);
        let mut run = ProgramRun::new(prog.clone(), policy, 7);
        assert_eq!(
            run.seek(MILLION),
            MILLION,
            "{policy:?} runs a million steps"
        );
        // Travel back and forth: restores must not leave copies behind.
        for target in [10, 500_000, 999_999, MILLION] {
            assert_eq!(run.seek(target), target);
        }
        let lines = run.now().lines().len();
        let held = LIVE.load(Ordering::Relaxed).saturating_sub(before);
        println!(
            "{policy:?}: {MILLION} steps, {lines} lines printed, history and run hold {:.1} MB",
            held as f64 / 1e6
        );
        assert!(
            lines > 100_000,
            "the program printed as it went ({lines} lines)"
        );
        assert!(
            held < BUDGET,
            "{policy:?}: {held} bytes for a million steps"
        );
        drop(run);
    }
}
