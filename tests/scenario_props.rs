#![cfg(not(target_arch = "wasm32"))]
//! Property tests for the URL form: every valid scenario survives `to_query` then
//! `parse_query` unchanged, and no input at all makes the parser panic or yield an
//! invalid scenario.

use producer_consumer_lab::sim::scenario::{
    parse_query, to_query, Mode, PolicyKind, Scenario, SleepString, Variant, PRESETS,
};
use proptest::prelude::*;
use proptest::sample::select;

/// Every mode with each of its variants (Go with none).
fn mode_and_variant() -> impl Strategy<Value = (Mode, Option<Variant>)> {
    let mut pairs = vec![(Mode::Go, None)];
    pairs.extend(Variant::ALL.map(|v| (v.mode(), Some(v))));
    select(pairs)
}

/// A `produce_ms`/`consume_ms` list: 1..=16 entries in 0..=600000, zeros common.
fn ms_list() -> impl Strategy<Value = Vec<u32>> {
    prop::collection::vec(prop_oneof![Just(0u32), 0u32..=600_000], 1..=16)
}

/// No sleep string, or one piece per thread of up to seven entries in 0..=3600.
fn sleep_string(threads: u8) -> impl Strategy<Value = SleepString> {
    let entry = prop_oneof![3 => Just(0u32), 1 => 0u32..=3600];
    let piece = prop::collection::vec(entry, 1..=7);
    let pieces = prop::collection::vec(piece, usize::from(threads));
    prop::option::of(pieces).prop_map(move |pieces| {
        let Some(pieces) = pieces else {
            return SleepString::default();
        };
        let text: Vec<String> = pieces
            .iter()
            .map(|p| p.iter().map(u32::to_string).collect::<Vec<_>>().join(","))
            .collect();
        SleepString::parse(&text.join(":"), usize::from(threads), "threads").unwrap_or_default()
    })
}

/// Manual choices among `tasks` tasks, with runs both short and long.
fn schedule(tasks: usize) -> impl Strategy<Value = Vec<u8>> {
    let run = (
        0..tasks as u8,
        prop_oneof![3 => 1usize..3, 1 => 1usize..300],
    );
    prop::collection::vec(run, 0..20).prop_map(|runs| {
        runs.into_iter()
            .flat_map(|(task, n)| std::iter::repeat_n(task, n))
            .collect()
    })
}

/// Any scenario the URL form can express: ranges respected, variant matching the mode,
/// sleep strings and schedule fitting the counts (a schedule only under `manual`), and
/// possibly a preset as the base.
fn valid_scenario() -> impl Strategy<Value = Scenario> {
    let presets: Vec<&'static str> = PRESETS.iter().map(|p| p.name).collect();
    let fields = (
        mode_and_variant(),
        (1u8..=16, 1u8..=16, 0u8..=64, 1u32..=1000),
        (ms_list(), ms_list()),
        (
            any::<bool>(),
            select(PolicyKind::ALL.to_vec()),
            any::<u64>(),
        ),
        prop::option::of(select(presets)),
    );
    let base = fields.prop_map(
        |((mode, variant), sizes, (produce_ms, consume_ms), run, preset)| {
            let (producers, consumers, capacity, items) = sizes;
            let capacity = if mode == Mode::Go {
                capacity
            } else {
                capacity.max(1)
            };
            let (close, policy, seed) = run;
            Scenario {
                mode,
                variant,
                producers,
                consumers,
                capacity,
                items,
                produce_ms,
                consume_ms,
                close,
                policy,
                seed,
                preset,
                ..Scenario::default()
            }
        },
    );
    base.prop_flat_map(|s| {
        let parts = (
            sleep_string(s.producers),
            sleep_string(s.consumers),
            schedule(s.task_count()),
        );
        (Just(s), parts).prop_map(|(mut s, (psleep, csleep, mut schedule))| {
            // Only the manual policy replays a schedule; under another it is an error.
            if s.policy != PolicyKind::Manual {
                schedule.clear();
            }
            (s.psleep, s.csleep, s.schedule) = (psleep, csleep, schedule);
            s
        })
    })
}

