//! Reading the values of a query string, one key at a time: the raw values of the known
//! keys, typed readers that keep the current value when a value is bad, and the errors.
//!
//! The order in which keys are applied lives in `parser.rs`; this file only knows how to
//! read one value and what to say when it is wrong.

use std::borrow::Cow;
use std::fmt::Display;

use super::super::{ParamError, ParamProblem, Scenario, SleepString, SleepStringError};
use super::{join, percent};

/// The keys this parser reads, in the order they are applied. Other keys (the view's
/// `speed`, `theme`, ... or typos) are ignored here.
const KEYS: [&str; 15] = [
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
];

/// The most entries `produce_ms` and `consume_ms` may list.
const MAX_MS_ENTRIES: usize = 16;

/// The longest sleep in Go mode, in ms: ten minutes.
const MAX_MS: u64 = 600_000;

/// A scenario being built from the raw values of the known keys, and what was rejected.
pub(super) struct Reader<'a> {
    /// The last raw (still percent-encoded) value of each key in [`KEYS`].
    raw: [Option<&'a str>; KEYS.len()],
    /// The scenario so far.
    pub(super) s: Scenario,
    /// The rejected keys so far.
    pub(super) errors: Vec<ParamError>,
}

impl<'a> Reader<'a> {
    /// Splits `query` (with or without `?`) into the known keys' values, on the default scenario.
    pub(super) fn new(query: &'a str) -> Self {
        let mut raw = [None; KEYS.len()];
        // A key without `=` counts as given, with an empty value.
        for (key, value) in super::query_pairs(query) {
            let known = percent::decode(key).and_then(|k| KEYS.iter().position(|&n| n == k));
            if let Some(slot) = known {
                raw[slot] = Some(value); // the last occurrence wins
            }
        }
        Reader {
            raw,
            s: Scenario::default(),
            errors: Vec::new(),
        }
    }

    /// Whether the query gives `key` at all (even with a bad or empty value).
    pub(super) fn has(&self, key: &str) -> bool {
        KEYS.iter()
            .position(|&k| k == key)
            .is_some_and(|slot| self.raw[slot].is_some())
    }

    /// The decoded value of `key`, if given. A bad encoding is reported (the key keeps
    /// `kept`) and then counts as absent.
    pub(super) fn value(&mut self, key: &'static str, kept: impl Display) -> Option<Cow<'a, str>> {
        let raw = self.raw[KEYS.iter().position(|&k| k == key)?]?;
        let decoded = percent::decode(raw);
        if decoded.is_none() {
            self.reject(key, raw, ParamProblem::BadEncoding, kept);
        }
        decoded
    }

    /// Records that `key=value` was rejected and `kept` stays in force.
    pub(super) fn reject(
        &mut self,
        key: &'static str,
        value: &str,
        problem: ParamProblem,
        kept: impl Display,
    ) {
        self.errors.push(ParamError::new(key, value, problem, kept));
    }

    /// Drops a preset's value that the final mode or counts make invalid, for `default`.
    /// It is reported only when the link does not set `key` itself: then the link's own
    /// value is what counts.
    pub(super) fn drop_inherited(
        &mut self,
        key: &'static str,
        value: &str,
        problem: ParamProblem,
        default: impl Display,
    ) {
        if !self.has(key) {
            self.reject(key, value, problem, default);
        }
    }

    /// A whole-number `key` in `min..=max` (`note` qualifies the range in messages);
    /// when absent or rejected, `current` stays.
    pub(super) fn number<T>(
        &mut self,
        key: &'static str,
        min: u64,
        max: u64,
        note: &str,
        current: T,
    ) -> T
    where
        T: Copy + Display + TryFrom<u64>,
    {
        let Some(text) = self.value(key, current) else {
            return current;
        };
        whole(&text, min, max, note).unwrap_or_else(|problem| {
            self.reject(key, &text, problem, current);
            current
        })
    }

    /// A `produce_ms`/`consume_ms` list; when absent or rejected, `current` stays.
    pub(super) fn ms_list(&mut self, key: &'static str, current: Vec<u32>) -> Vec<u32> {
        let kept = join(&current);
        let Some(text) = self.value(key, &kept) else {
            return current;
        };
        let note = format!(" ms each, 1 to {MAX_MS_ENTRIES} comma-separated values");
        let mut list = Vec::new();
        for entry in text.split(',') {
            let parsed = match list.len() {
                MAX_MS_ENTRIES => Err(ParamProblem::OutOfRange {
                    allowed: format!("0 to {MAX_MS}{note}"),
                }),
                _ => whole(entry, 0, MAX_MS, &note),
            };
            match parsed {
                Ok(ms) => list.push(ms),
                Err(problem) => {
                    self.reject(key, &text, problem, kept);
                    return current;
                }
            }
        }
        list
    }

    /// A `psleep`/`csleep` string for `threads` threads (`who` names them), checked
    /// against the final count even when it came from a preset. An empty value means no
    /// sleeps, which lets a link clear a preset's string.
    pub(super) fn sleep(
        &mut self,
        key: &'static str,
        threads: u8,
        who: &'static str,
        current: SleepString,
    ) -> SleepString {
        let threads = usize::from(threads);
        let got = current.pieces().len();
        let current = if got == 0 || got == threads {
            current
        } else {
            let problem = SleepStringError::WrongPieceCount {
                expected: threads,
                who,
                got,
            };
            let problem = ParamProblem::SleepString(problem);
            self.drop_inherited(key, &current.to_string(), problem, "");
            SleepString::default()
        };
        let Some(text) = self.value(key, &current) else {
            return current;
        };
        if text.is_empty() {
            return SleepString::default();
        }
        SleepString::parse(&text, threads, who).unwrap_or_else(|e| {
            self.reject(key, &text, ParamProblem::SleepString(e), &current);
            current
        })
    }
}

/// A whole number in `min..=max`, converted to `T`. Digits after a `-` count as a number
/// out of range (`producers=-1`); anything else that is not digits is not a number.
fn whole<T: TryFrom<u64>>(text: &str, min: u64, max: u64, note: &str) -> Result<T, ParamProblem> {
    let allowed = || format!("{min} to {max}{note}");
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParamProblem::NotANumber { allowed: allowed() });
    }
    let in_range = text.parse::<u64>().ok().filter(|n| (min..=max).contains(n));
    let converted = in_range.and_then(|n| T::try_from(n).ok());
    converted.ok_or_else(|| ParamProblem::OutOfRange { allowed: allowed() })
}
