#![cfg(not(target_arch = "wasm32"))]
//! `close` wakes the waiting receivers in Go's order, which no ordinary trace shows: the
//! consumers' `range` loops end silently. Recorded on real Go 1.19 with each consumer
//! printing `<task> done` after its loop (`tools/go-crosscheck/record_close_order.py`), the
//! order of those lines is the order in which the lab's consumers end their loops.
//!
//! Go's `closechan` gathers the waiters on a stack and readies them from its top, each one
//! through `runnext`: the first-queued receiver is readied last and runs first. A lab that
//! readied them in queue order would end the loops in another order and fail here.

use producer_consumer_lab::sim::scenario::parse_query;
use producer_consumer_lab::sim::{Action, Simulation};

/// The recorded real-Go runs: file name and contents.
const RECORDED: [(&str, &str); 5] = [
    (
        "1x3-cap0",
        include_str!("../tools/go-crosscheck/golden/close-order/close-order-1x3-cap0.txt"),
    ),
    (
        "1x4-cap1",
        include_str!("../tools/go-crosscheck/golden/close-order/close-order-1x4-cap1.txt"),
    ),
    (
        "2x3-cap0",
        include_str!("../tools/go-crosscheck/golden/close-order/close-order-2x3-cap0.txt"),
    ),
    (
        "1x6-cap2",
        include_str!("../tools/go-crosscheck/golden/close-order/close-order-1x6-cap2.txt"),
    ),
    (
        "3x5-cap0",
        include_str!("../tools/go-crosscheck/golden/close-order/close-order-3x5-cap0.txt"),
    ),
];

/// The lab's run of `query` in the recorded form: prints, `<task> done` where a consumer's
/// range loop ends, and the end line.
fn lab_lines(query: &str) -> Vec<String> {
    let parsed = parse_query(query);
    assert_eq!(parsed.errors, vec![], "{query}");
    let mut sim = Simulation::new(parsed.scenario);
    let mut lines = Vec::new();
    while sim.run_to_end(1) == 1 {
        let ev = sim.event();
        let who = sim.task_name(ev.task);
        if let Some(print) = ev.print {
            lines.push(format!("{} {who} {}", ev.time_ms, print.text()));
        }
        if ev.action == Action::RangeEnded {
            lines.push(format!("{} {who} done", ev.time_ms));
        }
    }
    let end = sim.outcome().map_or("unfinished", |o| o.word());
    lines.push(format!("{} end {end}", sim.kernel().now_ms()));
    lines
}

#[test]
fn close_wakes_the_waiting_receivers_in_the_order_real_go_does() {
    for (name, recorded) in RECORDED {
        let mut lines = recorded.lines();
        let query = lines.next().unwrap_or_default();
        let expected: Vec<String> = lines.map(str::to_owned).collect();
        assert!(
            expected.iter().filter(|l| l.ends_with(" done")).count() >= 3,
            "{name}: several receivers wait at the close"
        );
        assert_eq!(lab_lines(query), expected, "{name}: {query}");
    }
}
