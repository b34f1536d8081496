//! OSTEP's shared buffer (`pc-header.h`): `max` slots, `fill_ptr`, `use_ptr` and
//! `num_full`, with `do_fill` and `do_get` and their safety checks exactly as the C code
//! has them. The monitor and the semaphore programs share it.
//!
//! Unlike Go's channel, nothing here stops a program from filling a full slot or getting
//! an empty one: that is the point of the broken variants. The checks (`ensure` in C)
//! turn such a race into a [`BufferError`] that ends the run.

use std::fmt;

use crate::sim::event::Item;
use crate::sim::refill::Refill;
use crate::sim::world::{BufferView, SlotView};

/// One slot: `EMPTY`, a value, or `END_OF_STREAM` (OSTEP's -2, a value, -1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// `EMPTY`: nothing in it.
    Empty,
    /// A producer's value.
    Value(Item),
    /// `END_OF_STREAM`: main's marker that tells one consumer to stop.
    EndOfStream,
}

/// A failed `ensure`: the real program prints the message and exits with status 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BufferError {
    /// `do_fill` found the slot at `fill_ptr` still full.
    FillNonEmpty,
    /// `do_get` found the slot at `use_ptr` empty.
    GetEmpty,
}

impl BufferError {
    /// The message without OSTEP's `error: ` prefix (the trace tool adds `error: ` itself).
    pub fn message(self) -> &'static str {
        match self {
            BufferError::FillNonEmpty => "tried to fill a non-empty buffer",
            BufferError::GetEmpty => "tried to get an empty buffer",
        }
    }
}

impl fmt::Display for BufferError {
    /// OSTEP's exact stderr line: `error: tried to ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error: {}", self.message())
    }
}

/// The buffer and its three counters.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct OstepBuffer {
    slots: Vec<Slot>,
    fill_ptr: usize,
    use_ptr: usize,
    num_full: usize,
}

impl OstepBuffer {
    /// Feeds the explorer what decides failures (see `explore::fingerprint`): each slot's
    /// use (empty, a value, END_OF_STREAM) and the pointers, not the values.
    pub fn hash_control<H: std::hash::Hasher>(&self, h: &mut H) {
        use std::hash::Hash;
        for slot in &self.slots {
            let kind: u8 = match slot {
                Slot::Empty => 0,
                Slot::Value(_) => 1,
                Slot::EndOfStream => 2,
            };
            kind.hash(h);
        }
        (self.fill_ptr, self.use_ptr, self.num_full).hash(h);
    }

    /// `max` empty slots (the scenario guarantees `max >= 1`; 0 is treated as 1).
    pub fn new(max: usize) -> Self {
        OstepBuffer {
            slots: vec![Slot::Empty; max.max(1)],
            fill_ptr: 0,
            use_ptr: 0,
            num_full: 0,
        }
    }

    /// `max`: the number of slots.
    pub fn max(&self) -> usize {
        self.slots.len()
    }

    /// `num_full`.
    pub fn num_full(&self) -> usize {
        self.num_full
    }

    /// True when `num_full == max` (the producers' wait condition).
    pub fn is_full(&self) -> bool {
        self.num_full == self.slots.len()
    }

    /// The slots in physical order.
    pub fn slots(&self) -> &[Slot] {
        &self.slots
    }

    /// `fill_ptr`: where the next `do_fill` writes.
    pub fn fill_ptr(&self) -> usize {
        self.fill_ptr
    }

    /// `use_ptr`: where the next `do_get` reads.
    pub fn use_ptr(&self) -> usize {
        self.use_ptr
    }

    /// Values (not END_OF_STREAM markers) in the buffer.
    pub fn values(&self) -> usize {
        self.slots
            .iter()
            .filter(|s| matches!(s, Slot::Value(_)))
            .count()
    }

    /// `do_fill(value)` (`None` is END_OF_STREAM): returns the slot written.
    pub fn fill(&mut self, value: Option<Item>) -> Result<usize, BufferError> {
        let slot = self.fill_ptr;
        if self.slots[slot] != Slot::Empty {
            return Err(BufferError::FillNonEmpty);
        }
        self.slots[slot] = value.map_or(Slot::EndOfStream, Slot::Value);
        self.fill_ptr = (slot + 1) % self.slots.len();
        self.num_full += 1;
        Ok(slot)
    }

    /// `do_get()`: returns the slot read and what it held (`None` is END_OF_STREAM).
    pub fn get(&mut self) -> Result<(usize, Option<Item>), BufferError> {
        let slot = self.use_ptr;
        let value = match self.slots[slot] {
            Slot::Empty => return Err(BufferError::GetEmpty),
            Slot::Value(item) => Some(item),
            Slot::EndOfStream => None,
        };
        self.slots[slot] = Slot::Empty;
        self.use_ptr = (slot + 1) % self.slots.len();
        // The check above makes num_full at least 1 in every reachable state; stay total.
        self.num_full = self.num_full.saturating_sub(1);
        Ok((slot, value))
    }

    /// The buffer as the page draws it: `in_slot` is `fill_ptr`, `out_slot` is `use_ptr`.
    pub fn view(&self) -> BufferView {
        let slot = |s: &Slot| match *s {
            Slot::Empty => SlotView::Empty,
            Slot::Value(item) => SlotView::Item(item),
            Slot::EndOfStream => SlotView::EndOfStream,
        };
        BufferView {
            slots: self.slots.iter().map(slot).collect(),
            in_slot: self.fill_ptr,
            out_slot: self.use_ptr,
            len: self.num_full,
        }
    }
}

impl Refill for OstepBuffer {
    fn refill_from(&mut self, source: &Self) {
        let OstepBuffer {
            slots,
            fill_ptr,
            use_ptr,
            num_full,
        } = self;
        slots.refill_from(&source.slots);
        *fill_ptr = source.fill_ptr;
        *use_ptr = source.use_ptr;
        *num_full = source.num_full;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(value: u32) -> Option<Item> {
        Some(Item {
            value,
            producer: 0,
            since_ms: 0,
        })
    }

    #[test]
    fn fill_then_get_wraps_both_pointers() {
        let mut b = OstepBuffer::new(2);
        assert_eq!(b.fill(item(0)), Ok(0));
        assert_eq!(b.fill(None), Ok(1));
        assert!(b.is_full());
        assert_eq!(b.fill_ptr(), 0);
        assert_eq!(
            b.get().map(|(s, v)| (s, v.map(|i| i.value))),
            Ok((0, Some(0)))
        );
        assert_eq!(b.get(), Ok((1, None)));
        assert_eq!((b.use_ptr(), b.num_full()), (0, 0));
    }

    #[test]
    fn filling_a_full_slot_and_getting_an_empty_one_fail_like_ensure() {
        let mut b = OstepBuffer::new(1);
        assert_eq!(b.get(), Err(BufferError::GetEmpty));
        assert_eq!(b.fill(item(1)), Ok(0));
        assert_eq!(b.fill(item(2)), Err(BufferError::FillNonEmpty));
        assert_eq!(
            BufferError::FillNonEmpty.to_string(),
            "error: tried to fill a non-empty buffer"
        );
    }
}
