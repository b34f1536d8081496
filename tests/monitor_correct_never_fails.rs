#![cfg(not(target_arch = "wasm32"))]
//! The correct monitor program (`two-cvs-while`) never fails and never deadlocks, whatever
//! the interleaving: thousands of seeded random schedules over small configurations, each
//! checked for a finished run in which the consumers together got every value.

use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::scenario::parse_query;
use proptest::prelude::*;

/// A sleep string for `threads` threads: per thread up to seven entries of 0..=2 seconds.
fn sleep_string(threads: usize) -> impl Strategy<Value = String> {
    let piece = prop::collection::vec(prop_oneof![4 => Just(0u32), 1 => 1u32..=2], 0..=7).prop_map(
        |entries| {
            let text: Vec<String> = entries.iter().map(u32::to_string).collect();
            if text.is_empty() {
                "0".to_string()
            } else {
                text.join(",")
            }
        },
    );
    prop::collection::vec(piece, threads).prop_map(|pieces| pieces.join(":"))
}

/// A random small configuration with random sleeps and a random seed, as a query string.
fn config(mode_and_variant: &'static str) -> impl Strategy<Value = (String, u64)> {
    (1usize..=3, 1usize..=3, 1u8..=3, 1u32..=4).prop_flat_map(move |(p, c, cap, items)| {
        (sleep_string(p), sleep_string(c), any::<u64>()).prop_map(move |(ps, cs, seed)| {
            let query = format!(
                "{mode_and_variant}&producers={p}&consumers={c}&capacity={cap}&items={items}\
                 &psleep={ps}&csleep={cs}&policy=random&seed={seed}"
            );
            (query, u64::from(items) * p as u64)
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    #[test]
    fn two_cvs_while_finishes_and_every_value_is_consumed_once(
        (query, total) in config("mode=monitor&variant=two-cvs-while")
    ) {
        let parsed = parse_query(&query);
        prop_assert!(parsed.errors.is_empty(), "{query}: {:?}", parsed.errors);
        let trace = Trace::of(parsed.scenario);
        prop_assert_eq!(&trace.outcome, &Some(Outcome::Finished), "{}", query);
        prop_assert_eq!(trace.consumed.iter().sum::<u64>(), total, "{}", query);
    }
}

#[test]
fn two_cvs_while_with_three_producers_and_consumers_ends_with_every_eos_taken() {
    let query = "mode=monitor&producers=3&consumers=3&capacity=1&items=4&policy=round-robin";
    let trace = Trace::of(parse_query(query).scenario);
    assert_eq!(trace.outcome, Some(Outcome::Finished));
    let eos_rows = trace.lines.iter().filter(|l| l.task == 6).count();
    assert_eq!(eos_rows, 3, "main adds one END_OF_STREAM per consumer");
    assert_eq!(trace.consumed.iter().sum::<u64>(), 12);
}
