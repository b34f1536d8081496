//! The program being run, whatever its mode: one enum that dispatches to the Go, monitor
//! or semaphore model, and builds the mode-independent views (`world_view`) the page
//! draws from.

use super::event::{PrintKind, StepEvent};
use super::go::{self, GoWorld};
use super::kernel::Kernel;
use super::monitor::{self, MonitorStmt, MonitorWorld};
use super::refill::Refill;
use super::scenario::{Mode, Scenario};
use super::semaphore::{self, SemaphoreWorld};
use super::task::{Role, TaskId};
pub use super::world_view::{BufferView, Counts, SlotView, SyncView, WaitQueueView};

/// The program state of a run, by mode.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum World {
    /// The seed's Go program.
    Go(GoWorld),
    /// OSTEP's `threads-cv` programs: a mutex and condition variables.
    Monitor(MonitorWorld),
    /// The textbook bounded buffer with counting semaphores.
    Semaphore(SemaphoreWorld),
}

impl World {
    /// The program for `scenario`, before any statement ran.
    pub fn new(scenario: &Scenario) -> World {
        match scenario.mode {
            Mode::Go => World::Go(GoWorld::new(scenario)),
            Mode::Monitor => World::Monitor(MonitorWorld::new(scenario)),
            Mode::Semaphore => World::Semaphore(SemaphoreWorld::new(scenario)),
        }
    }

    /// Feeds the explorer what decides whether the run can still fail: the monitor and
    /// semaphore programs without their values and tallies; Go's whole state.
    pub fn hash_control<H: std::hash::Hasher>(&self, h: &mut H) {
        use std::hash::Hash;
        match self {
            World::Go(w) => w.hash(h),
            World::Monitor(w) => w.hash_control(h),
            World::Semaphore(w) => w.hash_control(h),
        }
    }

    /// Runs one statement of `task`.
    pub fn exec(&mut self, task: TaskId, k: &mut Kernel, ev: &mut StepEvent) {
        // Only the monitor and semaphore programs have book lines; reset it for Go.
        ev.book_line = None;
        match self {
            World::Go(w) => w.exec(task, k, ev),
            World::Monitor(w) => w.exec(task, k, ev),
            World::Semaphore(w) => w.exec(task, k, ev),
        }
    }

    /// The 0-based listing line `task` is on.
    pub fn line_of(&self, task: TaskId) -> usize {
        match self {
            World::Go(w) => w.line_of(task),
            World::Monitor(w) => w.line_of(task),
            World::Semaphore(w) => w.line_of(task),
        }
    }

