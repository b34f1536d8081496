//! The one query-string splitter every reader of the page's address uses: the scenario,
//! the view's keys, the questions, the teaching keys and program links. It only splits;
//! each reader decodes its own keys and values, so each can say which value was bad.

/// The `key=value` pairs of `query` (with or without its `?`), not yet decoded, in the
/// order given. Empty pairs (`a=1&&b=2`) are skipped; a key without `=` has an empty value.
pub fn query_pairs(query: &str) -> impl DoubleEndedIterator<Item = (&str, &str)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

#[cfg(test)]
mod tests {
    use super::query_pairs;

    #[test]
    fn a_query_splits_into_raw_pairs_with_empty_pairs_skipped() {
        let pairs: Vec<_> = query_pairs("?a=1&&b&c=%20=x").collect();
        assert_eq!(pairs, vec![("a", "1"), ("b", ""), ("c", "%20=x")]);
        assert_eq!(query_pairs("").count(), 0);
        assert_eq!(query_pairs("x=1&y=2").next_back(), Some(("y", "2")));
    }
}
