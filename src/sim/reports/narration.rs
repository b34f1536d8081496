//! One plain-English sentence for the last step, for the page's live region: what the
//! task did, and why it had to wait if it did.
//!
//! Example: "P1 tried to send 4 but the buffer is full (2/2), so P1 blocks until a
//! consumer receives."

use super::narration_sync::describe_sync;
use super::why_next;
use crate::sim::event::{Action, StepEvent};
use crate::sim::go;
use crate::sim::kernel::Outcome;
use crate::sim::scenario::PolicyKind;
use crate::sim::simulation::Simulation;
use crate::sim::task::{TaskId, WaitReason};

/// The sentence for `sim`'s last step (and its outcome, if the run just ended).
pub fn narrate(sim: &Simulation) -> String {
    let ev = sim.event();
    if ev.step == 0 && sim.scenario().policy == PolicyKind::GoRuntime {
        return "Ready to start, in the order Go starts them: main first, then the task \
            created last, then creation order."
            .to_string();
    }
    if ev.step == 0 && sim.scenario().policy == PolicyKind::OsThreads {
        return "Ready to start, as the real C program starts its threads: producers, then \
            consumers, then main. Each marker gives the CPU away, even with a zero pause."
            .to_string();
    }
    if ev.step == 0 {
        return "Ready to start: every task is ready, in creation order.".to_string();
    }
    let mut text = String::new();
    if let Some(from) = ev.clock_from_ms {
        text.push_str(&format!(
            "Nothing could run, so the clock jumped from {from} ms to {} ms. ",
            ev.time_ms
        ));
    }
    let name = |t: TaskId| sim.task_name(t);
    if let Some(why) = why_next::explain(ev.pick, &name) {
        text.push_str(&format!("{} runs next: {why}. ", name(ev.task)));
    }
    text.push_str(&describe(sim, ev));
    match sim.outcome() {
        Some(outcome) => {
            text.push(' ');
            text.push_str(&ending(outcome));
        }
        None => {
            if let Some(only) = only_one_left(sim) {
                text.push_str(&format!(" Only {} can run now.", name(only)));
            }
        }
    }
    text
}

/// The one task that can run, when this step's task just stopped (blocked, asleep or
/// done) and left it the only choice: worth saying when every worker waits and main can
/// still run, which looks like a deadlock but is not.
fn only_one_left(sim: &Simulation) -> Option<TaskId> {
    let k = sim.kernel();
    let ran = sim.event().task;
    if k.state(ran).is_runnable() || k.runnable_count() != 1 {
        return None;
    }
    k.runnable().next()
}

/// The sentence for how a run ended. A monitor or semaphore deadlock is only named here:
/// the page follows it with `World::explain_deadlock`, which says who waits on what.
pub fn ending(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Finished => "The run finished: every task ran to its end.".to_string(),
        Outcome::Deadlock { message } if message == go::DEADLOCK_MESSAGE => {
            format!("No goroutine can ever run again, so Go stops the program: {message}")
        }
        Outcome::Deadlock { .. } => "The run is deadlocked.".to_string(),
        Outcome::Error { message } => format!("The run stopped with an error: {message}."),
    }
}

