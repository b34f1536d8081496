//! The program being run, whatever its mode: one enum that dispatches to the Go, monitor
//! or semaphore model, and the mode-independent views the page draws from.

use super::event::{Item, StepEvent};
use super::go::{self, GoWorld};
use super::kernel::Kernel;
use super::scenario::{Mode, Scenario};
use super::task::TaskId;

/// One slot of the buffer as drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotView {
    /// Nothing in it.
    Empty,
    /// A value.
    Item(Item),
    /// OSTEP's END_OF_STREAM marker.
    EndOfStream,
}

/// The buffer as drawn: physical slots and the in/out pointers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BufferView {
    /// Slots `0..capacity` in physical order.
    pub slots: Vec<SlotView>,
    /// Where the next item goes in (Go's tail, OSTEP's `fill_ptr`).
    pub in_slot: usize,
    /// Where the next item comes out (Go's head, OSTEP's `use_ptr`).
    pub out_slot: usize,
    /// Items held (`num_full` in OSTEP).
    pub len: usize,
}

/// A named queue of waiting tasks, longest-waiting first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitQueueView {
    /// What it is, e.g. "send queue (waiting for room)".
    pub name: &'static str,
    /// Waiting tasks, longest-waiting first.
    pub tasks: Vec<TaskId>,
}

/// Conservation counts: produced = consumed + buffered + in flight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Counts {
    /// Values whose send (or fill) has begun.
    pub produced: u64,
    /// Values received (or got) by consumers.
    pub consumed: u64,
    /// Values in the buffer.
    pub buffered: u64,
    /// Values held by tasks: blocked senders, and received values not yet printed.
    pub in_flight: u64,
}

/// The program state of a run, by mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum World {
    /// The seed's Go program.
    Go(GoWorld),
}

impl World {
    /// The program for `scenario`, before any statement ran.
    pub fn new(scenario: &Scenario) -> World {
        match scenario.mode {
            Mode::Go | Mode::Monitor | Mode::Semaphore => World::Go(GoWorld::new(scenario)),
        }
    }

    /// Runs one statement of `task`.
    pub fn exec(&mut self, task: TaskId, k: &mut Kernel, ev: &mut StepEvent) {
        match self {
            World::Go(w) => w.exec(task, k, ev),
        }
    }

    /// The 0-based listing line `task` is on.
    pub fn line_of(&self, task: TaskId) -> usize {
        match self {
            World::Go(w) => w.line_of(task),
        }
    }

    /// What the runtime says when everything is blocked.
    pub fn deadlock_message(&self) -> &'static str {
        match self {
            World::Go(_) => go::DEADLOCK_MESSAGE,
        }
    }

    /// Items in the buffer now.
    pub fn buffered(&self) -> usize {
        match self {
            World::Go(w) => w.channel().buffer().len(),
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
        }
    }

    /// Items each consumer received (Go) or its OSTEP result, by consumer.
    pub fn consumed_by(&self) -> Vec<u64> {
        match self {
            World::Go(w) => w.consumed_by().to_vec(),
        }
    }

    /// Sum and count of buffer waits, in ms.
    pub fn buffer_wait(&self) -> (u64, u64) {
        match self {
            World::Go(w) => w.buffer_wait(),
        }
    }

    /// The source listing each task runs, by task.
    pub fn listings(scenario: &Scenario) -> Vec<Vec<String>> {
        let p = usize::from(scenario.producers);
        let c = usize::from(scenario.consumers);
        (0..p)
            .map(|k| go::producer_listing(scenario, k))
            .chain((0..c).map(|k| go::consumer_listing(scenario, k)))
            .collect()
    }
}
