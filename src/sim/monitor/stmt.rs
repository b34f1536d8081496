//! The statements of the monitor programs, one scheduler step each, and how they map onto
//! the two numberings a learner meets: the homework's trace markers (`p0`..`p6`,
//! `c0`..`c6`) and the book's figure lines (`c1`..`c6`, `p1`..`p6`: lock, check, wait,
//! fill/get, signal, unlock).
//!
//! `Cond_wait` is split in two: [`MonitorStmt::Wait`] releases the mutex and sleeps (the
//! book's line 3, which prints nothing), and [`MonitorStmt::WaitReturn`] re-acquires the
//! mutex once signalled (the homework's marker 3; the book has no row for it).

use crate::sim::scenario::Variant;
use crate::sim::task::Role;

/// One statement of a producer, a consumer or main.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MonitorStmt {
    /// Top of the loop: the producer's `for`, the consumer's `while (tmp != END_OF_STREAM)`,
    /// main's `for` over the consumers. Marker 0; ends the thread when the loop ends.
    LoopTop,
    /// `Mutex_lock(&m)`: marker 1, book line 1. Retried after blocking.
    Lock,
    /// `while`/`if` on the buffer's state: book line 2; marker 2 only when it will wait.
    Check,
    /// `Cond_wait`'s first half: release the mutex and sleep on the cv. Book line 3.
    Wait,
    /// `Cond_wait`'s return: re-acquire the mutex (or block on it), then marker 3.
    WaitReturn,
    /// `two-cvs-while-extra-unlock` only: `Mutex_unlock(&m)` before fill/get.
    UnlockBeforeUse,
    /// `do_fill`/`do_get` (main: `do_fill(END_OF_STREAM)` and `do_eos`): marker 4, book line 4.
    Use,
    /// `two-cvs-while-extra-unlock` only: `Mutex_lock(&m)` after fill/get.
    LockAfterUse,
    /// `Cond_signal`: marker 5, book line 5.
    Signal,
    /// `Mutex_unlock(&m)`: marker 6, book line 6.
    Unlock,
    /// Main: `Pthread_join` on every producer.
    JoinProducers,
    /// Main: `Pthread_join` on every consumer.
    JoinConsumers,
    /// Past the end of the function.
    Done,
}

impl MonitorStmt {
    /// The homework marker printed after this statement completes (`Check` prints it only
    /// when it is about to wait), or `None` for statements without one.
    pub fn marker(self) -> Option<u8> {
        match self {
            MonitorStmt::LoopTop => Some(0),
            MonitorStmt::Lock => Some(1),
            MonitorStmt::Check => Some(2),
            MonitorStmt::WaitReturn => Some(3),
            MonitorStmt::Use => Some(4),
            MonitorStmt::Signal => Some(5),
            MonitorStmt::Unlock => Some(6),
            _ => None,
        }
    }

    /// The book's line number for this statement of a producer or consumer (chapter 30's
    /// figures); `None` for loop tops, wait returns, the extra-unlock lines and main.
    pub fn book_line(self, role: Role) -> Option<u8> {
        if role == Role::Main {
            return None;
        }
        match self {
            MonitorStmt::Lock => Some(1),
            MonitorStmt::Check => Some(2),
            MonitorStmt::Wait => Some(3),
            MonitorStmt::Use => Some(4),
            MonitorStmt::Signal => Some(5),
            MonitorStmt::Unlock => Some(6),
            _ => None,
        }
    }
}

/// The shape of one variant's code: what differs between the four programs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Shape {
    /// `while` (true) or `if` (false) around the waits of producers and consumers.
    pub recheck: bool,
    /// One condition variable for everything (`one-cv-while`).
    pub single_cv: bool,
    /// Unlock before fill/get and lock again after (`two-cvs-while-extra-unlock`).
    pub extra_unlock: bool,
}

impl Shape {
    /// The shape of `variant`; anything that is not a monitor variant gets the correct one.
    pub fn of(variant: Option<Variant>) -> Shape {
        let v = variant.unwrap_or(Variant::TwoCvsWhile);
        Shape {
            recheck: v != Variant::TwoCvsIf,
            single_cv: v == Variant::OneCvWhile,
            extra_unlock: v == Variant::TwoCvsWhileExtraUnlock,
        }
    }

    /// What `role` runs after a check that did not wait. Main's code (`main-common.c`) is
    /// the same in every variant, so it never has the extra unlock.
    pub fn after_check(self, role: Role) -> MonitorStmt {
        if self.extra_unlock && role != Role::Main {
            MonitorStmt::UnlockBeforeUse
        } else {
            MonitorStmt::Use
        }
    }

    /// What `role` runs after returning from a wait: re-check (`while`) or go on (`if`).
    /// Main always re-checks: its loop is a `while` in every variant.
    pub fn after_wait(self, role: Role) -> MonitorStmt {
        if self.recheck || role == Role::Main {
            MonitorStmt::Check
        } else {
            self.after_check(role)
        }
    }

    /// What `role` runs after fill/get.
    pub fn after_use(self, role: Role) -> MonitorStmt {
        if self.extra_unlock && role != Role::Main {
            MonitorStmt::LockAfterUse
        } else {
            MonitorStmt::Signal
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_variant_goes_straight_to_get_after_a_wait() {
        let shape = Shape::of(Some(Variant::TwoCvsIf));
        assert_eq!(shape.after_wait(Role::Consumer(0)), MonitorStmt::Use);
        assert_eq!(shape.after_wait(Role::Main), MonitorStmt::Check);
    }

    #[test]
    fn extra_unlock_variant_wraps_fill_and_get_but_not_mains_fill() {
        let shape = Shape::of(Some(Variant::TwoCvsWhileExtraUnlock));
        assert_eq!(
            shape.after_check(Role::Producer(0)),
            MonitorStmt::UnlockBeforeUse
        );
        assert_eq!(
            shape.after_use(Role::Consumer(1)),
            MonitorStmt::LockAfterUse
        );
        assert_eq!(shape.after_use(Role::Main), MonitorStmt::Signal);
    }

    #[test]
    fn book_lines_skip_loop_tops_wait_returns_and_main() {
        assert_eq!(MonitorStmt::Wait.book_line(Role::Consumer(0)), Some(3));
        assert_eq!(MonitorStmt::WaitReturn.book_line(Role::Consumer(0)), None);
        assert_eq!(MonitorStmt::LoopTop.book_line(Role::Producer(0)), None);
        assert_eq!(MonitorStmt::Lock.book_line(Role::Main), None);
    }
}
