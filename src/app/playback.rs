//! Playback: how virtual time and statements map to real time.
//!
//! Statements take no virtual time, so each gets a short beat instead: [`BEAT_MS`] of
//! real time at 1×. Virtual sleeps play in real time at 1× (a 5000 ms sleep takes five
//! seconds), and both shrink with the speed: at 4× a beat is 125 ms and that sleep 1.25 s.
//! While playback waits for a wake-up, the shown clock runs on towards it.
//!
//! Each animation frame adds `elapsed × speed` to a budget and runs every step the
//! budget pays for (a step costs the clock wait before it plus one beat), at most
//! [`MAX_STEPS_PER_FRAME`], then renders once. Fast playback therefore batches steps per
//! frame instead of dispatching once per step.

use std::rc::Rc;

use crate::sim::ask::Quiz;
use crate::sim::history::Run;
use crate::sim::simulation::{Simulation, StepResult};

use super::state::{LabState, Notice};

/// Real milliseconds a statement takes at 1×.
pub const BEAT_MS: f64 = 500.0;

/// The most real time one frame may account for: after a stall (a background tab, a
/// breakpoint) playback carries on instead of leaping ahead.
const MAX_FRAME_MS: f64 = 250.0;

/// The most steps one frame runs, so a frame never becomes a long task.
pub const MAX_STEPS_PER_FRAME: u32 = 256;

/// The shown clock moves in steps of this many virtual ms, so countdowns do not flicker.
const CLOCK_QUANTUM_MS: u64 = 100;

/// Virtual ms the clock must still move before the next step can run: 0 when a task can
/// run now, the time to the next wake-up when every task sleeps or waits.
pub fn wait_before_next_step(sim: &Simulation) -> u64 {
    let kernel = sim.kernel();
    if kernel.runnable_count() > 0 {
        return 0;
    }
    kernel
        .next_wakeup_ms()
        .map_or(0, |due| due.saturating_sub(kernel.now_ms()))
}

/// One animation frame: runs the steps `elapsed_ms` of real time pays for. Returns the
/// same `Rc` (no render) when nothing visible changed.
pub(super) fn frame(state: Rc<LabState>, elapsed_ms: f64) -> Rc<LabState> {
    if !state.playing {
        return state;
    }
    let elapsed = elapsed_ms.clamp(0.0, MAX_FRAME_MS);
    let mut budget = state.budget_ms.get() + elapsed * state.view.speed.factor();
    let (stepped, stop) = run_paid_steps(&mut state.run.borrow_mut(), &mut budget, &state.quiz);
    state.budget_ms.set(budget);
    let shown_ms = shown_clock(&state.run(), budget);
    if stepped == 0 && stop.is_none() && shown_ms == state.shown_ms {
        return state;
    }
    let mut next = (*state).clone();
    next.shown_ms = shown_ms;
    if stepped > 0 {
        next.revision += 1;
    }
    if let Some(notice) = stop {
        next.playing = false;
        next.notice = notice;
        next.budget_ms.set(0.0);
    }
    Rc::new(next)
}

/// Runs steps while `budget` pays for them. Returns the steps run and, when playback must
/// stop (the run ended, or the learner must choose), the notice to show.
fn run_paid_steps(run: &mut Run, budget: &mut f64, quiz: &Quiz) -> (u32, Option<Option<Notice>>) {
    let mut stepped = 0;
    while stepped < MAX_STEPS_PER_FRAME {
        // An unanswered question stops playback before its step (`quiz_gate.rs`).
        if run.sim().outcome().is_some() || quiz.pending(run.sim()).is_some() {
            return (stepped, Some(None));
        }
        let cost = wait_before_next_step(run.sim()) as f64 + BEAT_MS;
        if *budget < cost {
            return (stepped, None);
        }
        match run.step() {
            StepResult::Stepped => {
                *budget -= cost;
                stepped += 1;
            }
            StepResult::NeedsChoice => return (stepped, Some(Some(Notice::waiting_on(run)))),
            StepResult::Ended => return (stepped, Some(None)),
        }
    }
    // Never owe more than one beat: a backlog would only make the next frames long.
    *budget = budget.min(BEAT_MS);
    let ended = run.sim().outcome().is_some();
    (stepped, ended.then_some(None))
}

/// The clock to show: the run's clock, plus the part of the coming wait already played.
fn shown_clock(run: &Run, budget: f64) -> u64 {
    let sim = run.sim();
    let now = sim.kernel().now_ms();
    let wait = wait_before_next_step(sim);
    if wait == 0 {
        return now;
    }
    let played = (budget.max(0.0) as u64).min(wait);
    ((now + played) / CLOCK_QUANTUM_MS * CLOCK_QUANTUM_MS).max(now)
}
