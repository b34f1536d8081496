//! Browser tests of the lab's controls beyond stepping: keyboard shortcuts (and the keys
//! they must leave alone), the help dialog, "You are the scheduler", Play and Pause, the
//! banner for bad link parameters, the view parameters, and the share link.
#![cfg(target_arch = "wasm32")]

use crate::web_lab_support::{frames_and_time, key_down, poll_until, settle, Lab};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};

#[wasm_bindgen_test]
async fn arrow_keys_step_forward_and_back_and_home_resets() {
    let lab = Lab::open("").await;
    lab.press("ArrowRight").await;
    lab.press("ArrowRight").await;
    assert_eq!(lab.step(), 2);
    lab.press("ArrowLeft").await;
    assert_eq!(lab.step(), 1);
    lab.press("End").await;
    assert!(lab.narration().ends_with("every task ran to its end."));
    lab.press("Home").await;
    assert_eq!(lab.step(), 0);
    lab.close();
}

#[wasm_bindgen_test]
async fn plus_and_minus_change_the_speed_shown_by_the_slider() {
    let lab = Lab::open("").await;
    lab.press("+").await;
    assert_eq!(lab.text(".speed output"), "4×");
    lab.press("-").await;
    lab.press("-").await;
    assert_eq!(lab.text(".speed output"), "1×");
    lab.close();
}

#[wasm_bindgen_test]
async fn keys_typed_into_a_field_are_left_to_the_field() {
    let lab = Lab::open("").await;
    let field = lab.find("#share-link");
    key_down(&field, "ArrowRight");
    key_down(&field, " ");
    settle().await;
    assert_eq!(lab.step(), 0);
    assert_eq!(lab.button("Play").text_content().as_deref(), Some("Play"));
    lab.close();
}

#[wasm_bindgen_test]
async fn question_mark_opens_the_help_dialog_and_close_returns_focus() {
    let lab = Lab::open("").await;
    let opener = lab.button("Keys (?)");
    opener.focus().expect("the help button can take focus");
    lab.press("?").await;
    assert!(lab.has("dialog.help-dialog[open]"));
    assert!(lab.text("dialog").contains("Play or pause"));
    // While the dialog is open, the page's shortcuts are off.
    key_down(&lab.find("dialog button"), "ArrowRight");
    settle().await;
    assert_eq!(lab.step(), 0);
    lab.click("Close").await;
    assert!(!lab.has("dialog[open]"));
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    assert_eq!(
        focused.as_ref(),
        Some(&opener),
        "focus returns to the opener"
    );
    lab.close();
}

#[wasm_bindgen_test]
async fn you_are_the_scheduler_offers_the_runnable_tasks_and_digits_pick_them() {
    let lab = Lab::open("policy=manual").await;
    assert!(lab.has(".manual-picker"));
    assert_eq!(lab.count(".manual-picker button.choice"), 2);
    lab.press("2").await;
    assert!(lab
        .narration()
        .starts_with("C1 tried to receive but the buffer is empty"));
    lab.click("1Run P1").await;
    assert!(lab
        .narration()
        .starts_with("P1 starts another round of its loop."));
    assert_eq!(lab.step(), 2);
    // Stepping with nothing recorded asks for a pick instead of guessing.
    lab.click("Step").await;
    assert!(lab
        .narration()
        .ends_with("Your turn: pick the task that runs next."));
    lab.close();
}

#[wasm_bindgen_test]
async fn the_share_link_carries_the_manual_schedule_and_the_current_step() {
    let lab = Lab::open("policy=manual").await;
    lab.press("2").await;
    lab.press("1").await;
    let link = lab
        .find("#share-link")
        .dyn_into::<HtmlInputElement>()
        .expect("the link is an input")
        .value();
    assert!(
        link.contains("?policy=manual&schedule=C1.P1&step=2"),
        "{link}"
    );
    let snippet = lab
        .find("#embed-snippet")
        .dyn_into::<HtmlTextAreaElement>()
        .expect("the snippet is a textarea")
        .value();
    assert!(snippet.contains("embed=1"), "{snippet:?}");
    assert!(snippet.contains("<iframe"), "{snippet:?}");
    lab.close();
}

#[wasm_bindgen_test]
async fn play_runs_steps_until_pause_and_pause_stays_on_screen() {
    let lab = Lab::open("speed=64").await;
    lab.click("Play").await;
    assert_eq!(lab.button("Pause").text_content().as_deref(), Some("Pause"));
    assert!(
        poll_until(|| lab.step() > 3).await,
        "playback ran some steps"
    );
    lab.click("Pause").await;
    let paused_at = lab.step();
    // At 64× a step takes 500/64 ≈ 8 ms: 30 frames and 250 ms span dozens of beats.
    frames_and_time(30, 250.0).await;
    assert_eq!(lab.step(), paused_at, "nothing runs once paused");
    lab.close();
}

