#![cfg(not(target_arch = "wasm32"))]
//! A task card's OSTEP marker comes from the core (`World::marker_of`); it must be the
//! marker written at the end of the listing line the task is on, at every step.

use producer_consumer_lab::sim::scenario::parse_query;
use producer_consumer_lab::sim::world::World;
use producer_consumer_lab::sim::{Simulation, StepResult};

/// The `p3`/`c0` written at the end of a listing line, if any.
fn marker_written_on(line: &str) -> Option<String> {
    let last = line.split_whitespace().last()?.strip_suffix(';')?;
    let mut chars = last.chars();
    let ok = matches!(chars.next(), Some('p' | 'c'))
        && matches!(chars.next(), Some('0'..='6'))
        && chars.next().is_none();
    ok.then(|| last.to_string())
}

fn check_every_step(query: &str) {
    let parsed = parse_query(query);
    assert!(parsed.errors.is_empty(), "{query}: {:?}", parsed.errors);
    let listings = World::listings(&parsed.scenario);
    let mut sim = Simulation::new(parsed.scenario);
    loop {
        for (task, listing) in listings.iter().enumerate() {
            let line = &listing[sim.world().line_of(task)];
            let from_core = sim.world().marker_of(task).map(|m| m.text());
            assert_eq!(
                from_core,
                marker_written_on(line),
                "{query}, step {}, task {task}: {line}",
                sim.steps()
            );
        }
        if sim.step() != StepResult::Stepped {
            break;
        }
    }
}

#[test]
fn every_monitor_variant_shows_the_marker_written_on_each_tasks_line() {
    for variant in [
        "two-cvs-while",
        "two-cvs-if",
        "one-cv-while",
        "two-cvs-while-extra-unlock",
    ] {
        for seed in 0..20 {
            check_every_step(&format!(
                "mode=monitor&variant={variant}&producers=2&consumers=2&capacity=1&items=3&policy=random&seed={seed}"
            ));
        }
    }
}

#[test]
fn every_semaphore_variant_shows_the_marker_written_on_each_tasks_line() {
    for variant in ["correct", "mutex-outside"] {
        for seed in 0..20 {
            check_every_step(&format!(
                "mode=semaphore&variant={variant}&producers=2&consumers=2&capacity=1&items=3&policy=random&seed={seed}"
            ));
        }
    }
}

#[test]
fn go_mode_has_no_markers() {
    let sim = Simulation::new(Default::default());
    assert_eq!(sim.world().marker_of(0), None);
}
