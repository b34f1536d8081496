//! The semaphore programs as data: each variant's loop body per role (`SEMANTICS.md` §3),
//! the statements the scheduler steps, and the markers and book lines they carry.
//!
//! Markers: the homework has no semaphore version, so this lab numbers them like the
//! monitor's `p0`/`c0` at the loop top and then one per statement of the body, in order:
//! marker `k` (1..=5) is printed after the body's `k`-th statement completes. A sleep
//! string's seventh entry (marker 6) is unused in this mode. Main runs the producer's body
//! with END_OF_STREAM and, as in the monitor programs, prints only its EOS row.

use crate::sim::scenario::Variant;
use crate::sim::task::{Role, SemaphoreName};

use SemaphoreName::{Empty, Full, Mutex};

/// One statement of a loop body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    /// `sem_wait(&s)`.
    Wait(SemaphoreName),
    /// `do_fill` (producers, main) or `do_get` (consumers).
    Use,
    /// `sem_post(&s)`.
    Post(SemaphoreName),
}

/// Where a thread is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SemStmt {
    /// Top of the loop (marker 0); ends the thread when the loop ends.
    LoopTop,
    /// The body's statement at this index.
    Body(u8),
    /// A `sem_wait` at this body index blocked and a `post` has since handed it the unit:
    /// the thread returns from the wait (and prints its marker) when it next runs.
    WaitReturn(u8),
    /// Main: join every producer.
    JoinProducers,
    /// Main: join every consumer.
    JoinConsumers,
    /// Past the end of the function.
    Done,
}

const CORRECT_PRODUCER: [Op; 5] = [
    Op::Wait(Empty),
    Op::Wait(Mutex),
    Op::Use,
    Op::Post(Mutex),
    Op::Post(Full),
];
const CORRECT_CONSUMER: [Op; 5] = [
    Op::Wait(Full),
    Op::Wait(Mutex),
    Op::Use,
    Op::Post(Mutex),
    Op::Post(Empty),
];
const OUTSIDE_PRODUCER: [Op; 5] = [
    Op::Wait(Mutex),
    Op::Wait(Empty),
    Op::Use,
    Op::Post(Full),
    Op::Post(Mutex),
];
const OUTSIDE_CONSUMER: [Op; 5] = [
    Op::Wait(Mutex),
    Op::Wait(Full),
    Op::Use,
    Op::Post(Empty),
    Op::Post(Mutex),
];

/// The book's line numbers (OSTEP chapter 31) by body index. Figure 31.11 (mutex outside)
/// numbers them 0..4; figure 31.12 (correct) has lines 1, 1.5, 2, 2.5, 3, and the half
/// lines, which a whole number cannot name, get none.
const OUTSIDE_BOOK_LINES: [Option<u8>; 5] = [Some(0), Some(1), Some(2), Some(3), Some(4)];
const CORRECT_BOOK_LINES: [Option<u8>; 5] = [Some(1), None, Some(2), None, Some(3)];

/// Whether `variant` takes the mutex outside the counting semaphores.
fn mutex_outside(variant: Option<Variant>) -> bool {
    variant == Some(Variant::SemMutexOutside)
}

/// `role`'s loop body in `variant` (main runs the producer's).
pub fn body(variant: Option<Variant>, role: Role) -> &'static [Op] {
    let consumer = matches!(role, Role::Consumer(_));
    match (mutex_outside(variant), consumer) {
        (false, false) => &CORRECT_PRODUCER,
        (false, true) => &CORRECT_CONSUMER,
        (true, false) => &OUTSIDE_PRODUCER,
        (true, true) => &OUTSIDE_CONSUMER,
    }
}

impl SemStmt {
    /// The marker printed after this statement completes (a blocked wait prints it when it
    /// returns), or `None`.
    pub fn marker(self) -> Option<u8> {
        match self {
            SemStmt::LoopTop => Some(0),
            SemStmt::Body(i) | SemStmt::WaitReturn(i) => Some(i + 1),
            _ => None,
        }
    }

    /// The book's line number for this statement of a producer or consumer; `None` for
    /// loop tops, wait returns, the correct variant's half lines, and main.
    pub fn book_line(self, variant: Option<Variant>, role: Role) -> Option<u8> {
        let SemStmt::Body(i) = self else {
            return None;
        };
        if role == Role::Main {
            return None;
        }
        let lines = if mutex_outside(variant) {
            &OUTSIDE_BOOK_LINES
        } else {
            &CORRECT_BOOK_LINES
        };
        lines.get(usize::from(i)).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutex_outside_takes_the_mutex_first_and_releases_it_last() {
        let v = Some(Variant::SemMutexOutside);
        assert_eq!(body(v, Role::Consumer(0))[0], Op::Wait(Mutex));
        assert_eq!(body(v, Role::Consumer(0))[4], Op::Post(Mutex));
        assert_eq!(body(v, Role::Main), body(v, Role::Producer(0)));
    }

    #[test]
    fn markers_number_the_body_after_the_loop_top() {
        assert_eq!(SemStmt::LoopTop.marker(), Some(0));
        assert_eq!(SemStmt::Body(2).marker(), Some(3));
        assert_eq!(SemStmt::WaitReturn(0).marker(), Some(1));
        let correct = Some(Variant::SemCorrect);
        assert_eq!(SemStmt::Body(1).book_line(correct, Role::Producer(0)), None);
        assert_eq!(
            SemStmt::Body(4).book_line(correct, Role::Producer(0)),
            Some(3)
        );
    }
}
