#![cfg(not(target_arch = "wasm32"))]
//! The seed program as Go source (`golang::template::seed_source`), run by the Go
//! interpreter under `go-runtime`, prints the same lines at the same virtual times and ends
//! the same way as the hard-coded Go mode under `go-runtime`, whose traces match real Go
//! (`tests/go_runtime_crosscheck.rs`): every Go preset, and seeded random scenarios.

use producer_consumer_lab::sim::golang::{self, template::seed_source, GoRun};
use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::rng::Rng;
use producer_consumer_lab::sim::scenario::{parse_query, Mode, PolicyKind, Scenario, PRESETS};

/// (ms, text with single spaces) of each print, and the end word and time.
type Printed = (Vec<(u64, String)>, &'static str, u64);

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn hard_coded(s: &Scenario) -> Printed {
    let t = Trace::of(Scenario {
        policy: PolicyKind::GoRuntime,
        ..s.clone()
    });
    let lines = t
        .lines
        .iter()
        .map(|l| (l.time_ms, squeeze(&l.print.text())))
        .collect();
    (
        lines,
        t.outcome.as_ref().map_or("unfinished", Outcome::word),
        t.end_ms,
    )
}

fn from_source(s: &Scenario) -> Printed {
    let src = seed_source(s);
    let prog =
        golang::build(&src).unwrap_or_else(|e| panic!("template does not compile: {e:?}\n{src}"));
    let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
    run.run_to_end();
    let lines = run
        .lines()
        .iter()
        .map(|l| (l.t_ns / 1_000_000, squeeze(&l.text)))
        .collect();
    (
        lines,
        run.outcome().map_or("unfinished", Outcome::word),
        run.kernel.now_ms() / 1_000_000,
    )
}

#[test]
fn the_seed_template_is_the_seed_program_for_one_producer_and_one_consumer() {
    let src = seed_source(&Scenario::default());
    assert!(src.contains("ch := make(chan int, 2) // Buffered channel act as queue"));
    assert!(src.contains("Consumer(ch, 8000 * time.Millisecond) // run consumer in main goroutine"));
    assert!(src.contains("close(ch) // Close channel after producing"));
}

#[test]
fn every_go_preset_as_source_prints_the_hard_coded_trace_under_go_runtime() {
    let mut checked = 0;
    for preset in PRESETS {
        let parsed = parse_query(preset.query);
        if parsed.scenario.mode != Mode::Go {
            continue;
        }
        let s = parsed.scenario;
        assert_eq!(
            from_source(&s),
            hard_coded(&s),
            "preset {}:\n{}",
            preset.name,
            seed_source(&s)
        );
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} Go presets");
}

#[test]
fn random_scenarios_as_source_print_the_hard_coded_trace_under_go_runtime() {
    let mut rng = Rng::new(2026);
    for _ in 0..200 {
        let pick = |rng: &mut Rng, v: &[u64]| v[rng.below(v.len())];
        let p = 1 + rng.below(4);
        let c = 1 + rng.below(4);
        let ms = |rng: &mut Rng, n: usize| {
            (0..n)
                .map(|_| pick(rng, &[0, 1, 2, 5, 10]).to_string())
                .collect::<Vec<_>>()
                .join(",")
        };
        let q = format!(
            "producers={p}&consumers={c}&capacity={}&items={}&produce_ms={}&consume_ms={}&close={}",
            rng.below(4),
            1 + rng.below(4),
            ms(&mut rng, p),
            ms(&mut rng, c),
            if rng.below(8) == 0 { "0" } else { "1" }
        );
        let parsed = parse_query(&q);
        assert!(parsed.errors.is_empty(), "{q}: {:?}", parsed.errors);
        let s = parsed.scenario;
        assert_eq!(from_source(&s), hard_coded(&s), "{q}:\n{}", seed_source(&s));
    }
}
