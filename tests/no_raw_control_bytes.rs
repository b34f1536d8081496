#![cfg(not(target_arch = "wasm32"))]
//! No query makes the page or `pc-trace` print a raw control byte: every message built
//! from a link (scenario keys, view keys, a refused schedule, a question written in `ask=`,
//! the trace and narration of what the link runs) shows control characters escaped, so a
//! link with `%1B[31m` or `%00` can neither recolour a terminal nor hide text on the page.

use producer_consumer_lab::sim::ask::{parse_asks, QuestionKind};
use producer_consumer_lab::sim::reports::narration::narrate;
use producer_consumer_lab::sim::scenario::parse_query;
use producer_consumer_lab::sim::simulation::Simulation;
use producer_consumer_lab::view_params::parse_view_params;
use proptest::prelude::*;
use proptest::sample::select;

/// True when `text` holds a character that a terminal or a page would act on unseen.
fn has_raw_control(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'))
}

/// A value mixing plain text, percent-escapes of control bytes and raw control characters.
fn nasty_value() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-z0-9.*,:-]{0,4}",
        select(vec![
            "%00",
            "%1B",
            "%1b[31m",
            "%07",
            "%7F",
            "%C2%85",
            "%E2%80%AE",
            "%0A",
            "%0D",
            "%09"
        ])
        .prop_map(str::to_owned),
        "[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}]{1,2}",
    ];
    prop::collection::vec(piece, 1..6).prop_map(|pieces| pieces.concat())
}

/// A query of known keys (scenario and view) with nasty values.
fn nasty_query() -> impl Strategy<Value = String> {
    let keys = vec![
        "preset",
        "mode",
        "variant",
        "producers",
        "consumers",
        "capacity",
        "items",
        "produce_ms",
        "consume_ms",
        "psleep",
        "csleep",
        "close",
        "policy",
        "seed",
        "schedule",
        "embed",
        "autoplay",
        "speed",
        "theme",
        "step",
    ];
    let pair = (select(keys), nasty_value()).prop_map(|(k, v)| format!("{k}={v}"));
    prop::collection::vec(pair, 1..5).prop_map(|pairs| pairs.join("&"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn no_message_from_a_link_holds_a_raw_control_character(query in nasty_query()) {
        let parsed = parse_query(&query);
        for error in &parsed.errors {
            let text = error.to_string();
            prop_assert!(!has_raw_control(&text), "{query:?} gave {text:?}");
        }
        for error in &parse_view_params(&query).errors {
            let text = error.to_string();
            prop_assert!(!has_raw_control(&text), "{query:?} gave {text:?}");
        }
        // What the link runs is printed and narrated too: a few steps of it, and a refusal.
        let mut sim = Simulation::new(parsed.scenario);
        for _ in 0..20 {
            if sim.run_to_end(1) == 0 {
                break;
            }
            let text = narrate(&sim);
            prop_assert!(!has_raw_control(&text), "{query:?} narrated {text:?}");
        }
        if let Some(refused) = sim.schedule_refusal() {
            prop_assert!(!has_raw_control(&refused.describe(&sim)));
        }
    }

    #[test]
    fn no_question_written_in_a_link_shows_a_raw_control_character(
        prompt in nasty_value(),
        first in nasty_value(),
        second in nasty_value(),
    ) {
        let query = format!("ask=2:choose:1:{prompt}|{first}|{second}");
        let (questions, errors) = parse_asks(&query);
        for error in &errors {
            let text = error.to_string();
            prop_assert!(!has_raw_control(&text), "{query:?} gave {text:?}");
        }
        for question in &questions {
            if let QuestionKind::Choose { prompt, choices, .. } = &question.kind {
                prop_assert!(!has_raw_control(prompt), "{query:?} asked {prompt:?}");
                for choice in choices {
                    prop_assert!(!has_raw_control(choice), "{query:?} offered {choice:?}");
                }
            }
        }
    }
}
