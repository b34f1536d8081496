#![cfg(not(target_arch = "wasm32"))]
//! What the page draws in monitor and semaphore modes stays consistent with the run: the
//! listing line of every step shows the marker it printed, the counts always add up, and
//! the wait queues and the mutex owner say who waits where.

use producer_consumer_lab::sim::event::PrintKind;
use producer_consumer_lab::sim::scenario::parse_query;
use producer_consumer_lab::sim::simulation::Simulation;
use producer_consumer_lab::sim::world::World;

/// Runs `query` to its end, checking after every step that the listing line of the step
/// shows the marker printed and that produced = consumed + buffered.
fn check_every_step(query: &str) -> Simulation {
    let scenario = parse_query(query).scenario;
    let listings = World::listings(&scenario);
    assert_eq!(
        listings.len(),
        scenario.task_count(),
        "{query}: one listing per task"
    );
    let mut sim = Simulation::new(scenario);
    while sim.run_to_end(1) == 1 {
        let ev = sim.event();
        let line = &listings[ev.task][ev.line];
        if let Some(PrintKind::Marker { producer, marker }) = ev.print {
            let letter = if producer { 'p' } else { 'c' };
            let shown = format!("{letter}{marker};");
            assert!(line.ends_with(&shown), "{query} step {}: {line:?}", ev.step);
        }
        if ev.print == Some(PrintKind::EndOfStream) {
            assert!(line.contains("END_OF_STREAM"), "{line:?}");
        }
        for (task, listing) in listings.iter().enumerate() {
            assert!(sim.world().line_of(task) < listing.len());
        }
        let c = sim.world().counts();
        assert_eq!(c.produced, c.consumed + c.buffered + c.in_flight, "{query}");
    }
    sim
}

#[test]
fn every_variant_shows_each_printed_marker_on_the_listing_line_of_its_step() {
    for variant in [
        "mode=monitor&variant=two-cvs-while",
        "mode=monitor&variant=two-cvs-if",
        "mode=monitor&variant=one-cv-while",
        "mode=monitor&variant=two-cvs-while-extra-unlock",
        "mode=semaphore&variant=correct",
        "mode=semaphore&variant=mutex-outside",
    ] {
        for seed in 0..25 {
            check_every_step(&format!(
                "{variant}&producers=2&consumers=2&capacity=2&items=3&policy=random&seed={seed}"
            ));
        }
    }
}

#[test]
fn everyone_asleep_on_one_cv_shows_in_the_wait_queues() {
    let sim = check_every_step("preset=ostep-fig-30-11");
    let queues = sim.world().wait_queues();
    let names: Vec<&str> = queues.iter().map(|q| q.name).collect();
    assert_eq!(
        names,
        vec!["mutex m (waiting to lock)", "cv (everyone waits here)"]
    );
    assert_eq!(queues[0].tasks, Vec::<usize>::new());
    assert_eq!(
        queues[1].tasks,
        vec![0, 1, 2],
        "P1, C1, C2 in the order they slept"
    );
    assert_eq!(sim.world().sync_view().mutex_owner, None);
}

#[test]
fn mutex_owner_is_the_thread_between_its_lock_and_unlock() {
    let mut sim = Simulation::new(parse_query("mode=monitor&policy=round-robin").scenario);
    // P1: loop top, then lock: it owns m until its unlock.
    sim.run_to_end(1);
    assert_eq!(sim.world().sync_view().mutex_owner, None);
    sim.run_to_end(1); // C1's loop top (round robin)
    sim.run_to_end(1); // main blocks joining the producers
    sim.run_to_end(1); // P1 locks
    assert_eq!(sim.world().sync_view().mutex_owner, Some(0));
    assert!(sim.world().sync_view().semaphores.is_empty());
}

#[test]
fn semaphore_sync_view_starts_with_max_empty_zero_full_and_a_free_mutex() {
    let sim = Simulation::new(parse_query("mode=semaphore&capacity=3").scenario);
    let sync = sim.world().sync_view();
    let counts: Vec<usize> = sync.semaphores.iter().map(|&(_, n)| n).collect();
    assert_eq!(counts, vec![3, 0, 1]);
    assert_eq!(sync.mutex_owner, None);
}
