//! Experiments: sweep one parameter (producers, consumers, capacity, a Go sleep) over a
//! range, run each setting headless and measure it ([`measure::measure`]): steady-state
//! throughput, mean occupancy, the producers' blocked share, the time to finish, and
//! which side limits throughput.
//!
//! URL form: `sweep=PARAM:FROM-TO` (e.g. `sweep=consumers:1-8`), with PARAM one of
//! `producers`, `consumers`, `capacity`, `produce_ms`, `consume_ms`. Each setting runs with
//! at least [`MIN_ITEMS`] items per producer, so start-up and drain stay small beside the
//! steady window. A [`Sweep`] runs one setting per [`Sweep::next_point`] call, so the page
//! can do one per frame.

pub mod compare;
pub mod measure;

use std::fmt;

pub use measure::{measure, Limit, Measurement};

use crate::sim::learn::query_key;
use crate::sim::scenario::{shorten, Mode, Scenario};

/// The fewest items per producer a sweep's runs use.
pub const MIN_ITEMS: u32 = 200;

/// The most settings one sweep may have.
pub const MAX_POINTS: usize = 64;

/// The swept parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    /// Number of producers, 1..=16.
    Producers,
    /// Number of consumers, 1..=16.
    Consumers,
    /// Buffer capacity (0..=64 in Go mode, 1..=64 otherwise).
    Capacity,
    /// Go mode: every producer's sleep after a send, in ms.
    ProduceMs,
    /// Go mode: every consumer's sleep after a receive, in ms.
    ConsumeMs,
}

impl Param {
    const ALL: [(Param, &'static str); 5] = [
        (Param::Producers, "producers"),
        (Param::Consumers, "consumers"),
        (Param::Capacity, "capacity"),
        (Param::ProduceMs, "produce_ms"),
        (Param::ConsumeMs, "consume_ms"),
    ];

    /// The URL name.
    pub fn name(self) -> &'static str {
        Param::ALL
            .iter()
            .find(|(p, _)| *p == self)
            .map_or("", |(_, n)| n)
    }

    /// The values allowed in `mode`.
    fn range(self, mode: Mode) -> (u32, u32) {
        match self {
            Param::Producers | Param::Consumers => (1, 16),
            Param::Capacity if mode == Mode::Go => (0, 64),
            Param::Capacity => (1, 64),
            Param::ProduceMs | Param::ConsumeMs => (0, 3_600_000),
        }
    }

    /// `base` with this parameter set to `value` (and enough items for a steady window).
    pub fn apply(self, base: &Scenario, value: u32) -> Scenario {
        let mut s = base.clone();
        s.items = s.items.max(MIN_ITEMS);
        s.preset = None;
        let small = u8::try_from(value).unwrap_or(u8::MAX);
        match self {
            Param::Producers => s.producers = small,
            Param::Consumers => s.consumers = small,
            Param::Capacity => s.capacity = small,
            Param::ProduceMs => s.produce_ms = vec![value],
            Param::ConsumeMs => s.consume_ms = vec![value],
        }
        s
    }
}

/// A `sweep=` value that cannot be run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SweepError {
    /// The value, shortened and escaped.
    pub value: String,
    /// What is wrong and what is allowed.
    pub problem: String,
}

impl fmt::Display for SweepError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sweep={}: {}", self.value, self.problem)
    }
}

/// An experiment in progress: the settings, and the measurements made so far.
#[derive(Clone, Debug)]
pub struct Sweep {
    /// The scenario every setting starts from.
    pub base: Scenario,
    /// What varies.
    pub param: Param,
    /// The settings, in order.
    pub values: Vec<u32>,
    /// One measurement per setting run so far.
    pub results: Vec<Measurement>,
}

impl Sweep {
    /// Reads `PARAM:FROM-TO` for `base`.
    pub fn parse(text: &str, base: &Scenario) -> Result<Sweep, SweepError> {
        let names: Vec<&str> = Param::ALL.iter().map(|(_, n)| *n).collect();
        let error = |problem: String| SweepError {
            value: shorten(text),
            problem,
        };
        let (name, range) = text.split_once(':').ok_or_else(|| {
            error(format!(
                "allowed PARAM:FROM-TO, PARAM one of {}",
                names.join(", ")
            ))
        })?;
        let param = Param::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(p, _)| *p)
            .ok_or_else(|| {
                error(format!(
                    "{name:?} cannot be swept: allowed {}",
                    names.join(", ")
                ))
            })?;
        let (lo, hi) = param.range(base.mode);
        let bounds = range
            .split_once('-')
            .and_then(|(a, b)| Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?)));
        let Some((from, to)) = bounds.filter(|&(a, b)| lo <= a && a <= b && b <= hi) else {
            return Err(error(format!(
                "{name} needs FROM-TO with {lo} <= FROM <= TO <= {hi}"
            )));
        };
        if matches!(param, Param::ProduceMs | Param::ConsumeMs) && base.mode != Mode::Go {
            return Err(error(format!("{name} is a Go-mode sleep: use mode=go")));
        }
        let step = ((to - from) as usize / MAX_POINTS + 1) as u32;
        let values = (from..=to).step_by(step as usize).collect();
        Ok(Sweep {
            base: base.clone(),
            param,
            values,
            results: Vec::new(),
        })
    }

    /// The sweep a query's `sweep=` key asks for, if any.
    pub fn from_query(query: &str, base: &Scenario) -> Option<Result<Sweep, SweepError>> {
        let value = query_key::last_value(query, "sweep")?;
        Some(match value {
            Ok(v) => Sweep::parse(&v, base),
            Err(raw) => Err(SweepError {
                value: shorten(&raw),
                problem: "bad %-escape".into(),
            }),
        })
    }

    /// Runs the next setting; false once every setting has run.
    pub fn next_point(&mut self) -> bool {
        let Some(&value) = self.values.get(self.results.len()) else {
            return false;
        };
        self.results
            .push(measure(self.param.apply(&self.base, value)));
        true
    }

    /// Runs every remaining setting.
    pub fn run_all(&mut self) -> &[Measurement] {
        while self.next_point() {}
        &self.results
    }
}
