//! Browser tests of the lab's stepping: the Step and Step back buttons drive the run, and
//! the narration, the console, the state badges, the highlighted line and the stage
//! follow. The whole `App` is mounted on a query string, as a page opened with that link.
#![cfg(target_arch = "wasm32")]

use crate::web_lab_support::Lab;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn a_fresh_lab_is_ready_to_start_at_step_zero() {
    let lab = Lab::open("").await;
    assert_eq!(lab.step(), 0);
    assert_eq!(
        lab.narration(),
        "Ready to start, in the order Go starts them: main first, then the task created \
         last, then creation order."
    );
    assert_eq!(
        lab.find("main h1").text_content().as_deref(),
        Some("Producer–Consumer Lab")
    );
    assert_eq!(
        lab.count(".stage .slot"),
        2,
        "the seed's channel has two slots"
    );
    assert!(lab.text(".task-card .badge").contains("ready"));
    lab.close();
}

#[wasm_bindgen_test]
async fn step_runs_one_statement_and_the_narration_console_and_stage_follow() {
    // Go's order: C1 (main) runs first and blocks on the empty channel; then P1 runs.
    let lab = Lab::open("").await;
    lab.click("Step").await;
    assert!(lab
        .narration()
        .starts_with("C1 tried to receive but the buffer is empty"));
    lab.click("Step").await;
    lab.click("Step").await;
    assert_eq!(lab.narration(), "P1 prints \"Produced :  1\".");
    assert_eq!(lab.console_lines(), ["0 msP1Produced :  1"]);
    // Value 1 goes straight to the waiting C1; value 2 is the first to enter the buffer.
    for _ in 0..7 {
        lab.click("Step").await;
    }
    assert_eq!(lab.step(), 10);
    assert!(lab
        .narration()
        .starts_with("P1 sends 2 into slot 0 of the buffer"));
    assert_eq!(
        lab.text(".stage .token text"),
        "2",
        "the token in slot 0 shows its value"
    );
    assert!(lab.text(".stage-caption").contains("buffer 1 of 2 full"));
    lab.close();
}

#[wasm_bindgen_test]
async fn the_task_card_marks_the_line_the_task_runs_next_and_the_one_it_just_ran() {
    // Step 1 is C1's (main runs first); step 2 is P1's loop header.
    let lab = Lab::open("").await;
    lab.click("Step").await;
    lab.click("Step").await;
    let current = lab.text(".task-card [aria-current]");
    assert!(
        current.contains("fmt.Println(\"Produced : \", i)"),
        "{current:?}"
    );
    assert!(lab
        .text(".task-card li.ran")
        .contains("for i := 1; i <= 5; i++"));
    assert!(lab.text(".task-card .badge").contains("running"));
    lab.close();
}

#[wasm_bindgen_test]
async fn a_sleeping_task_shows_its_time_left_and_the_clock_jump_draws_a_timer_arrow() {
    let lab = Lab::open("").await;
    for _ in 0..5 {
        lab.click("Step").await;
    }
    assert!(lab
        .text(".task-card .badge")
        .contains("sleeping, 5000 ms left"));
    // C1 prints the value it was handed and sleeps too; then the clock jumps and wakes P1.
    for _ in 0..3 {
        lab.click("Step").await;
    }
    assert!(lab
        .narration()
        .starts_with("Nothing could run, so the clock jumped from 0 ms to 5000 ms."));
    assert_eq!(lab.count(".wake-arrows path.timer"), 1);
    lab.close();
}

#[wasm_bindgen_test]
async fn step_back_returns_to_the_previous_step_exactly() {
    let lab = Lab::open("").await;
    for _ in 0..6 {
        lab.click("Step").await;
    }
    let lines = lab.console_lines();
    assert_eq!(lines.len(), 2);
    lab.click("Step").await;
    lab.click("Step back").await;
    assert_eq!(lab.step(), 6);
    assert_eq!(lab.console_lines(), lines);
    assert_eq!(lab.narration(), "C1 prints \"Consumed :  1\".");
    lab.click("Reset").await;
    assert_eq!(lab.step(), 0);
    assert!(lab.console_lines().is_empty());
    lab.close();
}

#[wasm_bindgen_test]
async fn run_to_end_announces_the_finish_and_go_deadlock_in_the_live_region() {
    let lab = Lab::open("").await;
    lab.click("Run to end").await;
    assert!(lab
        .narration()
        .ends_with("The run finished: every task ran to its end."));
    assert_eq!(lab.console_lines().len(), 10);
    assert_eq!(lab.text(".stage-caption .outcome"), "finished");
    lab.close();

    let lab = Lab::open("preset=forgot-close").await;
    lab.click("Run to end").await;
    assert!(lab
        .narration()
        .ends_with("No goroutine can ever run again, so Go stops the program: fatal error: all goroutines are asleep - deadlock!"));
    lab.close();
}

#[wasm_bindgen_test]
async fn an_unbuffered_channel_is_a_hand_off_lane_without_slots() {
    let lab = Lab::open("preset=unbuffered").await;
    assert_eq!(lab.count(".stage .slot"), 0);
    assert!(lab.has(".stage .lane"));
    assert!(!lab.has(".stage .pointer"));
    lab.close();
}

#[wasm_bindgen_test]
async fn the_ring_has_one_slot_per_unit_of_capacity_and_labelled_pointers() {
    let lab = Lab::open("capacity=5").await;
    assert_eq!(lab.count(".stage .slot"), 5);
    assert_eq!(lab.text(".stage .pointer-in text"), "in");
    assert_eq!(lab.text(".stage .pointer-out text"), "out");
    lab.close();
}

#[wasm_bindgen_test]
async fn wait_queues_list_the_blocked_tasks_in_order() {
    // C1 takes 1 straight from P1 and sleeps 8 s; at 5 s P1's send finds no receiver.
    let lab = Lab::open("preset=unbuffered").await;
    for _ in 0..10 {
        lab.click("Step").await;
    }
    assert!(lab.narration().contains("no receiver is waiting"));
    assert_eq!(lab.text(".wait-queues .queue-tasks"), "P1");
    lab.close();
}
