//! Browser tests for the timeline and metrics panels (`src/app/panels/`): each panel is
//! mounted alone with plain props built from a real run, then read and clicked like a page.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use crate::web_panels_support::{
    find, find_all, key_down, mount, mount_view, pointer_at, settle, text,
};
use producer_consumer_lab::app::panels::metrics::MetricsProps;
use producer_consumer_lab::app::panels::timeline::TimelineProps;
use producer_consumer_lab::app::panels::timeline_builder::TimelineBuilder;
use producer_consumer_lab::app::panels::{
    drawing_of, metrics_panel, nearest_step, Axis, LaneState, MetricsView, Timeline,
};
use producer_consumer_lab::sim::history::Run;
use producer_consumer_lab::sim::scenario::parse_query;
use wasm_bindgen_test::wasm_bindgen_test;
use yew::Callback;

/// A run of the scenario in `query`, played to its end and then moved back to `step`.
fn run_at(query: &str, step: u64) -> Run {
    let mut run = Run::new(parse_query(query).scenario);
    run.run_to_end(1_000_000);
    run.seek(step);
    run
}

/// Timeline props for `run`, recording every seek in `seeks`.
fn timeline_props(run: Rc<Run>, seeks: Rc<RefCell<Vec<u64>>>) -> TimelineProps {
    let sim = run.sim();
    let names = (0..sim.scenario().task_count())
        .map(|t| sim.task_name(t))
        .collect();
    TimelineProps {
        model: Rc::new(drawing_of(&run)),
        names: Rc::new(names),
        states: sim.kernel().states().to_vec(),
        step: sim.steps(),
        furthest: run.furthest_step(),
        cursor_ms: sim.kernel().now_ms(),
        ended: false,
        on_seek: Callback::from(move |step| seeks.borrow_mut().push(step)),
        step_at_time: {
            let run = run.clone();
            Callback::from(move |t| nearest_step(&run, t))
        },
    }
}

#[wasm_bindgen_test]
async fn the_timeline_is_a_slider_over_steps_that_says_every_tasks_state() {
    let run = Rc::new(run_at("", 10));
    let root = mount::<Timeline>(timeline_props(run.clone(), Rc::default())).await;

    let slider = find(&root, "[role=slider]");
    assert_eq!(slider.get_attribute("aria-valuemin").as_deref(), Some("0"));
    assert_eq!(slider.get_attribute("aria-valuenow").as_deref(), Some("10"));
    let furthest = run.furthest_step().to_string();
    assert_eq!(
        slider.get_attribute("aria-valuemax"),
        Some(furthest.clone())
    );
    let spoken = slider.get_attribute("aria-valuetext").unwrap_or_default();
    assert!(
        spoken.starts_with(&format!("Step 10 of {furthest}, at ")),
        "{spoken}"
    );
    assert!(spoken.contains("P1 ") && spoken.contains("C1 "), "{spoken}");
}

#[wasm_bindgen_test]
async fn the_seed_runs_lanes_show_sleeping_and_finished_with_a_legend_naming_each_state() {
    let root = mount::<Timeline>(timeline_props(Rc::new(run_at("", 0)), Rc::default())).await;

    let sleeping = find(&root, "path.tl-sleeping")
        .get_attribute("d")
        .unwrap_or_default();
    assert!(
        sleeping.matches('M').count() >= 2,
        "both lanes sleep: {sleeping}"
    );
    assert!(!find(&root, "path.tl-done")
        .get_attribute("d")
        .unwrap_or_default()
        .is_empty());
    assert!(find(&root, "path.tl-occ")
        .get_attribute("d")
        .unwrap_or_default()
        .starts_with("M0 "));
    let legend: Vec<String> = find_all(&root, ".timeline-legend li")
        .iter()
        .map(text)
        .collect();
    for state in LaneState::DRAWN {
        assert!(legend.contains(&state.label().to_string()), "{legend:?}");
    }
}

#[wasm_bindgen_test]
async fn arrow_page_home_and_end_keys_seek_through_the_history() {
    let seeks = Rc::new(RefCell::new(Vec::new()));
    let run = Rc::new(run_at("", 20));
    let root = mount::<Timeline>(timeline_props(run.clone(), seeks.clone())).await;
    let slider = find(&root, "[role=slider]");

    for key in [
        "ArrowRight",
        "ArrowLeft",
        "ArrowUp",
        "ArrowDown",
        "PageUp",
        "PageDown",
        "Home",
        "End",
        "x",
    ] {
        key_down(&slider, key);
    }
    let furthest = run.furthest_step();
    assert_eq!(*seeks.borrow(), vec![21, 19, 21, 19, 30, 10, 0, furthest]);
}

