#![cfg(not(target_arch = "wasm32"))]
//! A million-step [`Run`] keeps its history under 64 MB, and `memory_bytes` is honest: a
//! counting allocator shows the heap the run really holds is never more than it reports.
//!
//! One test only: the allocator counts every thread, so nothing may run beside it.

use producer_consumer_lab::sim::history::Run;
use producer_consumer_lab::sim::scenario::SleepString;
use producer_consumer_lab::sim::{Mode, PolicyKind, Scenario, Variant};

mod counting_alloc;

const MILLION: u64 = 1_000_000;
/// 64 MB, counted in decimal megabytes (the stricter reading).
const BUDGET: usize = 64_000_000;

/// Runs that stress the history differently: the seed scaled up (the benchmark's run);
/// a monitor sleeping at every marker (the most prints and state changes per step); and
/// 16 producers and 16 consumers in semaphore mode (the largest checkpoints, 33 tasks).
fn heavy_scenarios() -> Vec<(&'static str, Scenario)> {
    let sleeps = |text: &str| SleepString::parse(text, 2, "threads").unwrap_or_default();
    let sleepy = Scenario {
        mode: Mode::Monitor,
        variant: Some(Variant::TwoCvsWhile),
        producers: 2,
        consumers: 2,
        capacity: 1,
        items: MILLION as u32,
        psleep: sleeps("1,0,1,0,1,1,1:1,1,1,1,1,1,1"),
        csleep: sleeps("1,1,1,1,1,1,1:0,1,0,1,0,1,1"),
        policy: PolicyKind::RoundRobin,
        ..Scenario::default()
    };
    let crowd = Scenario {
        mode: Mode::Semaphore,
        variant: Some(Variant::SemCorrect),
        producers: 16,
        consumers: 16,
        capacity: 64,
        items: 100_000,
        policy: PolicyKind::Random,
        ..Scenario::default()
    };
    let seed = Scenario {
        items: MILLION as u32,
        ..Scenario::default()
    };
    vec![
        ("seed scaled up", seed),
        ("monitor, a sleep at every marker", sleepy),
        ("semaphore, 16 x 16, random", crowd),
    ]
}

#[test]
fn a_million_step_run_keeps_history_under_64_mb_and_reports_it_honestly() {
    for (name, scenario) in heavy_scenarios() {
        let before = counting_alloc::live();
        let mut run = Run::new(scenario);
        let steps = run.run_to_end(MILLION);
        let held = counting_alloc::live().saturating_sub(before) + size_of::<Run>();
        let reported = run.memory_bytes();
        eprintln!("{name}: {steps} steps, {held} bytes held, {reported} reported");
        assert_eq!(steps, MILLION, "{name}: the run is long enough");
        assert!(reported < BUDGET, "{name}: {reported} bytes is over budget");
        assert!(
            held <= reported,
            "{name}: holds {held} bytes but reports {reported}"
        );
        assert!(
            reported <= held * 3 / 2,
            "{name}: {reported} overstates {held}"
        );
        // Seeking anywhere keeps the footprint: replay only rewrites the current state.
        run.seek(123_456);
        run.seek(MILLION - 7);
        assert_eq!(run.memory_bytes(), reported, "{name}");
    }
}
