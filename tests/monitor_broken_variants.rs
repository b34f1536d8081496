#![cfg(not(target_arch = "wasm32"))]
//! Each broken monitor variant fails in its known way: first on a concrete schedule that
//! forces the failure, then on seeded random schedules, which must find it too. The rates
//! printed here (run with `--nocapture`) are the ones the README quotes, asserted exactly
//! (the random policy's PRNG is seeded, so they never vary).

use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::monitor::DEADLOCK_MESSAGE;
use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::scenario::parse_query;
use producer_consumer_lab::sim::simulation::Simulation;

/// The run of `query`, which must parse cleanly.
fn run(query: &str) -> Trace {
    let parsed = parse_query(query);
    assert_eq!(parsed.errors, vec![], "{query}");
    Trace::of(parsed.scenario)
}

fn error(message: &str) -> Option<Outcome> {
    Some(Outcome::Error {
        message: message.to_string(),
    })
}

fn deadlock() -> Option<Outcome> {
    Some(Outcome::Deadlock {
        message: DEADLOCK_MESSAGE.to_string(),
    })
}

/// How many of seeds `0..1000` end with `expected` for `base` under the random policy.
fn rate(base: &str, expected: &Option<Outcome>) -> usize {
    let hits = (0..1000u64)
        .filter(|seed| &run(&format!("{base}&policy=random&seed={seed}")).outcome == expected)
        .count();
    eprintln!("{base}: {hits} of 1000 seeds end with {expected:?}");
    hits
}

#[test]
fn two_cvs_if_gets_from_an_empty_buffer_when_a_second_consumer_sneaks_in() {
    let trace = run(
        "mode=monitor&variant=two-cvs-if&consumers=2&capacity=1&items=2\
                     &policy=manual&schedule=M.C1*4.P1*10.C2*6.C1*2",
    );
    assert_eq!(trace.outcome, error("tried to get an empty buffer"));
}

#[test]
fn random_schedules_find_the_two_cvs_if_empty_get() {
    let base = "mode=monitor&variant=two-cvs-if&producers=1&consumers=2&capacity=1&items=4";
    // The README quotes this figure; the seeded PRNG makes it exact.
    assert_eq!(rate(base, &error("tried to get an empty buffer")), 807);
}

#[test]
fn one_cv_while_deadlocks_when_a_consumer_wakes_the_other_consumer() {
    let trace = run(
        "mode=monitor&variant=one-cv-while&consumers=2&capacity=1&items=2\
                     &policy=manual&schedule=M.C1*4.C2*4.P1*10.C1*9.C2*3",
    );
    assert_eq!(trace.outcome, deadlock());
}

#[test]
fn random_schedules_find_the_one_cv_while_deadlock() {
    let base = "mode=monitor&variant=one-cv-while&producers=1&consumers=2&capacity=1&items=4";
    assert_eq!(rate(base, &deadlock()), 224);
}

#[test]
fn extra_unlock_lets_two_producers_fill_the_same_slot() {
    // Both producers pass the check while the single slot is empty, both unlock, then
    // both fill: the second finds the slot taken.
    let trace = run(
        "mode=monitor&variant=two-cvs-while-extra-unlock&producers=2&capacity=1\
                     &items=1&policy=manual&schedule=P1*4.P2*4.P1.P2",
    );
    assert_eq!(trace.outcome, error("tried to fill a non-empty buffer"));
}

#[test]
fn random_schedules_find_the_extra_unlock_double_fill() {
    let base = "mode=monitor&variant=two-cvs-while-extra-unlock&producers=2&consumers=1\
                &capacity=1&items=4";
    assert_eq!(rate(base, &error("tried to fill a non-empty buffer")), 436);
}

#[test]
fn the_correct_variant_cannot_follow_the_schedules_that_break_the_others_and_never_fails() {
    // Figure 30.9's schedule runs to the end on the correct variant; figure 30.11's asks C1
    // for steps that it spends asleep on `fill` there.
    for (schedule, refused) in [
        ("M.C1*4.P1*10.C2*6.C1*2", false),
        ("M.C1*4.C2*4.P1*10.C1*9.C2*3", true),
    ] {
        let parsed = parse_query(&format!(
            "mode=monitor&variant=two-cvs-while&consumers=2&capacity=1&items=2\
             &policy=manual&schedule={schedule}"
        ));
        let mut sim = Simulation::new(parsed.scenario);
        sim.run_to_end(u64::MAX);
        // Where the `while` keeps a thread waiting that a broken variant lets run on, the
        // schedule names a thread that cannot run, and the run stops there.
        assert_eq!(sim.schedule_refusal().is_some(), refused, "{schedule}");
        assert_eq!(sim.outcome().is_none(), refused, "{schedule}");
        // Whatever runs from there on, the correct variant finishes and consumes both.
        finish_in_first_ready_order(&mut sim);
        assert_eq!(sim.outcome(), Some(&Outcome::Finished), "{schedule}");
        assert_eq!(sim.world().consumed_by().iter().sum::<u64>(), 2);
    }
}

/// Runs `sim` to its end, always picking the first task offered.
fn finish_in_first_ready_order(sim: &mut Simulation) {
    while sim.outcome().is_none() {
        let Some(&task) = sim.choices().first() else {
            return;
        };
        assert_eq!(sim.step_task(task), Ok(()));
    }
}
