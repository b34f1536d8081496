#![cfg(not(target_arch = "wasm32"))]
//! Manual choices in a [`Run`]: a different pick branches and drops the old future, the
//! same pick keeps it, and picks made under other policies replay exactly.

use producer_consumer_lab::sim::history::Run;
use producer_consumer_lab::sim::{ChoiceError, PolicyKind, Scenario, Simulation, StepResult};

/// Two producers and two consumers on an unbuffered channel, chosen by hand.
fn manual(schedule: Vec<u8>) -> Scenario {
    Scenario {
        producers: 2,
        consumers: 2,
        capacity: 0,
        items: 30,
        produce_ms: vec![0, 10],
        consume_ms: vec![5],
        policy: PolicyKind::Manual,
        schedule,
        ..Scenario::default()
    }
}

fn state(sim: &Simulation) -> String {
    format!("{sim:?}")
}

/// The same program state, whatever schedule the scenarios carry.
fn assert_same_run(a: &Simulation, b: &Simulation, context: &str) {
    assert_eq!(a.steps(), b.steps(), "{context}");
    assert_eq!(a.kernel(), b.kernel(), "{context}");
    assert_eq!(a.world(), b.world(), "{context}");
    assert_eq!(a.metrics(), b.metrics(), "{context}");
    assert_eq!(a.event(), b.event(), "{context}");
}

/// Some runnable task other than the one recorded for the current step.
fn other_choice(run: &Run) -> Option<usize> {
    let at = run.sim().steps() as usize;
    let recorded = run.choices().get(at).map(|&t| usize::from(t));
    run.sim()
        .choices()
        .into_iter()
        .find(|&t| Some(t) != recorded)
}

#[test]
fn manual_mode_without_a_choice_needs_one_and_changes_nothing() {
    let mut run = Run::new(manual(vec![0, 0]));
    assert_eq!(run.step(), StepResult::Stepped);
    assert_eq!(run.step(), StepResult::Stepped);
    let before = state(run.sim());
    assert_eq!(run.step(), StepResult::NeedsChoice);
    assert_eq!(state(run.sim()), before);
    assert_eq!(run.choose(99), Err(ChoiceError::NotRunnable(99)));
    assert_eq!(state(run.sim()), before, "a refused choice changes nothing");
    assert_eq!(run.choices(), [0, 0]);
}

#[test]
fn a_different_choice_branches_and_truncates_the_future() {
    let mut run = Run::new(manual(Vec::new()));
    run.run_to_end(200);
    let old: Vec<u8> = run.choices().to_vec();
    assert_eq!(old.len(), 200, "run_to_end records the choices it makes");
    run.seek(120);
    let task = other_choice(&run).expect("two producers and two consumers leave a choice");
    assert_eq!(run.choose(task), Ok(()));
    assert_eq!(run.furthest_step(), 121);
    assert_eq!(run.choices().len(), 121);
    assert_eq!(run.choices()[..120], old[..120], "the past is kept");
    assert_eq!(usize::from(run.choices()[120]), task);
    assert!(
        run.prints().iter().all(|p| p.step <= 121),
        "no print from the old future"
    );
    assert!(run.timeline().iter().all(|c| c.step <= 121));
    assert!(run.occupancy().iter().all(|o| o.step <= 121));
    assert_eq!(run.time_at_step(10_000), run.sim().kernel().now_ms());
    // The new branch is a plain manual schedule: a fresh run of it reaches the same state.
    let mut fresh = Run::new(manual(run.choices().to_vec()));
    fresh.seek(u64::MAX);
    assert_same_run(fresh.sim(), run.sim(), "the branch as a schedule");
}

#[test]
fn choosing_the_recorded_task_keeps_the_future() {
    let mut run = Run::new(manual(Vec::new()));
    run.run_to_end(100);
    let (choices, prints) = (run.choices().to_vec(), run.prints().to_vec());
    run.seek(40);
    let recorded = usize::from(run.choices()[40]);
    assert_eq!(run.choose(recorded), Ok(()));
    assert_eq!(run.sim().steps(), 41);
    assert_eq!((run.furthest_step(), run.choices()), (100, &choices[..]));
    assert_eq!(run.prints().to_vec(), prints);
}

#[test]
fn seeking_forward_in_manual_mode_stops_where_the_choices_end() {
    let mut run = Run::new(manual(Vec::new()));
    run.run_to_end(50);
    run.reset();
    run.seek(u64::MAX);
    assert_eq!(run.sim().steps(), 50);
    assert_eq!(run.step(), StepResult::NeedsChoice);
}

#[test]
fn a_pick_under_another_policy_is_replayed_after_seeking_back() {
    for policy in [
        PolicyKind::Random,
        PolicyKind::RoundRobin,
        PolicyKind::RunUntilBlock,
    ] {
        let scenario = Scenario {
            policy,
            seed: 3,
            ..manual(Vec::new())
        };
        let mut run = Run::new(scenario);
        run.run_to_end(300);
        run.seek(150);
        let task = other_choice(&run).expect("a choice other than the policy's");
        assert_eq!(run.choose(task), Ok(()));
        assert_eq!(run.furthest_step(), 151, "the policy's future is dropped");
        run.run_to_end(2_000);
        let end = run.sim().steps();
        let at_end = state(run.sim());
        run.seek(100);
        run.seek(end);
        assert_eq!(state(run.sim()), at_end, "{policy:?}: the pick is replayed");
        // The recorded choices reproduce the run as a manual schedule.
        let mut fresh = Run::new(manual(run.choices().to_vec()));
        fresh.seek(u64::MAX);
        assert_same_run(fresh.sim(), run.sim(), &format!("{policy:?} as a schedule"));
    }
}

#[test]
fn an_ended_run_refuses_steps_and_choices() {
    let mut run = Run::new(Scenario::default());
    run.run_to_end(u64::MAX);
    assert!(run.sim().outcome().is_some());
    assert_eq!(run.step(), StepResult::Ended);
    assert_eq!(run.choose(0), Err(ChoiceError::Ended));
    assert_eq!(run.run_to_end(10), 0);
}
