//! Where a figure preset's run stands in the book's table: which figure, which row the
//! current step replays (`BookFigure::row_at_step`), and whether the run has left the
//! book's path, in which case no row is highlighted rather than a wrong one.
//!
//! The rows only describe the preset's exact run: its scenario (counts, variant, manual
//! schedule) and, step by step, the choices the schedule makes. A learner who changes the
//! scenario or picks another task than the book's leaves the figure.

use std::rc::Rc;

use yew::AttrValue;

use crate::sim::history::Run;
use crate::sim::reports::book_figures::{figure_for_preset, BookFigure};
use crate::sim::scenario::parse_query;

/// How a run left the book's figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffBook {
    /// The scenario differs from the preset's (another policy, count or variant).
    Scenario,
    /// Step `n` (1-based) ran another task than the book's schedule.
    Choice(u64),
}

/// A figure preset's run, as the book's table shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureProgress {
    /// The figure the preset replays.
    pub figure: &'static BookFigure,
    /// The row the current step replays (0-based), `None` before the first row or off the
    /// book's path.
    pub row: Option<usize>,
    /// Set once the run no longer follows the figure.
    pub off_book: Option<OffBook>,
    /// The page's name for each column's thread (`C1` for the book's `Tc1`).
    pub column_names: Rc<Vec<AttrValue>>,
}

/// The progress of `run` through its preset's figure; `None` unless the scenario came
/// from a figure preset.
pub fn figure_progress(run: &Run) -> Option<FigureProgress> {
    let sim = run.sim();
    let figure = figure_for_preset(sim.scenario().preset?)?;
    let book = parse_query(&format!("preset={}", figure.preset)).scenario;
    let off_book = if *sim.scenario() != book {
        Some(OffBook::Scenario)
    } else {
        first_other_choice(run.choices(), &book.schedule, sim.steps()).map(OffBook::Choice)
    };
    let row = match off_book {
        None => figure.row_at_step(sim.steps()),
        Some(_) => None,
    };
    let column_names = figure
        .columns
        .iter()
        .map(|&(_, task)| AttrValue::from(sim.task_name(task)))
        .collect();
    Some(FigureProgress {
        figure,
        row,
        off_book,
        column_names: Rc::new(column_names),
    })
}

/// The first step (1-based) up to `steps` whose task differs from the book's `schedule`.
/// Steps past the end of the schedule follow no book row, so they never count.
fn first_other_choice(choices: &[u8], schedule: &[u8], steps: u64) -> Option<u64> {
    let reached = usize::try_from(steps).unwrap_or(usize::MAX);
    choices
        .iter()
        .zip(schedule)
        .take(reached)
        .position(|(ran, book)| ran != book)
        .map(|i| i as u64 + 1)
}