fn describe(sim: &Simulation, ev: &StepEvent) -> String {
    let who = sim.task_name(ev.task);
    let name = |t: TaskId| sim.task_name(t);
    let cap = sim.scenario().capacity;
    match &ev.action {
        Action::Start => format!("{who} is ready."),
        Action::LoopCheck { continues: true } => format!("{who} starts another round of its loop."),
        Action::LoopCheck { continues: false } => format!("{who} has finished its loop."),
        Action::Printed => match ev.print {
            Some(print) => format!("{who} prints \"{}\".", print.text()),
            None => format!("{who} prints."),
        },
        Action::SentToBuffer { item, slot } => format!(
            "{who} sends {} into slot {slot} of the buffer ({}/{cap} full).",
            item.value,
            sim.world().buffered()
        ),
        Action::HandedOff { item, to } => format!(
            "{who} hands {} straight to {}, who was waiting; it never enters the buffer, and {} wakes.",
            item.value,
            name(*to),
            name(*to)
        ),
        Action::SendBlocked { item, reason, len } => match reason {
            WaitReason::SendNoReceiver => format!(
                "{who} tried to send {} but the channel is unbuffered and no receiver is waiting, so {who} blocks until a consumer receives.",
                item.value
            ),
            _ => format!(
                "{who} tried to send {} but the buffer is full ({len}/{cap}), so {who} blocks until a consumer receives.",
                item.value
            ),
        },
        Action::ReceivedFromBuffer { item, slot, refill } => {
            let mut s = format!("{who} receives {} from slot {slot}, the head of the buffer.", item.value);
            if let Some((sender, held, to_slot)) = refill {
                s.push_str(&format!(
                    " That made room, so {}'s waiting value {} moves into slot {to_slot} and {} wakes.",
                    name(*sender),
                    held.value,
                    name(*sender)
                ));
            }
            s
        }
        Action::ReceivedFromSender { item, from } => format!(
            "{who} takes {} directly from {}, who was blocked sending; {} wakes.",
            item.value,
            name(*from),
            name(*from)
        ),
        Action::ReceiveBlocked => format!(
            "{who} tried to receive but the buffer is empty, so {who} blocks until a producer sends or the channel closes."
        ),
        Action::RangeEnded => format!("{who} finds the channel closed and drained, so its range loop ends."),
        Action::Slept { until_ms } if *until_ms == ev.time_ms => format!("{who} sleeps for 0 ms and carries on."),
        Action::Slept { until_ms } => format!("{who} sleeps until {until_ms} ms."),
        Action::Closed { closed: true } => closed_sentence(&who, &ev.woke, &name),
        Action::Closed { closed: false } => format!("{who} is done; other producers are still sending, so it leaves the channel open."),
        Action::Exited => format!("{who} returns."),
        Action::Failed { message } => format!("{who} fails: {message}."),
        other => describe_sync(&who, other, &name),
    }
}

fn closed_sentence(who: &str, woke: &[TaskId], name: &dyn Fn(TaskId) -> String) -> String {
    if woke.is_empty() {
        format!("{who} closes the channel.")
    } else {
        let names: Vec<String> = woke.iter().map(|&t| name(t)).collect();
        format!("{who} closes the channel, waking {}.", names.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scenario::Scenario;
    use crate::sim::simulation::StepResult;

    /// Steps until `pred` holds for the last event, or the run ends.
    fn step_until(sim: &mut Simulation, pred: impl Fn(&Action) -> bool) {
        while sim.step() == StepResult::Stepped {
            if pred(&sim.event().action) {
                return;
            }
        }
        panic!("the run ended before the awaited step");
    }

    #[test]
    fn a_blocked_send_names_the_value_the_fill_level_and_the_way_out() {
        let mut sim = Simulation::new(Scenario {
            items: 8,
            ..Scenario::default()
        });
        step_until(&mut sim, |a| matches!(a, Action::SendBlocked { .. }));
        assert_eq!(
            narrate(&sim),
            "P1 tried to send 7 but the buffer is full (2/2), so P1 blocks until a consumer receives."
        );
    }

    #[test]
    fn the_os_threads_order_is_explained_before_the_first_step() {
        let sim = Simulation::new(Scenario {
            policy: PolicyKind::OsThreads,
            ..Scenario::default()
        });
        assert!(narrate(&sim).contains("Each marker gives the CPU away, even with a zero pause."));
    }

    #[test]
    fn a_clock_jump_is_told_before_the_step_it_precedes() {
        let mut sim = Simulation::new(Scenario::default());
        step_until(&mut sim, |_| true);
        while sim.event().clock_from_ms.is_none() {
            assert_eq!(sim.step(), StepResult::Stepped);
        }
        assert!(narrate(&sim)
            .starts_with("Nothing could run, so the clock jumped from 0 ms to 5000 ms. P1"));
    }

    #[test]
    fn the_last_step_also_tells_how_the_run_ended() {
        let mut sim = Simulation::new(Scenario::default());
        sim.run_to_end(1000);
        assert!(narrate(&sim).ends_with("The run finished: every task ran to its end."));
    }
}
