//! The order in which a query string's keys apply: `preset` (the base), then `mode` and
//! `variant`, then the counts, then everything whose range or names depend on them.
//!
//! Reading a single value, and the wording of its errors, is `reader.rs`'s job.

use super::super::{presets, Mode, ParamProblem, PolicyKind, Scenario, Variant};
use super::super::{MAX_CAPACITY, MAX_ITEMS, MAX_PER_SIDE};
use super::names::variant_for_mode;
use super::reader::Reader;
use super::{preset_scenario, schedule, ParsedScenario};

/// Reads `query` onto the default scenario, or onto a preset's when `with_preset` and the
/// query names one.
pub(super) fn parse(query: &str, with_preset: bool) -> ParsedScenario {
    let mut r = Reader::new(query);
    if with_preset {
        r.apply_preset();
    }
    r.apply_on_base()
}

impl Reader<'_> {
    /// `preset`: the named preset's scenario becomes the base for every other key.
    fn apply_preset(&mut self) {
        let Some(name) = self.value("preset", "") else {
            return;
        };
        match presets::preset(&name) {
            Some(preset) => self.s = preset_scenario(preset),
            None => {
                let names: Vec<_> = presets::PRESETS.iter().map(|p| p.name).collect();
                let problem = ParamProblem::UnknownName {
                    allowed: names.join(", "),
                };
                self.reject("preset", &name, problem, "");
            }
        }
    }

    /// Every key but `preset`, applied to the scenario read so far (the base).
    fn apply_on_base(mut self) -> ParsedScenario {
        // Keep the base's schedule by name: the counts may change before it is re-read.
        let base_schedule = schedule::write(&self.s.schedule, &self.s);
        let base_mode = self.s.mode;
        self.apply_mode_and_variant();
        let most = u64::from(MAX_PER_SIDE);
        self.s.producers = self.number("producers", 1, most, "", self.s.producers);
        self.s.consumers = self.number("consumers", 1, most, "", self.s.consumers);
        self.apply_sizes();
        let psleep = std::mem::take(&mut self.s.psleep);
        self.s.psleep = self.sleep("psleep", self.s.producers, "producers", psleep);
        let csleep = std::mem::take(&mut self.s.csleep);
        self.s.csleep = self.sleep("csleep", self.s.consumers, "consumers", csleep);
        self.apply_run(base_mode);
        self.apply_schedule(&base_schedule);
        ParsedScenario {
            scenario: self.s,
            errors: self.errors,
        }
    }

    /// `mode`, then `variant`, whose names depend on the mode.
    fn apply_mode_and_variant(&mut self) {
        let current = self.s.mode;
        if let Some(text) = self.value("mode", current.name()) {
            match Mode::from_name(&text) {
                Some(mode) => self.s.mode = mode,
                None => {
                    let allowed = "go, monitor, semaphore".to_owned();
                    self.reject(
                        "mode",
                        &text,
                        ParamProblem::UnknownName { allowed },
                        current.name(),
                    );
                }
            }
        }
        let mode = self.s.mode;
        // A policy nobody chose follows the mode: each mode's default is its reference's order.
        if mode != current && self.s.policy == PolicyKind::default_for(current) {
            self.s.policy = PolicyKind::default_for(mode);
        }
        self.s.variant = variant_for_mode(self.s.variant, mode);
        let kept = self.s.variant.map_or("", Variant::name);
        let Some(text) = self.value("variant", kept) else {
            return;
        };
        match Variant::from_name(mode, &text) {
            Some(variant) => self.s.variant = Some(variant),
            None if mode == Mode::Go => {
                self.reject("variant", &text, ParamProblem::VariantInGoMode, kept)
            }
            None => {
                let allowed = format!("{} in {} mode", Variant::names_of(mode), mode.name());
                self.reject(
                    "variant",
                    &text,
                    ParamProblem::UnknownName { allowed },
                    kept,
                );
            }
        }
    }

    /// `capacity` (whose range depends on the mode), `items`, `produce_ms`, `consume_ms`.
    fn apply_sizes(&mut self) {
        // OSTEP's programs assert max > 0: only Go has an unbuffered channel.
        let (min, note) = match self.s.mode {
            Mode::Go => (0, String::new()),
            mode => (1, format!(" in {} mode", mode.name())),
        };
        if u64::from(self.s.capacity) < min {
            let allowed = format!("{min} to {MAX_CAPACITY}{note}");
            let (value, default) = (self.s.capacity.to_string(), Scenario::default().capacity);
            self.drop_inherited(
                "capacity",
                &value,
                ParamProblem::OutOfRange { allowed },
                default,
            );
            self.s.capacity = default;
        }
        let (cap, items) = (u64::from(MAX_CAPACITY), u64::from(MAX_ITEMS));
        self.s.capacity = self.number("capacity", min, cap, &note, self.s.capacity);
        self.s.items = self.number("items", 1, items, "", self.s.items);
        let produce_ms = std::mem::take(&mut self.s.produce_ms);
        self.s.produce_ms = self.ms_list("produce_ms", produce_ms);
        let consume_ms = std::mem::take(&mut self.s.consume_ms);
        self.s.consume_ms = self.ms_list("consume_ms", consume_ms);
    }

    /// `close`, `policy` and `seed`. A base that ran in its mode's default order runs in
    /// the new mode's default order, unless the link names a policy.
    fn apply_run(&mut self, base_mode: Mode) {
        if self.s.policy == PolicyKind::default_for(base_mode) {
            self.s.policy = PolicyKind::default_for(self.s.mode);
        }
        let kept = u8::from(self.s.close);
        match self.value("close", kept).as_deref() {
            None => {}
            Some("0") => self.s.close = false,
            Some("1") => self.s.close = true,
            Some(text) => {
                let allowed = "0 (never close the channel), 1 (close it)".to_owned();
                self.reject("close", text, ParamProblem::UnknownName { allowed }, kept);
            }
        }
        let kept = self.s.policy.name();
        if let Some(text) = self.value("policy", kept) {
            match PolicyKind::from_name(&text) {
                Some(policy) => self.s.policy = policy,
                None => {
                    let names: Vec<_> = PolicyKind::ALL.into_iter().map(PolicyKind::name).collect();
                    let allowed = names.join(", ");
                    self.reject("policy", &text, ParamProblem::UnknownName { allowed }, kept);
                }
            }
        }
        self.s.seed = self.number("seed", 0, u64::MAX, "", self.s.seed);
    }

    /// `schedule`. The base's schedule is re-read by name against the final counts and
    /// mode, so `C1` stays the first consumer when the link adds producers. Only the manual
    /// policy replays a schedule: under another, the base's is dropped (the link chose that
    /// policy) and the link's own is an error that names both.
    fn apply_schedule(&mut self, base_schedule: &str) {
        let manual = self.s.policy == PolicyKind::Manual;
        self.s.schedule = match schedule::parse(base_schedule, &self.s) {
            Ok(choices) if manual => choices,
            Ok(_) => Vec::new(),
            Err(problem) => {
                if manual {
                    self.drop_inherited("schedule", base_schedule, problem, "");
                }
                Vec::new()
            }
        };
        let kept = schedule::write(&self.s.schedule, &self.s);
        let Some(text) = self.value("schedule", &kept) else {
            return;
        };
        match schedule::parse(&text, &self.s) {
            Ok(choices) if choices.is_empty() || manual => self.s.schedule = choices,
            Ok(_) => {
                let policy = self.s.policy.name();
                self.reject(
                    "schedule",
                    &text,
                    ParamProblem::NeedsManual { policy },
                    kept,
                )
            }
            Err(problem) => self.reject("schedule", &text, problem, kept),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scenario::SleepString;

    /// `query` applied to `base` as if `base` were a preset's scenario.
    fn on_base(base: Scenario, query: &str) -> ParsedScenario {
        let mut r = Reader::new(query);
        r.s = base;
        r.apply_on_base()
    }

    /// A monitor scenario with 2 producers, a sleep string and a schedule, like a figure preset.
    fn figure_like() -> Scenario {
        let psleep = SleepString::parse("1:0,2", 2, "producers").unwrap_or_default();
        let schedule = vec![2, 2, 0, 1, 3];
        Scenario {
            mode: Mode::Monitor,
            variant: Some(Variant::OneCvWhile),
            producers: 2,
            psleep,
            schedule,
            policy: PolicyKind::Manual,
            ..Scenario::default()
        }
    }

    #[test]
    fn a_base_schedule_is_reread_by_name_against_new_counts() {
        let parsed = on_base(figure_like(), "consumers=2");
        assert_eq!(parsed.errors, vec![]);
        // C1 C1 P1 P2 M with 2 consumers: main moves from 3 to 4.
        assert_eq!(parsed.scenario.schedule, vec![2, 2, 0, 1, 4]);
    }

    #[test]
    fn a_base_schedule_naming_a_vanished_task_is_reported_and_dropped() {
        let parsed = on_base(figure_like(), "producers=1&psleep=5");
        let messages: Vec<String> = parsed.errors.iter().map(ToString::to_string).collect();
        let expected = "schedule=C1*2.P1.P2.M names a task that does not exist (P2): allowed P1, C1, M (kept the default, none)";
        assert_eq!(messages, vec![expected]);
        assert!(parsed.scenario.schedule.is_empty());
        assert_eq!(parsed.scenario.psleep.seconds(0, 0), 5);
    }

    #[test]
    fn a_base_sleep_string_with_the_wrong_piece_count_is_reported_and_dropped() {
        let parsed = on_base(figure_like(), "producers=3&schedule=");
        let messages: Vec<String> = parsed.errors.iter().map(ToString::to_string).collect();
        let expected = "psleep=1:0,2 is not a valid sleep string: expected 3 producers in sleep specification, got 2 (kept the default, none)";
        assert_eq!(messages, vec![expected]);
        assert!(parsed.scenario.psleep.is_empty());
    }

    #[test]
    fn a_base_variant_survives_when_the_mode_is_restated() {
        let parsed = on_base(figure_like(), "mode=monitor");
        assert_eq!(parsed.scenario.variant, Some(Variant::OneCvWhile));
        let parsed = on_base(figure_like(), "mode=semaphore");
        assert_eq!(parsed.scenario.variant, Some(Variant::SemCorrect));
    }
}
