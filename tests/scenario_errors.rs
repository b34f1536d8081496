#![cfg(not(target_arch = "wasm32"))]
//! Bad links: every rejected value gives exactly one error that names the key, the value
//! and what is allowed; the key keeps its default and every other key still applies.

use producer_consumer_lab::sim::scenario::{parse_query, ParamProblem, Scenario};

/// Parses `bad` plus one more valid key, and checks: exactly one error, for `key`, whose
/// message holds `value` and `allowed`; and the scenario is what the link gives without
/// its last (bad) pair, so the bad key kept its default and nothing else was lost.
fn rejects(bad: &str, key: &str, value: &str, allowed: &str) {
    let other = if key == "items" { "seed=7" } else { "items=7" };
    let parsed = parse_query(&format!("{bad}&{other}"));
    assert_eq!(parsed.errors.len(), 1, "{bad}: {:?}", parsed.errors);
    let error = &parsed.errors[0];
    let message = error.to_string();
    assert_eq!(error.key, key, "{message}");
    assert!(message.starts_with(&format!("{key}={value} ")), "{message}");
    assert!(message.contains(allowed), "{message} lacks {allowed}");
    assert!(message.contains("(kept the default, "), "{message}");
    let rest = bad.rsplit_once('&').map_or("", |(rest, _)| rest);
    let without_bad = parse_query(&format!("{rest}&{other}"));
    assert_eq!(without_bad.errors, vec![], "{rest}");
    assert_eq!(parsed.scenario, without_bad.scenario, "{bad}");
}

#[test]
fn capacity_out_of_range_keeps_default_and_names_the_key() {
    let parsed = parse_query("capacity=99");
    assert_eq!(parsed.scenario, Scenario::default());
    let messages: Vec<String> = parsed.errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        vec!["capacity=99 is out of range: allowed 0 to 64 (kept the default, 2)"]
    );
}

#[test]
fn every_parameter_out_of_range_gives_one_error_naming_it() {
    let sixteen = "1,".repeat(16);
    let too_long = format!("produce_ms={sixteen}1");
    let cases: &[(&str, &str, &str, &str)] = &[
        ("mode=fast", "mode", "fast", "go, monitor, semaphore"),
        (
            "variant=two-cvs-if",
            "variant",
            "two-cvs-if",
            "not allowed in go mode",
        ),
        (
            "mode=monitor&variant=correct",
            "variant",
            "correct",
            "two-cvs-while, two-cvs-if",
        ),
        (
            "mode=semaphore&variant=one-cv-while",
            "variant",
            "one-cv-while",
            "correct, mutex-outside",
        ),
        ("producers=0", "producers", "0", "1 to 16"),
        ("producers=17", "producers", "17", "1 to 16"),
        ("consumers=0", "consumers", "0", "1 to 16"),
        ("consumers=17", "consumers", "17", "1 to 16"),
        ("capacity=65", "capacity", "65", "0 to 64"),
        (
            "mode=monitor&capacity=0",
            "capacity",
            "0",
            "1 to 64 in monitor mode",
        ),
        (
            "mode=semaphore&capacity=0",
            "capacity",
            "0",
            "1 to 64 in semaphore mode",
        ),
        ("items=0", "items", "0", "1 to 1000"),
        ("items=1001", "items", "1001", "1 to 1000"),
        (
            "produce_ms=600001",
            "produce_ms",
            "600001",
            "0 to 600000 ms each",
        ),
        (
            &too_long,
            "produce_ms",
            &too_long[11..],
            "1 to 16 comma-separated",
        ),
        ("consume_ms=-5", "consume_ms", "-5", "0 to 600000 ms each"),
        (
            "consume_ms=1,,2",
            "consume_ms",
            "1,,2",
            "not a whole number",
        ),
        (
            "psleep=1:2",
            "psleep",
            "1:2",
            "expected 1 producers in sleep specification, got 2",
        ),
        (
            "csleep=1,x",
            "csleep",
            "1,x",
            "x is not a whole number of seconds",
        ),
        ("csleep=3601", "csleep", "3601", "allowed 0 to 3600"),
        (
            "close=2",
            "close",
            "2",
            "0 (never close the channel), 1 (close it)",
        ),
        (
            "policy=fastest",
            "policy",
            "fastest",
            "run-until-block, round-robin, random, manual",
        ),
        (
            "seed=18446744073709551616",
            "seed",
            "18446744073709551616",
            "0 to 18446744073709551615",
        ),
        ("seed=0x10", "seed", "0x10", "not a whole number"),
        (
            "schedule=P2",
            "schedule",
            "P2",
            "does not exist (P2): allowed P1, C1",
        ),
        ("schedule=P1.M", "schedule", "P1.M", "(M): allowed P1, C1"),
        (
            "schedule=P1*1",
            "schedule",
            "P1*1",
            "bad repeat count in P1*1",
        ),
        ("schedule=P1*", "schedule", "P1*", "bad repeat count in P1*"),
        (
            "schedule=P1*999999999999",
            "schedule",
            "P1*999999999999",
            "at most 200000",
        ),
        ("schedule=P1..C1", "schedule", "P1..C1", "(an empty name)"),
        (
            "preset=nope",
            "preset",
            "nope",
            "seed, seed-8-items, backpressure",
        ),
    ];
    for &(bad, key, value, allowed) in cases {
        rejects(bad, key, value, allowed);
    }
}

