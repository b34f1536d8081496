//! The book's trace tables as data (OSTEP figures 30.9 and 30.11, and chapter 31's
//! mutex-outside deadlock), so the page can show the table beside the run of the matching
//! preset and highlight the row each step replays.
//!
//! The rows are written as in `SEMANTICS.md` §2: per thread column its line (empty when
//! it took no step on that row) and its state, then the count (`num_full`) and a comment.
//! Steps without a book line (loop tops, returns from a wait, main) have no row.

use crate::sim::scenario::parse_query;
use crate::sim::simulation::Simulation;
use crate::sim::task::{TaskId, TaskState, WaitReason};

/// A thread's state as the book's tables name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookState {
    /// It took this row's step and can go on.
    Running,
    /// It could run but did not on this row.
    Ready,
    /// Blocked: asleep on a condition variable, or waiting for the mutex or a semaphore.
    Sleep,
}

impl BookState {
    /// How the book would describe a thread in `state`; `acted` when it took the step.
    pub fn of(state: TaskState, acted: bool) -> BookState {
        match state {
            TaskState::Blocked(
                WaitReason::Cond(_) | WaitReason::Mutex | WaitReason::Semaphore(_),
            ) => BookState::Sleep,
            _ if acted => BookState::Running,
            _ => BookState::Ready,
        }
    }

    fn parse(text: &str) -> Option<BookState> {
        match text {
            "Running" => Some(BookState::Running),
            "Ready" => Some(BookState::Ready),
            "Sleep" => Some(BookState::Sleep),
            _ => None,
        }
    }
}

/// One thread's cell in a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BookCell {
    /// The line it ran on this row (`c1`, `p4`, ...), or `None` if it took no step.
    pub line: Option<&'static str>,
    /// Its state after the row.
    pub state: BookState,
}

/// One row of a figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookRow {
    /// One cell per column, in the figure's column order.
    pub cells: Vec<BookCell>,
    /// `count`: items in the buffer after the row.
    pub count: usize,
    /// The book's comment, possibly empty.
    pub comment: &'static str,
}

impl BookRow {
    /// The column of the thread that acted on this row.
    pub fn actor(&self) -> Option<usize> {
        self.cells.iter().position(|c| c.line.is_some())
    }
}

/// A figure: its columns (book name and task), its rows, and the preset that replays it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BookFigure {
    /// A short title, e.g. `Figure 30.9: Thread trace, broken solution`.
    pub title: &'static str,
    /// The preset whose run replays the rows.
    pub preset: &'static str,
    /// Column names as the book writes them (`Tc1`) and the task each one is.
    pub columns: &'static [(&'static str, TaskId)],
    /// The rows, one per line: per column `line,state`, then `count,comment`.
    csv: &'static str,
}

impl BookFigure {
    /// The rows, parsed from the figure's data.
    pub fn rows(&self) -> Vec<BookRow> {
        self.csv.lines().filter_map(|l| self.parse_row(l)).collect()
    }

    fn parse_row(&self, line: &'static str) -> Option<BookRow> {
        let n = self.columns.len();
        let fields: Vec<&'static str> = line.trim().splitn(2 * n + 2, ',').collect();
        let (cells, rest) = fields.split_at_checked(2 * n)?;
        let cells = cells
            .chunks(2)
            .map(|pair| {
                let line = Some(pair[0]).filter(|l| !l.is_empty());
                BookState::parse(pair[1]).map(|state| BookCell { line, state })
            })
            .collect::<Option<Vec<_>>>()?;
        let count = rest.first()?.parse().ok()?;
        let comment = rest.get(1).copied().unwrap_or("");
        Some(BookRow {
            cells,
            count,
            comment,
        })
    }

    /// For each step of the preset's run (index 0 is step 1), the row it replays, if any:
    /// steps with a book line, taken by a figure thread, replay the rows in order.
    pub fn step_rows(&self) -> Vec<Option<usize>> {
        let parsed = parse_query(&format!("preset={}", self.preset));
        let mut sim = Simulation::new(parsed.scenario);
        let rows = self.rows().len();
        let mut next = 0;
        let mut out = Vec::new();
        while sim.outcome().is_none() && next < rows && sim.run_to_end(1) == 1 {
            let ev = sim.event();
            let in_figure = self.columns.iter().any(|&(_, t)| t == ev.task);
            if ev.book_line.is_some() && in_figure {
                out.push(Some(next));
                next += 1;
            } else {
                out.push(None);
            }
        }
        out
    }

