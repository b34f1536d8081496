//! A Go channel, `make(chan int, n)`, exactly as the Go runtime implements it
//! (`SEMANTICS.md` §1): a bounded ring, a FIFO queue of blocked senders holding their
//! values, a FIFO queue of blocked receivers, and a closed flag.
//!
//! Invariants at every step: the send queue or the receive queue is empty; a non-empty
//! buffer means no waiting receivers; a buffer with room means no waiting senders.

use std::collections::VecDeque;

use crate::sim::event::Item;
use crate::sim::ring_buffer::RingBuffer;
use crate::sim::task::TaskId;

/// What a send did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendResult {
    /// A receiver was waiting: the value went straight to it.
    HandedOff(TaskId),
    /// The value was appended at the tail, in this slot.
    Buffered(usize),
    /// No room and no receiver: the sender now waits in the send queue.
    Blocked,
    /// The channel is closed: Go panics with `send on closed channel`.
    Closed,
}

/// What a receive did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecvResult {
    /// Took the head from `slot`; a blocked sender's value may have moved into the tail.
    FromBuffer {
        /// The value received.
        item: Item,
        /// The slot it left.
        slot: usize,
        /// The sender that was unblocked, its value, and the slot that value entered.
        refill: Option<(TaskId, Item, usize)>,
    },
    /// Unbuffered: took the value of the longest-waiting sender, which is now unblocked.
    FromSender(Item, TaskId),
    /// Closed and drained: `range` ends.
    Closed,
    /// Nothing to take: the receiver now waits in the receive queue.
    Blocked,
}

/// The channel: buffer, wait queues and closed flag.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Channel {
    buffer: RingBuffer<Item>,
    send_queue: VecDeque<(TaskId, Item)>,
    recv_queue: VecDeque<TaskId>,
    closed: bool,
}

impl Channel {
    /// `make(chan int, capacity)`.
    pub fn new(capacity: usize) -> Self {
        Channel {
            buffer: RingBuffer::new(capacity),
            send_queue: VecDeque::new(),
            recv_queue: VecDeque::new(),
            closed: false,
        }
    }

    /// The buffer, with its slots and pointers.
    pub fn buffer(&self) -> &RingBuffer<Item> {
        &self.buffer
    }

    /// Blocked senders with the values they hold, longest-waiting first.
    pub fn send_queue(&self) -> impl Iterator<Item = &(TaskId, Item)> {
        self.send_queue.iter()
    }

    /// Blocked receivers, longest-waiting first.
    pub fn recv_queue(&self) -> impl Iterator<Item = TaskId> + '_ {
        self.recv_queue.iter().copied()
    }

    /// True once `close` has run.
    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// `ch <- item` by `sender`.
    pub fn send(&mut self, sender: TaskId, item: Item) -> SendResult {
        if self.closed {
            return SendResult::Closed;
        }
        if let Some(receiver) = self.recv_queue.pop_front() {
            return SendResult::HandedOff(receiver);
        }
        match self.buffer.push(item) {
            Ok(slot) => SendResult::Buffered(slot),
            Err(item) => {
                self.send_queue.push_back((sender, item));
                SendResult::Blocked
            }
        }
    }

    /// `v, ok := <-ch` by `receiver`, at virtual time `now_ms` (a value moved from a blocked
    /// sender into the tail starts its buffer wait then).
    pub fn recv(&mut self, receiver: TaskId, now_ms: u64) -> RecvResult {
        if let Some((slot, item)) = self.buffer.pop() {
            let refill = self.send_queue.pop_front().and_then(|(sender, mut held)| {
                held.since_ms = now_ms;
                // Room was just made, so the push cannot fail; stay total anyway.
                self.buffer.push(held).ok().map(|s| (sender, held, s))
            });
            return RecvResult::FromBuffer { item, slot, refill };
        }
        if let Some((sender, item)) = self.send_queue.pop_front() {
            return RecvResult::FromSender(item, sender);
        }
        if self.closed {
            return RecvResult::Closed;
        }
        self.recv_queue.push_back(receiver);
        RecvResult::Blocked
    }

    /// `close(ch)`: returns the receivers and senders it wakes, or `None` when already closed
    /// (Go panics with `close of closed channel`).
    pub fn close(&mut self) -> Option<(Vec<TaskId>, Vec<TaskId>)> {
        if self.closed {
            return None;
        }
        self.closed = true;
        let receivers = self.recv_queue.drain(..).collect();
        let senders = self.send_queue.drain(..).map(|(t, _)| t).collect();
        Some((receivers, senders))
    }

    /// Go's channel invariants (checked by the property tests after every step).
    pub fn invariants_hold(&self) -> bool {
        let one_queue_empty = self.send_queue.is_empty() || self.recv_queue.is_empty();
        let nonempty_means_no_receivers = self.buffer.is_empty() || self.recv_queue.is_empty();
        let room_means_no_senders = self.buffer.is_full() || self.send_queue.is_empty();
        one_queue_empty && nonempty_means_no_receivers && room_means_no_senders
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(value: u32) -> Item {
        Item {
            value,
            producer: 0,
            since_ms: 0,
        }
    }

    #[test]
    fn a_blocked_receiver_is_queued_and_close_marks_the_channel_closed() {
        let mut ch = Channel::new(1);
        assert_eq!(ch.recv(3, 0), RecvResult::Blocked);
        assert_eq!(ch.recv_queue().collect::<Vec<_>>(), vec![3]);
        assert!(!ch.is_closed());
        assert_eq!(ch.close(), Some((vec![3], vec![])));
        assert!(ch.is_closed());
        assert_eq!(ch.recv_queue().count(), 0);
    }

    #[test]
    fn the_invariants_fail_on_every_state_go_never_reaches() {
        let mut ch = Channel::new(1);
        assert!(ch.invariants_hold());
        // A buffered value with a receiver still waiting.
        assert!(ch.buffer.push(item(1)).is_ok());
        ch.recv_queue.push_back(2);
        assert!(!ch.invariants_hold());
        // Both queues waiting at once.
        let mut ch = Channel::new(0);
        ch.recv_queue.push_back(2);
        ch.send_queue.push_back((1, item(1)));
        assert!(!ch.invariants_hold());
        // A sender waiting while the buffer has room.
        let mut ch = Channel::new(2);
        ch.send_queue.push_back((1, item(1)));
        assert!(!ch.invariants_hold());
    }
}
