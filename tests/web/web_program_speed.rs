//! How fast the Go interpreter is in the browser, where learners run it: checking and
//! compiling a 300-line program, one step of the seed program with its views (what a
//! Step click computes before Yew renders), and one "Run to end" frame's slice of
//! `STEPS_PER_FRAME` statements (which must stay far under 50 ms).
//!
//! Each test prints its figure and checks only results: a timed assertion would fail on a
//! slow machine. The figures in the README come from the optimised build:
//! `cargo test --release --target wasm32-unknown-unknown --test web -- web_program_speed --nocapture`.
#![cfg(target_arch = "wasm32")]

use producer_consumer_lab::app::program::state::STEPS_PER_FRAME;
use producer_consumer_lab::sim::golang::program_run::ProgramRun;
use producer_consumer_lab::sim::golang::sample_programs::{three_hundred_lines, LOOP};
use producer_consumer_lab::sim::golang::template::seed_source;
use producer_consumer_lab::sim::golang::{self};
use producer_consumer_lab::sim::scenario::{PolicyKind, Scenario};
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The median of `samples`.
fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

#[wasm_bindgen_test]
fn checking_and_compiling_300_lines_reports_its_median_time() {
    let src = three_hundred_lines();
    let times: Vec<f64> = (0..21)
        .map(|_| {
            let t = now_ms();
            assert!(golang::build(&src).is_ok());
            now_ms() - t
        })
        .collect();
    console_log!(
        "check and compile, {} lines: median {:.2} ms",
        src.lines().count(),
        median(times)
    );
}

#[wasm_bindgen_test]
fn a_step_of_the_seed_with_its_views_reports_its_median_time() {
    let prog = golang::build(&seed_source(&Scenario::default())).expect("the seed builds");
    let mut run = ProgramRun::new(prog, PolicyKind::GoRuntime, 1);
    let mut times = Vec::new();
    loop {
        let t = now_ms();
        if !run.step(None) {
            break;
        }
        let now = run.now();
        let names = now.task_names();
        let views = (0..names.len()).map(|g| now.frames(g).len()).sum::<usize>()
            + now.channels().len()
            + now.sync_objects().len()
            + now.lines().len();
        times.push(now_ms() - t);
        assert!(views > 0);
    }
    assert!(run.now().outcome().is_some());
    console_log!(
        "seed program: {} steps, median step with its views {:.3} ms",
        times.len(),
        median(times)
    );
}

#[wasm_bindgen_test]
fn a_run_to_end_frame_slice_reports_its_longest_time() {
    let prog = golang::build(LOOP).expect("the loop program builds");
    let mut run = ProgramRun::new(prog, PolicyKind::GoRuntime, 1);
    let mut longest: f64 = 0.0;
    let mut slices = 0;
    let start = now_ms();
    while run.now().outcome().is_none() && slices < 40 {
        let t = now_ms();
        let target = run.steps() + STEPS_PER_FRAME;
        run.seek(target);
        longest = longest.max(now_ms() - t);
        slices += 1;
    }
    let total = now_ms() - start;
    console_log!(
        "run to end: {} statements in {slices} slices of {STEPS_PER_FRAME}, longest slice {longest:.1} ms, {:.1} M statements/s",
        run.steps(),
        run.steps() as f64 / total / 1000.0
    );
    assert_eq!(run.steps(), slices * STEPS_PER_FRAME);
}
