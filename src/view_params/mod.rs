//! The view's own URL parameters: `embed`, `panels`, `view`, `autoplay`, `speed`, `theme`
//! and `step`.
//!
//! They sit in the same query string as the scenario (`sim::scenario::parse_query` ignores
//! them, and this parser ignores the scenario's keys). Pure and native-tested: no DOM, no
//! panics. As with the scenario, a bad value never spoils the link: it becomes a
//! [`ViewParamError`] naming the key, the value and what is allowed, and that key keeps
//! its default.

use std::fmt;

use crate::sim::scenario::{decode_component, shorten};

mod panels;
mod speed;

pub use panels::{Panel, Panels};
pub use speed::{Speed, SPEEDS};

/// The colour theme: `auto` follows the system's `prefers-color-scheme`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    /// Light or dark, as the system prefers.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in menu order.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The URL name, also the `data-theme` value on `<html>`.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme with this URL name.
    pub fn from_name(name: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// How the page is shown, as opposed to what it simulates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ViewParams {
    /// `embed=1`: the compact page for an `<iframe>`: stage, controls and narration only.
    pub embed: bool,
    /// `panels=code,console,...`: what an embed shows beyond the stage.
    pub panels: Panels,
    /// `view=present`: the presentation view for a projector (stage, controls, narration
    /// and code only, large and high-contrast).
    pub present: bool,
    /// `autoplay=1`: start playing as soon as the page opens.
    pub autoplay: bool,
    /// `speed=`: the playback speed.
    pub speed: Speed,
    /// `theme=`: light, dark or auto.
    pub theme: Theme,
    /// `step=N`: open at step N (as near as the run reaches).
    pub step: Option<u64>,
}

/// One rejected view parameter; the key kept its default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewParamError {
    /// The key, e.g. `speed`.
    pub key: &'static str,
    /// The value as given (decoded), shortened to 40 characters.
    pub value: String,
    /// What would have been accepted, e.g. `0, 1`.
    pub allowed: String,
    /// The default the key kept, as a URL spells it.
    pub kept: &'static str,
}

impl fmt::Display for ViewParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (key, value, allowed, kept) = (self.key, &self.value, &self.allowed, self.kept);
        write!(
            f,
            "{key}={value} is not recognised: allowed {allowed} (kept the default, {kept})"
        )
    }
}

impl std::error::Error for ViewParamError {}

/// The outcome of reading the view's keys: the parameters, and every rejected key.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ParsedViewParams {
    /// The parameters, with defaults wherever the link was silent or wrong.
    pub params: ViewParams,
    /// One entry per rejected key, in the order the keys appeared.
    pub errors: Vec<ViewParamError>,
}

/// Reads the view's keys from a query string, with or without the leading `?`.
///
/// Other keys are ignored; when a key repeats, the last one wins (as for the scenario).
/// Never panics, whatever the input.
pub fn parse_view_params(query: &str) -> ParsedViewParams {
    let mut raw: [Option<&str>; KEYS.len()] = [None; KEYS.len()];
    for (key, value) in crate::sim::scenario::query_pairs(query) {
        if let Some(slot) = KEYS.iter().position(|&k| k == key) {
            raw[slot] = Some(value);
        }
    }
    let mut parsed = ParsedViewParams::default();
    for (slot, value) in raw.iter().enumerate() {
        if let Some(value) = value {
            apply(&mut parsed, KEYS[slot], value);
        }
    }
    parsed
}

/// The view's keys, in the order they are written back.
const KEYS: [&str; 7] = [
    "embed", "panels", "view", "autoplay", "speed", "theme", "step",
];

/// Applies one `key=value`, or records why it was rejected.
fn apply(parsed: &mut ParsedViewParams, key: &'static str, raw: &str) {
    let value = decode_component(raw).map(|v| v.into_owned());
    let p = &mut parsed.params;
    let accepted = match (key, value.as_deref()) {
        ("embed", Some(v)) => flag(v).map(|on| p.embed = on),
        ("panels", Some(v)) => Panels::parse(v).ok().map(|set| p.panels = set),
        ("view", Some(v)) => present_flag(v).map(|on| p.present = on),
        ("autoplay", Some(v)) => flag(v).map(|on| p.autoplay = on),
        ("speed", Some(v)) => Speed::from_name(v).map(|s| p.speed = s),
        ("theme", Some(v)) => Theme::from_name(v).map(|t| p.theme = t),
        ("step", Some(v)) => v.parse::<u64>().ok().map(|n| p.step = Some(n)),
        _ => None,
    };
    if accepted.is_none() {
        let (allowed, kept) = match key {
            "speed" => (speed::names().join(", "), Speed::DEFAULT.name()),
            "theme" => ("auto, light, dark".to_string(), Theme::Auto.name()),
            "step" => (format!("0 to {}", u64::MAX), "0"),
            "panels" => (
                "a comma-separated list of code, console, queues, book, timeline".to_string(),
                "none",
            ),
            "view" => ("full, present".to_string(), "full"),
            _ => ("0, 1".to_string(), "0"),
        };
        let shown = value.unwrap_or_else(|| raw.to_string());
        parsed.errors.push(ViewParamError {
            key,
            value: shorten(&shown),
            allowed,
            kept,
        });
    }
}

/// `view=present` or `view=full`.
fn present_flag(value: &str) -> Option<bool> {
    match value {
        "present" => Some(true),
        "full" => Some(false),
        _ => None,
    }
}

/// `1`/`0` (also `true`/`false`, as people type them).
fn flag(value: &str) -> Option<bool> {
    match value {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

/// Writes the parameters that differ from the defaults, in a fixed order, without `?`.
pub fn view_query(params: &ViewParams) -> String {
    let mut parts = Vec::new();
    if params.embed {
        parts.push("embed=1".to_string());
    }
    if !params.panels.is_empty() {
        parts.push(format!("panels={}", params.panels.names()));
    }
    if params.present {
        parts.push("view=present".to_string());
    }
    if params.autoplay {
        parts.push("autoplay=1".to_string());
    }
    if params.speed != Speed::DEFAULT {
        parts.push(format!("speed={}", params.speed.name()));
    }
    if params.theme != Theme::Auto {
        parts.push(format!("theme={}", params.theme.name()));
    }
    if let Some(step) = params.step {
        parts.push(format!("step={step}"));
    }
    parts.join("&")
}

/// Joins query strings with `&`, skipping empty ones: `join_queries(&["a=1", "", "b=2"])`
/// is `a=1&b=2`.
pub fn join_queries(parts: &[&str]) -> String {
    let kept: Vec<&str> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    kept.join("&")
}