/// Fails unless `s` is within every range the URL form allows.
fn assert_valid(s: &Scenario) {
    assert_eq!(
        s.variant.map(Variant::mode),
        s.mode.default_variant().map(Variant::mode)
    );
    assert!((1..=16).contains(&s.producers) && (1..=16).contains(&s.consumers));
    assert!(s.capacity <= 64 && (s.mode == Mode::Go || s.capacity >= 1));
    assert!((1..=1000).contains(&s.items));
    for list in [&s.produce_ms, &s.consume_ms] {
        assert!((1..=16).contains(&list.len()) && list.iter().all(|&ms| ms <= 600_000));
    }
    for (sleep, threads) in [(&s.psleep, s.producers), (&s.csleep, s.consumers)] {
        assert!(sleep.is_empty() || sleep.pieces().len() == usize::from(threads));
    }
    assert!(s.schedule.len() <= 200_000);
    assert!(s.schedule.iter().all(|&t| usize::from(t) < s.task_count()));
}

/// One `key=value` pair: mostly real keys, with values that are plausible, near-miss or junk.
fn pair() -> impl Strategy<Value = String> {
    let keys = [
        "preset",
        "mode",
        "variant",
        "producers",
        "consumers",
        "capacity",
        "items",
        "produce_ms",
        "consume_ms",
        "psleep",
        "csleep",
        "close",
        "policy",
        "seed",
        "schedule",
        "speed",
        "",
    ];
    let mut names: Vec<&'static str> = vec!["go", "monitor", "semaphore", "correct", "manual", "M"];
    names.extend(PRESETS.iter().map(|p| p.name));
    names.extend(Variant::ALL.map(Variant::name));
    let value = prop_oneof![
        select(names).prop_map(str::to_owned),
        any::<u64>().prop_map(|n| (n % 70).to_string()),
        any::<i128>().prop_map(|n| n.to_string()),
        "[PCMpcm]?[0-9]{0,3}(\\*[0-9]{0,14})?(\\.[PCM][0-9]{1,2}(\\*[0-9]{1,3})?){0,4}",
        "[0-9,:]{0,20}",
        "[-%+*.,:=?a-zA-Z0-9]{0,12}",
    ];
    (select(keys.to_vec()), prop::option::of(value)).prop_map(|(k, v)| match v {
        Some(v) => format!("{k}={v}"),
        None => k.to_owned(),
    })
}

proptest! {
    #[test]
    fn every_valid_scenario_round_trips_through_its_query(s in valid_scenario()) {
        let query = to_query(&s);
        let parsed = parse_query(&query);
        prop_assert_eq!(parsed.errors, vec![], "{}", query);
        prop_assert_eq!(parsed.scenario, s, "{}", query);
    }

    #[test]
    fn no_string_makes_the_parser_panic_or_yield_an_invalid_scenario(query in any::<String>()) {
        let parsed = parse_query(&query);
        assert_valid(&parsed.scenario);
        prop_assert_eq!(parse_query(&to_query(&parsed.scenario)).scenario, parsed.scenario);
    }

    #[test]
    fn real_keys_with_any_values_never_panic_and_errors_name_their_key(
        pairs in prop::collection::vec(pair(), 0..12),
        question in any::<bool>(),
    ) {
        let query = format!("{}{}", if question { "?" } else { "" }, pairs.join("&"));
        let parsed = parse_query(&query);
        assert_valid(&parsed.scenario);
        for e in &parsed.errors {
            prop_assert!(e.to_string().starts_with(&format!("{}=", e.key)), "{}", e);
        }
        let again = parse_query(&to_query(&parsed.scenario));
        prop_assert_eq!(again.errors, vec![], "{}", query);
        prop_assert_eq!(again.scenario, parsed.scenario, "{}", query);
    }
}
