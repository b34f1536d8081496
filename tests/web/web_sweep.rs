//! Browser test of the experiment panel: the consumer sweep on the backpressure preset
//! draws its chart and fills its table with the core's measurements; a bad range is named,
//! typed or in a link.
#![cfg(target_arch = "wasm32")]

use crate::web_lab_support::{settle, wait_ms, Lab};
use producer_consumer_lab::app::panels::sweep_panel::{SweepPanel, SweepPanelProps};
use producer_consumer_lab::sim::experiment::Sweep;
use producer_consumer_lab::sim::scenario::parse_query;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

#[wasm_bindgen(inline_js = r#"
export function type_into(el, value) {
  el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true }));
}
"#)]
extern "C" {
    /// Sets an input's value and fires `input`, as typing does.
    fn type_into(el: &Element, value: &str);
}

async fn sweep(lab: &Lab, text: &str) {
    type_into(&lab.find("#sweep-input"), text);
    settle().await;
    lab.click("Run the sweep").await;
}

#[wasm_bindgen_test]
async fn the_backpressure_consumer_sweep_draws_its_chart_and_table() {
    let lab = Lab::open("preset=backpressure").await;
    sweep(&lab, "consumers:1-8").await;
    for _ in 0..500 {
        if lab.count(".sweep-table tbody tr") == 8
            && !lab.button("Run the sweep").has_attribute("disabled")
        {
            break;
        }
        wait_ms(10).await;
    }
    assert_eq!(lab.count(".sweep-table tbody tr"), 8);
    assert_eq!(lab.count(".sweep-chart circle"), 8);
    assert_eq!(
        lab.find(".sweep-chart").get_attribute("role").as_deref(),
        Some("img")
    );
    // The table shows the core's own measurements.
    let mut expected = Sweep::parse(
        "consumers:1-8",
        &parse_query("preset=backpressure").scenario,
    )
    .expect("valid");
    let first = format!(
        "{:.3}",
        expected.run_all()[0].throughput_per_s.unwrap_or(0.0)
    );
    assert_eq!(lab.text(".sweep-table tbody tr td"), first);
    assert!(lab.text(".sweep-table caption").contains("8 of 8 settings"));
    lab.close();
}

#[wasm_bindgen_test]
async fn a_bad_sweep_is_named_in_an_alert() {
    let lab = Lab::open("").await;
    sweep(&lab, "speed:1-2").await;
    let message = lab.text("#sweep-error");
    assert!(
        message.starts_with("sweep=speed:1-2: \"speed\" cannot be swept"),
        "{message}"
    );
    lab.close();
}

#[wasm_bindgen_test]
async fn a_sweep_link_runs_its_experiment_and_offers_its_own_link() {
    let props = SweepPanelProps {
        scenario: parse_query("preset=backpressure").scenario,
        scenario_query: "preset=backpressure".into(),
        link: Some("capacity:1-3".into()),
    };
    let root = crate::web_panels_support::mount::<SweepPanel>(props).await;
    for _ in 0..200 {
        if root
            .query_selector_all(".sweep-table tbody tr")
            .map(|l| l.length())
            .unwrap_or(0)
            == 3
        {
            break;
        }
        wait_ms(10).await;
    }
    let href = crate::web_panels_support::find(&root, ".sweep-link")
        .get_attribute("href")
        .unwrap_or_default();
    assert!(
        href.ends_with("?preset=backpressure&sweep=capacity:1-3"),
        "{href}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_bad_sweep_in_a_link_is_named_in_an_alert_not_dropped() {
    let props = SweepPanelProps {
        scenario: parse_query("").scenario,
        scenario_query: "".into(),
        link: Some("bogus:1-4".into()),
    };
    let root = crate::web_panels_support::mount::<SweepPanel>(props).await;
    settle().await;
    let message = crate::web_panels_support::find(&root, "#sweep-error")
        .text_content()
        .unwrap_or_default();
    assert!(message.starts_with("sweep=bogus:1-4: "), "{message}");
    assert_eq!(
        crate::web_panels_support::find(&root, "#sweep-error")
            .get_attribute("role")
            .as_deref(),
        Some("alert")
    );
    root.remove();
}
