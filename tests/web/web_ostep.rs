//! Browser tests of the monitor and semaphore modes on the page: the book's trace table
//! beside a figure preset's run (and which row it highlights), the deadlock and safety
//! error explanations in their panel and in the live region, the locks table, the task
//! cards' markers, the OSTEP pointer names and the wake arrows. The whole `App` is mounted
//! on a query string and driven with the keys a learner presses.
#![cfg(target_arch = "wasm32")]

use crate::web_lab_support::Lab;
use producer_consumer_lab::sim::reports::book_figures::figure_for_preset;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

/// Presses → `times` times.
async fn step(lab: &Lab, times: usize) {
    for _ in 0..times {
        lab.press("ArrowRight").await;
    }
}

/// Clicks the manual scheduler's button whose label ends with `label` (after its key).
async fn pick(lab: &Lab, label: &str) {
    let buttons = lab
        .root
        .query_selector_all(".manual-picker button")
        .expect("a valid selector");
    let button = (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().is_some_and(|t| t.ends_with(label)))
        .unwrap_or_else(|| panic!("no scheduler button reads {label:?}"));
    button.click();
    crate::web_lab_support::settle().await;
}

/// The highlighted row of the book's table: its number and its comment.
fn current_row(lab: &Lab) -> Option<(String, String)> {
    if !lab.has(".book-table tr[aria-current=step]") {
        return None;
    }
    let number = lab.text(".book-table tr[aria-current=step] th");
    let comment = lab.text(".book-table tr[aria-current=step] .book-comment");
    Some((number.trim_start_matches('▶').to_string(), comment))
}

#[wasm_bindgen_test]
async fn the_book_table_shows_every_row_of_the_figure_with_a_caption_and_headers() {
    let lab = Lab::open("preset=ostep-fig-30-11").await;
    assert_eq!(lab.count(".book-table tbody tr"), 23);
    assert_eq!(
        lab.text(".book-table caption"),
        "Figure 30.11: Thread trace, broken solution (one condition variable)"
    );
    assert_eq!(lab.count(".book-table thead th[scope=col]"), 9);
    assert_eq!(lab.count(".book-table tbody th[scope=row]"), 23);
    assert!(lab.text(".book-table thead").contains("Tc1 (C1)"));
    assert_eq!(current_row(&lab), None, "no row before the first step");
    lab.close();
}

#[wasm_bindgen_test]
async fn the_highlighted_row_is_the_one_the_current_step_replays() {
    let lab = Lab::open("preset=ostep-fig-30-11").await;
    let figure = figure_for_preset("ostep-fig-30-11").expect("the figure exists");
    step(&lab, 20).await;
    assert_eq!(figure.row_at_step(20), Some(13));
    assert_eq!(
        current_row(&lab),
        Some(("14".to_string(), "Must sleep (full)".to_string()))
    );
    assert_eq!(lab.text(".book-status"), "Replaying row 14 of 23.");
    lab.press("ArrowLeft").await;
    lab.press("ArrowLeft").await;
    assert_eq!(current_row(&lab).map(|r| r.0), Some("13".to_string()));
    lab.close();
}

#[wasm_bindgen_test]
async fn stepping_to_the_end_highlights_the_books_last_row() {
    let lab = Lab::open("preset=ostep-fig-30-9").await;
    step(&lab, 40).await;
    assert_eq!(
        current_row(&lab),
        Some(("17".to_string(), "Oh oh! No data".to_string()))
    );
    lab.close();
}

#[wasm_bindgen_test]
async fn picking_another_thread_than_the_book_leaves_the_table_unhighlighted() {
    let lab = Lab::open("preset=ostep-fig-30-11").await;
    step(&lab, 3).await;
    assert!(current_row(&lab).is_some());
    // The book runs C1 next; the learner picks C2 instead.
    pick(&lab, "Run C2").await;
    assert_eq!(current_row(&lab), None);
    assert!(lab
        .text(".book-status")
        .starts_with("Step 4 ran another thread than the book's"));
    lab.close();
}

#[wasm_bindgen_test]
async fn changed_settings_keep_the_table_but_highlight_no_row() {
    let lab = Lab::open("preset=ostep-fig-30-9&items=3").await;
    step(&lab, 5).await;
    assert!(lab.has(".book-table"));
    assert_eq!(current_row(&lab), None);
    assert!(lab.text(".book-status").contains("settings differ"));
    lab.close();
}

