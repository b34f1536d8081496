//! The plain-text record format of the lab's teaching assets (`static/challenges.txt`,
//! `static/lessons.txt`): the page fetches them when a panel opens, so their prose never
//! grows the wasm, and the core parses them without a JSON library (which would).
//!
//! ```text
//! # a comment
//! name: go-forgot-close
//! title: Make Go give up
//! hint: first hint
//! hint: a long value may continue
//!   on indented lines, joined with a space
//!
//! name: the-next-record
//! ```
//!
//! Records are separated by blank lines; each line is `key: value`; a key may repeat.

use std::fmt;

/// One record: its fields in order, and the line it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// 1-based line of the record's first field.
    pub line: usize,
    /// `(key, value)` in file order.
    pub fields: Vec<(String, String)>,
}

/// A problem in an asset file, with the line it is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong, naming the key and what is allowed.
    pub message: String,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl Record {
    /// Every value of `key`, in order.
    pub fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        // `key` is only compared, but the iterator holds it: both share the lifetime.
        self.fields
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The one value of `key`, or an error naming the missing key.
    pub fn one(&self, key: &str) -> Result<&str, RecordError> {
        let mut values = self
            .fields
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str());
        match (values.next(), values.next()) {
            (Some(v), None) => Ok(v),
            (None, _) => Err(self.error(format!("the record has no `{key}:` line"))),
            (Some(_), Some(_)) => Err(self.error(format!("`{key}:` is given twice"))),
        }
    }

    /// An error about this record.
    pub fn error(&self, message: String) -> RecordError {
        RecordError {
            line: self.line,
            message,
        }
    }
}

/// Splits `text` into records; an error names the first bad line.
pub fn parse(text: &str) -> Result<Vec<Record>, RecordError> {
    let mut records = Vec::new();
    let mut current: Option<Record> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() {
            records.extend(current.take());
            continue;
        }
        if raw.trim_start().starts_with('#') {
            continue;
        }
        if raw.starts_with([' ', '\t']) {
            let Some((_, value)) = current.as_mut().and_then(|r| r.fields.last_mut()) else {
                return Err(RecordError {
                    line,
                    message: "an indented line continues nothing".into(),
                });
            };
            value.push(' ');
            value.push_str(raw.trim());
            continue;
        }
        let Some((key, value)) = raw.split_once(':') else {
            return Err(RecordError {
                line,
                message: format!(
                    "{:?} is not `key: value`",
                    crate::sim::scenario::shorten(raw)
                ),
            });
        };
        let record = current.get_or_insert_with(|| Record {
            line,
            fields: Vec::new(),
        });
        record
            .fields
            .push((key.trim().to_owned(), value.trim().to_owned()));
    }
    records.extend(current);
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_split_on_blank_lines_and_indented_lines_continue_a_value() {
        let text = "# c\nname: a\nhint: one\n  two\n\n\nname: b\n";
        let records = parse(text).expect("well formed");
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].one("hint"), Ok("one two"));
        assert_eq!(records[1].line, 7);
        let err = records[1].one("title").expect_err("no title");
        assert_eq!(err.to_string(), "line 7: the record has no `title:` line");
    }

    #[test]
    fn a_line_without_a_colon_is_named_by_its_number() {
        let err = parse("name: a\nbogus\n").expect_err("bad line");
        assert_eq!(err.line, 2);
    }
}
