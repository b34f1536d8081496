//! Channel operations with Go's exact rules (`runtime/chan.go`, `runtime/select.go`):
//! a send hands its value to the longest-waiting receiver, else buffers it, else blocks;
//! a receive takes from the buffer and moves the longest-blocked sender's value into the
//! freed slot; `close` wakes every waiter; a nil channel blocks forever; a `select` picks
//! among ready cases with the seeded generator, else takes `default`, else waits on all.

use std::rc::Rc;

use super::chan::Waiter;
use super::code::SelCase;
use super::machine::{Machine, Panic, StepEnd, Wake};
use super::machine_exec::Exec;
use super::value::Value;
use crate::sim::kernel::Kernel;
use crate::sim::task::{TaskId, WaitReason};

fn closed_send() -> Panic {
    Panic::Go("panic: send on closed channel".to_string())
}

impl Machine {
    fn top(&self, g: TaskId, back: usize) -> Value {
        let s = &self.gs[g].stack;
        s.get(s.len().wrapping_sub(back))
            .cloned()
            .unwrap_or_default()
    }

    fn drop_n(&mut self, g: TaskId, n: usize) {
        let s = &mut self.gs[g].stack;
        s.truncate(s.len().saturating_sub(n));
    }

    /// Takes a goroutine that a `select` parked out of every other channel's queue.
    fn unselect(&mut self, g: TaskId) {
        for id in std::mem::take(&mut self.gs[g].selecting) {
            self.chans[id as usize].forget(g);
        }
    }

    /// Completes a blocked receiver's receive with `v`.
    fn give(&mut self, w: &Waiter, v: Value, ok: bool, k: &mut Kernel) {
        self.gs[w.g].wake = if w.case >= 0 {
            Wake::Select(w.case, v, ok)
        } else {
            Wake::Recv(v, ok)
        };
        if w.case >= 0 {
            self.unselect(w.g);
        }
        k.wake(w.g);
    }

    /// Completes a blocked sender's send (`ok` false: the channel closed under it).
    fn release_sender(&mut self, w: &Waiter, ok: bool, k: &mut Kernel) {
        self.gs[w.g].wake = match (w.case >= 0, ok) {
            (true, _) => Wake::Select(w.case, Value::Unit, ok),
            (false, true) => Wake::Sent,
            (false, false) => Wake::SendClosed,
        };
        if w.case >= 0 {
            self.unselect(w.g);
        }
        k.wake(w.g);
    }

    /// A send that can proceed: to a waiting receiver or into the buffer.
    fn send_now(&mut self, id: usize, v: Value, k: &mut Kernel) -> Result<(), Panic> {
        let c = &mut self.chans[id];
        if c.closed {
            return Err(closed_send());
        }
        if let Some(w) = c.recvq.pop_front() {
            self.give(&w, v, true, k);
        } else {
            c.buf.push_back(v);
        }
        Ok(())
    }

    /// A receive that can proceed: from a blocked sender, the buffer, or a closed channel.
    fn recv_now(&mut self, id: usize, k: &mut Kernel) -> (Value, bool) {
        let c = &mut self.chans[id];
        if let Some(w) = c.sendq.pop_front() {
            let v = if c.cap == 0 {
                w.value.clone()
            } else {
                let head = c.buf.pop_front().unwrap_or_default();
                c.buf.push_back(w.value.clone());
                head
            };
            self.release_sender(&w, true, k);
            return (v, true);
        }
        if let Some(v) = c.buf.pop_front() {
            return (v, true);
        }
        (c.zero.clone(), false)
    }

    /// `ch <- v`.
    pub(super) fn send(&mut self, g: TaskId, k: &mut Kernel) -> Exec {
        match std::mem::take(&mut self.gs[g].wake) {
            Wake::Sent => {
                self.drop_n(g, 2);
                return Ok(None);
            }
            Wake::SendClosed => return Err(closed_send()),
            _ => {}
        }
        let v = self.top(g, 1);
        let Value::Chan(Some(id)) = self.top(g, 2) else {
            k.block(g, WaitReason::SendNoReceiver);
            return Ok(Some(StepEnd::Blocked));
        };
        let id = id as usize;
        if self.chans[id].send_ready() {
            self.drop_n(g, 2);
            self.send_now(id, v, k)?;
            return Ok(None);
        }
        let c = &mut self.chans[id];
        let reason = if c.cap == 0 {
            WaitReason::SendNoReceiver
        } else {
            WaitReason::SendFull
        };
        c.sendq.push_back(Waiter {
            g,
            case: -1,
            value: v,
        });
        k.block(g, reason);
        Ok(Some(StepEnd::Blocked))
    }

    /// `<-ch` (`comma`: also push `ok`); with `exit`, one turn of `range ch`.
    pub(super) fn recv(
        &mut self,
        g: TaskId,
        comma: bool,
        exit: Option<u32>,
        k: &mut Kernel,
    ) -> Exec {
        let got = match std::mem::take(&mut self.gs[g].wake) {
            Wake::Recv(v, ok) => Some((v, ok)),
            _ => None,
        };
        let got = match got {
            Some(got) => got,
            None => {
                let Value::Chan(Some(id)) = self.top(g, 1) else {
                    k.block(g, WaitReason::RecvEmpty);
                    return Ok(Some(StepEnd::Blocked));
                };
                let id = id as usize;
                if !self.chans[id].recv_ready() {
                    self.chans[id].recvq.push_back(Waiter {
                        g,
                        case: -1,
                        value: Value::Unit,
                    });
                    k.block(g, WaitReason::RecvEmpty);
                    return Ok(Some(StepEnd::Blocked));
                }
                self.recv_now(id, k)
            }
        };
        self.drop_n(g, 1);
        let gr = &mut self.gs[g];
        match exit {
            Some(exit) if !got.1 => {
                if let Some(f) = gr.frames.last_mut() {
                    f.pc = exit;
                }
            }
            _ => {
                gr.stack.push(got.0);
                if comma {
                    gr.stack.push(Value::Bool(got.1));
                }
            }
        }
        Ok(None)
    }

