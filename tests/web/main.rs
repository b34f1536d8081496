//! The browser tests (wasm-bindgen-test in headless Chromium), gathered in one test
//! binary: the runner makes a wasm-bindgen pass and starts a browser for every binary, and
//! sixteen of them cost most of a minute of the test command. Each module is the file it
//! was before (`web_lab`, `web_ostep`, ...); run one with a filter, e.g.
//! `cargo test --target wasm32-unknown-unknown --test web -- web_lab::`.
//!
//! `app_mount`, `crash_overlay` and `crash_overlay_panic` stay binaries of their own: the
//! last one panics for real, which ends its wasm instance.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod web_lab_support;
mod web_panels_support;

mod web_challenges;
mod web_decimal;
mod web_explore_speed;
mod web_explorer;
mod web_lab;
mod web_lab_controls;
mod web_ostep;
mod web_panels;
mod web_panels_forms;
mod web_picker;
mod web_program_speed;
mod web_questions;
mod web_stage_fit;
mod web_sweep;
