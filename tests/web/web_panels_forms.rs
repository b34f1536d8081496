//! Browser tests for the scenario editor, the presets menu and the introduction
//! (`src/app/panels/`): mounted alone, typed into and clicked like a page.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use crate::web_panels_support::{
    choose, clear_storage, find, find_all, focused, mount, mount_view, settle, submit, text,
    type_into,
};
use producer_consumer_lab::app::panels::editor::EditorProps;
use producer_consumer_lab::app::panels::intro::{IntroProps, DISMISSED_KEY};
use producer_consumer_lab::app::panels::presets_menu::PresetsMenuProps;
use producer_consumer_lab::app::panels::{presets_menu, Editor, Fields, Intro};
use producer_consumer_lab::sim::scenario::{Mode, Scenario, PRESETS};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;
use yew::Callback;

/// Editor props on the default scenario, recording every applied scenario in `applied`.
fn editor_props(applied: Rc<RefCell<Vec<Scenario>>>) -> EditorProps {
    EditorProps {
        fields: Fields::of(&Scenario::default()),
        preset: None,
        on_apply: Callback::from(move |s| applied.borrow_mut().push(s)),
    }
}

fn click(root: &web_sys::Element, selector: &str) {
    find(root, selector).unchecked_into::<HtmlElement>().click();
}

#[wasm_bindgen_test]
async fn every_editor_field_has_a_label_and_a_hint() {
    let root = mount::<Editor>(editor_props(Rc::default())).await;
    for control in find_all(&root, "input, select") {
        let id = control.id();
        let label = find(&root, &format!("label[for={id}]"));
        assert!(
            text(&label).contains(&id["field-".len()..]),
            "{id}: {}",
            text(&label)
        );
        let hint = control
            .get_attribute("aria-describedby")
            .unwrap_or_default();
        assert!(hint.ends_with(&format!("{id}-hint")), "{id}: {hint}");
    }
}

#[wasm_bindgen_test]
async fn a_capacity_of_999_is_not_applied_and_its_message_names_capacity() {
    let applied = Rc::new(RefCell::new(Vec::new()));
    let root = mount::<Editor>(editor_props(applied.clone())).await;

    type_into(&find(&root, "#field-capacity"), "999");
    settle().await;
    submit(&find(&root, "form"));
    settle().await;

    assert!(applied.borrow().is_empty());
    let message = text(&find(&root, "#field-capacity-error"));
    assert!(
        message.contains("capacity=999 is out of range: allowed 0 to 64"),
        "{message}"
    );
    assert!(!message.contains("kept the default"), "{message}");
    let input = find(&root, "#field-capacity");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let summary = find(&root, ".editor-summary");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(
        focused().map(|e| e.class_name()),
        Some("editor-summary".to_string())
    );
}

#[wasm_bindgen_test]
async fn a_valid_change_is_applied_as_a_scenario() {
    let applied = Rc::new(RefCell::new(Vec::new()));
    let root = mount::<Editor>(editor_props(applied.clone())).await;

    type_into(&find(&root, "#field-items"), "8");
    type_into(&find(&root, "#field-produce_ms"), " 100,900 ");
    choose(&find(&root, "#field-policy"), "random");
    type_into(&find(&root, "#field-seed"), "42");
    settle().await;
    submit(&find(&root, "form"));
    settle().await;

    let applied = applied.borrow();
    let expected = Scenario {
        items: 8,
        produce_ms: vec![100, 900],
        policy: producer_consumer_lab::sim::PolicyKind::Random,
        seed: 42,
        ..Scenario::default()
    };
    assert_eq!(*applied, vec![expected]);
}

