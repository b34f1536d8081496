//! The `challenge=NAME` URL key: which challenge a link opens.

use std::fmt;

use super::Challenge;
use crate::sim::learn::query_key;
use crate::sim::scenario::shorten;

/// A `challenge=` value that names no challenge, or is badly escaped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChallengeKeyError {
    /// The value as given, shortened and with control characters escaped.
    pub value: String,
    /// The names allowed, comma-separated.
    pub allowed: String,
}

impl fmt::Display for ChallengeKeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "challenge={} is not a challenge: allowed {}",
            self.value, self.allowed
        )
    }
}

/// The challenge `query`'s `challenge=` key names among `all`: `Ok(None)` without the key.
pub fn from_query<'a>(
    query: &str,
    all: &'a [Challenge],
) -> Result<Option<&'a Challenge>, ChallengeKeyError> {
    let Some(value) = query_key::last_value(query, "challenge") else {
        return Ok(None);
    };
    let error = |v: &str| ChallengeKeyError {
        value: shorten(v),
        allowed: all
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    };
    let name = value.map_err(|raw| error(&raw))?;
    all.iter()
        .find(|c| c.name == name)
        .map(Some)
        .ok_or_else(|| error(&name))
}
