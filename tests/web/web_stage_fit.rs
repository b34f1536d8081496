//! The stage's geometry (`app::stage`): every layout, page or compact, landscape or
//! portrait, keeps what it draws inside its `viewBox` without nodes overlapping, and a
//! fixed-size embed's box gets the page's own drawing when that reads at 11 px and a
//! tighter one when it does not. (In the browser: the layout calls the browser's `Math`.)
#![cfg(target_arch = "wasm32")]

use producer_consumer_lab::app::stage::{
    Metrics, Point, StageFit, StageLayout, StageShape, COMPACT, HALF_LINE, REGULAR,
};
use producer_consumer_lab::sim::scenario::{parse_query, Mode, Scenario, PRESETS};
use wasm_bindgen_test::wasm_bindgen_test;

/// The shapes to try: one to sixteen tasks a side, capacities from unbuffered to 64,
/// with and without main, with Go's and OSTEP's pointer names.
fn shapes() -> Vec<StageShape> {
    let mut shapes = Vec::new();
    for producers in [1, 2, 3, 4, 16] {
        for consumers in [1, 2, 3, 5] {
            for capacity in [0, 1, 2, 3, 4, 7, 16, 64] {
                for (has_main, pointer_label) in [(false, 2), (true, 8)] {
                    shapes.push(StageShape {
                        producers,
                        consumers,
                        capacity,
                        has_main,
                        pointer_label,
                    });
                }
            }
        }
    }
    shapes
}

/// Every layout of `shape`: both sets of distances, both orientations.
fn layouts(shape: StageShape) -> Vec<(&'static Metrics, StageLayout)> {
    [&REGULAR, &COMPACT]
        .into_iter()
        .flat_map(|m| [false, true].map(|narrow| (m, StageLayout::new(shape, m, narrow))))
        .collect()
}

/// True when a box of half-size `(hw, hh)` centred on `p` lies inside the layout.
fn inside(layout: &StageLayout, (x, y): Point, (hw, hh): (f64, f64)) -> bool {
    x - hw >= -0.01
        && y - hh >= -0.01
        && x + hw <= layout.width + 0.01
        && y + hh <= layout.height + 0.01
}

fn task_count(shape: &StageShape) -> usize {
    shape.producers + shape.consumers + usize::from(shape.has_main)
}

#[wasm_bindgen_test]
fn every_layout_keeps_its_nodes_slot_numbers_and_pointer_labels_inside_its_view_box() {
    for shape in shapes() {
        for (m, layout) in layouts(shape) {
            let node = (m.node_w / 2.0, m.node_h / 2.0);
            for task in 0..task_count(&shape) {
                assert!(
                    inside(&layout, layout.task(task), node),
                    "{shape:?} {m:?}: task {task} spills over"
                );
            }
            assert!(
                inside(&layout, layout.timer, (12.0, 12.0)),
                "{shape:?}: the timer spills over"
            );
            let outside = layout.radius + m.band;
            for slot in 0..shape.capacity {
                let number = layout.at_slot(slot, outside + m.number_at);
                assert!(
                    inside(&layout, number, (HALF_LINE, HALF_LINE)),
                    "{shape:?}: slot {slot}'s number"
                );
                assert!(
                    inside(&layout, layout.at_slot(slot, outside), (0.0, 0.0)),
                    "{shape:?}: the band"
                );
                if layout.portrait() {
                    let label = layout.at_slot(slot, outside + m.in_from + 10.0);
                    let half = StageLayout::pointer_label_half(shape.pointer_label);
                    assert!(
                        inside(&layout, label, (half, HALF_LINE)),
                        "{shape:?}: the in label at slot {slot}"
                    );
                }
            }
        }
    }
}

#[wasm_bindgen_test]
fn no_two_task_nodes_overlap_and_the_timer_never_covers_one() {
    for shape in shapes() {
        for (m, layout) in layouts(shape) {
            let centres: Vec<Point> = (0..task_count(&shape)).map(|t| layout.task(t)).collect();
            for (i, a) in centres.iter().enumerate() {
                for b in &centres[i + 1..] {
                    let apart = (a.0 - b.0).abs() >= m.node_w || (a.1 - b.1).abs() >= m.node_h;
                    assert!(apart, "{shape:?} {m:?}: nodes at {a:?} and {b:?} overlap");
                }
                let (tx, ty) = layout.timer;
                let clear = (a.0 - tx).abs() >= m.node_w / 2.0 + 11.0
                    || (a.1 - ty).abs() >= m.node_h / 2.0 + 11.0;
                assert!(clear, "{shape:?} {m:?}: the timer covers the node at {a:?}");
            }
        }
    }
}

/// The seed's shape: one producer, one consumer, two slots.
const SEED: StageShape = StageShape {
    producers: 1,
    consumers: 1,
    capacity: 2,
    has_main: false,
    pointer_label: 2,
};

#[wasm_bindgen_test]
fn a_large_embed_keeps_the_pages_own_landscape_drawing() {
    let layout = StageFit::Box {
        width: 821.0,
        height: 555.0,
    }
    .layout(SEED);
    assert_eq!(layout, StageLayout::new(SEED, &REGULAR, false));
}

/// The shape the stage draws for `scenario`.
fn shape_of(scenario: &Scenario) -> StageShape {
    StageShape {
        producers: usize::from(scenario.producers),
        consumers: usize::from(scenario.consumers),
        capacity: usize::from(scenario.capacity),
        has_main: scenario.mode.has_main(),
        pointer_label: if scenario.mode == Mode::Go { 2 } else { 8 },
    }
}

#[wasm_bindgen_test]
fn in_a_700_px_frames_stage_box_every_presets_11_unit_text_reads_at_11_px() {
    // The stage's box in a 700 × 450 embed beside the controls (tests/e2e/embed.spec.ts
    // measures the page itself).
    let (width, height) = (353.0, 405.0);
    for preset in PRESETS {
        let shape = shape_of(&parse_query(&format!("preset={}", preset.name)).scenario);
        let layout = StageFit::Box { width, height }.layout(shape);
        let scale = layout.scale_in(width, height);
        assert!(
            scale * 11.0 >= 11.0,
            "{}: {shape:?} drawn at {scale}",
            preset.name
        );
    }
}

#[wasm_bindgen_test]
fn a_box_too_small_for_any_layout_gets_the_one_that_draws_text_largest() {
    let (width, height) = (345.0, 100.0);
    let chosen = StageFit::Box { width, height }.layout(SEED);
    for (_, layout) in layouts(SEED) {
        assert!(chosen.scale_in(width, height) >= layout.scale_in(width, height));
    }
}

#[wasm_bindgen_test]
fn the_page_follows_the_screen_portrait_only_when_narrow() {
    assert!(!StageFit::Screen { narrow: false }.layout(SEED).portrait());
    assert!(StageFit::Screen { narrow: true }.layout(SEED).portrait());
    assert_eq!(*StageFit::Screen { narrow: true }.layout(SEED).m, REGULAR);
}
