//! The simulation core: a deterministic cooperative scheduler that runs producer and
//! consumer tasks one statement at a time in virtual time.
//!
//! It imports nothing from Yew, web-sys, gloo or js-sys, reads no clock and uses only its
//! own seeded PRNG ([`rng::Rng`]); `tests/core_is_pure.rs` checks this. The browser shell
//! and the `pc-trace` tool both drive it.
//!
//! - [`scenario`]: what to run, and its URL form.
//! - [`simulation::Simulation`]: one run, stepped one statement at a time.
//! - [`kernel`]: task states, ready queue, timers and clock, shared by every mode;
//!   [`run_queue`], [`timers`] and [`go_timer_heap`] order them as `SEMANTICS.md` §1 or Go does.
//! - [`go`]: the seed's Go program over a Go channel.
//! - [`ostep`]: what OSTEP's programs share: the buffer, the threads' loops, main's joins.
//! - [`monitor`]: OSTEP's `threads-cv` programs, a mutex and condition variables.
//! - [`semaphore`]: the textbook bounded buffer with counting semaphores.
//! - [`pick_reason`]: why the scheduler ran a task when it had a choice.
//! - [`reports`]: the run for people: narration, print trace, OSTEP's `-v` table, book figures.
//! - [`refused_pick`]: a manual schedule's pick that cannot run, and why.
//! - [`history`]: step back and forward through checkpoints and replay.
//! - [`explore`]: search every interleaving for a deadlock, safety error, panic or goal.
//! - [`challenge`], [`learn`]: scheduler challenges and the teaching assets' format.
//! - [`ask`]: questions pinned to steps that hold back the answer, graded by the core.
//! - [`experiment`]: sweep one parameter and measure steady-state throughput.
//! - [`lesson`]: one lesson per idea of the seed, read from `static/lessons.txt`.

pub mod ask;
pub mod challenge;
pub mod event;
pub mod experiment;
pub mod explore;
pub mod go;
pub mod go_timer_heap;
pub mod golang;
pub mod history;
pub mod kernel;
pub mod learn;
pub mod lesson;
pub mod metrics;
pub mod monitor;
pub mod ostep;
pub mod pick_reason;
pub mod pick_slots;
pub mod policy;
pub mod refill;
pub mod refused_pick;
pub mod reports;
pub mod ring_buffer;
pub mod rng;
pub mod run_queue;
pub mod scenario;
pub mod semaphore;
pub mod simulation;
pub mod task;
pub mod timers;
pub mod world;
pub mod world_view;

pub use event::{Action, Item, PrintKind, StepEvent};
pub use kernel::{Kernel, Outcome};
pub use scenario::{Mode, PolicyKind, Scenario, Variant};
pub use simulation::{ChoiceError, Simulation, StepResult};
pub use task::{Role, TaskId, TaskState, WaitReason};
