//! Scenarios as URL query strings: [`parse_query`] reads a link, [`to_query`] writes one.
//!
//! Parsing never fails as a whole: each bad value becomes a [`ParamError`] and its key keeps
//! its previous value, so a half-broken link still shows as much as it can. Keys are applied
//! in a fixed order, whatever their order in the URL: `preset` first (its own query becomes
//! the base), then `mode`, then the counts, then the rest, so that ranges that depend on the
//! mode and task names that depend on the counts see the final values.

mod names;
mod pairs;
mod parser;
pub(crate) mod percent;
mod reader;
mod schedule;

use super::presets::{self, Preset};
use super::{ParamError, PolicyKind, Scenario};
use names::variant_for_mode;
pub use pairs::query_pairs;

/// The outcome of reading a query string: the scenario, and every parameter that was
/// rejected (each kept its previous value; an empty list means the link was clean).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedScenario {
    /// The scenario the link describes, with defaults wherever it was silent or wrong.
    pub scenario: Scenario,
    /// One entry per rejected parameter, in the order keys are applied.
    pub errors: Vec<ParamError>,
}

/// Reads a scenario from a query string, with or without the leading `?`.
///
/// Unknown keys (including the view's `speed`, `theme` and so on) are ignored; when a key
/// repeats, the last one wins. Never panics, whatever the input.
pub fn parse_query(query: &str) -> ParsedScenario {
    parser::parse(query, true)
}

/// Writes the shortest query string that [`parse_query`] reads back as `s`: only what
/// differs from the base, which is the preset's scenario when `s.preset` is set (then
/// `preset=NAME` comes first) and the default scenario otherwise. No leading `?`.
pub fn to_query(s: &Scenario) -> String {
    let preset = s.preset.and_then(presets::preset);
    let base = preset.map_or_else(Scenario::default, preset_scenario);
    let mut q = QueryWriter::default();
    if let Some(p) = preset {
        q.push("preset", p.name);
    }
    q.push_if(s.mode != base.mode, "mode", s.mode.name());
    if let Some(v) = s
        .variant
        .filter(|&v| Some(v) != variant_for_mode(base.variant, s.mode))
    {
        q.push("variant", v.name());
    }
    q.push_if(s.producers != base.producers, "producers", s.producers);
    q.push_if(s.consumers != base.consumers, "consumers", s.consumers);
    q.push_if(s.capacity != base.capacity, "capacity", s.capacity);
    q.push_if(s.items != base.items, "items", s.items);
    q.push_if(
        s.produce_ms != base.produce_ms,
        "produce_ms",
        join(&s.produce_ms),
    );
    q.push_if(
        s.consume_ms != base.consume_ms,
        "consume_ms",
        join(&s.consume_ms),
    );
    q.push_if(s.psleep != base.psleep, "psleep", &s.psleep);
    q.push_if(s.csleep != base.csleep, "csleep", &s.csleep);
    q.push_if(s.close != base.close, "close", u8::from(s.close));
    // The parser moves a base in its mode's default order to the new mode's default.
    let base_policy = if base.policy == PolicyKind::default_for(base.mode) {
        PolicyKind::default_for(s.mode)
    } else {
        base.policy
    };
    q.push_if(s.policy != base_policy, "policy", s.policy.name());
    q.push_if(s.seed != base.seed, "seed", s.seed);
    // Compare names, not indices: the parser re-reads the preset's schedule by name
    // against the final counts.
    let schedule = schedule::write(&s.schedule, s);
    q.push_if(
        schedule != schedule::write(&base.schedule, &base),
        "schedule",
        schedule,
    );
    q.0
}

/// The compact form of a manual schedule for `s` (`C1.C2*3.P1.M`), as `schedule=` writes
/// it: the explorer and the challenges print their schedules with it.
pub fn write_schedule(choices: &[u8], s: &Scenario) -> String {
    schedule::write(choices, s)
}

impl Scenario {
    /// Reads a scenario from a query string; see [`parse_query`].
    pub fn from_query(query: &str) -> ParsedScenario {
        parse_query(query)
    }

    /// Writes this scenario as a query string; see [`to_query`].
    pub fn to_query(&self) -> String {
        to_query(self)
    }
}

/// The scenario a preset's query describes, labelled with the preset's name.
fn preset_scenario(p: &'static Preset) -> Scenario {
    // A preset's query never names another preset, so this recurses at most once.
    let mut s = parser::parse(p.query, false).scenario;
    s.preset = Some(p.name);
    s
}

/// A comma-separated list, as `produce_ms` and `consume_ms` are written.
fn join(list: &[u32]) -> String {
    list.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// A query string under construction. Every value written is made of letters, digits and
/// `-,:.*`, all legal in a query, so nothing needs escaping.
#[derive(Default)]
struct QueryWriter(String);

impl QueryWriter {
    /// Appends `key=value`.
    fn push(&mut self, key: &str, value: impl std::fmt::Display) {
        let sep = if self.0.is_empty() { "" } else { "&" };
        self.0.push_str(&format!("{sep}{key}={value}"));
    }

    /// Appends `key=value` when `differs`.
    fn push_if(&mut self, differs: bool, key: &str, value: impl std::fmt::Display) {
        if differs {
            self.push(key, value);
        }
    }
}
