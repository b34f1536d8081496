//! How long the explorer's exhaustive search of `two-cvs-while` (2 producers, 2
//! consumers, capacity 2, 3 items) takes in the browser, run in the page's slices. It prints
//! the time (`cargo test --release --target wasm32-unknown-unknown --test web
//! -- web_explore_speed --include-ignored --nocapture`) and checks only the result: a timed assertion would
//! fail on a slow machine. Ignored by default: unoptimised, it takes over 10 s.
#![cfg(target_arch = "wasm32")]

use producer_consumer_lab::sim::explore::{Explorer, Goal, Verdict};
use producer_consumer_lab::sim::scenario::parse_query;
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

#[wasm_bindgen_test]
#[ignore = "a measurement: run it with --release --include-ignored"]
fn the_exhaustive_search_finishes_and_reports_its_time_and_longest_slice() {
    let query = "mode=monitor&variant=two-cvs-while&producers=2&consumers=2&capacity=2&items=3";
    let mut explorer = Explorer::new(&parse_query(query).scenario, Goal::Failure);
    let start = now_ms();
    let mut longest: f64 = 0.0;
    let report = loop {
        let t = now_ms();
        let report = explorer.run(4_000);
        longest = longest.max(now_ms() - t);
        if report.verdict != Verdict::Running {
            break report;
        }
    };
    let total = now_ms() - start;
    console_log!(
        "exhaustive search: {total:.0} ms in all, longest 4,000-state slice {longest:.1} ms, {} checked, {} distinct",
        report.checked,
        report.distinct
    );
    assert_eq!(report.verdict, Verdict::Exhausted);
    // The same count as the native search (`pc-trace --explore` with this query).
    assert_eq!(report.distinct, 391_087);
}
