#![cfg(not(target_arch = "wasm32"))]
//! Time travel (`sim::history`): seeking equals a fresh replay, the logs agree with the
//! simulation step by step, a different manual choice branches, and memory stays bounded.

use producer_consumer_lab::sim::history::{Run, CHECKPOINT_INTERVAL};
use producer_consumer_lab::sim::scenario::SleepString;
use producer_consumer_lab::sim::{Mode, PolicyKind, Scenario, Simulation, StepResult, Variant};

/// Everything about a simulation's state, for exact comparisons.
fn state(sim: &Simulation) -> String {
    format!("{sim:?}")
}

/// OSTEP sleep strings, seconds per marker, one piece per thread.
fn sleeps(text: &str, threads: usize) -> SleepString {
    SleepString::parse(text, threads, "threads").unwrap_or_default()
}

/// Scenarios that exercise every policy and mode, sleeps, blocking and several tasks.
fn scenarios() -> Vec<Scenario> {
    let busy = Scenario {
        producers: 3,
        consumers: 2,
        capacity: 1,
        items: 400,
        produce_ms: vec![0, 3, 7],
        consume_ms: vec![5, 0],
        ..Scenario::default()
    };
    vec![
        Scenario {
            items: 600,
            ..Scenario::default()
        },
        Scenario {
            policy: PolicyKind::RoundRobin,
            capacity: 0,
            ..busy.clone()
        },
        Scenario {
            policy: PolicyKind::Random,
            seed: 7,
            ..busy.clone()
        },
        Scenario {
            mode: Mode::Monitor,
            variant: Some(Variant::TwoCvsWhile),
            psleep: sleeps("0,1,0,0,2:1:0,0,0,0,0,0,3", 3),
            csleep: sleeps("0,0,1:0,2", 2),
            policy: PolicyKind::Random,
            seed: 5,
            ..busy.clone()
        },
        Scenario {
            mode: Mode::Semaphore,
            variant: Some(Variant::SemCorrect),
            psleep: sleeps("1:0:2", 3),
            policy: PolicyKind::RoundRobin,
            ..busy
        },
    ]
}

/// The state after `steps` steps of a fresh simulation under the scenario's policy.
fn fresh(scenario: &Scenario, steps: u64) -> String {
    let mut sim = Simulation::new(scenario.clone());
    while sim.steps() < steps && sim.step() == StepResult::Stepped {}
    state(&sim)
}

#[test]
fn seeking_back_and_forward_equals_a_fresh_replay() {
    for scenario in scenarios() {
        let mut run = Run::new(scenario.clone());
        run.run_to_end(u64::MAX);
        let end = run.furthest_step();
        assert!(
            end > 2 * CHECKPOINT_INTERVAL,
            "the run spans several checkpoints"
        );
        for target in [
            0,
            1,
            end / 3,
            CHECKPOINT_INTERVAL,
            CHECKPOINT_INTERVAL - 1,
            end,
            end / 2,
        ] {
            run.seek(target);
            assert_eq!(run.sim().steps(), target);
            assert_eq!(
                state(run.sim()),
                fresh(&scenario, target),
                "at step {target}"
            );
        }
        assert_eq!(
            run.furthest_step(),
            end,
            "seeking never shortens the history"
        );
    }
}

#[test]
fn back_steps_one_step_and_stops_at_zero() {
    let mut run = Run::new(Scenario::default());
    run.run_to_end(10);
    let at_nine = fresh(&Scenario::default(), 9);
    assert!(run.back());
    assert_eq!(state(run.sim()), at_nine);
    run.reset();
    assert_eq!(run.sim().steps(), 0);
    assert!(!run.back(), "nothing before step 0");
    assert_eq!(
        run.furthest_step(),
        10,
        "stepping back keeps the logged future"
    );
}

#[test]
fn the_logs_agree_with_the_simulation_at_every_step() {
    for scenario in scenarios() {
        let mut run = Run::new(scenario.clone());
        run.run_to_end(u64::MAX);
        let mut sim = Simulation::new(scenario);
        let (timeline, occupancy) = (run.timeline(), run.occupancy());
        let mut states = sim.kernel().states().to_vec();
        let (mut next_change, mut next_sample, mut next_print) = (0, 0, 0);
        let mut len = 0;
        loop {
            let step = sim.steps();
            while let Some(change) = timeline.get(next_change).filter(|c| c.step == step) {
                states[change.task] = change.state;
                assert_eq!(change.time_ms, sim.kernel().now_ms());
                next_change += 1;
            }
            while let Some(sample) = occupancy.get(next_sample).filter(|o| o.step == step) {
                len = usize::from(sample.len);
                next_sample += 1;
            }
            assert_eq!(states, sim.kernel().states(), "task states at step {step}");
            assert_eq!(len, sim.world().buffered(), "occupancy at step {step}");
            assert_eq!(run.time_at_step(step), sim.kernel().now_ms());
            if let Some(print) = sim.event().print.filter(|_| step > 0) {
                let record = run.prints().get(next_print).expect("the print is logged");
                assert_eq!((record.step, record.print), (step, print));
                assert_eq!(
                    (record.task, record.time_ms),
                    (sim.event().task, sim.event().time_ms)
                );
                next_print += 1;
            }
            if sim.step() != StepResult::Stepped {
                break;
            }
        }
        assert_eq!(sim.steps(), run.furthest_step());
        assert_eq!(next_change, timeline.len(), "no change is logged twice");
        assert_eq!(next_sample, occupancy.len(), "no sample is logged twice");
        assert_eq!(next_print, run.prints().len());
    }
}

#[test]
fn step_at_time_finds_the_first_step_at_or_after_a_time() {
    let mut run = Run::new(Scenario::default());
    run.run_to_end(u64::MAX);
    let end = run.furthest_step();
    for time in [0, 1, 4999, 5000, 5001, 25_000, 39_999, 40_000] {
        let step = run.step_at_time(time);
        assert!(
            run.time_at_step(step) >= time,
            "step {step} is at or after {time}"
        );
        assert!(
            step == 0 || run.time_at_step(step - 1) < time,
            "and it is the first"
        );
    }
    assert_eq!(
        run.step_at_time(40_001),
        end,
        "beyond the end: the furthest step"
    );
    assert_eq!(run.time_at_step(end), 40_000);
}

#[test]
fn prints_until_now_follows_the_cursor() {
    let mut run = Run::new(Scenario::default());
    run.run_to_end(u64::MAX);
    assert_eq!(
        run.prints().len(),
        10,
        "the seed prints 5 produced and 5 consumed"
    );
    let printed = |run: &Run| -> Vec<String> {
        run.prints_until_now()
            .iter()
            .map(|p| p.print.text())
            .collect()
    };
    // The first step at 8000 ms is the consumer's receive; its print comes a step later.
    run.seek(run.step_at_time(8000));
    assert_eq!(
        printed(&run),
        ["Produced :  1", "Consumed :  1", "Produced :  2"]
    );
    // The step before the first one after 8000 ms: everything printed at 8000 ms.
    run.seek(run.step_at_time(8001) - 1);
    let at_8000 = [
        "Produced :  1",
        "Consumed :  1",
        "Produced :  2",
        "Consumed :  2",
    ];
    assert_eq!(printed(&run), at_8000);
    run.reset();
    assert!(run.prints_until_now().is_empty());
    assert_eq!(run.prints().len(), 10, "the future stays logged");
}