#[wasm_bindgen_test]
async fn autoplay_starts_playing_with_pause_visible() {
    let lab = Lab::open("autoplay=1&speed=64").await;
    assert!(lab.button("Pause").is_connected());
    assert!(poll_until(|| lab.step() > 0).await, "autoplay ran a step");
    lab.close();
}

#[wasm_bindgen_test]
async fn bad_parameters_are_named_in_a_banner_and_the_rest_of_the_link_applies() {
    let lab = Lab::open("capacity=99&items=3&speed=3").await;
    let banner = lab.text(".param-errors");
    assert!(banner.contains("capacity=99 is out of range: allowed 0 to 64 (kept the default, 2)"));
    assert!(banner.contains("speed=3 is not recognised"));
    assert_eq!(lab.count(".stage .slot"), 2, "capacity kept its default");
    lab.click("Run to end").await;
    assert_eq!(lab.console_lines().len(), 6, "items=3 still applied");
    lab.click("Dismiss").await;
    assert!(!lab.has(".param-errors"));
    lab.close();
}

#[wasm_bindgen_test]
async fn a_step_the_link_cannot_reach_says_where_the_run_stopped_and_why() {
    let lab = Lab::open("policy=manual&schedule=ZZZ&step=5").await;
    let banner = lab.text(".param-errors");
    assert!(
        banner.contains("schedule=ZZZ names a task that does not exist"),
        "{banner}"
    );
    assert!(banner.contains(
        "step=5 could not be reached: the run stopped at step 0, because step 1 is a pick \
         for you to make."
    ));
    assert_eq!(lab.step(), 0);
    lab.close();

    // C1 (main) takes the first receive and blocks: the schedule's second C1 cannot run.
    let lab = Lab::open("policy=manual&schedule=C1*10&step=8").await;
    let refused = "pick 2, C1, cannot run: it is blocked on an empty buffer";
    let banner = lab.text(".param-errors");
    assert!(banner.contains(&format!(
        "step=8 could not be reached: the run stopped at step 1, because {refused}."
    )));
    assert_eq!(lab.step(), 1);
    assert!(lab.narration().ends_with(&format!(
        "The schedule stops here: {refused}. Pick the task that runs next."
    )));
    // Run to end does not pick another task in its place.
    lab.click("Run to end").await;
    assert_eq!(lab.step(), 1);
    lab.close();
}

#[wasm_bindgen_test]
async fn the_scheduler_menu_explains_the_order_it_runs() {
    let lab = Lab::open("").await;
    assert_eq!(
        lab.text("#policy-select option:checked"),
        "Go's own order (Go 1.19)"
    );
    assert!(lab
        .text("#policy-hint")
        .starts_with("As Go 1.19 runs it on one processor"));
    lab.close();
    let lab = Lab::open("policy=run-until-block").await;
    assert!(lab.text("#policy-hint").contains("not what Go does"));
    lab.close();
}

#[wasm_bindgen_test]
async fn the_thread_that_fails_the_safety_check_reads_failed_on_its_card() {
    let lab = Lab::open("preset=ostep-fig-30-9").await;
    lab.click("Run to end").await;
    assert_eq!(
        lab.text(".task-card .badge.failed"),
        "failed: run-time error"
    );
    assert_eq!(lab.count(".task-card .badge.failed"), 1);
    lab.close();
}

#[wasm_bindgen_test]
async fn step_opens_the_run_at_that_step() {
    // Go's order: C1 (main) blocks first, then P1 hands it 1 and sleeps at step 5.
    let lab = Lab::open("step=5").await;
    assert_eq!(lab.step(), 5);
    assert!(lab.narration().starts_with("P1 sleeps until 5000 ms."));
    lab.close();
}

#[wasm_bindgen_test]
async fn embed_shows_the_stage_controls_and_narration_only() {
    let lab = Lab::open("embed=1").await;
    assert!(lab.has("svg.stage"));
    assert!(lab.has("#narration"));
    assert!(lab.button("Step").is_connected());
    assert!(!lab.has(".task-cards"));
    assert!(!lab.has(".console-panel"));
    assert!(!lab.has(".share-panel"));
    assert!(lab.find("a.open-full").get_attribute("href").is_some());
    lab.close();
}

#[wasm_bindgen_test]
async fn the_theme_parameter_sets_data_theme_on_the_html_element() {
    let lab = Lab::open("theme=dark").await;
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .expect("the page has an html element");
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    lab.close();
}
