//! What the monitor and the semaphore programs share, whatever their synchronisation: the
//! OSTEP buffer, each thread's loop counter, the sleep strings (`do_pause`), the joins of
//! main, and the results (`consumed_count - 1` per consumer).
//!
//! Values follow `base = id * loops; do_fill(base + i)`: producer `k` (0-based) fills
//! `k*items .. k*items + items - 1`.

use std::hash::{Hash, Hasher};

use super::buffer::{BufferError, OstepBuffer};
use crate::sim::event::{Action, Item, PrintKind, StepEvent};
use crate::sim::kernel::Kernel;
use crate::sim::scenario::{Scenario, SleepString};
use crate::sim::task::{Role, TaskId, TaskState, WaitReason};
use crate::sim::world::Counts;

mod identity;

/// One thread's loop state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
struct Progress {
    /// Producer: values filled (`i`). Main: END_OF_STREAM markers added.
    count: u32,
    /// Consumer: it got END_OF_STREAM (`tmp == END_OF_STREAM`), so its loop ends.
    got_eos: bool,
}

/// The buffer, the threads' loop state, the sleep strings and the results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OstepProgram {
    producers: usize,
    consumers: usize,
    items: u32,
    psleep: SleepString,
    csleep: SleepString,
    buffer: OstepBuffer,
    progress: Vec<Progress>,
    produced: u64,
    consumed_by: Vec<u64>,
    wait_sum_ms: u64,
    wait_count: u64,
}

impl OstepProgram {
    /// Feeds the explorer what decides failures: the buffer's use and each thread's loop
    /// state, not the values, the tallies or the wait metrics (see `explore::fingerprint`).
    pub fn hash_control<H: Hasher>(&self, h: &mut H) {
        self.buffer.hash_control(h);
        self.progress.hash(h);
    }

    /// The shared state for `scenario`, before any statement ran.
    pub fn new(scenario: &Scenario) -> Self {
        let producers = usize::from(scenario.producers);
        let consumers = usize::from(scenario.consumers);
        OstepProgram {
            producers,
            consumers,
            items: scenario.items,
            psleep: scenario.psleep.clone(),
            csleep: scenario.csleep.clone(),
            buffer: OstepBuffer::new(usize::from(scenario.capacity)),
            progress: vec![Progress::default(); producers + consumers + 1],
            produced: 0,
            consumed_by: vec![0; consumers],
            wait_sum_ms: 0,
            wait_count: 0,
        }
    }

    /// Task `task`'s role.
    pub fn role(&self, task: TaskId) -> Role {
        Role::of(task, self.producers, self.consumers)
    }

    /// Main's task id (after every producer and consumer).
    pub fn main(&self) -> TaskId {
        self.producers + self.consumers
    }

    /// Number of threads, main included.
    pub fn threads(&self) -> usize {
        self.producers + self.consumers + 1
    }

    /// The shared buffer.
    pub fn buffer(&self) -> &OstepBuffer {
        &self.buffer
    }

    /// Whether `task`'s loop runs its body again: producers `i < loops`, consumers
    /// `tmp != END_OF_STREAM`, main one END_OF_STREAM per consumer.
    pub fn loop_continues(&self, task: TaskId) -> bool {
        let p = self.progress.get(task).copied().unwrap_or_default();
        match self.role(task) {
            Role::Producer(_) => p.count < self.items,
            Role::Consumer(_) => !p.got_eos,
            Role::Main => (p.count as usize) < self.consumers,
        }
    }

