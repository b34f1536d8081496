//! Scheduling policies: which runnable task runs the next statement.
//!
//! The kernel keeps runnable tasks in the order they became ready; a policy only chooses
//! among them. `manual` gets its choices from the caller (the learner, or a schedule).

use super::kernel::Kernel;
use super::rng::Rng;
use super::scenario::PolicyKind;
use super::task::TaskId;

/// Picks the task to run next under `policy`, or `None` when the caller must choose
/// (`manual`) or nothing can run.
pub fn pick(policy: PolicyKind, kernel: &Kernel, rng: &mut Rng) -> Option<TaskId> {
    match policy {
        PolicyKind::RunUntilBlock | PolicyKind::RoundRobin => kernel.next_in_order(),
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
    policy == PolicyKind::RunUntilBlock
}

/// The policy's name in URLs and the trace tool.
pub fn name(policy: PolicyKind) -> &'static str {
    match policy {
        PolicyKind::RunUntilBlock => "run-until-block",
        PolicyKind::RoundRobin => "round-robin",
        PolicyKind::Random => "random",
        PolicyKind::Manual => "manual",
    }
}
