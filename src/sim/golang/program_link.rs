//! A learner program's link: `program=` (the source, compressed by the page with the
//! browser's `CompressionStream` and written in unpadded base64url), `policy=`, `seed=`,
//! `schedule=` (the manual picks as 0-based goroutine numbers, comma-separated, since
//! goroutines have no names before the run makes them) and the view's `step=`.
//!
//! The compression itself is the browser's; this module only reads and writes the text
//! around it, so that the page and `pc-trace --go` read a query the same way.

use crate::sim::scenario::{decode_component, query_pairs, shorten, PolicyKind};
use crate::sim::task::TaskId;

/// The seed when the link names none (as `pc-trace --go` has always used).
pub const DEFAULT_SEED: u64 = 1;

/// The most manual picks a link may carry.
pub const MAX_PICKS: usize = 100_000;

/// What a program link asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgramQuery {
    /// The packed source (`program=`), still compressed; `None` when the link has none.
    pub packed: Option<String>,
    /// The scheduling policy.
    pub policy: PolicyKind,
    /// The seed for the random policy and `select`.
    pub seed: u64,
    /// Manual picks, in order.
    pub schedule: Vec<TaskId>,
}

impl Default for ProgramQuery {
    fn default() -> Self {
        ProgramQuery {
            packed: None,
            policy: PolicyKind::GoRuntime,
            seed: DEFAULT_SEED,
            schedule: Vec::new(),
        }
    }
}

/// Splits a query string into decoded `(key, value)` pairs, skipping empty pairs; a
/// value whose escapes are malformed comes back as `None`.
pub fn pairs(query: &str) -> impl Iterator<Item = (&str, Option<String>)> {
    query_pairs(query).map(|(key, value)| (key, decode_component(value).map(|v| v.into_owned())))
}

/// Reads `policy`, `seed`, `schedule` and `program` from `query`; other keys are left to
/// the view. Each bad value gives one message naming the key, the value and what is
/// allowed, and keeps the default.
pub fn parse_program_query(query: &str) -> (ProgramQuery, Vec<String>) {
    let mut q = ProgramQuery::default();
    let mut errors = Vec::new();
    for (key, value) in pairs(query) {
        let Some(value) = value else {
            let key = shorten(key);
            errors.push(format!(
                "{key}= has a broken %-escape (a % must be followed by two hexadecimal digits), so it was ignored"
            ));
            continue;
        };
        match key {
            "program" => q.packed = Some(value),
            "policy" => match PolicyKind::from_name(&value) {
                Some(p) => q.policy = p,
                None => {
                    let names: Vec<&str> = PolicyKind::ALL.iter().map(|p| p.name()).collect();
                    errors.push(format!(
                        "policy={} is not a policy (allowed: {})",
                        shown(&value),
                        names.join(", ")
                    ));
                }
            },
            "seed" => match value.parse() {
                Ok(s) => q.seed = s,
                Err(_) => errors.push(format!(
                    "seed={} is not a whole number from 0 to {}",
                    shown(&value),
                    u64::MAX
                )),
            },
            "schedule" => match read_schedule(&value) {
                Ok(s) => q.schedule = s,
                Err(e) => errors.push(e),
            },
            _ => {}
        }
    }
    (q, errors)
}

/// A comma list of goroutine numbers (0 is main), at most [`MAX_PICKS`] of them.
fn read_schedule(value: &str) -> Result<Vec<TaskId>, String> {
    let picks: Vec<&str> = value.split(',').filter(|s| !s.is_empty()).collect();
    if picks.len() > MAX_PICKS {
        return Err(format!(
            "schedule= has {} picks; a link may carry at most {MAX_PICKS}",
            picks.len()
        ));
    }
    picks
        .into_iter()
        .map(|s| {
            s.parse().map_err(|_| {
                format!(
                    "schedule entry {} is not a goroutine number (0 is main, 1 the first one it starts, …)",
                    shown(s)
                )
            })
        })
        .collect()
}

/// The link's query for a program: `program=`, then the policy, seed and manual picks
/// where they differ from the defaults.
pub fn program_query(packed: &str, policy: PolicyKind, seed: u64, picks: &[TaskId]) -> String {
    let mut q = format!("program={packed}");
    if policy != PolicyKind::GoRuntime {
        q.push_str("&policy=");
        q.push_str(policy.name());
    }
    if seed != DEFAULT_SEED {
        q.push_str(&format!("&seed={seed}"));
    }
    if policy == PolicyKind::Manual && !picks.is_empty() {
        let list: Vec<String> = picks.iter().map(ToString::to_string).collect();
        q.push_str("&schedule=");
        q.push_str(&list.join(","));
    }
    q
}

/// A value as a message quotes it: shortened, control characters escaped.
fn shown(value: &str) -> String {
    format!("\"{}\"", shorten(value))
}

/// RFC 4648's URL-safe alphabet.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in unpadded base64url (RFC 4648 §5), safe in a query without escapes.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The bytes of unpadded (or padded) base64url text, or what is wrong with it.
pub fn from_base64url(text: &str) -> Result<Vec<u8>, String> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for (i, ch) in text.char_indices() {
        let Some(v) = ALPHABET.iter().position(|&a| char::from(a) == ch) else {
            return Err(format!(
                "character {} at position {} is not base64url (A–Z, a–z, 0–9, - and _)",
                shown(&ch.to_string()),
                i + 1
            ));
        };
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits & 0xff) as u8);
        }
    }
    if bits >= 6 {
        return Err("it ends part-way through a byte (cut off?)".to_string());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length_and_matches_rfc_4648() {
        assert_eq!(base64url(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        for n in 0..40u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37) ^ 0xa5).collect();
            assert_eq!(from_base64url(&base64url(&bytes)), Ok(bytes));
        }
    }

    #[test]
    fn bad_base64url_and_bad_keys_get_messages_that_name_them() {
        assert!(from_base64url("ab*c").is_err_and(|e| e.contains("position 3")));
        assert!(from_base64url("a").is_err());
        let (q, errors) = parse_program_query("?program=Zm8&policy=fast&seed=x&schedule=0,a");
        assert_eq!(q.packed.as_deref(), Some("Zm8"));
        assert_eq!(q.policy, PolicyKind::GoRuntime);
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].starts_with("policy=\"fast\" is not a policy"));
    }

    #[test]
    fn a_written_query_reads_back_the_same() {
        let text = program_query("Zm8", PolicyKind::Manual, 9, &[0, 2, 1]);
        let (q, errors) = parse_program_query(&text);
        assert!(errors.is_empty());
        assert_eq!(
            (q.packed.as_deref(), q.policy, q.seed, q.schedule),
            (Some("Zm8"), PolicyKind::Manual, 9, vec![0, 2, 1])
        );
    }
}
