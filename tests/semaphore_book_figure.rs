#![cfg(not(target_arch = "wasm32"))]
//! The chapter 31 preset replays the mutex-outside deadlock row by row: the consumer
//! takes the mutex, sleeps on `full` holding it, and the producer sleeps on the mutex.

use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::reports::book_figures::{figure_for_preset, BookState};
use producer_consumer_lab::sim::scenario::parse_query;
use producer_consumer_lab::sim::simulation::Simulation;
use producer_consumer_lab::sim::task::Role;

#[test]
fn mutex_outside_figure_replays_every_row_and_ends_in_the_deadlock() {
    let preset = "ostep-fig-31-mutex-outside";
    let Some(figure) = figure_for_preset(preset) else {
        panic!("no figure for {preset}");
    };
    let mut sim = Simulation::new(parse_query(&format!("preset={preset}")).scenario);
    let rows = figure.rows();
    for row_of_step in figure.step_rows() {
        assert_eq!(sim.run_to_end(1), 1);
        let Some(r) = row_of_step else { continue };
        let (ev, row) = (sim.event(), &rows[r]);
        let actor = row.actor().unwrap_or(usize::MAX);
        assert_eq!(
            Some(ev.task),
            figure.columns.get(actor).map(|c| c.1),
            "row {r}"
        );
        let letter = if sim.role(ev.task) == Role::Producer(0) {
            'p'
        } else {
            'c'
        };
        let line = ev.book_line.map(|n| format!("{letter}{n}"));
        assert_eq!(line.as_deref(), row.cells[actor].line, "row {r}");
        for (cell, &(name, task)) in row.cells.iter().zip(figure.columns) {
            let state = BookState::of(sim.kernel().state(task), task == ev.task);
            assert_eq!(state, cell.state, "row {r}: {name}");
        }
        assert_eq!(sim.world().buffer_view().len, row.count, "row {r}");
    }
    assert!(matches!(sim.outcome(), Some(Outcome::Deadlock { .. })));
    assert_eq!(
        sim.world().sync_view().mutex_owner,
        Some(1),
        "C1 still holds the mutex"
    );
}