    /// The row to highlight after 1-based step `step`: the last row replayed so far.
    pub fn row_at_step(&self, step: u64) -> Option<usize> {
        let steps = usize::try_from(step).unwrap_or(usize::MAX);
        self.step_rows().into_iter().take(steps).flatten().last()
    }
}

/// The figures, in book order. Tasks: P1 = 0, C1 = 1, C2 = 2 (main is 3, or 2 in the
/// one-consumer semaphore figure, and has no column).
pub static FIGURES: &[BookFigure] = &[
    BookFigure {
        title: "Figure 30.9: Thread trace, broken solution (if)",
        preset: "ostep-fig-30-9",
        columns: &[("Tc1", 1), ("Tc2", 2), ("Tp", 0)],
        csv: "c1,Running,,Ready,,Ready,0,
            c2,Running,,Ready,,Ready,0,
            c3,Sleep,,Ready,,Ready,0,Nothing to get
            ,Sleep,,Ready,p1,Running,0,
            ,Sleep,,Ready,p2,Running,0,
            ,Sleep,,Ready,p4,Running,1,Buffer now full
            ,Ready,,Ready,p5,Running,1,Tc1 awoken
            ,Ready,,Ready,p6,Running,1,
            ,Ready,,Ready,p1,Running,1,
            ,Ready,,Ready,p2,Running,1,
            ,Ready,,Ready,p3,Sleep,1,Buffer full; sleep
            ,Ready,c1,Running,,Sleep,1,Tc2 sneaks in ...
            ,Ready,c2,Running,,Sleep,1,
            ,Ready,c4,Running,,Sleep,0,... and grabs data
            ,Ready,c5,Running,,Ready,0,Tp awoken
            ,Ready,c6,Running,,Ready,0,
            c4,Running,,Ready,,Ready,0,Oh oh! No data",
    },
    BookFigure {
        title: "Figure 30.11: Thread trace, broken solution (one condition variable)",
        preset: "ostep-fig-30-11",
        columns: &[("Tc1", 1), ("Tc2", 2), ("Tp", 0)],
        csv: "c1,Running,,Ready,,Ready,0,
            c2,Running,,Ready,,Ready,0,
            c3,Sleep,,Ready,,Ready,0,Nothing to get
            ,Sleep,c1,Running,,Ready,0,
            ,Sleep,c2,Running,,Ready,0,
            ,Sleep,c3,Sleep,,Ready,0,Nothing to get
            ,Sleep,,Sleep,p1,Running,0,
            ,Sleep,,Sleep,p2,Running,0,
            ,Sleep,,Sleep,p4,Running,1,Buffer now full
            ,Ready,,Sleep,p5,Running,1,Tc1 awoken
            ,Ready,,Sleep,p6,Running,1,
            ,Ready,,Sleep,p1,Running,1,
            ,Ready,,Sleep,p2,Running,1,
            ,Ready,,Sleep,p3,Sleep,1,Must sleep (full)
            c2,Running,,Sleep,,Sleep,1,Recheck condition
            c4,Running,,Sleep,,Sleep,0,Tc1 grabs data
            c5,Running,,Ready,,Sleep,0,Oops! Woke Tc2
            c6,Running,,Ready,,Sleep,0,
            c1,Running,,Ready,,Sleep,0,
            c2,Running,,Ready,,Sleep,0,
            c3,Sleep,,Ready,,Sleep,0,Nothing to get
            ,Sleep,c2,Running,,Sleep,0,
            ,Sleep,c3,Sleep,,Sleep,0,Everyone asleep...",
    },
    BookFigure {
        title: "Chapter 31: adding mutual exclusion (incorrectly)",
        preset: "ostep-fig-31-mutex-outside",
        columns: &[("Tc", 1), ("Tp", 0)],
        csv: "c0,Running,,Ready,0,Tc takes the mutex
            c1,Sleep,,Ready,0,Nothing to get: sleeps on full holding the mutex
            ,Sleep,p0,Sleep,0,Tp waits for the mutex: deadlock",
    },
];

/// The figure a preset replays, if it is one of the figure presets.
pub fn figure_for_preset(preset: &str) -> Option<&'static BookFigure> {
    FIGURES.iter().find(|f| f.preset == preset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_figure_parses_completely() {
        let sizes: Vec<usize> = FIGURES.iter().map(|f| f.rows().len()).collect();
        assert_eq!(sizes, vec![17, 23, 3]);
        let last = FIGURES[0].rows().pop().map(|r| r.comment);
        assert_eq!(last, Some("Oh oh! No data"));
    }
}
