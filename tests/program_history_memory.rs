#![cfg(not(target_arch = "wasm32"))]
//! A learner program's million-step history (`golang::program_run::ProgramRun`) stays
//! under 64 MB, counted by a counting allocator: the checkpoints (one per 256 steps), the
//! picks, and the run itself with everything it printed, for a chatty producer-consumer
//! program whose every fourth statement prints a line.
//!
//! One test only: the allocator counts every thread, so nothing may run beside it.

use producer_consumer_lab::sim::golang::{self, program_run::ProgramRun};
use producer_consumer_lab::sim::scenario::PolicyKind;

mod counting_alloc;

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
        let before = counting_alloc::live();
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
        let held = counting_alloc::live().saturating_sub(before);
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
