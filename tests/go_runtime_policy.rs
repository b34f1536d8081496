#![cfg(not(target_arch = "wasm32"))]
//! The `go-runtime` policy (Go 1.19's single-processor scheduler) beyond the recorded Go
//! traces of `go_runtime_crosscheck.rs`: its start order, its `runnext` slot, its link,
//! manual picks and history under it, and the monitor and semaphore modes, where it applies
//! the same discipline.

use producer_consumer_lab::sim::history::Run;
use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::scenario::{parse_query, to_query};
use producer_consumer_lab::sim::{Mode, PolicyKind, Scenario, Simulation, StepResult, Variant};

/// A Go scenario under `go-runtime`.
fn go(producers: u8, consumers: u8, capacity: u8, items: u32) -> Scenario {
    Scenario {
        producers,
        consumers,
        capacity,
        items,
        produce_ms: vec![0],
        consume_ms: vec![0],
        policy: PolicyKind::GoRuntime,
        ..Scenario::default()
    }
}

#[test]
fn main_runs_first_then_the_goroutine_it_created_last_then_creation_order() {
    // Three producers (0..3) and C1 (3), which is main: C1, P3, P1, P2.
    let sim = Simulation::new(go(3, 1, 0, 1));
    assert_eq!(sim.kernel().ready_queue().collect::<Vec<_>>(), [3, 2, 0, 1]);
    // Two producers and three consumers: main waits in wg.Wait; C3, P1, P2, C1, C2.
    let sim = Simulation::new(go(2, 3, 0, 1));
    assert_eq!(
        sim.kernel().ready_queue().collect::<Vec<_>>(),
        [4, 0, 1, 2, 3]
    );
}

#[test]
fn a_receiver_woken_by_a_send_takes_runnext_and_runs_before_older_ready_tasks() {
    // P1 is 0; C1 and C2 are 1 and 2. C2 runs first and blocks in `range`.
    let mut sim = Simulation::new(go(1, 2, 0, 2));
    while sim.event().woke.is_empty() {
        assert_eq!(sim.step(), StepResult::Stepped);
    }
    assert_eq!((sim.event().task, sim.event().woke.clone()), (0, vec![2]));
    assert_eq!(sim.kernel().runnext(), Some(2));
    // P1 keeps the processor until it blocks on its second send; then C2, not C1, runs.
    while sim.event().task == 0 && sim.kernel().current() == Some(0) {
        assert_eq!(sim.step(), StepResult::Stepped);
    }
    assert_eq!(sim.step(), StepResult::Stepped);
    assert_eq!(sim.event().task, 2);
}

#[test]
fn the_policy_has_a_url_name_and_is_go_modes_default() {
    let parsed = parse_query("producers=2&policy=go-runtime");
    assert_eq!(parsed.errors, vec![]);
    assert_eq!(parsed.scenario.policy, PolicyKind::GoRuntime);
    // The default needs no key in a link.
    assert_eq!(to_query(&parsed.scenario), "producers=2");
    assert_eq!(
        parse_query("producers=2").scenario.policy,
        PolicyKind::GoRuntime
    );
}

#[test]
fn the_first_come_order_is_named_in_links_and_the_monitor_keeps_its_own_default() {
    let parsed = parse_query("producers=2&policy=run-until-block");
    assert_eq!(parsed.scenario.policy, PolicyKind::RunUntilBlock);
    assert_eq!(
        to_query(&parsed.scenario),
        "producers=2&policy=run-until-block"
    );
    let monitor = parse_query("mode=monitor").scenario;
    assert_eq!(monitor.policy, PolicyKind::default_for(Mode::Monitor));
    assert_eq!(to_query(&monitor), "mode=monitor");
}

#[test]
fn when_everyone_sleeps_the_choices_list_the_task_that_will_run_first_first() {
    // P1 sleeps until 1 first, then C1: Go readies both through runnext, so C1 runs first.
    let mut sim = Simulation::new(Scenario {
        produce_ms: vec![1],
        consume_ms: vec![1],
        ..go(1, 1, 1, 2)
    });
    while sim.kernel().runnable_count() > 0 {
        assert_eq!(sim.step(), StepResult::Stepped);
    }
    let choices = sim.choices();
    assert_eq!(sim.step(), StepResult::Stepped);
    assert_eq!(sim.event().timer_woken.len(), 2);
    assert_eq!(choices.first().copied(), Some(sim.event().task));
    assert_eq!(
        sim.event().timer_woken.last().copied(),
        Some(sim.event().task)
    );
}

#[test]
fn a_manual_pick_under_go_runtime_is_replayed_after_seeking_back() {
    let scenario = Scenario {
        produce_ms: vec![0, 10],
        consume_ms: vec![5],
        ..go(2, 2, 0, 30)
    };
    let mut run = Run::new(scenario.clone());
    // Go on to a step where another task than the policy's next one could run.
    run.run_to_end(150);
    while run.sim().choices().len() < 2 {
        assert_eq!(run.step(), StepResult::Stepped);
    }
    let policy_pick = run.sim().kernel().next_in_order();
    let other = run
        .sim()
        .choices()
        .into_iter()
        .find(|&t| Some(t) != policy_pick);
    let task = other.expect("a second runnable task");
    assert_eq!(run.choose(task), Ok(()));
    run.run_to_end(u64::MAX);
    let end = run.sim().steps();
    let at_end = format!("{:?}", run.sim());
    run.seek(100);
    run.seek(end);
    assert_eq!(format!("{:?}", run.sim()), at_end);
    // Without the pick, the run is the policy's own, identical every time.
    assert_eq!(Trace::of(scenario.clone()), Trace::of(scenario));
}

#[test]
fn the_correct_monitor_and_semaphore_programs_finish_under_go_runtime() {
    for (mode, variant) in [
        (Mode::Monitor, Variant::TwoCvsWhile),
        (Mode::Semaphore, Variant::SemCorrect),
    ] {
        for (p, c) in [(1, 1), (2, 3), (3, 2)] {
            let scenario = Scenario {
                mode,
                variant: Some(variant),
                producers: p,
                consumers: c,
                items: 4,
                policy: PolicyKind::GoRuntime,
                ..Scenario::default()
            };
            let mut sim = Simulation::new(scenario.clone());
            // Main (the last task) runs first, as main does in Go.
            assert_eq!(sim.step(), StepResult::Stepped);
            assert_eq!(sim.event().task, usize::from(p + c), "{mode:?} {p}x{c}");
            let trace = Trace::of(scenario);
            assert_eq!(trace.end_word(), "finished", "{mode:?} {p}x{c}");
            assert_eq!(trace.consumed.iter().sum::<u64>(), 4 * u64::from(p));
        }
    }
}
