//! The interpreter's channel and sync operations, one rule per test, each aimed at a
//! mutant that the corpus and the property tests let live (README, "Mutation testing").
//! Expected outputs were printed by Go 1.19 built with `-tags faketime` and run with
//! `GOMAXPROCS=1` (`python3 tools/go-programs/gorun.py --runs 3 tests/golang_rules/*.go`:
//! the same in every run), except the lab's own wait reasons, which Go does not print
//! apart ("chan send" for both).
#![cfg(not(target_arch = "wasm32"))]

use producer_consumer_lab::sim::golang::{self, GoRun};
use producer_consumer_lab::sim::scenario::PolicyKind;
use producer_consumer_lab::sim::task::{TaskState, WaitReason};

/// Runs `src` to its end in Go's order.
fn run(src: &str) -> GoRun {
    let program = golang::build(src).expect("the program is in the subset");
    let mut run = GoRun::new(program, PolicyKind::GoRuntime, 1);
    run.run_to_end();
    run
}

#[test]
fn a_select_finds_the_ready_receive_that_follows_a_send_case() {
    // The send case's value sits between the two channels on the stack.
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfull := make(chan int)\n\tready := make(chan int, 1)\n\tready <- 7\n\tselect {\n\tcase full <- 5:\n\t\tfmt.Println(\"sent\")\n\tcase v := <-ready:\n\t\tfmt.Println(\"received\", v)\n\t}\n}\n";
    assert_eq!(run(src).stdout(), "received 7\n");
}

#[test]
fn a_sender_waits_for_a_receiver_on_an_unbuffered_channel_and_for_room_on_a_full_one() {
    let unbuffered = run("package main\n\nfunc main() {\n\tch := make(chan int)\n\tch <- 1\n}\n");
    assert_eq!(
        unbuffered.kernel.state(0),
        TaskState::Blocked(WaitReason::SendNoReceiver)
    );
    let full =
        run("package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 1\n\tch <- 2\n}\n");
    assert_eq!(
        full.kernel.state(0),
        TaskState::Blocked(WaitReason::SendFull)
    );
}

/// Runs `tests/golang_rules/NAME.go` and returns what it printed, with the output Go 1.19
/// printed for it (`NAME.out`, recorded with `tools/go-programs/gorun.py`).
fn printed_and_real(name: &str) -> (String, String) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golang_rules");
    let src = std::fs::read_to_string(dir.join(format!("{name}.go"))).expect("the program");
    let real = std::fs::read_to_string(dir.join(format!("{name}.out"))).expect("Go's output");
    (run(&src).stdout(), real)
}

#[test]
fn a_mutex_held_across_sleeps_goes_into_starvation_mode_and_hands_off_as_go_does() {
    let (lab, real) = printed_and_real("mutex_starvation");
    assert_eq!(lab, real);
}

#[test]
fn a_select_woken_by_close_receives_the_zero_value_and_not_ok() {
    let (lab, real) = printed_and_real("select_closed");
    assert_eq!(lab, real);
}

#[test]
fn a_select_with_two_ready_cases_chooses_each_of_them_over_many_turns() {
    let (lab, real) = printed_and_real("select_two_ready");
    assert_eq!(lab, real);
}

#[test]
fn mutexes_conds_and_waitgroups_under_contention_print_what_go_printed() {
    // Hand-offs after sleeps of several lengths down to the last waiter, a lock held
    // across a channel receive, a Cond with Signal and Broadcast, a WaitGroup reused.
    for name in [
        "mutex_last_waiter",
        "mutex_block_inside",
        "cond_queue",
        "waitgroup_reuse",
    ] {
        let (lab, real) = printed_and_real(name);
        assert_eq!(lab, real, "{name}");
    }
}

#[test]
fn a_time_after_that_is_due_at_once_fires_when_main_blocks_ahead_of_ready_goroutines() {
    // Go's findRunnable runs checkTimers before the run queue: the woken main takes
    // runnext; a select with default never waits, so its timer has not fired yet.
    let (lab, real) = printed_and_real("timer_due_at_once");
    assert_eq!(lab, real);
}

#[test]
fn sync_waitgroup_and_mutex_literals_and_their_addresses_are_fresh_zero_values() {
    // `sync.WaitGroup{}`, `&sync.WaitGroup{}` and a package-level `sync.Mutex{}`.
    let (lab, real) = printed_and_real("sync_literals");
    assert_eq!(lab, real);
}
