//! The explorer's visited set: 64-bit fingerprints in one open-addressed table with linear
//! probing, as model checkers keep them (Spin's hash-compact table).
//!
//! A general hash set was an eighth of the in-page search: on wasm32 `hashbrown` probes
//! 4-byte control groups and then reads the slot, two cache misses per insert in a table
//! of millions. Here a slot is the fingerprint itself, and the table is kept at most half
//! full, so an insert is one miss and a probe or two. The fingerprints are well mixed
//! already (`fingerprint.rs`), so their low bits index the table as they are.

/// The table's size before the first growth (a power of two).
const INITIAL_SLOTS: usize = 1 << 12;

/// Marks an empty slot. A fingerprint equal to it is stored as [`ZERO_STAND_IN`].
const EMPTY: u64 = 0;

/// What fingerprint 0 is stored as: states with fingerprints 0 and 1 are merged, one
/// more collision of the hash compaction the explorer accepts (one in 2^64 per state).
const ZERO_STAND_IN: u64 = 1;

/// A set of fingerprints; see the module docs.
#[derive(Clone, Debug)]
pub struct FingerprintSet {
    slots: Vec<u64>,
    len: usize,
}

impl Default for FingerprintSet {
    fn default() -> Self {
        FingerprintSet {
            slots: vec![EMPTY; INITIAL_SLOTS],
            len: 0,
        }
    }
}

impl FingerprintSet {
    /// How many distinct fingerprints are in the set.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Adds `fingerprint`; false if it was there already.
    pub fn insert(&mut self, fingerprint: u64) -> bool {
        let key = if fingerprint == EMPTY {
            ZERO_STAND_IN
        } else {
            fingerprint
        };
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        if place(&mut self.slots, key) {
            self.len += 1;
            true
        } else {
            false
        }
    }

    /// Doubles the table, placing every fingerprint again.
    fn grow(&mut self) {
        let mut slots = vec![EMPTY; self.slots.len() * 2];
        for &key in self.slots.iter().filter(|&&k| k != EMPTY) {
            place(&mut slots, key);
        }
        self.slots = slots;
    }
}

/// Puts `key` (never [`EMPTY`]) in the first free slot from its home; false if it is there.
/// `slots.len()` is a power of two and some slot is free.
fn place(slots: &mut [u64], key: u64) -> bool {
    let mask = slots.len() - 1;
    let mut i = (key as usize) & mask;
    loop {
        match slots[i] {
            EMPTY => {
                slots[i] = key;
                return true;
            }
            k if k == key => return false,
            _ => i = (i + 1) & mask,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fingerprint_is_new_once_and_then_known() {
        let mut set = FingerprintSet::default();
        assert_eq!(set.len(), 0);
        assert!(set.insert(42));
        assert!(!set.insert(42));
        assert_eq!(set.len(), 1);
    }

    #[test]
    fn fingerprint_zero_is_stored_and_stands_for_one() {
        let mut set = FingerprintSet::default();
        assert!(set.insert(0));
        assert!(!set.insert(0));
        assert!(!set.insert(1), "0 is stored as 1");
    }

    #[test]
    fn keys_that_share_a_home_slot_and_wrap_past_the_end_are_all_kept() {
        let mut set = FingerprintSet::default();
        let last = (INITIAL_SLOTS - 1) as u64;
        // Same low bits: each probes past the last slot and on from slot 0.
        let keys: Vec<u64> = (1..=20).map(|k| last | (k << 40)).collect();
        for &k in &keys {
            assert!(set.insert(k));
        }
        for &k in &keys {
            assert!(!set.insert(k));
        }
        assert_eq!(set.len(), keys.len());
    }

    /// Native only: proptest is a native dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;
        use std::collections::HashSet;

        proptest! {
            #[test]
            fn the_set_agrees_with_a_std_hash_set_through_growth(keys in prop::collection::vec(1u64..5_000, 0..12_000)) {
                let mut set = FingerprintSet::default();
                let mut model = HashSet::new();
                for k in keys {
                    // Spread the small keys over all 64 bits, as fingerprints are.
                    let k = k.wrapping_mul(0x9e37_79b9_7f4a_7c15);
                    prop_assert_eq!(set.insert(k), model.insert(k));
                }
                prop_assert_eq!(set.len(), model.len());
            }
        }
    }
}
