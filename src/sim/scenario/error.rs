//! What went wrong with one URL parameter.
//!
//! A bad parameter never spoils the rest of the link: the parser records a [`ParamError`],
//! the key keeps its previous value, and every other key still applies. The message names
//! the key, the value and what is allowed, so a student who mistyped a link can fix it.

use std::fmt;

use super::SleepStringError;

/// The most characters of a value a message repeats: a 1 MB value must not become a 1 MB
/// message (or a 1 MB string kept alive in the page state).
const SHOWN_CHARS: usize = 40;

/// One rejected URL parameter; the key kept the value named in [`ParamError::kept`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamError {
    /// The parameter's key, e.g. `capacity`.
    pub key: &'static str,
    /// The value as given, shortened to about 40 characters (ending in `…`) if longer.
    pub value: String,
    /// What is wrong with the value.
    pub problem: ParamProblem,
    /// The value the key kept instead (the default, or the preset's value when a preset is
    /// the base), as a URL would spell it (`none` for an empty one).
    pub kept: String,
}

/// Why a value was rejected. `allowed` texts describe what would have been accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParamProblem {
    /// The value has a bad `%` escape or decodes to invalid UTF-8.
    BadEncoding,
    /// The value is not a whole number (or a list of them).
    NotANumber {
        /// The accepted range, e.g. `1..=16`.
        allowed: String,
    },
    /// The value is a number outside the accepted range (or a list too long).
    OutOfRange {
        /// The accepted range, e.g. `0..=64`.
        allowed: String,
    },
    /// The value is not one of the accepted names.
    UnknownName {
        /// The accepted names, comma-separated.
        allowed: String,
    },
    /// A `variant` was given in Go mode, which has no variants.
    VariantInGoMode,
    /// The OSTEP sleep string is malformed.
    SleepString(SleepStringError),
    /// A schedule names a task that this scenario does not have.
    UnknownTask {
        /// The offending `.`-separated piece of the schedule.
        token: String,
        /// The task names this scenario has, e.g. `P1, C1..C2, M`.
        allowed: String,
    },
    /// A schedule's `*N` repeat is not a whole number of at least 2.
    BadRepeat {
        /// The offending `.`-separated piece of the schedule.
        token: String,
    },
    /// A schedule was given, but only `policy=manual` replays one.
    NeedsManual {
        /// The policy in force, as a URL names it.
        policy: &'static str,
    },
    /// A schedule asks for more choices than a run may replay.
    TooManyChoices {
        /// The cap on the total number of choices.
        max: usize,
    },
}

impl ParamError {
    /// Records that `key=value` was rejected for `problem` and `kept` stayed in force.
    pub(super) fn new(
        key: &'static str,
        value: &str,
        problem: ParamProblem,
        kept: impl fmt::Display,
    ) -> Self {
        let kept = kept.to_string();
        ParamError {
            key,
            value: shorten(value),
            problem,
            kept: if kept.is_empty() { "none".into() } else { kept },
        }
    }
}

/// The first [`SHOWN_CHARS`] characters of `text`, with `…` when something was cut, and
/// every control character escaped (see [`printable`]).
pub fn shorten(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        // `cut` comes from `char_indices`, so it is a character boundary: slicing is safe.
        Some((cut, _)) => format!("{}…", printable(&text[..cut])),
        None => printable(text),
    }
}

/// `text` with every control character written as an escape (`\x1B`, `\u{202E}`), so that
/// a decoded `%1B[31m` or `%00` never reaches a terminal or the page raw: C0 and C1
/// controls, DEL, and the invisible format characters that reorder or hide text.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let code = u32::from(c);
        if c.is_control() && code < 0x100 {
            out.push_str(&format!("\\x{code:02X}"));
        } else if c.is_control() || is_invisible_format(c) {
            out.push_str(&format!("\\u{{{code:04X}}}"));
        } else {
            out.push(c);
        }
    }
    out
}

/// Zero-width and bidirectional format characters: invisible, yet they change what a
/// reader sees around them.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (k, v) = (self.key, &self.value);
        match &self.problem {
            ParamProblem::BadEncoding => write!(f, "{k}={v} is not valid percent-encoded UTF-8")?,
            ParamProblem::NotANumber { allowed } => {
                write!(f, "{k}={v} is not a whole number: allowed {allowed}")?
            }
            ParamProblem::OutOfRange { allowed } => {
                write!(f, "{k}={v} is out of range: allowed {allowed}")?
            }
            ParamProblem::UnknownName { allowed } => {
                write!(f, "{k}={v} is not recognised: allowed {allowed}")?
            }
            ParamProblem::VariantInGoMode => write!(
                f,
                "{k}={v} is not allowed in go mode, which has no variants"
            )?,
            ParamProblem::SleepString(e) => write!(f, "{k}={v} is not a valid sleep string: {e}")?,
            ParamProblem::UnknownTask { token, allowed } => {
                let token = if token.is_empty() {
                    "an empty name"
                } else {
                    token
                };
                write!(
                    f,
                    "{k}={v} names a task that does not exist ({token}): allowed {allowed}"
                )?
            }
            ParamProblem::BadRepeat { token } => write!(
                f,
                "{k}={v} has a bad repeat count in {token}: allowed *2 or more"
            )?,
            ParamProblem::NeedsManual { policy } => write!(
                f,
                "{k}={v} is only replayed under policy=manual, but the policy is {policy}"
            )?,
            ParamProblem::TooManyChoices { max } => {
                write!(f, "{k}={v} is too long: allowed at most {max} choices")?
            }
        }
        write!(f, " (kept the default, {})", self.kept)
    }
}

impl std::error::Error for ParamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.problem {
            ParamProblem::SleepString(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_names_key_value_range_and_kept_value() {
        let allowed = "0 to 64".to_string();
        let e = ParamError::new("capacity", "99", ParamProblem::OutOfRange { allowed }, 2);
        let expected = "capacity=99 is out of range: allowed 0 to 64 (kept the default, 2)";
        assert_eq!(e.to_string(), expected);
    }

    #[test]
    fn control_characters_in_a_value_are_shown_escaped() {
        assert_eq!(shorten("a\u{0}b\u{1b}[31m"), "a\\x00b\\x1B[31m");
        assert_eq!(shorten("\u{7f}\u{85}\u{202e}"), "\\x7F\\x85\\u{202E}");
        assert_eq!(shorten("tab\there"), "tab\\x09here");
    }

    #[test]
    fn huge_values_are_shortened_on_a_character_boundary() {
        let shown = shorten(&"é".repeat(1000));
        assert_eq!(shown.chars().count(), SHOWN_CHARS + 1);
        assert!(shown.ends_with('…'));
        assert_eq!(shorten("short"), "short");
    }
}
