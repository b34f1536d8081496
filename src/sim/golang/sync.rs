//! `sync.WaitGroup`, `sync.Mutex` and `sync.Cond` as Go 1.19 implements them: a state word
//! and a runtime semaphore (`runtime/sema.go`) whose waiters queue FIFO, or at the front
//! for a mutex waiter that was already woken once (`lifo`). A `Cond` is a ticket-based
//! notify list (`notifyList`): `Signal` wakes the oldest ticket, `Broadcast` all, in order.
//! The steps that wake goroutines are in [`super::machine_sync`].

use std::collections::VecDeque;

use crate::sim::task::TaskId;

/// `mutexLocked`.
pub const LOCKED: i32 = 1;
/// `mutexWoken`.
pub const WOKEN: i32 = 2;
/// `mutexStarving`.
pub const STARVING: i32 = 4;
/// `mutexWaiterShift`.
pub const WAITER_SHIFT: i32 = 3;
/// `starvationThresholdNs`: a waiter that waited longer makes the mutex starving.
pub const STARVATION_NS: u64 = 1_000_000;

/// A runtime semaphore: a count and its parked goroutines.
#[derive(Clone, Debug, Default)]
pub struct Sema {
    /// Available units.
    pub count: u32,
    /// Parked goroutines, first to wake first.
    pub waiters: VecDeque<TaskId>,
}

/// One sync object.
#[derive(Clone, Debug)]
pub enum SyncObj {
    /// `sync.WaitGroup`: counter, waiter count, semaphore.
    WaitGroup {
        /// The counter `Add` changes.
        counter: i64,
        /// Goroutines in `Wait`.
        waiters: u32,
        /// Where they park.
        sema: Sema,
    },
    /// `sync.Mutex`: Go's state word and semaphore.
    Mutex {
        /// `mutexLocked | mutexWoken | mutexStarving | waiters << 3`.
        state: i32,
        /// Where waiters park.
        sema: Sema,
        /// The goroutine holding it (for the view; Go does not track owners).
        owner: Option<TaskId>,
    },
    /// `*sync.Cond` over a mutex object.
    Cond {
        /// The mutex `c.L`.
        mutex: u32,
        /// The next ticket to hand out.
        wait: u32,
        /// The next ticket to notify.
        notify: u32,
        /// Parked waiters with their tickets, in arrival order.
        waiters: VecDeque<(u32, TaskId)>,
    },
}

impl SyncObj {
    /// A zero `sync.WaitGroup`.
    pub fn wait_group() -> Self {
        SyncObj::WaitGroup {
            counter: 0,
            waiters: 0,
            sema: Sema::default(),
        }
    }

    /// A zero `sync.Mutex`.
    pub fn mutex() -> Self {
        SyncObj::Mutex {
            state: 0,
            sema: Sema::default(),
            owner: None,
        }
    }
}

/// Where a goroutine is inside `mu.Lock()`'s slow path (`lockSlow`'s locals).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LockSlow {
    /// When it first queued (`waitStartTime`), in virtual ns.
    pub wait_start: Option<u64>,
    /// `starving`.
    pub starving: bool,
    /// `awoke`.
    pub awoke: bool,
    /// `queueLifo` of its current `SemacquireMutex` call: where `semacquire1` queues it
    /// again when its wake-up's unit was taken before it ran.
    pub lifo: bool,
}

/// Where a goroutine is inside `c.Wait()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CondPhase {
    /// Took `ticket` and unlocked; the unlock yielded before the wait.
    Unlocked(u32),
    /// Parked on the notify list with `ticket`.
    Waiting(u32),
    /// Notified; re-locking `c.L`.
    Locking,
}
