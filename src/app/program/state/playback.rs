//! Time in the program lab: playback at [`PLAY_STEPS_PER_SECOND`], and "Run to end" in
//! slices of at most [`STEPS_PER_FRAME`] statements, one per animation frame, each
//! stopping early once it has spent [`FRAME_BUDGET_MS`], so that no task on the page's
//! main thread runs over 50 ms. Only this file reads the page's clock, and never for the
//! run itself: the run stays deterministic.

use super::ProgramState;
use crate::sim::scenario::PolicyKind;

/// Statements one animation frame may run for "Run to end": small enough that a frame
/// stays far under 50 ms in the page, large enough that a long run ends in seconds.
pub const STEPS_PER_FRAME: u64 = 20_000;

/// Statements run between two looks at the clock within a frame: a program whose
/// statements get dearer as it runs (deep recursion, thousands of goroutines) stops its
/// frame at [`FRAME_BUDGET_MS`] rather than at [`STEPS_PER_FRAME`].
const STEPS_PER_CHUNK: u64 = 500;

/// The most real time one "Run to end" frame may spend stepping. The render and the
/// browser's style and layout follow in the same task and cost far more: 12 ms of stepping
/// left the frame in which 10,000 goroutines' cards and stage first fill in at 58 ms, and
/// runaway recursion at 50 ms; 6 ms leaves every task under 50 ms, and a print loop still
/// reaches its 10,000,000 statements as fast ([`STEPS_PER_FRAME`] bounds it first).
const FRAME_BUDGET_MS: f64 = 6.0;

/// Statements per second while playing.
pub const PLAY_STEPS_PER_SECOND: f64 = 4.0;

impl ProgramState {
    /// One animation frame: a slice of "Run to end", or the steps playback owes.
    pub(super) fn frame(&mut self, elapsed_ms: f64) -> bool {
        if self.running_to_end {
            self.frame_of_run_to_end();
            if !self.running_to_end {
                self.after_run_change();
            }
            return true;
        }
        if !self.playing {
            return false;
        }
        self.owed += elapsed_ms.clamp(0.0, 250.0) * PLAY_STEPS_PER_SECOND / 1000.0;
        if self.owed < 1.0 {
            return false;
        }
        self.owed -= 1.0;
        let manual = self.policy == PolicyKind::Manual;
        if manual || !self.with_run(|r| r.step(None)) {
            self.playing = false;
        }
        self.after_run_change();
        true
    }

    /// Runs up to [`STEPS_PER_FRAME`] statements towards the end, or fewer once the
    /// frame has taken [`FRAME_BUDGET_MS`].
    fn frame_of_run_to_end(&mut self) {
        let start = now_ms();
        let done = self.run.as_ref().is_none_or(|r| {
            let mut r = r.borrow_mut();
            let mut ran = 0;
            while ran < STEPS_PER_FRAME {
                let target = r.steps() + STEPS_PER_CHUNK;
                if r.seek(target) < target || r.now().outcome().is_some() {
                    return true;
                }
                ran += STEPS_PER_CHUNK;
                if now_ms() - start > FRAME_BUDGET_MS {
                    break;
                }
            }
            false
        });
        if done {
            self.running_to_end = false;
        }
    }
}

/// The page's clock in ms (0 off the page): only the frame budget reads it, never the run.
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