#[wasm_bindgen_test]
async fn the_deadlock_panel_explains_who_waits_and_which_signal_woke_the_wrong_thread() {
    let lab = Lab::open("preset=ostep-fig-30-11").await;
    lab.press("End").await;
    assert_eq!(
        lab.text(".outcome-panel h2"),
        "Deadlock: every thread is blocked"
    );
    let facts = lab.text(".outcome-panel .wait-for");
    for fact in [
        "Nobody holds the mutex m.",
        "P1 sleeps on cv.",
        "C2 sleeps on cv.",
    ] {
        assert!(facts.contains(fact), "{facts}");
    }
    let why = "C1's signal at step 23 woke C2 instead of a producer; now P1, C1 and C2 are \
               all asleep on cv.";
    assert_eq!(lab.text(".outcome-panel .why"), why);
    assert!(
        lab.narration().contains(why),
        "announced: {}",
        lab.narration()
    );
    lab.close();
}

#[wasm_bindgen_test]
async fn the_safety_error_panel_names_the_failing_step_and_the_live_region_says_it() {
    let lab = Lab::open("preset=ostep-fig-30-9").await;
    lab.press("End").await;
    assert_eq!(
        lab.text(".outcome-panel h2"),
        "Safety error: tried to get an empty buffer"
    );
    let what = "At step 23 C1 ran do_get(), but the slot at use_ptr (slot 0) was empty.";
    assert_eq!(lab.text(".outcome-panel .why"), what);
    assert!(lab.narration().contains(what), "{}", lab.narration());
    assert!(lab
        .narration()
        .contains("with if instead of while C1 never checked again"));
    lab.close();
}

#[wasm_bindgen_test]
async fn the_locks_table_shows_semaphore_counts_the_holder_and_each_queue_in_order() {
    let lab = Lab::open("preset=ostep-fig-31-mutex-outside").await;
    lab.press("End").await;
    let rows = lab.text(".sync-table tbody");
    assert!(rows.contains("count 0, held by C1"), "{rows}");
    assert_eq!(
        lab.text(".sync-table [aria-label='waiting on sem full']"),
        "C1"
    );
    assert_eq!(
        lab.text(".sync-table [aria-label='waiting on sem mutex']"),
        "P1"
    );
    assert!(lab
        .text(".outcome-panel .why")
        .contains("neither side can ever wake the other"));
    lab.close();
}

#[wasm_bindgen_test]
async fn the_monitor_locks_table_lists_the_single_cv_queue_longest_waiting_first() {
    let lab = Lab::open("preset=ostep-fig-30-11").await;
    step(&lab, 19).await;
    assert_eq!(lab.text(".sync-table [aria-label='waiting on cv']"), "C2P1");
    assert!(lab.text(".sync-table tbody").contains("free"));
    step(&lab, 1).await;
    assert!(lab.text(".sync-table tbody").contains("held by C1"));
    lab.close();
}

#[wasm_bindgen_test]
async fn task_cards_show_the_current_lines_marker_and_the_mutex_holder() {
    let lab = Lab::open("preset=ostep-fig-30-11").await;
    step(&lab, 3).await;
    // C1 has locked m and is about to check: the line marked c2.
    assert!(lab.text("#task-card-C1").contains("C1"));
    let card = lab.find("article[aria-labelledby=task-card-C1]");
    let text = card.text_content().unwrap_or_default();
    assert!(text.contains("marker c2"), "{text}");
    assert!(text.contains("holds m"), "{text}");
    assert!(lab
        .text("article[aria-labelledby=task-card-C1] [aria-current]")
        .contains("while (num_full == 0) {"));
    lab.close();
}

#[wasm_bindgen_test]
async fn the_ring_names_ostep_pointers_and_a_signal_or_a_post_draws_a_wake_arrow() {
    let lab = Lab::open("preset=ostep-fig-30-11").await;
    assert_eq!(lab.text(".stage .pointer-in text"), "fill_ptr");
    assert_eq!(lab.text(".stage .pointer-out text"), "use_ptr");
    step(&lab, 14).await;
    assert_eq!(lab.narration(), "P1 signals cv, waking C1.");
    assert_eq!(lab.count(".wake-arrows path.wake"), 1);
    lab.close();

    // A semaphore post that hands its unit to a sleeper draws the same arrow.
    let lab = Lab::open("mode=semaphore&policy=manual&schedule=M.C1*2.P1*6").await;
    step(&lab, 9).await;
    assert_eq!(lab.narration(), "P1 posts full, waking C1.");
    assert_eq!(lab.count(".wake-arrows path.wake"), 1);
    lab.close();
}

#[wasm_bindgen_test]
async fn go_mode_and_the_embedded_view_show_none_of_the_ostep_panels() {
    let lab = Lab::open("preset=forgot-close").await;
    lab.press("End").await;
    assert!(!lab.has(".book-figure") && !lab.has(".sync-state") && !lab.has(".outcome-panel"));
    lab.close();

    let lab = Lab::open("preset=ostep-fig-30-11&embed=1").await;
    lab.press("End").await;
    assert!(!lab.has(".book-figure") && !lab.has(".outcome-panel"));
    assert!(lab.narration().contains("woke C2 instead of a producer"));
    lab.close();
}
