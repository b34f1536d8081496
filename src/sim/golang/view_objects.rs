//! What the page shows of a Go program's channels and sync objects, as plain data: each
//! channel with the name of a variable that holds it, its buffer and its wait queues, and
//! each mutex, `WaitGroup` and `Cond` with its owner, counter and waiters.

use super::run::GoRun;
use super::sync::SyncObj;
use super::value::Value;
use super::view::show;
use crate::sim::task::TaskId;

/// One channel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChanView {
    /// The first variable found holding it (globals, then main's frames, then the others);
    /// when none does any more, the variable it was made into; else `chan N`.
    pub name: String,
    /// `cap(ch)`.
    pub cap: usize,
    /// Buffered values, oldest first.
    pub buffered: Vec<String>,
    /// Blocked senders, longest-waiting first.
    pub senders: Vec<TaskId>,
    /// Blocked receivers, longest-waiting first.
    pub receivers: Vec<TaskId>,
    /// True once closed.
    pub closed: bool,
}

/// One sync object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncView {
    /// A `sync.Mutex`: who holds it and who waits, first to be woken first.
    Mutex {
        /// The holder.
        owner: Option<TaskId>,
        /// Parked goroutines.
        waiters: Vec<TaskId>,
    },
    /// A `sync.WaitGroup`: its counter and the goroutines in `Wait`.
    WaitGroup {
        /// The counter.
        counter: i64,
        /// Parked goroutines.
        waiters: Vec<TaskId>,
    },
    /// A `sync.Cond`: the goroutines in `Wait`, oldest ticket first.
    Cond {
        /// Parked goroutines.
        waiters: Vec<TaskId>,
    },
}

impl GoRun {
    /// The name of the first variable holding channel `id`; when none does any more, the
    /// one it was made into; else `chan N`.
    fn chan_name(&self, id: u32) -> String {
        self.holder_name(|v| matches!(v, Value::Chan(Some(c)) if *c == id))
            .or_else(|| self.birth_names.chans.get(id as usize).cloned().flatten())
            .unwrap_or_else(|| format!("chan {}", id + 1))
    }

    /// Every channel made so far, in the order made.
    pub fn channels(&self) -> Vec<ChanView> {
        self.machine
            .chans
            .iter()
            .enumerate()
            .map(|(i, c)| ChanView {
                name: self.chan_name(i as u32),
                cap: c.cap,
                buffered: c
                    .buf
                    .iter()
                    .map(|v| show(v, super::value::PType::Int))
                    .collect(),
                senders: c.sendq.iter().map(|w| w.g).collect(),
                receivers: c.recvq.iter().map(|w| w.g).collect(),
                closed: c.closed,
            })
            .collect()
    }

    /// Every mutex, `WaitGroup` and `Cond`, in the order made.
    pub fn sync_objects(&self) -> Vec<SyncView> {
        self.machine
            .objs
            .iter()
            .map(|o| match o {
                SyncObj::Mutex { owner, sema, .. } => SyncView::Mutex {
                    owner: *owner,
                    waiters: sema.waiters.iter().copied().collect(),
                },
                SyncObj::WaitGroup { counter, sema, .. } => SyncView::WaitGroup {
                    counter: *counter,
                    waiters: sema.waiters.iter().copied().collect(),
                },
                SyncObj::Cond { waiters, .. } => SyncView::Cond {
                    waiters: waiters.iter().map(|(_, g)| *g).collect(),
                },
            })
            .collect()
    }
}
