//! The kernel's own rules, one test each: what a zero sleep does under each kernel, who
//! holds the processor, spawning, yielding, and timers coming due (each was a mutant that
//! the scenario-level tests let live; see the README, "Mutation testing").

use super::*;

fn ready(k: &Kernel) -> Vec<TaskId> {
    k.ready_queue().collect()
}

#[test]
fn a_zero_sleep_yields_the_processor_under_os_threads_and_returns_at_once_otherwise() {
    let mut threads = Kernel::os_threads(2);
    assert!(threads.dispatch(0));
    threads.sleep(0, 0);
    // Even under a policy that keeps the running thread, the sleeper has left the CPU.
    threads.end_of_step(true);
    assert_eq!(threads.state(0), TaskState::Ready);
    assert_eq!(threads.current(), None);
    assert_eq!(ready(&threads), [1, 0], "the sleeper rejoins the tail");

    let mut go = Kernel::new(2);
    assert!(go.dispatch(0));
    go.sleep(0, 0);
    assert_eq!(
        go.state(0),
        TaskState::Running,
        "Go's zero sleep does not park"
    );
    assert_eq!(ready(&go), [1]);
}

#[test]
fn no_task_holds_the_processor_before_the_first_dispatch_or_after_it_yields() {
    let mut k = Kernel::new(3);
    assert_eq!(k.current(), None);
    assert!(k.dispatch(2));
    assert_eq!(k.current(), Some(2));
    k.end_of_step(true);
    assert_eq!(k.current(), Some(2), "run-until-block keeps it");
    k.end_of_step(false);
    assert_eq!(k.current(), None);
    assert_eq!(ready(&k), [0, 1, 2]);
}

#[test]
fn a_spawned_task_takes_the_next_index_and_is_ready_at_once() {
    let mut k = Kernel::new(2);
    assert_eq!(k.spawn(), 2);
    assert_eq!(k.spawn(), 3);
    assert_eq!(k.state(3), TaskState::Ready);
    assert_eq!(ready(&k), [0, 1, 2, 3]);
    let mut go = Kernel::go_runtime(vec![0]);
    assert!(go.dispatch(0));
    assert_eq!(go.spawn(), 1);
    assert_eq!(
        go.runnext(),
        Some(1),
        "Go's newproc puts the new goroutine in runnext"
    );
}

#[test]
fn a_yield_gives_up_the_processor_and_queues_the_task_last() {
    let mut k = Kernel::new(3);
    assert!(k.dispatch(1));
    k.yield_now(1);
    assert_eq!(k.current(), None);
    assert_eq!(k.state(1), TaskState::Ready);
    assert_eq!(ready(&k), [0, 2, 1]);
    // A task that does not hold the processor keeps whoever does.
    assert!(k.dispatch(0));
    k.yield_now(2);
    assert_eq!(k.current(), Some(0));
}

#[test]
fn timers_and_sleepers_come_due_in_time_order_and_only_when_the_clock_reaches_them() {
    let mut k = Kernel::new(2);
    assert!(!k.advance_to_next(), "nothing pending");
    assert!(k.dispatch(0));
    k.sleep(0, 30);
    k.end_of_step(false);
    // The smallest token allowed: the task count.
    k.add_timer(20, 2);
    assert_eq!(k.pop_due(), None, "nothing is due at 0 ms");
    assert!(k.advance_to_next());
    assert_eq!(k.now_ms(), 20);
    assert_eq!(k.pop_due(), Some(2), "the timer token, no task woken");
    assert_eq!(k.pop_due(), None);
    assert_eq!(k.state(0), TaskState::Sleeping { until_ms: 30 });
    assert!(k.advance_to_next());
    assert_eq!(k.now_ms(), 30);
    assert_eq!(k.pop_due(), Some(0));
    assert_eq!(k.state(0), TaskState::Ready);
    assert_eq!(ready(&k), [1, 0]);
    assert!(!k.advance_to_next());
}
