#![cfg(not(target_arch = "wasm32"))]
//! The page's words are true and say each thing once: why Go ran a goroutine next, a
//! deadlock named once, a failed thread shown as failed, "only main can run" when every
//! worker waits, and a seed preset that no longer claims the buffer never fills.

use producer_consumer_lab::sim::event::Action;
use producer_consumer_lab::sim::reports::narration::narrate;
use producer_consumer_lab::sim::scenario::{parse_query, preset};
use producer_consumer_lab::sim::simulation::Simulation;
use producer_consumer_lab::sim::{Scenario, TaskState, WaitReason};

/// A run of `query`, which must parse cleanly.
fn sim_of(query: &str) -> Simulation {
    let parsed = parse_query(query);
    assert_eq!(parsed.errors, vec![], "{query}");
    Simulation::new(parsed.scenario)
}

/// Every narration sentence of a whole run.
fn narrations(mut sim: Simulation) -> Vec<String> {
    let mut all = Vec::new();
    while sim.run_to_end(1) == 1 {
        all.push(narrate(&sim));
    }
    all
}

#[test]
fn a_goroutine_that_go_runs_from_runnext_is_explained_in_plain_words() {
    // Fan-out, unbuffered: each send hands its value to a waiting consumer, and Go runs
    // the consumer that send woke before the ones that were ready longer.
    let all = narrations(sim_of(
        "consumers=3&capacity=0&items=3&produce_ms=0&consume_ms=0",
    ));
    let woken = "Go runs the goroutine that P1's send just woke next, ahead of those ready longer.";
    assert!(all.iter().any(|s| s.contains(woken)), "{all:#?}");
    let created = "Go runs the goroutine created last first, then the others in creation order.";
    assert!(all.iter().any(|s| s.contains(created)), "{all:#?}");
}

#[test]
fn the_first_come_order_explains_its_picks_as_longest_ready() {
    let all = narrations(sim_of(
        "consumers=3&capacity=0&items=3&produce_ms=0&consume_ms=0&policy=run-until-block",
    ));
    assert!(all
        .iter()
        .any(|s| s.contains("runs next: it has been ready longest.")));
    assert!(
        !all.iter().any(|s| s.contains("Go runs")),
        "first come is not Go's order"
    );
}

#[test]
fn a_go_deadlock_is_named_once_with_gos_own_message() {
    let all = narrations(sim_of("preset=forgot-close"));
    let last = all.last().cloned().unwrap_or_default();
    assert!(last.ends_with(
        "No goroutine can ever run again, so Go stops the program: \
         fatal error: all goroutines are asleep - deadlock!"
    ));
    assert_eq!(last.matches("deadlock").count(), 1, "{last}");
}

#[test]
fn a_monitor_deadlock_sentence_leaves_the_explanation_to_say_why() {
    let mut sim = sim_of("preset=ostep-fig-30-11");
    sim.run_to_end(1000);
    let sentence = narrate(&sim);
    let explanation = sim
        .world()
        .explain_deadlock(sim.kernel())
        .unwrap_or_default();
    assert!(sentence.ends_with("The run is deadlocked."), "{sentence}");
    assert!(
        explanation.starts_with("Every thread is asleep"),
        "{explanation}"
    );
    assert!(
        !sentence.contains("asleep"),
        "said twice: {sentence} / {explanation}"
    );
}

#[test]
fn the_thread_that_fails_a_safety_check_is_failed_not_ready() {
    let mut sim = sim_of("preset=ostep-fig-30-9");
    sim.run_to_end(1000);
    let failed = sim.event().task;
    assert!(matches!(sim.event().action, Action::Failed { .. }));
    assert_eq!(sim.kernel().state(failed), TaskState::Failed);
    let others_failed = (0..sim.scenario().task_count())
        .filter(|&t| sim.kernel().state(t) == TaskState::Failed)
        .count();
    assert_eq!(others_failed, 1);
}

#[test]
fn when_every_worker_waits_the_narration_says_main_can_still_run() {
    // The producer's last step lets main out of its join while both consumers wait on
    // `fill`: it looks like a deadlock, but main can run.
    let mut sim = sim_of("mode=monitor&consumers=2&items=1&policy=run-until-block");
    let mut said = None;
    while sim.run_to_end(1) == 1 {
        let waiting = |t| {
            matches!(
                sim.kernel().state(t),
                TaskState::Blocked(WaitReason::Cond(_))
            )
        };
        if waiting(1) && waiting(2) && sim.kernel().state(3).is_runnable() {
            said = Some(narrate(&sim));
            break;
        }
    }
    let said = said.unwrap_or_default();
    assert!(said.ends_with(" Only main can run now."), "{said:?}");
}

#[test]
fn the_seed_preset_asks_whether_the_buffer_fills_and_the_run_answers_it() {
    let Some(seed) = preset("seed") else {
        panic!("the seed preset is missing");
    };
    // The blurb asks; the run below is the answer the learner finds.
    assert!(seed.explanation.contains("will the buffer ever fill"));
    assert!(seed.explanation.contains("ever have to wait?"));
    let mut sim = Simulation::new(Scenario::default());
    let (mut full, mut waited) = (false, false);
    while sim.run_to_end(1) == 1 {
        full |= sim.world().buffered() == 2;
        waited |= matches!(sim.event().action, Action::SendBlocked { .. });
    }
    assert!(
        full && !waited,
        "the buffer fills and the producer never blocks"
    );
}
