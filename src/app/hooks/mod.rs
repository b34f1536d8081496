//! The lab's custom hooks: playback frames, keyboard shortcuts, the screen's width, a
//! stage frame's box, and the address bar and theme kept in step with the state. Each is a
//! thin bridge from a browser API to an [`Action`](crate::app::state::Action) or from the
//! state to the page.

mod use_keyboard;
mod use_narrow_screen;
mod use_stage_box;
mod use_ticker;
mod use_url_sync;

pub use use_keyboard::{action_for_key, use_keyboard};
pub use use_narrow_screen::use_narrow_screen;
pub use use_stage_box::{use_stage_box, BoxRule};
pub use use_ticker::use_ticker;
pub use use_url_sync::{use_document_theme, use_url_sync, DEBOUNCE_MS};