#[wasm_bindgen_test]
async fn clicking_the_middle_seeks_near_the_middle_and_the_right_edge_seeks_to_the_end() {
    let seeks = Rc::new(RefCell::new(Vec::new()));
    let run = Rc::new(run_at("", 0));
    let root = mount::<Timeline>(timeline_props(run.clone(), seeks.clone())).await;
    let plot = find(&root, "[role=slider]");

    pointer_at(&plot, "pointerdown", 0.5);
    pointer_at(&plot, "pointermove", 1.0);
    settle().await;

    let end_ms = run.time_at_step(run.furthest_step());
    let t = run.time_at_step(seeks.borrow()[0]);
    assert!(
        t.abs_diff(end_ms / 2) <= end_ms / 8,
        "{t} ms is near the middle of {end_ms}"
    );
    assert_eq!(seeks.borrow()[1], run.furthest_step());
}

#[wasm_bindgen_test]
fn a_time_between_two_clock_moves_shows_the_nearer_one() {
    // The seed's clock moves 0 → 5000 → 8000 ms; the step that jumps to 8000 ms is `jump`.
    let run = run_at("", 0);
    let jump = run.step_at_time(8000);
    assert_eq!(run.time_at_step(jump - 1), 5000);
    assert_eq!(
        nearest_step(&run, 6000),
        jump - 1,
        "nearer 5000: the state until the jump"
    );
    assert_eq!(
        nearest_step(&run, 7000),
        jump,
        "nearer 8000: the first step at 8000"
    );
    assert_eq!(nearest_step(&run, 8000), jump);
    assert_eq!(nearest_step(&run, 0), 0);
    assert_eq!(nearest_step(&run, u64::MAX), run.furthest_step());
}

#[wasm_bindgen_test]
async fn a_long_run_draws_with_paths_bounded_by_the_width_not_the_steps() {
    let run = run_at(
        "producers=16&consumers=16&capacity=64&items=200&produce_ms=5,7&consume_ms=40,60",
        0,
    );
    assert!(
        run.furthest_step() > 10_000,
        "a long run: {} steps",
        run.furthest_step()
    );
    let model = drawing_of(&run);
    let commands: usize = model
        .lanes
        .iter()
        .map(|(_, d)| d.matches('M').count())
        .sum();
    // At most one segment per column per lane, in practice far fewer.
    assert!(commands <= 1000 * 32, "{commands} segments");
    assert!(model.occupancy.matches('V').count() <= 3 * 1000);
}

#[wasm_bindgen_test]
async fn the_metrics_panel_shows_the_finished_seed_runs_figures() {
    let run = run_at("", u64::MAX);
    let view = MetricsView::of(run.sim());
    assert_eq!((view.produced, view.consumed, view.now_ms), (5, 5, 40_000));
    assert_eq!(view.throughput(), Some(0.125));
    let props = MetricsProps { view };
    let root = mount_view(move || metrics_panel(&props)).await;

    let figure = |key: &str| text(&find(&root, &format!("[data-metric={key}] dd")));
    assert_eq!(figure("produced"), "5");
    assert_eq!(figure("consumed"), "5");
    assert_eq!(figure("buffered"), "0 of 2");
    assert_eq!(figure("throughput"), "0.125 items/s");
    assert_eq!(figure("max-occupancy"), "2 items");
    let rows: Vec<String> = find_all(&root, ".metrics-blocked tbody tr")
        .iter()
        .map(text)
        .collect();
    assert_eq!(rows, vec!["P10%", "C10%"]);
}

#[wasm_bindgen_test]
async fn under_backpressure_the_producer_is_shown_blocked_for_nearly_half_the_run() {
    let run = run_at("preset=backpressure", u64::MAX);
    let view = MetricsView::of(run.sim());
    let producer = view.blocked[0].1;
    assert!((0.4..0.5).contains(&producer), "P1 blocked {producer}");
    let props = MetricsProps { view };
    let root = mount_view(move || metrics_panel(&props)).await;
    let first = text(&find(&root, ".metrics-blocked tbody tr td"));
    assert_eq!(first, format!("{:.0}%", producer * 100.0));
}

