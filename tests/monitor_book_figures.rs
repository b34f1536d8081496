#![cfg(not(target_arch = "wasm32"))]
//! The figure presets replay the book's trace tables row by row: for every row, the thread
//! that acted, the line it ran, the book state of all three threads and the count; and the
//! run ends exactly where the book's does.

use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::reports::book_figures::{figure_for_preset, BookFigure, BookState};
use producer_consumer_lab::sim::scenario::parse_query;
use producer_consumer_lab::sim::simulation::Simulation;
use producer_consumer_lab::sim::task::Role;

/// Steps the figure's preset and checks every row; returns the finished simulation.
pub fn replay(preset: &str) -> Simulation {
    let Some(figure) = figure_for_preset(preset) else {
        panic!("no figure for {preset}");
    };
    let parsed = parse_query(&format!("preset={preset}"));
    assert_eq!(parsed.errors, vec![], "{preset}");
    let mut sim = Simulation::new(parsed.scenario);
    let rows = figure.rows();
    let step_rows = figure.step_rows();
    for (index, row_of_step) in step_rows.iter().enumerate() {
        assert!(
            sim.outcome().is_none(),
            "{preset}: ended before step {}",
            index + 1
        );
        assert_eq!(sim.run_to_end(1), 1);
        let Some(r) = *row_of_step else {
            assert_eq!(sim.event().book_line, None, "{preset} step {}", index + 1);
            continue;
        };
        check_row(&sim, figure, r, &rows[r]);
    }
    let replayed = step_rows.iter().flatten().count();
    assert_eq!(replayed, rows.len(), "{preset}: every row is replayed");
    assert!(
        sim.outcome().is_some(),
        "{preset}: the run ends on the last row"
    );
    let length = sim.scenario().schedule.len() as u64;
    assert_eq!(sim.steps(), length, "{preset}: the whole schedule ran");
    sim
}

fn check_row(
    sim: &Simulation,
    figure: &BookFigure,
    r: usize,
    row: &producer_consumer_lab::sim::reports::book_figures::BookRow,
) {
    let ev = sim.event();
    let at = format!("{} row {} (step {})", figure.preset, r + 1, ev.step);
    let Some(actor) = row.actor() else {
        panic!("{at}: a row without an actor");
    };
    assert_eq!(ev.task, figure.columns[actor].1, "{at}: who acted");
    let letter = match sim.role(ev.task) {
        Role::Producer(_) => 'p',
        _ => 'c',
    };
    let line = ev.book_line.map(|n| format!("{letter}{n}"));
    assert_eq!(line.as_deref(), row.cells[actor].line, "{at}: the line");
    for (cell, &(name, task)) in row.cells.iter().zip(figure.columns) {
        let state = BookState::of(sim.kernel().state(task), task == ev.task);
        assert_eq!(state, cell.state, "{at}: {name}'s state");
    }
    assert_eq!(sim.world().buffer_view().len, row.count, "{at}: count");
}

#[test]
fn figure_30_9_replays_every_row_and_ends_with_no_data() {
    let sim = replay("ostep-fig-30-9");
    let error = Outcome::Error {
        message: "tried to get an empty buffer".to_string(),
    };
    assert_eq!(sim.outcome(), Some(&error));
}

#[test]
fn figure_30_11_replays_every_row_and_ends_with_everyone_asleep() {
    let sim = replay("ostep-fig-30-11");
    assert!(matches!(sim.outcome(), Some(Outcome::Deadlock { .. })));
    let explanation = sim
        .world()
        .explain_deadlock(sim.kernel())
        .unwrap_or_default();
    assert!(
        explanation.contains("Nobody holds the mutex m."),
        "{explanation}"
    );
    assert!(
        explanation.contains("main waits to join the producers."),
        "{explanation}"
    );
    let wrong = "C1's signal at step 23 woke C2 instead of a producer; \
                 now P1, C1 and C2 are all asleep on cv.";
    assert!(explanation.contains(wrong), "{explanation}");
}

#[test]
fn highlighted_row_follows_the_steps_and_skips_steps_the_book_has_no_row_for() {
    let Some(figure) = figure_for_preset("ostep-fig-30-9") else {
        panic!("no figure");
    };
    // Step 1 is main's join and step 2 is C1's loop top: no row yet. Step 3 is C1's lock.
    assert_eq!(figure.row_at_step(2), None);
    assert_eq!(figure.row_at_step(3), Some(0));
    assert_eq!(figure.row_at_step(5), Some(2));
    assert_eq!(
        figure.row_at_step(6),
        Some(2),
        "P1's loop top keeps row 3 lit"
    );
    assert_eq!(figure.row_at_step(7), Some(3));
    assert_eq!(figure.row_at_step(1000), Some(16));
}
