#![cfg(not(target_arch = "wasm32"))]
//! The `os-threads` policy, the default of the monitor and semaphore modes: it is what a
//! query without `policy` runs, links leave it out, the correct programs never fail under
//! it, and its rules (every marker yields, the mutex goes to the longest waiter after a
//! worker's unlock, main keeps it across its insertions) show in the traces.

use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::scenario::{parse_query, to_query, Mode, PolicyKind};
use proptest::prelude::*;

/// `(task name, marker text)` of every print of `query`'s run, in order.
fn prints(query: &str) -> Vec<(String, String)> {
    let trace = Trace::of(parse_query(query).scenario);
    trace
        .lines
        .iter()
        .map(|l| (trace.names[l.task].clone(), l.print.text()))
        .collect()
}

#[test]
fn monitor_and_semaphore_queries_without_a_policy_run_os_threads_and_links_omit_it() {
    for mode in ["monitor", "semaphore"] {
        let parsed = parse_query(&format!("mode={mode}&items=3"));
        assert!(parsed.errors.is_empty());
        assert_eq!(parsed.scenario.policy, PolicyKind::OsThreads);
        assert_eq!(to_query(&parsed.scenario), format!("mode={mode}&items=3"));
    }
    assert_eq!(
        PolicyKind::default_for(Mode::Monitor),
        PolicyKind::OsThreads
    );
    assert_eq!(
        PolicyKind::default_for(Mode::Semaphore),
        PolicyKind::OsThreads
    );
}

#[test]
fn an_explicit_other_policy_in_monitor_mode_is_kept_and_written() {
    for policy in ["run-until-block", "round-robin", "random", "go-runtime"] {
        let query = format!("mode=monitor&policy={policy}");
        let parsed = parse_query(&query);
        assert_eq!(parsed.scenario.policy.name(), policy);
        assert_eq!(to_query(&parsed.scenario), query);
    }
    let parsed = parse_query("policy=os-threads");
    assert_eq!(parsed.scenario.policy, PolicyKind::OsThreads);
    assert_eq!(to_query(&parsed.scenario), "policy=os-threads");
}

#[test]
fn a_zero_pause_marker_gives_the_cpu_to_the_next_thread() {
    // `sleep(0)` after p0 takes P1 off the CPU: the threads created after it print their
    // c0 before P1 locks. Under run-until-block P1 runs p0 p1 p4 ... alone.
    let first = |query: &str| -> Vec<String> {
        let p = prints(query);
        p.iter().take(3).map(|(t, m)| format!("{t} {m}")).collect()
    };
    let query = "mode=monitor&consumers=2&items=2";
    assert_eq!(first(query), ["P1 p0", "C1 c0", "C2 c0"]);
    let until_block = first(&format!("{query}&policy=run-until-block"));
    assert_eq!(until_block, ["P1 p0", "P1 p1", "P1 p4"]);
}

#[test]
fn main_keeps_the_lock_across_its_end_of_stream_insertions() {
    // Three consumers, room for three markers: main's three rows come one after another.
    let p = prints("mode=monitor&consumers=3&capacity=3&items=1");
    let rows: Vec<usize> = (0..p.len()).filter(|&i| p[i].0 == "main").collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[2] - rows[0], 2, "{p:?}");
}

#[test]
fn after_a_workers_unlock_the_longest_waiter_gets_the_mutex() {
    // P1 holds the lock for 1 s at p1 while P2 and C1 block on it. P1's unlock (p6) is
    // followed by p0, a pause, so P2, the longest waiter, locks before P1 locks again;
    // run-until-block lets P1 take it straight back.
    let query = "mode=monitor&producers=2&items=2&capacity=3&psleep=0,1:0&csleep=0";
    for (policy, p2_first) in [("", true), ("&policy=run-until-block", false)] {
        let p = prints(&format!("{query}{policy}"));
        let locks: Vec<&str> = p
            .iter()
            .filter(|(_, m)| m == "p1")
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(locks[1] == "P2", p2_first, "{policy}: {locks:?}");
    }
}

/// A sleep string for `threads` threads: per thread up to seven entries of 0..=2 seconds.
fn sleep_string(threads: usize) -> impl Strategy<Value = String> {
    let piece = prop::collection::vec(prop_oneof![4 => Just(0u32), 1 => 1u32..=2], 1..=7)
        .prop_map(|e| e.iter().map(u32::to_string).collect::<Vec<_>>().join(","));
    prop::collection::vec(piece, threads).prop_map(|pieces| pieces.join(":"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn the_correct_programs_finish_with_every_value_consumed_under_the_default_policy(
        (p, c, cap, items) in (1usize..=3, 1usize..=3, 1u8..=3, 1u32..=4),
        semaphore in any::<bool>(),
        seeds in (sleep_string(3), sleep_string(3)),
    ) {
        let mode = if semaphore { "semaphore" } else { "monitor" };
        let cut = |s: &str, n: usize| s.split(':').take(n).collect::<Vec<_>>().join(":");
        let (ps, cs) = (cut(&seeds.0, p), cut(&seeds.1, c));
        let query = format!("mode={mode}&producers={p}&consumers={c}&capacity={cap}\
                             &items={items}&psleep={ps}&csleep={cs}");
        let parsed = parse_query(&query);
        prop_assert!(parsed.errors.is_empty(), "{query}: {:?}", parsed.errors);
        let trace = Trace::of(parsed.scenario);
        prop_assert_eq!(&trace.outcome, &Some(Outcome::Finished), "{}", query);
        prop_assert_eq!(trace.consumed.iter().sum::<u64>(), u64::from(items) * p as u64);
    }
}
