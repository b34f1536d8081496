#![cfg(not(target_arch = "wasm32"))]
//! The correct semaphore program never fails and never deadlocks, whatever the
//! interleaving: thousands of seeded random schedules over small configurations.

use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::scenario::parse_query;
use producer_consumer_lab::sim::simulation::Simulation;
use producer_consumer_lab::sim::task::SemaphoreName;
use proptest::prelude::*;

/// A sleep string for `threads` threads: per thread up to six entries of 0..=2 seconds.
fn sleep_string(threads: usize) -> impl Strategy<Value = String> {
    let piece = prop::collection::vec(prop_oneof![4 => Just(0u32), 1 => 1u32..=2], 1..=6).prop_map(
        |entries| {
            let text: Vec<String> = entries.iter().map(u32::to_string).collect();
            text.join(",")
        },
    );
    prop::collection::vec(piece, threads).prop_map(|pieces| pieces.join(":"))
}

fn config() -> impl Strategy<Value = (String, u64)> {
    (1usize..=3, 1usize..=3, 1u8..=3, 1u32..=4).prop_flat_map(|(p, c, cap, items)| {
        (sleep_string(p), sleep_string(c), any::<u64>()).prop_map(move |(ps, cs, seed)| {
            let query = format!(
                "mode=semaphore&variant=correct&producers={p}&consumers={c}&capacity={cap}\
                 &items={items}&psleep={ps}&csleep={cs}&policy=random&seed={seed}"
            );
            (query, u64::from(items) * p as u64)
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    #[test]
    fn correct_semaphores_finish_and_every_value_is_consumed_once((query, total) in config()) {
        let parsed = parse_query(&query);
        prop_assert!(parsed.errors.is_empty(), "{query}: {:?}", parsed.errors);
        let trace = Trace::of(parsed.scenario);
        prop_assert_eq!(&trace.outcome, &Some(Outcome::Finished), "{}", query);
        prop_assert_eq!(trace.consumed.iter().sum::<u64>(), total, "{}", query);
    }
}

#[test]
fn semaphore_counts_never_exceed_the_buffer_and_the_mutex_has_one_holder() {
    let query = "mode=semaphore&producers=2&consumers=2&capacity=2&items=4&policy=random&seed=9";
    let mut sim = Simulation::new(parse_query(query).scenario);
    while sim.run_to_end(1) == 1 {
        let sync = sim.world().sync_view();
        let count = |name| {
            sync.semaphores
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, c)| *c)
        };
        let (empty, full) = (count(SemaphoreName::Empty), count(SemaphoreName::Full));
        // Every slot is either announced empty, announced full, or held by a thread
        // between its wait and its post: never more than `max` in total.
        assert!(empty.unwrap_or(0) + full.unwrap_or(0) <= 2);
        // The binary semaphore is free exactly when nobody holds it.
        let free = count(SemaphoreName::Mutex) == Some(1);
        assert_eq!(sync.mutex_owner.is_none(), free, "step {}", sim.steps());
    }
    assert_eq!(sim.outcome(), Some(&Outcome::Finished));
}
