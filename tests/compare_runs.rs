//! Two runs of one program side by side (`compare=`): the debugging-difficulty lesson's
//! seeds, the diff's rows, and the errors for bad values.
#![cfg(not(target_arch = "wasm32"))]

use producer_consumer_lab::sim::experiment::compare::{compare, other_order, DiffRow};
use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::scenario::{parse_query, PolicyKind};
use proptest::prelude::*;

/// The debugging lesson's program (`static/lessons.txt`, lesson `debugging`).
const LESSON: &str =
    "mode=monitor&variant=two-cvs-if&consumers=2&capacity=1&items=2&policy=random&seed=3";

/// The printed lines of a trace, as the comparison writes them.
fn printed(query: &str) -> Vec<String> {
    let trace = Trace::of(parse_query(query).scenario);
    trace
        .lines
        .iter()
        .map(|l| format!("{}: {}", trace.names[l.task], l.print.text()))
        .collect()
}

/// The rows' lines of one side, in order.
fn side(rows: &[DiffRow], first: bool) -> Vec<String> {
    rows.iter()
        .filter_map(|r| match (r, first) {
            (DiffRow::Both(l), _) | (DiffRow::First(l), true) | (DiffRow::Second(l), false) => {
                Some(l.clone())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn the_lessons_seed_3_fails_where_seed_4_finishes_and_the_runs_part_early() {
    let base = parse_query(LESSON).scenario;
    let other = other_order("4", &base).expect("a seed");
    let c = compare(&base, &other);
    assert_eq!(c.first.label, "random, seed 3");
    assert_eq!(c.second.label, "random, seed 4");
    assert_eq!(c.first.end, "error: tried to get an empty buffer");
    assert_eq!(c.second.end, "finished");
    let parted = c.parted_at_step.expect("different picks");
    assert_eq!(c.first.picks[..parted - 1], c.second.picks[..parted - 1]);
    assert_ne!(c.first.picks[parted - 1], c.second.picks[parted - 1]);
    // Each side is exactly what that run prints, as pc-trace runs it.
    assert_eq!(c.first.lines, printed(LESSON));
    assert_eq!(c.second.lines, printed(&LESSON.replace("seed=3", "seed=4")));
    assert_eq!(side(&c.rows, true), c.first.lines);
    assert_eq!(side(&c.rows, false), c.second.lines);
}

#[test]
fn a_run_compared_with_itself_is_the_same_line_for_line() {
    let base = parse_query(LESSON).scenario;
    let same = other_order("random:3", &base).expect("policy and seed");
    let c = compare(&base, &same);
    assert_eq!(c.parted_at_step, None);
    assert!(!c.rows.is_empty());
    assert!(c.rows.iter().all(|r| matches!(r, DiffRow::Both(_))));
}

#[test]
fn a_policy_name_keeps_the_seed_and_go_mode_compares_its_own_order_with_first_come() {
    let base = parse_query("mode=go&consumers=2&items=3").scenario;
    let other = other_order("run-until-block", &base).expect("a policy");
    assert_eq!(other.policy, PolicyKind::RunUntilBlock);
    assert_eq!(other.seed, base.seed);
    let c = compare(&base, &other);
    assert_eq!(c.first.label, "go-runtime");
    assert_eq!(c.first.end, "finished");
    assert_eq!(c.second.end, "finished");
    assert_eq!(side(&c.rows, true), c.first.lines);
    assert_eq!(side(&c.rows, false), c.second.lines);
}

#[test]
fn bad_values_name_the_value_and_what_is_allowed() {
    let base = parse_query(LESSON).scenario;
    for bad in [
        "",
        "manual",
        "fast",
        "random:x",
        "-1",
        "random:",
        "\u{1b}[31m",
    ] {
        let message = other_order(bad, &base).expect_err(bad).to_string();
        assert!(message.starts_with("compare="), "{message}");
        assert!(message.contains("allowed a seed"), "{message}");
        assert!(
            !message.contains('\u{1b}'),
            "control characters are escaped: {message}"
        );
    }
}

proptest! {
    /// Across seeds, the rows hold both outputs in order, and as many shared lines as the
    /// longest common subsequence has (computed here by brute force on the same lines).
    #[test]
    fn the_rows_hold_both_outputs_and_share_a_longest_common_subsequence(a in 0u64..40, b in 0u64..40) {
        let base = parse_query(&LESSON.replace("seed=3", &format!("seed={a}"))).scenario;
        let other = other_order(&b.to_string(), &base).expect("a seed");
        let c = compare(&base, &other);
        prop_assert_eq!(side(&c.rows, true), c.first.lines.clone());
        prop_assert_eq!(side(&c.rows, false), c.second.lines.clone());
        let shared = c.rows.iter().filter(|r| matches!(r, DiffRow::Both(_))).count();
        prop_assert_eq!(shared, lcs(&c.first.lines, &c.second.lines));
    }
}

/// The longest common subsequence's length, by plain recursion over a memo table.
fn lcs(a: &[String], b: &[String]) -> usize {
    let mut memo = vec![vec![usize::MAX; b.len() + 1]; a.len() + 1];
    fn go(a: &[String], b: &[String], i: usize, j: usize, memo: &mut [Vec<usize>]) -> usize {
        if i == a.len() || j == b.len() {
            return 0;
        }
        if memo[i][j] == usize::MAX {
            memo[i][j] = if a[i] == b[j] {
                1 + go(a, b, i + 1, j + 1, memo)
            } else {
                go(a, b, i + 1, j, memo).max(go(a, b, i, j + 1, memo))
            };
        }
        memo[i][j]
    }
    go(a, b, 0, 0, &mut memo)
}
