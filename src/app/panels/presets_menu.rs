//! The presets menu: every lesson in [`PRESETS`], with its title and what it teaches;
//! choosing one starts a new run of it through the lab's reducer.

use yew::prelude::*;

use crate::sim::scenario::{parse_query, Preset, Scenario, PRESETS};

/// Props of [`presets_menu`].
#[derive(PartialEq)]
pub struct PresetsMenuProps {
    /// The preset the running scenario came from, if any.
    pub current: Option<&'static str>,
    /// Start a new run of this scenario.
    pub on_load: Callback<Scenario>,
}

/// A disclosure listing the presets; it starts closed so a phone sees the lab first.
pub fn presets_menu(props: &PresetsMenuProps) -> Html {
    let current = props
        .current
        .and_then(|name| PRESETS.iter().find(|p| p.name == name));
    let summary = match current {
        Some(p) => format!("Choose a lesson (now: {})", p.title),
        None => "Choose a lesson".to_string(),
    };
    html! {
        <section class="presets-panel" aria-labelledby="presets-title">
            <h2 id="presets-title">{ "Presets" }</h2>
            <details class="presets-menu">
                <summary>{ summary }</summary>
                <ul class="presets">
                    { for PRESETS.iter().map(|p| view_preset(p, props)) }
                </ul>
            </details>
        </section>
    }
}

fn view_preset(preset: &'static Preset, props: &PresetsMenuProps) -> Html {
    let onclick = props
        .on_load
        .reform(move |_: MouseEvent| preset_scenario(preset));
    let explanation_id = format!("preset-{}-explanation", preset.name);
    let current = props.current == Some(preset.name);
    html! {
        <li class={classes!("preset", current.then_some("preset-current"))}>
            <button type="button" data-preset={preset.name} {onclick}
                aria-describedby={explanation_id.clone()}
                aria-current={current.then_some("true")}>
                { preset.title }
            </button>
            <p id={explanation_id}>{ preset.explanation }</p>
        </li>
    }
}

/// The scenario a preset names: exactly what `?preset=NAME` loads.
pub fn preset_scenario(preset: &Preset) -> Scenario {
    parse_query(&format!("preset={}", preset.name)).scenario
}
