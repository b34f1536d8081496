#![cfg(not(target_arch = "wasm32"))]
//! `mutex-outside` deadlocks: a consumer holds the mutex while it sleeps on `full`, and the
//! producer sleeps waiting for the mutex. A concrete schedule forces it; seeded random
//! schedules find it too (the rate is printed with `--nocapture`).

use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::scenario::parse_query;
use producer_consumer_lab::sim::semaphore::DEADLOCK_MESSAGE;
use producer_consumer_lab::sim::simulation::Simulation;

fn deadlock() -> Option<Outcome> {
    Some(Outcome::Deadlock {
        message: DEADLOCK_MESSAGE.to_string(),
    })
}

#[test]
fn mutex_outside_deadlocks_when_the_consumer_sleeps_holding_the_mutex() {
    let query = "mode=semaphore&variant=mutex-outside&capacity=1&items=1\
                 &policy=manual&schedule=M.C1*3.P1*2";
    let mut sim = Simulation::new(parse_query(query).scenario);
    let trace = Trace::run(&mut sim);
    assert_eq!(trace.outcome, deadlock());
    assert_eq!(
        sim.steps(),
        6,
        "the run stops right after the producer blocks"
    );
    let explanation = sim
        .world()
        .explain_deadlock(sim.kernel())
        .unwrap_or_default();
    assert!(explanation.contains("C1 holds the mutex."), "{explanation}");
    assert!(explanation.contains("C1 sleeps on full."), "{explanation}");
    assert!(explanation.contains("P1 sleeps on mutex."), "{explanation}");
    assert!(
        explanation.contains("C1 sleeps on full while holding the mutex, and P1 cannot go on"),
        "{explanation}"
    );
}

#[test]
fn random_schedules_find_the_mutex_outside_deadlock() {
    let base = "mode=semaphore&variant=mutex-outside&producers=1&consumers=1&capacity=1&items=4";
    let hits = (0..1000u64)
        .filter(|seed| {
            let query = format!("{base}&policy=random&seed={seed}");
            Trace::of(parse_query(&query).scenario).outcome == deadlock()
        })
        .count();
    eprintln!("{base}: {hits} of 1000 seeds deadlock");
    assert_eq!(hits, 659, "the README's figure, exact: the PRNG is seeded");
}

#[test]
fn the_correct_order_cannot_follow_the_schedule_that_deadlocks_mutex_outside_and_finishes() {
    let query = "mode=semaphore&variant=correct&capacity=1&items=1\
                 &policy=manual&schedule=M.C1*3.P1*2";
    let mut sim = Simulation::new(parse_query(query).scenario);
    sim.run_to_end(u64::MAX);
    // C1 waits on `full` without the mutex, so the schedule's next C1 cannot run.
    let refused = sim.schedule_refusal().map(|r| r.describe(&sim));
    assert_eq!(
        refused.as_deref(),
        Some("pick 4, C1, cannot run: it is waiting on the semaphore full")
    );
    while sim.outcome().is_none() {
        let Some(&task) = sim.choices().first() else {
            break;
        };
        assert_eq!(sim.step_task(task), Ok(()));
    }
    assert_eq!(sim.outcome(), Some(&Outcome::Finished));
    assert_eq!(sim.world().consumed_by(), vec![1]);
}