#[wasm_bindgen_test]
async fn monitor_mode_offers_variants_and_sleep_strings_instead_of_go_timings() {
    let applied = Rc::new(RefCell::new(Vec::new()));
    let root = mount::<Editor>(editor_props(applied.clone())).await;
    assert!(root
        .query_selector("#field-variant")
        .ok()
        .flatten()
        .is_none());

    choose(&find(&root, "#field-mode"), "monitor");
    settle().await;
    let variants: Vec<String> = find_all(&root, "#field-variant option")
        .iter()
        .filter_map(|o| o.get_attribute("value"))
        .collect();
    assert_eq!(
        variants,
        [
            "two-cvs-while",
            "two-cvs-if",
            "one-cv-while",
            "two-cvs-while-extra-unlock"
        ]
    );
    assert!(root
        .query_selector("#field-produce_ms")
        .ok()
        .flatten()
        .is_none());
    type_into(&find(&root, "#field-psleep"), "1:2");
    settle().await;
    submit(&find(&root, "form"));
    settle().await;

    assert!(applied.borrow().is_empty());
    let message = text(&find(&root, "#field-psleep-error"));
    assert!(
        message.contains("expected 1 producers in sleep specification, got 2"),
        "{message}"
    );
    type_into(&find(&root, "#field-producers"), "2");
    settle().await;
    submit(&find(&root, "form"));
    settle().await;
    assert_eq!(
        applied.borrow().first().map(|s| (s.mode, s.producers)),
        Some((Mode::Monitor, 2))
    );
}

#[wasm_bindgen_test]
async fn the_presets_menu_explains_every_preset_and_loads_the_one_chosen() {
    let loaded = Rc::new(RefCell::new(Vec::new()));
    let props = PresetsMenuProps {
        current: Some("seed"),
        on_load: {
            let loaded = loaded.clone();
            Callback::from(move |s: Scenario| loaded.borrow_mut().push(s))
        },
    };
    let root = mount_view(move || presets_menu(&props)).await;

    let buttons = find_all(&root, ".presets button");
    assert_eq!(buttons.len(), PRESETS.len());
    for (button, preset) in buttons.iter().zip(PRESETS) {
        assert_eq!(text(button), preset.title);
        let described = button.get_attribute("aria-describedby").unwrap_or_default();
        assert_eq!(
            text(&find(&root, &format!("#{described}"))),
            preset
                .explanation
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
    assert_eq!(
        buttons[0].get_attribute("aria-current").as_deref(),
        Some("true")
    );
    click(&root, "[data-preset=backpressure]");
    assert_eq!(
        loaded.borrow().first().map(|s| (s.preset, s.items)),
        Some((Some("backpressure"), 10))
    );
}

#[wasm_bindgen_test]
async fn the_introduction_closes_remembers_that_and_can_be_reopened() {
    clear_storage();
    let root = mount::<Intro>(IntroProps {
        embed: false,
        bare: true,
    })
    .await;
    assert!(text(&find(&root, "#intro-title")).contains("producer–consumer pattern"));

    click(&root, ".intro-close");
    settle().await;
    assert!(root.query_selector(".intro").ok().flatten().is_none());
    assert_eq!(
        focused().map(|e| text(&e)),
        Some("What is the producer–consumer pattern?".into())
    );
    // A later visit (a new mount) finds the dismissal under DISMISSED_KEY.
    let again = mount::<Intro>(IntroProps {
        embed: false,
        bare: true,
    })
    .await;
    assert!(
        again.query_selector(".intro").ok().flatten().is_none(),
        "{DISMISSED_KEY} remembered"
    );

    click(&again, ".intro-reopen button");
    settle().await;
    assert!(again.query_selector(".intro").ok().flatten().is_some());
    clear_storage();
}

#[wasm_bindgen_test]
async fn an_embedded_page_never_shows_the_introduction() {
    clear_storage();
    let root = mount::<Intro>(IntroProps {
        embed: true,
        bare: true,
    })
    .await;
    assert_eq!(root.child_element_count(), 0);
}

#[wasm_bindgen_test]
async fn the_introduction_stays_closed_on_a_link_with_a_query_even_on_a_first_visit() {
    clear_storage();
    let root = mount::<Intro>(IntroProps {
        embed: false,
        bare: false,
    })
    .await;
    assert!(find_all(&root, ".intro").is_empty());
    assert_eq!(find_all(&root, ".intro-reopen button").len(), 1);
}