#[wasm_bindgen_test]
fn a_drawing_extended_step_by_step_equals_one_drawn_from_scratch() {
    let mut run = Run::new(parse_query("preset=fan-out").scenario);
    let mut builder = TimelineBuilder::new(&run);
    for step in 1..=120 {
        run.step();
        if step % 7 == 0 || step == 120 {
            assert_eq!(builder.update(&run), drawing_of(&run), "at step {step}");
        }
    }
}

#[wasm_bindgen_test]
fn a_rewritten_history_is_redrawn_from_scratch() {
    let mut run = Run::new(parse_query("preset=fan-in&policy=manual").scenario);
    for _ in 0..12 {
        let first = run.sim().choices()[0];
        let _ = run.choose(first);
    }
    let mut builder = TimelineBuilder::new(&run);
    run.seek(4);
    let recorded = usize::from(run.choices()[4]);
    let choices = run.sim().choices();
    let other = choices.iter().find(|&&t| t != recorded);
    let Some(&other) = other else {
        panic!("fan-in offers more than one task at step 5: {choices:?}")
    };
    assert!(run.choose(other).is_ok());
    for _ in 0..8 {
        let first = run.sim().choices()[0];
        let _ = run.choose(first);
    }
    assert_eq!(builder.update(&run), drawing_of(&run));
}

#[wasm_bindgen_test]
async fn an_ostep_run_whose_clock_never_moves_gets_a_step_axis_that_clicks_seek_by_step() {
    let seeks = Rc::new(RefCell::new(Vec::new()));
    let run = Rc::new(run_at("preset=ostep-fig-30-11", 0));
    assert_eq!(
        run.time_at_step(run.furthest_step()),
        0,
        "no sleeps: the clock stays"
    );
    let model = drawing_of(&run);
    assert_eq!(model.axis, Axis::Steps);
    assert_eq!(model.reached_ms, run.furthest_step());
    assert!(model.end_ms >= run.furthest_step() && model.end_ms * 3 < run.furthest_step() * 4);
    let drawn = model.lanes.iter().filter(|(_, d)| !d.is_empty()).count();
    assert!(drawn > 0, "the lanes show the waits, not one blank column");
    let root = mount::<Timeline>(timeline_props(run.clone(), seeks.clone())).await;
    assert!(text(&find(&root, ".timeline-axis")).contains("steps"));

    let plot = find(&root, "[role=slider]");
    pointer_at(&plot, "pointerdown", 0.5);
    pointer_at(&plot, "pointermove", 1.0);
    settle().await;
    let half = model.end_ms / 2;
    assert!(
        seeks.borrow()[0].abs_diff(half) <= 1,
        "{:?} near {half}",
        seeks.borrow()
    );
    assert_eq!(seeks.borrow()[1], run.furthest_step());
}

#[wasm_bindgen_test]
async fn past_a_finished_runs_end_the_timeline_says_ended_not_not_reached_yet() {
    // Ends at 24000 ms on an axis to 25000 ms: a strip past the end.
    let run = Rc::new(run_at("items=3", 5));
    let props = TimelineProps {
        ended: true,
        ..timeline_props(run.clone(), Rc::default())
    };
    let root = mount::<Timeline>(props).await;
    assert_eq!(find_all(&root, ".timeline-plot rect.tl-ended").len(), 1);
    assert!(find_all(&root, ".timeline-plot rect.tl-future").is_empty());
    assert!(text(&root).contains("after the run ended"));
}

#[wasm_bindgen_test]
fn a_run_that_sleeps_is_on_a_time_axis_from_step_0_and_one_that_never_sleeps_on_steps() {
    let seed = drawing_of(&Run::new(parse_query("").scenario));
    assert_eq!(
        seed.axis,
        Axis::Time,
        "the seed sleeps: time from the start"
    );
    let no_sleep = drawing_of(&run_at("produce_ms=0&consume_ms=0", 0));
    assert_eq!(no_sleep.axis, Axis::Steps, "zero-sleep Go: steps");
    let ostep = drawing_of(&run_at("preset=ostep-correct", 0));
    assert_eq!(
        ostep.axis,
        Axis::Time,
        "an OSTEP run with sleep strings: time"
    );
}