    /// What the runtime says when everything is blocked.
    pub fn deadlock_message(&self) -> &'static str {
        match self {
            World::Go(_) => go::DEADLOCK_MESSAGE,
            World::Monitor(_) => monitor::DEADLOCK_MESSAGE,
            World::Semaphore(_) => semaphore::DEADLOCK_MESSAGE,
        }
    }

    /// Why the run deadlocked, in plain words (who holds the mutex, who waits on what, and
    /// in monitor mode the signal that woke the wrong thread); `None` unless the run ended
    /// in a deadlock, and in Go mode, whose message says it all.
    pub fn explain_deadlock(&self, k: &Kernel) -> Option<String> {
        match self {
            World::Go(_) => None,
            World::Monitor(w) => w.explain_deadlock(k),
            World::Semaphore(w) => w.explain_deadlock(k),
        }
    }

    /// The OSTEP marker (`p3`, `c0`) written on the listing line `task` is on, for its card;
    /// `None` in Go mode, for main, and on lines without one.
    pub fn marker_of(&self, task: TaskId) -> Option<PrintKind> {
        let (role, marker) = match self {
            World::Go(_) => return None,
            // `Cond_wait(..); p3;` holds both the wait and its return.
            World::Monitor(w) => match w.stmt(task) {
                MonitorStmt::Wait => (w.role(task), Some(3)),
                stmt => (w.role(task), stmt.marker()),
            },
            World::Semaphore(w) => (w.role(task), w.stmt(task).marker()),
        };
        let producer = match role {
            Role::Producer(_) => true,
            Role::Consumer(_) => false,
            Role::Main => return None,
        };
        marker.map(|marker| PrintKind::Marker { producer, marker })
    }

    /// Mutex owner and semaphore counts.
    pub fn sync_view(&self) -> SyncView {
        match self {
            World::Go(_) => SyncView::default(),
            World::Monitor(w) => SyncView {
                mutex_owner: w.mutex().owner(),
                semaphores: Vec::new(),
            },
            World::Semaphore(w) => w.sync_view(),
        }
    }

    /// Slots in use now (OSTEP's `num_full`, END_OF_STREAM markers included).
    pub fn buffered(&self) -> usize {
        match self {
            World::Go(w) => w.channel().buffer().len(),
            World::Monitor(w) => w.buffer().num_full(),
            World::Semaphore(w) => w.buffer().num_full(),
        }
    }

    /// The buffer's slots and pointers.
    pub fn buffer_view(&self) -> BufferView {
        match self {
            World::Go(w) => {
                let buffer = w.channel().buffer();
                BufferView {
                    slots: buffer
                        .slots()
                        .into_iter()
                        .map(|s| s.map_or(SlotView::Empty, |item| SlotView::Item(*item)))
                        .collect(),
                    in_slot: buffer.in_slot(),
                    out_slot: buffer.out_slot(),
                    len: buffer.len(),
                }
            }
            World::Monitor(w) => w.buffer().view(),
            World::Semaphore(w) => w.buffer().view(),
        }
    }

    /// Every wait queue, in order.
    pub fn wait_queues(&self) -> Vec<WaitQueueView> {
        match self {
            World::Go(w) => vec![
                WaitQueueView {
                    name: "send queue (waiting for room or a receiver)",
                    tasks: w.channel().send_queue().map(|(t, _)| *t).collect(),
                },
                WaitQueueView {
                    name: "receive queue (waiting for an item)",
                    tasks: w.channel().recv_queue().collect(),
                },
            ],
            World::Monitor(w) => w.wait_queues(),
            World::Semaphore(w) => w.wait_queues(),
        }
    }

    /// Produced, consumed, buffered and in-flight counts.
    pub fn counts(&self) -> Counts {
        match self {
            World::Go(w) => Counts {
                produced: w.produced(),
                consumed: w.consumed_by().iter().sum(),
                buffered: w.channel().buffer().len() as u64,
                in_flight: w.in_flight(),
            },
            World::Monitor(w) => w.counts(),
            World::Semaphore(w) => w.counts(),
        }
    }

    /// Items each consumer received (Go) or its OSTEP result (values got, END_OF_STREAM
    /// not counted), by consumer.
    pub fn consumed_by(&self) -> Vec<u64> {
        match self {
            World::Go(w) => w.consumed_by().to_vec(),
            World::Monitor(w) => w.consumed_by().to_vec(),
            World::Semaphore(w) => w.consumed_by().to_vec(),
        }
    }

    /// Sum and count of buffer waits, in ms.
    pub fn buffer_wait(&self) -> (u64, u64) {
        match self {
            World::Go(w) => w.buffer_wait(),
            World::Monitor(w) => w.buffer_wait(),
            World::Semaphore(w) => w.buffer_wait(),
        }
    }

    /// The source listing each task runs, by task (in monitor and semaphore modes main,
    /// the last task, has one too).
    pub fn listings(scenario: &Scenario) -> Vec<Vec<String>> {
        let p = usize::from(scenario.producers);
        let c = usize::from(scenario.consumers);
        match scenario.mode {
            Mode::Go => (0..p)
                .map(|k| go::producer_listing(scenario, k))
                .chain((0..c).map(|k| go::consumer_listing(scenario, k)))
                .collect(),
            Mode::Monitor => monitor::listings(scenario),
            Mode::Semaphore => semaphore::listings(scenario),
        }
    }
}

impl Refill for World {
    fn refill_from(&mut self, source: &Self) {
        match (self, source) {
            (World::Monitor(world), World::Monitor(source)) => world.refill_from(source),
            (World::Semaphore(world), World::Semaphore(source)) => world.refill_from(source),
            // Go mode's state is a handful of small vectors; a plain copy will do.
            (world, source) => *world = source.clone(),
        }
    }
}
