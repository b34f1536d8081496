//! Browser test of "You are the scheduler": every task keeps its button in a fixed place
//! (P1..Pn, C1..Cm, main) across 20 picks, a task that cannot run stays there disabled
//! with its reason, and digit key k always picks task k.
#![cfg(target_arch = "wasm32")]

use crate::web_lab_support::Lab;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlButtonElement;

/// The picker's buttons: (label, disabled), in page order.
fn buttons(lab: &Lab) -> Vec<(String, bool)> {
    let list = lab.find(".manual-picker .choices");
    let nodes = list
        .query_selector_all("button.choice")
        .expect("a selector");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<HtmlButtonElement>().ok())
        .map(|b| (b.text_content().unwrap_or_default(), b.disabled()))
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
