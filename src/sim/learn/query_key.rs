//! Reading one of the teaching keys (`challenge`, `ask`, `predict`) from a page's query
//! string. The scenario parser ignores them; they are read here, on their own.

use crate::sim::scenario::{decode_component, query_pairs};

/// The decoded value of the last `key=` in `query` (with or without `?`): `None` when the
/// key is absent, `Some(Err(raw))` when its value is badly escaped.
pub fn last_value(query: &str, key: &str) -> Option<Result<String, String>> {
    let raw = query_pairs(query)
        .rev()
        .find_map(|(k, v)| (decode_component(k).as_deref() == Some(key)).then_some(v))?;
    Some(
        decode_component(raw)
            .map(|v| v.into_owned())
            .ok_or(raw.to_owned()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_value_wins_and_escapes_are_decoded() {
        assert_eq!(
            last_value("?a=1&challenge=x&challenge=y%2Dz", "challenge"),
            Some(Ok("y-z".into()))
        );
        assert_eq!(last_value("a=1", "challenge"), None);
        assert_eq!(last_value("ask=%zz", "ask"), Some(Err("%zz".into())));
    }
}