    /// `do_fill` (producers: `base + i`; main: END_OF_STREAM, printing its row) or `do_get`
    /// (consumers), at virtual time `now`. Returns the action, or the failed `ensure`.
    pub fn use_buffer(
        &mut self,
        task: TaskId,
        now: u64,
        ev: &mut StepEvent,
    ) -> Result<Action, BufferError> {
        let role = self.role(task);
        let index = task.min(self.progress.len().saturating_sub(1));
        let count = self.progress.get(index).map_or(0, |p| p.count);
        let action = match role {
            Role::Producer(p) => {
                let value = u32::from(p)
                    .saturating_mul(self.items)
                    .saturating_add(count);
                let since_ms = now;
                let item = Item {
                    value,
                    producer: p,
                    since_ms,
                };
                let slot = self.buffer.fill(Some(item))?;
                self.produced += 1;
                let value = Some(value);
                Action::Fill { value, slot }
            }
            Role::Main => {
                let slot = self.buffer.fill(None)?;
                ev.print = Some(PrintKind::EndOfStream);
                Action::Fill { value: None, slot }
            }
            Role::Consumer(c) => {
                let (slot, got) = self.buffer.get()?;
                self.got(index, usize::from(c), got, now);
                let value = got.map(|item| item.value);
                Action::Get { value, slot }
            }
        };
        if let Some(p) = self.progress.get_mut(index) {
            p.count += u32::from(!matches!(role, Role::Consumer(_)));
        }
        Ok(action)
    }

    /// Consumer `consumer` (task `task`) got `value`; `None` is END_OF_STREAM.
    fn got(&mut self, task: TaskId, consumer: usize, value: Option<Item>, now: u64) {
        match value {
            Some(item) => {
                if let Some(n) = self.consumed_by.get_mut(consumer) {
                    *n += 1;
                }
                self.wait_sum_ms += now.saturating_sub(item.since_ms);
                self.wait_count += 1;
            }
            None => {
                if let Some(p) = self.progress.get_mut(task) {
                    p.got_eos = true;
                }
            }
        }
    }

    /// `do_pause(marker)`: a producer or consumer prints its marker and sleeps for its
    /// sleep-string entry. Main has no markers: it neither prints nor sleeps.
    pub fn pause(&self, task: TaskId, marker: u8, k: &mut Kernel, ev: &mut StepEvent) {
        let (producer, seconds) = match self.role(task) {
            Role::Producer(i) => (
                true,
                self.psleep.seconds(usize::from(i), usize::from(marker)),
            ),
            Role::Consumer(i) => (
                false,
                self.csleep.seconds(usize::from(i), usize::from(marker)),
            ),
            Role::Main => return,
        };
        ev.print = Some(PrintKind::Marker { producer, marker });
        k.sleep(task, u64::from(seconds) * 1000);
    }

    /// The tasks main joins: every producer, or every consumer.
    fn joined(&self, producers: bool) -> std::ops::Range<TaskId> {
        if producers {
            0..self.producers
        } else {
            self.producers..self.main()
        }
    }

    /// Main's `Pthread_join` loop over the producers or the consumers: records the action
    /// and blocks main unless they have all finished. Returns whether they have.
    pub fn join(&self, producers: bool, k: &mut Kernel, ev: &mut StepEvent) -> bool {
        let done = self
            .joined(producers)
            .all(|t| k.state(t) == TaskState::Done);
        ev.action = Action::Join { done };
        if !done {
            k.block(self.main(), WaitReason::Join);
        }
        done
    }

    /// A producer or consumer just finished: wakes main if it is joining (the producers
    /// when `main_joins_producers`) and everyone it waits for is done.
    pub fn wake_joiner(&self, main_joins_producers: bool, k: &mut Kernel, ev: &mut StepEvent) {
        let main = self.main();
        if k.state(main) != TaskState::Blocked(WaitReason::Join) {
            return;
        }
        if self
            .joined(main_joins_producers)
            .all(|t| k.state(t) == TaskState::Done)
        {
            k.wake(main);
            ev.woke.push(main);
        }
    }

    /// OSTEP's result per consumer: the values it got (its count minus END_OF_STREAM).
    pub fn consumed_by(&self) -> &[u64] {
        &self.consumed_by
    }

    /// Sum and count of the time values spent in the buffer, in ms.
    pub fn buffer_wait(&self) -> (u64, u64) {
        (self.wait_sum_ms, self.wait_count)
    }

    /// Produced, consumed and buffered values (END_OF_STREAM markers are not values).
    pub fn counts(&self) -> Counts {
        Counts {
            produced: self.produced,
            consumed: self.consumed_by.iter().sum(),
            buffered: self.buffer.values() as u64,
            // Fill and get are single steps: no value is ever held outside the buffer.
            in_flight: 0,
        }
    }
}
