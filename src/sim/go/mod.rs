//! Go mode: the seed's program (`seed.md`), generalised to P producers and C consumers
//! exactly as `SEMANTICS.md` §1 says, over a [`Channel`] with the Go runtime's rules.
//!
//! Each call to [`GoWorld::exec`] runs one statement of one goroutine.

mod channel;
mod listing;
mod statements;

pub use channel::{Channel, RecvResult, SendResult};
pub use listing::{consumer_listing, first_value, main_listing, producer_listing, GoStmt};

use super::event::{Action, Item, PrintKind, StepEvent};
use super::kernel::Kernel;
use super::scenario::{PolicyKind, Scenario};
use super::task::TaskId;

/// What Go prints when every goroutine is blocked.
pub const DEADLOCK_MESSAGE: &str = "fatal error: all goroutines are asleep - deadlock!";

/// One goroutine's program counter and locals.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Goroutine {
    pc: GoStmt,
    /// Loop iterations completed (producers).
    done_items: u32,
    /// Values are `first + 1 ..= first + items` (producers).
    first: u32,
    /// Sleep after each send or receive.
    sleep_ms: u64,
    /// The value just received, until it is printed (consumers).
    item: Option<Item>,
}

/// The Go program's state: the channel and every goroutine.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct GoWorld {
    channel: Channel,
    goroutines: Vec<Goroutine>,
    producers: usize,
    items: u32,
    close: bool,
    /// `close` readies its waiters last-queued first, as Go's `closechan` does (it pushes
    /// them on a stack); only under `go-runtime`, since `SEMANTICS.md` §1 keeps queue order.
    close_wakes_last_first: bool,
    producers_left: usize,
    produced: u64,
    consumed_by: Vec<u64>,
    wait_sum_ms: u64,
    wait_count: u64,
}

impl GoWorld {
    /// The program for `scenario`, before any statement ran.
    pub fn new(scenario: &Scenario) -> Self {
        let producers = usize::from(scenario.producers);
        let consumers = usize::from(scenario.consumers);
        let producer = |k: usize| Goroutine {
            pc: GoStmt::ProducerFor,
            done_items: 0,
            first: first_value(scenario, k),
            sleep_ms: scenario.produce_ms_of(k),
            item: None,
        };
        let consumer = |k: usize| Goroutine {
            pc: GoStmt::ConsumerRange,
            done_items: 0,
            first: 0,
            sleep_ms: scenario.consume_ms_of(k),
            item: None,
        };
        GoWorld {
            channel: Channel::new(usize::from(scenario.capacity)),
            goroutines: (0..producers)
                .map(producer)
                .chain((0..consumers).map(consumer))
                .collect(),
            producers,
            items: scenario.items,
            close: scenario.close,
            close_wakes_last_first: scenario.policy == PolicyKind::GoRuntime,
            producers_left: producers,
            produced: 0,
            consumed_by: vec![0; consumers],
            wait_sum_ms: 0,
            wait_count: 0,
        }
    }

    /// The channel, for the view.
    pub fn channel(&self) -> &Channel {
        &self.channel
    }

    /// The statement `task` runs next.
    pub fn stmt(&self, task: TaskId) -> GoStmt {
        self.goroutines[task].pc
    }

    /// The listing line `task` is on.
    pub fn line_of(&self, task: TaskId) -> usize {
        self.goroutines[task].pc.line(task < self.producers)
    }

    /// Values whose send has begun.
    pub fn produced(&self) -> u64 {
        self.produced
    }

    /// Values each consumer received, by consumer.
    pub fn consumed_by(&self) -> &[u64] {
        &self.consumed_by
    }

    /// Values held by blocked senders: sent, but in neither the buffer nor a consumer's
    /// hands. A received value counts as consumed at once, even before it is printed, so
    /// that produced = consumed + buffered + in flight holds after every step.
    pub fn in_flight(&self) -> u64 {
        self.channel.send_queue().count() as u64
    }

    /// Sum and count of the time values spent in the buffer (hand-offs count as 0 ms).
    pub fn buffer_wait(&self) -> (u64, u64) {
        (self.wait_sum_ms, self.wait_count)
    }

    /// Runs one statement of `task`, recording what it did in `ev`.
    pub fn exec(&mut self, task: TaskId, k: &mut Kernel, ev: &mut StepEvent) {
        let pc = self.goroutines[task].pc;
        ev.line = pc.line(task < self.producers);
        match pc {
            GoStmt::ProducerFor => self.producer_for(task, k, ev),
            GoStmt::ProducerPrint => {
                let g = &mut self.goroutines[task];
                ev.print = Some(PrintKind::Produced(g.first + g.done_items + 1));
                ev.action = Action::Printed;
                g.pc = GoStmt::ProducerSend;
            }
            GoStmt::ProducerSend => self.send(task, k, ev),
            GoStmt::ProducerSleep | GoStmt::ConsumerSleep => {
                let g = &mut self.goroutines[task];
                k.sleep(task, g.sleep_ms);
                ev.action = Action::Slept {
                    until_ms: k.now_ms().saturating_add(g.sleep_ms),
                };
                if pc == GoStmt::ProducerSleep {
                    g.done_items += 1;
                    g.pc = GoStmt::ProducerFor;
                } else {
                    g.pc = GoStmt::ConsumerRange;
                }
            }
            GoStmt::ProducerClose => self.close(task, k, ev),
            GoStmt::SendPanics => fail(k, ev, "panic: send on closed channel"),
            GoStmt::ConsumerRange => self.receive(task, k, ev),
            GoStmt::ConsumerPrint => {
                let g = &mut self.goroutines[task];
                let value = g.item.take().map_or(0, |item| item.value);
                ev.print = Some(PrintKind::Consumed(value));
                ev.action = Action::Printed;
                g.pc = GoStmt::ConsumerSleep;
            }
            GoStmt::Finished => {
                k.finish(task);
                ev.action = Action::Exited;
            }
        }
    }

    fn producer_for(&mut self, task: TaskId, k: &mut Kernel, ev: &mut StepEvent) {
        let g = &mut self.goroutines[task];
        let continues = g.done_items < self.items;
        ev.action = Action::LoopCheck { continues };
        if continues {
            g.pc = GoStmt::ProducerPrint;
        } else if self.close {
            g.pc = GoStmt::ProducerClose;
        } else {
            g.pc = GoStmt::Finished;
            k.finish(task);
        }
    }
}

/// Ends the run with a run-time error.
fn fail(k: &mut Kernel, ev: &mut StepEvent, message: &str) {
    ev.action = Action::Failed {
        message: message.to_string(),
    };
    k.fail(ev.task, message.to_string());
}
