//! How the history's logs stay small: every entry stores its step as a `u32`, its task as
//! a `u8` and a buffer length as a `u16`, and every log grows by a quarter rather than
//! doubling. Together they keep a million-step run's history under the 64 MB budget
//! (`tests/history_memory.rs`).
//!
//! Each conversion saturates instead of wrapping or panicking: no real run reaches the
//! limit, and a wrong but clamped entry is better than a crash in the page. What only one
//! log packs stays with that log: the timeline's one-byte state codes are in
//! `timeline.rs`, and the clock keeps steps and times in two vectors (`clock.rs`).

use crate::sim::task::TaskId;

/// A step as stored in the logs. Four billion steps would take more than 4 GB of choices
/// alone, so a run never gets there; saturate rather than wrap if one ever did.
pub(super) fn compact_step(step: u64) -> u32 {
    u32::try_from(step).unwrap_or(u32::MAX)
}

/// A task as stored in the logs: a scenario has far fewer than 255 tasks.
pub(super) fn compact_task(task: TaskId) -> u8 {
    u8::try_from(task).unwrap_or(u8::MAX)
}

/// A buffer length as stored in the logs: a buffer never holds more than 64 items.
pub(super) fn compact_len(len: usize) -> u16 {
    u16::try_from(len).unwrap_or(u16::MAX)
}

/// Appends, growing by a quarter when full: doubling would leave up to half of a large
/// log unused, and the memory budget counts capacity, not length.
pub(super) fn push<T>(log: &mut Vec<T>, entry: T) {
    if log.len() == log.capacity() {
        log.reserve_exact((log.len() / 4).max(64));
    }
    log.push(entry);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_too_big_to_pack_saturate() {
        assert_eq!(compact_step(7), 7);
        assert_eq!(compact_step(u64::from(u32::MAX) + 1), u32::MAX);
        assert_eq!((compact_task(3), compact_task(300)), (3, u8::MAX));
        assert_eq!((compact_len(64), compact_len(70_000)), (64, u16::MAX));
    }

    #[test]
    fn a_full_log_grows_by_a_quarter_not_by_double() {
        let mut log: Vec<u32> = Vec::new();
        push(&mut log, 0);
        assert_eq!(log.capacity(), 64, "an empty log starts with room for 64");
        let mut log: Vec<u32> = Vec::with_capacity(1000);
        log.extend(0..1000);
        push(&mut log, 1000);
        assert_eq!(log.capacity(), 1250);
    }
}
