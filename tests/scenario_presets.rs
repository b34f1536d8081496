#![cfg(not(target_arch = "wasm32"))]
//! The presets: every one is clean data with a lesson, and the Go lessons set what their
//! names promise.

use producer_consumer_lab::sim::scenario::{parse_query, preset, to_query, Scenario, PRESETS};

/// The scenario `preset=NAME` gives; fails the test if the link has errors.
fn scenario_of(name: &str) -> Scenario {
    let parsed = parse_query(&format!("preset={name}"));
    assert_eq!(parsed.errors, vec![], "{name}");
    parsed.scenario
}

#[test]
fn every_preset_parses_without_errors() {
    for p in PRESETS {
        assert_eq!(parse_query(p.query).errors, vec![], "{}", p.name);
        assert_eq!(scenario_of(p.name).preset, Some(p.name));
    }
}

#[test]
fn every_preset_has_a_title_and_an_explanation() {
    for p in PRESETS {
        assert!(!p.title.trim().is_empty(), "{}", p.name);
        assert!(p.explanation.trim().len() > 40, "{}", p.name);
        assert!(
            !p.explanation.contains("  "),
            "{}: stray spaces from a line break",
            p.name
        );
    }
}

#[test]
fn preset_names_are_unique_and_url_safe() {
    for (i, p) in PRESETS.iter().enumerate() {
        assert!(p
            .name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        assert!(
            PRESETS[..i].iter().all(|q| q.name != p.name),
            "{} twice",
            p.name
        );
    }
}

#[test]
fn preset_queries_never_name_another_preset() {
    for p in PRESETS {
        assert!(
            !p.query.split('&').any(|kv| kv.starts_with("preset")),
            "{}",
            p.name
        );
    }
}

#[test]
fn a_preset_link_is_just_its_name() {
    for p in PRESETS {
        assert_eq!(to_query(&scenario_of(p.name)), format!("preset={}", p.name));
    }
}

#[test]
fn preset_lookup_finds_by_exact_name() {
    assert_eq!(preset("fan-in").map(|p| p.name), Some("fan-in"));
    assert!(preset("Fan-In").is_none());
    assert!(preset("").is_none());
}

#[test]
fn seed_preset_is_exactly_the_seed_program() {
    let s = scenario_of("seed");
    assert_eq!(Scenario { preset: None, ..s }, Scenario::default());
    let d = Scenario::default();
    assert_eq!(
        (d.producers, d.consumers, d.capacity, d.items),
        (1, 1, 2, 5)
    );
    assert_eq!(
        (d.produce_ms.as_slice(), d.consume_ms.as_slice()),
        (&[5000][..], &[8000][..])
    );
}

#[test]
fn go_presets_set_what_their_names_promise() {
    assert_eq!(scenario_of("seed-8-items").items, 8);
    let b = scenario_of("backpressure");
    assert!(
        b.produce_ms[0] < b.consume_ms[0],
        "backpressure: producer faster"
    );
    let s = scenario_of("starved-consumer");
    assert!(
        s.produce_ms[0] > s.consume_ms[0],
        "starved-consumer: consumer faster"
    );
    assert_eq!(scenario_of("unbuffered").capacity, 0);
    let out = scenario_of("fan-out");
    assert_eq!((out.producers, out.consumers), (1, 3));
    let fan_in = scenario_of("fan-in");
    assert_eq!((fan_in.producers, fan_in.consumers), (3, 1));
    assert!(!scenario_of("forgot-close").close);
    assert!(PRESETS
        .iter()
        .filter(|p| p.name != "forgot-close")
        .all(|p| scenario_of(p.name).close));
}

#[test]
fn every_preset_is_listed_in_the_readme() {
    let readme = include_str!("../README.md");
    for p in PRESETS {
        assert!(
            readme.contains(&format!("| `{}` |", p.name)),
            "{} missing",
            p.name
        );
    }
}
