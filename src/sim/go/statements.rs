//! The channel statements of the Go program: `ch <- v`, `range ch` and `close(ch)`, each one
//! scheduler step, with the wakes they cause (`SEMANTICS.md` §1).

use super::{fail, GoStmt, GoWorld, RecvResult, SendResult};
use crate::sim::event::{Action, Item, StepEvent};
use crate::sim::kernel::Kernel;
use crate::sim::task::{TaskId, WaitReason};

impl GoWorld {
    /// `ch <- v`: hands the value to a waiting receiver, buffers it, or blocks.
    pub(super) fn send(&mut self, task: TaskId, k: &mut Kernel, ev: &mut StepEvent) {
        let g = &mut self.goroutines[task];
        let item = Item {
            value: g.first + g.done_items + 1,
            producer: task as u8,
            since_ms: k.now_ms(),
        };
        self.produced += 1;
        match self.channel.send(task, item) {
            SendResult::HandedOff(receiver) => {
                self.goroutines[task].pc = GoStmt::ProducerSleep;
                self.deliver(receiver, item, 0);
                k.wake(receiver);
                ev.woke.push(receiver);
                ev.action = Action::HandedOff { item, to: receiver };
            }
            SendResult::Buffered(slot) => {
                self.goroutines[task].pc = GoStmt::ProducerSleep;
                ev.action = Action::SentToBuffer { item, slot };
            }
            SendResult::Blocked => {
                // The pc stays on `ch <- v` while blocked (the card shows that line); whoever
                // completes the send moves it on (`unblock_sender`).
                let reason = if self.channel.buffer().capacity() == 0 {
                    WaitReason::SendNoReceiver
                } else {
                    WaitReason::SendFull
                };
                k.block(task, reason);
                let len = self.channel.buffer().len();
                ev.action = Action::SendBlocked { item, reason, len };
            }
            SendResult::Closed => fail(k, ev, "panic: send on closed channel"),
        }
    }

    /// One turn of `range ch`: takes a value (waking a blocked sender), ends, or blocks.
    pub(super) fn receive(&mut self, task: TaskId, k: &mut Kernel, ev: &mut StepEvent) {
        match self.channel.recv(task, k.now_ms()) {
            RecvResult::FromBuffer { item, slot, refill } => {
                self.deliver(task, item, k.now_ms().saturating_sub(item.since_ms));
                if let Some((sender, _, _)) = refill {
                    self.unblock_sender(sender);
                    k.wake(sender);
                    ev.woke.push(sender);
                }
                ev.action = Action::ReceivedFromBuffer { item, slot, refill };
            }
            RecvResult::FromSender(item, sender) => {
                self.deliver(task, item, 0);
                self.unblock_sender(sender);
                k.wake(sender);
                ev.woke.push(sender);
                ev.action = Action::ReceivedFromSender { item, from: sender };
            }
            RecvResult::Closed => {
                self.goroutines[task].pc = GoStmt::Finished;
                k.finish(task);
                ev.action = Action::RangeEnded;
            }
            RecvResult::Blocked => {
                k.block(task, WaitReason::RecvEmpty);
                ev.action = Action::ReceiveBlocked;
            }
        }
    }

    /// A blocked sender's value was taken: its send is complete, so it goes on to sleep.
    fn unblock_sender(&mut self, sender: TaskId) {
        self.goroutines[sender].pc = GoStmt::ProducerSleep;
    }

    /// A consumer now holds `item`; its next statement prints it.
    fn deliver(&mut self, consumer: TaskId, item: Item, waited_ms: u64) {
        let g = &mut self.goroutines[consumer];
        g.item = Some(item);
        g.pc = GoStmt::ConsumerPrint;
        self.consumed_by[consumer - self.producers] += 1;
        self.wait_sum_ms += waited_ms;
        self.wait_count += 1;
    }

    /// The end of a producer: the last one closes the channel and wakes every waiter.
    pub(super) fn close(&mut self, task: TaskId, k: &mut Kernel, ev: &mut StepEvent) {
        self.producers_left = self.producers_left.saturating_sub(1);
        self.goroutines[task].pc = GoStmt::Finished;
        k.finish(task);
        if self.producers_left > 0 {
            ev.action = Action::Closed { closed: false };
            return;
        }
        let Some((receivers, senders)) = self.channel.close() else {
            return fail(k, ev, "panic: close of closed channel");
        };
        // Woken receivers re-run `range`, which sees the closed, drained channel and ends;
        // woken senders panic.
        for &s in &senders {
            self.goroutines[s].pc = GoStmt::SendPanics;
        }
        let mut woken = receivers;
        woken.extend(senders);
        if self.close_wakes_last_first {
            // With runnext, the first receiver is readied last and so runs first.
            woken.reverse();
        }
        for t in woken {
            k.wake(t);
            ev.woke.push(t);
        }
        ev.action = Action::Closed { closed: true };
    }
}
