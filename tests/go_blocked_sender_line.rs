#![cfg(not(target_arch = "wasm32"))]
//! A blocked task's card highlights the statement it is blocked on: a sender waiting for
//! room sits on `ch <- i`, not on the sleep after it.

use producer_consumer_lab::sim::{Action, Scenario, Simulation, StepResult, TaskState, WaitReason};

/// Steps `sim` until its last action matches `pred`.
fn step_until(sim: &mut Simulation, pred: impl Fn(&Action) -> bool) {
    while sim.step() == StepResult::Stepped {
        if pred(&sim.event().action) {
            return;
        }
    }
    panic!("the run ended before the awaited step");
}

fn line_text(sim: &Simulation, task: usize) -> String {
    let listings = producer_consumer_lab::sim::world::World::listings(sim.scenario());
    listings[task][sim.world().line_of(task)].clone()
}

#[test]
fn a_sender_blocked_on_a_full_buffer_sits_on_its_send_line() {
    let mut sim = Simulation::new(Scenario {
        items: 8,
        ..Scenario::default()
    });
    step_until(&mut sim, |a| matches!(a, Action::SendBlocked { .. }));
    assert_eq!(
        sim.kernel().state(0),
        TaskState::Blocked(WaitReason::SendFull)
    );
    assert!(
        line_text(&sim, 0).contains("ch <- i"),
        "{}",
        line_text(&sim, 0)
    );
}

#[test]
fn a_woken_sender_moves_on_to_its_sleep_line() {
    let mut sim = Simulation::new(Scenario {
        items: 8,
        ..Scenario::default()
    });
    step_until(&mut sim, |a| matches!(a, Action::SendBlocked { .. }));
    step_until(&mut sim, |a| {
        matches!(
            a,
            Action::ReceivedFromBuffer {
                refill: Some(_),
                ..
            }
        )
    });
    assert_eq!(sim.kernel().state(0), TaskState::Ready);
    assert!(
        line_text(&sim, 0).contains("time.Sleep"),
        "{}",
        line_text(&sim, 0)
    );
}

#[test]
fn an_unbuffered_sender_waits_on_its_send_line_until_taken() {
    let mut sim = Simulation::new(Scenario {
        capacity: 0,
        consume_ms: vec![8000],
        ..Scenario::default()
    });
    step_until(&mut sim, |a| matches!(a, Action::SendBlocked { .. }));
    assert_eq!(
        sim.kernel().state(0),
        TaskState::Blocked(WaitReason::SendNoReceiver)
    );
    assert!(line_text(&sim, 0).contains("ch <- i"));
    step_until(&mut sim, |a| matches!(a, Action::ReceivedFromSender { .. }));
    assert!(line_text(&sim, 0).contains("time.Sleep"));
}
