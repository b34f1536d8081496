//! The manual scheduler's buttons, in fixed places: one slot per task, always in the
//! order P1..Pn, C1..Cm, main (the task numbering), so a button never moves and digit key
//! `k` always means task `k`. A task that cannot run keeps its place, disabled, with the
//! reason in words.

use super::refused_pick::RefusedPick;
use super::simulation::Simulation;
use super::task::TaskId;

/// One task's button.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickSlot {
    /// The task (also its place: slot `k` is task `k`).
    pub task: TaskId,
    /// Its name, `P1`.
    pub name: String,
    /// The digit key that picks it (tasks 1 to 9), `None` past the ninth.
    pub key: Option<char>,
    /// Why it cannot run now ("it is blocked on an empty buffer"), or `None` if it can.
    pub why_not: Option<String>,
    /// When every task sleeps, the runnable tasks are those the next clock jump wakes: the
    /// time it jumps to.
    pub wakes_at_ms: Option<u64>,
}

/// Every task's slot for `sim`'s next pick, in task order. Empty once the run has ended.
pub fn pick_slots(sim: &Simulation) -> Vec<PickSlot> {
    if sim.outcome().is_some() {
        return Vec::new();
    }
    let waking = sim.kernel().runnable_count() == 0;
    let wakes_at = sim.kernel().next_wakeup_ms().filter(|_| waking);
    (0..sim.scenario().task_count())
        .map(|task| {
            let why_not = RefusedPick::check(sim, task).map(|r| r.reason());
            PickSlot {
                task,
                name: sim.task_name(task),
                key: u32::try_from(task + 1)
                    .ok()
                    .filter(|&k| k <= 9)
                    .and_then(|k| char::from_digit(k, 10)),
                wakes_at_ms: wakes_at.filter(|_| why_not.is_none()),
                why_not,
            }
        })
        .collect()
}

/// The task digit key `digit` (1 to 9) stands for, if the run has that many tasks.
pub fn task_for_digit(sim: &Simulation, digit: usize) -> Option<TaskId> {
    let task = digit.checked_sub(1)?;
    (digit <= 9 && task < sim.scenario().task_count()).then_some(task)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scenario::parse_query;

    #[test]
    fn the_slots_keep_their_places_for_twenty_picks_and_name_why_a_task_cannot_run() {
        let parsed = parse_query("mode=monitor&consumers=2&capacity=1&policy=manual");
        let mut sim = Simulation::new(parsed.scenario);
        let names = ["P1", "C1", "C2", "main"];
        for _ in 0..20 {
            let slots = pick_slots(&sim);
            let shown: Vec<&str> = slots.iter().map(|s| s.name.as_str()).collect();
            assert_eq!(shown, names);
            let keys: Vec<Option<char>> = slots.iter().map(|s| s.key).collect();
            assert_eq!(keys, [Some('1'), Some('2'), Some('3'), Some('4')]);
            for slot in &slots {
                assert_eq!(slot.why_not.is_none(), sim.choices().contains(&slot.task));
            }
            // Always the last runnable task, so that the offered set changes.
            let last = *sim.choices().last().expect("a task can run");
            sim.step_task(last).expect("runnable");
        }
        assert!(pick_slots(&sim).iter().any(|s| s.why_not.is_some()));
        assert_eq!(task_for_digit(&sim, 4), Some(3));
        assert_eq!(task_for_digit(&sim, 5), None);
    }
}
