//! What one step did, as data: the [`StepEvent`] the view animates and narrates.
//!
//! Every mode fills the same record: which task ran which line at what virtual time, what
//! its statement did ([`Action`]), whom it woke, and what it printed.

use super::pick_reason::PickReason;
use super::refill::Refill;
use super::task::{CondVar, SemaphoreName, TaskId, WaitReason};

/// A value travelling through the program, with where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Item {
    /// The value printed by `Produced : v` (Go) or stored by `fill` (OSTEP).
    pub value: u32,
    /// The producer that made it (0-based), for colouring tokens.
    pub producer: u8,
    /// Virtual time at which it entered the buffer, for the mean-wait metric.
    pub since_ms: u64,
}

/// Something a task printed, structured so formatting costs nothing until it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrintKind {
    /// Go: `fmt.Println("Produced : ", v)`, which prints `Produced :  v` (Println puts a
    /// space between operands).
    Produced(u32),
    /// Go: `fmt.Println("Consumed : ", v)`, printed `Consumed :  v`.
    Consumed(u32),
    /// OSTEP: the marker a thread reached, `p0`..`p6` or `c0`..`c6`.
    Marker {
        /// True for `p`, false for `c`.
        producer: bool,
        /// 0..=6.
        marker: u8,
    },
    /// OSTEP: main added an end-of-stream marker.
    EndOfStream,
}

impl PrintKind {
    /// The printed text, as the real program prints it (trace tool and console panel).
    pub fn text(self) -> String {
        match self {
            PrintKind::Produced(v) => format!("Produced :  {v}"),
            PrintKind::Consumed(v) => format!("Consumed :  {v}"),
            PrintKind::Marker { producer, marker } => {
                format!("{}{marker}", if producer { 'p' } else { 'c' })
            }
            PrintKind::EndOfStream => "[main: added end-of-stream marker]".to_string(),
        }
    }
}

/// What the statement of a step did.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Action {
    /// No step has run yet.
    #[default]
    Start,
    /// A loop header: `continues` is false when the loop ends.
    LoopCheck {
        /// True when the body runs again.
        continues: bool,
    },
    /// A print statement (the text is in [`StepEvent::print`]).
    Printed,
    /// Go: the value went into the buffer at `slot`.
    SentToBuffer {
        /// What was sent.
        item: Item,
        /// Physical slot it entered.
        slot: usize,
    },
    /// Go: the value went straight to a waiting receiver, never entering the buffer.
    HandedOff {
        /// What was sent.
        item: Item,
        /// The receiver that had waited longest.
        to: TaskId,
    },
    /// Go: the sender blocks holding `item`.
    SendBlocked {
        /// The value it holds while it waits.
        item: Item,
        /// Full buffer, or no receiver on an unbuffered channel.
        reason: WaitReason,
        /// Buffer length at the time (for the narration "2/2").
        len: usize,
    },
    /// Go: a value was taken from the buffer's head.
    ReceivedFromBuffer {
        /// What was received.
        item: Item,
        /// The slot it left.
        slot: usize,
        /// A blocked sender whose value moved into the tail, and the slot it entered.
        refill: Option<(TaskId, Item, usize)>,
    },
    /// Go: a value taken directly from a blocked sender (unbuffered channel).
    ReceivedFromSender {
        /// What was received.
        item: Item,
        /// The sender, now ready.
        from: TaskId,
    },
    /// A task resumes after a receive completed by another task's hand-off.
    ReceiveBlocked,
    /// Go: `range` saw the channel closed and drained.
    RangeEnded,
    /// `sleep`: parked until `until_ms` (equal to now for a zero sleep).
    Slept {
        /// Wake-up time.
        until_ms: u64,
    },
    /// Go: `close(ch)` ran; `closed` is false when another producer is still running.
    Closed {
        /// True when this statement closed the channel.
        closed: bool,
    },
    /// A task ran off the end of its program.
    Exited,
    /// Monitor: tried to take the mutex; `acquired` is false when it blocks.
    Lock {
        /// True when the mutex was free.
        acquired: bool,
    },
    /// Monitor: released the mutex.
    Unlock,
    /// Monitor: checked the wait condition; `waits` is true when the thread will wait.
    CheckCondition {
        /// True when the condition says "wait".
        waits: bool,
    },
    /// Monitor: waited on a condition variable, releasing the mutex.
    Wait(CondVar),
    /// Monitor: returned from a wait holding the mutex again (`acquired`), or blocked on it.
    WaitReturn {
        /// False when the mutex was taken and the thread now blocks on it.
        acquired: bool,
    },
    /// Monitor: signalled a condition variable, waking `woke` if anyone waited.
    Signal {
        /// The condition variable.
        cv: CondVar,
        /// The longest waiter, now ready.
        woke: Option<TaskId>,
    },
    /// OSTEP `fill`/`put`: stored `value` at `slot` (`None` is END_OF_STREAM).
    Fill {
        /// The value, or `None` for END_OF_STREAM.
        value: Option<u32>,
        /// The slot.
        slot: usize,
    },
    /// OSTEP `get`: took `value` from `slot` (`None` is END_OF_STREAM).
    Get {
        /// The value, or `None` for END_OF_STREAM.
        value: Option<u32>,
        /// The slot.
        slot: usize,
    },
    /// Semaphore `wait`: `acquired` is false when the task blocks.
    SemWait {
        /// Which semaphore.
        sem: SemaphoreName,
        /// True when the count was positive.
        acquired: bool,
    },
    /// Semaphore `post`: woke `woke`, or incremented the count.
    SemPost {
        /// Which semaphore.
        sem: SemaphoreName,
        /// The longest waiter, now ready.
        woke: Option<TaskId>,
    },
    /// Main: joined, or blocked joining.
    Join {
        /// True when every joined task had finished.
        done: bool,
    },
    /// A run-time error ended the run.
    Failed {
        /// The error message.
        message: String,
    },
}

