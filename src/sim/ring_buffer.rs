//! A fixed-capacity FIFO ring over a `VecDeque`, which also remembers which physical slot
//! each item sits in, so the view can draw a ring whose in/out pointers wrap around.

use std::collections::VecDeque;

/// A bounded FIFO of `capacity` physical slots. `capacity` 0 holds nothing (a rendezvous).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RingBuffer<T> {
    items: VecDeque<T>,
    capacity: usize,
    /// Physical slot of the head (the next item out): the "out" pointer.
    head_slot: usize,
}

impl<T> RingBuffer<T> {
    /// An empty ring of `capacity` slots.
    pub fn new(capacity: usize) -> Self {
        RingBuffer {
            items: VecDeque::with_capacity(capacity),
            capacity,
            head_slot: 0,
        }
    }

    /// Number of slots.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Number of items held.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when no item is held.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// True when every slot holds an item (always true for capacity 0).
    pub fn is_full(&self) -> bool {
        self.items.len() >= self.capacity
    }

    /// The out pointer: the physical slot the next item leaves from.
    pub fn out_slot(&self) -> usize {
        self.head_slot
    }

    /// The in pointer: the physical slot the next item enters.
    pub fn in_slot(&self) -> usize {
        if self.capacity == 0 {
            0
        } else {
            (self.head_slot + self.items.len()) % self.capacity
        }
    }

    /// Appends at the tail and returns the slot it went into, or gives the item back when full.
    pub fn push(&mut self, item: T) -> Result<usize, T> {
        if self.is_full() {
            return Err(item);
        }
        let slot = self.in_slot();
        self.items.push_back(item);
        Ok(slot)
    }

    /// Takes the head item and the slot it left, if any.
    pub fn pop(&mut self) -> Option<(usize, T)> {
        let item = self.items.pop_front()?;
        let slot = self.head_slot;
        self.head_slot = (self.head_slot + 1) % self.capacity.max(1);
        Some((slot, item))
    }

    /// Items from head to tail.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.items.iter()
    }

    /// The physical slots in order `0..capacity`, each with its item if occupied.
    pub fn slots(&self) -> Vec<Option<&T>> {
        let mut slots: Vec<Option<&T>> = vec![None; self.capacity];
        for (i, item) in self.items.iter().enumerate() {
            slots[(self.head_slot + i) % self.capacity] = Some(item);
        }
        slots
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_leave_in_the_order_they_entered_and_pointers_wrap() {
        let mut ring = RingBuffer::new(3);
        assert_eq!(ring.push(1), Ok(0));
        assert_eq!(ring.push(2), Ok(1));
        assert_eq!(ring.pop(), Some((0, 1)));
        assert_eq!(ring.push(3), Ok(2));
        assert_eq!(ring.push(4), Ok(0), "the in pointer wraps to slot 0");
        assert_eq!(ring.push(5), Err(5), "a full ring refuses");
        assert_eq!(ring.slots(), vec![Some(&4), Some(&2), Some(&3)]);
        assert_eq!(ring.out_slot(), 1);
        assert_eq!(ring.in_slot(), 1);
        assert_eq!(ring.pop(), Some((1, 2)));
    }

    #[test]
    fn a_ring_is_empty_until_an_item_enters_and_again_once_it_leaves() {
        let mut ring = RingBuffer::new(2);
        assert!(ring.is_empty());
        assert_eq!(ring.push(7), Ok(0));
        assert!(!ring.is_empty());
        assert_eq!(ring.pop(), Some((0, 7)));
        assert!(ring.is_empty());
    }

    #[test]
    fn capacity_zero_holds_nothing() {
        let mut ring = RingBuffer::new(0);
        assert!(ring.is_full());
        assert_eq!(ring.push(1), Err(1));
        assert_eq!(ring.pop(), None);
        assert!(ring.slots().is_empty());
    }
}
