//! The lab's links as strings: the address bar's query, the "Copy link" query (with the
//! manual choices and the current step) and the `<iframe>` embed snippet.
//!
//! The scenario part always comes from `sim::scenario::to_query`, so every link is the
//! shortest one the parser reads back as the same run.

use crate::sim::ask::to_query_pairs;
use crate::sim::scenario::{preset, to_query, PolicyKind, Scenario};
use crate::view_params::{join_queries, view_query, ViewParams};

use super::state::LabState;

/// The scenario as a link describes it: in manual mode the schedule is every choice made
/// so far (recorded future included), so the link replays the learner's schedule.
pub fn scenario_query(state: &LabState) -> String {
    let run = state.run();
    let scenario = run.sim().scenario();
    if scenario.policy != PolicyKind::Manual {
        return to_query(scenario);
    }
    let with_choices = Scenario {
        schedule: run.choices().to_vec(),
        ..scenario.clone()
    };
    to_query(&with_choices)
}

/// The address bar's query: the scenario plus the view options, and while paused the
/// step the learner is on (`use_url_sync` writes it a moment after the last change, so
/// a reload or Back returns there). While playing it leaves the step out.
pub fn page_query(state: &LabState) -> String {
    let steps = state.run().sim().steps();
    let view = ViewParams {
        step: (!state.playing && steps > 0).then_some(steps),
        ..state.view
    };
    join_queries(&[
        &scenario_query(state),
        &quiz_query(state),
        &view_query(&view),
    ])
}

/// The page's questions (`ask=`, `predict=1`), so every link carries them.
pub fn quiz_query(state: &LabState) -> String {
    let asks = to_query_pairs(&state.quiz.questions);
    let predict = if state.quiz.predict { "predict=1" } else { "" };
    join_queries(&[&asks, predict])
}

/// "Copy link": the scenario, the speed and theme, and the step the learner is on.
pub fn share_query(state: &LabState) -> String {
    let view = ViewParams {
        embed: false,
        autoplay: false,
        step: Some(state.run().sim().steps()).filter(|&s| s > 0),
        ..state.view
    };
    join_queries(&[
        &scenario_query(state),
        &quiz_query(state),
        &view_query(&view),
    ])
}

/// The embedded page's query: the scenario, `embed=1`, the step the learner is on, and
/// every other view parameter as the page has it (panels, view, autoplay, speed, theme).
pub fn embed_query(state: &LabState) -> String {
    let view = ViewParams {
        embed: true,
        step: Some(state.run().sim().steps()).filter(|&s| s > 0),
        ..state.view
    };
    join_queries(&[
        &scenario_query(state),
        &quiz_query(state),
        &view_query(&view),
    ])
}

/// A full URL: `base` (origin and path) plus `query`.
pub fn url(base: &str, query: &str) -> String {
    if query.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{query}")
    }
}

/// The `<iframe>` snippet for `src`, titled after the scenario (an iframe needs a title
/// for screen readers), full width, 480 px high until `embed.js` (the host script at
/// `host_script`, served beside the page) sets its height from the page's messages.
pub fn embed_snippet(src: &str, host_script: &str, scenario: &Scenario) -> String {
    embed_snippet_titled(src, host_script, &embed_title(scenario))
}

/// The `<iframe>` snippet for `src` with the frame's accessible `title`.
pub fn embed_snippet_titled(src: &str, host_script: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"480\" \
         loading=\"lazy\" style=\"border: 0\" data-pclab-embed></iframe>\n\
         <script src=\"{}\" defer></script>",
        escape_attribute(src),
        escape_attribute(title),
        escape_attribute(host_script),
    )
}

/// The address of `file` in the directory of the page at `base` (`origin + pathname`):
/// `https://x.org/lab/` or `https://x.org/lab/index.html` give `https://x.org/lab/file`.
pub fn sibling(base: &str, file: &str) -> String {
    let dir = base.rfind('/').map_or(base, |i| &base[..=i]);
    format!("{dir}{file}")
}

/// "Producer–Consumer Lab: Backpressure: fast producer, slow consumer", or the counts.
pub fn embed_title(scenario: &Scenario) -> String {
    let what = match scenario.preset.and_then(preset) {
        Some(p) => p.title.to_string(),
        None => format!(
            "{} producer(s), {} consumer(s), capacity {}",
            scenario.producers, scenario.consumers, scenario.capacity
        ),
    };
    format!("Producer–Consumer Lab: {what}")
}

/// Escapes text for a double-quoted HTML attribute.
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
