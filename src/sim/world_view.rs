//! The mode-independent views of a run's program that the page, the trace and the tests
//! draw from: the buffer's slots and pointers, the wait queues, the conservation counts
//! and the locks' and semaphores' state. Plain data; `world.rs` builds them from whichever
//! model runs.

use super::event::Item;
use super::task::{SemaphoreName, TaskId};

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
    /// Values held by blocked senders (a received value counts as consumed at once).
    pub in_flight: u64,
}

/// The synchronisation objects' state, for the page's lock and semaphore badges.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SyncView {
    /// Who holds the mutex: the monitor's `m`, or the semaphore `mutex` between a thread's
    /// completed `sem_wait(&mutex)` and its `sem_post(&mutex)`. Always `None` in Go mode.
    pub mutex_owner: Option<TaskId>,
    /// Semaphore mode: each semaphore's count (`empty`, `full`, `mutex`); empty otherwise.
    pub semaphores: Vec<(SemaphoreName, usize)>,
}
