#![cfg(not(target_arch = "wasm32"))]
//! A manual schedule in the URL reopens an exact interleaving in monitor and semaphore
//! modes: record who ran each step of a random run, write that as `policy=manual&schedule=`
//! in a link, read the link back, and the replay prints the same lines at the same times
//! and ends the same way.

use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::scenario::{parse_query, PolicyKind};
use producer_consumer_lab::sim::simulation::Simulation;

/// Runs `query` and returns its trace and the task each step ran.
fn record(query: &str) -> (Trace, Vec<u8>) {
    let mut sim = Simulation::new(parse_query(query).scenario);
    let mut tasks = Vec::new();
    let mut lines = Vec::new();
    while sim.run_to_end(1) == 1 {
        let ev = sim.event();
        tasks.push(ev.task as u8);
        if let Some(print) = ev.print {
            lines.push((ev.time_ms, ev.task, print));
        }
    }
    let trace = Trace::of(parse_query(query).scenario);
    let printed: Vec<_> = trace
        .lines
        .iter()
        .map(|l| (l.time_ms, l.task, l.print))
        .collect();
    assert_eq!(printed, lines, "{query}: recording saw every print");
    (trace, tasks)
}

fn assert_link_replays(query: &str) {
    let (original, tasks) = record(query);
    let mut manual = parse_query(query).scenario;
    manual.policy = PolicyKind::Manual;
    manual.schedule = tasks;
    let link = manual.to_query();
    assert!(
        link.contains("policy=manual&") && link.contains("schedule="),
        "{link}"
    );
    let reopened = parse_query(&link);
    assert_eq!(reopened.errors, vec![], "{link}");
    assert_eq!(reopened.scenario, manual, "{link}");
    let replay = Trace::of(reopened.scenario);
    assert_eq!(replay.lines, original.lines, "{link}");
    assert_eq!(replay.outcome, original.outcome, "{link}");
    assert_eq!(replay.end_ms, original.end_ms, "{link}");
    assert_eq!(replay.consumed, original.consumed, "{link}");
}

#[test]
fn a_schedule_link_replays_random_monitor_runs_exactly() {
    for seed in 0..20 {
        assert_link_replays(&format!(
            "mode=monitor&producers=2&consumers=2&capacity=2&items=3\
             &psleep=0,1:0,0,2&csleep=1:0,0,0,0,1&policy=random&seed={seed}"
        ));
    }
}

#[test]
fn a_schedule_link_replays_the_failing_interleavings_of_broken_variants() {
    for variant in ["two-cvs-if", "one-cv-while", "two-cvs-while-extra-unlock"] {
        for seed in 0..10 {
            assert_link_replays(&format!(
                "mode=monitor&variant={variant}&producers=2&consumers=2&capacity=1&items=2\
                 &policy=random&seed={seed}"
            ));
        }
    }
}

#[test]
fn a_schedule_link_replays_random_semaphore_runs_exactly() {
    for variant in ["correct", "mutex-outside"] {
        for seed in 0..10 {
            assert_link_replays(&format!(
                "mode=semaphore&variant={variant}&producers=2&consumers=1&capacity=1&items=2\
                 &csleep=0,0,1&policy=random&seed={seed}"
            ));
        }
    }
}
