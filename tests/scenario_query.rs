#![cfg(not(target_arch = "wasm32"))]
//! Reading and writing scenarios as URL query strings: the rules of `parse_query` and
//! `to_query` on hand-picked examples (the property tests are in `scenario_props.rs`).

use producer_consumer_lab::sim::scenario::{
    parse_query, to_query, Mode, PolicyKind, Scenario, SleepString, Variant,
};

/// The scenario a clean query describes; fails the test if any key was rejected.
fn clean(query: &str) -> Scenario {
    let parsed = parse_query(query);
    assert_eq!(parsed.errors, vec![], "{query}");
    parsed.scenario
}

#[test]
fn empty_query_is_the_seed_program() {
    assert_eq!(clean(""), Scenario::default());
    assert_eq!(clean("?"), Scenario::default());
}

#[test]
fn leading_question_mark_is_optional() {
    assert_eq!(clean("?capacity=5&items=9"), clean("capacity=5&items=9"));
    assert_eq!(clean("?capacity=5").capacity, 5);
}

#[test]
fn unknown_keys_are_ignored() {
    let s = clean("speed=4&theme=dark&embed=1&step=12&Capacity=9&capacity=3&&=&x");
    assert_eq!(
        s,
        Scenario {
            capacity: 3,
            ..Scenario::default()
        }
    );
}

#[test]
fn repeated_key_last_one_wins() {
    assert_eq!(clean("capacity=3&capacity=5").capacity, 5);
    // An earlier bad value is simply overridden, so it is no error.
    assert_eq!(clean("capacity=999&capacity=%zz&capacity=4").capacity, 4);
}

#[test]
fn percent_escapes_and_plus_are_decoded() {
    let s = clean("%6Dode=monitor&producers=2&psleep=0%2C1%3A2&policy=round%2Drobin");
    assert_eq!(s.mode, Mode::Monitor);
    assert_eq!(s.psleep.seconds(0, 1), 1);
    assert_eq!(s.psleep.seconds(1, 0), 2);
    assert_eq!(s.policy, PolicyKind::RoundRobin);
}

#[test]
fn keys_apply_in_a_fixed_order_whatever_their_order_in_the_url() {
    let forward =
        clean("mode=monitor&producers=2&capacity=1&psleep=1:2&policy=manual&schedule=P2.M");
    let backward =
        clean("schedule=P2.M&policy=manual&psleep=1:2&capacity=1&producers=2&mode=monitor");
    assert_eq!(forward, backward);
    assert_eq!(forward.schedule, vec![1, 3]);
}

#[test]
fn switching_mode_picks_that_modes_default_variant() {
    assert_eq!(clean("mode=monitor").variant, Some(Variant::TwoCvsWhile));
    assert_eq!(clean("mode=semaphore").variant, Some(Variant::SemCorrect));
    assert_eq!(clean("mode=go").variant, None);
    let s = clean("mode=semaphore&variant=mutex-outside");
    assert_eq!(s.variant, Some(Variant::SemMutexOutside));
    let s = clean("mode=monitor&variant=two-cvs-while-extra-unlock");
    assert_eq!(s.variant, Some(Variant::TwoCvsWhileExtraUnlock));
}

#[test]
fn preset_is_the_base_and_later_keys_override_it() {
    let s = clean("items=3&preset=backpressure");
    assert_eq!(s.preset, Some("backpressure"));
    assert_eq!(s.items, 3);
    assert_eq!(s.produce_ms, clean("preset=backpressure").produce_ms);
}

#[test]
fn a_preset_value_the_final_mode_forbids_is_reported_and_reset() {
    let parsed = parse_query("preset=unbuffered&mode=monitor");
    assert_eq!(parsed.scenario.capacity, 2);
    let messages: Vec<String> = parsed.errors.iter().map(ToString::to_string).collect();
    let expected =
        "capacity=0 is out of range: allowed 1 to 64 in monitor mode (kept the default, 2)";
    assert_eq!(messages, vec![expected]);
    // Setting the key in the link settles it without complaint.
    assert_eq!(
        clean("preset=unbuffered&mode=monitor&capacity=3").capacity,
        3
    );
}

#[test]
fn close_zero_means_the_producer_never_closes() {
    assert!(!clean("close=0").close);
    assert!(clean("close=0&close=1").close);
    assert!(Scenario::default().close);
}

#[test]
fn schedule_names_tasks_and_repeats_them() {
    let s = clean("mode=semaphore&producers=2&consumers=2&policy=manual&schedule=C1.C2*3.P1.M.p2");
    assert_eq!(s.schedule, vec![2, 3, 3, 3, 0, 4, 1]);
    assert_eq!(
        to_query(&s),
        "mode=semaphore&producers=2&consumers=2&policy=manual&schedule=C1.C2*3.P1.M.P2"
    );
}

#[test]
fn empty_psleep_and_schedule_mean_none() {
    let s = clean("mode=monitor&psleep=&schedule=");
    assert_eq!(s.psleep, SleepString::default());
    assert!(s.schedule.is_empty());
}

#[test]
fn to_query_of_the_default_is_empty() {
    assert_eq!(to_query(&Scenario::default()), "");
}

#[test]
fn to_query_writes_only_differences_with_the_preset_first() {
    let s = clean("items=4&preset=fan-out&policy=random&seed=7");
    assert_eq!(to_query(&s), "preset=fan-out&items=4&policy=random&seed=7");
    assert_eq!(to_query(&clean("preset=fan-out")), "preset=fan-out");
}

#[test]
fn to_query_skips_a_variant_the_mode_implies() {
    assert_eq!(
        to_query(&clean("mode=monitor&variant=two-cvs-while")),
        "mode=monitor"
    );
    assert_eq!(
        to_query(&clean("mode=monitor&variant=one-cv-while")),
        "mode=monitor&variant=one-cv-while"
    );
}

#[test]
fn hand_picked_queries_round_trip() {
    for query in [
        "",
        "preset=seed",
        "capacity=0&items=1000&produce_ms=0,1,600000&consume_ms=7",
        "mode=monitor&variant=two-cvs-if&consumers=2&capacity=1&csleep=0,0,0,0,1:1",
        "mode=semaphore&variant=mutex-outside&producers=16&consumers=16&capacity=64",
        "close=0&policy=manual&seed=18446744073709551615&schedule=P1*3.C1*200.P1",
        "preset=forgot-close&close=1&mode=monitor&psleep=3600,0,0,0,0,0,1",
    ] {
        let s = clean(query);
        assert_eq!(clean(&to_query(&s)), s, "{query} -> {}", to_query(&s));
    }
}

#[test]
fn scenario_methods_match_the_free_functions() {
    let s = Scenario::from_query("capacity=7").scenario;
    assert_eq!(s.capacity, 7);
    assert_eq!(s.to_query(), "capacity=7");
}
