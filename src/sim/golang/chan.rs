//! A channel as Go's runtime keeps it (`runtime/chan.go`): a ring of `cap` values, a FIFO
//! of blocked senders holding their values, a FIFO of blocked receivers, a closed flag.
//! A waiter may be a `select` (its case index is kept, as Go's `sudog` does).
//!
//! The decisions ("send on a full channel blocks", "a receiver takes a blocked sender's
//! value and the sender moves on") are in [`super::machine_chan`], which can wake tasks.

use std::collections::VecDeque;

use super::value::Value;
use crate::sim::task::TaskId;

/// A blocked goroutine in a channel's queue.
#[derive(Clone, Debug)]
pub struct Waiter {
    /// Who waits.
    pub g: TaskId,
    /// The `select` case index, or -1 for a plain send or receive.
    pub case: i32,
    /// The value a sender offers.
    pub value: Value,
}

/// One channel.
#[derive(Clone, Debug)]
pub struct Chan {
    /// `cap(ch)`.
    pub cap: usize,
    /// Buffered values, oldest first.
    pub buf: VecDeque<Value>,
    /// Blocked senders, longest-waiting first.
    pub sendq: VecDeque<Waiter>,
    /// Blocked receivers, longest-waiting first.
    pub recvq: VecDeque<Waiter>,
    /// True once closed.
    pub closed: bool,
    /// The element's zero value (what a receive from a closed channel yields).
    pub zero: Value,
}

impl Chan {
    /// `make(chan T, cap)`.
    pub fn new(cap: usize, zero: Value) -> Self {
        Chan {
            cap,
            buf: VecDeque::new(),
            sendq: VecDeque::new(),
            recvq: VecDeque::new(),
            closed: false,
            zero,
        }
    }

    /// True when a send would not block (or would panic).
    pub fn send_ready(&self) -> bool {
        self.closed || !self.recvq.is_empty() || self.buf.len() < self.cap
    }

    /// True when a receive would not block.
    pub fn recv_ready(&self) -> bool {
        !self.sendq.is_empty() || !self.buf.is_empty() || self.closed
    }

    /// Takes `g` out of both queues (a `select` that another case woke).
    pub fn forget(&mut self, g: TaskId) {
        self.sendq.retain(|w| w.g != g);
        self.recvq.retain(|w| w.g != g);
    }

    /// Go's invariants: one queue empty; no receivers while buffered; no senders with room.
    pub fn invariants_hold(&self) -> bool {
        (self.sendq.is_empty() || self.recvq.is_empty())
            && (self.buf.is_empty() || self.recvq.is_empty())
            && (self.buf.len() == self.cap || self.sendq.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn waiter(g: TaskId) -> Waiter {
        Waiter {
            g,
            case: -1,
            value: Value::Int(7),
        }
    }

    #[test]
    fn the_invariants_fail_for_each_state_that_go_never_reaches() {
        let fresh = || Chan::new(1, Value::Int(0));
        assert!(fresh().invariants_hold());

        let mut both_queues = fresh();
        both_queues.buf.push_back(Value::Int(1));
        both_queues.sendq.push_back(waiter(1));
        assert!(
            both_queues.invariants_hold(),
            "a full channel with a sender is fine"
        );
        both_queues.recvq.push_back(waiter(2));
        assert!(
            !both_queues.invariants_hold(),
            "senders and receivers both waiting"
        );

        let mut receiver_while_buffered = fresh();
        receiver_while_buffered.buf.push_back(Value::Int(1));
        receiver_while_buffered.recvq.push_back(waiter(2));
        assert!(!receiver_while_buffered.invariants_hold());

        let mut sender_with_room = fresh();
        sender_with_room.sendq.push_back(waiter(1));
        assert!(!sender_with_room.invariants_hold());
    }
}
