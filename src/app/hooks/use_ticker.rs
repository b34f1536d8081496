//! [`use_ticker`]: one call per animation frame while playing, with the real time since
//! the previous frame (the scenario lab's `Action::Frame`, the program lab's `Frame`).
//!
//! `requestAnimationFrame` rather than an interval: frames line up with the display, a
//! hidden tab gets none, and playback never renders more than once per frame.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use yew::prelude::*;

/// Calls `on_frame` with the real milliseconds since the previous frame, every frame
/// while `playing`. Stopping (or unmounting) cancels the pending frame. The callback of
/// the render that started playing is the one used, so it must not depend on the state
/// (a reducer's dispatcher never does).
///
/// ```ignore
/// let lab = use_reducer(|| LabState::from_query(""));
/// use_ticker(lab.playing, lab.dispatcher().reform(|elapsed_ms| Action::Frame { elapsed_ms }));
/// ```
#[hook]
pub fn use_ticker(playing: bool, on_frame: Callback<f64>) {
    let dispatch = on_frame;
    use_effect_with(playing, move |&playing| {
        let ticker = Ticker::default();
        if playing {
            ticker.schedule(dispatch, None);
        }
        move || ticker.stop()
    });
}

/// The pending frame, and whether the loop may go on.
#[derive(Clone, Default)]
struct Ticker {
    frame: Rc<RefCell<Option<AnimationFrame>>>,
    /// Cleared by [`Ticker::stop`]: a frame already running must not schedule another
    /// (its dispatch may itself have stopped playback and so this very loop).
    stopped: Rc<Cell<bool>>,
}

impl Ticker {
    /// Asks for the next frame; `last` is the previous frame's timestamp.
    fn schedule(&self, dispatch: Callback<f64>, last: Option<f64>) {
        let ticker = self.clone();
        let frame = request_animation_frame(move |now| {
            if ticker.stopped.get() {
                return;
            }
            let elapsed_ms = last.map_or(0.0, |last| now - last);
            dispatch.emit(elapsed_ms);
            if !ticker.stopped.get() {
                ticker.schedule(dispatch, Some(now));
            }
        });
        *self.frame.borrow_mut() = Some(frame);
    }

    /// Cancels the pending frame and ends the loop.
    fn stop(&self) {
        self.stopped.set(true);
        // Dropping the handle cancels the frame if it has not run yet.
        let pending = self.frame.borrow_mut().take();
        drop(pending);
    }
}