/// One step: who ran which line, when, and what came of it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct StepEvent {
    /// 1-based step number (0 before the first step).
    pub step: u64,
    /// The task that ran.
    pub task: TaskId,
    /// Why the scheduler ran this task, when it had a choice.
    pub pick: PickReason,
    /// Virtual time of the statement, in ms.
    pub time_ms: u64,
    /// When the clock jumped before this step: the time it jumped from.
    pub clock_from_ms: Option<u64>,
    /// Tasks the clock jump woke, in wake order.
    pub timer_woken: Vec<TaskId>,
    /// The listing line the statement is on (0-based, in the task's listing).
    pub line: usize,
    /// The line number the textbook's figure tables give this statement (OSTEP chapter 30:
    /// `c1`..`c6` / `p1`..`p6` = lock, check, wait, fill/get, signal, unlock; chapter 31's
    /// semaphore figures: lines 0..4). `None` where the book has no row: loop tops, returns
    /// from a wait, main, and Go mode.
    pub book_line: Option<u8>,
    /// What the statement did.
    pub action: Action,
    /// Tasks this statement made ready, in order: "who woke whom".
    pub woke: Vec<TaskId>,
    /// What the statement printed, if anything.
    pub print: Option<PrintKind>,
}

impl Refill for StepEvent {
    fn refill_from(&mut self, source: &Self) {
        let StepEvent {
            step,
            task,
            pick,
            time_ms,
            clock_from_ms,
            timer_woken,
            line,
            book_line,
            action,
            woke,
            print,
        } = self;
        *step = source.step;
        *task = source.task;
        *pick = source.pick;
        *time_ms = source.time_ms;
        *clock_from_ms = source.clock_from_ms;
        timer_woken.refill_from(&source.timer_woken);
        *line = source.line;
        *book_line = source.book_line;
        action.clone_from(&source.action);
        woke.refill_from(&source.woke);
        *print = source.print;
    }
}
