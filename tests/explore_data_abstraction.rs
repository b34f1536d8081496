#![cfg(not(target_arch = "wasm32"))]
//! The explorer's data abstraction is exact: for a failure goal it merges monitor and
//! semaphore states that differ only in the buffer's values and the consumers' tallies,
//! and on every scenario here it reaches the same verdict, with a failing schedule of the
//! same (shortest) length that replays to a failure, as the search that merges only
//! identical states; and it never needs more states.

use producer_consumer_lab::sim::explore::{Explorer, Goal, Report, Verdict};
use producer_consumer_lab::sim::scenario::parse_query;
use producer_consumer_lab::sim::Simulation;

/// Broken and correct variants, small enough for the full search to finish quickly.
const CASES: [&str; 8] = [
    "mode=monitor&variant=two-cvs-if&consumers=2&capacity=1&items=2",
    "mode=monitor&variant=one-cv-while&consumers=2&capacity=1&items=2",
    "mode=monitor&variant=two-cvs-while-extra-unlock&producers=2&capacity=1&items=2",
    "mode=monitor&variant=two-cvs-while&producers=2&consumers=2&capacity=2&items=2",
    "mode=monitor&variant=one-cv-while&producers=2&consumers=2&capacity=1&items=2",
    "mode=semaphore&variant=mutex-outside&producers=1&consumers=1&capacity=1&items=2",
    "mode=semaphore&producers=2&consumers=2&capacity=1&items=2",
    "mode=semaphore&producers=2&consumers=1&capacity=2&items=3",
];

fn search(query: &str, full: bool) -> Report {
    let parsed = parse_query(query);
    assert!(parsed.errors.is_empty(), "{query}: {:?}", parsed.errors);
    let explorer = Explorer::new(&parsed.scenario, Goal::Failure);
    let mut explorer = if full {
        explorer.with_full_states()
    } else {
        explorer
    };
    explorer.run_to_end()
}

#[test]
fn merging_on_control_state_finds_the_same_failures_at_the_same_depth() {
    for query in CASES {
        let (abstracted, full) = (search(query, false), search(query, true));
        assert!(abstracted.distinct <= full.distinct, "{query}");
        match (&abstracted.verdict, &full.verdict) {
            (Verdict::Found(a), Verdict::Found(f)) => {
                assert_eq!(
                    a.schedule.len(),
                    f.schedule.len(),
                    "{query}: shortest length"
                );
                let mut sim = Simulation::new(parse_query(&a.query).scenario);
                sim.run_to_end(10_000);
                assert_eq!(sim.outcome(), a.outcome.as_ref(), "{query}: replays");
                assert!(a.outcome.is_some(), "{query}: a failure");
            }
            (Verdict::Exhausted, Verdict::Exhausted) => {}
            (a, f) => panic!("{query}: abstracted {a:?}, full {f:?}"),
        }
        println!(
            "{query}: {} distinct states with the abstraction, {} without",
            abstracted.distinct, full.distinct
        );
    }
}
