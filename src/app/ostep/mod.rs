//! The monitor and semaphore modes on the page: what the OSTEP programs add to the lab.
//!
//! - [`sync_state`]: the mutex's owner, each condition variable's or semaphore's wait
//!   queue in order, and the semaphores' counts (it replaces the generic wait-queue panel
//!   in these modes).
//! - [`book_table`] and [`figure_progress`]: beside a figure preset's run, the book's own
//!   trace table with the row the current step replays highlighted.
//! - [`deadlock_panel`] and [`explain`]: once the run deadlocks or fails OSTEP's safety
//!   check, who holds what, who waits on what, and which step went wrong.
//! - [`markers`]: the mutex each task card says its task holds.
//!
//! Everything reads the core's views (`World::sync_view`, `World::explain_deadlock`,
//! `book_figures`); nothing here decides anything about the program. In Go mode none of it
//! shows, and `embed=1` leaves the panels out: the narration, which the embed keeps, already
//! says why a run deadlocked or failed.

pub mod book_table;
pub mod deadlock_panel;
pub mod explain;
pub mod figure_progress;
pub mod markers;
pub mod sync_state;

use yew::prelude::*;

use crate::sim::history::Run;
use crate::sim::{Mode, Simulation};

pub use book_table::BookTable;
pub use deadlock_panel::{outcome_panel_shown, view_outcome_panel};
pub use figure_progress::{figure_progress, FigureProgress, OffBook};
pub use markers::holds_mutex;
pub use sync_state::view_sync_state;

/// True in the monitor and semaphore modes, where this module's panels apply.
pub fn applies(sim: &Simulation) -> bool {
    sim.scenario().mode != Mode::Go
}

/// The side column's OSTEP panels: the synchronisation state, then the book's table when
/// the run is a figure preset's. `held`: a question is pending, so the book's rows after
/// the current one stay hidden.
pub fn view_side_panels(run: &Run, held: bool) -> Html {
    let progress = figure_progress(run);
    html! {
        <>
            { view_sync_state(run.sim()) }
            if let Some(p) = progress {
                <BookTable figure={p.figure} row={p.row} off_book={p.off_book}
                    names={p.column_names}
                    shown_rows={held.then(|| p.row.map_or(0, |r| r + 1))} />
            }
        </>
    }
}
