//! Model-based checks for learner programs (the Go interpreter), as
//! `model_checked_buffers.rs` does for the built-in modes: the seed program, written out as
//! Go source (`golang::template`) for random sizes, runs under every automatic policy.
//! At every step, each channel's buffer must follow from the last one as a FIFO queue
//! does in one statement: at most one value leaves the front and at most one joins the back
//! (a receive that refills from a blocked sender does both). At the end, the values the
//! consumers printed must be exactly those the producers printed, as multisets.
#![cfg(not(target_arch = "wasm32"))]

use producer_consumer_lab::sim::golang::{self, template, GoRun};
use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::scenario::{parse_query, PolicyKind};
use proptest::prelude::*;

/// Each channel's buffered values, as text.
fn buffers(run: &GoRun) -> Vec<Vec<String>> {
    run.machine
        .chans
        .iter()
        .map(|c| c.buf.iter().map(|v| format!("{v:?}")).collect())
        .collect()
}

/// True when `after` is `before` less at most one value at the front, plus at most one at
/// the back.
fn one_fifo_step(before: &[String], after: &[String]) -> bool {
    (0..=1.min(before.len())).any(|popped| {
        let kept = &before[popped..];
        after.len() >= kept.len() && after.len() <= kept.len() + 1 && after.starts_with(kept)
    })
}

/// The values printed after `prefix` ("Produced : " or "Consumed : "), sorted.
fn printed(run: &GoRun, prefix: &str) -> Vec<u64> {
    let mut values: Vec<u64> = run
        .lines()
        .iter()
        .filter_map(|l| l.text.strip_prefix(prefix))
        .filter_map(|v| v.trim().parse().ok())
        .collect();
    values.sort_unstable();
    values
}

const POLICIES: [PolicyKind; 4] = [
    PolicyKind::GoRuntime,
    PolicyKind::RunUntilBlock,
    PolicyKind::RoundRobin,
    PolicyKind::Random,
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn learner_channels_stay_fifo_and_every_value_produced_is_consumed_once(
        producers in 1u8..=3, consumers in 1u8..=3, capacity in 0u8..=3, items in 1u32..=6,
        policy in 0usize..POLICIES.len(), seed in 0u64..1_000,
    ) {
        let query = format!("mode=go&producers={producers}&consumers={consumers}&capacity={capacity}&items={items}&produce_ms=0&consume_ms=0");
        let scenario = parse_query(&query).scenario;
        let source = template::seed_source(&scenario);
        let program = golang::build(&source).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let mut run = GoRun::new(program, POLICIES[policy], seed);
        let mut before = buffers(&run);
        let mut steps = 0u64;
        while run.step(None) {
            let after = buffers(&run);
            for (b, a) in before.iter().zip(&after) {
                prop_assert!(one_fifo_step(b, a), "step {steps}: {b:?} then {a:?}");
            }
            before = after;
            steps += 1;
        }
        prop_assert_eq!(run.outcome(), Some(&Outcome::Finished), "{}", query);
        let all: Vec<u64> = (1..=u64::from(producers) * u64::from(items)).collect();
        prop_assert_eq!(printed(&run, "Produced : "), all.clone());
        prop_assert_eq!(printed(&run, "Consumed : "), all);
    }
}

#[test]
fn the_fifo_rule_rejects_a_value_taken_from_the_middle_or_two_at_once() {
    let s = |v: &[&str]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
    assert!(one_fifo_step(&s(&["1", "2"]), &s(&["2", "3"])));
    assert!(one_fifo_step(&s(&["1", "2"]), &s(&["1", "2", "3"])));
    assert!(!one_fifo_step(&s(&["1", "2"]), &s(&["1"])), "the back left");
    assert!(!one_fifo_step(&s(&["1", "2", "3"]), &s(&["3"])), "two left");
    assert!(
        !one_fifo_step(&s(&["1", "2"]), &s(&["2", "3", "4"])),
        "two joined"
    );
}