#[test]
fn empty_values_and_keys_without_equals_are_errors() {
    rejects(
        "capacity=",
        "capacity",
        "",
        "not a whole number: allowed 0 to 64",
    );
    rejects(
        "capacity",
        "capacity",
        "",
        "not a whole number: allowed 0 to 64",
    );
    rejects("mode=", "mode", "", "go, monitor, semaphore");
    rejects("produce_ms=", "produce_ms", "", "not a whole number");
}

#[test]
fn negative_and_huge_numbers_are_out_of_range() {
    let parsed = parse_query("producers=-1&consumers=99999999999999999999999999");
    assert_eq!(parsed.scenario, Scenario::default());
    assert_eq!(parsed.errors.len(), 2);
    for e in &parsed.errors {
        assert!(matches!(e.problem, ParamProblem::OutOfRange { .. }), "{e}");
    }
}

#[test]
fn bad_percent_encoding_is_an_error_for_that_key_only() {
    rejects("capacity=%zz", "capacity", "%zz", "percent-encoded UTF-8");
    rejects("mode=%FF", "mode", "%FF", "percent-encoded UTF-8");
    rejects("seed=5%", "seed", "5%", "percent-encoded UTF-8");
    // A badly encoded key names no known parameter, so it is ignored like any unknown key.
    assert_eq!(parse_query("capacity%zz=3").errors, vec![]);
}

#[test]
fn huge_values_are_shortened_in_messages() {
    let value = "9".repeat(100_000);
    let parsed = parse_query(&format!("seed={value}"));
    let message = parsed.errors[0].to_string();
    assert!(message.len() < 200, "{message}");
    assert!(
        message.starts_with(&format!("seed={}…", &value[..40])),
        "{message}"
    );
}

#[test]
fn a_megabyte_of_junk_keeps_the_defaults() {
    let pieces = [
        "%", "&", "=", "+", "?", "*", ".", ":", ",", "é", "9", "%C3", "&items", "=%",
    ];
    let junk: String = pieces.iter().cycle().take(700_000).copied().collect();
    assert!(junk.len() > 1_000_000);
    let parsed = parse_query(&junk);
    assert_eq!(parsed.scenario, Scenario::default());
    assert_eq!(parsed.errors.len(), 1, "only the last `items` counts");
    let deep = format!("capacity={}", "%25".repeat(300_000));
    assert_eq!(parse_query(&deep).errors.len(), 1);
    let dots = format!("schedule={}", "P1.".repeat(300_000));
    assert!(matches!(
        parse_query(&dots).errors[0].problem,
        ParamProblem::TooManyChoices { .. }
    ));
}

#[test]
fn errors_are_std_errors_with_the_sleep_string_as_source() {
    let parsed = parse_query("producers=2&psleep=1");
    let error: &dyn std::error::Error = &parsed.errors[0];
    let source = error.source().map(ToString::to_string);
    assert_eq!(
        source.as_deref(),
        Some("expected 2 producers in sleep specification, got 1")
    );
}