    /// `close(ch)`: wakes every receiver (zero, not ok) and every sender (they panic), in
    /// queue order, or last-first under go-runtime (Go readies them from a stack).
    pub(super) fn close(&mut self, g: TaskId, k: &mut Kernel) -> Exec {
        let Value::Chan(ch) = self.top(g, 1) else {
            return Ok(None);
        };
        self.drop_n(g, 1);
        let Some(id) = ch else {
            return Err(Panic::Go("panic: close of nil channel".to_string()));
        };
        let c = &mut self.chans[id as usize];
        if c.closed {
            return Err(Panic::Go("panic: close of closed channel".to_string()));
        }
        c.closed = true;
        let zero = c.zero.clone();
        let mut woken: Vec<(Waiter, bool)> = c.recvq.drain(..).map(|w| (w, true)).collect();
        woken.extend(c.sendq.drain(..).map(|w| (w, false)));
        if self.close_lifo {
            woken.reverse();
        }
        for (w, is_recv) in woken {
            if is_recv {
                self.give(&w, zero.clone(), false, k);
            } else {
                self.release_sender(&w, false, k);
            }
        }
        Ok(None)
    }

    /// `time.After(d)`: a buffered channel that a timer fills once, after `d`.
    pub(super) fn after(&mut self, g: TaskId, k: &mut Kernel) -> Exec {
        let d = self.top(g, 1).int().max(0) as u64;
        self.drop_n(g, 1);
        let id = self.chans.len() as u32;
        self.chans.push(super::chan::Chan::new(1, Value::Int(0)));
        let timer = self.timers.len();
        self.timers.push(id);
        k.add_timer(
            k.now_ms().saturating_add(d),
            super::machine::TIMER_BASE + timer,
        );
        self.gs[g].stack.push(Value::Chan(Some(id)));
        Ok(None)
    }

    /// A `time.After` timer fires: Go's `sendTime` does a non-blocking send of the time.
    pub fn fire_timer(&mut self, timer: usize, k: &mut Kernel) {
        let Some(&id) = self.timers.get(timer) else {
            return;
        };
        let now = Value::Int(k.now_ms() as i64);
        if self.chans[id as usize].send_ready() {
            let _ = self.send_now(id as usize, now, k);
        }
    }

    /// `select`: the cases' channels (and send values) are on the stack.
    pub(super) fn select(
        &mut self,
        g: TaskId,
        cases: &Rc<[SelCase]>,
        has_default: bool,
        zeros: &Rc<[Value]>,
        k: &mut Kernel,
    ) -> Exec {
        let n: usize = cases.iter().map(|c| 1 + usize::from(c.send)).sum();
        let base = self.gs[g].stack.len().saturating_sub(n);
        let ops: Vec<Value> = self.gs[g].stack[base..].to_vec();
        let mut at = Vec::with_capacity(cases.len());
        let mut i = 0;
        for c in cases.iter() {
            at.push(i);
            i += 1 + usize::from(c.send);
        }
        let chan_of = |ci: usize| match ops.get(at[ci]) {
            Some(Value::Chan(Some(id))) => Some(*id as usize),
            _ => None,
        };
        let result = if let Wake::Select(ci, v, ok) = std::mem::take(&mut self.gs[g].wake) {
            if cases.get(ci as usize).is_some_and(|c| c.send) && !ok {
                return Err(closed_send());
            }
            Some((ci, v, ok))
        } else {
            let ready: Vec<usize> = (0..cases.len())
                .filter(|&ci| {
                    chan_of(ci).is_some_and(|id| {
                        let c = &self.chans[id];
                        if cases[ci].send {
                            c.send_ready()
                        } else {
                            c.recv_ready()
                        }
                    })
                })
                .collect();
            if let Some(&first) = ready.first() {
                let ci = if ready.len() > 1 {
                    ready[self.rng.below(ready.len())]
                } else {
                    first
                };
                let id = chan_of(ci).unwrap_or(0);
                if cases[ci].send {
                    self.send_now(id, ops[at[ci] + 1].clone(), k)?;
                    Some((ci as i32, Value::Unit, true))
                } else {
                    let (v, ok) = self.recv_now(id, k);
                    Some((ci as i32, v, ok))
                }
            } else if has_default {
                Some((-1, Value::Unit, false))
            } else {
                None
            }
        };
        let Some((ci, v, ok)) = result else {
            let mut waiting = Vec::new();
            for ci in 0..cases.len() {
                let Some(id) = chan_of(ci) else { continue };
                let w = Waiter {
                    g,
                    case: ci as i32,
                    value: if cases[ci].send {
                        ops[at[ci] + 1].clone()
                    } else {
                        Value::Unit
                    },
                };
                let c = &mut self.chans[id];
                if cases[ci].send {
                    c.sendq.push_back(w)
                } else {
                    c.recvq.push_back(w)
                }
                waiting.push(id as u32);
            }
            self.gs[g].selecting = waiting;
            k.block(g, WaitReason::RecvEmpty);
            return Ok(Some(StepEnd::Blocked));
        };
        let v = if ci >= 0 && !ok && !cases[ci as usize].send {
            zeros[ci as usize].clone()
        } else {
            v
        };
        let gr = &mut self.gs[g];
        gr.stack.truncate(base);
        gr.stack.push(v);
        gr.stack.push(Value::Bool(ok));
        gr.stack.push(Value::Int(i64::from(ci)));
        Ok(None)
    }
}
