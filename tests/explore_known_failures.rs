//! The explorer finds each broken variant's known failure with a shortest schedule that
//! replays to it, and finds none in the correct variants (every reachable state checked).

use producer_consumer_lab::sim::explore::{Explorer, Found, Goal, Report, Verdict};
use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::scenario::parse_query;
use producer_consumer_lab::sim::Simulation;

fn explore(query: &str, goal: Goal) -> (Report, Explorer) {
    let parsed = parse_query(query);
    assert!(parsed.errors.is_empty(), "{query}: {:?}", parsed.errors);
    let mut explorer = Explorer::new(&parsed.scenario, goal);
    (explorer.run_to_end(), explorer)
}

/// The failure found for `query`, after checking that its link replays to the same
/// outcome in exactly its picks and that no shorter schedule reaches a failure.
fn shortest_failure(query: &str) -> Found {
    let (report, _) = explore(query, Goal::Failure);
    let Verdict::Found(found) = report.verdict else {
        panic!("{query}: no failure found: {}", report.summary());
    };
    let replay = parse_query(&found.query);
    assert!(
        replay.errors.is_empty(),
        "{}: {:?}",
        found.query,
        replay.errors
    );
    let mut sim = Simulation::new(replay.scenario);
    let steps = sim.run_to_end(10_000);
    assert_eq!(steps as usize, found.schedule.len(), "{}", found.query);
    assert_eq!(sim.outcome(), found.outcome.as_ref(), "{}", found.query);
    let shorter = found.schedule.len() as u32 - 1;
    let (report, _) = explore(query, Goal::Failure);
    let mut bounded =
        Explorer::new(&parse_query(query).scenario, Goal::Failure).with_max_depth(shorter);
    let bounded = bounded.run_to_end();
    assert_eq!(bounded.verdict, Verdict::DepthLimit, "{}", report.summary());
    found
}

fn message(found: &Found) -> String {
    match &found.outcome {
        Some(Outcome::Error { message } | Outcome::Deadlock { message }) => message.clone(),
        other => panic!("not a failure: {other:?}"),
    }
}

#[test]
fn two_cvs_if_with_two_consumers_gets_from_an_empty_buffer() {
    let found = shortest_failure("mode=monitor&variant=two-cvs-if&consumers=2&capacity=1");
    assert!(
        message(&found).contains("empty buffer"),
        "{}",
        message(&found)
    );
    assert_eq!(found.schedule_text, "C2*4.P1*6.C1*6.C2*2");
}

#[test]
fn one_cv_while_with_two_consumers_puts_every_thread_to_sleep() {
    let found = shortest_failure("mode=monitor&variant=one-cv-while&consumers=2&capacity=1");
    assert!(matches!(found.outcome, Some(Outcome::Deadlock { .. })));
}

#[test]
fn the_extra_unlock_lets_two_producers_fill_one_slot() {
    let found = shortest_failure("mode=monitor&variant=two-cvs-while-extra-unlock&producers=2");
    assert!(message(&found).contains("non-empty"), "{}", message(&found));
}

#[test]
fn the_mutex_outside_the_semaphores_deadlocks_in_six_picks() {
    let found = shortest_failure("mode=semaphore&variant=mutex-outside");
    assert!(matches!(found.outcome, Some(Outcome::Deadlock { .. })));
    assert_eq!(found.schedule.len(), 6);
}

#[test]
fn go_with_the_close_forgotten_deadlocks_once_every_item_is_consumed() {
    let found = shortest_failure("items=3&close=0");
    assert!(message(&found).contains("all goroutines are asleep"));
}

#[test]
fn the_correct_variants_never_fail_in_any_reachable_state() {
    for query in [
        "",
        "producers=2&consumers=2&items=2&produce_ms=1&consume_ms=2",
        "mode=monitor&consumers=2&capacity=1&items=2",
        "mode=monitor&producers=2&items=2",
        "mode=semaphore&producers=2&consumers=2&capacity=1&items=2",
    ] {
        let (report, _) = explore(query, Goal::Failure);
        assert_eq!(
            report.verdict,
            Verdict::Exhausted,
            "{query}: {}",
            report.summary()
        );
        assert!(report.ended_runs > 0 && report.distinct > 10, "{query}");
        assert!(report
            .summary()
            .starts_with("Every reachable state checked"));
    }
}

#[test]
fn a_search_run_in_small_slices_ends_exactly_as_one_run_to_the_end() {
    let query = "mode=monitor&variant=one-cv-while&consumers=2&capacity=1";
    let (whole, _) = explore(query, Goal::Failure);
    let mut sliced = Explorer::new(&parse_query(query).scenario, Goal::Failure);
    let mut slices = 0;
    let report = loop {
        let report = sliced.run(100);
        slices += 1;
        if report.verdict != Verdict::Running {
            break report;
        }
    };
    assert!(slices > 10, "{slices} slices");
    assert_eq!(report.verdict, whole.verdict);
    assert_eq!(report.distinct, whole.distinct);
}
