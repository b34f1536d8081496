//! Scheduling policies: which runnable task runs the next statement.
//!
//! The kernel keeps runnable tasks in the order they became ready; a policy only chooses
//! among them. `manual` gets its choices from the caller (the learner, or a schedule).
//!
//! `go-runtime` also decides the order itself: it starts the run with a kernel that follows
//! Go 1.19's single-processor scheduler ([`Kernel::go_runtime`]) and tasks ready in Go's
//! start order ([`start_order`]); then it runs like `run-until-block`.
//!
//! `os-threads` runs like `run-until-block` too, on a kernel where a zero pause yields
//! ([`Kernel::os_threads`]); its mutex rules live in the monitor program (`monitor/`).

use super::kernel::Kernel;
use super::rng::Rng;
use super::scenario::{Mode, PolicyKind, Scenario};
use super::task::TaskId;

/// Picks the task to run next under `policy`, or `None` when the caller must choose
/// (`manual`) or nothing can run.
pub fn pick(policy: PolicyKind, kernel: &Kernel, rng: &mut Rng) -> Option<TaskId> {
    match policy {
        PolicyKind::RunUntilBlock
        | PolicyKind::RoundRobin
        | PolicyKind::GoRuntime
        | PolicyKind::OsThreads => kernel.next_in_order(),
        PolicyKind::Random => {
            let n = kernel.runnable_count();
            if n == 0 {
                return None;
            }
            kernel.runnable().nth(rng.below(n))
        }
        PolicyKind::Manual => None,
    }
}

/// True when the task that just ran keeps the processor until it blocks.
pub fn keeps_running(policy: PolicyKind) -> bool {
    // Under os-threads a thread also keeps running until its next marker, which yields.
    matches!(
        policy,
        PolicyKind::RunUntilBlock | PolicyKind::GoRuntime | PolicyKind::OsThreads
    )
}

/// The policy's name in URLs and the trace tool.
pub fn name(policy: PolicyKind) -> &'static str {
    policy.name()
}

/// The kernel a run of `scenario` starts with: Go's under `go-runtime`; under `os-threads`
/// one where a zero pause yields; otherwise `SEMANTICS.md` §1's. Except under `go-runtime`,
/// every task is ready in creation order: producers, consumers, then main, as
/// `main-common.c` creates the threads.
pub fn new_kernel(scenario: &Scenario) -> Kernel {
    match scenario.policy {
        PolicyKind::GoRuntime => Kernel::go_runtime(start_order(scenario)),
        PolicyKind::OsThreads => Kernel::os_threads(scenario.task_count()),
        _ => Kernel::new(scenario.task_count()),
    }
}

/// The order in which tasks are first ready under `go-runtime`, as Go 1.19 starts them.
///
/// `go f()` puts the new goroutine in `runnext` (the previous one moves to the tail) and
/// main keeps running, so main runs first; once it blocks, the goroutine it created last
/// runs, then the others in creation order. In Go mode with one consumer, main *is* C1
/// (seed.md) and reaches `range ch` after starting the producers: C1, Pp, P1..P(p-1). With
/// more, main starts every goroutine and waits in `wg.Wait`, which is not a task here:
/// Cc, P1..Pp, C1..C(c-1). In the monitor and semaphore modes main (the last task) creates
/// the threads and then joins: main, Cc, P1..Pp, C1..C(c-1).
pub fn start_order(scenario: &Scenario) -> Vec<TaskId> {
    let p = usize::from(scenario.producers);
    let c = usize::from(scenario.consumers);
    let (main, created) = match scenario.mode {
        Mode::Go if c == 1 => (Some(p), p),
        Mode::Go => (None, p + c),
        Mode::Monitor | Mode::Semaphore => (Some(p + c), p + c),
    };
    let last = created.checked_sub(1);
    let rest = (0..created).filter(move |&t| Some(t) != last);
    main.into_iter().chain(last).chain(rest).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(mode: Mode, producers: u8, consumers: u8) -> Vec<TaskId> {
        let scenario = Scenario {
            mode,
            producers,
            consumers,
            ..Scenario::default()
        };
        start_order(&scenario)
    }

    #[test]
    fn with_one_consumer_main_is_c1_and_runs_first_then_the_last_producer() {
        // P1 P2 P3 are tasks 0..3, C1 is task 3.
        assert_eq!(order(Mode::Go, 3, 1), vec![3, 2, 0, 1]);
        assert_eq!(order(Mode::Go, 1, 1), vec![1, 0]);
    }

    #[test]
    fn with_several_consumers_the_last_consumer_runs_first_then_creation_order() {
        // P1 P2 are 0 1; C1 C2 C3 are 2 3 4: C3, P1, P2, C1, C2.
        assert_eq!(order(Mode::Go, 2, 3), vec![4, 0, 1, 2, 3]);
    }

    #[test]
    fn in_monitor_mode_main_runs_first_then_the_last_thread_it_created() {
        // P1 is 0, C1 C2 are 1 2, main is 3.
        assert_eq!(order(Mode::Monitor, 1, 2), vec![3, 2, 0, 1]);
        assert_eq!(order(Mode::Semaphore, 1, 1), vec![2, 1, 0]);
    }
}
