//! Browser test of "You are the scheduler": every task keeps its button in a fixed place
//! (P1..Pn, C1..Cm, main) across 20 picks, a task that cannot run stays there marked
//! `aria-disabled` with its reason (never natively disabled, which would drop the focus),
//! and digit key k always picks task k.
#![cfg(target_arch = "wasm32")]

use crate::web_lab_support::Lab;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlButtonElement;

/// The picker's buttons: (label, marked `aria-disabled`), in page order; none is natively
/// disabled.
fn buttons(lab: &Lab) -> Vec<(String, bool)> {
    let list = lab.find(".manual-picker .choices");
    let nodes = list
        .query_selector_all("button.choice")
        .expect("a selector");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<HtmlButtonElement>().ok())
        .map(|b| {
            assert!(!b.disabled(), "a pick button is never natively disabled");
            let marked = b.get_attribute("aria-disabled").as_deref() == Some("true");
            (b.text_content().unwrap_or_default(), marked)
        })
        .collect()
}

#[wasm_bindgen_test]
async fn the_scheduler_buttons_keep_their_places_across_twenty_picks() {
    let lab = Lab::open("mode=monitor&consumers=2&capacity=1&policy=manual").await;
    let labels = ["1Run P1", "2Run C1", "3Run C2", "4Run main"];
    let mut saw_disabled = false;
    for pick in 0..20 {
        let now = buttons(&lab);
        let shown: Vec<&str> = now.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(shown, labels, "before pick {pick}");
        for (k, (_, disabled)) in now.iter().enumerate() {
            let reason = lab.has(&format!("#pick-why-{k}"));
            assert_eq!(*disabled, reason, "task {k} at pick {pick}");
            saw_disabled |= *disabled;
        }
        // The last task that can run, by its digit: the offered set keeps changing.
        let k = now.iter().rposition(|(_, d)| !d).expect("a task can run");
        lab.press(&(k + 1).to_string()).await;
        assert_eq!(lab.step(), pick + 1);
    }
    assert!(saw_disabled, "some task could not run at some point");
    lab.close();
}

#[wasm_bindgen_test]
async fn a_pick_that_blocks_its_task_keeps_the_focus_on_its_button_and_says_why_when_pressed() {
    // Figure 30.11's scenario: C1 soon waits on the condition variable.
    let lab = Lab::open("mode=monitor&consumers=2&capacity=1&policy=manual").await;
    let active = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
    };
    let mut blocked = false;
    for _ in 0..12 {
        let button = lab.button("2Run C1");
        if button.get_attribute("aria-disabled").is_some() {
            blocked = true;
            break;
        }
        button.focus().expect("the button takes the focus");
        button.click();
        crate::web_lab_support::settle().await;
        let focused = active().expect("something has the focus");
        assert_eq!(
            focused.text_content().as_deref(),
            Some("2Run C1"),
            "the focus stays on C1's button"
        );
    }
    assert!(blocked, "C1 blocked within 12 of its own picks");
    let steps = lab.step();
    lab.click("2Run C1").await;
    assert_eq!(lab.step(), steps, "a blocked task's pick runs nothing");
    assert!(
        lab.narration().contains("C1 cannot run now"),
        "the narration says why C1 cannot run: {}",
        lab.narration()
    );
    lab.close();
}
