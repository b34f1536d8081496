//! Browser tests of the explorer panel: it searches in slices, announces the shortest
//! failing schedule with a link that replays it, and Cancel stops a long search.
#![cfg(target_arch = "wasm32")]

use crate::web_lab_support::{wait_ms, Lab};
use wasm_bindgen_test::wasm_bindgen_test;

/// Waits (up to about 20 s) until the panel offers a new search again.
async fn until_done(lab: &Lab) {
    for _ in 0..2000 {
        if !lab.has(".explorer-panel progress") {
            return;
        }
        wait_ms(10).await;
    }
    panic!("the search did not end: {}", lab.text(".explorer-status"));
}

#[wasm_bindgen_test]
async fn the_explorer_finds_the_mutex_outside_deadlock_and_links_its_replay() {
    let lab = Lab::open("mode=semaphore&variant=mutex-outside").await;
    lab.click("Search every interleaving").await;
    until_done(&lab).await;
    let status = lab.text(".explorer-status");
    assert!(status.starts_with("Found deadlock"), "{status}");
    assert!(status.contains("in 6 picks"), "{status}");
    let href = lab
        .find(".explorer-replay")
        .get_attribute("href")
        .unwrap_or_default();
    assert!(
        href.contains("policy=manual&schedule=C1*3.M.P1*2"),
        "{href}"
    );
    lab.close();
}

#[wasm_bindgen_test]
async fn a_correct_program_is_reported_checked_and_cancel_stops_a_long_search() {
    let lab = Lab::open("mode=monitor&consumers=2&capacity=1&items=2").await;
    lab.click("Search every interleaving").await;
    until_done(&lab).await;
    assert!(lab
        .text(".explorer-status")
        .starts_with("Every reachable state checked"));
    lab.close();
    let lab = Lab::open("mode=monitor&producers=2&consumers=2&capacity=2&items=3").await;
    lab.click("Search every interleaving").await;
    wait_ms(30).await;
    lab.click("Cancel search").await;
    assert!(!lab.has(".explorer-panel progress"));
    let status = lab.text(".explorer-status");
    assert!(status.starts_with("Cancelled. Searching for"), "{status}");
    lab.close();
}
