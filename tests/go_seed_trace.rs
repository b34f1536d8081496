#![cfg(not(target_arch = "wasm32"))]
//! The seed program's output on the real Go runtime (`SEMANTICS.md` §1, copied verbatim)
//! is what the simulator prints, line for line: through the library and through the
//! `pc-trace` binary.

use std::process::Command;

use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::Scenario;

/// `SEMANTICS.md` §1: 1 producer, 1 consumer, capacity 2, 5 items, 5000 ms / 8000 ms.
const SEED_TRACE: &str = "\
0 P1 Produced :  1
0 C1 Consumed :  1
5000 P1 Produced :  2
8000 C1 Consumed :  2
10000 P1 Produced :  3
15000 P1 Produced :  4
16000 C1 Consumed :  3
20000 P1 Produced :  5
24000 C1 Consumed :  4
32000 C1 Consumed :  5
40000 end finished
";

/// Compares line by line, so a failure names the first line that differs.
fn assert_same_lines(actual: &str, expected: &str) {
    let (actual, expected): (Vec<_>, Vec<_>) =
        (actual.lines().collect(), expected.lines().collect());
    for (i, (a, e)) in actual.iter().zip(&expected).enumerate() {
        assert_eq!(a, e, "line {} differs", i + 1);
    }
    assert_eq!(actual.len(), expected.len(), "number of lines");
}

#[test]
fn the_default_scenario_prints_the_seed_trace_of_the_real_go_runtime() {
    let trace = Trace::of(Scenario::default());
    assert_same_lines(&trace.to_text(), SEED_TRACE);
    assert_eq!(
        trace.to_text(),
        SEED_TRACE,
        "byte for byte, final newline included"
    );
}

#[test]
fn pc_trace_prints_the_seed_trace_for_an_empty_query() {
    let output = Command::new(env!("CARGO_BIN_EXE_pc-trace"))
        .arg("")
        .output()
        .expect("pc-trace runs");
    assert!(output.status.success(), "exit status {:?}", output.status);
    assert_same_lines(&String::from_utf8_lossy(&output.stdout), SEED_TRACE);
}

#[test]
fn pc_trace_prints_the_seed_trace_when_the_seed_parameters_are_spelled_out() {
    let query =
        "mode=go&producers=1&consumers=1&capacity=2&items=5&produce_ms=5000&consume_ms=8000";
    let output = Command::new(env!("CARGO_BIN_EXE_pc-trace"))
        .arg(query)
        .output()
        .expect("pc-trace runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_same_lines(&String::from_utf8_lossy(&output.stdout), SEED_TRACE);
}
