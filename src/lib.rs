//! Producer–Consumer Lab: a browser lab for the producer–consumer pattern.
//!
//! [`sim`] is the pure, deterministic simulation core: it imports nothing from the browser
//! and is tested natively. The browser shell (`app`) exists only on `wasm32`;
//! [`view_params`], the view's own URL keys, is pure so that it is tested natively too.

#[cfg(target_arch = "wasm32")]
pub mod app;
pub mod sim;
pub mod view_params;
