//! The consumer sweep on the backpressure preset (1 to 8 consumers): each setting's
//! steady-state throughput equals the one computed from that setting's own trace, run
//! one by one, and the limiting side moves from the consumers to the producer.

use producer_consumer_lab::sim::event::PrintKind;
use producer_consumer_lab::sim::experiment::{Limit, Param, Sweep, MIN_ITEMS};
use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::scenario::parse_query;

/// Items per second between the consumption of item ceil(N/10) and item floor(9N/10),
/// read from the prints of the run `query` describes.
fn throughput_from_trace(query: &str) -> f64 {
    let parsed = parse_query(query);
    assert!(parsed.errors.is_empty(), "{query}");
    let trace = Trace::of(parsed.scenario);
    let times: Vec<u64> = trace
        .lines
        .iter()
        .filter(|l| matches!(l.print, PrintKind::Consumed(_)))
        .map(|l| l.time_ms)
        .collect();
    let n = times.len();
    let (a, b) = (n.div_ceil(10), n * 9 / 10);
    (b - a) as f64 * 1000.0 / (times[b - 1] - times[a - 1]) as f64
}

#[test]
fn the_consumer_sweep_matches_runs_done_one_by_one() {
    let base = parse_query("preset=backpressure").scenario;
    let mut sweep = Sweep::from_query("sweep=consumers:1-8", &base)
        .expect("a sweep key")
        .expect("a valid sweep");
    assert_eq!(sweep.param, Param::Consumers);
    let results = sweep.run_all().to_vec();
    assert_eq!(results.len(), 8);
    for (k, m) in (1..=8).zip(&results) {
        let query = format!("preset=backpressure&consumers={k}&items={MIN_ITEMS}");
        let expected = throughput_from_trace(&query);
        let got = m.throughput_per_s.expect("time passes");
        assert!(
            (got - expected).abs() < 1e-9,
            "{k} consumers: {got} vs {expected}"
        );
        assert!(m.mean_occupancy >= 0.0 && m.mean_occupancy <= 2.0);
        let trace = Trace::of(parse_query(&query).scenario);
        assert_eq!(m.finish_ms, trace.end_ms, "{k} consumers");
    }
    let rates: Vec<f64> = results.iter().filter_map(|m| m.throughput_per_s).collect();
    assert!(rates.windows(2).all(|w| w[1] >= w[0] - 1e-9), "{rates:?}");
    assert_eq!(results[0].limit, Limit::Consumers);
    assert_eq!(results[7].limit, Limit::Producers);
    assert!(results[0].producers_blocked > results[7].producers_blocked);
}

#[test]
fn a_bad_sweep_names_the_value_and_what_is_allowed() {
    let base = parse_query("").scenario;
    let err = |text: &str| Sweep::parse(text, &base).expect_err(text).to_string();
    assert_eq!(
        err("speed:1-2"),
        "sweep=speed:1-2: \"speed\" cannot be swept: allowed producers, consumers, capacity, produce_ms, consume_ms"
    );
    assert_eq!(
        err("consumers:0-20"),
        "sweep=consumers:0-20: consumers needs FROM-TO with 1 <= FROM <= TO <= 16"
    );
    let monitor = parse_query("mode=monitor").scenario;
    let e = Sweep::parse("produce_ms:1-5", &monitor).expect_err("Go only");
    assert!(e.to_string().ends_with("is a Go-mode sleep: use mode=go"));
    assert!(Sweep::from_query("preset=seed", &base).is_none());
}
