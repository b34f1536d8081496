//! Browser tests of the challenge panel: it fetches the challenges when asked (here from a
//! blob holding `static/challenges.txt`), `challenge=NAME` opens one, picks that reach the
//! goal show and announce "Found in N picks; par P.", and a wrong name is named.
#![cfg(target_arch = "wasm32")]

use crate::web_panels_support::{clear_storage, find, mount, settle};
use producer_consumer_lab::app::panels::challenge_panel::{ChallengePanel, ChallengePanelProps};
use producer_consumer_lab::sim::challenge;
use producer_consumer_lab::sim::scenario::Scenario;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;
use yew::{AttrValue, Callback};

const FILE: &str = include_str!("../../static/challenges.txt");

#[wasm_bindgen(inline_js = r#"
export function blob_url(text) {
  return URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
}
"#)]
extern "C" {
    /// A URL the page can fetch `text` from.
    fn blob_url(text: &str) -> String;
}

async fn open(query: &str, scenario: Scenario, picks: Vec<u8>) -> Element {
    clear_storage();
    let props = ChallengePanelProps {
        scenario,
        picks,
        on_open: Callback::noop(),
        source: AttrValue::from(blob_url(FILE)),
        query: AttrValue::from(query.to_string()),
    };
    let root = mount::<ChallengePanel>(props).await;
    // The fetch resolves over a few turns of the event loop.
    for _ in 0..50 {
        settle().await;
        if root
            .query_selector(".challenge, .error")
            .ok()
            .flatten()
            .is_some()
        {
            break;
        }
    }
    root
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_challenge_link_opens_it_and_its_solution_is_announced_with_par() {
    let all = challenge::parse_all(FILE).expect("the file parses");
    let c = all
        .iter()
        .find(|c| c.name == "semaphore-mutex-outside")
        .expect("shipped");
    let root = open(
        "?challenge=semaphore-mutex-outside",
        c.scenario(),
        c.solution_picks(),
    )
    .await;
    assert_eq!(text(&root, ".challenge h3"), c.title);
    let status = find(&root, ".challenge-status");
    assert_eq!(status.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(
        text(&root, ".challenge-status"),
        "Found in 6 picks; par 6. You matched par."
    );
    assert!(root
        .query_selector(".challenge-solution")
        .ok()
        .flatten()
        .is_some());
    assert_eq!(
        root.query_selector_all(".challenge-choice")
            .map(|l| l.length())
            .unwrap_or(0) as usize,
        all.len()
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn picks_short_of_the_goal_are_counted_and_not_praised() {
    let all = challenge::parse_all(FILE).expect("the file parses");
    let c = all
        .iter()
        .find(|c| c.name == "if-not-while")
        .expect("shipped");
    let picks = c.solution_picks()[..5].to_vec();
    let root = open("challenge=if-not-while", c.scenario(), picks).await;
    assert!(text(&root, ".challenge-status").starts_with("5 picks so far."));
    assert!(root
        .query_selector(".challenge-solution")
        .ok()
        .flatten()
        .is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn a_wrong_challenge_name_is_named_with_the_allowed_ones() {
    let root = open("challenge=nope", Scenario::default(), Vec::new()).await;
    let message = text(&root, ".error");
    assert!(
        message.starts_with("challenge=nope is not a challenge: allowed go-fan-in-last-first,"),
        "{message}"
    );
    root.remove();
}
