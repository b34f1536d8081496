//! The reports: what a running or finished [`Simulation`](crate::sim::Simulation) looks
//! like to people, in sentences, tables and print logs.
//!
//! - [`narration`]: one sentence for the last step, for the page's live region, with
//!   [`why_next`]'s clause when the scheduler had a choice.
//! - [`trace`]: a whole run's prints, as the trace tool and the tests read them.
//! - [`ostep_table`]: OSTEP's `-v` trace table, character for character.
//! - [`book_figures`]: the book's trace tables as data, matched row by row to a run.
//!
//! They sit on top of the core: they read a `Simulation`, its `World`, its kernel and its
//! last `StepEvent` after the fact and decide nothing about the run. Nothing beneath them
//! (kernel, modes, world, simulation, history, policy, scenario) imports them, so what a
//! step does is decided in one place and only described here; `tests/core_layering.rs`
//! checks the imports.

pub mod book_figures;
pub mod narration;
mod narration_sync;
pub mod ostep_table;
pub mod trace;
pub mod why_next;
